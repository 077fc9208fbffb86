"""Pure helpers for the evidence request list: how often a control occurs in a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from soc2cli.models import Frequency
from soc2cli.report import Report

# Months between occurrences; None where the auditor samples a population instead.
INTERVAL_MONTHS: dict[Frequency, int | None] = {
    Frequency.monthly: 1,
    Frequency.quarterly: 3,
    Frequency.semi_annual: 6,
    Frequency.annual: 12,
    Frequency.continuous: None,
    Frequency.on_event: None,
    Frequency.daily: None,
    Frequency.weekly: None,
}


def whole_months(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` inclusive (2027-02-01..2027-07-31 is 6)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months + (1 if end.day >= start.day - 1 else 0)


def occurrences(frequency: Frequency, start: date, end: date) -> int | None:
    """How many times a control of ``frequency`` must run in the period; None if sampled by event.

    A quarterly control over six months occurs twice; an annual control occurs once in any window.
    """
    days = (end - start).days + 1
    if frequency is Frequency.daily:
        return days
    if frequency is Frequency.weekly:
        return max(1, days // 7)
    interval = INTERVAL_MONTHS[frequency]
    if interval is None:
        return None
    return max(1, whole_months(start, end) // interval)


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
                status=control.status.value,
            )
        )
    return out
