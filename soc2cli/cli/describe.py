"""`soc2 describe FILE`: a draft of the system description section of a SOC 2 report."""

import typer

from soc2cli.cli.options import (
    AsOfOpt,
    AssessmentArg,
    CatalogueOpt,
    OutputOpt,
    as_of,
    check_output_path,
    load_catalogue,
    write_output,
)


def describe(
    file: AssessmentArg,
    output: OutputOpt = None,
    as_of_date: AsOfOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Draft the system description section of a SOC 2 report, with gaps marked for the author."""
    from soc2cli import __version__
    from soc2cli.assessment import load_assessment
    from soc2cli.describe import describe as draft
    from soc2cli.scoring import score

    start = as_of(as_of_date)
    check_output_path(output)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    report = score(cat, assessment, as_of=start, tool_version=__version__)
    write_output(output, draft(cat, assessment, report))


def register(app: typer.Typer) -> None:
    app.command("describe")(describe)
