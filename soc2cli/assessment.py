"""The assessment file: model, load (with located errors) and atomic, stable save."""

from __future__ import annotations

import difflib
import os
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import ConfigDict, Field, ValidationError, field_validator, model_validator

from soc2cli import files
from soc2cli.audit.records import Audit, audit_document
from soc2cli.errors import InputError, InputErrors
from soc2cli.files import LoadedYaml, parse_yaml
from soc2cli.interview_records import InterviewRecord, Person
from soc2cli.scanners.records import AutomatedResult, ScanRecord, Waiver
from soc2cli.subservice import ProviderEntry, SubserviceOrganization, provider_document
from soc2cli.vocabulary import Frozen, Hosting, NonEmpty, ReportType, Status

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue, Control

SCHEMA_VERSION = 2
DEFAULT_CAPACITY_DAYS_PER_WEEK = 5.0


class ObservationPeriod(Frozen):
    """The Type II observation window."""

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> ObservationPeriod:
        if self.end <= self.start:
            raise ValueError("observation period must end after it starts")
        months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month
        if self.end.day >= self.start.day:
            months += 1
        if months > 12 or (self.end - self.start).days < 28:
            raise ValueError("observation period must last between 1 and 12 months")
        return self

    @property
    def months(self) -> int:
        """Length in whole months, rounded to the nearest month."""
        return max(1, round((self.end - self.start).days / 30.44))


class System(Frozen):
    """A system in scope of the audit."""

    name: NonEmpty
    description: str = ""


class FeeRange(Frozen):
    """An external audit fee range, as the user was quoted or budgets it (never estimated)."""

    min: Annotated[float, Field(gt=0)]
    max: Annotated[float, Field(gt=0)]

    @model_validator(mode="after")
    def _ordered(self) -> FeeRange:
        if self.max < self.min:
            raise ValueError("the fee range's min must not be more than its max")
        return self


