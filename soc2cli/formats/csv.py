"""CSV: the control matrix, one row per control."""

from __future__ import annotations

import csv
import io

from soc2cli.labels import check_resources_label, scan_origin
from soc2cli.report import ControlResult, Report

HEADER = [
    "control",
    "title",
    "domain",
    "type",
    "frequency",
    "priority",
    "owner",
    "criteria",
    "applicable",
    "exclusion",
    "status",
    "documented",
    "documentation",
    "gap_kind",
    "severity",
    "phase",
    "effort_days",
    "remediation",
    "evidence",
    "iso27001_2022",
    "nist_csf_2",
    "notes",
    "scan_pass",
    "scan_fail",
    "scans",
    "failing_checks",
]


def _safe(value: str) -> str:
    # Spreadsheets execute cells starting with these characters as formulas.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _scan_cells(control: ControlResult) -> list[str]:
    """Scanner columns: findings passing and failing in the newest scans, which scans, what fails."""
    results = control.current_results
    if not results:
        return ["", "", "", ""]
    return [
        str(sum(r.passed for r in results)),
        str(sum(r.failed for r in results)),
        _safe(" | ".join(scan_origin(r) for r in results)),
        _safe(" | ".join(check_resources_label(f) for f in control.failing_checks)),
    ]


def render(report: Report) -> str:
    gaps = {g.control: g for g in report.gaps}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for c in report.controls:
        gap = gaps.get(c.id)
        writer.writerow(
            [
                c.id,
                c.title,
                c.domain,
                c.type.value,
                c.frequency.value,
                c.priority.value,
                _safe(c.owner),
                " ".join(c.criteria),
                "yes" if c.applicable else "no",
                c.exclusion.value if c.exclusion else "",
                c.status.value if c.status else "unanswered",
                ("yes" if c.documented else "no") if c.status else "",
                c.documentation.value,
                gap.kind.value if gap else "",
                gap.severity.value if gap else "",
                gap.phase.value if gap else "",
                f"{gap.effort_days:g}" if gap else "",
                " | ".join(gap.remediation) if gap else "",
                " | ".join(gap.evidence) if gap else "",
                " ".join(c.mappings.get("iso27001_2022", [])),
                " ".join(c.mappings.get("nist_csf_2", [])),
                _safe(c.notes),
                *_scan_cells(c),
            ]
        )
    return out.getvalue()
