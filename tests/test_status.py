"""`soc2 status FILE`, and `soc2 report FILE` on a terminal: one screen at 80x24, through the
installed entry point in a pseudo-terminal (pexpect) read back by a terminal emulator (pyte)."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest
from conftest import OVERLAY_CONTROL, all_answers, assessment_doc, run, write_assessment, write_tree

from soc2cli.catalogue import Catalogue

pyte = pytest.importorskip("pyte")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

SOC2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")
ROWS, COLUMNS = 24, 80
AS_OF = "2026-11-30"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Shown:
    """What one run of the installed soc2 in a 24x80 pseudo-terminal wrote, and the screen."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        assert SOC2 is not None, "the soc2 entry point is not installed"
        environment = dict(os.environ, TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(ROWS))
        environment.pop("NO_COLOR", None)
        environment.update(env or {})
        child = pexpect.spawn(
            SOC2, args, cwd=str(cwd), env=environment, dimensions=(ROWS, COLUMNS), timeout=30
        )
        self.raw = child.read().decode("utf-8")
        child.close()
        self.exit_code = child.exitstatus
        screen = pyte.Screen(COLUMNS, ROWS)
        pyte.Stream(screen).feed(self.raw)
        self.screen = [line.rstrip() for line in screen.display]
        self.cursor_row = screen.cursor.y
        # What was printed, line by line, without the styles.
        self.lines = ANSI.sub("", self.raw).replace("\r\n", "\n").splitlines()


def _draft_type2(tmp_path: Path, builtin: Catalogue) -> tuple[Path, list[str]]:
    """A Type II draft: every control missing but three left unanswered, and a target date the
    plan cannot meet."""
    answers = all_answers(builtin, "missing")
    left = [c.id for c in builtin.controls if not c.applies_when.categories][:3]
    for control in left:
        del answers[control]
    doc = assessment_doc(
        report_type="type2",
        answers=answers,
        organization="Status Test Co",
        target_date="2027-03-31",
    )
    return write_assessment(tmp_path / "assessment.yaml", doc), left


def _report_json(path: Path, *extra: str) -> dict[str, Any]:
    result = run("report", str(path), "--format", "json", "--as-of", AS_OF, *extra)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _top_risks_in_markdown(path: Path) -> list[str]:
    text = run("report", str(path), "--as-of", AS_OF).stdout
    table = text.split("### Top risks", 1)[1].split("\n\n", 2)[1]
    return [row.split()[1] for row in table.splitlines()[2:]]


def test_report_on_a_terminal_is_one_screen_summary(tmp_path: Path, builtin: Catalogue) -> None:
    path, left = _draft_type2(tmp_path, builtin)
    data = _report_json(path)
    summary, plan = data["summary"], data["plan"]
    shown = Shown(["report", "assessment.yaml", "--as-of", AS_OF], tmp_path)
    assert shown.exit_code == 0, shown.raw
    # At most 22 lines, none wider than the screen: nothing scrolled off, nothing wrapped.
    assert len(shown.lines) <= 22, shown.lines
    assert all(len(line) <= COLUMNS for line in shown.lines)
    assert shown.screen[: len(shown.lines)] == shown.lines
    assert shown.cursor_row == len(shown.lines)
    lines = shown.lines
    assert lines[0] == f"Status Test Co · SOC 2 Type II readiness · as of {AS_OF}"
    applicable = summary["applicable"]
    assert lines[1] == (f"Draft: {len(left)} of {applicable} applicable controls not yet answered")
    type1, type2 = summary["type1"], summary["type2"]
    assert lines[2] == (
        f"  Type I   {round(type1['readiness'] * 100):3d} %  "
        f"{type1['ready']} of {type1['applicable']} controls ready"
    )
    assert lines[3].startswith(f"  Type II  {round(type2['readiness'] * 100):3d} %  ")
    assert lines[5] == f"Top risks (5 of {summary['gaps_total']} gaps)"
    risks = [line.split()[1] for line in lines[6:11]]
    assert risks == _top_risks_in_markdown(path)
    dates = "\n".join(lines)
    window = plan["type2"]
    assert "  Target report date     2027-03-31\n" in dates
    # The scope plans the window from 2027-03-01; the plan cannot start it before the controls are
    # in place.
    assert (
        f"  Projected window       {window['observation_start']} to "
        f"{window['observation_end']} (planned 2027-03-01)\n"
    ) in dates
    assert re.search(
        rf"  Projected report date  {window['report_date']}  missed by (about )?\d+ \w+\n", dates
    )
    assert lines[-5] == "Deliverables (every format: soc2 report --help)"
    assert lines[-4:] == [
        "  soc2 report assessment.yaml --format html -o report.html",
        "  soc2 report assessment.yaml --format md -o report.md",
        "  soc2 report assessment.yaml --format xlsx -o workbook.xlsx",
        "  soc2 report assessment.yaml --format evidence -o evidence-requests.md",
    ]
    # The banner is on the screen: no second draft warning under it.
    assert "warning" not in shown.raw


