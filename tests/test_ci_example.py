"""The shipped GitHub Actions examples, their shell steps run locally against real commits."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml
from conftest import REPO, all_answers, assessment_doc, git, write_assessment

from soc2cli.catalogue import Catalogue

WORKFLOW = REPO / "examples" / "ci" / "soc2-readiness.yml"
TREND = REPO / "examples" / "ci" / "soc2-trend.yml"
PLACEHOLDER = "REPLACE-WITH-"


def _workflow(path: Path = WORKFLOW) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _steps(path: Path = WORKFLOW) -> list[dict[str, Any]]:
    workflow = _workflow(path)
    job = next(iter(workflow["jobs"].values()))
    steps: list[dict[str, Any]] = job["steps"]
    return steps


def _step(name: str, path: Path = WORKFLOW) -> dict[str, Any]:
    return next(s for s in _steps(path) if s.get("name") == name)


def _env(summary: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        **_workflow()["env"],
        "GITHUB_BASE_REF": "main",
        "GITHUB_STEP_SUMMARY": str(summary),
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"],
        **extra,
    }


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True
    )


def _run_steps(repo: Path, summary: Path) -> dict[str, subprocess.CompletedProcess[str]]:
    """Each shell step as GitHub runs it: after a failure, only the `if: always()` steps."""
    results: dict[str, subprocess.CompletedProcess[str]] = {}
    failed = False
    for step in _steps():
        if "run" not in step or step["name"] == "Install soc2":
            continue  # this test environment already has the tool
        if failed and step.get("if") != "always()":
            continue
        proc = _bash(step["run"], repo, _env(summary))
        results[step["name"]] = proc
        failed = failed or proc.returncode != 0
    return results


def _repo(tmp_path: Path, builtin: Catalogue, change: dict[str, object] | None) -> Path:
    """A client repository: `main` with the assessment (or without it, when ``change`` is None),
    and a pull request branch that changes it (or adds it)."""
    repo = tmp_path / "client"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    answers = all_answers(builtin, "documented")
    if change is None:
        (repo / "README.md").write_text("client\n")
    else:
        write_assessment(repo / "assessment.yaml", assessment_doc(answers=answers))
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "update-ref", "refs/remotes/origin/main", "main")
    git(repo, "checkout", "-q", "-b", "feature")
    answers.update(change or {})
    write_assessment(repo / "assessment.yaml", assessment_doc(answers=answers))
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "change")
    return repo


def _codes(results: dict[str, subprocess.CompletedProcess[str]]) -> dict[str, int]:
    return {name: proc.returncode for name, proc in results.items()}


def _failing_criteria(junit: Path) -> list[str]:
    cases = ET.parse(junit).getroot().iter("testcase")
    return [str(c.get("name")) for c in cases if c.find("failure") is not None]


def test_workflow_has_the_expected_steps() -> None:
    names = [s.get("name") or s["uses"] for s in _steps()]
    assert names == [
        "actions/checkout@v4",
        "actions/setup-python@v5",
        "Install soc2",
        "Validate the assessment",
        "Readiness diff against the base branch",
        "Criteria as test results",
        "Failing criteria in the job summary",
        "Keep the JUnit file and the diff",
    ]
    assert _steps()[0]["with"]["fetch-depth"] == 0
    # The JUnit file is published, not only written: whatever happened before.
    upload = _step("Keep the JUnit file and the diff")
    assert upload["uses"].startswith("actions/upload-artifact@")
    assert upload["if"] == "always()"
    assert upload["with"]["path"].split() == ["soc2-junit.xml", "soc2-diff.md"]
    assert _step("Failing criteria in the job summary")["if"] == "always()"
    assert _step("Criteria as test results")["if"] == "always()"


def test_workflow_passes_on_improvement(tmp_path: Path, builtin: Catalogue) -> None:
    summary = tmp_path / "summary.md"
    repo = _repo(tmp_path, builtin, {builtin.controls[0].id: {"status": "operating"}})
    results = _run_steps(repo, summary)
    assert set(_codes(results).values()) == {0}, [r.stderr for r in results.values()]
    assert summary.read_text().startswith("✅ **no regression")
    assert (repo / "soc2-junit.xml").exists()


def test_workflow_fails_on_regression_and_still_publishes(
    tmp_path: Path, builtin: Catalogue
) -> None:
    summary = tmp_path / "summary.md"
    control = builtin.controls[0]
    repo = _repo(tmp_path, builtin, {control.id: {"status": "missing"}})
    results = _run_steps(repo, summary)
    assert _codes(results) == {
        "Validate the assessment": 0,
        "Readiness diff against the base branch": 1,
        "Criteria as test results": 0,
        "Failing criteria in the job summary": 0,
    }
    text = summary.read_text()
    assert text.startswith("❌ **REGRESSION")
    assert control.id in text
    # The failing criteria follow the diff in the summary, one row each, from the JUnit file.
    failing = _failing_criteria(repo / "soc2-junit.xml")
    assert {name.split()[0] for name in failing} & set(control.criteria)
    section = text.split(f"\n### SOC 2 criteria not yet met: {len(failing)}\n", 1)[1]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]
    assert [row.split(" | ")[0].removeprefix("| ") for row in rows] == failing
    assert any(control.id in row for row in rows)


def test_a_pull_request_that_adds_the_assessment_passes(tmp_path: Path, builtin: Catalogue) -> None:
    summary = tmp_path / "summary.md"
    repo = _repo(tmp_path, builtin, None)
    results = _run_steps(repo, summary)
    assert set(_codes(results).values()) == {0}, [r.stderr for r in results.values()]
    text = summary.read_text()
    assert text.startswith("✅ **new assessment: no earlier version at origin/main; readiness ")
    assert "\n### SOC 2 criteria not yet met: 0\n" in text


def test_install_refuses_the_placeholder_and_installs_what_is_set(tmp_path: Path) -> None:
    install = _step("Install soc2")["run"]
    # The trend workflow installs the same way, from the same setting.
    assert _step("Install soc2", TREND)["run"] == install
    for workflow in (WORKFLOW, TREND):
        package = _workflow(workflow)["env"]["SOC2_PACKAGE"]
        assert package.startswith("git+https://") and PLACEHOLDER in package

    # A stand-in for python that records what it was asked to do, instead of installing.
    shims = tmp_path / "bin"
    shims.mkdir()
    python = shims / "python"
    python.write_text('#!/bin/sh\necho "$@" > "$(dirname "$0")/called"\n')
    python.chmod(python.stat().st_mode | stat.S_IXUSR)
    path = str(shims) + os.pathsep + os.environ["PATH"]

    refused = _bash(install, tmp_path, _env(tmp_path / "s.md", PATH=path))
    assert refused.returncode == 1
    assert refused.stderr.startswith("::error title=SOC2_PACKAGE is not set::set SOC2_PACKAGE ")
    assert not (shims / "called").exists()

    for package in ("git+https://git.example.org/acme/soc2.git@v1.0.0", "./tools/soc2"):
        done = _bash(install, tmp_path, _env(tmp_path / "s.md", PATH=path, SOC2_PACKAGE=package))
        assert done.returncode == 0, done.stderr
        assert (shims / "called").read_text() == f"-m pip install {package}\n"


def test_readme_says_how_to_set_the_package() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "SOC2_PACKAGE" in readme
    flowing = " ".join(readme.split())
    assert "no earlier version at" in flowing


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hooks[0]["id"] == "soc2-validate"
    assert hooks[0]["entry"] == "soc2 assess --non-interactive"
