"""The client-facing one-page summary: readiness without anything internal (no notes, no owners)."""

from __future__ import annotations

from soc2cli.branding import Branding
from soc2cli.formats.common import context
from soc2cli.report import Report
from soc2cli.templating import render_template


def render(report: Report) -> str:
    return render_template("md", "summary.md.j2", **context(report))


def render_html(report: Report, branding: Branding | None = None) -> str:
    return render_template("html", "summary.html.j2", **context(report, branding))
