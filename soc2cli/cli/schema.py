"""`soc2 schema NAME`: the JSON Schema of a file the tool reads or writes."""

from enum import StrEnum
from typing import Annotated

import typer


class SchemaName(StrEnum):
    catalogue = "catalogue"
    assessment = "assessment"
    report = "report"
    checks = "checks"


def schema(
    name: Annotated[SchemaName, typer.Argument(help="Which file's JSON Schema to print.")],
) -> None:
    """Print the JSON Schema of the catalogue, assessment, report or scanner-results files."""
    from soc2cli import ui
    from soc2cli.schemas import json_schema

    ui.dump_json(json_schema(name.value))


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)
