"""The portfolio in each format: Markdown and HTML from templates, JSON, and a workbook."""

from __future__ import annotations

import json
from datetime import datetime, time
from typing import Any

from soc2cli.branding import Branding
from soc2cli.labels import report_type_label
from soc2cli.portfolio import ClientRow, Portfolio
from soc2cli.templating import render_template
from soc2cli.workbook import brand_workbook, openpyxl, to_bytes, write_sheet

PORTFOLIO_SCHEMA_VERSION = 1


def _context(portfolio: Portfolio, branding: Branding | None) -> dict[str, Any]:
    return {
        "portfolio": portfolio,
        "clients": portfolio.clients,
        "skipped": portfolio.skipped,
        "brand": branding,
    }


def render_md(portfolio: Portfolio) -> str:
    return render_template("md", "portfolio.md.j2", **_context(portfolio, None))


def render_html(portfolio: Portfolio, branding: Branding | None = None) -> str:
    return render_template("html", "portfolio.html.j2", **_context(portfolio, branding))


def render_json(portfolio: Portfolio) -> str:
    document = {
        "schema_version": PORTFOLIO_SCHEMA_VERSION,
        "tool_version": portfolio.tool_version,
        "as_of": portfolio.as_of.isoformat(),
        "clients": [client.to_dict() for client in portfolio.clients],
        "skipped": [{"file": s.file, "reason": s.reason} for s in portfolio.skipped],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


HEADER = [
    "Organisation",
    "Report type",
    "Readiness (its report type)",
    "Type I readiness",
    "Type II readiness",
    "Answered",
    "Applicable",
    "Target date",
    "Projected date",
    "Target",
    "Evidence due in 30 days",
    "Evidence overdue",
    "Answers older than 90 days",
    "Policy reviews overdue",
    "File",
]


def _row(client: ClientRow) -> list[Any]:
    target = "no target date" if client.target_date is None else client.target_status
    return [
        client.organization,
        report_type_label(client.report_type),
        client.readiness,
        client.readiness_type1,
        client.readiness_type2,
        client.answered,
        client.applicable,
        client.target_date,
        client.projected_date,
        target,
        client.evidence_due,
        client.evidence_overdue,
        client.stale_answers,
        "" if client.policy_reviews_overdue is None else client.policy_reviews_overdue,
        client.file,
    ]


def render_xlsx(portfolio: Portfolio, branding: Branding | None = None) -> bytes:
    """One sheet of clients, most at risk first, and one of the files skipped."""
    wb = openpyxl().Workbook()
    stamp = datetime.combine(portfolio.as_of, time(0, 0))
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = f"soc2 {portfolio.tool_version}"
    wb.properties.title = f"SOC 2 readiness portfolio as of {portfolio.as_of.isoformat()}"
    ws = wb.active
    ws.title = "Portfolio"
    widths = [28, 12, 14, 12, 12, 10, 10, 12, 12, 30, 12, 12, 14, 14, 40]
    write_sheet(ws, HEADER, [_row(c) for c in portfolio.clients], widths=widths)
    for row in ws.iter_rows(min_row=2):
        for cell in row[2:5]:
            cell.number_format = "0%"
        for cell in row[7:9]:
            cell.number_format = "yyyy-mm-dd"
    write_sheet(
        wb.create_sheet("Skipped"),
        ["File", "Reason"],
        [[s.file, s.reason] for s in portfolio.skipped],
        widths=[40, 100],
    )
    if branding is not None:
        brand_workbook(wb, firm=branding.firm, disclaimer=branding.disclaimer)
    return to_bytes(wb)
