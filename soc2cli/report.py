"""The report model: the one document (SPEC 3.4) every output format is rendered from."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, Field, WithJsonSchema

from soc2cli.assessment import Scope
from soc2cli.interview_records import InterviewRecord
from soc2cli.scanners.records import AutomatedResult, CheckResources, ScanRecord, Waiver
from soc2cli.vocabulary import (
    CapacitySource,
    ControlType,
    CriterionStatus,
    Documentation,
    Exclusion,
    FindingKind,
    FrameworkStatus,
    Frequency,
    Frozen,
    GapKind,
    Phase,
    Priority,
    ReportType,
    Severity,
    SlotStatus,
    Status,
    published_as_text,
)

REPORT_SCHEMA_VERSION = 2

Result = TypeVar("Result", bound=BaseModel)
# Per model: its field names in declaration order, and the set of them that every instance built
# with all fields shares as its "fields set" (pydantic copies that set before changing it).
_ALL_FIELDS: dict[type[BaseModel], tuple[list[str], set[str]]] = {}
_set = object.__setattr__  # what model_construct uses past a frozen model's __setattr__
# The setters of BaseModel's slots, called directly: a little faster than object.__setattr__.
_set_fields: Any = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra: Any = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private: Any = BaseModel.__dict__["__pydantic_private__"].__set__


def _fields(model: type[BaseModel]) -> tuple[list[str], set[str]]:
    known = _ALL_FIELDS.get(model)
    if known is None:
        names = list(model.__pydantic_fields__)
        known = _ALL_FIELDS[model] = (names, set(names))
    return known


def built(model: type[Result], /, **values: Any) -> Result:
    """A result model from values the tool computed itself, already of the declared types.

    Nothing is validated or copied: lists and dicts are shared with what they came from (the
    models are frozen; nothing mutates them). Scoring builds about a thousand of these per
    assessment, and validating them cost more than the scoring. Give every field in declaration
    order (serialisers follow the order of ``__dict__``); a field left out takes its default,
    and an unknown name is an error.
    """
    known = _fields(model)
    if list(values) == known[0]:
        return assembled(model, values)
    fields_set = set(values)
    data = {}
    for name, field in model.__pydantic_fields__.items():
        data[name] = (
            values.pop(name) if name in values else field.get_default(call_default_factory=True)
        )
    if values:
        raise TypeError(f"{model.__name__} has no field {', '.join(sorted(values))}")
    out = assembled(model, data)
    _set_fields(out, fields_set)
    return out


def assembled(model: type[Result], data: dict[str, Any], /) -> Result:
    """``built`` from a dict that already holds every field in declaration order (a literal
    written so): nothing is checked, so the hottest loops of scoring skip even the keywords.
    ``tests/test_report_json.py`` checks every model of the examples' reports for the order."""
    out = model.__new__(model)
    _set(out, "__dict__", data)
    _set_fields(out, _fields(model)[1])
    _set_extra(out, None)
    _set_private(out, None)
    return out


class ReportScope(Scope):
    """The scope as the report states it: every category in scope, security included, and the
    remediation capacity the plan used."""

    capacity_days_per_week: float


class CatalogueRef(Frozen):
    id: str
    version: str
    title: str


class Readiness(Frozen):
    """Readiness for one report type: weighted fraction plus plain counts."""

    readiness: float
    ready: int
    applicable: int
    weighted_ready: float
    weighted_total: float


class Coverage(Frozen):
    """How many of a criterion's applicable supporting controls are ready."""

    ready: int
    total: int


class CategorySummary(Frozen):
    category: str
    title: str
    type1: Readiness
    type2: Readiness
    criteria_ready: int
    criteria_partial: int
    criteria_gap: int
    criteria_total: int


class Summary(Frozen):
    report_type: ReportType
    readiness: float
    type1: Readiness
    type2: Readiness
    type2_window_started: bool
    draft: bool
    answered: int
    applicable: int
    categories: list[CategorySummary]
    controls_total: int
    controls_applicable: int
    controls_excluded: int
    controls_by_status: dict[str, int]
    criteria_ready: int
    criteria_partial: int
    criteria_gap: int
    criteria_excluded: int
    criteria_in_scope: int
    gaps_total: int
    gaps_by_kind: dict[str, int]
    gaps_by_severity: dict[str, int]


