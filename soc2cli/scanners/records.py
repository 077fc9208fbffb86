"""What an import leaves in the assessment file: per-control results, the scans, the waivers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

NonEmpty = Annotated[str, Field(min_length=1)]
Count = Annotated[int, Field(ge=0)]
RESOURCES_KEPT = 10
CHECKS_LISTED = 50


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class CheckResources(_Record):
    """Resources of one check, capped, with how many there were in all."""

    check: NonEmpty
    resources: list[str] = Field(default_factory=list)
    total: Count = 0
    reason: str = Field(default="", description="For an accepted exception: muted or the waiver")


class AutomatedResult(_Record):
    """One scan's findings for one control (SPEC 7.1)."""

    source: NonEmpty
    scanned_at: datetime
    file: NonEmpty
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    provider: str = ""
    accounts: list[str] = Field(
        default_factory=list, description="The accounts, subscriptions or projects scanned"
    )
    passed: Count = Field(default=0, alias="pass")
    failed: Count = Field(default=0, alias="fail")
    manual: Count = 0
    muted: Count = 0
    waived: Count = 0
    checks: list[NonEmpty] = Field(default_factory=list)
    failing: list[CheckResources] = Field(default_factory=list)
    accepted: list[CheckResources] = Field(default_factory=list)

    @property
    def all_pass(self) -> bool:
        return self.passed > 0 and self.failed == 0 and self.manual == 0


class CriterionCounts(_Record):
    passed: Count = Field(default=0, alias="pass")
    failed: Count = Field(default=0, alias="fail")
    manual: Count = 0


class ScanRecord(_Record):
    """One imported file: what it held beyond the per-control results."""

    source: NonEmpty
    file: NonEmpty
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    scanned_at: datetime
    findings: Count
    providers: list[str] = Field(default_factory=list)
    unknown_checks: list[str] = Field(default_factory=list)
    unknown_checks_total: Count = 0
    criteria: dict[str, CriterionCounts] = Field(
        default_factory=dict,
        description="Findings of checks mapped to no control, counted by the SOC 2 criteria the "
        "scanner names for them",
    )


class Waiver(_Record):
    """An accepted exception: a check whose failures are not gaps, with a reason and an expiry."""

    check: NonEmpty
    reason: NonEmpty
    until: date | None = None
    provider: str = ""

    def active(self, on: date) -> bool:
        return self.until is None or on <= self.until
