"""`soc2 describe FILE`: a draft of the system description section of a SOC 2 report."""

import typer

from soc2cli.cli.options import (
    AsOfOpt,
    AssessmentArg,
    CatalogueOpt,
    OutputOpt,
    TemplateDirOpt,
    as_of,
    check_output_path,
    load_catalogue,
    write_output,
)


def describe(
    file: AssessmentArg,
    output: OutputOpt = None,
    as_of_date: AsOfOpt = None,
    template_dir: TemplateDirOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Draft the system description section of a SOC 2 report, with gaps marked for the author."""
    from soc2cli import __version__
    from soc2cli.assessment import load_assessment
    from soc2cli.describe import describe as draft
    from soc2cli.scoring import score
    from soc2cli.templating import user_templates

    start = as_of(as_of_date)
    check_output_path(output)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    report = score(cat, assessment, as_of=start, tool_version=__version__)
    with user_templates(template_dir):
        text = draft(cat, assessment, report)
    write_output(output, text)


def register(app: typer.Typer) -> None:
    app.command("describe")(describe)
