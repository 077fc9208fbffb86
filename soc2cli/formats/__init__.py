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


MODULES: dict[Format, str] = {
    Format.md: "soc2cli.formats.markdown",
    Format.html: "soc2cli.formats.html",
    Format.json: "soc2cli.formats.json",
    Format.csv: "soc2cli.formats.csv",
    Format.junit: "soc2cli.formats.junit",
}


def render(report: Report, fmt: Format) -> str:
    """Render ``report`` in ``fmt``; modules load lazily so unused formats cost nothing."""
    module = importlib.import_module(MODULES[fmt])
    text: str = module.render(report)
    return text
