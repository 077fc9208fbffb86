"""`soc2 audit set|add-exception|close|import`, `soc2 rfp` and `soc2 bridge-letter` (SPEC 7.5):
choosing the audit firm, and the last audit's report and exceptions once it arrives."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from soc2cli.audit import RfpFormat
from soc2cli.cli.options import (
    AsOfOpt,
    AssessmentArg,
    CatalogueOpt,
    OutputOpt,
    as_of,
    check_output_path,
    load_catalogue,
    sub_app,
    write_output,
)

if TYPE_CHECKING:
    from soc2cli.audit.exceptions import ExceptionInput
    from soc2cli.catalogue import Catalogue

app = sub_app("The last audit: its report, opinion and exceptions (SPEC 7.5).")

ControlArg = Annotated[str, typer.Argument(help="The catalogue control (e.g. AC-06).")]
DescriptionOpt = Annotated[
    str, typer.Option("--description", help="What the auditor found, in the report's words.")
]
CriteriaOpt = Annotated[
    str | None,
    typer.Option("--criteria", help="The criteria the auditor cited: 'CC6.1, CC6.2'."),
]
ResponseOpt = Annotated[
    str | None, typer.Option("--response", help="Management's response, as in the report.")
]
OwnerOpt = Annotated[str | None, typer.Option("--owner", help="Who remediates it.")]
DueOpt = Annotated[str | None, typer.Option("--due", help="When remediation is due (YYYY-MM-DD).")]
StatusOpt = Annotated[
    str | None,
    typer.Option(
        "--status",
        help="open (the default for a new exception: a gap) or closed (remediated).",
        show_default=False,
    ),
]


@app.command("set")
def audit_set(
    file: AssessmentArg,
    auditor: Annotated[str | None, typer.Option("--auditor", help="The audit firm.")] = None,
    report_type: Annotated[
        str | None, typer.Option("--report-type", help="type1 or type2.")
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", help="Type II: the period the report covers, START..END."),
    ] = None,
    on: Annotated[
        str | None, typer.Option("--date", help="Type I: the date of the report (YYYY-MM-DD).")
    ] = None,
    opinion: Annotated[
        str | None,
        typer.Option("--opinion", help="unmodified, qualified, adverse or disclaimer."),
    ] = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Record the last audit: auditor, report type, period or date, opinion."""
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, save_assessment
    from soc2cli.audit.exceptions import AuditFacts, record_audit
    from soc2cli.errors import UsageError

    if period is not None and on is not None:
        raise UsageError("give --period (Type II) or --date (Type I), not both")
    facts = AuditFacts(
        auditor=_text(auditor, "--auditor"),
        report_type=_report_type(report_type) if report_type is not None else None,
        period=_period(period) if period is not None else None,
        on=_date(on, "--date") if on is not None else None,
        opinion=_opinion(opinion) if opinion is not None else None,
    )
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    updated = record_audit(assessment, facts)
    save_assessment(updated, file, cat)
    ui.line(f"recorded the last audit in {file}")


