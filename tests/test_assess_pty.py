"""End to end in a pseudo-terminal: scoping, answers, kill -9, resume with nothing lost."""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

import pexpect
import pytest

from soc2cli.assessment import load_assessment
from soc2cli.catalogue import load_catalogue
from soc2cli.interview import Interview

SOC2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")
TIMEOUT = 20


def _spawn(args: list[str], cwd: Path) -> pexpect.spawn:
    assert SOC2 is not None, "the soc2 entry point is not installed"
    # No terminal answers cursor-position requests here; without this each prompt waits 1 s for one.
    env = dict(os.environ, TERM="xterm", COLUMNS="120", LINES="40", PROMPT_TOOLKIT_NO_CPR="1")
    return pexpect.spawn(
        SOC2, args, cwd=str(cwd), env=env, dimensions=(40, 120), timeout=TIMEOUT, encoding="utf-8"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_scoping_answers_kill_and_resume(tmp_path: Path) -> None:
    child = _spawn(["assess", "client.yaml"], tmp_path)
    child.expect("Organisation name")
    child.sendline("Pty Test Co")
    child.expect("Name of a system in scope")
    child.sendline("Pty API")
    child.expect("Short description of Pty API")
    child.sendline("Public REST API")
    child.expect("leave empty when done")
    child.sendline("")
    child.expect("Where does production run")
    child.send("\r")
    child.expect("comma-separated")
    child.sendline("AWS")
    child.expect("What does AWS provide to the system")
    child.send(" ")  # ticks the first service, infrastructure
    child.send("\r")
    child.expect("How should the report present AWS")
    child.send("\r")  # carve-out, the default
    child.expect("kinds of data")
    child.send("\r")
    for question in ("uptime", "confidential information", "calculations", "personal information"):
        child.expect(question)
        child.send("n")
    child.expect("Categories to include besides Security")
    child.send("\r")
    child.expect("first SOC 2 audit")
    child.send("y")
    child.expect("Report type")
    child.send("\r")
    child.expect("Target report date")
    child.sendline("")
    child.expect("Person-days a week for remediation")
    child.sendline("\x152")  # Ctrl-U clears the pre-filled 5
    child.expect("Add a person")
    child.sendline("")  # no people listed
    child.expect("Who is interviewing")
    child.sendline("Jo Consultant")
    child.expect("Who attends")
    child.sendline("CTO, Head of People")

    child.expect(r"question 1 of (\d+)")
    total = int(child.match.group(1))
    child.expect("Status")
    child.send("3")  # a number key chooses at once
    child.expect("Notes")
    child.sendline("Board pack twice a year")
    if child.expect(["written down", "Owner"]) == 0:
        child.send("y")
        child.expect("Owner")
    child.send("\r")  # the catalogue's suggestion
    child.expect("question 2 of")
    child.expect("Status")
    child.send("1")
    child.expect("Notes")
    child.sendline("")
    child.expect("Owner")
    child.expect(r"(\d)\) Someone else")
    child.send(child.match.group(1))
    child.expect(r"Owner \(a name or role\)")
    child.sendline("CTO")
    child.expect("question 3 of")
    child.expect("Status")
    child.kill(signal.SIGKILL)
    child.close()

    path = tmp_path / "client.yaml"
    saved = load_assessment(path)
    assert saved.scope.organization == "Pty Test Co"
    [provider] = saved.scope.subservice_organizations
    assert (provider.name, provider.services, provider.method.value) == (
        "AWS",
        ["iaas"],
        "carve_out",
    )
    assert len(saved.answers) == 2
    catalogue = load_catalogue().catalogue
    interview = Interview(catalogue, path, prompter=None)  # type: ignore[arg-type]
    interview.assessment = saved
    asked = interview.questions(saved.scope, only_unanswered=False)
    assert saved.scope.capacity_days_per_week == 2.0
    assert saved.answers[asked[0].id].status.value == "implemented"
    assert saved.answers[asked[0].id].documented is (asked[0].documentation.value == "required")
    assert saved.answers[asked[0].id].notes == "Board pack twice a year"
    assert saved.answers[asked[1].id].status.value == "missing"
    assert saved.answers[asked[1].id].owner == "CTO"
    [record] = saved.interviews
    assert (record.interviewer, record.attendees) == ("Jo Consultant", ["CTO", "Head of People"])
    assert record.sections == [asked[0].domain]
    before = path.read_bytes()

    resumed = _spawn(["assess", "client.yaml"], tmp_path)
    resumed.expect("Resuming client.yaml for Pty Test Co")
    resumed.expect("Who is interviewing")
    resumed.expect("Jo Consultant")  # the last session's people are the defaults
    resumed.send("\r")
    resumed.expect("Who attends")
    resumed.send("\r")
    resumed.expect(f"question 3 of {total}")  # numbered in the whole file, as before
    resumed.expect(asked[2].id)
    resumed.expect("Status")
    resumed.sendcontrol("c")
    resumed.expect("Resume with: soc2 assess client.yaml")
    resumed.expect(pexpect.EOF)
    resumed.close()
    assert resumed.exitstatus == 130
    assert path.read_bytes() == before


def test_scoping_interrupted_is_offered_again_with_defaults(tmp_path: Path) -> None:
    child = _spawn(["assess", "client.yaml"], tmp_path)
    child.expect("Organisation name")
    child.sendline("Half Scoped Ltd")
    child.expect("Name of a system in scope")
    child.kill(signal.SIGKILL)
    child.close()
    assert load_assessment(tmp_path / "client.yaml").scope.organization == "Half Scoped Ltd"

    again = _spawn(["assess", "client.yaml"], tmp_path)
    again.expect("No answers yet")
    again.send("y")
    again.expect("Organisation name")
    again.expect("Half Scoped Ltd")  # pre-filled, editable
    again.sendline("")  # Enter keeps the saved value
    again.expect("Name of a system in scope")
    again.sendcontrol("c")
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 130
    assert load_assessment(tmp_path / "client.yaml").scope.organization == "Half Scoped Ltd"
