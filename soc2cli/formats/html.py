"""HTML: one self-contained page (inline CSS and SVG, no network)."""

from __future__ import annotations

from soc2cli.branding import Branding
from soc2cli.formats.common import context
from soc2cli.gantt import gantt
from soc2cli.report import Report
from soc2cli.templating import render_template


def render(report: Report, branding: Branding | None = None) -> str:
    return render_template(
        "html", "report.html.j2", **context(report, branding), gantt=gantt(report.plan)
    )