class Scope(Frozen):
    """What the audit covers."""

    organization: NonEmpty
    report_type: ReportType = ReportType.type1
    categories: list[str] = Field(default_factory=lambda: ["security"])
    observation_period: ObservationPeriod | None = None
    hosting: Hosting = Hosting.cloud
    subservice_organizations: list[ProviderEntry] = Field(
        default_factory=list,
        description="The providers the system relies on: a name, or {name, services, method}",
    )
    systems: list[System] = Field(default_factory=list)
    data_types: list[str] = Field(default_factory=list)
    target_date: date | None = None
    capacity_days_per_week: Annotated[float, Field(gt=0, le=100)] | None = Field(
        default=None,
        description="Person-days a week the team can spend on remediation (default 5: one person)",
    )
    # The company profile and budget, for the auditor RFP and the plan's budget (SPEC 7.5).
    employees: Annotated[int, Field(ge=1)] | None = Field(default=None, description="Headcount")
    locations: list[NonEmpty] = Field(
        default_factory=list, description="Where the company's people and offices are"
    )
    day_rate: Annotated[float, Field(gt=0)] | None = Field(
        default=None, description="Internal cost of one person-day, in scope.currency"
    )
    currency: str | None = Field(default=None, description="ISO 4217 code, such as USD or EUR")
    audit_fee: FeeRange | None = Field(
        default=None, description="The external audit fee range as quoted or budgeted"
    )
    people: list[Person] = Field(
        default_factory=list,
        description="The client's people and their roles, listed once; offered as owners "
        "and interview attendees",
    )

    @field_validator("currency")
    @classmethod
    def _currency_code(cls, value: str | None) -> str | None:
        if value is not None and not (len(value) == 3 and value.isascii() and value.isupper()):
            raise ValueError(
                "expected a three-letter currency code in capitals, such as USD or EUR"
            )
        return value

    @property
    def capacity(self) -> float:
        """The remediation capacity the plan uses."""
        if self.capacity_days_per_week is None:
            return DEFAULT_CAPACITY_DAYS_PER_WEEK
        return self.capacity_days_per_week

    @field_validator("categories")
    @classmethod
    def _no_duplicates(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("a category is listed twice")
        return value

    def in_scope(self, category: str) -> bool:
        """Security is always in scope, listed or not."""
        return category == "security" or category in self.categories


class Answer(Frozen):
    """One control's answer: how far it is implemented, and whether it is written down."""

    status: Status
    documented: bool = Field(
        default=False,
        description="A written policy, standard or procedure describes the control",
    )
    notes: str = ""
    owner: str | None = None
    answered_at: datetime | None = None

    @model_validator(mode="after")
    def _na_needs_reason(self) -> Answer:
        if self.status is Status.not_applicable and not self.notes.strip():
            raise ValueError("not_applicable needs notes saying why the control does not apply")
        return self


class CoveredPeriod(Frozen):
    """A stretch of time a piece of evidence covers (e.g. a log export for a month)."""

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> CoveredPeriod:
        if self.end < self.start:
            raise ValueError("period must not end before it starts")
        return self


class EvidenceItem(Frozen):
    """One piece of evidence in the register: produced on a date, or covering a period."""

    title: NonEmpty
    on: date | None = Field(default=None, alias="date")
    period: CoveredPeriod | None = None
    location: str = ""
    produced_by: str | None = None
    planned: bool = Field(
        default=False, description="Expected, not yet produced: never counts as evidence"
    )

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _dated(self) -> EvidenceItem:
        if (self.on is None) == (self.period is None):
            raise ValueError("evidence needs either a date or a period (start and end), not both")
        return self

    @property
    def first_day(self) -> date:
        return self.on if self.on is not None else self.period.start  # type: ignore[union-attr]

    @property
    def last_day(self) -> date:
        return self.on if self.on is not None else self.period.end  # type: ignore[union-attr]


class Assessment(Frozen):
    """A whole assessment file."""

    schema_version: int = SCHEMA_VERSION
    scope: Scope
    answers: dict[str, Answer] = Field(default_factory=dict)
    evidence: dict[str, list[EvidenceItem]] = Field(default_factory=dict)
    automated: dict[str, list[AutomatedResult]] = Field(
        default_factory=dict,
        description="Scanner results per control, one entry per imported file (soc2 import)",
    )
    scans: list[ScanRecord] = Field(
        default_factory=list, description="The imported scanner files (soc2 import)"
    )
    waivers: list[Waiver] = Field(
        default_factory=list, description="Scanner checks accepted as exceptions (soc2 waive)"
    )
    audit: Audit | None = Field(
        default=None, description="The last audit: report, opinion and exceptions (soc2 audit)"
    )
    interviews: list[InterviewRecord] = Field(
        default_factory=list,
        description="The interview sessions (soc2 assess): date, interviewer, attendees and "
        "the sections answered in each",
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Older files are read through the migrations, whichever way they reach the model.
        return migrate(dict(data)) if isinstance(data, dict) else data

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value > SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {value} is newer than this soc2 understands ({SCHEMA_VERSION}); "
                "upgrade soc2"
            )
        if value < 1:
            raise ValueError("schema_version must be 1 or more")
        return value


def _suggest(value: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


_FIELDS: dict[str, list[str]] = {
    "": list(Assessment.model_fields),
    "scope": list(Scope.model_fields),
    "observation_period": list(ObservationPeriod.model_fields),
    "systems": list(System.model_fields),
    "subservice_organizations": list(SubserviceOrganization.model_fields),
    "answers": list(Answer.model_fields),
    "evidence": ["title", "date", "period", "location", "produced_by", "planned"],
    "audit_fee": list(FeeRange.model_fields),
    "people": list(Person.model_fields),
    "interviews": list(InterviewRecord.model_fields),
    "audit": ["auditor", "report_type", "period", "date", "opinion", "exceptions"],
    "exceptions": [
        *("control", "criteria", "description", "management_response", "owner"),
        *("due_date", "status"),
    ],
}


def _field_choices(path: tuple[str | int, ...]) -> list[str]:
    names = [p for p in path[:-1] if isinstance(p, str)]
    if not names:
        return _FIELDS[""]
    if names[0] == "answers":
        return _FIELDS["answers"]
    if names[0] == "evidence":
        return ["start", "end"] if names[-1] == "period" else _FIELDS["evidence"]
    if names[0] == "audit" and names[-1] == "period":
        return ["start", "end"]
    return _FIELDS.get(names[-1], [])


def _describe(err: Any, path: tuple[str | int, ...]) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        key = str(path[-1]) if path else ""
        return f"unknown key {key!r}" + _suggest(key, _field_choices(path))
    if kind == "missing":
        return "required key is missing"
    if kind == "enum":
        value = str(err.get("input"))
        expected = err.get("ctx", {}).get("expected", "")
        choices = [s.strip(" '") for s in expected.replace(" or ", ",").split(",")]
        return f"{value!r} is not one of {expected}" + _suggest(value, choices)
    if kind in _PLAIN:
        return _PLAIN[kind]
    message = str(err["msg"])
    return message.removeprefix("Value error, ")


# pydantic's wording speaks of Python types; people editing YAML get these instead.
_PLAIN = {
    "dict_type": "expected a mapping of keys to values",
    "model_type": "expected a mapping of keys to values",
    "model_attributes_type": "expected a mapping of keys to values",
    "list_type": "expected a list",
    "string_type": "expected text",
    "string_too_short": "cannot be empty",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "date_type": "expected a date as YYYY-MM-DD",
    "date_parsing": "expected a date as YYYY-MM-DD",
    "date_from_datetime_parsing": "expected a date as YYYY-MM-DD",
    "date_from_datetime_inexact": "expected a date as YYYY-MM-DD",
    "datetime_type": "expected a timestamp such as 2026-11-26T12:00:00Z",
    "datetime_parsing": "expected a timestamp such as 2026-11-26T12:00:00Z",
    "datetime_from_date_parsing": "expected a timestamp such as 2026-11-26T12:00:00Z",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
}


def _to_error(doc: LoadedYaml, exc: ValidationError) -> InputError:
    """Every problem, in the order of the file; each one located."""
    errors = [(tuple(p for p in e["loc"] if isinstance(p, str | int)), e) for e in exc.errors()]
    # A misspelled key also makes the key it stands for "missing": report the misspelling only.
    misspelt = {
        (path[:-1], close)
        for path, e in errors
        if e["type"] == "extra_forbidden" and path
        for close in difflib.get_close_matches(str(path[-1]), _field_choices(path), n=1, cutoff=0.6)
    }
    problems = [
        doc.error(path, _read_as_boolean(doc, path, e) or _describe(e, path))
        for path, e in errors
        if not (
            path
            and (path[:-1], path[-1]) in misspelt
            and (e["type"] == "missing" or e.get("input", "") is None)
        )
    ]
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return problems[0] if len(problems) == 1 else InputErrors(problems)


def _read_as_boolean(doc: LoadedYaml, path: tuple[str | int, ...], err: Any) -> str | None:
    """For `status: yes` or `notes: on`: say that YAML read the word as true or false."""
    value = err.get("input")
    written = doc.booleans.get(path) if isinstance(value, bool) else None
    if written is None:
        return None
    said = f"{written!r} is read by YAML as the boolean {str(value).lower()}"
    if expected := err.get("ctx", {}).get("expected"):
        return f"{said}, not one of {expected}"
    return f"{said}; put it in quotes to keep it as text"


def _check_plain_values(doc: LoadedYaml) -> None:
    """What the models would take without a word but is not what the user meant: a schema
    version of ``true`` or ``1.0``, and dates past the last one soc2 works with."""
    version = doc.data.get("schema_version")
    if isinstance(version, bool | float):
        found = doc.booleans.get(("schema_version",)) or repr(version)
        raise doc.error(
            ("schema_version",),
            f"expected a whole number such as {SCHEMA_VERSION}, found {found}",
        )
    from soc2cli.dates import LAST_DATE

    if not _any_too_late(doc.data, LAST_DATE.year):
        return
    # There is one: walk again, noting key paths, to find the first in the file's order.
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), doc.data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):  # children pushed last first: found in the file's order
            stack += reversed([((*path, str(k)), v) for k, v in value.items()])
        elif isinstance(value, list):
            stack += reversed([((*path, i), v) for i, v in enumerate(value)])
        elif _year(value) > LAST_DATE.year:
            raise doc.error(
                path, f"{value} is too far ahead; the last date soc2 works with is {LAST_DATE}"
            )


