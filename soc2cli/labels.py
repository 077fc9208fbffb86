"""Every label and ordering people see, in one place; templates get them as filters.

Codes (``semi_annual``, ``not_applicable``) stay in files and JSON; these are the words for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from soc2cli.vocabulary import (
    ControlType,
    CriterionStatus,
    EvidenceKind,
    Exclusion,
    FindingKind,
    FrameworkStatus,
    Frequency,
    GapKind,
    Hosting,
    Phase,
    Priority,
    ReportType,
    ServiceType,
    Severity,
    SlotStatus,
    Status,
    SubserviceMethod,
)

if TYPE_CHECKING:
    from soc2cli.scanners.records import AutomatedResult, CheckResources

STATUS: dict[Status | None, str] = {
    Status.missing: "Missing",
    Status.partial: "Partial",
    Status.implemented: "Implemented",
    Status.operating: "Operating",
    Status.not_applicable: "Not applicable",
    Status.unknown: "Unknown",
    None: "Not yet answered",
}
# What each status means, for people answering in a spreadsheet.
STATUS_MEANING: dict[Status, str] = {
    Status.missing: "Not in place",
    Status.partial: "Partly or informally in place",
    Status.implemented: "Designed and in place today",
    Status.operating: "In place and running for a while, with records",
    Status.not_applicable: "Does not apply: say why in Notes (required)",
    Status.unknown: "Don't know: we will follow up",
}
# The choices of the interview's status question.
STATUS_CHOICE: dict[Status, str] = {
    Status.missing: "Missing: not in place",
    Status.partial: "Partial: partly or informally in place",
    Status.implemented: "Implemented: designed and in place today",
    Status.operating: "Operating: in place and running for a while, with records",
    Status.not_applicable: "Not applicable (say why)",
    Status.unknown: "Don't know: follow up later",
}
GAP_KIND: dict[GapKind, str] = {
    GapKind.missing_control: "Missing control",
    GapKind.partial_control: "Partial (ineffective) control",
    GapKind.undocumented: "In place, not documented",
    GapKind.no_evidence: "No operating evidence",
    GapKind.follow_up: "Follow-up needed",
    GapKind.failing_check: "Failing scanner check",
    GapKind.uncovered: "Criterion without an applicable control",
    GapKind.audit_exception: "Audit exception",
}
REPORT_TYPE: dict[ReportType, str] = {ReportType.type1: "Type I", ReportType.type2: "Type II"}
HOSTING: dict[Hosting, str] = {
    Hosting.cloud: "Cloud",
    Hosting.on_prem: "On premises",
    Hosting.hybrid: "Hybrid",
}
# Where the systems run, as the end of a sentence ("The system is hosted ...").
HOSTING_PROSE: dict[Hosting, str] = {
    Hosting.cloud: "in the cloud",
    Hosting.on_prem: "on premises, in the company's own facilities",
    Hosting.hybrid: "partly in the cloud and partly on infrastructure the company operates itself",
}
# What a subservice organisation provides: a table cell, and a choice in the interview.
SERVICE_TYPE: dict[ServiceType, str] = {
    ServiceType.iaas: "Cloud infrastructure (IaaS)",
    ServiceType.paas_database: "Managed database or platform (PaaS)",
    ServiceType.saas: "Software service (SaaS)",
    ServiceType.identity_provider: "Identity provider (SSO, MFA)",
    ServiceType.colocation: "Colocation data centre",
    ServiceType.payment_processor: "Payment processing",
    ServiceType.email_delivery: "Email delivery",
}
SUBSERVICE_METHOD: dict[SubserviceMethod, str] = {
    SubserviceMethod.carve_out: "Carve-out",
    SubserviceMethod.inclusive: "Inclusive",
}
# The interview's method question: each choice explains itself in one line.
SUBSERVICE_METHOD_CHOICE: dict[SubserviceMethod, str] = {
    SubserviceMethod.carve_out: "Carve-out (usual): its controls stay out; you review its SOC report",
    SubserviceMethod.inclusive: "Inclusive: its controls are described and tested with yours",
}
FREQUENCY: dict[Frequency, str] = {
    Frequency.continuous: "Continuous",
    Frequency.daily: "Daily",
    Frequency.weekly: "Weekly",
    Frequency.monthly: "Monthly",
    Frequency.quarterly: "Quarterly",
    Frequency.semi_annual: "Semi-annual",
    Frequency.annual: "Annual",
    Frequency.on_event: "On each event",
}
# How often, inside a sentence ("reviewed every six months").
FREQUENCY_PROSE: dict[Frequency, str] = {
    Frequency.continuous: "continuously",
    Frequency.daily: "daily",
    Frequency.weekly: "weekly",
    Frequency.monthly: "monthly",
    Frequency.quarterly: "quarterly",
    Frequency.semi_annual: "every six months",
    Frequency.annual: "yearly",
    Frequency.on_event: "on each occurrence",
}
FRAMEWORK_STATUS: dict[FrameworkStatus, str] = {
    FrameworkStatus.covered: "Covered",
    FrameworkStatus.partly_covered: "Partly covered",
    FrameworkStatus.not_covered: "Not covered",
    FrameworkStatus.not_mapped: "Not mapped",
}
FINDING_KIND: dict[FindingKind, str] = {
    FindingKind.missing: "missing",
    FindingKind.overdue: "overdue",
    FindingKind.control_without_policy: "control without policy",
    FindingKind.invalid: "invalid",
}
EVIDENCE_KIND: dict[EvidenceKind, str] = {
    EvidenceKind.design: "design evidence",
    EvidenceKind.operating: "operating evidence",
}
# How much a control matters, and a gap's severity on the same scale.
PRIORITY: dict[Priority, str] = {
    Priority.critical: "Critical",
    Priority.high: "High",
    Priority.medium: "Medium",
    Priority.low: "Low",
}
# The remediation plan's phases, by the names the plan gives them.
PHASE: dict[Phase, str] = {
    Phase.foundation: "Foundations",
    Phase.technical: "Technical and operational controls",
    Phase.operational: "Evidence collection",
}
CONTROL_TYPE: dict[ControlType, str] = {
    ControlType.administrative: "Administrative",
    ControlType.technical: "Technical",
    ControlType.physical: "Physical",
}
CRITERION_STATUS: dict[CriterionStatus, str] = {
    CriterionStatus.ready: "Ready",
    CriterionStatus.partial: "Partial",
    CriterionStatus.gap: "Gap",
    CriterionStatus.excluded: "Excluded",
}
EXCLUSION: dict[Exclusion, str] = {
    Exclusion.out_of_scope: "Out of scope",
    Exclusion.not_applicable: "Not applicable",
    Exclusion.carved_out: "Carved out",
}
SLOT_STATUS: dict[SlotStatus, str] = {
    SlotStatus.evidenced: "Evidenced",
    SlotStatus.missing: "Missing",
    SlotStatus.due: "Due",
}
# Scanners by the name an import records (`source`); any other source is shown as it is.
SOURCE: dict[str, str] = {"prowler": "Prowler"}

# Orderings: the enums are declared in these orders; a rank sorts by them.
SEVERITY_ORDER: tuple[Severity, ...] = tuple(Severity)  # most severe first
PHASE_ORDER: tuple[Phase, ...] = tuple(Phase)  # the order the plan schedules them


def severity_rank(severity: Severity) -> int:
    """0 for critical, 3 for low: sorts the most severe first."""
    return SEVERITY_ORDER.index(severity)


def phase_rank(phase: Phase) -> int:
    return PHASE_ORDER.index(phase)


def status_label(status: Status | str | None) -> str:
    """'Not applicable'; 'Not yet answered' when there is no answer."""
    return STATUS[None if status is None else Status(status)]


def status_text(status: Status | None) -> str:
    """The status inside a sentence: 'not applicable', 'not yet answered'."""
    return status_label(status).lower()


def answer_label(status: Status | None, documented: bool) -> str:
    """An answer in words, e.g. "Implemented, documented"; "Not yet answered" when there is none."""
    label = status_label(status)
    if status is None or status in (Status.not_applicable, Status.unknown):
        return label
    return f"{label}, {'documented' if documented else 'not documented'}"


def answer_code(status: Status | None, documented: bool | None) -> str:
    """An answer in the file's own words, for diffs: "implemented, documented", "unanswered"."""
    if status is None:
        return "unanswered"
    if status is Status.not_applicable:
        return status.value
    return f"{status.value}, {'documented' if documented else 'not documented'}"


