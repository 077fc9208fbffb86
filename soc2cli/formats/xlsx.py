"""XLSX: the consultant's workbook (summary, control matrix, gaps, criteria, evidence, frameworks)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime, time
from typing import Any

from soc2cli.errors import UsageError
from soc2cli.evidence import requests
from soc2cli.formats.common import (
    KIND_LABELS,
    REPORT_TYPE_LABELS,
    answer_label,
    draft_banner,
    type2_label,
)
from soc2cli.report import Report

STATUS_FILLS = {
    "missing": "F4CCCC",
    "partial": "FCE5CD",
    "implemented": "FFF2CC",
    "operating": "B6D7A8",
    "unanswered": "FFFFFF",
    "not_applicable": "EEEEEE",
    "unknown": "CFE2F3",
    "ready": "B6D7A8",
    "gap": "F4CCCC",
    "excluded": "EEEEEE",
}
STATUS_FILLS["partial"] = "FCE5CD"  # a partly covered criterion shares the partial control's colour
PHASE_ORDER = {"foundation": 0, "technical": 1, "operational": 2}
SEVERITY_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise UsageError(
            "the xlsx format needs openpyxl: pip install 'soc2cli[xlsx]' (or pip install openpyxl)"
        ) from None
    return openpyxl


def write_sheet(
    ws: Any,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    widths: Sequence[int],
    status_columns: Sequence[int] = (),
) -> None:
    """A table with a frozen, filtered header row, set widths and colour-coded status cells."""
    from openpyxl.styles import Alignment, Font, PatternFill

    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    for row in rows:
        ws.append([_plain(v) for v in row])
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=index).column_letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text a user typed is never a formula
        for column in status_columns:
            cell = row[column - 1]
            # Answer labels read "Implemented, documented": the first words name the colour.
            key = str(cell.value).split(",")[0].strip().lower().replace(" ", "_")
            fill = STATUS_FILLS.get(key)
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return value


def build_workbook(report: Report) -> Any:
    openpyxl = _openpyxl()
    wb = openpyxl.Workbook()
    stamp = datetime.combine(report.plan.as_of, time(0, 0))
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = f"soc2 {report.tool_version}"
    wb.properties.title = f"SOC 2 readiness: {report.scope.get('organization', '')}"

    summary = wb.active
    summary.title = "Summary"
    s = report.summary
    plan = report.plan
    banner = draft_banner(report)
    rows: list[list[Any]] = [
        *([["Draft", banner]] if banner else []),
        ["Organisation", report.scope.get("organization", "")],
        ["Report type", REPORT_TYPE_LABELS[s.report_type.value]],
        ["Categories", ", ".join(report.scope.get("categories", []))],
        ["Readiness (scope's report type, weighted by priority)", s.readiness],
        ["Type I readiness (weighted by priority)", s.type1.readiness],
        ["Type I controls ready / applicable", f"{s.type1.ready} / {s.type1.applicable}"],
        [f"{type2_label(report)} (weighted by priority)", s.type2.readiness],
        ["Type II controls ready / applicable", f"{s.type2.ready} / {s.type2.applicable}"],
        ["Applicable controls answered", f"{s.answered} / {s.applicable}"],
        ["Gaps", s.gaps_total],
        [
            "Criteria ready / partial / in scope",
            f"{s.criteria_ready} / {s.criteria_partial} / {s.criteria_in_scope}",
        ],
        ["Plan as of", plan.as_of],
        ["Controls designed (Type I ready)", plan.type1_ready_date],
        ["Type I report (projected)", plan.type1_report_date],
    ]
    if plan.type2 is not None:
        rows += [
            ["Type II observation start (earliest)", plan.type2.observation_start],
            ["Type II observation end", plan.type2.observation_end],
            ["Type II report (projected)", plan.type2.report_date],
        ]
    rows.append(["", ""])
    rows.append(
        ["Category", "Type I readiness", "Type II readiness", "Criteria ready", "Criteria in scope"]
    )
    rows += [
        [c.title, c.type1.readiness, c.type2.readiness, c.criteria_ready, c.criteria_total]
        for c in s.categories
    ]
    write_sheet(summary, ["Item", "Value", "", "", ""], rows, widths=[38, 24, 18, 16, 18])
    for row in summary.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = "0%"
            elif hasattr(cell.value, "isoformat"):
                cell.number_format = "yyyy-mm-dd"

    gaps = {g.control: g for g in report.gaps}
    matrix = wb.create_sheet("Control matrix")
    write_sheet(
        matrix,
        [
            "Control",
            "Title",
            "Type",
            "Frequency",
            "Owner",
            "Criteria",
            "Applicable",
            "Status",
            "Gap kind",
            "Remediation",
            "Effort (days)",
            "Evidence to collect",
            "ISO 27001:2022",
            "NIST CSF 2.0",
            "Notes",
        ],
        (
            [
                c.id,
                c.title,
                c.type.value,
                c.frequency.value.replace("_", " "),
                c.owner,
                ", ".join(c.criteria),
                "yes" if c.applicable else f"no: {c.exclusion_reason}",
                answer_label(c.status, c.documented),
                KIND_LABELS[gaps[c.id].kind.value] if c.id in gaps else "",
                gaps[c.id].remediation if c.id in gaps else [],
                gaps[c.id].effort_days if c.id in gaps else None,
                c.evidence,
                ", ".join(c.mappings.get("iso27001_2022", [])),
                ", ".join(c.mappings.get("nist_csf_2", [])),
                c.notes,
            ]
            for c in report.controls
        ),
        widths=[10, 40, 14, 12, 16, 18, 16, 14, 22, 60, 10, 60, 18, 22, 50],
        status_columns=[8],
    )

    gap_sheet = wb.create_sheet("Gaps")
    ordered = sorted(
        report.gaps,
        key=lambda g: (PHASE_ORDER[g.phase.value], SEVERITY_ORDER[g.severity.value], g.control),
    )
    write_sheet(
        gap_sheet,
        [
            "Phase",
            "Severity",
            "Control",
            "Title",
            "Gap kind",
            "Status",
            "Owner",
            "Effort (days)",
            "Criteria",
            "Remediation",
            "Evidence to start collecting",
        ],
        (
            [
                g.phase.value,
                g.severity.value,
                g.control,
                g.title,
                KIND_LABELS[g.kind.value],
                answer_label(g.status, g.documented) if g.kind.value != "uncovered" else "",
                g.owner,
                g.effort_days,
                ", ".join(g.criteria),
                g.remediation,
                g.evidence,
            ]
            for g in ordered
        ),
        widths=[12, 10, 10, 40, 24, 14, 16, 10, 18, 60, 60],
        status_columns=[6],
    )

    criteria = wb.create_sheet("Criteria")
    write_sheet(
        criteria,
        [
            "Criterion",
            "Category",
            "Series",
            "Title",
            "Status",
            "Controls ready",
            "Controls",
            "Key controls",
            "Not ready",
            "Why excluded",
        ],
        (
            [
                c.id,
                c.category,
                c.series,
                c.title,
                c.status.value,
                f"{c.coverage.ready} of {c.coverage.total}" if c.coverage.total else "",
                ", ".join(c.controls),
                ", ".join(c.key_controls),
                ", ".join(c.gap_controls),
                c.exclusion_reason or "",
            ]
            for c in report.criteria
        ),
        widths=[10, 20, 8, 50, 10, 12, 40, 20, 30, 40],
        status_columns=[5],
    )

    evidence = wb.create_sheet("Evidence requests")
    write_sheet(
        evidence,
        ["Control", "Title", "Owner", "Frequency", "Evidence to collect", "Samples", "Status"],
        (
            [r.control, r.title, r.owner, r.frequency, r.evidence, r.samples, r.status]
            for r in requests(report)
        ),
        widths=[10, 40, 16, 12, 70, 40, 14],
        status_columns=[7],
    )

    register = wb.create_sheet("Evidence register")
    write_sheet(
        register,
        [
            "Control",
            "Title",
            "Frequency",
            "Answer",
            "Items",
            "Latest",
            "Required",
            "Evidenced",
            "Missing periods",
            "Due periods",
            "Stale",
            "Outside window",
            "Operating without evidence",
        ],
        (
            [
                c.control,
                c.title,
                c.frequency.value.replace("_", "-"),
                c.status.value if c.status else "unanswered",
                c.items,
                c.latest,
                c.required,
                c.evidenced if c.required is not None else None,
                c.missing,
                [f"{x.start}..{x.end}" for x in c.slots if x.status == "due"],
                "yes" if c.stale else "",
                c.outside_window,
                "yes" if c.no_evidence else "",
            ]
            for c in report.evidence.checks
        ),
        widths=[10, 40, 12, 14, 8, 12, 10, 10, 26, 26, 8, 30, 14],
        status_columns=[4],
    )
    for row in register.iter_rows(min_row=2, min_col=6, max_col=6):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"

    frameworks = wb.create_sheet("Frameworks")
    write_sheet(
        frameworks,
        ["Framework", "Reference", "Coverage", "Controls"],
        (
            [fw.title, item.id, item.status.replace("_", " "), ", ".join(item.controls)]
            for fw in report.frameworks.values()
            for item in fw.items
        ),
        widths=[36, 16, 16, 40],
    )
    frameworks.cell(
        row=frameworks.max_row + 2,
        column=1,
        value="Mapping coverage is an indication of overlap, not a certification.",
    )
    return wb


def render(report: Report) -> bytes:
    wb = build_workbook(report)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