def _any_too_late(data: Any, last_year: int) -> bool:
    """Whether any value is a date past ``last_year``: one quick pass, without key paths."""
    stack = [data]
    last = f"{last_year:04d}"
    while stack:
        value = stack.pop()
        if type(value) is str:  # most values: only text that starts with a digit is a date,
            # and a year past the last has more digits or compares higher as four digits.
            if (
                value[:1] in _DIGITS
                and (value[4:5] in _DIGITS or value[:4] > last)
                and _year(value) > last_year
            ):
                return True
        elif isinstance(value, dict):
            stack += value.values()
        elif isinstance(value, list):
            stack += value
        elif _year(value) > last_year:
            return True
    return False


_DIGITS = frozenset("0123456789")


_DATE_TEXT = re.compile(r"(\d{4,})-\d\d-\d\d(?:[T ][0-9:.+-]*Z?)?")


def _year(value: Any) -> int:
    if isinstance(value, date):  # datetimes too
        return value.year
    if isinstance(value, str) and (found := _DATE_TEXT.fullmatch(value)):
        return int(found.group(1))
    return 0


# Version 1 had one ladder with documentation on it; version 2 keeps it beside the status.
_V1_STATUS: dict[str, tuple[str, bool]] = {
    "documented": ("implemented", True),
    "operating": ("operating", True),
    "implemented": ("implemented", False),
}


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    answers = data.get("answers")
    if not isinstance(answers, dict):
        return data
    upgraded: dict[Any, Any] = {}
    for control_id, answer in answers.items():
        if isinstance(answer, dict) and "documented" not in answer:
            status = answer.get("status")
            new_status, documented = (
                _V1_STATUS.get(status, (status, False))
                if isinstance(status, str)
                else (status, False)
            )
            answer = {"status": new_status, "documented": documented} | {
                k: v for k, v in answer.items() if k != "status"
            }
        upgraded[control_id] = answer
    return {**data, "answers": upgraded}


