"""`soc2 trend FILE` and `soc2 log FILE CONTROL`: readiness and answers over the git history."""

from enum import StrEnum
from typing import Annotated

import typer

from soc2cli.cli.options import AssessmentArg, CatalogueOpt, OutputOpt, load_catalogue


class TrendFormat(StrEnum):
    """The trend's formats, named here so the command line loads no history code at start-up."""

    md = "md"
    csv = "csv"
    json = "json"
    html = "html"


SinceOpt = Annotated[
    str | None, typer.Option("--since", help="Only commits on or after this date (YYYY-MM-DD).")
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", help="Only commits on or before this date (YYYY-MM-DD).")
]
TrendFormatOpt = Annotated[TrendFormat, typer.Option("--format", "-f", help="Output format.")]
FailOnOpt = Annotated[
    str | None,
    typer.Option(
        "--fail-on",
        metavar="stall=DAYS",
        help="Exit 1 when readiness has not risen in DAYS days, e.g. stall=30d.",
        show_default=False,
    ),
]


def trend(
    file: AssessmentArg,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: TrendFormatOpt = TrendFormat.md,
    fail_on: FailOnOpt = None,
    output: OutputOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Readiness replayed over the git history of FILE: one point per commit that changed it."""
    from soc2cli import __version__, ui
    from soc2cli.cli.options import check_output_path, write_output
    from soc2cli.dates import parse_date, today
    from soc2cli.errors import FindingError
    from soc2cli.files import git
    from soc2cli.history.render import TrendFormat as Rendered
    from soc2cli.history.render import render_trend
    from soc2cli.history.revisions import read_revisions
    from soc2cli.history.trend import build_trend, stall, stall_days

    first = parse_date(since, "--since") if since else None
    last = parse_date(until, "--until") if until else None
    days = stall_days(fail_on) if fail_on else None
    check_output_path(output)
    cat = load_catalogue(catalogue)
    revisions = read_revisions(file)
    if git.is_shallow(file):
        ui.warn(f"{file}: the repository is a shallow clone; fetch the whole history (depth 0)")
    result = build_trend(revisions, cat, tool_version=__version__, since=first, until=last)
    if result.skipped:
        ui.warn(
            f"{file}: {len(result.skipped)} commit(s) skipped (no readable assessment); "
            "the report lists them"
        )
    checked = None if days is None else stall(result.history, days=days, as_of=last or today())
    write_output(output, render_trend(result, Rendered(fmt.value), file=str(file), stall=checked))
    if checked is not None and checked.stalled:
        raise FindingError(checked.note)


def log(
    file: AssessmentArg,
    control: Annotated[str, typer.Argument(help="The control, e.g. AC-06.")],
    catalogue: CatalogueOpt = None,
) -> None:
    """Every change to one control's answer: date, author, old -> new, documented, notes."""
    from soc2cli import ui
    from soc2cli.errors import UsageError
    from soc2cli.history.log import answer_history
    from soc2cli.history.render import log_text
    from soc2cli.history.revisions import read_revisions

    cat = load_catalogue(catalogue)
    control_id = control.strip().upper()
    history = answer_history(read_revisions(file), control_id, cat)
    if not history.seen and cat.control(control_id) is None:
        raise UsageError(f"unknown control {control!r}; see 'soc2 catalogue list'")
    ui.write(log_text(history, file=str(file)))


def register(app: typer.Typer) -> None:
    app.command("trend")(trend)
    app.command("log")(log)
