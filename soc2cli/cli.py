"""The command line: parse options, call the core, print. Heavy modules load inside commands."""

import gc
import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from soc2cli.cli_options import CatalogueOpt
from soc2cli.errors import FindingError, InputError, Soc2Error, UsageError
from soc2cli.formats import Format

# pydantic scans every installed package's entry points for plugins at import; a CLI needs none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

if TYPE_CHECKING:
    from soc2cli.assessment import Assessment
    from soc2cli.catalogue import Catalogue
    from soc2cli.report import Report

app = typer.Typer(
    name="soc2",
    help="Offline SOC 2 readiness: scope an audit, interview, score gaps, plan remediation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
catalogue_app = typer.Typer(
    help="Browse and validate the Trust Services Criteria catalogue.", no_args_is_help=True
)
app.add_typer(catalogue_app, name="catalogue")


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    json = "json"


class SchemaName(StrEnum):
    catalogue = "catalogue"
    assessment = "assessment"
    report = "report"


def _version_callback(value: bool) -> None:
    if value:
        from soc2cli import __version__

        typer.echo(f"soc2 {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback for unexpected errors.")
    ] = False,
) -> None:
    """soc2: SOC 2 readiness and gap assessment, offline and git-native."""


def _load_catalogue(directory: Path | None) -> "Catalogue":
    from soc2cli import ui
    from soc2cli.catalogue import load_catalogue

    result = load_catalogue(directory)
    for message in result.warnings:
        ui.warn(message)
    return result.catalogue


def _dump_json(data: object) -> None:
    import json

    sys.stdout.write(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


@catalogue_app.command("list")
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
    cat = _load_catalogue(catalogue)
    if category is not None and cat.category_index.get(category) is None:
        raise UsageError(
            f"unknown category {category!r}; expected one of {', '.join(c.id for c in cat.categories)}"
        )
    if fmt is ListFormat.json:
        _dump_json(
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
    from soc2cli import ui

    ui.out().print(ui.criteria_table(cat, category))


@catalogue_app.command("show")
def catalogue_show(
    item_id: Annotated[
        str, typer.Argument(metavar="ID", help="A criterion id (CC6.1) or a control id (AC-01).")
    ],
    catalogue: CatalogueOpt = None,
) -> None:
    """Show one criterion or control in full."""
    from soc2cli import ui

    cat = _load_catalogue(catalogue)
    key = item_id.strip()
    criterion = cat.criterion(key.upper())
    if criterion is not None:
        ui.out().print(ui.criterion_panel(cat, criterion))
        return
    control = cat.control(key.upper())
    if control is not None:
        ui.out().print(ui.control_panel(cat, control))
        return
    import difflib

    ids = [c.id for c in cat.criteria] + [c.id for c in cat.controls]
    close = difflib.get_close_matches(key.upper(), ids, n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise UsageError(f"no criterion or control with id {item_id!r}{hint}")


@catalogue_app.command("export")
def catalogue_export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="Output format.")
    ] = ExportFormat.json,
    catalogue: CatalogueOpt = None,
) -> None:
    """Export the whole catalogue as JSON: {"criteria": [...], "controls": [...], ...}."""
    cat = _load_catalogue(catalogue)
    _dump_json(cat.model_dump(mode="json"))


@catalogue_app.command("validate")
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
    from soc2cli.catalogue import load_catalogue
    from soc2cli.errors import CatalogueError

    try:
        result = load_catalogue(directory)
    except CatalogueError as exc:
        for problem in exc.problems:
            ui.error_line(problem.format())
        raise typer.Exit(2) from None
    for message in result.warnings:
        ui.warn(message)
    cat = result.catalogue
    typer.echo(
        f"catalogue {cat.catalogue.id} {cat.catalogue.version} is valid: "
        f"{len(cat.criteria)} criteria, {len(cat.controls)} controls"
    )


