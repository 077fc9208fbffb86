"""The shared vocabulary: the one base model, and the enumerations every layer speaks."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

NonEmpty = Annotated[str, Field(min_length=1)]


class Frozen(BaseModel):
    """Base of every model, file and result alike: immutable once built, unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def published_as_text(title: str) -> WithJsonSchema:
    """Keep an enumerated report field published as plain text, as report schema 2 states it.

    The published JSON Schemas are a contract: typing a field in Python does not change them.
    """
    return WithJsonSchema({"title": title, "type": "string"})


class Hosting(StrEnum):
    cloud = "cloud"
    on_prem = "on_prem"
    hybrid = "hybrid"


class ReportType(StrEnum):
    type1 = "type1"
    type2 = "type2"


class ServiceType(StrEnum):
    """What a subservice organisation provides to the system."""

    iaas = "iaas"
    paas_database = "paas_database"
    saas = "saas"
    identity_provider = "identity_provider"
    colocation = "colocation"
    payment_processor = "payment_processor"
    email_delivery = "email_delivery"


class SubserviceMethod(StrEnum):
    """How the report presents a subservice organisation's controls."""

    carve_out = "carve_out"
    inclusive = "inclusive"


class ControlType(StrEnum):
    administrative = "administrative"
    technical = "technical"
    physical = "physical"


class Documentation(StrEnum):
    """Whether a control needs a written rule (policies, procedures) or is enforced by a system."""

    required = "required"
    optional = "optional"


class EvidenceKind(StrEnum):
    """What an evidence example shows: how a control is meant to work, or that it ran."""

    design = "design"
    operating = "operating"


class Frequency(StrEnum):
    continuous = "continuous"
    daily = "daily"
    weekly = "weekly"
    monthly = "monthly"
    quarterly = "quarterly"
    semi_annual = "semi_annual"
    annual = "annual"
    on_event = "on_event"


# How much a control matters, most first; a gap's severity is measured on the same scale. (No
# docstring: it would become the enum's description in the published JSON Schemas.)
class Priority(StrEnum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"


if TYPE_CHECKING:
    Severity = Priority
else:
    # A gap's severity is a priority level. It is a class of its own at run time only so that the
    # published report schema keeps naming it "Severity".
    Severity = StrEnum("Severity", [(level.name, level.value) for level in Priority])


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
STARTED = frozenset({Status.partial, Status.implemented, Status.operating})


class CriterionStatus(StrEnum):
    ready = "ready"
    partial = "partial"
    gap = "gap"
    excluded = "excluded"


class GapKind(StrEnum):
    missing_control = "missing_control"
    partial_control = "partial_control"
    undocumented = "undocumented"
    no_evidence = "no_evidence"
    follow_up = "follow_up"
    failing_check = "failing_check"
    uncovered = "uncovered"
    audit_exception = "audit_exception"


class Exclusion(StrEnum):
    out_of_scope = "out_of_scope"
    not_applicable = "not_applicable"
    carved_out = "carved_out"


class SlotStatus(StrEnum):
    """One evidence occurrence the observation window requires."""

    evidenced = "evidenced"
    missing = "missing"
    due = "due"


class FrameworkStatus(StrEnum):
    """How far the controls mapped to another framework's requirement are ready."""

    covered = "covered"
    partly_covered = "partly_covered"
    not_covered = "not_covered"
    not_mapped = "not_mapped"


class CapacitySource(StrEnum):
    """Where the plan's remediation capacity came from."""

    option = "option"
    scope = "scope"
    default = "default"


class FindingKind(StrEnum):
    """What `soc2 policies check` finds in a policy folder."""

    missing = "missing"
    overdue = "overdue"
    control_without_policy = "control_without_policy"
    invalid = "invalid"
