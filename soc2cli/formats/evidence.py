"""The evidence request list (the auditor's "PBC" list) as Markdown."""

from __future__ import annotations

from soc2cli.evidence import requests
from soc2cli.formats.common import context
from soc2cli.report import Report
from soc2cli.templating import render_template


def render(report: Report) -> str:
    return render_template("md", "evidence.md.j2", requests=requests(report), **context(report))