def gap_kind_label(kind: GapKind | str) -> str:
    return GAP_KIND[GapKind(kind)]


def report_type_label(report_type: ReportType | str) -> str:
    return REPORT_TYPE[ReportType(report_type)]


def hosting_label(hosting: Hosting | str) -> str:
    return HOSTING[Hosting(hosting)]


def service_label(service: ServiceType | str) -> str:
    return SERVICE_TYPE[ServiceType(service)]


def method_label(method: SubserviceMethod | str) -> str:
    return SUBSERVICE_METHOD[SubserviceMethod(method)]


def frequency_label(frequency: Frequency | str) -> str:
    return FREQUENCY[Frequency(frequency)]


def severity_label(severity: Priority | Severity | str) -> str:
    """'High' for a gap's severity or a control's priority."""
    return PRIORITY[Priority(str(severity))]


def phase_label(phase: Phase | str) -> str:
    return PHASE[Phase(phase)]


def control_type_label(control_type: ControlType | str) -> str:
    return CONTROL_TYPE[ControlType(control_type)]


def criterion_status_label(status: CriterionStatus | str) -> str:
    return CRITERION_STATUS[CriterionStatus(status)]


def exclusion_label(exclusion: Exclusion | str) -> str:
    return EXCLUSION[Exclusion(exclusion)]


