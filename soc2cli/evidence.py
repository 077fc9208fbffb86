"""Pure evidence helpers: the request list (what to collect, how often) and the register checks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from soc2cli.models import Frequency, ReportType, Status
from soc2cli.report import EvidenceCheck, EvidenceSlot, EvidenceSummary, Report

if TYPE_CHECKING:
    from soc2cli.assessment import EvidenceItem


def occurrences(frequency: Frequency, start: date, end: date) -> int | None:
    """How many times a control of ``frequency`` must run in the period; None if sampled by event.

    A quarterly control over six months occurs twice; an annual control occurs once in any window.
    """
    days = (end - start).days + 1
    if frequency is Frequency.daily:
        return days
    if frequency is Frequency.weekly:
        return max(1, days // 7)
    if frequency in (Frequency.continuous, Frequency.on_event):
        return None
    # The same slots the evidence register checks, so the request list and the checks agree.
    return len(slots(frequency, start, end))


def sample_text(frequency: Frequency, start: date | None, end: date | None) -> str:
    """What a Type II auditor will sample for this control over the period, in words."""
    if start is None or end is None:
        return "design evidence at the report date"
    count = occurrences(frequency, start, end)
    if count is not None:
        unit = {Frequency.daily: "day", Frequency.weekly: "week"}.get(frequency, "occurrence")
        return f"{count} {unit}{'s' if count != 1 else ''} in the period; the auditor samples from them"
    if frequency is Frequency.continuous:
        return "continuous: system configuration plus samples across the whole period"
    return "each event in the period (e.g. every hire, change or incident); the auditor samples from the list"


@dataclass(frozen=True)
class EvidenceRequest:
    control: str
    title: str
    owner: str
    frequency: str
    evidence: list[str]
    samples: str
    status: str


def requests(report: Report) -> list[EvidenceRequest]:
    """One request per applicable control: what to collect, from whom, how often."""
    period: Any = report.scope.get("observation_period")
    type2 = report.summary.report_type.value == "type2"
    start = date.fromisoformat(period["start"]) if type2 and period else None
    end = date.fromisoformat(period["end"]) if type2 and period else None
    out = []
    for control in report.controls:
        if not control.applicable:
            continue
        out.append(
            EvidenceRequest(
                control=control.id,
                title=control.title,
                owner=control.owner,
                frequency=control.frequency.value.replace("_", "-").replace("on-event", "on event"),
                evidence=list(control.evidence),
                samples=sample_text(control.frequency, start, end)
                if type2
                else "design evidence at the report date",
                status=control.status.value if control.status else "unanswered",
            )
        )
    return out


# --- the evidence register checks (Type II observation window) ----------------------------------

# How often a record must appear: the slot length in months. Daily, weekly and continuous controls
# are sampled across the period, so they need records in every month of it.
SLOT_MONTHS: dict[Frequency, int | None] = {
    Frequency.continuous: 1,
    Frequency.daily: 1,
    Frequency.weekly: 1,
    Frequency.monthly: 1,
    Frequency.quarterly: 3,
    Frequency.semi_annual: 6,
    Frequency.annual: 12,
    Frequency.on_event: None,
}
# Evidence older than this at the reference date is stale (the interval plus two weeks' grace).
STALE_AFTER_DAYS: dict[Frequency, int | None] = {
    Frequency.continuous: 45,
    Frequency.daily: 45,
    Frequency.weekly: 45,
    Frequency.monthly: 45,
    Frequency.quarterly: 106,
    Frequency.semi_annual: 197,
    Frequency.annual: 380,
    Frequency.on_event: None,
}


def slots(frequency: Frequency, start: date, end: date) -> list[tuple[date, date]]:
    """The occurrences a window requires: consecutive slots from the window start.

    A trailing partial slot counts only when it covers at least half a slot (a quarterly control
    over seven months needs two occurrences, over eight months three).
    """
    from soc2cli.plan import add_months

    months = SLOT_MONTHS[frequency]
    if months is None:
        return []
    out: list[tuple[date, date]] = []
    index = 0
    while True:
        slot_start = add_months(start, months * index)
        if slot_start > end:
            break
        slot_end = add_months(start, months * (index + 1)) - timedelta(days=1)
        if slot_end > end:
            full = (slot_end - slot_start).days + 1
            if (end - slot_start).days + 1 < full / 2 and out:
                break
            slot_end = end
        out.append((slot_start, slot_end))
        index += 1
    return out


def _label(start: date, end: date) -> str:
    return f"{start.isoformat()}..{end.isoformat()}"


def check_control(
    control_id: str,
    title: str,
    frequency: Frequency,
    status: Status | None,
    items: Sequence[EvidenceItem],
    *,
    report_type: ReportType,
    window: tuple[date, date] | None,
    as_of: date,
) -> EvidenceCheck:
    """Compare a control's evidence with what its frequency and the window require."""
    items = [i for i in items if not i.planned]
    latest = max((i.last_day for i in items), default=None)
    slot_results: list[EvidenceSlot] = []
    outside: list[str] = []
    if report_type is ReportType.type2 and window is not None:
        w_start, w_end = window
        reference = min(as_of, w_end)
        for item in items:
            if item.last_day < w_start or item.first_day > w_end:
                outside.append(item.title)
        for s_start, s_end in slots(frequency, w_start, w_end):
            hits = [i.title for i in items if i.first_day <= s_end and i.last_day >= s_start]
            if hits:
                state = "evidenced"
            elif s_end < as_of:
                state = "missing"
            else:
                state = "due"
            slot_results.append(EvidenceSlot(start=s_start, end=s_end, status=state, items=hits))
    else:
        reference = as_of
    limit = STALE_AFTER_DAYS[frequency]
    current = [i for i in items if i.first_day <= reference]
    newest = max((i.last_day for i in current), default=None)
    stale = bool(limit is not None and newest is not None and (reference - newest).days > limit)
    missing = [_label(s.start, s.end) for s in slot_results if s.status == "missing"]
    no_evidence = status is Status.operating and not items
    required = len(slot_results) if slot_results or SLOT_MONTHS[frequency] is not None else None
    if report_type is not ReportType.type2 or window is None:
        required = None
    # Only occurrences already due inside the window count: evidence can only raise readiness.
    deficient = report_type is ReportType.type2 and bool(missing)
    return EvidenceCheck(
        control=control_id,
        title=title,
        frequency=frequency,
        status=status,
        items=len(items),
        latest=latest,
        required=required,
        evidenced=sum(1 for s in slot_results if s.status == "evidenced"),
        slots=slot_results,
        missing=missing,
        outside_window=outside,
        stale=stale,
        no_evidence=no_evidence,
        deficient=deficient,
    )


def summarise(
    checks: list[EvidenceCheck],
    *,
    in_use: bool,
    report_type: ReportType,
    window: tuple[date, date] | None,
    as_of: date,
) -> EvidenceSummary:
    reference = min(as_of, window[1]) if report_type is ReportType.type2 and window else as_of
    return EvidenceSummary(
        in_use=in_use,
        report_type=report_type,
        reference_date=reference,
        window_start=window[0] if window else None,
        window_end=window[1] if window else None,
        checks=checks,
        controls_with_evidence=sum(1 for c in checks if c.items),
        deficient=sum(1 for c in checks if c.deficient),
        missing_occurrences=sum(len(c.missing) for c in checks),
        due_occurrences=sum(1 for c in checks for s in c.slots if s.status == "due"),
        stale=sum(1 for c in checks if c.stale),
        outside_window=sum(len(c.outside_window) for c in checks),
        operating_without_evidence=sum(1 for c in checks if c.no_evidence),
    )