def test_each_suggested_command_writes_its_deliverable(tmp_path: Path, builtin: Catalogue) -> None:
    _draft_type2(tmp_path, builtin)
    shown = Shown(["status", "assessment.yaml"], tmp_path)
    commands = [line.split()[2:] for line in shown.lines if line.startswith("  soc2 report ")]
    assert len(commands) == 4
    for args in commands:
        if args[2] == "xlsx":
            pytest.importorskip("openpyxl")
        result = run("report", str(tmp_path / args[0]), *args[1:3], "-o", str(tmp_path / args[4]))
        assert result.exit_code == 0, result.stderr
        assert (tmp_path / args[4]).stat().st_size > 0
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("**Draft:")


def test_long_lines_are_cut_at_the_screen_and_a_long_path_becomes_file(
    tmp_path: Path, builtin: Catalogue
) -> None:
    folder = tmp_path / ("a-rather-long-client-folder-name-" * 2)
    folder.mkdir()
    path, _ = _draft_type2(folder, builtin)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Status Test Co", "Status Test Co " + "Holdings " * 12))
    shown = Shown(["status", str(path), "--as-of", AS_OF], tmp_path)
    assert shown.exit_code == 0
    assert len(shown.lines) <= 22 and all(len(line) <= COLUMNS for line in shown.lines)
    assert shown.lines[0].endswith("…")
    assert shown.lines[-5].startswith("Deliverables (FILE is ")
    assert shown.lines[-4] == "  soc2 report FILE --format html -o report.html"
    # Piped, nothing is cut: the whole name, the same lines otherwise.
    piped = run("status", str(path), "--as-of", AS_OF, env={"COLUMNS": "80"})
    assert piped.stdout.splitlines()[0].startswith("Status Test Co " + "Holdings " * 12)
    assert piped.stdout.splitlines()[-4:] == shown.lines[-4:]
    assert f"(FILE is {path})" in piped.stdout


def test_format_md_or_a_pipe_gives_markdown(tmp_path: Path, builtin: Catalogue) -> None:
    path, _ = _draft_type2(tmp_path, builtin)
    markdown = run("report", str(path), "--as-of", AS_OF).stdout
    assert markdown.startswith("**Draft:") and "\n# SOC 2 readiness report: Status Test Co\n" in (
        markdown
    )
    shown = Shown(["report", "assessment.yaml", "--as-of", AS_OF, "--format", "md"], tmp_path)
    assert shown.exit_code == 0
    # The terminal shows stderr too: the draft warning comes after the report.
    assert shown.lines[-1].startswith("warning: assessment.yaml: draft: 3 of ")
    assert "\n".join(shown.lines[:-1]) + "\n" == markdown


def test_status_piped_is_the_same_summary_as_plain_text(
    tmp_path: Path, builtin: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    _draft_type2(tmp_path, builtin)
    shown = Shown(["status", "assessment.yaml", "--as-of", AS_OF], tmp_path)
    assert "\x1b[" in shown.raw and re.search(r"\x1b\[[0-9;]*3[0-9]", shown.raw)  # coloured
    monkeypatch.chdir(tmp_path)
    piped = run("status", "assessment.yaml", "--as-of", AS_OF)
    assert piped.exit_code == 0 and piped.stderr == ""
    assert "\x1b" not in piped.stdout
    # The same lines; the terminal cuts the long ones at its width, a pipe keeps them whole.
    plain = piped.stdout.splitlines()
    assert len(plain) == len(shown.lines)
    for whole, seen in zip(plain, shown.lines, strict=True):
        cut = seen.endswith("…") and len(seen) == COLUMNS and whole.startswith(seen[:-1])
        assert whole == seen or cut, (whole, seen)
    assert any(seen.endswith("…") for seen in shown.lines)
    no_colour = Shown(["status", "assessment.yaml", "--as-of", AS_OF], tmp_path, {"NO_COLOR": "1"})
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]", no_colour.raw)
    assert no_colour.lines == shown.lines


