"""The consultant's practice: `soc2 portfolio PATH...` (every client side by side) and
`soc2 init DIR` (a new client folder)."""

from pathlib import Path
from typing import Annotated

import typer

from soc2cli.cli.options import (
    AsOfOpt,
    CatalogueOpt,
    OutputOpt,
    TemplateDirOpt,
    as_of,
    check_output_path,
    load_catalogue,
    write_output,
)
from soc2cli.formats import PortfolioFormat

PathsArg = Annotated[
    list[Path],
    typer.Argument(
        metavar="PATH...",
        help="Assessment files, or folders searched recursively for them.",
        show_default=False,
    ),
]
FormatOpt = Annotated[PortfolioFormat, typer.Option("--format", "-f", help="Output format.")]
FirmBrandingOpt = Annotated[
    Path | None,
    typer.Option(
        "--branding",
        metavar="FILE",
        help="The firm's branding.yaml, for the HTML page and the workbook.",
        show_default=False,
    ),
]
IcsOpt = Annotated[
    Path | None,
    typer.Option(
        "--ics",
        metavar="FILE",
        help="Also write one calendar of every client's evidence still due (.ics).",
        show_default=False,
    ),
]


def portfolio(
    paths: PathsArg,
    fmt: FormatOpt = PortfolioFormat.md,
    output: OutputOpt = None,
    ics: IcsOpt = None,
    as_of_date: AsOfOpt = None,
    branding: FirmBrandingOpt = None,
    template_dir: TemplateDirOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """One row per client assessment found, most at risk first (Markdown to stdout by default)."""
    from soc2cli import __version__, ui
    from soc2cli.branding import load_branding
    from soc2cli.errors import UsageError
    from soc2cli.formats import render_portfolio, render_portfolio_calendar
    from soc2cli.portfolio import build_portfolio
    from soc2cli.templating import user_templates

    start = as_of(as_of_date)
    check_output_path(output)
    check_output_path(ics)
    if output is None and fmt.binary:
        raise UsageError(f"--format {fmt.value} writes a binary file: give one with -o FILE")
    brand = load_branding(branding) if branding is not None else None
    with user_templates(template_dir):  # a missing folder fails here, before any work
        pass
    cat = load_catalogue(catalogue)
    counting = ui.Counting("scoring the assessments")
    try:
        result = build_portfolio(
            paths,
            cat,
            as_of=start,
            tool_version=__version__,
            progress=counting,
            calendar=ics is not None,
        )
    finally:
        counting.close()
    for skipped in result.skipped:
        if skipped.broken:
            ui.warn(f"{skipped.reason}; skipped")
        else:
            ui.status(f"note: {skipped.reason}; skipped")
    if not result.clients:
        searched = ", ".join(str(p) for p in paths)
        raise UsageError(f"no assessment file found in {searched}")
    with user_templates(template_dir):
        document = render_portfolio(result, fmt, branding=brand)
    write_output(output, document)
    if ics is not None:
        write_output(ics, render_portfolio_calendar(result))
    ui.status(
        f"{len(result.clients)} client(s), {result.at_risk} projected to miss their target date"
        + (f"; {len(result.skipped)} file(s) skipped" if result.skipped else "")
    )


OverlayOpt = Annotated[
    Path | None,
    typer.Option(
        "--from",
        metavar="DIR",
        help="The firm's catalogue overlay (a folder): validated, then copied into DIR/overlay.",
        show_default=False,
    ),
]


def init(
    directory: Annotated[
        Path, typer.Argument(metavar="DIR", help="The client's folder (created if missing).")
    ],
    overlay: OverlayOpt = None,
    branding: Annotated[
        Path | None,
        typer.Option(
            "--branding",
            metavar="FILE",
            help="The firm's branding.yaml: checked, then copied with its logo into DIR.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Start a client folder: an assessment to fill, its schema, a README, overlay and branding."""
    from soc2cli import __version__, ui
    from soc2cli.branding import load_branding
    from soc2cli.client_folder import (
        ASSESSMENT_FILE,
        OVERLAY_FOLDER,
        client_files,
        create_client_folder,
    )

    if overlay is not None:
        load_catalogue(overlay)  # a broken overlay is refused before anything is written
    brand = (branding, load_branding(branding)) if branding is not None else None
    new = client_files(directory, overlay=overlay, branding=brand, version=__version__)
    create_client_folder(directory, new)
    for item in new:
        ui.status(f"created {directory / item.name}")
    catalogue = f" --catalogue {directory / OVERLAY_FOLDER}" if overlay is not None else ""
    ui.status(f"next: soc2 assess {directory / ASSESSMENT_FILE} --rescope{catalogue}")


def register(app: typer.Typer) -> None:
    app.command("portfolio")(portfolio)
    app.command("init")(init)
