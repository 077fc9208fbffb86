"""Pure evidence helpers: the request list (what to collect, how often) and the register checks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from soc2cli.dates import add_months
from soc2cli.labels import answer_label, frequency_label, scan_origin
from soc2cli.report import (
    ControlResult,
    EvidenceCheck,
    EvidenceSlot,
    EvidenceSummary,
    Report,
    assembled,
    built,
)
from soc2cli.vocabulary import Frequency, ReportType, SlotStatus, Status

if TYPE_CHECKING:
    from soc2cli.assessment import Assessment, EvidenceItem, ObservationPeriod


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
    scans: list[str]


def scan_coverage(control: ControlResult) -> list[str]:
    """What the newest scans already show for ``control``, one sentence per scan.

    "covered by Prowler (aws) scan of 2027-03-15: 41 pass" when nothing fails; else what fails.
    """
    out = []
    for result in control.current_results:
        origin = scan_origin(result)
        failing = [f.check for f in result.failing if f in control.failing_checks]
        if result.failed:
            checks = f" ({', '.join(failing)})" if failing else ""
            text = f"{origin} shows {result.failed} failing{checks}"
        elif result.passed:
            text = f"covered by {origin}: {result.passed} pass"
        else:
            text = f"{origin}: no finding passes or fails"
        accepted = result.muted + result.waived
        if result.manual:
            text += f"; {result.manual} manual, to check by hand"
        if accepted:
            text += f"; {accepted} accepted (muted or waived)"
        out.append(text)
    return out


def requests(report: Report) -> list[EvidenceRequest]:
    """One request per applicable control: what to collect, from whom, how often."""
    period = report.scope.observation_period
    type2 = report.summary.report_type is ReportType.type2
    start = period.start if type2 and period else None
    end = period.end if type2 and period else None
    out = []
    for control in report.controls:
        if not control.applicable:
            continue
        out.append(
            EvidenceRequest(
                control=control.id,
                title=control.title,
                owner=control.owner,
                frequency=frequency_label(control.frequency),
                # A Type II auditor samples the records over the period; a Type I one examines
                # the design documents and one current instance of each record.
                evidence=list(control.operating_evidence if type2 else control.evidence),
                samples=sample_text(control.frequency, start, end)
                if type2
                else "design evidence at the report date",
                status=answer_label(control.status, control.documented),
                scans=scan_coverage(control),
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
    return list(_slots(frequency, start, end))


@lru_cache(maxsize=256)
def _slots(frequency: Frequency, start: date, end: date) -> tuple[tuple[date, date], ...]:
    """``slots``, computed once per frequency and window: every control shares them."""
    months = SLOT_MONTHS[frequency]
    if months is None:
        return ()
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
    return tuple(out)


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
    window: ObservationPeriod | None,
    as_of: date,
) -> EvidenceCheck:
    """Compare a control's evidence with what its frequency and the window require."""
    items = [i for i in items if not i.planned] if items else []
    if not items:
        start, end = (window.start, window.end) if window is not None else (None, None)
        return _without_evidence(
            control_id, title, frequency, status, report_type, start, end, as_of
        )
    latest = max((i.last_day for i in items), default=None)
    slot_results: list[EvidenceSlot] = []
    outside: list[str] = []
    reference = as_of
    if report_type is ReportType.type2 and window is not None:
        reference = min(as_of, window.end)
        outside = [i.title for i in items if i.last_day < window.start or i.first_day > window.end]
        slot_results = _slot_results(frequency, window, items, as_of)
    limit = STALE_AFTER_DAYS[frequency]
    current = [i for i in items if i.first_day <= reference]
    newest = max((i.last_day for i in current), default=None)
    stale = bool(limit is not None and newest is not None and (reference - newest).days > limit)
    missing = [_label(s.start, s.end) for s in slot_results if s.status is SlotStatus.missing]
    no_evidence = status is Status.operating and not items
    required = len(slot_results) if slot_results or SLOT_MONTHS[frequency] is not None else None
    if report_type is not ReportType.type2 or window is None:
        required = None
    # Only occurrences already due inside the window count: evidence can only raise readiness.
    deficient = report_type is ReportType.type2 and bool(missing)
    return built(
        EvidenceCheck,
        control=control_id,
        title=title,
        frequency=frequency,
        status=status,
        items=len(items),
        latest=latest,
        required=required,
        evidenced=sum(1 for s in slot_results if s.status is SlotStatus.evidenced),
        slots=slot_results,
        missing=missing,
        outside_window=outside,
        stale=stale,
        no_evidence=no_evidence,
        deficient=deficient,
    )


