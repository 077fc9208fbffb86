"""Pure: the last audit's exceptions recorded in the assessment: added, updated, closed, imported.

An exception already recorded for the same control and description is the same finding: adding or
importing it again updates it (the fields given replace the recorded ones), never duplicates it.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from soc2cli.applicability import applicability
from soc2cli.audit.records import Audit, AuditException, AuditPeriod, ExceptionStatus, Opinion
from soc2cli.errors import UsageError
from soc2cli.vocabulary import ReportType, Status

if TYPE_CHECKING:
    from soc2cli.assessment import Assessment
    from soc2cli.catalogue import Catalogue

COLUMNS = (
    "control",
    "criteria",
    "description",
    "management_response",
    "owner",
    "due_date",
    "status",
)
REQUIRED_COLUMNS = ("control", "description")
T = TypeVar("T")


@dataclass(frozen=True)
class ExceptionInput:
    """One exception as given on the command line or in a CSV row; None: keep what is recorded."""

    control: str
    description: str
    criteria: list[str] | None = None
    management_response: str | None = None
    owner: str | None = None
    due_date: date | None = None
    status: ExceptionStatus | None = None


def _merged(recorded: AuditException | None, given: ExceptionInput) -> AuditException:
    base = recorded or AuditException(control=given.control, description=given.description)
    update: dict[str, object] = {"description": given.description}
    for key in ("criteria", "management_response", "owner", "due_date", "status"):
        value = getattr(given, key)
        if value is not None:
            update[key] = value
    return base.model_copy(update=update)


def record_exception(assessment: Assessment, given: ExceptionInput) -> tuple[Assessment, bool]:
    """``assessment`` with the exception recorded, and whether it is new (else it was updated)."""
    audit = assessment.audit or Audit()
    exceptions = list(audit.exceptions)
    for index, recorded in enumerate(exceptions):
        if recorded.same_finding(given.control, given.description):
            exceptions[index] = _merged(recorded, given)
            new = False
            break
    else:
        exceptions.append(_merged(None, given))
        new = True
    updated = audit.model_copy(update={"exceptions": exceptions})
    return assessment.model_copy(update={"audit": updated}), new


def close_exception(
    assessment: Assessment, control: str, description: str | None
) -> tuple[Assessment, AuditException]:
    """``assessment`` with one open exception of ``control`` closed; which one, if it has several,
    ``description`` says."""
    audit = assessment.audit
    candidates = [
        (i, e)
        for i, e in enumerate(audit.exceptions if audit is not None else [])
        if e.control == control and e.status is ExceptionStatus.open
    ]
    if description is not None:
        candidates = [(i, e) for i, e in candidates if e.same_finding(control, description)]
    if not candidates:
        what = " with that description" if description is not None else ""
        raise UsageError(f"{control} has no open audit exception{what}; see 'soc2 report'")
    if len(candidates) > 1:
        listed = "; ".join(repr(e.description) for _, e in candidates)
        raise UsageError(
            f"{control} has {len(candidates)} open audit exceptions; name one with "
            f"--description: {listed}"
        )
    index, exception = candidates[0]
    closed = exception.model_copy(update={"status": ExceptionStatus.closed})
    assert audit is not None  # a candidate was found in it
    exceptions = [*audit.exceptions[:index], closed, *audit.exceptions[index + 1 :]]
    updated = audit.model_copy(update={"exceptions": exceptions})
    return assessment.model_copy(update={"audit": updated}), closed


@dataclass(frozen=True)
class AuditFacts:
    """The header of the ``audit:`` block as given on the command line; None: keep."""

    auditor: str | None = None
    report_type: ReportType | None = None
    period: AuditPeriod | None = None
    on: date | None = None
    opinion: Opinion | None = None


def record_audit(assessment: Assessment, facts: AuditFacts) -> Assessment:
    """``assessment`` with the last audit's auditor, type, period (or date) and opinion set.

    A period replaces a recorded date and a date a recorded period; the exceptions stay.
    """
    audit = assessment.audit or Audit()
    update: dict[str, object] = {}
    if facts.auditor is not None:
        update["auditor"] = facts.auditor
    if facts.report_type is not None:
        update["report_type"] = facts.report_type
    if facts.period is not None:
        update |= {"period": facts.period, "on": None}
    if facts.on is not None:
        update |= {"on": facts.on, "period": None}
    if facts.opinion is not None:
        update["opinion"] = facts.opinion
    return assessment.model_copy(update={"audit": audit.model_copy(update=update)})


def known_control(catalogue: Catalogue, given: str) -> str:
    """The catalogue's id for ``given`` (any case); UsageError when the catalogue lacks it."""
    control_id = given.strip().upper()
    if catalogue.control(control_id) is None:
        raise UsageError(
            f"unknown control {given!r}; an exception is recorded against a catalogue control "
            "(see 'soc2 catalogue list' and 'soc2 catalogue show ID')"
        )
    return control_id


