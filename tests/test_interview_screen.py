"""The interview at 80x24, end to end: the installed `soc2` in a pseudo-terminal, its output fed
to a terminal emulator (pyte), and what is on the screen asserted, as a person would see it."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pexpect
import pytest
import yaml

from soc2cli.assessment import load_assessment, save_assessment
from soc2cli.catalogue import Catalogue, Control
from soc2cli.labels import SERVICE_TYPE, SUBSERVICE_METHOD_CHOICE

pyte = pytest.importorskip("pyte")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

SOC2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")
ROWS, COLUMNS = 24, 80
ALL_CATEGORIES = ["security", "availability", "confidentiality", "processing_integrity", "privacy"]
# Who takes part, given as an option: tests of other things are not asked for it.
PEOPLE = ["--interviewer", "Tester"]


class Screen:
    """The installed soc2 in a 24x80 pseudo-terminal, and the screen a person would see."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        assert SOC2 is not None, "the soc2 entry point is not installed"
        # No terminal answers cursor-position requests here; without this each prompt waits 1 s.
        environment = dict(
            os.environ,
            TERM="xterm",
            COLUMNS=str(COLUMNS),
            LINES=str(ROWS),
            PROMPT_TOOLKIT_NO_CPR="1",
        )
        environment.update(env or {})
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.Stream(self.screen)
        self.child = pexpect.spawn(
            SOC2,
            args,
            cwd=str(cwd),
            env=environment,
            dimensions=(ROWS, COLUMNS),
            encoding="utf-8",
            timeout=20,
        )

    def _pump(self) -> bool:
        """Feed what the program wrote so far to the emulator; False once it has ended."""
        try:
            self.stream.feed(self.child.read_nonblocking(65536, timeout=0.05))
        except pexpect.TIMEOUT:
            pass
        except pexpect.EOF:
            return False
        return True

    @property
    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, wanted: str, timeout: float = 20) -> None:
        """Until ``wanted`` is on the screen (words may not be split by a line end)."""
        deadline = time.monotonic() + timeout
        while wanted not in self.text:
            if not self._pump() and wanted not in self.text:
                raise AssertionError(f"soc2 ended without showing {wanted!r}:\n{self.text}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{wanted!r} not on the screen:\n{self.text}")

    def settle(self, seconds: float = 0.6) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self._pump():
            pass

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def finish(self) -> int:
        """Wait for the program to end; its exit status."""
        deadline = time.monotonic() + 20
        while self._pump():
            assert time.monotonic() < deadline, f"soc2 did not end:\n{self.text}"
        self.child.close()
        return int(self.child.exitstatus if self.child.exitstatus is not None else -1)


def flowing(text: str) -> str:
    """Text with its line breaks and runs of spaces made single spaces: a word cut by a line
    end ("recovery time" / "s?") does not survive this, so comparing flowing text checks that
    every line was broken between words."""
    return " ".join(text.split())


def _assessment(path: Path, answers: dict[str, Any] | None = None, **scope: Any) -> Path:
    doc = {
        "schema_version": 2,
        "scope": {
            "organization": "Wide Scope Ltd",
            "report_type": "type1",
            "categories": ALL_CATEGORIES,
            "hosting": "cloud",
            "subservice_organizations": ["AWS"],
            "systems": [{"name": "API"}],
            "data_types": ["customer_data", "personal_data"],
            **scope,
        },
        "answers": answers or {"GOV-01": {"status": "implemented", "documented": True}},
    }
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def _controls(catalogue: Catalogue, path: Path) -> list[Control]:
    from soc2cli.interview import Interview

    interview = Interview(catalogue, path, prompter=None)  # type: ignore[arg-type]
    interview.assessment = load_assessment(path)
    return [c for s in interview.sections(interview.assessment.scope) for c in s.controls]


