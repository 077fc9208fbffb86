"""`soc2 catalogue list|show|export|validate`: browse and validate the criteria catalogue."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from soc2cli.cli.options import (
    CatalogueOpt,
    OutputOpt,
    check_output_path,
    load_catalogue,
    sub_app,
    write_output,
)

app = sub_app("Browse and validate the Trust Services Criteria catalogue.")


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    json = "json"
    oscal = "oscal"


@app.command("list")
def catalogue_list(
    category: Annotated[
        str | None, typer.Option("--category", help="Only this category (e.g. privacy).")
    ] = None,
    fmt: Annotated[
        ListFormat, typer.Option("--format", help="table for people, json for machines.")
    ] = ListFormat.table,
    catalogue: CatalogueOpt = None,
) -> None:
    """List the criteria and how many controls support each."""
    from soc2cli import ui
    from soc2cli.errors import UsageError

    cat = load_catalogue(catalogue)
    if category is not None and cat.category_index.get(category) is None:
        raise UsageError(
            f"unknown category {category!r}; expected one of {', '.join(c.id for c in cat.categories)}"
        )
    if fmt is ListFormat.json:
        ui.dump_json(
            [
                {
                    "id": c.id,
                    "category": c.category,
                    "series": c.series,
                    "title": c.title,
                    "controls": len(cat.controls_by_criterion.get(c.id, [])),
                }
                for c in cat.criteria
                if category is None or c.category == category
            ]
        )
        return
    ui.out().print(ui.criteria_table(cat, category))


@app.command("show")
def catalogue_show(
    item_id: Annotated[
        str, typer.Argument(metavar="ID", help="A criterion id (CC6.1) or a control id (AC-01).")
    ],
    catalogue: CatalogueOpt = None,
) -> None:
    """Show one criterion or control in full."""
    from soc2cli import ui
    from soc2cli.errors import UsageError

    cat = load_catalogue(catalogue)
    key = item_id.strip().upper()
    criterion = cat.criterion(key)
    if criterion is not None:
        ui.out().print(ui.criterion_panel(cat, criterion))
        return
    control = cat.control(key)
    if control is not None:
        ui.out().print(ui.control_panel(cat, control))
        return
    close = cat.similar_ids(key)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise UsageError(f"no criterion or control with id {item_id!r}{hint}")


@app.command("export")
def catalogue_export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="Output format.")
    ] = ExportFormat.json,
    output: OutputOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Export the whole catalogue: JSON ({"criteria": [...], "controls": [...]}) or OSCAL catalog."""
    from soc2cli import ui

    check_output_path(output)
    cat = load_catalogue(catalogue)
    if fmt is ExportFormat.oscal:
        from soc2cli.dates import source_date_time
        from soc2cli.oscal import catalog, to_json

        write_output(output, to_json(catalog(cat, last_modified=source_date_time())))
    elif output is None:
        ui.dump_json(cat.model_dump(mode="json"))
    else:
        import json

        data = cat.model_dump(mode="json")
        text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        write_output(output, text)


@app.command("validate")
def catalogue_validate(
    directory: Annotated[
        Path | None,
        typer.Argument(
            help="Catalogue directory (a whole catalogue or an overlay); default: the built-in one."
        ),
    ] = None,
) -> None:
    """Validate a catalogue; print each problem with its file and location."""
    from soc2cli import ui
    from soc2cli.catalogue import load_catalogue as load
    from soc2cli.errors import CatalogueError

    try:
        result = load(directory)
    except CatalogueError as exc:
        raise CatalogueError(exc.problems, itemise=True) from None
    for message in result.warnings:
        ui.warn(message)
    cat = result.catalogue
    ui.line(
        f"catalogue {cat.catalogue.id} {cat.catalogue.version} is valid: "
        f"{len(cat.criteria)} criteria, {len(cat.controls)} controls"
    )
