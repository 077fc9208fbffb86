"""iCalendar: one all-day event per evidence occurrence still due in the observation window, for
one client (`soc2 report --format ics`) or every client of a portfolio (`soc2 portfolio --ics`)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, timedelta

from soc2cli.evidence import due_occurrences
from soc2cli.portfolio import Portfolio
from soc2cli.report import Report
from soc2cli.templating import strip_control


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


def _description(frequency: str, slot: str, collect: Sequence[str]) -> str:
    return f"{frequency} control; occurrence {slot}. Collect: " + "; ".join(collect)


def render(report: Report) -> str:
    stamp = report.plan.as_of.strftime("%Y%m%dT000000Z")
    evidence = {c.id: c.evidence for c in report.controls}
    events: list[str] = []
    for due in due_occurrences(report):
        events += _event(
            f"{due.control}-{due.due.strftime('%Y%m%d')}@soc2",
            due.due,
            stamp,
            f"SOC 2 evidence due: {due.control} {due.title}",
            _description(due.frequency, due.slot, evidence.get(due.control, [])),
        )
    return _calendar("SOC 2 evidence: " + report.scope.organization, events)


def render_portfolio(portfolio: Portfolio) -> str:
    """Every client's evidence calendar in one: each event names its client, and its UID the
    client's file, so two clients' occurrences of the same control never collide."""
    stamp = portfolio.as_of.strftime("%Y%m%dT000000Z")
    dated = sorted(
        (
            (entry.due, index, entry)
            for index, c in enumerate(portfolio.clients)
            for entry in c.calendar
        ),
        key=lambda item: (item[0], item[1]),
    )
    events: list[str] = []
    for _, index, entry in dated:
        client = portfolio.clients[index]
        key = hashlib.sha256(client.file.encode("utf-8")).hexdigest()[:12]
        events += _event(
            f"{key}-{entry.control}-{entry.due.strftime('%Y%m%d')}@soc2",
            entry.due,
            stamp,
            f"{client.organization}: SOC 2 evidence due: {entry.control} {entry.title}",
            _description(entry.frequency, entry.slot, entry.collect)
            + f" (assessment: {client.file})",
        )
    return _calendar("SOC 2 evidence: portfolio", events)
