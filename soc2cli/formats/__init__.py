"""Output formats: one module per format, each with ``render(report) -> str | bytes``.

A format is one enum member and one module; ``render`` maps every member to its module and ends
in ``assert_never``, so a member without a renderer fails the type check. Modules load lazily:
an unused format costs nothing, and the command line can name formats without loading any.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, assert_never

if TYPE_CHECKING:
    from soc2cli.branding import Branding
    from soc2cli.catalogue import Catalogue
    from soc2cli.diff import Diff
    from soc2cli.portfolio import Portfolio
    from soc2cli.report import Report


class Format(StrEnum):
    """Report formats (soc2 report --format)."""

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
    oscal_ar = "oscal-ar"
    oscal_poam = "oscal-poam"

    @property
    def binary(self) -> bool:
        """A binary format is written to a file, never to the terminal."""
        return self is Format.xlsx


class PortfolioFormat(StrEnum):
    """Portfolio formats (soc2 portfolio --format)."""

    md = "md"
    html = "html"
    json = "json"
    xlsx = "xlsx"

    @property
    def binary(self) -> bool:
        return self is PortfolioFormat.xlsx


class DiffFormat(StrEnum):
    """Diff formats (soc2 diff --format)."""

    text = "text"
    md = "md"
    json = "json"


def render(
    report: Report,
    fmt: Format,
    catalogue: Catalogue | None = None,
    *,
    branding: Branding | None = None,
) -> str | bytes:
    """``report`` in ``fmt`` (bytes for a binary format). OSCAL also needs the ``catalogue`` the
    report used; ``branding`` shows in the HTML report, the HTML summary and the workbook."""
    match fmt:
        case Format.md:
            from soc2cli.formats import markdown

            return markdown.render(report)
        case Format.html:
            from soc2cli.formats import html

            return html.render(report, branding)
        case Format.json:
            from soc2cli.formats import json

            return json.render(report)
        case Format.csv:
            from soc2cli.formats import csv

            return csv.render(report)
        case Format.junit:
            from soc2cli.formats import junit

            return junit.render(report)
        case Format.xlsx:
            from soc2cli.formats import xlsx

            return xlsx.render(report, branding)
        case Format.evidence:
            from soc2cli.formats import evidence

            return evidence.render(report)
        case Format.summary:
            from soc2cli.formats import summary

            return summary.render(report)
        case Format.summary_html:
            from soc2cli.formats import summary

            return summary.render_html(report, branding)
        case Format.ics:
            from soc2cli.formats import ics

            return ics.render(report)
        case Format.oscal_ar:
            from soc2cli.oscal import assessment_results, to_json

            return to_json(assessment_results(report, _needs(catalogue, fmt)))
        case Format.oscal_poam:
            from soc2cli.oscal import poam, to_json

            return to_json(poam(report, _needs(catalogue, fmt)))
        case _:
            assert_never(fmt)


def _needs(catalogue: Catalogue | None, fmt: Format) -> Catalogue:
    if catalogue is None:
        raise ValueError(f"the {fmt.value} format needs the catalogue the report was scored with")
    return catalogue


def render_diff(diff: Diff, fmt: DiffFormat) -> str:
    """``diff`` in ``fmt``."""
    from soc2cli.formats import diff as diff_formats

    match fmt:
        case DiffFormat.text:
            return diff_formats.render_text(diff)
        case DiffFormat.md:
            return diff_formats.render_md(diff)
        case DiffFormat.json:
            return diff_formats.render_json(diff)
        case _:
            assert_never(fmt)


def render_portfolio(
    portfolio: Portfolio, fmt: PortfolioFormat, *, branding: Branding | None = None
) -> str | bytes:
    """``portfolio`` in ``fmt``: bytes for xlsx, text otherwise."""
    from soc2cli.formats import portfolio as portfolio_formats

    match fmt:
        case PortfolioFormat.md:
            return portfolio_formats.render_md(portfolio)
        case PortfolioFormat.html:
            return portfolio_formats.render_html(portfolio, branding)
        case PortfolioFormat.json:
            return portfolio_formats.render_json(portfolio)
        case PortfolioFormat.xlsx:
            return portfolio_formats.render_xlsx(portfolio, branding)
        case _:
            assert_never(fmt)


def render_portfolio_calendar(portfolio: Portfolio) -> str:
    """One iCalendar of every client's evidence still due, merged."""
    from soc2cli.formats import ics

    return ics.render_portfolio(portfolio)
