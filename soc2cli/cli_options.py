"""Command-line options shared by the command modules."""

from pathlib import Path
from typing import Annotated

import typer

CatalogueOpt = Annotated[
    Path | None,
    typer.Option(
        "--catalogue",
        help="A catalogue directory: a whole catalogue, or an overlay that adds or overrides controls.",
        show_default=False,
    ),
]
