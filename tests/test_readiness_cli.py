"""The readiness model through the installed `soc2` command, one test per finding of the review.

Each test runs the real entry point in a child process from another directory, as a user would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from conftest import GIT_ENV, git

from soc2cli.catalogue import Catalogue

SOC2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")
BEFORE_WINDOW = "1798761600"  # 2027-01-01
IN_WINDOW = "1811808000"  # 2027-06-01


def soc2(*args: str, cwd: Path, epoch: str = BEFORE_WINDOW) -> subprocess.CompletedProcess[str]:
    assert SOC2 is not None, "the soc2 entry point is not installed"
    env = {**os.environ, **GIT_ENV, "SOURCE_DATE_EPOCH": epoch, "NO_COLOR": "1"}
    return subprocess.run(
        [SOC2, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def _doc(answers: dict[str, Any], **scope: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"organization": "Review Co", "report_type": "type1"}
    return {"schema_version": 2, "scope": {**base, **scope}, "answers": answers}


def _all(catalogue: Catalogue, status: str, documented: bool = True) -> dict[str, Any]:
    return {c.id: {"status": status, "documented": documented} for c in catalogue.controls}


def _json(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode in (0, 1), result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_enforced_setting_needs_no_document(tmp_path: Path, builtin: Catalogue) -> None:
    """Finding 1: a WAF in blocking mode with no written standard is designed and in place."""
    answers = _all(builtin, "operating", documented=False)
    file = _write(tmp_path / "a.yaml", _doc(answers))
    data = _json(soc2("report", str(file), "--format", "json", cwd=tmp_path))
    controls = {c["id"]: c for c in data["controls"] if c["applicable"]}
    gaps = {g["control"]: g for g in data["gaps"]}
    for control in builtin.controls:
        if control.id not in controls:
            continue
        if control.documentation.value == "optional":
            assert controls[control.id]["type1_ready"] and control.id not in gaps
        else:
            assert gaps[control.id]["kind"] == "undocumented"


def test_not_applicable_never_excludes_a_common_criterion(
    tmp_path: Path, builtin: Catalogue
) -> None:
    """Finding 2: "we are small" on every control behind CC3.3 and CC3.4."""
    answers = _all(builtin, "operating")
    for criterion in ("CC3.3", "CC3.4"):
        for control in builtin.controls_by_criterion[criterion]:
            answers[control.id] = {"status": "not_applicable", "notes": "we are small"}
    file = _write(tmp_path / "a.yaml", _doc(answers))
    result = soc2("report", str(file), "--format", "json", cwd=tmp_path)
    data = _json(result)
    criteria = {c["id"]: c for c in data["criteria"]}
    for criterion in ("CC3.3", "CC3.4"):
        assert criteria[criterion]["status"] == "gap"
        gap = next(g for g in data["gaps"] if g["control"] == criterion)
        assert gap["kind"] == "uncovered" and gap["criteria"] == [criterion]
        assert f"{criterion} is in scope but no applicable control supports it" in result.stderr
    md = soc2("report", str(file), cwd=tmp_path).stdout
    assert (
        "CC3.3" in md.split("## Criteria")[1]
        and "excluded" not in md.split("### Security")[1].split("###")[0]
    )


def test_criteria_show_partial_coverage(tmp_path: Path, builtin: Catalogue) -> None:
    """Finding 3: one control short of CC6.1 is "partial, 25 of 26", not a wall of red."""
    answers = _all(builtin, "operating")
    key = next(c for c in builtin.controls_by_criterion["CC6.1"] if "CC6.1" in c.key_for)
    answers[key.id] = {"status": "partial", "documented": False}
    file = _write(tmp_path / "a.yaml", _doc(answers))
    data = _json(soc2("report", str(file), "--format", "json", cwd=tmp_path))
    cc61 = next(c for c in data["criteria"] if c["id"] == "CC6.1")
    total = cc61["coverage"]["total"]
    assert cc61["status"] == "partial" and cc61["coverage"] == {"ready": total - 1, "total": total}
    md = soc2("report", str(file), cwd=tmp_path).stdout
    assert f"| Partial | {total - 1} of {total} |" in md
    html = soc2("report", str(file), "--format", "html", cwd=tmp_path).stdout
    assert f"{total - 1} of {total}" in html
    xlsx = tmp_path / "r.xlsx"
    assert (
        soc2("report", str(file), "--format", "xlsx", "-o", str(xlsx), cwd=tmp_path).returncode == 0
    )
    sheet = openpyxl.load_workbook(xlsx)["Criteria"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "CC6.1")
    assert row[4] == "Partial" and row[5] == f"{total - 1} of {total}"
    junit = soc2("report", str(file), "--format", "junit", cwd=tmp_path).stdout
    assert f'message="partial, {total - 1} of {total} controls ready' in junit


def test_a_draft_says_so_first_and_never_invents_risks(tmp_path: Path, builtin: Catalogue) -> None:
    """Finding 4: 3 answers of many is a draft, on the first line of every format."""
    first = [c.id for c in builtin.controls[:3]]
    answers = {cid: {"status": "missing", "documented": False} for cid in first}
    file = _write(tmp_path / "a.yaml", _doc(answers))
    data = _json(soc2("report", str(file), "--format", "json", cwd=tmp_path))
    summary = data["summary"]
    missing = summary["applicable"] - summary["answered"]
    banner = f"Draft: {missing} of {summary['applicable']} applicable controls not yet answered"
    assert summary["draft"] is True and len(data["unanswered"]) == missing
    assert {g["control"] for g in data["gaps"]} == set(first)
    assert data["follow_ups"] == []
    md = soc2("report", str(file), cwd=tmp_path)
    assert md.stdout.splitlines()[0].startswith(f"**{banner}.**")
    assert f"warning: {file}: draft: {missing} of" in md.stderr
    assert "answered: unknown" not in md.stdout and "not yet answered" in md.stdout.lower()
    html = soc2("report", str(file), "--format", "html", cwd=tmp_path).stdout
    body = html.split("<main>")[1].lstrip()
    assert body.startswith('<p class="draft" id="draft-banner">' + banner)
    summary_md = soc2("report", str(file), "--format", "summary", cwd=tmp_path).stdout
    assert summary_md.startswith(f"**{banner}.**")
    junit = soc2("report", str(file), "--format", "junit", cwd=tmp_path).stdout
    assert junit.splitlines()[1] == f"<!-- {banner} -->"
    complete = soc2("report", str(file), "--require-complete", cwd=tmp_path)
    assert complete.returncode == 1
    assert f"{file} is a draft: {missing} applicable controls are unanswered" in complete.stderr
    done = _write(tmp_path / "done.yaml", _doc(_all(builtin, "missing", False)))
    finished = soc2("report", str(done), "--require-complete", cwd=tmp_path)
    assert finished.returncode == 0 and "Draft:" not in finished.stdout


def test_first_evidence_is_no_regression_and_future_dates_are_refused(
    tmp_path: Path, builtin: Catalogue
) -> None:
    """Finding 5: `soc2 evidence add` then `soc2 diff` must not cry REGRESSION."""
    repo = tmp_path / "repo"
    repo.mkdir()
    period = {"start": "2027-02-01", "end": "2027-07-31"}
    _write(
        repo / "assessment.yaml",
        _doc(_all(builtin, "operating"), report_type="type2", observation_period=period),
    )
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "start")
    control = builtin.controls[0].id
    future = soc2(
        "evidence", "add", "assessment.yaml", control, "--date", "2027-06-15",
        "--title", "Review", cwd=repo, epoch=IN_WINDOW,
    )  # fmt: skip
    assert future.returncode == 2
    assert "2027-06-15 is after today (2027-06-01)" in future.stderr
    added = soc2(
        "evidence", "add", "assessment.yaml", control, "--date", "2027-03-10",
        "--title", "Review", cwd=repo, epoch=IN_WINDOW,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    diff = soc2("diff", "main:assessment.yaml", "assessment.yaml", cwd=repo, epoch=IN_WINDOW)
    assert diff.returncode == 0, diff.stdout
    assert "REGRESSION" not in diff.stdout
    planned = soc2(
        "evidence", "add", "assessment.yaml", control, "--date", "2027-06-15",
        "--title", "Next review", "--planned", cwd=repo, epoch=IN_WINDOW,
    )  # fmt: skip
    assert planned.returncode == 0, planned.stderr
    saved = yaml.safe_load((repo / "assessment.yaml").read_text(encoding="utf-8"))
    assert saved["evidence"][control][-1]["planned"] is True


def test_type2_before_the_window_is_ready_to_start_it(tmp_path: Path, builtin: Catalogue) -> None:
    """Finding 6: designed controls are ready to start the window; no phantom evidence phase."""
    period = {"start": "2027-03-01", "end": "2027-08-31"}
    answers = _all(builtin, "implemented")
    answers[builtin.controls[0].id] = {"status": "missing", "documented": False}
    file = _write(
        tmp_path / "a.yaml", _doc(answers, report_type="type2", observation_period=period)
    )
    data = _json(soc2("report", str(file), "--format", "json", cwd=tmp_path))
    assert data["summary"]["type2_window_started"] is False
    assert data["summary"]["type2"]["readiness"] == data["summary"]["type1"]["readiness"] < 1
    assert [p["id"] for p in data["plan"]["phases"]] == ["technical"] or all(
        p["id"] != "operational" for p in data["plan"]["phases"]
    )
    assert not any("expect exceptions" in w for w in data["plan"]["warnings"])
    assert data["plan"]["capacity_days_per_week"] == 5
    md = soc2("report", str(file), cwd=tmp_path).stdout
    assert "Type II (ready to start the observation window)" in md
    assert "default of about one person" in md
    during = _json(soc2("report", str(file), "--format", "json", cwd=tmp_path, epoch=IN_WINDOW))
    assert during["summary"]["type2_window_started"] is True
    assert during["summary"]["type2"]["readiness"] == 0
    assert {g["kind"] for g in during["gaps"]} >= {"no_evidence"}


def test_headline_figure_and_label_agree(tmp_path: Path, builtin: Catalogue) -> None:
    """Finding 7: "37 %" must be labelled as weighted, next to the plain count."""
    answers = _all(builtin, "missing", False)
    critical = [c.id for c in builtin.controls if c.priority.value == "critical"]
    for control_id in critical:
        answers[control_id] = {"status": "operating", "documented": True}
    file = _write(tmp_path / "a.yaml", _doc(answers))
    data = _json(soc2("report", str(file), "--format", "json", cwd=tmp_path))
    t1 = data["summary"]["type1"]
    assert round(t1["ready"] / t1["applicable"], 4) != t1["readiness"]  # the two differ
    md = soc2("report", str(file), cwd=tmp_path).stdout
    pct = f"{round(t1['readiness'] * 100)} %"
    assert (
        f"**Type I readiness: {pct} weighted by priority; {t1['ready']} of "
        f"{t1['applicable']} controls ready.**" in md
    )


V1 = """\
schema_version: 1
scope:
  organization: Old Format Co
