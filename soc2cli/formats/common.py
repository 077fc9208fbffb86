"""What the Markdown and HTML templates share: labels and derived views of a report."""

from __future__ import annotations

from typing import Any

from soc2cli.models import ReportType, Status
from soc2cli.plan import missed_by
from soc2cli.report import CriterionStatus, Readiness, Report
from soc2cli.scoring import SEVERITY_ORDER
from soc2cli.templating import pct

KIND_LABELS = {
    "missing_control": "Missing control",
    "partial_control": "Partial (ineffective) control",
    "undocumented": "In place, not documented",
    "no_evidence": "No operating evidence",
    "follow_up": "Follow-up needed",
    "failing_check": "Failing scanner check",
    "uncovered": "Criterion without an applicable control",
    "audit_exception": "Audit exception",
}
STATUS_LABELS = {
    "missing": "Missing",
    "partial": "Partial",
    "implemented": "Implemented",
    "operating": "Operating",
    "not_applicable": "Not applicable",
    "unknown": "Unknown",
    "unanswered": "Not yet answered",
}
CRITERION_LABELS = {
    "ready": "Ready",
    "partial": "Partial",
    "gap": "Gap",
    "excluded": "Excluded",
}


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


def answer_label(status: Status | None, documented: bool) -> str:
    """An answer in words, e.g. "Implemented, documented"; "Not yet answered" when there is none."""
    if status is None:
        return STATUS_LABELS["unanswered"]
    label = STATUS_LABELS[status.value]
    if status in (Status.not_applicable, Status.unknown):
        return label
    return f"{label}, {'documented' if documented else 'not documented'}"


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


REPORT_TYPE_LABELS = {"type1": "Type I", "type2": "Type II"}
HOSTING_LABELS = {"cloud": "Cloud", "on_prem": "On premises", "hybrid": "Hybrid"}


def context(report: Report) -> dict[str, Any]:
    """Template variables for ``report``."""
    severity_rank = {s: i for i, s in enumerate(reversed(SEVERITY_ORDER))}
    top_risks = sorted(
        report.gaps,
        key=lambda g: (severity_rank[g.severity], -len(g.criteria), g.control),
    )[:5]
    controls = {c.id: c for c in report.controls}
    categories = {c.category: c.title for c in report.summary.categories}
    criteria_by_category: dict[str, list[Any]] = {}
    for criterion in report.criteria:
        if criterion.status is CriterionStatus.excluded and criterion.category not in categories:
            continue
        criteria_by_category.setdefault(criterion.category, []).append(criterion)
    type2 = report.summary.report_type.value == "type2"
    domain_progress = []
    for domain_id, title in report.domains.items():
        members = [c for c in report.controls if c.applicable and c.domain == domain_id]
        if members:
            ready = sum(1 for c in members if (c.type2_ready if type2 else c.type1_ready))
            domain_progress.append({"title": title, "ready": ready, "total": len(members)})
    from soc2cli.formats.ics import due_occurrences

    return {
        "due_occurrences": due_occurrences(report),
        "domain_progress": domain_progress,
        "report": report,
        "summary": report.summary,
        "plan": report.plan,
        "scope": report.scope,
        "controls": controls,
        "top_risks": top_risks,
        "criteria_by_category": criteria_by_category,
        "category_titles": categories,
        "kind_labels": KIND_LABELS,
        "status_labels": STATUS_LABELS,
        "criterion_labels": CRITERION_LABELS,
        "draft_banner": draft_banner(report),
        "headline": headline,
        "answer_label": answer_label,
        "type2_label": type2_label(report),
        "target_miss": target_miss(report),
        "report_type_label": REPORT_TYPE_LABELS[report.summary.report_type.value],
        "hosting_label": HOSTING_LABELS.get(str(report.scope.get("hosting")), ""),
        "excluded_criteria": [c for c in report.criteria if c.status is CriterionStatus.excluded],
    }