# Upgrades of older assessment files, one step per schema version: MIGRATIONS[n] turns a
# version-n document into a version-(n+1) one. Version 1 is the first released format.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a document up to SCHEMA_VERSION, one step at a time."""
    version = data.get("schema_version", 1)
    if not isinstance(version, int):
        return data  # validation reports the bad value with its location
    while version < SCHEMA_VERSION and version in MIGRATIONS:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


def parse_assessment(
    text: str, file: str, catalogue: Catalogue | None = None, *, strict_ids: bool = False
) -> Assessment:
    """Parse assessment YAML text; any problem becomes a located InputError (every problem found,
    as InputErrors, when there are several).

    With a catalogue, the scope's categories and data types are checked against its vocabulary;
    with ``strict_ids`` too, an answer id that is a catalogue id written differently (``AC-6``)
    is an error.
    """
    doc = parse_yaml(text, file)
    if doc.data is None:
        raise InputError("the assessment file is empty; run 'soc2 assess' to create it", file=file)
    if not isinstance(doc.data, dict):
        raise InputError(
            "expected a mapping with 'scope' and 'answers' at the top, found "
            + {
                list: "a list",
                str: "text",
                int: "a number",
                float: "a number",
                bool: "true/false",
            }.get(type(doc.data), type(doc.data).__name__),
            file=file,
            line=1,
        )
    _check_plain_values(doc)
    try:
        assessment = Assessment.model_validate(migrate(dict(doc.data)))
    except ValidationError as exc:
        raise _to_error(doc, exc) from None
    if catalogue is not None:
        _check_vocabulary(doc, assessment, catalogue, strict_ids=strict_ids)
    return assessment


