"""The ``audit:`` block of the assessment: the last audit's report and its exceptions (SPEC 7.5)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import ConfigDict, Field, field_validator, model_validator

from soc2cli.vocabulary import Frozen, NonEmpty, ReportType


class ExceptionStatus(StrEnum):
    """Whether management has remediated an exception the auditor reported."""

    open = "open"
    closed = "closed"


class Opinion(StrEnum):
    """The service auditor's opinion (AT-C 205): unmodified, or modified in one of three ways."""

    unmodified = "unmodified"
    qualified = "qualified"
    adverse = "adverse"
    disclaimer = "disclaimer"

    @property
    def prose(self) -> str:
        """The opinion inside a sentence: 'an unmodified opinion', 'a disclaimer of opinion'."""
        return {
            Opinion.unmodified: "an unmodified opinion",
            Opinion.qualified: "a qualified opinion",
            Opinion.adverse: "an adverse opinion",
            Opinion.disclaimer: "a disclaimer of opinion",
        }[self]


# Words people use for the same opinion; stored under the AICPA's term.
_OPINION_SYNONYMS = {"unqualified": "unmodified", "clean": "unmodified"}


class AuditPeriod(Frozen):
    """The period a Type II report covers."""

    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> AuditPeriod:
        if self.end < self.start:
            raise ValueError("the audit period must not end before it starts")
        return self


class AuditException(Frozen):
    """One exception (deviation) the auditor reported, and management's answer to it."""

    control: NonEmpty = Field(description="The catalogue control the exception concerns")
    criteria: list[NonEmpty] = Field(default_factory=list)
    description: NonEmpty = Field(description="What the auditor found, in the report's words")
    management_response: str = ""
    owner: str = Field(default="", description="Who remediates it")
    due_date: date | None = None
    status: ExceptionStatus = ExceptionStatus.open

    def same_finding(self, control: str, description: str) -> bool:
        """The same control and description (case and spacing aside): one finding, not two."""
        return self.control == control and _key(self.description) == _key(description)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


class Audit(Frozen):
    """The last audit: who did it, what it covered, the opinion and the exceptions."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    auditor: str = ""
    report_type: ReportType | None = None
    period: AuditPeriod | None = Field(default=None, description="Type II: the period covered")
    on: date | None = Field(default=None, alias="date", description="Type I: the report's date")
    opinion: Opinion | None = None
    exceptions: list[AuditException] = Field(default_factory=list)

    @field_validator("opinion", mode="before")
    @classmethod
    def _synonym(cls, value: Any) -> Any:
        if isinstance(value, str):
            return _OPINION_SYNONYMS.get(value.strip().lower(), value)
        return value

    @model_validator(mode="after")
    def _one_date(self) -> Audit:
        if self.period is not None and self.on is not None:
            raise ValueError(
                "give either the audit period (Type II) or its date (Type I), not both"
            )
        return self

    @property
    def kind(self) -> ReportType | None:
        """The report type as recorded, else as the dates imply (a period is a Type II)."""
        if self.report_type is not None:
            return self.report_type
        if self.period is not None:
            return ReportType.type2
        return ReportType.type1 if self.on is not None else None

    @property
    def end(self) -> date | None:
        """The last day the report covers: the period's end, or the Type I date."""
        return self.period.end if self.period is not None else self.on

    @property
    def open_exceptions(self) -> list[AuditException]:
        return [e for e in self.exceptions if e.status is ExceptionStatus.open]


def audit_document(audit: Audit) -> dict[str, Any]:
    """The block as the file holds it: stable key order, empty optional keys left out."""
    out: dict[str, Any] = {}
    if audit.auditor:
        out["auditor"] = audit.auditor
    if audit.report_type is not None:
        out["report_type"] = audit.report_type.value
    if audit.period is not None:
        out["period"] = {"start": audit.period.start, "end": audit.period.end}
    if audit.on is not None:
        out["date"] = audit.on
    if audit.opinion is not None:
        out["opinion"] = audit.opinion.value
    if audit.exceptions:
        out["exceptions"] = [_exception_document(e) for e in audit.exceptions]
    return out


def _exception_document(exception: AuditException) -> dict[str, Any]:
    out: dict[str, Any] = {"control": exception.control}
    if exception.criteria:
        out["criteria"] = list(exception.criteria)
    out["description"] = exception.description
    if exception.management_response:
        out["management_response"] = exception.management_response
    if exception.owner:
        out["owner"] = exception.owner
    if exception.due_date is not None:
        out["due_date"] = exception.due_date
    out["status"] = exception.status.value
    return out
