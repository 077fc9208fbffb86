"""Pure: (catalogue, assessment, report) -> a draft of the SOC 2 system description (Markdown).

Python gathers the facts, each user value already Markdown-escaped; the template
(templates/system-description.md.j2) holds the prose, the questions for the author and the
catalogue controls it quotes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from soc2cli.assessment import Assessment, ObservationPeriod
from soc2cli.catalogue import Catalogue
from soc2cli.labels import report_type_label, status_text
from soc2cli.report import ControlResult, Report
from soc2cli.templating import join_words, md_escape, render_template, tidy
from soc2cli.vocabulary import CriterionStatus, Exclusion, Hosting, ReportType, Status

TEMPLATE = "system-description.md.j2"


@dataclass(frozen=True)
class System:
    name: str
    description: str


@dataclass(frozen=True)
class DataKind:
    title: str
    description: str


@dataclass(frozen=True)
class Role:
    """An owner role and the applicable controls it owns."""

    role: str
    count: int
    controls: str


@dataclass(frozen=True)
class Ref:
    """A control as the description lists it."""

    id: str
    title: str
    status: str = ""


@dataclass(frozen=True)
class Procedures:
    """The applicable controls of one domain: the ready ones, and the gaps."""

    title: str
    ready: list[Ref]
    gaps: list[Ref]


@dataclass(frozen=True)
class CarvedOut:
    """A control performed by a subservice organisation (or that would be, for another hosting)."""

    id: str
    title: str
    criteria: str
    reason: str = ""
    carved: bool = False


@dataclass(frozen=True)
class CriterionRow:
    id: str
    title: str
    status: str
    controls: str
    gaps: str


@dataclass(frozen=True)
class Note:
    """An interview note the template quotes for the author."""

    status: str
    text: str


@dataclass(frozen=True)
class SystemDescription:
    """Everything the system description template is given."""

    org: str
    label: str
    as_of: str
    tool_version: str
    catalogue: str
    report_type: ReportType
    observation_period: ObservationPeriod | None
    target_date: date | None
    categories: list[str]
    excluded_categories: list[str]
    hosting: Hosting
    systems: list[System]
    system_names: str
    providers: list[str]
    provider_names: str
    csoc_owner: str
    data: list[DataKind]
    people: list[Role]
    procedures: list[Procedures]
    carved: list[CarvedOut]
    csocs: list[CarvedOut]
    criteria: list[CriterionRow]
    gap_criteria: int
    gaps: int
    follow_ups: int
    warnings: list[str]
    controls: dict[str, ControlResult]
    notes: dict[str, Note]
    in_scope: Callable[[str], bool]
    has_data: Callable[[str], bool]
    ready: Callable[[ControlResult], bool]


def _ready(report_type: ReportType) -> Callable[[ControlResult], bool]:
    """Whether a control is ready for the scope's report type."""
    if report_type is ReportType.type2:
        return lambda result: result.type2_ready
    return lambda result: result.type1_ready


def _notes(assessment: Assessment) -> dict[str, Note]:
    return {
        control_id: Note(status=status_text(answer.status), text=md_escape(answer.notes))
        for control_id, answer in assessment.answers.items()
        if answer.notes.strip() and answer.status is not Status.not_applicable
    }