@app.command("schema")
def schema(
    name: Annotated[SchemaName, typer.Argument(help="Which file's JSON Schema to print.")],
) -> None:
    """Print the JSON Schema of the catalogue, assessment or report files."""
    from soc2cli.schemas import json_schema

    _dump_json(json_schema(name.value))


def _as_of(value: str | None) -> date:
    if value is not None:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise UsageError(f"--as-of: {value!r} is not a date (expected YYYY-MM-DD)") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        from datetime import UTC, datetime

        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC).date()
        except ValueError:
            raise UsageError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds") from None
    return date.today()


def _check_output_path(path: Path) -> None:
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError("the output path is a directory; give a file name", file=str(path))
    if not parent.is_dir():
        raise InputError("the output folder does not exist", file=str(path))


def _with_policy_gaps(
    result: "Report", directory: Path, cat: "Catalogue", assessment: "Assessment", start: date
) -> "Report":
    from soc2cli.policies import check, policy_gaps
    from soc2cli.report import PolicyGapEntry

    if not directory.is_dir():
        raise InputError("policy folder not found", file=str(directory))
    entries = [
        PolicyGapEntry(
            policy=g.policy,
            kind=g.kind.value,
            severity=g.severity,
            message=g.message,
            controls=list(g.controls),
            criteria=list(g.criteria),
            remediation=g.remediation,
        )
        for g in policy_gaps(check(directory, cat, assessment, start))
    ]
    return result.model_copy(update={"policies_checked": True, "policy_gaps": entries})


FRAMEWORK_NAMES = {
    "iso27001": "iso27001_2022",
    "nist-csf": "nist_csf_2",
    "hipaa": "hipaa_security",
    "pci-dss": "pci_dss_4",
    "gdpr": "gdpr",
}


def _framework_id(name: str) -> str:
    key = name.strip().lower()
    if key in FRAMEWORK_NAMES:
        return FRAMEWORK_NAMES[key]
    if key in FRAMEWORK_NAMES.values():
        return key
    raise UsageError(
        f"--framework: unknown framework {name!r}; expected one of {', '.join(FRAMEWORK_NAMES)}"
    )


