"""`soc2 status FILE`: the assessment on one screen; also what `soc2 report FILE` shows a terminal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from soc2cli.cli.options import AssessmentArg, CatalogueOpt, as_of, load_catalogue

if TYPE_CHECKING:
    from soc2cli.report import Report

AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Plan from this date (default: SOURCE_DATE_EPOCH or today)."),
]


def status(
    file: AssessmentArg,
    as_of_date: AsOfOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Readiness, top risks, key dates and how to get each deliverable, on one screen.

    Works on a draft, so it can run beside `soc2 assess` in the middle of an interview. On a
    terminal the summary is styled (plain with NO_COLOR); piped, it is the same text, plain.
    """
    from soc2cli import __version__, ui
    from soc2cli.assessment import load_assessment, unknown_id_warnings
    from soc2cli.scoring import score

    start = as_of(as_of_date)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat, strict_ids=True)
    for warning in unknown_id_warnings(assessment, cat, str(file)):
        ui.warn(warning)
    result = score(cat, assessment, as_of=start, tool_version=__version__)
    show(file, result)
    for warning in result.warnings:
        ui.warn(f"{file}: {warning}")


def show(file: Path, result: Report) -> None:
    """The one-screen summary of ``result`` on stdout (``file`` names the assessment in the
    commands it suggests)."""
    from soc2cli import ui
    from soc2cli.formats.status import render

    ui.screen(render(result, file=str(file), width=ui.screen_width()))


def register(app: typer.Typer) -> None:
    app.command("status")(status)