def _slot_results(
    frequency: Frequency, window: ObservationPeriod, items: Sequence[EvidenceItem], as_of: date
) -> list[EvidenceSlot]:
    """Each occurrence the window requires: evidenced, missing (past and not evidenced) or due."""
    out = []
    for s_start, s_end in slots(frequency, window.start, window.end):
        hits = [i.title for i in items if i.first_day <= s_end and i.last_day >= s_start]
        if hits:
            state = SlotStatus.evidenced
        elif s_end < as_of:
            state = SlotStatus.missing
        else:
            state = SlotStatus.due
        out.append(built(EvidenceSlot, start=s_start, end=s_end, status=state, items=hits))
    return out


@lru_cache(maxsize=4096)
def _without_evidence(
    control_id: str,
    title: str,
    frequency: Frequency,
    status: Status | None,
    report_type: ReportType,
    start: date | None,
    end: date | None,
    as_of: date,
) -> EvidenceCheck:
    """``check_control`` for a control with no evidence: most controls of a report. The check
    depends only on its arguments, so reports of one run share it (the models are frozen), and
    its slots on the frequency and the window."""
    slot_results: list[EvidenceSlot] = []
    missing: list[str] = []
    required = None
    if report_type is ReportType.type2 and start is not None and end is not None:
        shared, labels = _unevidenced_slots(frequency, start, end, as_of)
        slot_results, missing = list(shared), list(labels)
        if slot_results or SLOT_MONTHS[frequency] is not None:
            required = len(slot_results)
    data = {
        "control": control_id,
        "title": title,
        "frequency": frequency,
        "status": status,
        "items": 0,
        "latest": None,
        "required": required,
        "evidenced": 0,
        "slots": slot_results,
        "missing": missing,
        "outside_window": [],
        "stale": False,
        "no_evidence": status is Status.operating,
        "deficient": bool(missing),
    }
    return assembled(EvidenceCheck, data)


@lru_cache(maxsize=256)
def _unevidenced_slots(
    frequency: Frequency, start: date, end: date, as_of: date
) -> tuple[tuple[EvidenceSlot, ...], tuple[str, ...]]:
    """The slots of a window without evidence (missing once past, else due) and the missing ones'
    labels."""
    out = tuple(
        built(
            EvidenceSlot,
            start=s_start,
            end=s_end,
            status=SlotStatus.missing if s_end < as_of else SlotStatus.due,
            items=[],
        )
        for s_start, s_end in _slots(frequency, start, end)
    )
    return out, tuple(_label(s.start, s.end) for s in out if s.status is SlotStatus.missing)


def summarise(
    checks: list[EvidenceCheck],
    *,
    in_use: bool,
    report_type: ReportType,
    window: ObservationPeriod | None,
    as_of: date,
) -> EvidenceSummary:
    reference = min(as_of, window.end) if report_type is ReportType.type2 and window else as_of
    with_evidence = deficient = missing = due = stale = outside = unevidenced = 0
    for c in checks:  # one pass: a report has a check per applicable control
        with_evidence += bool(c.items)
        deficient += c.deficient
        missing += len(c.missing)
        stale += c.stale
        outside += len(c.outside_window)
        unevidenced += c.no_evidence
        if c.slots:
            due += sum(1 for s in c.slots if s.status is SlotStatus.due)
    return built(
        EvidenceSummary,
        in_use=in_use,
        report_type=report_type,
        reference_date=reference,
        window_start=window.start if window else None,
        window_end=window.end if window else None,
        checks=checks,
        controls_with_evidence=with_evidence,
        deficient=deficient,
        missing_occurrences=missing,
        due_occurrences=due,
        stale=stale,
        outside_window=outside,
        operating_without_evidence=unevidenced,
    )


