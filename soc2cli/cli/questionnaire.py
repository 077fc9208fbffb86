"""`soc2 questionnaire export`: the applicable questions as a spreadsheet."""

from pathlib import Path
from typing import Annotated

import typer

from soc2cli.cli.options import CatalogueOpt, check_output_path, load_catalogue, sub_app

app = sub_app("Spreadsheet questionnaires for clients who prefer Excel.")


@app.command("export")
def questionnaire_export(
    file: Annotated[
        Path, typer.Argument(help="The assessment file (its scope decides the questions).")
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="The .xlsx file to write.")],
    catalogue: CatalogueOpt = None,
) -> None:
    """Write the applicable questions to a workbook with a status drop-down, notes and owner."""
    from soc2cli import files, ui
    from soc2cli.assessment import load_assessment
    from soc2cli.questionnaire import export

    check_output_path(output)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    files.atomic_write(output, export(cat, assessment), backup=False)
    ui.status(f"wrote {output}; import the answers with: soc2 assess {file} --import {output}")
