"""What the command modules share: options declared once, and the small steps every command takes
(load the catalogue with its warnings, check an output path, write the result).

Only typer is imported here at module level, so `soc2 --version` stays cheap.
"""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue

CatalogueOpt = Annotated[
    Path | None,
    typer.Option(
        "--catalogue",
        help="A catalogue directory: a whole catalogue, or an overlay that adds or overrides controls.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of", help="Date to work from (default: SOURCE_DATE_EPOCH or today), YYYY-MM-DD."
    ),
]
AssessmentArg = Annotated[Path, typer.Argument(help="The assessment file.")]


def sub_app(help_text: str) -> typer.Typer:
    """A command group (soc2 catalogue ..., soc2 evidence ...)."""
    return typer.Typer(help=help_text, no_args_is_help=True)


def load_catalogue(directory: Path | None) -> "Catalogue":
    """The built-in catalogue, or ``directory``'s; its warnings go to stderr."""
    from soc2cli import ui
    from soc2cli.catalogue import load_catalogue as load

    result = load(directory)
    for message in result.warnings:
        ui.warn(message)
    return result.catalogue


def as_of(value: str | None) -> date:
    from soc2cli.dates import as_of as parse

    return parse(value)


def check_output_path(path: Path | None) -> None:
    """Fail before any work when ``path`` cannot be written: a folder, or in a missing folder."""
    from soc2cli.errors import InputError

    if path is None:
        return
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError("the output path is a directory; give a file name", file=str(path))
    if not parent.is_dir():
        raise InputError("the output folder does not exist", file=str(path))


def check_output_folder(directory: Path) -> None:
    """The output folder must exist, or its parent must (it is created later); never a file."""
    from soc2cli.errors import InputError

    if directory.exists():
        if not directory.is_dir():
            raise InputError("the output path is a file; give a folder", file=str(directory))
        return
    parent = directory.parent if str(directory.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(
            "the output folder's parent does not exist; create it first", file=str(directory)
        )


def write_output(output: Path | None, data: str | bytes, *, announce: bool = True) -> None:
    """``data`` to stdout, or atomically to ``output`` (opened only now that there is data)."""
    from soc2cli import files, ui

    if output is None:
        assert isinstance(data, str)
        ui.write(data)
        return
    files.atomic_write(
        output, data if isinstance(data, bytes) else data.encode("utf-8"), backup=False
    )
    if announce:
        ui.status(f"wrote {output}")
