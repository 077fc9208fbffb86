"""`soc2 assess [FILE]...`: the interview, the non-interactive check, and the questionnaire import."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from soc2cli.cli.options import CatalogueOpt, load_catalogue

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue
    from soc2cli.interview import Prompter

FilesArg = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="FILE",
        help="The assessment file, created when missing (default assessment.yaml). "
        "Several files only with --non-interactive.",
        show_default=False,
    ),
]
NonInteractiveOpt = Annotated[
    bool,
    typer.Option(
        "--non-interactive", help="Never prompt: validate FILE and list what is unanswered."
    ),
]
SectionOpt = Annotated[
    str | None,
    typer.Option(
        "--section",
        metavar="SECTION",
        help="Only this section: a domain (access_control), a control prefix (AC), "
        "a criterion series (CC6) or a criterion (CC6.1).",
    ),
]
ReviewOpt = Annotated[bool, typer.Option("--review", help="Walk the answered questions again.")]
OnlyUnansweredOpt = Annotated[
    bool,
    typer.Option(
        "--only-unanswered/--all", help="Ask only unanswered questions (the default) or all."
    ),
]
RescopeOpt = Annotated[bool, typer.Option("--rescope", help="Ask the scoping questions again.")]
InterviewerOpt = Annotated[
    str | None,
    typer.Option(
        "--interviewer",
        metavar="NAME",
        help="Who is interviewing; with this or --attendee, who takes part is not asked.",
        show_default=False,
    ),
]
AttendeeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--attendee",
        metavar="NAME",
        help="Who attends the interview (repeat for each); recorded with the session.",
        show_default=False,
    ),
]
ImportOpt = Annotated[
    Path | None,
    typer.Option(
        "--import",
        metavar="WORKBOOK",
        help="Read answers from a questionnaire workbook (soc2 questionnaire export) into FILE.",
        show_default=False,
    ),
]
PartialOpt = Annotated[
    bool,
    typer.Option(
        "--partial", help="With --import: import the valid rows even if others have errors."
    ),
]


def assess(
    files: FilesArg = None,
    non_interactive: NonInteractiveOpt = False,
    section: SectionOpt = None,
    review: ReviewOpt = False,
    only_unanswered: OnlyUnansweredOpt = True,
    rescope: RescopeOpt = False,
    interviewer: InterviewerOpt = None,
    attendee: AttendeeOpt = None,
    import_: ImportOpt = None,
    partial: PartialOpt = False,
    catalogue: CatalogueOpt = None,
) -> None:
    """Scope the audit, then rate each applicable control; saves after every answer and resumes."""
    from soc2cli.errors import UsageError

    paths = files or [Path("assessment.yaml")]
    cat = load_catalogue(catalogue)
    if import_ is not None:
        if len(paths) != 1:
            raise UsageError("--import takes one assessment file")
        _import_questionnaire(cat, paths[0], import_, partial=partial)
        return
    if non_interactive:
        for path in paths:
            _check(cat, path)
        return
    if len(paths) != 1:
        raise UsageError("the interview takes one file; several files only with --non-interactive")
    file = paths[0]
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise UsageError(
            "soc2 assess needs a terminal to ask questions; in CI or scripts use "
            f"'soc2 assess {file} --non-interactive'"
        )
    people = _People(interviewer, attendee or []) if interviewer or attendee else None
    _interview(
        cat,
        file,
        section,
        review=review,
        only_unanswered=only_unanswered,
        rescope=rescope,
        people=people,
    )


class _People(NamedTuple):
    """Who takes part, as given with --interviewer and --attendee."""

    interviewer: str | None
    attendees: list[str]


def _check(cat: "Catalogue", path: Path) -> None:
    """Validate one file and list the applicable controls still unanswered or unknown."""
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, unknown_id_warnings
    from soc2cli.interview import progress

    # An id that is a catalogue id written differently (AC-6) is an error; other unknown ids
    # are kept for the catalogue they came from, with a warning.
    assessment = load_assessment(path, cat, strict_ids=True)
    for warning in unknown_id_warnings(assessment, cat, str(path)):
        ui.warn(warning)
    done = progress(cat, assessment)
    ui.line(
        f"{path}: valid; {done.answered} of {done.applicable} applicable controls "
        f"answered, {len(done.open)} unanswered or unknown"
    )
    for question in done.open:
        ui.line(f"  {question.control.id}  {question.state}  {question.control.title}")


def _interview(
    cat: "Catalogue",
    file: Path,
    section: str | None,
    *,
    review: bool,
    only_unanswered: bool,
    rescope: bool,
    people: _People | None = None,
) -> None:
    from soc2cli import __version__, ui
    from soc2cli.assessment import load_assessment
    from soc2cli.dates import today
    from soc2cli.interview import readiness_line, resume_hint, run_interview
    from soc2cli.prompts import TerminalPrompter
    from soc2cli.scoring import score

    with TerminalPrompter() as prompter:
        chosen = file if file.exists() else _new_or_similar(file, prompter)
        if chosen is None:
            ui.line(f"Nothing created; {file} does not exist.")
            return
        file = chosen
        existing = load_assessment(file, cat) if file.exists() else None
        result = run_interview(
            cat,
            file,
            existing,
            prompter,
            section=section,
            review=review,
            only_unanswered=only_unanswered,
            rescope=rescope,
            notify=prompter.say,
            interviewer=(people.interviewer or "") if people else None,
            attendees=people.attendees if people else None,
        )
    report = score(cat, result.assessment, as_of=today(), tool_version=__version__)
    ui.line()
    ui.line(readiness_line(report))
    if not result.finished:
        ui.line(f"Saved {file}.")
        ui.line(resume_hint(file))
    ui.line(f"Next: soc2 report {file} --format html -o report.html")


def _new_or_similar(file: Path, prompter: "Prompter") -> Path | None:
    """Before a new assessment starts, a file with a name much like it is offered instead
    (``clinet.yaml`` typed next to ``client.yaml``); None when the person cancels."""
    from soc2cli import files
    from soc2cli.interview import CANCEL, Choice, similar_file

    folder = file.parent
    names = [p.name for p in files.find_files(folder, (".yaml", ".yml"), recursive=False)]
    similar = similar_file(file.name, names)
    if similar is None:
        return file
    other = folder / similar
    answer = prompter.select(
        f"There is no {file}, but there is {other}. Which one?",
        [
            Choice("open", f"Open {other}"),
            Choice("new", f"Start a new assessment in {file}"),
            Choice(CANCEL, "cancel", key="escape", listed=False),
        ],
        default="open",
    )
    return {"open": other, "new": file}.get(answer)


def _import_questionnaire(cat: "Catalogue", file: Path, workbook: Path, *, partial: bool) -> None:
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, save_assessment
    from soc2cli.dates import now_utc
    from soc2cli.errors import InputError
    from soc2cli.questionnaire import SHEET, merge, read

    assessment = load_assessment(file, cat)
    imported = read(workbook, cat, now=now_utc)
    for problem in imported.errors:
        ui.error_line(f"{workbook}: {SHEET} row {problem.row}: {problem.message}")
    if imported.errors and not partial:
        raise InputError(
            f"{len(imported.errors)} row(s) with errors; nothing imported (fix them, or use --partial)",
            file=str(workbook),
        )
    merged, changed = merge(assessment, imported.answers)
    save_assessment(merged, file, cat)
    ui.line(
        f"imported {changed} changed answer(s) into {file}; {imported.skipped} row(s) without a "
        f"status left as they were"
        + (f"; {len(imported.errors)} row(s) rejected" if imported.errors else "")
    )


def register(app: typer.Typer) -> None:
    app.command("assess")(assess)
