"""CSV: the control matrix, one row per control."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

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


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _safe(value: str) -> str:
    """One cell, whatever its origin: line breaks as LF (so the writer quotes the field), other
    control bytes dropped, and a leading character a spreadsheet would run as a formula guarded."""
    text = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\n") else text


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
        _write(
            writer,
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
            ],
        )
    return out.getvalue()


def _write(writer: Any, row: list[str]) -> None:
    # Every cell is guarded: catalogue overlay text can carry formulas as well as user notes.
    writer.writerow([_safe(cell) for cell in row])
