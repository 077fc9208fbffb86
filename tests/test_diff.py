"""soc2 diff: two real commits in a temporary git repository, every format, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import Result, all_answers, assessment_doc, git, run, write_assessment

from soc2cli.catalogue import Catalogue


@pytest.fixture
def repo(tmp_path: Path, builtin: Catalogue) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    answers = all_answers(builtin, "documented")
    write_assessment(root / "assessment.yaml", assessment_doc(answers=answers))
    git(root, "add", "assessment.yaml")
    git(root, "commit", "-q", "-m", "baseline")
    return root


def _in(repo: Path, *args: str) -> Result:
    cwd = os.getcwd()
    os.chdir(repo)
    try:
        return run(*args)
    finally:
        os.chdir(cwd)


def _rewrite(repo: Path, builtin: Catalogue, **changes: dict[str, object]) -> None:
    answers = all_answers(builtin, "documented")
    answers.update(changes)
    write_assessment(repo / "assessment.yaml", assessment_doc(answers=answers))


def test_identical_inputs_print_no_change(repo: Path) -> None:
    for fmt, expected in (
        ("text", "soc2 diff: no change (main:assessment.yaml → assessment.yaml)\n"),
        ("md", "**soc2:** no change (main:assessment.yaml → assessment.yaml)\n"),
    ):
        result = _in(repo, "diff", "main:assessment.yaml", "assessment.yaml", "--format", fmt)
        assert result.exit_code == 0
        assert result.stdout == expected
    data = json.loads(
        _in(repo, "diff", "main:assessment.yaml", "assessment.yaml", "--format", "json").stdout
    )
    assert data["changed"] is False and data["regression"] is False


def test_improvement_exits_zero(repo: Path, builtin: Catalogue) -> None:
    target = builtin.controls[5].id
    _rewrite(repo, builtin, **{target: {"status": "operating"}})
    git(repo, "commit", "-q", "-am", "improve")
    result = _in(repo, "diff", "HEAD~1:assessment.yaml", "HEAD:assessment.yaml", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["regression"] is False
    assert data["controls"] == [
        {
            "control": target,
            "direction": "up",
            "new": "operating",
            "new_documented": True,
            "old": "implemented",
            "old_documented": True,
            "title": builtin.controls[5].title,
        }
    ]
    # Before the observation window, a designed control is ready for both report types.
    assert data["type2"]["delta"] == 0 and data["type1"]["delta"] == 0


def test_regression_exits_one_and_names_control_and_criteria(
    repo: Path, builtin: Catalogue
) -> None:
    control = builtin.controls_by_criterion["CC6.1"][0]
    _rewrite(repo, builtin, **{control.id: {"status": "partial"}})
    git(repo, "commit", "-q", "-am", "regress")
    result = _in(repo, "diff", "main~1:assessment.yaml", "main:assessment.yaml")
    assert result.exit_code == 1
    out = result.stdout
    assert out.startswith("soc2 diff: REGRESSION;")
    assert (
        f"{control.id} moved down from implemented, documented to partial, not documented ({', '.join(control.criteria)})"
        in out
    )
    assert f"new gap {control.id} (partial_control" in out
    assert "readiness regressed" in result.stderr
    md = _in(repo, "diff", "main~1:assessment.yaml", "main:assessment.yaml", "--format", "md")
    assert md.stdout.splitlines()[0].startswith("❌ **REGRESSION")
    assert "| CC6.1 " in md.stdout
    never = _in(
        repo, "diff", "main~1:assessment.yaml", "main:assessment.yaml", "--fail-on", "never"
    )
    assert never.exit_code == 0


def test_json_report_inputs_and_scope_change(
    repo: Path, builtin: Catalogue, tmp_path: Path
) -> None:
    old_json = tmp_path / "old.json"
    old_json.write_text(_in(repo, "report", "assessment.yaml", "--format", "json").stdout)
    doc = assessment_doc(
        categories=["security", "privacy"], answers=all_answers(builtin, "documented")
    )
    write_assessment(repo / "assessment.yaml", doc)
    result = _in(repo, "diff", str(old_json), "assessment.yaml", "--format", "json")
    data = json.loads(result.stdout)
    assert [c["field"] for c in data["scope_changes"]] == ["categories"]
    assert any(c["criterion"] == "P1.1" and c["old"] == "excluded" for c in data["criteria"])


def test_outside_a_repository_is_a_clear_error(tmp_path: Path) -> None:
    result = _in(tmp_path, "diff", "main:assessment.yaml", "other.yaml")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "error: main:assessment.yaml: not inside a git repository, so a revision cannot be read\n"
    )


def test_bad_revision_is_a_clear_error(repo: Path) -> None:
    result = _in(repo, "diff", "nosuch:assessment.yaml", "assessment.yaml")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: nosuch:assessment.yaml: ")
    assert "Traceback" not in result.stderr