class ControlResult(Frozen):
    id: str
    title: str
    domain: str
    type: ControlType
    frequency: Frequency
    priority: Priority
    criteria: list[str]
    applicable: bool
    exclusion: Exclusion | None
    exclusion_reason: str | None
    status: Status | None
    documented: bool
    documentation: Documentation
    key_for: list[str]
    answered: bool
    notes: str
    owner: str
    designed: bool
    type1_ready: bool
    type2_ready: bool
    evidence: list[str] = Field(
        description="The catalogue's evidence examples, design documents and operating records"
    )
    operating_evidence: list[str] = Field(
        default=[],
        description="The operating records among them: what shows the control ran, which the "
        "evidence requests and calendar ask for",
    )
    mappings: dict[str, list[str]]
    automated: list[AutomatedResult] = Field(
        default=[], description="The newest scanner result of each source (soc2 import)"
    )
    failing_checks: list[CheckResources] = Field(
        default=[], description="Scanner checks failing now, less the waived ones"
    )
    accepted_checks: list[CheckResources] = Field(
        default=[], description="Muted or waived scanner findings: accepted exceptions"
    )

    @property
    def current_results(self) -> list[AutomatedResult]:
        """``automated`` as it stands at the report's date: failures waived since the import
        count as waived, not failed."""
        out = []
        for result in self.automated:
            waived = [i for i in result.failing if i not in self.failing_checks]
            n = sum(max(i.total, 1) for i in waived)
            out.append(
                result.model_copy(
                    update={
                        "failed": max(result.failed - n, 0),
                        "waived": result.waived + n,
                        "failing": [i for i in result.failing if i not in waived],
                    }
                )
                if waived
                else result
            )
        return out


class CriterionResult(Frozen):
    id: str
    category: str
    series: str
    title: str
    status: CriterionStatus
    exclusion_reason: str | None
    warning: str | None
    controls: list[str]
    key_controls: list[str]
    gap_controls: list[str]
    coverage: Coverage
    scanner_pass: int = Field(
        default=0, description="Findings of scanner checks mapped to no control that pass"
    )
    scanner_fail: int = Field(
        default=0, description="Findings of scanner checks mapped to no control that fail"
    )


class Gap(Frozen):
    control: str
    title: str
    criteria: list[str]
    kind: GapKind
    severity: Severity
    status: Status | None
    documented: bool
    remediation: list[str]
    evidence: list[str] = Field(
        description="Evidence to collect to close the gap: the design documents for an "
        "undocumented control, the operating records for no_evidence, otherwise both"
    )
    effort_days: float
    owner: str
    phase: Phase
    notes: str
    missing_periods: list[str]
    failing: list[CheckResources] = Field(
        default=[], description="For failing_check: the checks and resources that fail"
    )


class EvidenceSlot(Frozen):
    """One occurrence the observation period requires, and whether evidence shows it."""

    start: date
    end: date
    status: Annotated[SlotStatus, published_as_text("Status")]
    items: list[str]


class EvidenceCheck(Frozen):
    control: str
    title: str
    frequency: Frequency
    status: Status | None
    items: int
    latest: date | None
    required: int | None
    evidenced: int
    slots: list[EvidenceSlot]
    missing: list[str]
    outside_window: list[str]
    stale: bool
    no_evidence: bool
    deficient: bool


class EvidenceSummary(Frozen):
    in_use: bool
    report_type: ReportType
    reference_date: date
    window_start: date | None
    window_end: date | None
    checks: list[EvidenceCheck]
    controls_with_evidence: int
    deficient: int
    missing_occurrences: int
    due_occurrences: int
    stale: int
    outside_window: int
    operating_without_evidence: int


