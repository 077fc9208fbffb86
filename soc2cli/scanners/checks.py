"""The small, documented results format any scanner can be converted to (`soc2 import checks`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from soc2cli.errors import InputError
from soc2cli.files import format_path
from soc2cli.scanners.model import Finding, FindingStatus

CONTROL_ID = r"^[A-Z]{2,5}-[0-9]{2,4}$"
CRITERION_ID = r"^(CC[1-9]|A1|C1|PI1|P[1-8])\.[1-9][0-9]{0,3}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CheckResult(_Strict):
    """One check on one resource."""

    check: Annotated[str, Field(min_length=1, description="The scanner's check id")]
    status: Annotated[
        FindingStatus,
        WithJsonSchema(
            {"enum": ["pass", "fail", "manual", "PASS", "FAIL", "MANUAL"], "type": "string"}
        ),
    ] = Field(description="pass, fail or manual (case does not matter)")
    resource: str = Field(default="", description="What was checked: an ARN, a repository, a URL")
    controls: list[Annotated[str, Field(pattern=CONTROL_ID)]] = Field(
        default_factory=list, description="Control ids of the catalogue the check evidences"
    )
    criteria: list[Annotated[str, Field(pattern=CRITERION_ID)]] = Field(
        default_factory=list,
        description="Or, when no control fits, the SOC 2 criteria the check supports",
    )
    message: str = ""
    muted: bool = Field(default=False, description="An accepted exception in the scanner itself")

    @field_validator("status", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _mapped(self) -> CheckResult:
        if not self.controls and not self.criteria:
            raise ValueError("name the controls or the criteria the check evidences")
        return self


class ChecksFile(_Strict):
    """Results of any scanner, in the shape `soc2 import checks` reads."""

    source: Annotated[
        str,
        Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$", description="The scanner's name"),
    ]
    generated_at: datetime = Field(description="When the scan ran (ISO 8601)")
    results: list[CheckResult]


def parse_checks(data: Any, file: str, locate: Any) -> ChecksFile:
    """Validate a parsed JSON document; ``locate(path)`` gives (line, column) for a key path."""
    if not isinstance(data, dict):
        raise InputError(
            'expected an object {"source", "generated_at", "results": [...]}', file=file, line=1
        )
    try:
        return ChecksFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        path = tuple(p for p in err["loc"] if isinstance(p, str | int))
        line, column = locate(path)
        where = format_path(path)
        message = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            message = "unknown key"
        raise InputError(message, file=file, line=line, column=column, key_path=where) from None


def findings(checks: ChecksFile) -> Iterator[Finding]:
    """The results as findings, dated by the file."""
    stamp = checks.generated_at
    stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
    for result in checks.results:
        yield Finding(
            check=result.check,
            status=result.status,
            muted=result.muted,
            resource=result.resource,
            provider=checks.source.lower(),
            account="",
            time=stamp,
            criteria=tuple(result.criteria),
            message=result.message,
        )


def mapping(checks: ChecksFile) -> dict[str, dict[str, list[str]]]:
    """The file's own check -> controls mapping, in the shape the summary reads."""
    out: dict[str, list[str]] = {}
    for result in checks.results:
        known = out.setdefault(result.check, [])
        known.extend(c for c in result.controls if c not in known)
    return {checks.source.lower(): out}
