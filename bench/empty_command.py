"""A Typer command that does nothing, with the shape of ``soc2 report``'s arguments.

bench/run.py times it against the report floor (importing typer, pydantic, yaml, jinja2 and
rich): the part of a report's time that Typer itself takes to build a command and parse its
arguments (it imports its own adapters, and pydantic's types with them, on the way), before
any of the tool's code runs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import jinja2  # noqa: F401  (the report floor's libraries, as in the floor)
import pydantic  # noqa: F401
import rich  # noqa: F401
import typer
import yaml  # noqa: F401

app = typer.Typer(add_completion=False)


@app.command()
def report(
    assessment: Path,
    format_: Annotated[str, typer.Option("--format")] = "md",
    as_of: Annotated[str | None, typer.Option("--as-of")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
) -> None:
    """Do nothing."""


@app.command()
def status(assessment: Path) -> None:
    """Do nothing; a second command, so the first is chosen by name as in soc2."""


if __name__ == "__main__":
    app(sys.argv[1:], prog_name="soc2")