def test_the_question_stays_on_screen_with_its_guidance(tmp_path: Path, builtin: Catalogue) -> None:
    path = _assessment(tmp_path / "client.yaml")
    every = _controls(builtin, path)
    second = every[1]
    screen = Screen(["assess", "client.yaml", *PEOPLE], tmp_path)
    screen.wait_for("Status")
    shown = flowing(screen.text)
    assert f"question 2 of {len(every)} · 1 answered, {len(every) - 1} to go (about" in shown
    assert flowing(f"{second.id} {second.title} {second.question}") in shown
    assert "Status press 1-6 · ? guidance · s skip · b back · j jump · q save and quit" in shown

    screen.send("?")
    screen.wait_for("What an auditor asks to see")
    screen.settle()
    lines, shown = screen.lines, flowing(screen.text)
    # The question, every status and the guidance's headings are on the one screen.
    assert flowing(f"{second.id} {second.title} {second.question}") in shown
    for number, title in enumerate(
        ["Missing", "Partial", "Implemented", "Operating", "Not applicable", "Don't know"], 1
    ):
        assert f"{number}) {title}" in screen.text
    assert f"Guidance for {second.id}" in screen.text
    assert "What good looks like:" in screen.text
    assert f"All of it: soc2 catalogue show {second.id}" in screen.text
    # Guidance shortened to fit is cut between words and says so.
    good = flowing(second.guidance.good)
    shown_good = shown.split("What good looks like: ", 1)[1].split(" What an auditor", 1)[0]
    assert good.startswith(shown_good.removesuffix(" …"))
    assert lines[-1].strip().startswith("6) Don't know")  # the list ends on the last row
    screen.child.terminate(force=True)


def test_a_number_key_chooses_and_the_answer_is_saved(tmp_path: Path, builtin: Catalogue) -> None:
    path = _assessment(tmp_path / "client.yaml")
    second = _controls(builtin, path)[1]
    screen = Screen(["assess", "client.yaml", *PEOPLE], tmp_path)
    screen.wait_for("Status press 1-6")
    screen.send("2")  # no Enter
    screen.wait_for("Notes (optional)")
    assert "Status Partial: partly or informally in place" in screen.text
    screen.send("Half of it\r")
    if second.documentation.value == "required":
        screen.wait_for("written down")
        screen.send("n")
    screen.wait_for("Owner")
    screen.send("\r")
    screen.wait_for("question 3 of")
    screen.send("q")
    assert screen.finish() == 0
    answer = load_assessment(path).answers[second.id]
    assert (answer.status.value, answer.notes, answer.owner) == (
        "partial",
        "Half of it",
        second.owner,
    )


