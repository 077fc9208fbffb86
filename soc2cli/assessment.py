"""The assessment file: model, load (with located errors) and atomic, stable save."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import ConfigDict, Field, ValidationError, field_validator, model_validator

from soc2cli import files
from soc2cli.errors import InputError
from soc2cli.files import LoadedYaml, format_path, parse_yaml
from soc2cli.scanners.records import AutomatedResult, ScanRecord, Waiver
from soc2cli.vocabulary import Frozen, Hosting, NonEmpty, ReportType, Status

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue

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


class Scope(Frozen):
    """What the audit covers."""

    organization: NonEmpty
    report_type: ReportType = ReportType.type1
    categories: list[str] = Field(default_factory=lambda: ["security"])
    observation_period: ObservationPeriod | None = None
    hosting: Hosting = Hosting.cloud
    subservice_organizations: list[NonEmpty] = Field(default_factory=list)
    systems: list[System] = Field(default_factory=list)
    data_types: list[str] = Field(default_factory=list)
    target_date: date | None = None
    capacity_days_per_week: Annotated[float, Field(gt=0, le=100)] | None = Field(
        default=None,
        description="Person-days a week the team can spend on remediation (default 5: one person)",
    )

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
    "answers": list(Answer.model_fields),
    "evidence": ["title", "date", "period", "location", "produced_by", "planned"],
}


def _field_choices(path: tuple[str | int, ...]) -> list[str]:
    names = [p for p in path[:-1] if isinstance(p, str)]
    if not names:
        return _FIELDS[""]
    if names[0] == "answers":
        return _FIELDS["answers"]
    if names[0] == "evidence":
        return ["start", "end"] if names[-1] == "period" else _FIELDS["evidence"]
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
    # A misspelled key usually also makes a required key "missing": report the misspelling.
    errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    err = errors[0]
    path = tuple(p for p in err["loc"] if isinstance(p, str | int))
    message = _describe(err, path)
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problem(s))"
    line, column = doc.locate(path)
    return InputError(
        message, file=doc.file, line=line, column=column, key_path=format_path(path) or None
    )


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


def parse_assessment(text: str, file: str, catalogue: Catalogue | None = None) -> Assessment:
    """Parse assessment YAML text; any problem becomes a located InputError.

    With a catalogue, the scope's categories and data types are checked against its vocabulary.
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
    try:
        assessment = Assessment.model_validate(migrate(dict(doc.data)))
    except ValidationError as exc:
        raise _to_error(doc, exc) from None
    if catalogue is not None:
        _check_vocabulary(doc, assessment, catalogue)
    return assessment


def _check_vocabulary(doc: LoadedYaml, assessment: Assessment, catalogue: Catalogue) -> None:
    categories = [c.id for c in catalogue.categories]
    for i, category in enumerate(assessment.scope.categories):
        if category not in categories:
            raise doc.error(
                ("scope", "categories", i),
                f"unknown category {category!r}; expected one of {', '.join(categories)}"
                + _suggest(category, categories),
            )
    data_types = [d.id for d in catalogue.data_types]
    for i, data_type in enumerate(assessment.scope.data_types):
        if data_type not in data_types:
            raise doc.error(
                ("scope", "data_types", i),
                f"unknown data type {data_type!r}; expected one of {', '.join(data_types)}"
                + _suggest(data_type, data_types),
            )


def unknown_answers(assessment: Assessment, catalogue: Catalogue) -> list[str]:
    """Answered control ids the catalogue does not know (kept, never dropped)."""
    return sorted(a for a in assessment.answers if catalogue.control(a) is None)


def load_assessment(path: Path, catalogue: Catalogue | None = None) -> Assessment:
    """Read and validate an assessment file."""
    return parse_assessment(files.load_text(path, what="assessment file"), str(path), catalogue)


def _timestamp(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"


def to_document(assessment: Assessment) -> dict[str, Any]:
    """Plain data in the file's stable key order, without empty optional keys."""
    scope = assessment.scope.model_dump(mode="python", exclude_none=True)
    if not scope.get("subservice_organizations"):
        scope.pop("subservice_organizations", None)
    answers: dict[str, Any] = {}
    for control_id in sorted(assessment.answers):
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
    scope["report_type"] = assessment.scope.report_type.value
    scope["hosting"] = assessment.scope.hosting.value
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
    return document


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


def dump_assessment(assessment: Assessment) -> str:
    """The YAML text of an assessment, stable for the same content."""
    return files.dump_yaml(to_document(assessment))


def save_assessment(assessment: Assessment, path: Path) -> None:
    """Save atomically (the old version kept as .bak), keeping any comment lines at the top of the
    existing file; an unchanged file is not touched."""
    text = files.leading_comments(path) + dump_assessment(assessment)
    files.write_if_changed(path, text.encode("utf-8"))
