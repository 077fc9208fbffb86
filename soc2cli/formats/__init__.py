"""Output formats: one module per format, each with ``render(report) -> str``."""

from __future__ import annotations

import importlib
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from soc2cli.report import Report


class Format(StrEnum):
    md = "md"
    html = "html"
    json = "json"
    csv = "csv"
    junit = "junit"
    xlsx = "xlsx"
    evidence = "evidence"
    summary = "summary"
    summary_html = "summary-html"
    ics = "ics"


BINARY = frozenset({"xlsx"})

MODULES: dict[Format, str] = {
    Format.md: "soc2cli.formats.markdown",
    Format.html: "soc2cli.formats.html",
    Format.json: "soc2cli.formats.json",
    Format.csv: "soc2cli.formats.csv",
    Format.junit: "soc2cli.formats.junit",
    Format.xlsx: "soc2cli.formats.xlsx",
    Format.evidence: "soc2cli.formats.evidence",
    Format.summary: "soc2cli.formats.summary",
    Format.summary_html: "soc2cli.formats.summary:render_html",
    Format.ics: "soc2cli.formats.ics",
}


def render(report: Report, fmt: Format) -> str | bytes:
    """Render ``report`` in ``fmt``; modules load lazily so unused formats cost nothing."""
    module_name, _, function = MODULES[fmt].partition(":")
    module = importlib.import_module(module_name)
    result: str | bytes = getattr(module, function or "render")(report)
    return result