answers:
  GOV-01:
    status: documented
    notes: Board minutes
  AC-01:
    status: implemented
"""


def test_version_1_file_reports_and_is_saved_as_version_2(tmp_path: Path) -> None:
    file = tmp_path / "old.yaml"
    file.write_text(V1, encoding="utf-8")
    data = _json(soc2("report", str(file), "--format", "json", cwd=tmp_path))
    controls = {c["id"]: c for c in data["controls"]}
    assert controls["GOV-01"]["status"] == "implemented" and controls["GOV-01"]["documented"]
    assert controls["AC-01"]["status"] == "implemented" and not controls["AC-01"]["documented"]
    assert file.read_text(encoding="utf-8") == V1  # reading never rewrites


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_assess_saves_a_version_1_file_as_version_2(tmp_path: Path) -> None:
    import pexpect

    file = tmp_path / "old.yaml"
    file.write_text(V1, encoding="utf-8")
    assert SOC2 is not None
    env = dict(os.environ, TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1", SOURCE_DATE_EPOCH=BEFORE_WINDOW)
    child = pexpect.spawn(
        SOC2, ["assess", "old.yaml", "--interviewer", "Tester"], cwd=str(tmp_path), env=env,
        dimensions=(40, 120),
        timeout=20, encoding="utf-8",
    )  # fmt: skip
    child.expect("Status")
    child.send("1")
    child.send("\r")
    child.expect("Notes")
    child.sendline("")
    child.expect("Owner")
    child.sendline("")
    child.expect(r"question \d+ of")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    saved = yaml.safe_load(file.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 2
    assert saved["answers"]["GOV-01"] == {
        "status": "implemented",
        "documented": True,
        "notes": "Board minutes",
    }
    assert saved["answers"]["AC-01"] == {"status": "implemented", "documented": False}


def test_system_description_keeps_common_criteria_and_unanswered_apart(
    tmp_path: Path, builtin: Catalogue
) -> None:
    """Findings 2 and 4 in the system description: no silent exclusion, no "answered unknown"."""
    answers = _all(builtin, "operating")
    for control in builtin.controls_by_criterion["CC3.4"]:
        answers[control.id] = {"status": "not_applicable", "notes": "we are small"}
    skipped = builtin.controls_by_criterion["CC1.1"][0].id
    del answers[skipped]
    file = _write(tmp_path / "a.yaml", _doc(answers))
    result = soc2("describe", str(file), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "CC3.4 is in scope but no applicable control supports it" in text
    assert f"- {skipped} " in text and "(not yet answered)" in text
    assert "answered unknown" not in text and "answered not yet answered" not in text
