"""What the Markdown and HTML templates share: labels and derived views of a report."""

from __future__ import annotations

from typing import Any

from soc2cli.report import CriterionStatus, Report
from soc2cli.scoring import SEVERITY_ORDER

KIND_LABELS = {
    "missing_control": "Missing control",
    "partial_control": "Partial (ineffective) control",
    "undocumented": "In place, not documented",
    "no_evidence": "No operating evidence",
    "follow_up": "Follow-up needed",
}
STATUS_LABELS = {
    "missing": "Missing",
    "partial": "Partial",
    "implemented": "Implemented",
    "documented": "Documented",
    "operating": "Operating",
    "not_applicable": "Not applicable",
    "unknown": "Unknown",
}
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
        "report_type_label": REPORT_TYPE_LABELS[report.summary.report_type.value],
        "hosting_label": HOSTING_LABELS.get(str(report.scope.get("hosting")), ""),
        "excluded_criteria": [c for c in report.criteria if c.status is CriterionStatus.excluded],
    }
