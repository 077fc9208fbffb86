"""Pure: (catalogue, assessment, report) -> the request for proposal to audit firms.

Every fact comes from the assessment and its report. Where one is missing, the document says so
with a named placeholder ("[headcount not given: add scope.employees]"), listed at the top so the
sender fills each in; no fee or date is ever estimated. The prose is in templates/audit/rfp.*.j2;
the questions are the weighted criteria of templates/audit/criteria.yaml, which the bidder
comparison sheet scores.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from typing import Annotated, Any

from pydantic import Field, ValidationError

from soc2cli import files
from soc2cli.assessment import Assessment
from soc2cli.audit.records import Audit
from soc2cli.catalogue import Catalogue
from soc2cli.labels import hosting_label, report_type_label, service_label, source_label
from soc2cli.policies.registry import located
from soc2cli.report import Report
from soc2cli.subservice import SubserviceOrganization
from soc2cli.templating import money, pct, render_template, templates_dir, tidy
from soc2cli.vocabulary import Frozen, Hosting, NonEmpty, ReportType, SubserviceMethod

CRITERIA_FILE = "audit/criteria.yaml"


class BidderCriterion(Frozen):
    """One thing to weigh in a bid: the RFP asks the question, the comparison sheet scores it."""

    id: NonEmpty
    title: NonEmpty
    weight: Annotated[int, Field(ge=1, le=100)]
    gate: bool = False
    question: NonEmpty
    look_for: NonEmpty


class BidderCriteria(Frozen):
    criteria: Annotated[list[BidderCriterion], Field(min_length=1)]


@cache
def load_criteria() -> list[BidderCriterion]:
    """The shipped criteria (templates/audit/criteria.yaml), validated; weights add up to 100."""
    doc = files.load_yaml(templates_dir() / CRITERIA_FILE, what="bidder criteria")
    try:
        criteria = BidderCriteria.model_validate(doc.data).criteria
    except ValidationError as exc:
        raise located(doc, exc) from None
    total = sum(c.weight for c in criteria)
    if total != 100:
        raise doc.error(("criteria",), f"the weights add up to {total}, not 100")
    return criteria


@dataclass(frozen=True)
class Fact:
    """A fact for the document: the user's text, or (``missing``) a placeholder naming the gap."""

    text: str
    missing: bool = False


@dataclass(frozen=True)
class SystemFact:
    name: str
    description: Fact


@dataclass(frozen=True)
class ScanFact:
    origin: str
    findings: int


@dataclass(frozen=True)
class EvidenceFacts:
    """What is already collected: the evidence register and the scanner imports."""

    items: int
    controls: int
    first: date | None
    last: date | None
    scans: list[ScanFact]


@dataclass(frozen=True)
class FeeFacts:
    """The fee range exactly as scope.audit_fee gives it, and its currency."""

    amounts: str
    currency: Fact

    @property
    def text(self) -> str:
        return f"{self.amounts} {self.currency.text}"


@dataclass(frozen=True)
class RfpFacts:
    """Everything the RFP templates and the comparison sheet are given."""

    organization: str
    as_of: date
    report_type: ReportType
    report_type_label: str
    categories: list[str]
    period: Fact | None
    target_date: Fact
    hosting: str
    hosting_prose: Hosting
    providers: list[Fact]
    inclusive: list[str]  # the providers presented with the inclusive method (by name)
    systems: list[SystemFact]
    no_systems: Fact | None
    data_types: list[Fact]
    employees: Fact
    locations: list[Fact]
    fee: FeeFacts | None
    readiness: str
    draft: bool
    gaps: int
    type1_ready_date: date
    projected_report_date: date
    evidence: EvidenceFacts
    last_audit: Audit | None
    contact: Fact
    reply_by: Fact
    criteria: list[BidderCriterion]
    placeholders: list[str]