def criteria_ids(catalogue: Catalogue, text: str) -> list[str]:
    """Criterion ids from 'CC6.1, CC6.2' (commas, semicolons or spaces); ValueError if unknown."""
    ids = [part.upper() for part in re.split(r"[\s,;]+", text.strip()) if part]
    for criterion_id in ids:
        if catalogue.criterion(criterion_id) is None:
            raise ValueError(f"unknown criterion {criterion_id!r}")
    return ids


def not_applicable_reason(catalogue: Catalogue, assessment: Assessment, control: str) -> str:
    """Why ``control`` is not a gap in this scope (excluded, or answered not applicable); else ''."""
    found = catalogue.control(control)
    if found is None:
        return ""
    result = applicability(found, assessment.scope, catalogue)
    if not result.applicable:
        return result.reason or "excluded by the scope"
    answer = assessment.answers.get(control)
    if answer is not None and answer.status is Status.not_applicable:
        return "answered not applicable"
    return ""


@dataclass(frozen=True)
class RowError:
    """A problem in the exceptions CSV: the line, the column (if one) and what is wrong."""

    line: int
    column: str
    message: str


@dataclass(frozen=True)
class ParsedCsv:
    rows: list[ExceptionInput]
    errors: list[RowError]


def _column_name(header: str) -> str:
    return re.sub(r"[\s-]+", "_", header.strip().lower())


def _header(cells: list[str]) -> tuple[dict[str, int], list[RowError]]:
    names = [_column_name(c) for c in cells]
    errors = []
    for name in names:
        if name and name not in COLUMNS:
            close = difflib.get_close_matches(name, COLUMNS, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            errors.append(
                RowError(1, name, f"unknown column; expected {', '.join(COLUMNS)}" + hint)
            )
    for name in REQUIRED_COLUMNS:
        if name not in names:
            errors.append(RowError(1, name, "required column is missing"))
    return {name: i for i, name in enumerate(names) if name in COLUMNS}, errors


def parse_exceptions_csv(text: str, catalogue: Catalogue) -> ParsedCsv:
    """Every row of an exceptions CSV checked against the catalogue; nothing is half-read."""
    delimiter = ";" if ";" in text.split("\n", 1)[0] and "," not in text.split("\n", 1)[0] else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None:
            return ParsedCsv([], [RowError(1, "", "the file is empty; expected a header row")])
        columns, errors = _header(header)
        if errors:
            return ParsedCsv([], errors)
        rows: list[ExceptionInput] = []
        line = reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                row = _row(cells, columns, catalogue, line, errors)
                if row is not None:
                    rows.append(row)
            line = reader.line_num + 1
    except csv.Error as exc:
        return ParsedCsv([], [RowError(reader.line_num, "", f"not valid CSV: {exc}")])
    return ParsedCsv(rows, errors)


def _convert(
    value: dict[str, str],
    column: str,
    convert: Callable[[str], T],
    at: tuple[int, list[RowError]],
) -> T | None:
    """The cell converted; None when it is empty, or wrong (the problem is added to ``at``)."""
    text = value.get(column, "")
    if not text:
        return None
    try:
        return convert(text)
    except ValueError as exc:
        at[1].append(RowError(at[0], column, str(exc)))
        return None


def _row(
    cells: list[str],
    columns: dict[str, int],
    catalogue: Catalogue,
    line: int,
    errors: list[RowError],
) -> ExceptionInput | None:
    """One row; its problems are appended to ``errors`` and then it is None."""
    value = {name: cells[i].strip() if i < len(cells) else "" for name, i in columns.items()}
    found: list[RowError] = []
    control = value["control"].upper()
    if not control:
        found.append(RowError(line, "control", "required: the control id"))
    elif catalogue.control(control) is None:
        found.append(RowError(line, "control", f"unknown control {value['control']!r}"))
    if not value["description"]:
        found.append(RowError(line, "description", "required: what the auditor found"))
    at = (line, found)
    criteria = _convert(value, "criteria", lambda t: criteria_ids(catalogue, t), at)
    due = _convert(value, "due_date", _date, at)
    status = _convert(value, "status", _status, at)
    errors.extend(found)
    if found:
        return None
    return ExceptionInput(
        control=control,
        description=value["description"],
        criteria=criteria,
        management_response=value.get("management_response") or None,
        owner=value.get("owner") or None,
        due_date=due,
        status=status,
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None


def _status(text: str) -> ExceptionStatus:
    try:
        return ExceptionStatus(text.lower())
    except ValueError:
        raise ValueError(f"{text!r} is not a status (expected open or closed)") from None


def import_exceptions(
    assessment: Assessment, rows: list[ExceptionInput]
) -> tuple[Assessment, int, int]:
    """``assessment`` with every row recorded; how many were added and how many updated."""
    added = updated = 0
    for row in rows:
        assessment, new = record_exception(assessment, row)
        added += new
        updated += not new
    return assessment, added, updated