@app.command("report")
def report(
    file: Annotated[Path, typer.Argument(help="The assessment file.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under", min=0, max=100, help="Exit 1 when readiness (percent) is below this."
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Plan from this date (default: SOURCE_DATE_EPOCH or today)."),
    ] = None,
    framework: Annotated[
        list[str] | None,
        typer.Option(
            "--framework",
            help="Framework coverage in detail: iso27001, nist-csf, hipaa, pci-dss or gdpr (repeatable).",
            show_default=False,
        ),
    ] = None,
    policies: Annotated[
        Path | None,
        typer.Option(
            "--policies",
            help="A folder of policies (soc2 policies generate): missing or overdue ones become gaps.",
            show_default=False,
        ),
    ] = None,
    capacity: Annotated[
        float | None,
        typer.Option(
            "--capacity",
            min=0.5,
            help="Person-days a week the team spends on remediation "
            "(default: scope.capacity_days_per_week, else 5).",
            show_default=False,
        ),
    ] = None,
    require_complete: Annotated[
        bool,
        typer.Option(
            "--require-complete",
            help="Exit 1 when the assessment is a draft (applicable controls still unanswered).",
        ),
    ] = False,
    catalogue: CatalogueOpt = None,
) -> None:
    """Score the gaps and write the report and remediation plan (Markdown to stdout by default)."""
    from soc2cli import __version__, ui
    from soc2cli.assessment import load_assessment, unknown_answers
    from soc2cli.formats import BINARY, render
    from soc2cli.scoring import score

    start = _as_of(as_of)
    if output is not None:
        _check_output_path(output)
    focus = [_framework_id(name) for name in framework or []]
    cat = _load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    for control_id in unknown_answers(assessment, cat):
        ui.warn(f"{file}: answers.{control_id}: not a control in the catalogue; kept, not scored")
    result = score(
        cat,
        assessment,
        as_of=start,
        tool_version=__version__,
        capacity_days_per_week=capacity,
        frameworks=focus,
    )
    if policies is not None:
        result = _with_policy_gaps(result, policies, cat, assessment, start)
    if output is None and fmt.value in BINARY:
        raise UsageError(f"--format {fmt.value} writes a binary file: give one with -o FILE")
    rendered = render(result, fmt)
    if output is None:
        assert isinstance(rendered, str)
        sys.stdout.write(rendered)
    else:
        from soc2cli.assessment import atomic_write

        data = rendered if isinstance(rendered, bytes) else rendered.encode("utf-8")
        atomic_write(output, data, backup=False)
        ui.status(f"wrote {output}")
    for warning in result.warnings:
        ui.warn(f"{file}: {warning}")
    summary = result.summary
    if summary.draft:
        ui.warn(
            f"{file}: draft: {summary.applicable - summary.answered} of {summary.applicable} "
            "applicable controls not yet answered"
        )
    if require_complete and summary.draft:
        raise FindingError(
            f"{file} is a draft: {summary.applicable - summary.answered} applicable controls "
            "are unanswered (--require-complete)"
        )
    if fail_under is not None:
        readiness = result.summary.readiness * 100
        if readiness < fail_under:
            label = "Type II" if result.summary.report_type.value == "type2" else "Type I"
            raise FindingError(
                f"{label} readiness {readiness:.1f} % is below --fail-under {fail_under:g} %"
            )


@app.command("assess")
def assess(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[FILE]...",
            help="The assessment file, created when missing (default assessment.yaml). "
            "Several files only with --non-interactive.",
            show_default=False,
        ),
    ] = None,
    non_interactive: Annotated[
        bool,
        typer.Option(
            "--non-interactive", help="Never prompt: validate FILE and list what is unanswered."
        ),
    ] = False,
    section: Annotated[
        str | None,
        typer.Option(
            "--section",
            help="Only this section: a domain (access_control), prefix (AC) or series (CC6).",
        ),
    ] = None,
    review: Annotated[
        bool, typer.Option("--review", help="Walk the answered questions again.")
    ] = False,
    only_unanswered: Annotated[
        bool,
        typer.Option(
            "--only-unanswered/--all", help="Ask only unanswered questions (the default) or all."
        ),
    ] = True,
    rescope: Annotated[
        bool, typer.Option("--rescope", help="Ask the scoping questions again.")
    ] = False,
    import_: Annotated[
        Path | None,
        typer.Option(
            "--import",
            help="Read answers from a questionnaire workbook (soc2 questionnaire export) into FILE.",
            show_default=False,
        ),
    ] = None,
    partial: Annotated[
        bool,
        typer.Option(
            "--partial", help="With --import: import the valid rows even if others have errors."
        ),
    ] = False,
    catalogue: CatalogueOpt = None,
) -> None:
    """Scope the audit, then rate each applicable control; saves after every answer and resumes."""
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, unknown_answers

    paths = files or [Path("assessment.yaml")]
    cat = _load_catalogue(catalogue)
    if import_ is not None:
        if len(paths) != 1:
            raise UsageError("--import takes one assessment file")
        _import_questionnaire(cat, paths[0], import_, partial=partial)
        return
    if non_interactive:
        for path in paths:
            assessment = load_assessment(path, cat)
            for control_id in unknown_answers(assessment, cat):
                ui.warn(
                    f"{path}: answers.{control_id}: not a control in the catalogue; kept, not scored"
                )
            _print_unanswered(cat, assessment, path)
        return
    if len(paths) != 1:
        raise UsageError("the interview takes one file; several files only with --non-interactive")
    file = paths[0]
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise UsageError(
            "soc2 assess needs a terminal to ask questions; in CI or scripts use "
            f"'soc2 assess {file} --non-interactive'"
        )
    existing = load_assessment(file, cat) if file.exists() else None
    _interview(
        cat,
        file,
        existing,
        section=section,
        review=review,
        only_unanswered=only_unanswered,
        rescope=rescope,
    )