def _check_vocabulary(
    doc: LoadedYaml, assessment: Assessment, catalogue: Catalogue, *, strict_ids: bool
) -> None:
    """Categories and data types the catalogue knows; with ``strict_ids``, answer ids too."""
    problems: list[InputError] = []
    categories = [c.id for c in catalogue.categories]
    for i, category in enumerate(assessment.scope.categories):
        if category not in categories:
            problems.append(
                doc.error(
                    ("scope", "categories", i),
                    f"unknown category {category!r}; expected one of {', '.join(categories)}"
                    + _suggest(category, categories),
                )
            )
    data_types = [d.id for d in catalogue.data_types]
    for i, data_type in enumerate(assessment.scope.data_types):
        if data_type not in data_types:
            problems.append(
                doc.error(
                    ("scope", "data_types", i),
                    f"unknown data type {data_type!r}; expected one of {', '.join(data_types)}"
                    + _suggest(data_type, data_types),
                )
            )
    if strict_ids:
        for control_id, meant in misspelt_answers(assessment, catalogue).items():
            problems.append(
                doc.error(
                    ("answers", control_id),
                    f"{control_id!r} is not a control in the catalogue; did you mean {meant}?",
                )
            )
    if problems:
        raise problems[0] if len(problems) == 1 else InputErrors(problems)


def _id_key(control_id: str) -> str:
    """A control id with case, separators and leading zeros taken out: AC-6, ac-06, AC06 -> ac6."""
    parts = re.findall(r"[a-z]+|[0-9]+", control_id.lower())
    return "".join(p.lstrip("0") or "0" if p.isdigit() else p for p in parts)


def misspelt_answers(assessment: Assessment, catalogue: Catalogue) -> dict[str, str]:
    """Answer ids that are a catalogue control's id written differently (AC-6 for AC-06).

    Other unknown ids are kept without complaint: they may belong to another catalogue.
    """
    known = {_id_key(c.id): c.id for c in catalogue.controls}
    return {
        a: known[_id_key(a)]
        for a in sorted(assessment.answers)
        if catalogue.control(a) is None and _id_key(a) in known
    }


def unknown_id_warnings(
    assessment: Assessment, catalogue: Catalogue, file: str, *, shown: int = 10
) -> list[str]:
    """Warnings for answers and evidence filed under ids the catalogue does not know (kept, never
    dropped), each with a did-you-mean; past ``shown`` of them, one line with the count."""
    unknown = [("answers", a) for a in unknown_answers(assessment, catalogue)]
    unknown += [
        ("evidence", c) for c in sorted(assessment.evidence) if catalogue.control(c) is None
    ]
    # An id that is a catalogue id written differently (AC-6) is most likely a typo: those first.
    known = {_id_key(c.id) for c in catalogue.controls}
    unknown.sort(key=lambda entry: _id_key(entry[1]) not in known)
    lines = [
        f"{file}: {block}.{control_id}: not a control in the catalogue; kept, not "
        + ("scored" if block == "answers" else "counted")
        + _meant(control_id, catalogue)
        for block, control_id in unknown[:shown]
    ]
    if len(unknown) > shown:
        lines.append(
            f"{file}: and {len(unknown) - shown:,} more answer or evidence id(s) that are not "
            "controls in the catalogue (kept, not scored)"
        )
    return lines