def _people(applicable: list[ControlResult]) -> list[Role]:
    owners: dict[str, list[str]] = {}
    for result in applicable:
        owners.setdefault(result.owner, []).append(result.id)
    return [
        Role(role=md_escape(role), count=len(ids), controls=", ".join(ids))
        for role, ids in sorted(owners.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]


def _procedures(
    catalogue: Catalogue, applicable: list[ControlResult], ready: Callable[[ControlResult], bool]
) -> list[Procedures]:
    out = []
    for domain in catalogue.domains:
        in_domain = [r for r in applicable if r.domain == domain.id]
        if in_domain:
            out.append(
                Procedures(
                    title=md_escape(domain.title),
                    ready=[Ref(r.id, md_escape(r.title)) for r in in_domain if ready(r)],
                    gaps=[
                        Ref(r.id, md_escape(r.title), _answered(r))
                        for r in in_domain
                        if not ready(r)
                    ],
                )
            )
    return out


def _answered(result: ControlResult) -> str:
    """How a control was answered, in words: "answered partial" or "not yet answered"."""
    return "not yet answered" if result.status is None else f"answered {status_text(result.status)}"


def _carve_outs(
    catalogue: Catalogue, report: Report, in_scope: set[str], providers: list[str]
) -> tuple[list[CarvedOut], list[CarvedOut]]:
    """The controls carved out in this scope, and every control a carve-out can take over."""
    carved = [
        CarvedOut(
            id=r.id,
            title=md_escape(r.title),
            criteria=", ".join(c for c in r.criteria if c in in_scope),
            reason=md_escape(r.exclusion_reason or ""),
        )
        for r in report.controls
        if r.exclusion is Exclusion.carved_out
    ]
    if not providers and not carved:
        return carved, []
    carved_ids = {c.id for c in carved}
    csocs = [
        CarvedOut(
            id=control.id,
            title=md_escape(control.title),
            criteria=", ".join(c for c in control.criteria if c in in_scope),
            carved=control.id in carved_ids,
        )
        for control in catalogue.controls
        if control.carve_out is not None
    ]
    return carved, csocs


def facts(catalogue: Catalogue, assessment: Assessment, report: Report) -> SystemDescription:
    """What the system description says, gathered from the scope, the answers and the report."""
    scope = assessment.scope
    ready = _ready(scope.report_type)
    applicable = [r for r in report.controls if r.applicable]
    systems = [System(md_escape(s.name), md_escape(s.description)) for s in scope.systems]
    providers = [md_escape(p) for p in scope.subservice_organizations]
    in_scope = {c.id for c in catalogue.criteria if scope.in_scope(c.category)}
    carved, csocs = _carve_outs(catalogue, report, in_scope, providers)
    return SystemDescription(
        org=md_escape(scope.organization),
        label=report_type_label(scope.report_type),
        as_of=report.plan.as_of.isoformat(),
        tool_version=report.tool_version,
        catalogue=f"{report.catalogue.id} {report.catalogue.version}",
        report_type=scope.report_type,
        observation_period=scope.observation_period,
        target_date=scope.target_date,
        categories=[c.title for c in catalogue.categories if scope.in_scope(c.id)],
        excluded_categories=[c.title for c in catalogue.categories if not scope.in_scope(c.id)],
        hosting=scope.hosting,
        systems=systems,
        system_names=join_words(s.name for s in systems) or "the systems listed in this section",
        providers=providers,
        provider_names=join_words(providers),
        csoc_owner=join_words(providers) or "the hosting providers",
        data=[
            DataKind(md_escape(d.title), md_escape(d.description))
            for d in catalogue.data_types
            if d.id in scope.data_types
        ],
        people=_people(applicable),
        procedures=_procedures(catalogue, applicable, ready),
        carved=carved,
        csocs=csocs,
        criteria=[
            CriterionRow(
                id=c.id,
                title=md_escape(c.title),
                status=c.status.value,
                controls=", ".join(c.controls),
                gaps=", ".join(c.gap_controls),
            )
            for c in report.criteria
            if scope.in_scope(c.category)
        ],
        gap_criteria=sum(1 for c in report.criteria if c.status is CriterionStatus.gap),
        gaps=sum(1 for r in applicable if not ready(r)),
        follow_ups=len(report.unanswered),
        warnings=[md_escape(w) for w in report.warnings],
        controls={r.id: r for r in report.controls},
        notes=_notes(assessment),
        in_scope=scope.in_scope,
        has_data=lambda d: d in scope.data_types,
        ready=ready,
    )


def describe(catalogue: Catalogue, assessment: Assessment, report: Report) -> str:
    """A draft system description, with every fact the assessment lacks listed for the author."""
    description = facts(catalogue, assessment, report)
    context: dict[str, Any] = {f.name: getattr(description, f.name) for f in fields(description)}
    return tidy(render_template("md", TEMPLATE, **context))