def test_user_text_is_shown_literally(tmp_path: Path, builtin: Catalogue) -> None:
    path, _ = _draft_type2(tmp_path, builtin)
    hostile = "[bold red]Evil[/] \x1b]0;owned\x07 \u202eCo"
    text = path.read_text(encoding="utf-8").replace("Status Test Co", json.dumps(hostile))
    path.write_text(text, encoding="utf-8")
    shown = Shown(["status", "assessment.yaml", "--as-of", AS_OF], tmp_path)
    assert shown.exit_code == 0, shown.raw
    assert shown.lines[0].startswith("[bold red]Evil[/] ]0;owned \\u202eCo · SOC 2")
    assert "\x07" not in shown.raw and "\x1b]" not in shown.raw


def test_status_honours_the_catalogue_and_fits_a_finished_type1(
    tmp_path: Path, builtin: Catalogue
) -> None:
    write_tree(
        tmp_path / "overlay",
        {
            "extra.yaml": OVERLAY_CONTROL.format(
                id="AC-99", title="Extra control", criterion="CC6.1"
            )
        },
    )
    answers = all_answers(builtin, "documented")  # schema 1: implemented and documented
    doc = assessment_doc(answers=answers, organization="Done Co", target_date="2030-01-31")
    write_assessment(tmp_path / "done.yaml", doc)
    plain = run("status", str(tmp_path / "done.yaml"), "--as-of", AS_OF)
    assert plain.exit_code == 0, plain.stderr
    assert "Draft:" not in plain.stdout
    assert "Top risks: no gaps\n" in plain.stdout
    assert re.search(r"Projected report date  \S+  on track, .* to spare\n", plain.stdout)
    assert "  Controls designed      " in plain.stdout
    overlay = run(
        "status",
        str(tmp_path / "done.yaml"),
        "--as-of",
        AS_OF,
        "--catalogue",
        str(tmp_path / "overlay"),
    )
    assert overlay.exit_code == 0, overlay.stderr
    assert overlay.stdout.splitlines()[1] == (
        "Draft: 1 of "
        f"{_report_json(tmp_path / 'done.yaml', '--catalogue', str(tmp_path / 'overlay'))['summary']['applicable']}"
        " applicable controls not yet answered"
    )


def test_status_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run("status", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'nope.yaml'}: assessment file not found\n"


def test_status_beside_a_running_interview(tmp_path: Path, builtin: Catalogue) -> None:
    from test_interview_screen import PEOPLE, Screen, _assessment, _controls

    path = _assessment(tmp_path / "client.yaml")
    second = _controls(builtin, path)[1]
    before = run("status", str(path), "--as-of", AS_OF)
    assert before.exit_code == 0, before.stderr
    draft = re.match(r"Draft: (\d+) of (\d+) ", before.stdout.splitlines()[1])
    assert draft is not None
    screen = Screen(["assess", "client.yaml", *PEOPLE], tmp_path)
    try:
        screen.wait_for("Status press 1-6")
        screen.send("2")
        screen.wait_for("Notes (optional)")
        screen.send("\r")
        if second.documentation.value == "required":
            screen.wait_for("written down")
            screen.send("n")
        screen.wait_for("Owner")
        screen.send("\r")
        screen.wait_for("question 3 of")
        # The interview waits at its next question; the status sees the answer just saved.
        during = run("status", str(path), "--as-of", AS_OF)
        assert during.exit_code == 0, during.stderr
        assert during.stdout.splitlines()[1] == (
            f"Draft: {int(draft[1]) - 1} of {draft[2]} applicable controls not yet answered"
        )
        screen.send("q")
        assert screen.finish() == 0
    finally:
        screen.child.terminate(force=True)


def test_a_planned_window_the_plan_cannot_keep_shows_both_dates(
    tmp_path: Path, builtin: Catalogue
) -> None:
    """The scope plans the window from March, the plan can only start it later: the screen shows
    the projected window and the planned start, never the planned one as if it would hold."""
    answers = all_answers(builtin, "missing")
    doc = assessment_doc(
        report_type="type2",
        answers=answers,
        observation_period={"start": "2027-01-01", "end": "2027-06-30"},
    )
    path = write_assessment(tmp_path / "assessment.yaml", doc)
    window = _report_json(path)["plan"]["type2"]
    assert window["observation_start"] > "2027-01-01"
    text = run("status", str(path), "--as-of", AS_OF).stdout
    assert (
        f"  Projected window       {window['observation_start']} to "
        f"{window['observation_end']} (planned 2027-01-01)\n"
    ) in text
    assert "Observation window" not in text
