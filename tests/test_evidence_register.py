"""The evidence register and the observation-window checks (Type II)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import icalendar
import pytest
from conftest import all_answers, assessment_doc, run, write_assessment

from soc2cli.assessment import EvidenceItem, ObservationPeriod, load_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.evidence import check_control, slots
from soc2cli.vocabulary import Frequency, ReportType, Status

FEB, JUL = date(2027, 2, 1), date(2027, 7, 31)


def _item(title: str, on: str) -> EvidenceItem:
    return EvidenceItem.model_validate({"title": title, "date": on})


def _check(
    frequency: Frequency,
    items: list[EvidenceItem],
    *,
    as_of: date,
    window: tuple[date, date] = (FEB, JUL),
    status: Status = Status.operating,
):  # type: ignore[no-untyped-def]
    return check_control(
        "AC-06",
        "Access review",
        frequency,
        status,
        items,
        report_type=ReportType.type2,
        window=ObservationPeriod(start=window[0], end=window[1]),
        as_of=as_of,
    )


@pytest.mark.parametrize(
    ("frequency", "count"),
    [
        (Frequency.continuous, 6),
        (Frequency.daily, 6),
        (Frequency.weekly, 6),
        (Frequency.monthly, 6),
        (Frequency.quarterly, 2),
        (Frequency.semi_annual, 1),
        (Frequency.annual, 1),
        (Frequency.on_event, 0),
    ],
)
def test_required_occurrences_by_frequency(frequency: Frequency, count: int) -> None:
    assert len(slots(frequency, FEB, JUL)) == count


def test_quarterly_slots_are_window_relative() -> None:
    assert slots(Frequency.quarterly, FEB, JUL) == [
        (date(2027, 2, 1), date(2027, 4, 30)),
        (date(2027, 5, 1), date(2027, 7, 31)),
    ]


def test_window_starting_mid_month() -> None:
    got = slots(Frequency.monthly, date(2027, 2, 15), date(2027, 8, 14))
    assert len(got) == 6
    assert got[0] == (date(2027, 2, 15), date(2027, 3, 14)) and got[-1] == (
        date(2027, 7, 15),
        date(2027, 8, 14),
    )


def test_trailing_partial_slot_counts_only_when_at_least_half() -> None:
    assert len(slots(Frequency.quarterly, date(2027, 1, 1), date(2027, 7, 31))) == 2  # 7 months
    assert len(slots(Frequency.quarterly, date(2027, 1, 1), date(2027, 8, 31))) == 3  # 8 months


def test_leap_year_month_ends() -> None:
    got = slots(Frequency.monthly, date(2028, 1, 31), date(2028, 4, 29))
    assert got[0] == (date(2028, 1, 31), date(2028, 2, 28))
    assert got[1][0] == date(2028, 2, 29)


def test_evidence_on_the_window_edges_counts() -> None:
    check = _check(
        Frequency.quarterly,
        [_item("first day", "2027-02-01"), _item("last day", "2027-07-31")],
        as_of=date(2027, 9, 1),
    )
    assert [s.status for s in check.slots] == ["evidenced", "evidenced"]
    assert check.missing == [] and check.outside_window == [] and not check.deficient


def test_evidence_outside_the_window_and_missing_period() -> None:
    items = [_item("before", "2027-01-31"), _item("q1", "2027-03-15"), _item("after", "2027-08-01")]
    check = _check(Frequency.quarterly, items, as_of=date(2027, 9, 1))
    assert check.outside_window == ["before", "after"]
    assert check.missing == ["2027-05-01..2027-07-31"]
    assert check.deficient


def test_future_occurrences_are_due_not_missing() -> None:
    check = _check(Frequency.quarterly, [_item("q1", "2027-03-15")], as_of=date(2027, 4, 1))
    assert [s.status for s in check.slots] == ["evidenced", "due"]
    assert not check.deficient


def test_stale_evidence() -> None:
    check = _check(Frequency.monthly, [_item("old", "2027-02-10")], as_of=date(2027, 6, 1))
    assert check.stale
    fresh = _check(Frequency.monthly, [_item("new", "2027-05-20")], as_of=date(2027, 6, 1))
    assert not fresh.stale


def test_operating_without_evidence_counts_only_once_due() -> None:
    during = _check(Frequency.annual, [], as_of=date(2027, 3, 1))
    assert during.no_evidence and not during.deficient  # the annual occurrence is not due yet
    after = _check(Frequency.annual, [], as_of=date(2027, 9, 1))
    assert after.deficient and after.missing == ["2027-02-01..2027-07-31"]


def test_period_evidence_covers_slots() -> None:
    item = EvidenceItem.model_validate(
        {"title": "log export", "period": {"start": "2027-02-01", "end": "2027-07-31"}}
    )
    check = _check(Frequency.monthly, [item], as_of=date(2027, 8, 15))
    assert check.evidenced == 6


def test_type1_only_reports_what_exists() -> None:
    check = check_control(
        "AC-06",
        "Access review",
        Frequency.quarterly,
        Status.operating,
        [_item("q", "2027-01-10")],
        report_type=ReportType.type1,
        window=None,
        as_of=date(2027, 2, 1),
    )
    assert check.slots == [] and check.required is None and not check.deficient and check.items == 1


# --- end to end ------------------------------------------------------------------------------


@pytest.fixture
def type2_file(tmp_path: Path, builtin: Catalogue) -> Path:
    doc = assessment_doc(report_type="type2", answers=all_answers(builtin, "operating"))
    doc["scope"]["observation_period"] = {"start": "2027-02-01", "end": "2027-07-31"}
    return write_assessment(tmp_path / "a.yaml", doc)


def test_evidence_add_list_and_report(type2_file: Path, builtin: Catalogue) -> None:
    quarterly = next(c for c in builtin.controls if c.frequency is Frequency.quarterly)
    add = run(
        "evidence",
        "add",
        str(type2_file),
        quarterly.id.lower(),
        "--date",
        "2027-03-31",
        "--title",
        "Q1 review <b>",
        "--location",
        "https://drive/x",
        env={"SOURCE_DATE_EPOCH": "1817251200"},
    )
    assert add.exit_code == 0, add.stderr
    assert (
        run(
            "evidence",
            "add",
            str(type2_file),
            quarterly.id,
            "--period",
            "2027-07-01..2027-07-31",
            "--title",
            "July",
            env={"SOURCE_DATE_EPOCH": "1817251200"},
        ).exit_code
        == 0
    )
    saved = load_assessment(type2_file)
    assert [i.title for i in saved.evidence[quarterly.id]] == ["Q1 review <b>", "July"]
    listing = run(
        "evidence",
        "list",
        str(type2_file),
        "--control",
        quarterly.id,
        env={"SOURCE_DATE_EPOCH": "1817251200"},
    )
    assert f"{quarterly.id:8} 2027-03-31" in listing.stdout and "https://drive/x" in listing.stdout

    env = {"SOURCE_DATE_EPOCH": "1817251200"}  # 2027-08-01: the window is over
    data = json.loads(run("report", str(type2_file), "--format", "json", env=env).stdout)
    ev = data["evidence"]
    assert ev["in_use"] is True
    check = next(c for c in ev["checks"] if c["control"] == quarterly.id)
    assert check["required"] == 2 and check["evidenced"] == 2 and not check["deficient"]
    # The window is over: every other operating control lacks the evidence already due, and its
    # no_evidence gap names the missing occurrences (whether or not others have evidence).
    other = next(g for g in data["gaps"] if g["control"] != quarterly.id)
    assert other["kind"] == "no_evidence" and other["missing_periods"]
    assert all(".." in period for period in other["missing_periods"])
    assert data["summary"]["type2"]["readiness"] < 1.0
    md = run("report", str(type2_file), env=env).stdout
    section = md.split("## Evidence register")[1].split("\n## ")[0]
    assert "required occurrence(s) are missing" in section
    assert f"| {quarterly.id} " in section


def test_evidence_add_rejects_bad_input(type2_file: Path) -> None:
    before = type2_file.read_bytes()
    for args, message in (
        (["ZZ-99", "--date", "2027-01-01", "--title", "x"], "unknown control 'ZZ-99'"),
        (["AC-01", "--title", "x"], "give either --date"),
        (["AC-01", "--date", "2027-02-30", "--title", "x"], "--date: '2027-02-30' is not a date"),
        (
            ["AC-01", "--period", "2027-03-01..2027-02-01", "--title", "x"],
            "must not end before it starts",
        ),
    ):
        result = run("evidence", "add", str(type2_file), *args)
        assert result.exit_code == 2 and message in result.stderr, result.stderr
    assert type2_file.read_bytes() == before


def test_hand_edited_register_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        "scope:\n  organization: X\nevidence:\n  AC-01:\n    - {title: Review, date: 2027-01-01, period: {start: 2027-01-01, end: 2027-01-31}}\n"
    )
    result = run("report", str(path))
    assert result.exit_code == 2
    assert (
        "a.yaml:5:7: evidence.AC-01[0]: evidence needs either a date or a period" in result.stderr
    )


def test_ics_calendar_round_trips_due_dates(type2_file: Path, tmp_path: Path) -> None:
    env = {"SOURCE_DATE_EPOCH": "1798761600"}  # 2027-01-01: the whole window is ahead
    assert (
        run(
            "evidence",
            "add",
            str(type2_file),
            "AC-01",
            "--date",
            "2026-12-15",
            "--title",
            "Setup",
            env=env,
        ).exit_code
        == 0
    )
    out = tmp_path / "evidence.ics"
    assert run("report", str(type2_file), "--format", "ics", "-o", str(out), env=env).exit_code == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    data = json.loads(run("report", str(type2_file), "--format", "json", env=env).stdout)
    expected = sorted(
        (slot["end"], check["control"])
        for check in data["evidence"]["checks"]
        for slot in check["slots"]
        if slot["status"] == "due"
    )
    # One event per due date and owner; each control due appears in exactly one event.
    got = sorted(
        (e.decoded("DTSTART").isoformat(), block.split(" ", 1)[0])
        for e in events
        for block in str(e.get("DESCRIPTION")).split("\n\n")[1:]
    )
    assert 0 < len(events) <= len(expected)
    assert got == expected
    assert all(str(e.get("SUMMARY")).startswith("SOC 2 evidence due: ") for e in events)
    md = run("report", str(type2_file), env=env).stdout
    assert "### Collection calendar" in md