def _import_questionnaire(cat: "Catalogue", file: Path, workbook: Path, *, partial: bool) -> None:
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, now_utc, save_assessment
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
    save_assessment(merged, file)
    typer.echo(
        f"imported {changed} changed answer(s) into {file}; {imported.skipped} row(s) without a "
        f"status left as they were"
        + (f"; {len(imported.errors)} row(s) rejected" if imported.errors else "")
    )


evidence_app = typer.Typer(
    help="The evidence register: what proves each control operated, and when.", no_args_is_help=True
)
app.add_typer(evidence_app, name="evidence")


@evidence_app.command("add")
def evidence_add(
    file: Annotated[Path, typer.Argument(help="The assessment file.")],
    control: Annotated[str, typer.Argument(help="The control the evidence is for (e.g. AC-06).")],
    title: Annotated[str, typer.Option("--title", help="What the evidence is.")],
    on: Annotated[
        str | None, typer.Option("--date", help="When it was produced (YYYY-MM-DD).")
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", help="Instead of --date, the period it covers: START..END."),
    ] = None,
    location: Annotated[
        str, typer.Option("--location", help="Where it lives: a path or URL (never fetched).")
    ] = "",
    by: Annotated[str | None, typer.Option("--by", help="Who produced it.")] = None,
    planned: Annotated[
        bool,
        typer.Option(
            "--planned",
            help="Record evidence expected on a future date; it counts only once the flag is "
            "removed from the file.",
        ),
    ] = False,
    catalogue: CatalogueOpt = None,
) -> None:
    """Record one piece of evidence for a control."""
    from soc2cli.assessment import CoveredPeriod, EvidenceItem, load_assessment, save_assessment

    cat = _load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    control_id = control.strip().upper()
    if cat.control(control_id) is None:
        raise UsageError(
            f"unknown control {control!r}; see 'soc2 catalogue list' and 'soc2 catalogue show ID'"
        )
    if (on is None) == (period is None):
        raise UsageError("give either --date YYYY-MM-DD or --period START..END")
    if not title.strip():
        raise UsageError("--title cannot be empty")
    if on is not None:
        item = EvidenceItem(
            title=title.strip(), on=_parse_day(on, "--date"), location=location, produced_by=by
        )
    else:
        assert period is not None
        start, sep, end = period.partition("..")
        if not sep:
            raise UsageError("--period takes START..END, e.g. 2027-03-01..2027-03-31")
        first, last = _parse_day(start, "--period"), _parse_day(end, "--period")
        if last < first:
            raise UsageError("--period must not end before it starts")
        item = EvidenceItem(
            title=title.strip(),
            period=CoveredPeriod(start=first, end=last),
            location=location,
            produced_by=by,
        )
    today = _as_of(None)
    if item.last_day > today and not planned:
        raise UsageError(
            f"{item.last_day.isoformat()} is after today ({today.isoformat()}): evidence records "
            "what already happened; give --planned to record expected evidence"
        )
    if planned:
        item = item.model_copy(update={"planned": True})
    register = dict(assessment.evidence)
    register[control_id] = [*register.get(control_id, []), item]
    save_assessment(assessment.model_copy(update={"evidence": register}), file)
    typer.echo(f"added evidence for {control_id} ({len(register[control_id])} item(s)) to {file}")


def _parse_day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date (expected YYYY-MM-DD)") from None