class _Placeholders:
    """Collects each placeholder once, in the order the document uses them."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str) -> Fact:
        if text not in self.texts:
            self.texts.append(text)
        return Fact(text, missing=True)


def _missing(what: str, key: str) -> str:
    return f"[{what} not given: add {key}]"


def _fee(assessment: Assessment, gap: _Placeholders) -> FeeFacts | None:
    scope = assessment.scope
    if scope.audit_fee is None:
        return None
    fee = scope.audit_fee
    currency = (
        Fact(scope.currency)
        if scope.currency is not None
        else gap(_missing("currency", "scope.currency"))
    )
    return FeeFacts(f"{money(fee.min)} to {money(fee.max)}", currency)


def _evidence(assessment: Assessment) -> EvidenceFacts:
    items = [i for group in assessment.evidence.values() for i in group if not i.planned]
    return EvidenceFacts(
        items=len(items),
        controls=sum(
            1 for group in assessment.evidence.values() if any(not i.planned for i in group)
        ),
        first=min((i.first_day for i in items), default=None),
        last=max((i.last_day for i in items), default=None),
        scans=[
            ScanFact(
                origin=f"{source_label(s.source)} ({s.file}) of {s.scanned_at.date().isoformat()}",
                findings=s.findings,
            )
            for s in sorted(assessment.scans, key=lambda s: (s.scanned_at, s.sha256))
        ],
    )


def _scope_facts(
    catalogue: Catalogue, assessment: Assessment, gap: _Placeholders
) -> dict[str, Any]:
    """The scope's facts, in the order the RFP states them (so its placeholders list in order)."""
    scope = assessment.scope
    out: dict[str, Any] = {
        "employees": Fact(str(scope.employees))
        if scope.employees is not None
        else gap(_missing("headcount", "scope.employees")),
        "locations": [Fact(loc) for loc in scope.locations]
        or [gap(_missing("locations", "scope.locations"))],
        "period": None,
    }
    if scope.report_type is ReportType.type2:
        p = scope.observation_period
        out["period"] = (
            Fact(f"{p.start.isoformat()} to {p.end.isoformat()}")
            if p is not None
            else gap(_missing("observation period", "scope.observation_period"))
        )
    out["target_date"] = (
        Fact(scope.target_date.isoformat())
        if scope.target_date
        else gap(_missing("target report date", "scope.target_date"))
    )
    out["data_types"] = [
        Fact(d.title) for d in catalogue.data_types if d.id in scope.data_types
    ] or [gap(_missing("data types", "scope.data_types"))]
    out["systems"] = [
        SystemFact(
            s.name,
            Fact(s.description)
            if s.description.strip()
            else gap(_missing(f"description of {s.name}", "it under scope.systems")),
        )
        for s in scope.systems
    ]
    out["no_systems"] = None if out["systems"] else gap(_missing("systems", "scope.systems"))
    out["providers"] = [_provider_fact(p) for p in scope.subservice_organizations]
    out["inclusive"] = [
        p.name for p in scope.subservice_organizations if p.method is SubserviceMethod.inclusive
    ]
    if not out["providers"] and scope.hosting is not Hosting.on_prem:
        out["providers"] = [gap(_missing("hosting providers", "scope.subservice_organizations"))]
    return out


def _provider_fact(provider: SubserviceOrganization) -> Fact:
    """ "AWS (Cloud infrastructure (IaaS))": the name, and the services when they are known."""
    if not provider.services:
        return Fact(provider.name)
    return Fact(f"{provider.name} ({', '.join(service_label(s) for s in provider.services)})")


def _readiness(report: Report) -> str:
    summary = report.summary
    figure = summary.type2 if summary.report_type is ReportType.type2 else summary.type1
    return (
        f"{pct(figure.readiness)} weighted by priority; "
        f"{figure.ready} of {figure.applicable} applicable controls ready"
    )


def rfp_facts(catalogue: Catalogue, assessment: Assessment, report: Report) -> RfpFacts:
    """The facts of the RFP, each from the files or a named placeholder."""
    scope = assessment.scope
    gap = _Placeholders()
    contact = gap("[contact name and email: fill in before sending]")
    reply_by = gap("[date proposals are due: fill in before sending]")
    scoped = _scope_facts(catalogue, assessment, gap)
    plan = report.plan
    return RfpFacts(
        organization=scope.organization,
        as_of=plan.as_of,
        report_type=scope.report_type,
        report_type_label=report_type_label(scope.report_type),
        categories=[c.title for c in catalogue.categories if scope.in_scope(c.id)],
        hosting=hosting_label(scope.hosting),
        hosting_prose=scope.hosting,
        fee=_fee(assessment, gap),
        readiness=_readiness(report),
        draft=report.summary.draft,
        gaps=len(report.gaps),
        type1_ready_date=plan.type1_ready_date,
        projected_report_date=plan.type2.report_date if plan.type2 else plan.type1_report_date,
        evidence=_evidence(assessment),
        last_audit=assessment.audit,
        contact=contact,
        reply_by=reply_by,
        criteria=load_criteria(),
        placeholders=gap.texts,
        **scoped,
    )


def render_rfp(facts: RfpFacts, kind: str) -> str:
    """The RFP as Markdown (``md``) or one self-contained HTML page (``html``)."""
    context = {f.name: getattr(facts, f.name) for f in fields(facts)}
    text = render_template(kind, f"audit/rfp.{kind}.j2", **context)
    return tidy(text) if kind == "md" else text
