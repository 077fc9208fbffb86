"""Shared vocabulary: the enumerations every other module speaks."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Base for file models: unknown keys are errors, values are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Hosting(StrEnum):
    cloud = "cloud"
    on_prem = "on_prem"
    hybrid = "hybrid"


class ReportType(StrEnum):
    type1 = "type1"
    type2 = "type2"


class ControlType(StrEnum):
    administrative = "administrative"
    technical = "technical"
    physical = "physical"


class Documentation(StrEnum):
    """Whether a control needs a written rule (policies, procedures) or is enforced by a system."""

    required = "required"
    optional = "optional"


class Frequency(StrEnum):
    continuous = "continuous"
    daily = "daily"
    weekly = "weekly"
    monthly = "monthly"
    quarterly = "quarterly"
    semi_annual = "semi_annual"
    annual = "annual"
    on_event = "on_event"


class Priority(StrEnum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"


class Phase(StrEnum):
    """Remediation phases, in the order the plan schedules them."""

    foundation = "foundation"
    technical = "technical"
    operational = "operational"


class Status(StrEnum):
    """How far a control is implemented (SPEC 3.3); whether it is written down is a separate flag."""

    missing = "missing"
    partial = "partial"
    implemented = "implemented"
    operating = "operating"
    not_applicable = "not_applicable"
    unknown = "unknown"


# Rank on the ladder, for "moved up / moved down"; not_applicable sits apart.
LADDER_RANK: dict[Status, int] = {
    Status.unknown: 0,
    Status.missing: 0,
    Status.partial: 1,
    Status.implemented: 2,
    Status.operating: 3,
}
IN_PLACE = frozenset({Status.implemented, Status.operating})