@app.command("add-exception")
def audit_add_exception(
    file: AssessmentArg,
    control: ControlArg,
    description: DescriptionOpt,
    criteria: CriteriaOpt = None,
    response: ResponseOpt = None,
    owner: OwnerOpt = None,
    due: DueOpt = None,
    status: StatusOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Record an exception the auditor reported; the same control and description updates it."""
    from soc2cli.audit.exceptions import ExceptionInput, known_control

    cat = load_catalogue(catalogue)
    control_id = known_control(cat, control)
    given = ExceptionInput(
        control=control_id,
        description=_text(description, "--description") or "",
        criteria=_criteria(cat, criteria),
        management_response=response,
        owner=owner,
        due_date=_date(due, "--due") if due is not None else None,
        status=_status(status) if status is not None else None,
    )
    _record(cat, file, given)


def _record(cat: "Catalogue", file: Path, given: "ExceptionInput") -> None:
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, save_assessment
    from soc2cli.audit.exceptions import not_applicable_reason, record_exception
    from soc2cli.audit.records import ExceptionStatus

    assessment = load_assessment(file, cat)
    updated, new = record_exception(assessment, given)
    save_assessment(updated, file, cat)
    audit = updated.audit
    assert audit is not None
    recorded = next(e for e in audit.exceptions if e.same_finding(given.control, given.description))
    kind = "an open" if recorded.status is ExceptionStatus.open else "a closed"
    ui.line(
        f"{'added' if new else 'updated'} {kind} audit exception for "
        f"{given.control} in {file} ({len(audit.open_exceptions)} open, "
        f"{len(audit.exceptions) - len(audit.open_exceptions)} closed)"
    )
    reason = not_applicable_reason(cat, updated, given.control)
    if reason:
        ui.warn(f"{given.control} is not a gap in this scope ({reason}); the exception is kept")
    elif recorded.status is ExceptionStatus.open:
        ui.line(
            f"It is a gap (audit exception) until closed: soc2 audit close {file} {given.control}"
        )


@app.command("close")
def audit_close(
    file: AssessmentArg,
    control: ControlArg,
    description: Annotated[
        str | None,
        typer.Option(
            "--description", help="Which exception, when the control has more than one open."
        ),
    ] = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Close a remediated exception: it is no longer a gap."""
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, save_assessment
    from soc2cli.audit.exceptions import close_exception, known_control

    cat = load_catalogue(catalogue)
    control_id = known_control(cat, control)
    assessment = load_assessment(file, cat)
    updated, closed = close_exception(assessment, control_id, description)
    save_assessment(updated, file, cat)
    ui.line(f"closed the audit exception for {control_id} in {file}: {closed.description}")


@app.command("import")
def audit_import(
    file: AssessmentArg,
    exceptions: Annotated[
        Path,
        typer.Argument(
            metavar="EXCEPTIONS.csv",
            help="A CSV with the columns control, criteria, description, management_response, "
            "owner, due_date, status (control and description required).",
        ),
    ],
    catalogue: CatalogueOpt = None,
) -> None:
    """Import exceptions from a CSV; one already recorded (same control and description) is
    updated. If any row is wrong, nothing is imported."""
    from soc2cli import files, ui
    from soc2cli.assessment import load_assessment, save_assessment
    from soc2cli.audit.exceptions import import_exceptions, parse_exceptions_csv
    from soc2cli.errors import InputError

    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    parsed = parse_exceptions_csv(files.load_text(exceptions, what="exceptions file"), cat)
    for problem in parsed.errors:
        column = f": {problem.column}" if problem.column else ""
        ui.error_line(f"{exceptions}:{problem.line}{column}: {problem.message}")
    if parsed.errors:
        raise InputError(f"{len(parsed.errors)} problem(s); nothing imported", file=str(exceptions))
    updated, added, changed = import_exceptions(assessment, parsed.rows)
    save_assessment(updated, file, cat)
    ui.line(f"imported {added} new and {changed} updated audit exception(s) into {file}")


def _text(value: str | None, option: str) -> str | None:
    from soc2cli.errors import UsageError

    if value is not None and not value.strip():
        raise UsageError(f"{option} must not be empty")
    return value.strip() if value is not None else None


def _date(value: str, option: str) -> "date":
    from soc2cli.dates import parse_date

    return parse_date(value, option)


def _period(value: str) -> "AuditPeriod":
    from pydantic import ValidationError

    from soc2cli.audit.records import AuditPeriod
    from soc2cli.errors import UsageError

    start, sep, end = value.partition("..")
    if not sep:
        raise UsageError(f"--period: {value!r} is not a period (expected START..END)")
    try:
        return AuditPeriod(start=_date(start, "--period"), end=_date(end, "--period"))
    except ValidationError:
        raise UsageError(f"--period: {value!r} ends before it starts") from None


def _opinion(value: str) -> "Opinion":
    from pydantic import ValidationError

    from soc2cli.audit.records import Audit, Opinion
    from soc2cli.errors import UsageError

    try:
        opinion = Audit.model_validate({"opinion": value}).opinion
    except ValidationError:
        choices = ", ".join(o.value for o in Opinion)
        raise UsageError(f"--opinion: {value!r} is not one of {choices}") from None
    assert opinion is not None
    return opinion


def _report_type(value: str) -> "ReportType":
    from soc2cli.errors import UsageError
    from soc2cli.vocabulary import ReportType

    try:
        return ReportType(value.strip().lower())
    except ValueError:
        raise UsageError(f"--report-type: {value!r} is not type1 or type2") from None


def _status(value: str) -> "ExceptionStatus":
    from soc2cli.audit.records import ExceptionStatus
    from soc2cli.errors import UsageError

    try:
        return ExceptionStatus(value.strip().lower())
    except ValueError:
        raise UsageError(f"--status: {value!r} is not open or closed") from None


def _criteria(cat: "Catalogue", value: str | None) -> list[str] | None:
    from soc2cli.audit.exceptions import criteria_ids
    from soc2cli.errors import UsageError

    if value is None:
        return None
    try:
        return criteria_ids(cat, value)
    except ValueError as exc:
        raise UsageError(f"--criteria: {exc}") from None


BidderOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--bidder",
        help="With --format xlsx or csv: a firm to compare (repeatable; default three blank "
        "columns).",
        show_default=False,
    ),
]


