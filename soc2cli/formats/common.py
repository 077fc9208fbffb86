"""What the report templates share: the typed view of a report they are rendered from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from soc2cli.evidence import DueOccurrence, due_occurrences
from soc2cli.labels import severity_rank
from soc2cli.plan import missed_by
from soc2cli.report import CriterionResult, Gap, Plan, Readiness, Report, ReportScope, Summary
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


def target_miss(report: Report) -> str:
    """How far the projected report date misses the target ("missed by about 6 months")."""
    plan = report.plan
    if plan.target_date is None or plan.meets_target is not False:
        return ""
    final = plan.type2.report_date if plan.type2 is not None else plan.type1_report_date
    return missed_by(plan.target_date, final)


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
class ReportView:
    """Everything a report template is given: the report and what is derived from it."""

    report: Report
    summary: Summary
    plan: Plan
    scope: ReportScope
    top_risks: list[Gap]
    criteria_by_category: dict[str, list[CriterionResult]]
    category_titles: dict[str, str]
    domain_progress: list[DomainProgress]
    due_occurrences: list[DueOccurrence]
    draft_banner: str
    type2_label: str
    target_miss: str
    headline: Callable[[Readiness], str]


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
        category_titles=categories,
        domain_progress=_domain_progress(report),
        due_occurrences=due_occurrences(report),
        draft_banner=draft_banner(report),
        type2_label=type2_label(report),
        target_miss=target_miss(report),
        headline=headline,
    )


def context(report: Report) -> dict[str, Any]:
    """The view's fields as template variables."""
    report_view = view(report)
    return {f.name: getattr(report_view, f.name) for f in fields(report_view)}