def slot_status_label(status: SlotStatus | str) -> str:
    return SLOT_STATUS[SlotStatus(status)]


def title_label(titles: dict[str, str], code: str) -> str:
    """A catalogue id (category, data type) by its title; an id the catalogue does not name
    reads as words ('processing_integrity' -> 'Processing integrity')."""
    return titles.get(code) or code.replace("_", " ").capitalize()


def coverage_label(status: FrameworkStatus | str) -> str:
    return FRAMEWORK_STATUS[FrameworkStatus(status)]


def finding_kind_label(kind: FindingKind | str) -> str:
    return FINDING_KIND[FindingKind(kind)]


def evidence_kind_label(kind: EvidenceKind | str) -> str:
    return EVIDENCE_KIND[EvidenceKind(kind)]


def source_label(source: str) -> str:
    """'Prowler' for 'prowler'; a source without a label as it is."""
    return SOURCE.get(source, source)


def scan_origin(result: AutomatedResult) -> str:
    """Which scan a result comes from: 'Prowler (aws) scan of 2027-03-15'."""
    provider = f" ({result.provider})" if result.provider else ""
    return f"{source_label(result.source)}{provider} scan of {result.scanned_at.date().isoformat()}"


def scan_result_label(result: AutomatedResult) -> str:
    """One scan's findings for a control: '41 pass · 3 fail · Prowler (aws) · 2027-03-15'."""
    counts = [f"{result.passed} pass", f"{result.failed} fail"]
    counts += [
        f"{n} {word}"
        for n, word in (
            (result.manual, "manual"),
            (result.muted, "muted"),
            (result.waived, "waived"),
        )
        if n
    ]
    provider = f" ({result.provider})" if result.provider else ""
    origin = f"{source_label(result.source)}{provider}"
    return " · ".join([*counts, origin, result.scanned_at.date().isoformat()])


def check_resources_label(item: CheckResources) -> str:
    """A check and its resources: 'iam_user_mfa: arn:...bob, arn:...eve (3 in all)'."""
    if not item.resources:
        return f"{item.check} ({item.total} finding{'s' if item.total != 1 else ''})"
    more = f" ({item.total} in all)" if item.total > len(item.resources) else ""
    return f"{item.check}: {', '.join(item.resources)}{more}"


def scanner_counts_label(passed: int, failed: int) -> str:
    """Findings of checks mapped to no control, for a criterion: '5 pass · 1 fail'."""
    return f"{passed} pass · {failed} fail"


def template_filters() -> dict[str, Callable[..., Any]]:
    """The labels as Jinja filters: ``{{ gap.kind | gap_kind_label }}``."""
    return {
        "status_label": status_label,
        "status_text": status_text,
        "gap_kind_label": gap_kind_label,
        "report_type_label": report_type_label,
        "hosting_label": hosting_label,
        "hosting_prose": lambda hosting: HOSTING_PROSE[Hosting(hosting)],
        "frequency_label": frequency_label,
        "severity_label": severity_label,
        "priority_label": severity_label,
        "phase_label": phase_label,
        "control_type_label": control_type_label,
        "criterion_status_label": criterion_status_label,
        "exclusion_label": exclusion_label,
        "slot_status_label": slot_status_label,
        "service_label": service_label,
        "method_label": method_label,
        "frequency_prose": lambda frequency: FREQUENCY_PROSE[Frequency(frequency)],
        "coverage_label": coverage_label,
        "finding_kind_label": finding_kind_label,
        "evidence_kind_label": evidence_kind_label,
        "source_label": source_label,
        "scan_result_label": scan_result_label,
        "check_resources_label": check_resources_label,
    }


def template_globals() -> dict[str, Callable[..., Any]]:
    """Label functions that take more than one value: ``{{ answer_label(g.status, g.documented) }}``."""
    return {"answer_label": answer_label, "scanner_counts_label": scanner_counts_label}