def rfp(
    file: AssessmentArg,
    fmt: Annotated[
        RfpFormat,
        typer.Option(
            "--format",
            "-f",
            help="md or html: the request for proposal; xlsx or csv: the bidder comparison sheet.",
        ),
    ] = RfpFormat.md,
    output: OutputOpt = None,
    bidder: BidderOpt = None,
    as_of_date: AsOfOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """The request for proposal to send to audit firms, or the sheet to compare their bids."""
    from soc2cli import __version__
    from soc2cli.assessment import load_assessment
    from soc2cli.audit import bidders
    from soc2cli.audit.rfp import render_rfp, rfp_facts
    from soc2cli.errors import UsageError
    from soc2cli.scoring import score

    if fmt is RfpFormat.xlsx and output is None:
        raise UsageError("the xlsx sheet is binary: give a file with -o, e.g. -o bidders.xlsx")
    start = as_of(as_of_date)
    check_output_path(output)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    report = score(cat, assessment, as_of=start, tool_version=__version__)
    facts = rfp_facts(cat, assessment, report)
    names = [n.strip() for n in bidder or [] if n.strip()]
    if fmt is RfpFormat.xlsx:
        write_output(output, bidders.render_xlsx(facts, names))
    elif fmt is RfpFormat.csv:
        write_output(output, bidders.render_csv(facts, names))
    else:
        write_output(output, render_rfp(facts, fmt.value))


def bridge_letter(
    file: AssessmentArg,
    as_of_date: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="The last day the letter covers (default: SOURCE_DATE_EPOCH or today), "
            "YYYY-MM-DD.",
        ),
    ] = None,
    output: OutputOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Draft the bridge letter for customers: from the end of the last audit to --as-of."""
    from soc2cli.assessment import load_assessment
    from soc2cli.audit.bridge import bridge_letter as draft

    until = as_of(as_of_date)
    check_output_path(output)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    write_output(output, draft(cat, assessment, until, _history(file)))


def _history(file: Path) -> "list[FileChange] | None":
    """The commits that changed ``file``; None when it is not in a git repository."""
    from soc2cli.errors import InputError
    from soc2cli.files import git

    try:
        return git.file_history(file)
    except InputError:
        return None


def register(parent: typer.Typer) -> None:
    parent.add_typer(app, name="audit")
    parent.command("rfp")(rfp)
    parent.command("bridge-letter")(bridge_letter)


if TYPE_CHECKING:
    from datetime import date

    from soc2cli.audit.records import AuditPeriod, ExceptionStatus, Opinion
    from soc2cli.files.git import FileChange
    from soc2cli.vocabulary import ReportType