def _meant(control_id: str, catalogue: Catalogue) -> str:
    known = {_id_key(c.id): c.id for c in catalogue.controls}
    if (same := known.get(_id_key(control_id))) is not None:
        return f" (did you mean {same!r}?)"
    close = difflib.get_close_matches(control_id, [c.id for c in catalogue.controls], 1, 0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_answers(assessment: Assessment, catalogue: Catalogue) -> list[str]:
    """Answered control ids the catalogue does not know (kept, never dropped)."""
    return sorted(a for a in assessment.answers if catalogue.control(a) is None)


def load_assessment(
    path: Path, catalogue: Catalogue | None = None, *, strict_ids: bool = False
) -> Assessment:
    """Read and validate an assessment file (``strict_ids``: see ``parse_assessment``); it is
    remembered as the base of this process's next save of the file."""
    text = files.load_text(path, what="assessment file")
    assessment = parse_assessment(text, str(path), catalogue, strict_ids=strict_ids)
    _BASES[_identity(path)] = _Base(assessment, text, assessment)
    return assessment


def _timestamp(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"


def to_document(assessment: Assessment, catalogue: Catalogue | None = None) -> dict[str, Any]:
    """Plain data in the file's stable key order, without empty optional keys.

    Answers follow the interview's order with a catalogue (ids it does not know last), else the
    order they have. The report type and hosting are written once chosen, never as defaults.
    """
    scope = _without_empty_lists(assessment.scope.model_dump(mode="python", exclude_none=True))
    if "subservice_organizations" in scope:
        providers = assessment.scope.subservice_organizations
        scope["subservice_organizations"] = [provider_document(p) for p in providers]
    _whole_numbers(scope)
    answers: dict[str, Any] = {}
    for control_id in answer_order(assessment, catalogue):
        answer = assessment.answers[control_id]
        entry: dict[str, Any] = {"status": answer.status.value}
        if answer.status is not Status.not_applicable:
            entry["documented"] = answer.documented
        if answer.notes:
            entry["notes"] = answer.notes
        if answer.owner:
            entry["owner"] = answer.owner
        if answer.answered_at is not None:
            entry["answered_at"] = _timestamp(answer.answered_at)
        answers[control_id] = entry
    for key in ("report_type", "hosting"):
        if key in assessment.scope.model_fields_set:
            scope[key] = getattr(assessment.scope, key).value
        else:
            scope.pop(key, None)
    ordered = {k: scope[k] for k in Scope.model_fields if k in scope}
    document: dict[str, Any] = {
        "schema_version": assessment.schema_version,
        "scope": ordered,
        "answers": answers,
    }
    if assessment.evidence:
        register: dict[str, Any] = {}
        for control_id in sorted(assessment.evidence):
            items = []
            for item in assessment.evidence[control_id]:
                record: dict[str, Any] = {"title": item.title}
                if item.on is not None:
                    record["date"] = item.on
                if item.period is not None:
                    record["period"] = {"start": item.period.start, "end": item.period.end}
                if item.location:
                    record["location"] = item.location
                if item.produced_by:
                    record["produced_by"] = item.produced_by
                if item.planned:
                    record["planned"] = True
                items.append(record)
            register[control_id] = items
        document["evidence"] = register
    _scanner_blocks(assessment, document)
    _audit_and_interviews(assessment, document)
    return document


def _without_empty_lists(scope: dict[str, Any]) -> dict[str, Any]:
    """The scope's optional lists only when they hold something; a person without a role is
    written as just a name."""
    for key in ("subservice_organizations", "locations", "people"):
        if not scope.get(key):
            scope.pop(key, None)
    if "people" in scope:
        scope["people"] = [{k: v for k, v in p.items() if v} for p in scope["people"]]
    return scope


def _audit_and_interviews(assessment: Assessment, document: dict[str, Any]) -> None:
    if assessment.audit is not None:
        document["audit"] = audit_document(assessment.audit)
    if assessment.interviews:
        document["interviews"] = [_interview_record(r) for r in assessment.interviews]


def _interview_record(record: InterviewRecord) -> dict[str, Any]:
    entry: dict[str, Any] = {"date": record.date}
    if record.interviewer:
        entry["interviewer"] = record.interviewer
    if record.attendees:
        entry["attendees"] = list(record.attendees)
    entry["sections"] = list(record.sections)
    return entry


def _whole_numbers(scope: dict[str, Any]) -> None:
    """Money written as the user would: ``800``, not ``800.0``."""
    if "day_rate" in scope:
        scope["day_rate"] = _number(scope["day_rate"])
    if "audit_fee" in scope:
        scope["audit_fee"] = {k: _number(v) for k, v in scope["audit_fee"].items()}


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _record(model: Any) -> dict[str, Any]:
    data: dict[str, Any] = model.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    for key in ("scanned_at",):
        if key in data:
            data[key] = _timestamp(getattr(model, key))
    return data


def _scanner_blocks(assessment: Assessment, document: dict[str, Any]) -> None:
    """The blocks `soc2 import` and `soc2 waive` write, in a stable order."""
    if assessment.automated:
        document["automated"] = {
            control_id: [
                _record(r) for r in sorted(results, key=lambda r: (r.scanned_at, r.sha256))
            ]
            for control_id, results in sorted(assessment.automated.items())
        }
    if assessment.scans:
        ordered = sorted(assessment.scans, key=lambda r: (r.scanned_at, r.sha256))
        document["scans"] = [_record(scan) for scan in ordered]
    if assessment.waivers:
        document["waivers"] = [_record(w) for w in assessment.waivers]


def question_order(catalogue: Catalogue) -> list[Control]:
    """Every control grouped by domain, in catalogue order: the order the interview asks them
    and the assessment file lists their answers."""
    grouped: dict[str, list[Control]] = {}
    for control in catalogue.controls:
        grouped.setdefault(control.domain, []).append(control)
    return [c for controls in grouped.values() for c in controls]


def answer_order(assessment: Assessment, catalogue: Catalogue | None) -> list[str]:
    """The answered ids in the order the file lists them: the interview's with a catalogue,
    else the order they already have (the file's, when it was read from one)."""
    if catalogue is None:
        return list(assessment.answers)
    known = [c.id for c in question_order(catalogue) if c.id in assessment.answers]
    return known + sorted(set(assessment.answers) - set(known))


def dump_assessment(assessment: Assessment, catalogue: Catalogue | None = None) -> str:
    """The YAML text of an assessment, stable for the same content.

    With a catalogue, each answer's first line carries the control's title as a comment.
    """
    document = to_document(assessment, catalogue)
    if catalogue is None or not document["answers"]:
        return files.dump_yaml(document)
    answers = document.pop("answers")
    rest = {k: document.pop(k) for k in list(document) if k not in ("schema_version", "scope")}
    parts = [files.dump_yaml(document), "answers:\n"]
    for control_id, entry in answers.items():
        control = catalogue.control(control_id)
        block = textwrap.indent(files.dump_yaml({control_id: entry}), "  ")
        if control is not None:
            first, _, tail = block.partition("\n")
            title = " ".join(control.title.split())
            block = f"{first}  # {title}\n{tail}" if first.endswith(":") else block
        parts.append(block)
    if rest:
        parts.append(files.dump_yaml(rest))
    return "".join(parts)


SCHEMA_HINT = "# yaml-language-server: $schema={}\n"
SCHEMA_PATH = "schemas/assessment.schema.json"


def save_assessment(
    assessment: Assessment,
    path: Path,
    catalogue: Catalogue | None = None,
    *,
    schema_hint: bool = False,
) -> None:
    """Save atomically (the old version kept as FILE.bak), keeping the user's comments; an
    unchanged file is not touched.

    A read-modify-write under FILE.lock: what another process saved since this one read the file
    (an `evidence add` during an interview, parallel imports) is kept, with this process's own
    changes on top. With ``schema_hint``, a new file starts with the editors' ``$schema`` line: the nearest
    ``schemas/assessment.schema.json`` above the file, else that path beside it.
    """
    key = _identity(path)
    with files.locked(path):
        current = files.read_current(path)
        merged = _with_their_changes(_BASES.get(key), assessment, current, path)
        text = dump_assessment(merged, catalogue)
        if schema_hint and current is None and not path.exists():
            found = files.find_upwards(path.parent, SCHEMA_PATH)
            target = os.path.relpath(found, path.parent) if found else SCHEMA_PATH
            text = SCHEMA_HINT.format(Path(target).as_posix()) + text
        else:
            text = files.keep_comments(current, text, file=str(path))
        files.write_if_changed(path, text.encode("utf-8"), backup=files.Backup.rolling)
    _BASES[key] = _Base(assessment, text, merged)


@dataclass(frozen=True)
class _Base:
    """What this process last read from, or saved to, an assessment file."""

    assessment: Assessment  # the version this process's next changes start from
    text: str  # the file's text then
    on_disk: Assessment  # what that text holds (the base, merged with others' changes)


# The base of the three-way merge that keeps changes another process saved in between.
_BASES: dict[str, _Base] = {}


def _identity(path: Path) -> str:
    return os.path.realpath(path)


def _with_their_changes(
    known: _Base | None, mine: Assessment, current: str | None, path: Path
) -> Assessment:
    """``mine``, with the changes saved on disk since its base was read kept beside its own."""
    if known is None or current is None:
        return mine
    base = known.assessment
    try:
        theirs = known.on_disk if current == known.text else parse_assessment(current, str(path))
    except InputError as exc:
        raise InputError(
            f"the file was changed since it was read and no longer loads ({exc.message}); "
            "nothing was saved: fix it, then run the command again",
            file=exc.file,
            line=exc.line,
            column=exc.column,
            key_path=exc.key_path,
        ) from None
    if theirs == base:
        return mine
    merged = merge_documents(to_document(base), to_document(mine), to_document(theirs))
    try:
        return Assessment.model_validate(merged)
    except ValidationError as exc:
        raise InputError(
            "the file was changed since it was read, and the two sets of changes do not fit "
            f"together ({exc.errors()[0]['msg']}); nothing was saved: run the command again",
            file=str(path),
        ) from None


_MISSING: Any = object()


def merge_documents(base: Any, mine: Any, theirs: Any) -> Any:
    """A three-way merge of plain data: each side's changes to ``base`` kept; mine win a conflict.

    Mappings merge key by key and lists item by item (items added on either side kept, items
    removed on either side gone), so two processes adding evidence to one control keep both.
    """
    if mine == base:
        return theirs
    if theirs == base:
        return mine
    if mine is _MISSING or theirs is _MISSING:  # removed on one side, changed on the other
        return theirs if mine is _MISSING else mine
    if isinstance(mine, dict) and isinstance(theirs, dict):
        base = base if isinstance(base, dict) else {}
        merged: dict[Any, Any] = {}
        for k in [*theirs, *(k for k in mine if k not in theirs)]:
            value = merge_documents(
                base.get(k, _MISSING), mine.get(k, _MISSING), theirs.get(k, _MISSING)
            )
            if value is not _MISSING:
                merged[k] = value
        return merged
    if isinstance(mine, list) and isinstance(theirs, list):
        base = base if isinstance(base, list) else []
        removed = [item for item in base if item not in mine]
        kept = [item for item in theirs if item not in removed]
        return kept + [item for item in mine if item not in base and item not in theirs]
    return mine