def test_the_section_menu_fits_scrolls_and_escape_cancels(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _assessment(tmp_path / "client.yaml")
    every = _controls(builtin, path)
    from soc2cli.interview import Interview

    interview = Interview(builtin, path, prompter=None)  # type: ignore[arg-type]
    interview.assessment = load_assessment(path)
    sections = interview.sections(interview.assessment.scope)
    assert len(sections) + 3 > ROWS  # the menu is taller than the screen: it must scroll
    screen = Screen(["assess", "client.yaml", *PEOPLE], tmp_path)
    screen.wait_for("Status press 1-6")
    screen.send("j")
    screen.wait_for("Jump to which section?")
    screen.settle()
    first = sections[0]
    assert f"» {first.title}  1/{len(first.controls)}" in screen.text
    assert "↑↓ and Enter, or type to filter · Esc cancel" in screen.text
    screen.send("\x1b[A")  # up from the first: to the last section, scrolled into view
    last = sections[-1]
    screen.wait_for(f"» {last.title}  0/{len(last.controls)}")
    assert "? Jump to which section?" in screen.text  # the question did not scroll away
    screen.send("\x1b")  # Escape: back to the same question, nothing answered
    screen.wait_for("Status press 1-6")
    screen.settle(1.0)
    assert "Jump to which section?" not in screen.text
    assert flowing(f"{every[1].id} {every[1].title}") in flowing(screen.text)
    screen.send("j")
    screen.wait_for("Jump to which section?")
    screen.send("Access")  # typing filters the list
    screen.wait_for("» Access control and identity")
    screen.send("\r")
    access = next(c for c in every if c.domain == "access_control")
    screen.wait_for(f"{access.id} ")
    number = every.index(access) + 1
    assert f"question {number} of {len(every)} · 1 answered" in flowing(screen.text)
    screen.send("q")
    assert screen.finish() == 0


@pytest.mark.parametrize("key", ["c", "d"])
def test_ctrl_c_or_ctrl_d_in_a_note_keeps_the_status_and_the_note(
    tmp_path: Path, builtin: Catalogue, key: str
) -> None:
    name = "a-rather-long-client-name-for-the-2027-readiness-assessment.yaml"
    path = _assessment(tmp_path / name)
    second = _controls(builtin, path)[1]
    screen = Screen(["assess", name, *PEOPLE], tmp_path)
    screen.wait_for("Status press 1-6")
    screen.send("4")
    screen.wait_for("Notes (optional)")
    screen.send("Board pack every quarter")
    screen.settle(0.3)
    screen.child.sendcontrol(key)
    screen.wait_for("Resume with:")
    assert screen.finish() == 130
    # Too long for one line with "Resume with:", the command gets a line of its own, whole.
    at = screen.lines.index("Resume with:")
    assert screen.lines[at + 1] == f"  soc2 assess {name}"
    assert screen.lines[at - 2 : at] == [
        "interrupted; everything answered is saved in",
        f"{name}.",
    ]
    answer = load_assessment(path).answers[second.id]
    assert (answer.status.value, answer.notes) == ("operating", "Board pack every quarter")


def test_ctrl_d_at_a_question_stops_like_ctrl_c(tmp_path: Path) -> None:
    path = _assessment(tmp_path / "client.yaml")
    before = path.read_bytes()
    screen = Screen(["assess", "client.yaml", *PEOPLE], tmp_path)
    screen.wait_for("Status press 1-6")
    screen.child.sendcontrol("d")
    screen.wait_for("Resume with: soc2 assess client.yaml")
    assert screen.finish() == 130
    assert path.read_bytes() == before


def test_an_old_note_is_edited_in_place_and_may_have_several_lines(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _assessment(
        tmp_path / "client.yaml",
        answers={"GOV-01": {"status": "partial", "documented": False, "notes": "Board pack"}},
    )
    screen = Screen(["assess", "client.yaml", "--review", *PEOPLE], tmp_path)
    screen.wait_for("Status press 1-6")
    assert "Partial: partly or informally in place (saved)" in screen.text
    screen.send("\r")
    screen.wait_for("Notes (optional)")
    screen.wait_for("Board pack")  # the old note, pre-filled: typing edits it
    screen.send(" twice a year")
    screen.send("\x1b\r")  # Alt-Enter: a new line
    screen.send("Minutes kept by the CFO\r")
    control = builtin.control("GOV-01")
    assert control is not None
    if control.documentation.value == "required":
        screen.wait_for("written down")
        screen.send("n")
    screen.wait_for("Owner")
    screen.send("\r")
    assert screen.finish() == 0
    assert load_assessment(path).answers["GOV-01"].notes == (
        "Board pack twice a year\nMinutes kept by the CFO"
    )


def test_ctrl_x_ctrl_e_edits_the_note_in_the_editor(tmp_path: Path) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nprintf 'Written in the editor\\nsecond line' > \"$1\"\n")
    editor.chmod(0o755)
    path = _assessment(tmp_path / "client.yaml")
    screen = Screen(
        ["assess", "client.yaml", *PEOPLE], tmp_path, env={"EDITOR": str(editor), "VISUAL": ""}
    )
    screen.wait_for("Status press 1-6")
    screen.send("1")
    screen.wait_for("Notes (optional)")
    screen.send("\x18\x05")  # Ctrl-X Ctrl-E; saving in the editor submits the note
    screen.wait_for("Written in the editor")
    screen.wait_for("Owner")
    screen.send("\r")
    screen.wait_for("question 3 of")
    screen.send("q")
    assert screen.finish() == 0
    notes = [a.notes for a in load_assessment(path).answers.values() if a.notes]
    assert notes == ["Written in the editor\nsecond line"]


def test_review_with_only_enter_leaves_the_file_byte_identical(
    tmp_path: Path, builtin: Catalogue
) -> None:
    from soc2cli.assessment import parse_assessment

    source = _assessment(
        tmp_path / "source.yaml",
        answers={
            "GOV-01": {
                "status": "implemented",
                "documented": True,
                "owner": "CEO",
                "notes": "Board pack\nMinutes kept",
                "answered_at": "2026-11-02T10:00:00Z",
            },
            "GOV-02": {
                "status": "partial",
                "documented": False,
                "answered_at": "2026-11-02T10:05:00Z",
            },
            "GOV-03": {"status": "not_applicable", "notes": "No board: two founders"},
            "AC-01": {
                "status": "operating",
                "documented": False,
                "owner": "CTO",
                "notes": "Okta SSO: all staff",
                "answered_at": "2026-11-02T10:09:00Z",
            },
        },
    )
    path = tmp_path / "client.yaml"
    save_assessment(parse_assessment(source.read_text(), str(source)), path, builtin)
    before = path.read_bytes()
    screen = Screen(["assess", "client.yaml", "--review"], tmp_path)
    prompts = [
        "Status press",
        "Notes (optional)",
        "Why does it not apply?",
        "written down",
        "Owner",
        "Next: soc2 report",
    ]
    seen = 0
    while "Next: soc2 report" not in screen.text:
        screen.settle(0.4)
        screen.send("\r")
        seen += 1
        assert seen < 40, screen.text
    assert screen.finish() == 0
    assert any(p in screen.text for p in prompts)
    assert path.read_bytes() == before


def test_a_name_like_an_existing_file_is_confirmed_first(tmp_path: Path) -> None:
    _assessment(tmp_path / "client.yaml")
    screen = Screen(["assess", "clinet.yaml"], tmp_path)
    screen.wait_for("There is no clinet.yaml, but there is client.yaml. Which one?")
    screen.send("\x1b")
    screen.wait_for("Nothing created; clinet.yaml does not exist.")
    assert screen.finish() == 0
    assert not (tmp_path / "clinet.yaml").exists()

    again = Screen(["assess", "clinet.yaml", *PEOPLE], tmp_path)
    again.wait_for("1) Open client.yaml")
    again.send("1")
    again.wait_for("Resuming client.yaml for Wide Scope Ltd")
    again.wait_for("Status press 1-6")
    again.send("q")
    assert again.finish() == 0
    assert not (tmp_path / "clinet.yaml").exists()


def test_interrupted_scoping_keeps_only_what_was_chosen(tmp_path: Path) -> None:
    screen = Screen(["assess", "new.yaml"], tmp_path)
    screen.wait_for("Organisation name")
    screen.send("Fresh Start Ltd\r")
    screen.wait_for("Name of a system in scope")
    screen.send("Billing API\r")
    screen.wait_for("Short description of Billing API")
    screen.child.sendcontrol("c")
    screen.wait_for("Resume with: soc2 assess new.yaml")
    assert screen.finish() == 130
    text = (tmp_path / "new.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=schemas/assessment.schema.json"
    scope = yaml.safe_load(text)["scope"]
    # The name typed is kept; defaults never chosen (report type, hosting) are not written.
    assert scope["organization"] == "Fresh Start Ltd"
    assert [s["name"] for s in scope["systems"]] == ["Billing API"]
    assert "report_type" not in scope and "hosting" not in scope
    assert load_assessment(tmp_path / "new.yaml").scope.organization == "Fresh Start Ltd"


def test_scoping_prompts_and_choices_wrap_between_words(tmp_path: Path, builtin: Catalogue) -> None:
    screen = Screen(["assess", "new.yaml"], tmp_path)
    screen.wait_for("Organisation name")
    screen.send("Narrow Screen Ltd\r")
    screen.wait_for("Name of a system in scope")
    screen.send("API\r")
    screen.wait_for("Short description of API")
    screen.send("Public API\r")
    screen.wait_for("leave empty when done")
    screen.send("\r")
    screen.wait_for("Where does production run?")
    screen.send("2")  # Hybrid, by its number
    screen.wait_for("subservice")
    shown = flowing(screen.text)
    assert "Hybrid: cloud plus servers of our own or in a colocation rack" in shown
    assert (
        "Cloud or colocation providers, comma-separated (they become subservice organisations)"
        in shown
    )
    screen.send("AWS, Equinix\r")
    screen.wait_for("What does AWS provide to the system?")
    screen.settle()
    shown = flowing(screen.text)
    for title in SERVICE_TYPE.values():
        assert title in shown
    assert all(len(line) <= COLUMNS for line in screen.lines)
    screen.send(" \r")  # the first service: infrastructure
    screen.wait_for("How should the report present AWS?")
    screen.settle()
    shown = flowing(screen.text)
    for title in SUBSERVICE_METHOD_CHOICE.values():
        assert title in shown
    screen.send("\r")  # carve-out, the default
    screen.wait_for("What does Equinix provide to the system?")
    screen.send("\x1b[B" * 4 + " \r")  # the fifth: colocation
    screen.wait_for("How should the report present Equinix?")
    screen.send("\r")
    screen.wait_for("Which kinds of data does the system handle?")
    screen.settle()
    shown = flowing(screen.text)
    for data_type in builtin.data_types:
        assert flowing(f"{data_type.title}: {data_type.description}") in shown
    assert all(len(line) <= COLUMNS for line in screen.lines)
    screen.child.sendcontrol("c")
    assert screen.finish() == 130
    scope = yaml.safe_load((tmp_path / "new.yaml").read_text(encoding="utf-8"))["scope"]
    assert scope["hosting"] == "hybrid"
    assert scope["subservice_organizations"] == [
        {"name": "AWS", "services": ["iaas"], "method": "carve_out"},
        {"name": "Equinix", "services": ["colocation"], "method": "carve_out"},
    ]
    assert "report_type" not in scope  # not asked yet
