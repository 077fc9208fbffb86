"""Interview records and owner reuse (#18): each session's date, interviewer, attendees and
sections in the file and the report; owners offered from the file and the scope's people."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import run
from test_interview import Script
from test_interview_screen import COLUMNS, Screen, flowing

from soc2cli.assessment import load_assessment, save_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.errors import Interrupted
from soc2cli.interview import (
    JUMP,
    NO_OWNER,
    OTHER_OWNER,
    QUIT,
    Choice,
    Interview,
    run_interview,
)
from soc2cli.vocabulary import STARTED, Documentation

CLOCK = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
DEC_3 = "1796292000"  # SOURCE_DATE_EPOCH of 2026-12-03 10:00 UTC
PEOPLE = [{"name": "Dana Smith", "role": "CTO"}, {"name": "Lee Park", "role": "Head of People"}]


def _file(path: Path, answers: dict[str, Any] | None = None, **extra: Any) -> Path:
    doc: dict[str, Any] = {
        "schema_version": 2,
        "scope": {
            "organization": "Records Co",
            "report_type": "type1",
            "categories": ["security"],
            "hosting": "cloud",
            "people": PEOPLE,
        },
        "answers": answers or {"GOV-01": {"status": "implemented", "documented": True}},
        **extra,
    }
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def _saved(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


# --- end to end: the installed soc2 at 80x24 ------------------------------------------------


def test_a_session_is_recorded_with_its_people_and_the_report_lists_it(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _file(
        tmp_path / "client.yaml", {"GOV-01": {"status": "implemented", "owner": "HR Lead"}}
    )
    screen = Screen(["assess", "client.yaml"], tmp_path, env={"SOURCE_DATE_EPOCH": DEC_3})
    screen.wait_for("Who is interviewing?")
    screen.send("Jo Consultant\r")
    screen.wait_for("Who attends?")
    assert "People in scope: Dana Smith (CTO), Lee Park (Head of People)." in screen.text
    screen.send("dana smith, HEAD OF PEOPLE\r")  # spelled as the scope spells them

    screen.wait_for("question 2 of")
    screen.wait_for("Status press 1-6")
    screen.send("3")
    screen.wait_for("Notes (optional)")
    screen.send("\r")
    _written_down(screen, builtin, "GOV-02")
    screen.wait_for("Owner press 1-5")
    screen.settle()
    shown = flowing(screen.text)
    # The owners already used, the scope's people, then the catalogue's role; or type or none.
    gov2 = builtin.control("GOV-02")
    assert gov2 is not None and gov2.owner == "HR Lead"  # already used: offered once
    for line in (
        "1) HR Lead",
        "2) CTO (Dana Smith)",
        "3) Head of People (Lee Park)",
        "4) Someone else (type a name or role)",
        "5) No owner yet",
    ):
        assert line in shown
    assert all(len(line) <= COLUMNS for line in screen.lines)
    screen.send("4")
    screen.wait_for("Owner (a name or role)")
    screen.send("hr lead\r")  # the owner already in the file, typed another way

    screen.wait_for("question 3 of")
    screen.wait_for("Status press 1-6")
    screen.send("1")
    screen.wait_for("Notes (optional)")
    screen.send("\r")
    # Missing: "Is it written down?" is not asked.
    screen.wait_for("Owner press 1-")
    screen.send("2")  # CTO (Dana Smith), by its number
    screen.wait_for("question 4 of")
    screen.send("q")
    assert screen.finish() == 0

    saved = _saved(path)
    assert saved["answers"]["GOV-02"]["owner"] == "HR Lead"  # reused, not a second spelling
    assert saved["answers"]["GOV-03"]["owner"] == "CTO"  # a person's role
    assert saved["interviews"] == [
        {
            "date": date(2026, 12, 3),
            "interviewer": "Jo Consultant",
            "attendees": ["Dana Smith", "Head of People"],
            "sections": ["governance"],
        }
    ]
    report = run("report", str(path), "--as-of", "2026-12-03")
    assert report.exit_code == 0, report.stderr
    assert (
        "| 2026-12-03 | Jo Consultant | Dana Smith, Head of People "
        "| Governance and leadership oversight |"
    ) in report.stdout.splitlines()
    assert "| People | Dana Smith (CTO); Lee Park (Head of People) |" in report.stdout

    # The same day, the same people given as options: one record, one more section.
    again = Screen(
        [
            *("assess", "client.yaml", "--section", "AC", "--interviewer", "jo consultant"),
            *("--attendee", "Head of People", "--attendee", "Dana Smith"),
        ],
        tmp_path,
        env={"SOURCE_DATE_EPOCH": DEC_3},
    )
    again.wait_for("Status press 1-6")  # the options answered who takes part
    assert "Who is interviewing?" not in again.text
    again.send("1")
    again.wait_for("Notes (optional)")
    again.send("\r")
    again.wait_for("Owner press")
    again.send("\r")
    again.wait_for("AC-02 ")
    again.send("q")
    assert again.finish() == 0
    [record] = _saved(path)["interviews"]
    assert record["sections"] == ["governance", "access_control"]
    assert record["interviewer"] == "Jo Consultant"


def _written_down(screen: Screen, catalogue: Catalogue, control_id: str) -> None:
    control = catalogue.control(control_id)
    assert control is not None
    if control.documentation is Documentation.required:
        screen.wait_for("written down")
        screen.send("n")


def test_the_people_questions_default_to_the_last_session_and_enter_changes_nothing(
    tmp_path: Path, builtin: Catalogue
) -> None:
    record = {
        "date": "2026-11-20",
        "interviewer": "Jo Consultant",
        "attendees": ["CTO"],
        "sections": ["governance"],
    }
    path = _file(tmp_path / "client.yaml", interviews=[record])
    save_assessment(load_assessment(path), path, builtin)
    before = path.read_bytes()
    screen = Screen(["assess", "client.yaml", "--review"], tmp_path)
    screen.wait_for("Who is interviewing?")
    screen.wait_for("Jo Consultant")  # pre-filled from the last session
    screen.send("\r")
    screen.wait_for("Who attends?")
    screen.wait_for("CTO")
    seen = 0
    while "Next: soc2 report" not in screen.text:
        screen.settle(0.4)
        screen.send("\r")
        seen += 1
        assert seen < 20, screen.text
    assert screen.finish() == 0
    assert path.read_bytes() == before  # nothing answered or changed: nothing recorded


# --- the flow, scripted ------------------------------------------------------------------------


class Recorder(Script):
    """A scripted Prompter that also keeps the choices and defaults each question offered."""

    def __init__(self, answers: Sequence[Any]) -> None:
        super().__init__(answers)
        self.offered: dict[str, tuple[list[Choice], str | None]] = {}
        self.defaults: dict[str, str] = {}

    def select(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: str | None = None,
        details: str = "",
    ) -> str:
        self.offered[message] = (list(choices), default)
        return super().select(message, choices, default=default, details=details)

    def text(
        self, message: str, *, default: str = "", validate: Any = None, multiline: bool = False
    ) -> str:
        self.defaults[message] = default
        return super().text(message, default=default, validate=validate, multiline=multiline)


def _interview(
    catalogue: Catalogue, path: Path, answers: Sequence[Any], day: date = date(2026, 12, 3)
) -> tuple[Interview, Recorder]:
    script = Recorder(answers)
    interview = Interview(catalogue, path, script, clock=lambda: CLOCK, day=lambda: day)
    interview.assessment = load_assessment(path)
    return interview, script


def _answer(catalogue: Catalogue, control_id: str, status: str, *owner: Any) -> list[Any]:
    control = catalogue.control(control_id)
    assert control is not None
    asked = control.documentation is Documentation.required and status in STARTED
    documented = [False] if asked else []  # "Is it written down?"
    return [status, "", *documented, *owner]


def test_owners_offered_reused_and_typed_case_insensitively(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _file(
        tmp_path / "a.yaml",
        {
            "GOV-01": {"status": "implemented", "owner": "Security Lead"},
            "AC-01": {"status": "operating", "owner": "cto"},
        },
    )
    interview, script = _interview(builtin, path, [])
    gov2 = builtin.control("GOV-02")
    assert gov2 is not None
    script.answers = _answer(builtin, "GOV-02", "partial", OTHER_OWNER, "security lead")
    interview.ask(gov2, _position(interview))
    choices, default = script.offered["Owner"]
    assert [(c.value, c.title) for c in choices] == [
        ("Security Lead", "Security Lead"),
        ("cto", "cto"),  # the people's CTO is already used, spelled so
        ("Head of People", "Head of People (Lee Park)"),
        ("HR Lead", "HR Lead (the catalogue's suggestion)"),
        (OTHER_OWNER, "Someone else (type a name or role)"),
        (NO_OWNER, "No owner yet"),
    ]
    assert default == "HR Lead"  # Enter takes the catalogue's role, as before
    assert load_assessment(path).answers["GOV-02"].owner == "Security Lead"

    # A person's name typed stands for their role; picking keeps the exact spelling.
    gov3 = builtin.control("GOV-03")
    assert gov3 is not None
    script.answers = _answer(builtin, "GOV-03", "missing", OTHER_OWNER, "lee park")
    interview.ask(gov3, _position(interview))
    ac1 = builtin.control("AC-01")
    assert ac1 is not None
    required = ac1.documentation is Documentation.required
    script.answers = [None, None, *([None] if required else []), None]
    before = path.read_bytes()
    interview.ask(ac1, _position(interview))  # Enter on everything: "cto" stays "cto"
    answers = load_assessment(path).answers
    assert answers["GOV-03"].owner == "Head of People"
    assert answers["AC-01"].owner == "cto"
    assert script.offered["Owner"][1] == "cto"
    assert path.read_bytes() == before


def test_the_catalogue_role_comes_first_when_no_owner_is_used_yet(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _file(tmp_path / "a.yaml")
    doc = _saved(path)
    del doc["scope"]["people"]
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    interview, script = _interview(builtin, path, [])
    gov2 = builtin.control("GOV-02")
    assert gov2 is not None
    script.answers = _answer(builtin, "GOV-02", "partial", NO_OWNER)
    interview.ask(gov2, _position(interview))
    choices, default = script.offered["Owner"]
    assert [c.value for c in choices] == ["HR Lead", OTHER_OWNER, NO_OWNER]
    assert default == "HR Lead"
    assert load_assessment(path).answers["GOV-02"].owner is None  # "No owner yet"


def _position(interview: Interview) -> Any:
    from soc2cli.interview import Position

    assert interview.assessment is not None
    section = interview.sections(interview.assessment.scope)[0]
    return Position(number=1, total=1, section=section)


def _run(
    catalogue: Catalogue,
    path: Path,
    answers: Sequence[Any],
    day: date,
    monkeypatch: pytest.MonkeyPatch,
    **people: Any,
) -> Recorder:
    """The whole `soc2 assess` flow on ``day`` (10:00 UTC), answered by a script."""
    noon = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(noon.timestamp())))
    script = Recorder(answers)
    run_interview(
        catalogue,
        path,
        load_assessment(path),
        script,
        section=None,
        review=False,
        only_unanswered=True,
        rescope=False,
        notify=script.say,
        **people,
    )
    return script


def test_sessions_merge_by_day_and_people_and_survive_ctrl_c(
    tmp_path: Path, builtin: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path / "a.yaml")
    day = date(2026, 12, 3)
    ask_people = ["Jo", "CTO, head of people"]
    first = _run(
        builtin,
        path,
        [*ask_people, *_answer(builtin, "GOV-02", "missing", None), QUIT],
        day,
        monkeypatch,
    )
    assert first.defaults["Who is interviewing? (your name; optional)"] == ""
    assert [r.model_dump() for r in load_assessment(path).interviews] == [
        {
            "date": day,
            "interviewer": "Jo",
            "attendees": ["CTO", "Head of People"],
            "sections": ["governance"],
        }
    ]
    # Same day, the same people in another order and case, Enter on both questions: merged.
    # Interrupted after an answer in another section: the record is saved with the answer.
    jump = [JUMP, "access_control", *_answer(builtin, "AC-01", "partial", None)]
    with pytest.raises(Interrupted):
        _run(
            builtin,
            path,
            [None, "head of people, cto", *jump, KeyboardInterrupt()],
            day,
            monkeypatch,
        )
    [record] = load_assessment(path).interviews
    assert record.sections == ["governance", "access_control"]
    # Another day: a record of its own, the last session's people the defaults.
    later = _run(
        builtin,
        path,
        [None, None, *_answer(builtin, "GOV-03", "missing", None), QUIT],
        date(2026, 12, 9),
        monkeypatch,
    )
    assert later.defaults["Who attends? (names or roles, comma-separated; optional)"] == (
        "CTO, Head of People"
    )
    records = load_assessment(path).interviews
    assert [(r.date, r.sections) for r in records] == [
        (day, ["governance", "access_control"]),
        (date(2026, 12, 9), ["governance"]),
    ]
    # Given as options, the people are not asked.
    given = _run(
        builtin,
        path,
        [*_answer(builtin, "GOV-04", "missing", None), QUIT],
        date(2026, 12, 9),
        monkeypatch,
        interviewer="Sam",
        attendees=[],
    )
    assert not [m for m in given.asked if m.startswith("Who ")]
    assert [(r.interviewer, r.attendees) for r in load_assessment(path).interviews][-1] == (
        "Sam",
        [],
    )


def test_scoping_lists_people_once_and_keeps_them(tmp_path: Path, builtin: Catalogue) -> None:
    path = _file(tmp_path / "a.yaml")
    doc = _saved(path)
    del doc["scope"]["people"]
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    interview, script = _interview(builtin, path, [])
    script.retry = True
    assert interview.assessment is not None
    scope = interview.assessment.scope
    script.answers = [", CTO", "Dana Smith,  CTO ", "Lee Park", "dana smith, Founder", ""]
    scope = interview._ask_people(scope)
    assert script.rejected == [
        (
            "Add a person: name, role (leave empty when done)",
            ", CTO",
            "type the name first, then a comma and the role: Dana Smith, CTO",
        )
    ]
    assert [(p.name, p.role) for p in scope.people] == [("Lee Park", ""), ("dana smith", "Founder")]
    interview._set_scope(scope)
    assert _saved(path)["scope"]["people"] == [
        {"name": "Lee Park"},
        {"name": "dana smith", "role": "Founder"},
    ]
    script.answers = [True, ""]  # keep them, add nobody
    assert interview._ask_people(scope) == scope
    assert script.asked[-2] == "Keep the people listed: Lee Park, dana smith (Founder)?"


# --- the file and the report -------------------------------------------------------------------


def test_old_files_load_unchanged_and_records_round_trip(tmp_path: Path) -> None:
    plain = _file(tmp_path / "plain.yaml")
    doc = _saved(plain)
    del doc["scope"]["people"]
    plain.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    save_assessment(load_assessment(plain), plain)
    before = plain.read_bytes()
    assert load_assessment(plain).interviews == []
    save_assessment(load_assessment(plain), plain)
    assert plain.read_bytes() == before and b"interviews" not in before

    record = {"date": "2026-12-03", "attendees": ["CTO"], "sections": ["governance"]}
    recorded = _file(tmp_path / "recorded.yaml", interviews=[record])
    save_assessment(load_assessment(recorded), recorded)
    text = recorded.read_bytes()
    save_assessment(load_assessment(recorded), recorded)
    assert recorded.read_bytes() == text
    assert _saved(recorded)["interviews"] == [{**record, "date": date(2026, 12, 3)}]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            {"date": "2026-13-01", "sections": []},
            "interviews[0].date: expected a date as YYYY-MM-DD",
        ),
        (
            {"date": "2026-12-03", "interviwer": "Jo"},
            "unknown key 'interviwer' (did you mean 'interviewer'?)",
        ),
    ],
)
def test_a_bad_record_is_one_located_error(
    tmp_path: Path, record: dict[str, Any], message: str
) -> None:
    path = _file(tmp_path / "a.yaml", interviews=[record])
    result = run("report", str(path))
    assert result.exit_code == 2
    assert message in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_json_html_and_schemas_carry_the_records(tmp_path: Path) -> None:
    record = {
        "date": "2026-12-03",
        "interviewer": "Jo <script>alert(1)</script>",
        "attendees": ["CTO | CFO"],
        "sections": ["access_control", "no_such_domain"],
    }
    path = _file(tmp_path / "a.yaml", interviews=[record])
    data = json.loads(run("report", str(path), "--format", "json").stdout)
    assert data["interviews"] == [record]
    assert data["scope"]["people"] == [{**p} for p in PEOPLE]
    html = run("report", str(path), "--format", "html").stdout
    assert "<script>alert(1)" not in html and "Jo &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<td>Access control and identity, no_such_domain</td>" in html
    md = run("report", str(path)).stdout
    assert "| CTO \\| CFO |" in md

    plain = _file(tmp_path / "plain.yaml")
    assert json.loads(run("report", str(plain), "--format", "json").stdout)["interviews"] == []
    assert "### Interviews" not in run("report", str(plain)).stdout

    assessment = json.loads(run("schema", "assessment").stdout)
    assert "interviews" in assessment["properties"]
    report = json.loads(run("schema", "report").stdout)
    assert "interviews" in report["properties"]
