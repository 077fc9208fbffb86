"""iCalendar: one all-day event per evidence occurrence still due in the observation window."""

from __future__ import annotations

from datetime import timedelta

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


def due_occurrences(report: Report) -> list[tuple[str, str, str, str, str]]:
    """(due date, control, title, frequency, slot) for each occurrence still to collect, by date."""
    rows = []
    for check in report.evidence.checks:
        for slot in check.slots:
            if slot.status == "due":
                rows.append(
                    (
                        slot.end.isoformat(),
                        check.control,
                        check.title,
                        check.frequency.value.replace("_", "-"),
                        f"{slot.start.isoformat()}..{slot.end.isoformat()}",
                    )
                )
    return sorted(rows)


def render(report: Report) -> str:
    stamp = report.plan.as_of.strftime("%Y%m%dT000000Z")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//soc2//evidence calendar//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape('SOC 2 evidence: ' + str(report.scope.get('organization', '')))}",
    ]
    evidence = {c.id: c.evidence for c in report.controls}
    for due, control, title, frequency, slot in due_occurrences(report):
        day = due.replace("-", "")
        next_day = (report.plan.as_of.fromisoformat(due) + timedelta(days=1)).strftime("%Y%m%d")
        description = f"{frequency} control; occurrence {slot}. Collect: " + "; ".join(
            evidence.get(control, [])
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{control}-{day}@soc2",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day}",
            f"DTEND;VALUE=DATE:{next_day}",
            f"SUMMARY:{_escape(f'SOC 2 evidence due: {control} {title}')}",
            f"DESCRIPTION:{_escape(description)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
