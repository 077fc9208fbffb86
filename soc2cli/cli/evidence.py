"""`soc2 evidence add|list`: the evidence register of an assessment."""

from typing import TYPE_CHECKING, Annotated

import typer

from soc2cli.cli.options import AssessmentArg, CatalogueOpt, load_catalogue, sub_app

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue

app = sub_app("The evidence register: what proves each control operated, and when.")

ControlArg = Annotated[str, typer.Argument(help="The control the evidence is for (e.g. AC-06).")]
TitleOpt = Annotated[str, typer.Option("--title", help="What the evidence is.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="When it was produced (YYYY-MM-DD).")]
PeriodOpt = Annotated[
    str | None,
    typer.Option("--period", help="Instead of --date, the period it covers: START..END."),
]
LocationOpt = Annotated[
    str, typer.Option("--location", help="Where it lives: a path or URL (never fetched).")
]
ByOpt = Annotated[str | None, typer.Option("--by", help="Who produced it.")]
PlannedOpt = Annotated[
    bool,
    typer.Option(
        "--planned",
        help="Record evidence expected on a future date; it counts only once the flag is "
        "removed from the file.",
    ),
]


@app.command("add")
def evidence_add(
    file: AssessmentArg,
    control: ControlArg,
    title: TitleOpt,
    on: DateOpt = None,
    period: PeriodOpt = None,
    location: LocationOpt = "",
    by: ByOpt = None,
    planned: PlannedOpt = False,
    catalogue: CatalogueOpt = None,
) -> None:
    """Record one piece of evidence for a control."""
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, save_assessment
    from soc2cli.dates import today
    from soc2cli.evidence import add_evidence, evidence_item

    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    control_id = control.strip().upper()
    _known_control(cat, control_id, control)
    item = evidence_item(
        title, on=on, period=period, location=location, by=by, planned=planned, today=today()
    )
    updated = add_evidence(assessment, control_id, item)
    save_assessment(updated, file, cat)
    count = len(updated.evidence[control_id])
    ui.line(f"added evidence for {control_id} ({count} item(s)) to {file}")


def _known_control(cat: "Catalogue", control_id: str, given: str) -> None:
    from soc2cli.errors import UsageError

    if cat.control(control_id) is None:
        raise UsageError(
            f"unknown control {given!r}; see 'soc2 catalogue list' and 'soc2 catalogue show ID'"
        )


@app.command("list")
def evidence_list(
    file: AssessmentArg,
    control: Annotated[str | None, typer.Option("--control", help="Only this control.")] = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """List the evidence register, with the window checks for a Type II."""
    from soc2cli import __version__, ui
    from soc2cli.assessment import load_assessment
    from soc2cli.dates import today
    from soc2cli.errors import UsageError
    from soc2cli.evidence import register_lines
    from soc2cli.scoring import score

    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    wanted = control.strip().upper() if control else None
    if wanted and cat.control(wanted) is None and wanted not in assessment.evidence:
        raise UsageError(f"unknown control {control!r}")
    result = score(cat, assessment, as_of=today(), tool_version=__version__)
    lines, items = register_lines(assessment, result, wanted)
    for text in lines:
        ui.line(text)
    if not items:
        ui.line(
            "no evidence recorded"
            + (f" for {wanted}" if wanted else "")
            + f"; add some with: soc2 evidence add {file} CONTROL --date YYYY-MM-DD --title TEXT"
        )