class PolicyGapEntry(Frozen):
    """A policy finding from `soc2 report --policies DIR` (missing, overdue, invalid policy...)."""

    policy: str
    kind: Annotated[FindingKind, published_as_text("Kind")]
    severity: Severity
    message: str
    controls: list[str]
    criteria: list[str]
    remediation: str

    @property
    def phase(self) -> Phase:
        """Policies come before technical work: every policy gap is in the foundation phase."""
        return Phase.foundation


class PlanPhase(Frozen):
    id: Phase
    name: str
    description: str
    start: date
    end: date
    effort_days: float
    gaps: list[str]


class TypeIIWindow(Frozen):
    observation_start: date
    observation_end: date
    observation_months: int
    report_date: date


class TimelineStep(Frozen):
    """One step on the way to the report: the usual duration beside the projected dates."""

    name: str
    typical: str = Field(description="The usual duration, in words (2-8 weeks)")
    start: date | None
    end: date
    comparison: str = Field(
        description="shorter, within or longer than the usual duration; empty when not projected"
    )


class Budget(Frozen):
    """Internal effort and, with a day rate, its cost; the audit fee only as the user gave it."""

    effort_days: float
    day_rate: float | None
    currency: str | None
    internal_cost: float | None = Field(description="effort_days x day_rate, when a rate is given")
    audit_fee_min: float | None = Field(description="scope.audit_fee.min; never estimated")
    audit_fee_max: float | None = Field(description="scope.audit_fee.max; never estimated")


class Plan(Frozen):
    as_of: date
    capacity_days_per_week: float
    capacity_from: Annotated[CapacitySource, published_as_text("Capacity From")]
    phases: list[PlanPhase]
    type1_ready_date: date
    type1_report_date: date
    type2: TypeIIWindow | None
    target_date: date | None
    meets_target: bool | None
    assumptions: list[str]
    warnings: list[str]
    budget: Budget | None = Field(default=None, description="Effort, cost and audit fee")
    timeline: list[TimelineStep] = Field(
        default=[], description="The usual durations beside the projected dates"
    )


class FrameworkItem(Frozen):
    id: str
    status: Annotated[FrameworkStatus, published_as_text("Status")]
    controls: list[str]


class FrameworkCoverage(Frozen):
    id: str
    title: str
    covered: int
    partly_covered: int
    not_covered: int
    not_mapped: int
    items: list[FrameworkItem]


class Unanswered(Frozen):
    """An applicable control nobody has answered yet: not a gap, the assessment is a draft."""

    control: str
    title: str
    owner: str


class FollowUp(Frozen):
    control: str
    question: str
    owner: str


class NotApplicable(Frozen):
    control: str
    title: str
    reason: str


class Method(Frozen):
    description: str
    weights: dict[str, int]
    ready_statuses: dict[str, list[str]]


class Report(Frozen):
    schema_version: int
    tool_version: str
    catalogue: CatalogueRef
    # Published as an open object, as report schema 2 states it (see published_as_text).
    scope: Annotated[
        ReportScope,
        WithJsonSchema({"additionalProperties": True, "title": "Scope", "type": "object"}),
    ]
    method: Method
    summary: Summary
    criteria: list[CriterionResult]
    controls: list[ControlResult]
    gaps: list[Gap]
    unanswered: list[Unanswered]
    warnings: list[str]
    plan: Plan
    frameworks: dict[str, FrameworkCoverage]
    framework_focus: list[str]
    follow_ups: list[FollowUp]
    not_applicable: list[NotApplicable]
    unknown_answers: list[str]
    domains: dict[str, str]
    category_titles: dict[str, str] = Field(
        default={}, description="The catalogue's title of each category, by id"
    )
    data_type_titles: dict[str, str] = Field(
        default={}, description="The catalogue's title of each data type, by id"
    )
    evidence: EvidenceSummary
    policies_checked: bool = False
    policy_gaps: list[PolicyGapEntry] = Field(default=[])
    scans: list[ScanRecord] = Field(default=[], description="The imported scanner files")
    waivers: list[Waiver] = Field(default=[], description="Scanner checks accepted as exceptions")
    interviews: list[InterviewRecord] = Field(
        default=[],
        description="The interview sessions recorded in the assessment: date, interviewer, "
        "attendees and the sections (domain ids, titled under domains) answered in each",
    )
