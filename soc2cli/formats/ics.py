"""iCalendar: one all-day event per evidence occurrence still due in the observation window."""

from __future__ import annotations

from datetime import timedelta

from soc2cli.evidence import due_occurrences
from soc2cli.report import Report


def _escape(text: str) -> str:
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


def render(report: Report) -> str:
    stamp = report.plan.as_of.strftime("%Y%m%dT000000Z")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//soc2//evidence calendar//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape('SOC 2 evidence: ' + report.scope.organization)}",
    ]
    evidence = {c.id: c.evidence for c in report.controls}
    for due in due_occurrences(report):
        day = due.due.strftime("%Y%m%d")
        next_day = (due.due + timedelta(days=1)).strftime("%Y%m%d")
        description = f"{due.frequency} control; occurrence {due.slot}. Collect: " + "; ".join(
            evidence.get(due.control, [])
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{due.control}-{day}@soc2",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day}",
            f"DTEND;VALUE=DATE:{next_day}",
            f"SUMMARY:{_escape(f'SOC 2 evidence due: {due.control} {due.title}')}",
            f"DESCRIPTION:{_escape(description)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
