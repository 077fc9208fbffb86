"""Markdown: the gap report for people and pull-request comments."""

from __future__ import annotations

from soc2cli.formats.common import context
from soc2cli.report import Report
from soc2cli.templating import render_template


def render(report: Report) -> str:
    return render_template("md", "report.md.j2", **context(report))
