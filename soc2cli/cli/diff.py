"""`soc2 diff OLD NEW`: what a change does to readiness; exit 1 on a regression (CI)."""

from enum import StrEnum
from typing import Annotated

import typer

from soc2cli.cli.options import (
    CatalogueOpt,
    OutputOpt,
    check_output_path,
    load_catalogue,
    write_output,
)
from soc2cli.formats import DiffFormat


class FailOn(StrEnum):
    regression = "regression"
    never = "never"


OldArg = Annotated[
    str,
    typer.Argument(
        help="Old assessment or JSON report: a path or REV:PATH (e.g. main:assessment.yaml)."
    ),
]
NewArg = Annotated[str, typer.Argument(help="New assessment or JSON report: a path or REV:PATH.")]
DiffFormatOpt = Annotated[
    DiffFormat,
    typer.Option("--format", "-f", help="text for people, md for PR comments, json."),
]
FailOnOpt = Annotated[
    FailOn,
    typer.Option(
        "--fail-on", help="Exit 1 on a regression (a control down, a new gap, readiness down)."
    ),
]


def diff(
    old: OldArg,
    new: NewArg,
    fmt: DiffFormatOpt = DiffFormat.text,
    fail_on: FailOnOpt = FailOn.regression,
    output: OutputOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Compare two assessments or reports; exit 1 on a regression (CI)."""
    from soc2cli import __version__
    from soc2cli.dates import today
    from soc2cli.diff import Diff, compare, first_version, load_report
    from soc2cli.errors import FindingError
    from soc2cli.files.git import NotAtRevision
    from soc2cli.formats import render_diff

    check_output_path(output)
    cat = load_catalogue(catalogue)
    start = today()
    result: Diff
    try:
        old_report = load_report(old, cat, as_of=start, tool_version=__version__)
    except NotAtRevision as missing:  # REV:PATH, PATH added since REV: a new assessment
        new_report = load_report(new, cat, as_of=start, tool_version=__version__)
        result = first_version(new_report, old_label=old, new_label=new, revision=missing.revision)
    else:
        new_report = load_report(new, cat, as_of=start, tool_version=__version__)
        result = compare(old_report, new_report, old_label=old, new_label=new)
    write_output(output, render_diff(result, fmt), announce=False)
    if fail_on is FailOn.regression and result.regression:
        raise FindingError(
            f"readiness regressed: {'; '.join(result.reasons[:3])}"
            + (" ..." if len(result.reasons) > 3 else "")
        )


def register(app: typer.Typer) -> None:
    app.command("diff")(diff)