@evidence_app.command("list")
def evidence_list(
    file: Annotated[Path, typer.Argument(help="The assessment file.")],
    control: Annotated[str | None, typer.Option("--control", help="Only this control.")] = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """List the evidence register, with the window checks for a Type II."""
    from soc2cli import __version__
    from soc2cli.assessment import load_assessment
    from soc2cli.scoring import score

    cat = _load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    wanted = control.strip().upper() if control else None
    if wanted and cat.control(wanted) is None and wanted not in assessment.evidence:
        raise UsageError(f"unknown control {control!r}")
    result = score(cat, assessment, as_of=_as_of(None), tool_version=__version__)
    checks = {c.control: c for c in result.evidence.checks}
    shown = 0
    for control_id in sorted(assessment.evidence):
        if wanted and control_id != wanted:
            continue
        for item in assessment.evidence[control_id]:
            when = item.on.isoformat() if item.on else f"{item.first_day}..{item.last_day}"
            extra = f"  {item.location}" if item.location else ""
            typer.echo(f"{control_id:8} {when:22} {item.title}{extra}")
            shown += 1
        check = checks.get(control_id)
        if check and check.missing:
            typer.echo(f"{'':8} missing: {', '.join(check.missing)}")
        if check and check.stale:
            typer.echo(
                f"{'':8} stale: the newest evidence is older than a {check.frequency.value} control allows"
            )
    if not shown:
        typer.echo(
            "no evidence recorded"
            + (f" for {wanted}" if wanted else "")
            + f"; add some with: soc2 evidence add {file} CONTROL --date YYYY-MM-DD --title TEXT"
        )


questionnaire_app = typer.Typer(
    help="Spreadsheet questionnaires for clients who prefer Excel.", no_args_is_help=True
)
app.add_typer(questionnaire_app, name="questionnaire")


@questionnaire_app.command("export")
def questionnaire_export(
    file: Annotated[
        Path, typer.Argument(help="The assessment file (its scope decides the questions).")
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="The .xlsx file to write.")],
    catalogue: CatalogueOpt = None,
) -> None:
    """Write the applicable questions to a workbook with a status drop-down, notes and owner."""
    from soc2cli import ui
    from soc2cli.assessment import atomic_write, load_assessment
    from soc2cli.questionnaire import export

    _check_output_path(output)
    cat = _load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    atomic_write(output, export(cat, assessment), backup=False)
    ui.status(f"wrote {output}; import the answers with: soc2 assess {file} --import {output}")


def _print_unanswered(cat: "Catalogue", assessment: object, file: Path) -> None:
    from soc2cli.assessment import Assessment
    from soc2cli.models import Status
    from soc2cli.scoring import applicability

    assert isinstance(assessment, Assessment)
    applicable = [c for c in cat.controls if applicability(c, assessment.scope, cat).applicable]
    missing = [
        c
        for c in applicable
        if c.id not in assessment.answers or assessment.answers[c.id].status is Status.unknown
    ]
    typer.echo(
        f"{file}: valid; {len(applicable) - len(missing)} of {len(applicable)} applicable controls "
        f"answered, {len(missing)} unanswered or unknown"
    )
    for control in missing:
        state = "unknown" if control.id in assessment.answers else "unanswered"
        typer.echo(f"  {control.id}  {state}  {control.title}")


