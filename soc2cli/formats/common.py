"""What the report templates share: the typed view of a report they are rendered from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from soc2cli.branding import Branding
from soc2cli.dates import target_status
from soc2cli.evidence import DueOccurrence, due_occurrences
from soc2cli.labels import severity_rank, title_label
from soc2cli.report import (
    ControlResult,
    CriterionResult,
    Gap,
    Plan,
    Readiness,
    Report,
    ReportScope,
    Summary,
)
from soc2cli.scanners.records import AutomatedResult, CheckResources, ScanRecord, Waiver
from soc2cli.templating import pct
from soc2cli.vocabulary import CriterionStatus, ReportType


def draft_banner(report: Report) -> str:
    """The first line of every format while applicable controls are unanswered; else empty."""
    s = report.summary
    if not s.draft:
        return ""
    return (
        f"Draft: {s.applicable - s.answered} of {s.applicable} applicable controls not yet answered"
    )


def headline(readiness: Readiness) -> str:
    """A readiness figure with a label that says what it is."""
    return (
        f"{pct(readiness.readiness)} weighted by priority; "
        f"{readiness.ready} of {readiness.applicable} controls ready"
    )


def report_target_status(report: Report) -> str:
    """The projected report date against the target ("missed by about 6 months", "on track,
    about 5 weeks to spare"); empty without a target date."""
    plan = report.plan
    if plan.target_date is None:
        return ""
    final = plan.type2.report_date if plan.type2 is not None else plan.type1_report_date
    return target_status(plan.target_date, final)


def type2_label(report: Report) -> str:
    """What the Type II figure means at the report's date."""
    if report.summary.report_type is not ReportType.type2:
        return "Type II readiness"
    if report.summary.type2_window_started:
        return "Type II readiness (operating in the observation window)"
    return "Type II (ready to start the observation window)"


@dataclass(frozen=True)
class DomainProgress:
    """Ready controls of one domain, for the client summary."""

    title: str
    ready: int
    total: int


@dataclass(frozen=True)
class AcceptedException:
    """A muted or waived scanner finding of one control: listed, never a gap."""

    control: str
    title: str
    item: CheckResources
    kind: str  # "muted" or "waived"
    reason: str
    until: date | None


@dataclass(frozen=True)
class ScannerEvidence:
    """What the imported scans show, for the report's "Scanner evidence" section."""

    scans: list[ScanRecord]
    controls: list[ControlResult]
    accepted: list[AcceptedException]
    criteria: list[CriterionResult]
    waivers: list[Waiver]
    expired: list[Waiver]


def _accepted(report: Report, control: ControlResult, item: CheckResources) -> AcceptedException:
    reason = item.reason
    if reason.startswith("waived: "):
        why = reason.removeprefix("waived: ")
        waiver = next(
            (
                w
                for w in report.waivers
                if w.check == item.check and w.reason == why and w.active(report.plan.as_of)
            ),
            None,
        )
        until = waiver.until if waiver else None
        return AcceptedException(control.id, control.title, item, "waived", why, until)
    return AcceptedException(control.id, control.title, item, "muted", reason, None)


def scanner_evidence(report: Report) -> ScannerEvidence | None:
    """The scanner evidence of ``report``; None when nothing was imported."""
    if not report.scans:
        return None
    controls = [c for c in report.controls if c.automated]
    return ScannerEvidence(
        scans=list(report.scans),
        controls=controls,
        accepted=[_accepted(report, c, item) for c in controls for item in c.accepted_checks],
        criteria=[c for c in report.criteria if c.scanner_pass or c.scanner_fail],
        waivers=list(report.waivers),
        expired=[w for w in report.waivers if not w.active(report.plan.as_of)],
    )


@dataclass(frozen=True)
class ReportView:
    """Everything a report template is given: the report and what is derived from it."""

    report: Report
    summary: Summary
    plan: Plan
    scope: ReportScope
    top_risks: list[Gap]
    criteria_by_category: dict[str, list[CriterionResult]]
    category_titles: dict[str, str]
    scope_categories: list[str]
    """The scope's categories by their titles."""
    scope_data_types: list[str]
    """The scope's data types by their titles."""
    domain_progress: list[DomainProgress]
    due_occurrences: list[DueOccurrence]
    draft_banner: str
    type2_label: str
    target_status: str
    headline: Callable[[Readiness], str]
    scanner: ScannerEvidence | None
    automated: dict[str, list[AutomatedResult]]
    failing_checks: dict[str, list[CheckResources]]


def _domain_progress(report: Report) -> list[DomainProgress]:
    type2 = report.summary.report_type is ReportType.type2
    out = []
    for domain_id, title in report.domains.items():
        members = [c for c in report.controls if c.applicable and c.domain == domain_id]
        if members:
            ready = sum(1 for c in members if (c.type2_ready if type2 else c.type1_ready))
            out.append(DomainProgress(title=title, ready=ready, total=len(members)))
    return out


def view(report: Report) -> ReportView:
    """The typed view of ``report`` the templates render."""
    categories = {c.category: c.title for c in report.summary.categories}
    criteria_by_category: dict[str, list[CriterionResult]] = {}
    for criterion in report.criteria:
        if criterion.status is CriterionStatus.excluded and criterion.category not in categories:
            continue
        criteria_by_category.setdefault(criterion.category, []).append(criterion)
    top_risks = sorted(
        report.gaps, key=lambda g: (severity_rank(g.severity), -len(g.criteria), g.control)
    )[:5]
    return ReportView(
        report=report,
        summary=report.summary,
        plan=report.plan,
        scope=report.scope,
        top_risks=top_risks,
        criteria_by_category=criteria_by_category,
        category_titles=report.category_titles | categories,
        scope_categories=[
            title_label(report.category_titles | categories, c) for c in report.scope.categories
        ],
        scope_data_types=[title_label(report.data_type_titles, d) for d in report.scope.data_types],
        domain_progress=_domain_progress(report),
        due_occurrences=due_occurrences(report),
        draft_banner=draft_banner(report),
        type2_label=type2_label(report),
        target_status=report_target_status(report),
        headline=headline,
        scanner=scanner_evidence(report),
        automated={c.id: c.current_results for c in report.controls if c.automated},
        failing_checks={c.id: c.failing_checks for c in report.controls if c.failing_checks},
    )


def context(report: Report, branding: Branding | None = None) -> dict[str, Any]:
    """The view's fields as template variables, and ``brand``: the firm's branding, or None."""
    report_view = view(report)
    variables = {f.name: getattr(report_view, f.name) for f in fields(report_view)}
    return variables | {"brand": branding}
