"""The evidence calendar (.ics): one event per due date and owner, listing what to collect."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import icalendar
from conftest import REPO, run

FINTECH = str(REPO / "examples" / "fintech-type2" / "assessment.yaml")
AS_OF = "2026-12-01"  # before the window: every occurrence of the window is still due


def _ics(tmp_path: Path, name: str) -> bytes:
    out = tmp_path / name
    result = run("report", FINTECH, "--format", "ics", "--as-of", AS_OF, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out.read_bytes()


def _due(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(due date, owner, control) of every occurrence still due, from the JSON report."""
    owners = {c["id"]: c["owner"] for c in report["controls"]}
    return [
        (slot["end"], owners[check["control"]], check["control"])
        for check in report["evidence"]["checks"]
        for slot in check["slots"]
        if slot["status"] == "due"
    ]


def test_fintech_calendar_has_one_event_per_due_date_and_owner(tmp_path: Path) -> None:
    events = list(icalendar.Calendar.from_ical(_ics(tmp_path, "a.ics")).walk("VEVENT"))
    report = json.loads(run("report", FINTECH, "--format", "json", "--as-of", AS_OF).stdout)
    due = _due(report)
    assert len(due) == 466  # one per control and period: what the calendar used to hold
    assert len(events) == len({(d, owner) for d, owner, _ in due}) == 72
    per_day = Counter(e.decoded("DTSTART").isoformat() for e in events)
    assert per_day.most_common(1) == [("2027-08-31", 16)]  # was 115 on that day

    evidence = {c["id"]: c["operating_evidence"] for c in report["controls"]}
    listed = []
    for event in events:
        day = event.decoded("DTSTART").isoformat()
        head, *blocks = str(event["DESCRIPTION"]).split("\n\n")
        owner = head.split(" owned by ", 1)[1].split(", for periods ending ")[0]
        assert head.endswith(f"for periods ending {day}.")
        controls = []
        for block in blocks:
            title_line, collect = block.split("\n")
            control = title_line.split(" ", 1)[0]
            assert collect == "Collect: " + "; ".join(evidence[control])
            controls.append(control)
            listed.append((day, owner, control))
        many = f"{len(controls)} controls" if len(controls) > 1 else None
        assert str(event["SUMMARY"]).startswith(f"SOC 2 evidence due: {many or controls[0]}")
        assert str(event["SUMMARY"]).endswith(f" ({owner})")
    assert sorted(listed) == sorted(due)  # every occurrence in exactly one event


def test_event_text_and_uid_are_exact(tmp_path: Path) -> None:
    calendar = icalendar.Calendar.from_ical(_ics(tmp_path, "a.ics"))
    key = hashlib.sha256(b"Compliance Lead").hexdigest()[:12]
    event = next(e for e in calendar.walk("VEVENT") if str(e["UID"]) == f"20270331-{key}@soc2")
    assert str(event["SUMMARY"]) == "SOC 2 evidence due: 2 controls (Compliance Lead)"
    description = str(event["DESCRIPTION"])
    assert description.startswith(
        "Evidence for 2 controls owned by Compliance Lead, for periods ending 2027-03-31.\n\n"
        "MON-03 Continuous compliance monitoring of cloud and SaaS configuration "
        "(Continuous; period 2027-03-01..2027-03-31)\nCollect: "
    )
    assert "\n\nMON-04 " in description


def test_same_input_gives_the_same_bytes_and_unique_uids(tmp_path: Path) -> None:
    first, second = _ics(tmp_path, "a.ics"), _ics(tmp_path, "b.ics")
    assert first == second
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(first).walk("VEVENT")]
    assert len(uids) == len(set(uids)) == 72