def _interview(
    cat: "Catalogue",
    file: Path,
    existing: object,
    *,
    section: str | None,
    review: bool,
    only_unanswered: bool,
    rescope: bool,
) -> None:
    from soc2cli import __version__
    from soc2cli.assessment import Assessment
    from soc2cli.interview import Interview, section_exists
    from soc2cli.prompts import TerminalPrompter
    from soc2cli.scoring import score

    assert existing is None or isinstance(existing, Assessment)
    if section is not None and not section_exists(cat, section):
        raise UsageError(
            f"--section: no section {section!r}; use a domain ({', '.join(d.id for d in cat.domains[:3])}, ...), "
            "a control prefix (AC) or a criterion series (CC6)"
        )
    prompter = TerminalPrompter()
    interview = Interview(cat, file, prompter)
    interview.assessment = existing
    resume = f"soc2 assess {file}"
    try:
        if existing is not None and not rescope and not existing.answers:
            # Scoping saves as it goes, so an interrupted scoping leaves a file with no answers.
            rescope = prompter.confirm(
                "No answers yet. Go through the scoping questions first (your earlier answers are the defaults)?",
                default=True,
            )
        if existing is None or rescope:
            scope = interview.scope(existing.scope if existing else None)
        else:
            scope = existing.scope
            typer.echo(
                f"Resuming {file} for {scope.organization} ({len(existing.answers)} answers so far)."
            )
        finished = interview.run_questions(
            scope, section=section, review=review, only_unanswered=only_unanswered
        )
    except KeyboardInterrupt:
        if interview.assessment is None:
            sys.stderr.write("\ninterrupted before anything was entered; nothing saved\n")
        else:
            sys.stderr.write(
                f"\ninterrupted; everything answered is saved in {file}. Resume with: {resume}\n"
            )
        raise typer.Exit(130) from None
    assert interview.assessment is not None
    result = score(cat, interview.assessment, as_of=_as_of(None), tool_version=__version__)
    s = result.summary
    label = "Type II" if s.report_type.value == "type2" else "Type I"
    typer.echo("")
    typer.echo(
        f"{label} readiness so far: {s.readiness * 100:.0f} % · {s.gaps_total} gap(s) · "
        f"{len(result.follow_ups)} follow-up(s)"
    )
    if not finished:
        typer.echo(f"Saved {file}. Resume with: {resume}")
    typer.echo(f"Next: soc2 report {file} --format html -o report.html")


class DiffFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"


class FailOn(StrEnum):
    regression = "regression"
    never = "never"


@app.command("diff")
def diff(
    old: Annotated[
        str,
        typer.Argument(
            help="Old assessment or JSON report: a path or REV:PATH (e.g. main:assessment.yaml)."
        ),
    ],
    new: Annotated[str, typer.Argument(help="New assessment or JSON report: a path or REV:PATH.")],
    fmt: Annotated[
        DiffFormat,
        typer.Option("--format", "-f", help="text for people, md for PR comments, json."),
    ] = DiffFormat.text,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on", help="Exit 1 on a regression (a control down, a new gap, readiness down)."
        ),
    ] = FailOn.regression,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Compare two assessments or reports; exit 1 on a regression (CI)."""
    from soc2cli import __version__
    from soc2cli.diff import compare
    from soc2cli.formats import diff as diff_format
    from soc2cli.inputs import load_report

    if output is not None:
        _check_output_path(output)
    cat = _load_catalogue(catalogue)
    start = _as_of(None)
    old_report = load_report(old, cat, as_of=start, tool_version=__version__)
    new_report = load_report(new, cat, as_of=start, tool_version=__version__)
    result = compare(old_report, new_report, old_label=old, new_label=new)
    renderer = {
        DiffFormat.text: diff_format.render_text,
        DiffFormat.md: diff_format.render_md,
        DiffFormat.json: diff_format.render_json,
    }[fmt]
    text = renderer(result)
    if output is None:
        sys.stdout.write(text)
    else:
        from soc2cli.assessment import atomic_write

        atomic_write(output, text.encode("utf-8"), backup=False)
    if fail_on is FailOn.regression and result.regression:
        raise FindingError(
            f"readiness regressed: {'; '.join(result.reasons[:3])}"
            + (" ..." if len(result.reasons) > 3 else "")
        )


from soc2cli.cli_policies import register as _register_policies  # noqa: E402

_register_policies(app)


def _fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"error: {message}\n")
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one error handler around the whole app (SPEC 5)."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    # A short-lived process building many small objects: the cyclic collector's full passes
    # grow with the heap and made large catalogues superlinear. Collect rarely instead.
    gc.set_threshold(100_000, 50, 100)
    try:
        app(args=args, prog_name="soc2", standalone_mode=True)
    except SystemExit:
        raise
    except Soc2Error as exc:
        if debug:
            raise
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:
        if debug:
            raise
        _fail(f"unexpected error: {type(exc).__name__}: {exc} (rerun with --debug for details)", 1)