@dataclass(frozen=True, order=True)
class DueOccurrence:
    """An evidence occurrence still to collect in the window; sorts by due date."""

    due: date
    control: str
    title: str
    frequency: str
    slot: str
    owner: str = ""
    """Who collects it: the control's owner."""


def due_occurrences(report: Report) -> list[DueOccurrence]:
    """Every occurrence still due in the observation window, by date."""
    owners = {c.id: c.owner for c in report.controls}
    return sorted(
        DueOccurrence(
            due=slot.end,
            control=check.control,
            title=check.title,
            frequency=frequency_label(check.frequency),
            slot=_label(slot.start, slot.end),
            owner=owners.get(check.control, ""),
        )
        for check in report.evidence.checks
        for slot in check.slots
        if slot.status is SlotStatus.due
    )


# --- recording evidence --------------------------------------------------------------------------


def evidence_item(
    title: str,
    *,
    on: str | None,
    period: str | None,
    location: str,
    by: str | None,
    planned: bool,
    today: date,
) -> EvidenceItem:
    """A register entry from the command line's --date or --period START..END.

    Evidence records what already happened: a date after ``today`` needs ``planned``.
    """
    from soc2cli.assessment import CoveredPeriod, EvidenceItem
    from soc2cli.dates import parse_date
    from soc2cli.errors import UsageError

    if (on is None) == (period is None):
        raise UsageError("give either --date YYYY-MM-DD or --period START..END")
    if not title.strip():
        raise UsageError("--title cannot be empty")
    if on is not None:
        item = EvidenceItem(
            title=title.strip(), on=parse_date(on, "--date"), location=location, produced_by=by
        )
    else:
        assert period is not None
        start, sep, end = period.partition("..")
        if not sep:
            raise UsageError("--period takes START..END, e.g. 2027-03-01..2027-03-31")
        first, last = parse_date(start, "--period"), parse_date(end, "--period")
        if last < first:
            raise UsageError("--period must not end before it starts")
        item = EvidenceItem(
            title=title.strip(),
            period=CoveredPeriod(start=first, end=last),
            location=location,
            produced_by=by,
        )
    if item.last_day > today and not planned:
        raise UsageError(
            f"{item.last_day.isoformat()} is after today ({today.isoformat()}): evidence records "
            "what already happened; give --planned to record expected evidence"
        )
    return item.model_copy(update={"planned": True}) if planned else item


def add_evidence(assessment: Assessment, control_id: str, item: EvidenceItem) -> Assessment:
    """The assessment with ``item`` added to the register of ``control_id``."""
    register = dict(assessment.evidence)
    register[control_id] = [*register.get(control_id, []), item]
    return assessment.model_copy(update={"evidence": register})


def register_lines(
    assessment: Assessment, report: Report, control_id: str | None
) -> tuple[list[str], int]:
    """The register as lines for a terminal, with the window checks; and how many items it lists."""
    checks = {c.control: c for c in report.evidence.checks}
    lines: list[str] = []
    items = 0
    for cid in sorted(assessment.evidence):
        if control_id and cid != control_id:
            continue
        for item in assessment.evidence[cid]:
            when = item.on.isoformat() if item.on else f"{item.first_day}..{item.last_day}"
            extra = f"  {item.location}" if item.location else ""
            lines.append(f"{cid:8} {when:22} {item.title}{extra}")
            items += 1
        check = checks.get(cid)
        if check and check.missing:
            lines.append(f"{'':8} missing: {', '.join(check.missing)}")
        if check and check.stale:
            lines.append(
                f"{'':8} stale: the newest evidence is older than a "
                f"{frequency_label(check.frequency).lower()} control allows"
            )
    return lines, items
