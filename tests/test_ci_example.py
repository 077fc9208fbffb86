"""The shipped GitHub Actions example, its shell steps run locally against two real commits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import REPO, all_answers, assessment_doc, git, write_assessment

from soc2cli.catalogue import Catalogue

WORKFLOW = REPO / "examples" / "ci" / "soc2-readiness.yml"


def _steps() -> tuple[dict[str, str], list[dict[str, str]]]:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    steps = workflow["jobs"]["readiness"]["steps"]
    return workflow["env"], [s for s in steps if "run" in s]


def _run_steps(repo: Path, summary: Path) -> list[subprocess.CompletedProcess[str]]:
    env_block, steps = _steps()
    env = {
        **os.environ,
        **env_block,
        "GITHUB_BASE_REF": "main",
        "GITHUB_STEP_SUMMARY": str(summary),
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"],
    }
    results = []
    for step in steps:
        if step["name"] == "Install soc2":
            continue  # this test environment already has the tool
        proc = subprocess.run(
            ["bash", "-e", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True
        )
        results.append(proc)
        if proc.returncode != 0:
            break
    return results


def _repo(tmp_path: Path, builtin: Catalogue, change: dict[str, object]) -> Path:
    repo = tmp_path / "client"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    answers = all_answers(builtin, "documented")
    write_assessment(repo / "assessment.yaml", assessment_doc(answers=answers))
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "update-ref", "refs/remotes/origin/main", "main")
    git(repo, "checkout", "-q", "-b", "feature")
    answers.update(change)
    write_assessment(repo / "assessment.yaml", assessment_doc(answers=answers))
    git(repo, "commit", "-q", "-am", "change")
    return repo


def test_workflow_has_the_expected_steps() -> None:
    _, steps = _steps()
    names = [s["name"] for s in steps]
    assert names == [
        "Install soc2",
        "Validate the assessment",
        "Readiness diff against the base branch",
        "Criteria as test results",
    ]


def test_workflow_passes_on_improvement(tmp_path: Path, builtin: Catalogue) -> None:
    summary = tmp_path / "summary.md"
    repo = _repo(tmp_path, builtin, {builtin.controls[0].id: {"status": "operating"}})
    results = _run_steps(repo, summary)
    assert [r.returncode for r in results] == [0, 0, 0], [r.stderr for r in results]
    assert summary.read_text().startswith("✅ **no regression")
    assert (repo / "soc2-junit.xml").exists()


def test_workflow_fails_on_regression(tmp_path: Path, builtin: Catalogue) -> None:
    summary = tmp_path / "summary.md"
    control = builtin.controls[0]
    repo = _repo(tmp_path, builtin, {control.id: {"status": "missing"}})
    results = _run_steps(repo, summary)
    assert [r.returncode for r in results] == [0, 1]
    text = summary.read_text()
    assert text.startswith("❌ **REGRESSION")
    assert control.id in text


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hooks[0]["id"] == "soc2-validate"
    assert hooks[0]["entry"] == "soc2 assess --non-interactive"
