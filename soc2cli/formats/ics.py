"""iCalendar: the evidence still due in the observation window, for one client (`soc2 report
--format ics`) or every client of a portfolio (`soc2 portfolio --ics`).

One all-day event per due date and owner: the controls that person must evidence for periods
ending that day, each with its period and the evidence to collect. (One event per control and
period put sixty events on a month's last day.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from soc2cli.evidence import due_occurrences
from soc2cli.portfolio import Portfolio
from soc2cli.report import Report
from soc2cli.templating import strip_control


@dataclass(frozen=True, order=True)
class Occurrence:
    """One control's evidence for one period, as an event lists it."""

    due: date
    owner: str
    control: str
    title: str
    frequency: str
    slot: str
    collect: tuple[str, ...]


def _escape(text: str) -> str:
    text = strip_control(text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    # RFC 5545: lines longer than 75 octets continue on the next line after a space.
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 75:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return out


def _key(text: str) -> str:
    """A short stable token for free text (an owner, a file) inside a UID."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _event(uid: str, day: date, stamp: str, summary: str, description: str) -> list[str]:
    """One all-day event."""
    next_day = (day + timedelta(days=1)).strftime("%Y%m%d")
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{next_day}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(description)}",
        "END:VEVENT",
    ]


def _calendar(name: str, events: list[str]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//soc2//evidence calendar//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(name)}",
        *events,
        "END:VCALENDAR",
    ]
    return "".join(part + "\r\n" for line in lines for part in _fold(line))


def group(occurrences: Iterable[Occurrence]) -> list[list[Occurrence]]:
    """The occurrences by due date, then owner: one group per event, in calendar order."""
    groups: dict[tuple[date, str], list[Occurrence]] = {}
    for item in sorted(occurrences):
        groups.setdefault((item.due, item.owner), []).append(item)
    return list(groups.values())


def _owner(items: Sequence[Occurrence]) -> str:
    return items[0].owner or "no owner named"


def _summary(items: Sequence[Occurrence]) -> str:
    """'SOC 2 evidence due: 12 controls (DevOps Lead)'; one control is named."""
    what = f"{items[0].control} {items[0].title}" if len(items) == 1 else f"{len(items)} controls"
    return f"SOC 2 evidence due: {what} ({_owner(items)})"


def _description(items: Sequence[Occurrence]) -> str:
    count = f"{len(items)} control{'s' if len(items) != 1 else ''}"
    lines = [
        f"Evidence for {count} owned by {_owner(items)}, "
        f"for periods ending {items[0].due.isoformat()}."
    ]
    for item in items:
        lines += [
            "",
            f"{item.control} {item.title} ({item.frequency}; period {item.slot})",
            "Collect: " + "; ".join(item.collect),
        ]
    return "\n".join(lines)


def _events(
    items: Sequence[Occurrence], stamp: str, uid: str, prefix: str, suffix: str
) -> list[str]:
    return _event(uid, items[0].due, stamp, prefix + _summary(items), _description(items) + suffix)


def render(report: Report) -> str:
    stamp = report.plan.as_of.strftime("%Y%m%dT000000Z")
    evidence = {c.id: tuple(c.operating_evidence) for c in report.controls}
    occurrences = (
        Occurrence(
            d.due, d.owner, d.control, d.title, d.frequency, d.slot, evidence.get(d.control, ())
        )
        for d in due_occurrences(report)
    )
    events: list[str] = []
    for items in group(occurrences):
        uid = f"{items[0].due.strftime('%Y%m%d')}-{_key(items[0].owner)}@soc2"
        events += _events(items, stamp, uid, "", "")
    return _calendar("SOC 2 evidence: " + report.scope.organization, events)


def render_portfolio(portfolio: Portfolio) -> str:
    """Every client's evidence calendar in one: each event names its client, and its UID the
    client's file, so two clients' events for the same day and owner never collide."""
    stamp = portfolio.as_of.strftime("%Y%m%dT000000Z")
    dated: list[tuple[date, int, list[Occurrence]]] = []
    for index, client in enumerate(portfolio.clients):
        occurrences = (
            Occurrence(e.due, e.owner, e.control, e.title, e.frequency, e.slot, e.collect)
            for e in client.calendar
        )
        dated += [(items[0].due, index, items) for items in group(occurrences)]
    events: list[str] = []
    for due, index, items in sorted(dated, key=lambda item: (item[0], item[1])):
        client = portfolio.clients[index]
        uid = f"{_key(client.file)}-{due.strftime('%Y%m%d')}-{_key(items[0].owner)}@soc2"
        prefix = f"{client.organization}: "
        events += _events(items, stamp, uid, prefix, f"\n\n(assessment: {client.file})")
    return _calendar("SOC 2 evidence: portfolio", events)
