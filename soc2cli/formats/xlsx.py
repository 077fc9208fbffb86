"""XLSX: the consultant's workbook (summary, control matrix, gaps, criteria, evidence, frameworks)."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from soc2cli.branding import Branding
from soc2cli.evidence import requests
from soc2cli.formats.common import draft_banner, scanner_evidence, type2_label
from soc2cli.labels import (
    answer_label,
    check_resources_label,
    control_type_label,
    coverage_label,
    criterion_status_label,
    frequency_label,
    gap_kind_label,
    phase_label,
    phase_rank,
    report_type_label,
    severity_label,
    severity_rank,
    source_label,
    status_label,
    title_label,
)
from soc2cli.report import Report
from soc2cli.vocabulary import GapKind, SlotStatus
from soc2cli.workbook import brand_workbook, openpyxl, to_bytes, write_sheet


def render(report: Report, branding: Branding | None = None) -> bytes:
    workbook = build_workbook(report)
    if branding is not None:
        brand_workbook(workbook, firm=branding.firm, disclaimer=branding.disclaimer)
    return to_bytes(workbook)


def build_workbook(report: Report) -> Any:
    """The workbook: one sheet per view of the report."""
    wb = openpyxl().Workbook()
    stamp = datetime.combine(report.plan.as_of, time(0, 0))
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = f"soc2 {report.tool_version}"
    wb.properties.title = f"SOC 2 readiness: {report.scope.organization}"
    summary = wb.active
    summary.title = "Summary"
    _summary(summary, report)
    _categories(wb.create_sheet("Categories"), report)
    _control_matrix(wb.create_sheet("Control matrix"), report)
    _gaps(wb.create_sheet("Gaps"), report)
    _criteria(wb.create_sheet("Criteria"), report)
    _evidence_requests(wb.create_sheet("Evidence requests"), report)
    _evidence_register(wb.create_sheet("Evidence register"), report)
    _frameworks(wb.create_sheet("Frameworks"), report)
    if report.scans:
        _scanner_evidence(wb.create_sheet("Scanner evidence"), report)
        _accepted_exceptions(wb.create_sheet("Accepted exceptions"), report)
    return wb


def _summary(ws: Any, report: Report) -> None:
    s = report.summary
    plan = report.plan
    titles = report.category_titles | {c.category: c.title for c in s.categories}
    banner = draft_banner(report)
    rows: list[list[Any]] = [
        *([["Draft", banner]] if banner else []),
        ["Organisation", report.scope.organization],
        ["Report type", report_type_label(s.report_type)],
        ["Categories", ", ".join(title_label(titles, c) for c in report.scope.categories)],
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
    # A list of facts, not a table to sort: no filter.
    write_sheet(ws, ["Item", "Value"], rows, widths=[52, 40], filtered=False)
    _number_formats(ws)


def _categories(ws: Any, report: Report) -> None:
    """Readiness per category in scope: a table of its own, so its filter covers it alone."""
    write_sheet(
        ws,
        [
            "Category",
            "Type I readiness",
            "Type II readiness",
            "Criteria ready",
            "Criteria in scope",
        ],
        (
            [c.title, c.type1.readiness, c.type2.readiness, c.criteria_ready, c.criteria_total]
            for c in report.summary.categories
        ),
        widths=[28, 18, 18, 16, 18],
    )
    _number_formats(ws)


def _number_formats(ws: Any) -> None:
    """Fractions as percentages, dates as dates."""
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = "0%"
            elif hasattr(cell.value, "isoformat"):
                cell.number_format = "yyyy-mm-dd"


MATRIX_HEADER = [
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
]


def _control_matrix(ws: Any, report: Report) -> None:
    gaps = {g.control: g for g in report.gaps}
    rows = [
        [
            c.id,
            c.title,
            control_type_label(c.type),
            frequency_label(c.frequency),
            c.owner,
            ", ".join(c.criteria),
            "yes" if c.applicable else f"no: {c.exclusion_reason}",
            answer_label(c.status, c.documented),
            gap_kind_label(gaps[c.id].kind) if c.id in gaps else "",
            gaps[c.id].remediation if c.id in gaps else [],
            gaps[c.id].effort_days if c.id in gaps else None,
            c.evidence,
            ", ".join(c.mappings.get("iso27001_2022", [])),
            ", ".join(c.mappings.get("nist_csf_2", [])),
            c.notes,
        ]
        for c in report.controls
    ]
    widths = [10, 40, 14, 12, 16, 18, 16, 14, 22, 60, 10, 60, 18, 22, 50]
    write_sheet(ws, MATRIX_HEADER, rows, widths=widths, status_columns=[8])


GAPS_HEADER = [
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
]


def _gaps(ws: Any, report: Report) -> None:
    ordered = sorted(
        report.gaps, key=lambda g: (phase_rank(g.phase), severity_rank(g.severity), g.control)
    )
    rows = [
        [
            phase_label(g.phase),
            severity_label(g.severity),
            g.control,
            g.title,
            gap_kind_label(g.kind),
            answer_label(g.status, g.documented) if g.kind is not GapKind.uncovered else "",
            g.owner,
            g.effort_days,
            ", ".join(g.criteria),
            g.remediation,
            g.evidence,
        ]
        for g in ordered
    ]
    widths = [12, 10, 10, 40, 24, 14, 16, 10, 18, 60, 60]
    write_sheet(ws, GAPS_HEADER, rows, widths=widths, status_columns=[6])


CRITERIA_HEADER = [
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
]


def _criteria(ws: Any, report: Report) -> None:
    rows = [
        [
            c.id,
            title_label(report.category_titles, c.category),
            c.series,
            c.title,
            criterion_status_label(c.status),
            f"{c.coverage.ready} of {c.coverage.total}" if c.coverage.total else "",
            ", ".join(c.controls),
            ", ".join(c.key_controls),
            ", ".join(c.gap_controls),
            c.exclusion_reason or "",
        ]
        for c in report.criteria
    ]
    widths = [10, 20, 8, 50, 10, 12, 40, 20, 30, 40]
    write_sheet(ws, CRITERIA_HEADER, rows, widths=widths, status_columns=[5])


def _evidence_requests(ws: Any, report: Report) -> None:
    scans = bool(report.scans)  # the Scan column only when scanner results were imported
    write_sheet(
        ws,
        ["Control", "Title", "Owner", "Frequency", "Evidence to collect", "Samples", "Status"]
        + (["Scan"] if scans else []),
        (
            [r.control, r.title, r.owner, r.frequency, r.evidence, r.samples, r.status]
            + ([r.scans] if scans else [])
            for r in requests(report)
        ),
        widths=[10, 40, 16, 12, 70, 40, 14] + ([50] if scans else []),
        status_columns=[7],
    )


REGISTER_HEADER = [
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
]


def _evidence_register(ws: Any, report: Report) -> None:
    rows = [
        [
            c.control,
            c.title,
            frequency_label(c.frequency),
            status_label(c.status),
            c.items,
            c.latest,
            c.required,
            c.evidenced if c.required is not None else None,
            c.missing,
            [f"{x.start}..{x.end}" for x in c.slots if x.status is SlotStatus.due],
            "yes" if c.stale else "",
            c.outside_window,
            "yes" if c.no_evidence else "",
        ]
        for c in report.evidence.checks
    ]
    widths = [10, 40, 12, 14, 8, 12, 10, 10, 26, 26, 8, 30, 14]
    write_sheet(ws, REGISTER_HEADER, rows, widths=widths, status_columns=[4])
    for row in ws.iter_rows(min_row=2, min_col=6, max_col=6):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"


def _frameworks(ws: Any, report: Report) -> None:
    write_sheet(
        ws,
        ["Framework", "Reference", "Coverage", "Controls"],
        (
            [fw.title, item.id, coverage_label(item.status), ", ".join(item.controls)]
            for fw in report.frameworks.values()
            for item in fw.items
        ),
        widths=[36, 16, 16, 40],
    )
    ws.cell(
        row=ws.max_row + 2,
        column=1,
        value="Mapping coverage is an indication of overlap, not a certification.",
    )


SCANNER_HEADER = [
    "Control",
    "Title",
    "Answer",
    "Source",
    "Provider",
    "Scanned",
    "Pass",
    "Fail",
    "Manual",
    "Muted",
    "Waived",
    "Failing checks",
    "Resources",
    "File",
    "sha256",
]


def _scanner_evidence(ws: Any, report: Report) -> None:
    """One row per control and scan: the newest result of each source and provider."""
    rows = []
    for c in report.controls:
        for r in c.current_results:
            failing = [f for f in r.failing if f in c.failing_checks]
            rows.append(
                [
                    c.id,
                    c.title,
                    answer_label(c.status, c.documented),
                    source_label(r.source),
                    r.provider,
                    r.scanned_at.date(),
                    r.passed,
                    r.failed,
                    r.manual,
                    r.muted,
                    r.waived,
                    [f.check for f in failing],
                    [check_resources_label(f) for f in failing],
                    r.file,
                    r.sha256,
                ]
            )
    widths = [10, 40, 22, 12, 12, 12, 8, 8, 8, 8, 8, 40, 60, 30, 20]
    write_sheet(ws, SCANNER_HEADER, rows, widths=widths, status_columns=[3])
    for row in ws.iter_rows(min_row=2, min_col=6, max_col=6):
        for cell in row:
            cell.number_format = "yyyy-mm-dd"


def _accepted_exceptions(ws: Any, report: Report) -> None:
    scanner = scanner_evidence(report)
    accepted = scanner.accepted if scanner else []
    write_sheet(
        ws,
        ["Control", "Title", "Check", "Resources", "Findings", "Accepted as", "Reason", "Until"],
        (
            [
                a.control,
                a.title,
                a.item.check,
                a.item.resources,
                a.item.total,
                a.kind,
                a.reason,
                a.until or ("open" if a.kind == "waived" else ""),
            ]
            for a in accepted
        ),
        widths=[10, 40, 40, 60, 10, 12, 50, 12],
    )
