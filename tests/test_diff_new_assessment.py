"""`soc2 diff REV:PATH NEW` where PATH does not exist at REV (a pull request that adds an
assessment): a new assessment, every control new, exit 0; through the installed `soc2`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import assessment_doc, git, write_assessment

SOC2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")


def soc2(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert SOC2 is not None, "the soc2 entry point is not installed"
    return subprocess.run(
        [SOC2, *args], cwd=cwd, env=dict(os.environ), capture_output=True, text=True, check=False
    )


def _repo_with_a_new_assessment(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text("client files\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "start")
    git(repo, "update-ref", "refs/remotes/origin/main", "main")
    git(repo, "checkout", "-q", "-b", "add-acme")
    (repo / "clients").mkdir()
    doc = assessment_doc(
        answers={"GOV-01": {"status": "missing"}, "GOV-02": {"status": "documented"}}
    )
    write_assessment(repo / "clients" / "acme.yaml", doc)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "add acme")
    return repo


def test_a_new_assessment_is_every_control_new(tmp_path: Path) -> None:
    repo = _repo_with_a_new_assessment(tmp_path)
    report = json.loads(soc2("report", "clients/acme.yaml", "--format", "json", cwd=repo).stdout)
    applicable = [c["id"] for c in report["controls"] if c["applicable"]]

    result = soc2(
        "diff", "origin/main:clients/acme.yaml", "clients/acme.yaml", "--format", "json", cwd=repo
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["no_earlier_version"] == "origin/main"
    assert data["regression"] is False and data["reasons"] == []
    assert sorted(m["control"] for m in data["controls"]) == sorted(applicable)
    assert {m["direction"] for m in data["controls"]} == {"added"}
    assert sorted(g["control"] for g in data["gaps_opened"]) == sorted(
        g["control"] for g in report["gaps"]
    )
    assert data["readiness"] == {"old": None, "new": report["summary"]["readiness"], "delta": None}

    text = soc2("diff", "origin/main:clients/acme.yaml", "clients/acme.yaml", cwd=repo)
    assert text.returncode == 0
    first = text.stdout.splitlines()[0]
    assert first.startswith(
        "soc2 diff: new assessment: no earlier version at origin/main; readiness "
    )
    assert f"{len(applicable)} control(s) new, {len(report['gaps'])} gap(s)" in first

    # From a subfolder, ./PATH is relative to it; the file is still new at the revision.
    md = soc2("diff", "main:./acme.yaml", "acme.yaml", "--format", "md", cwd=repo / "clients")
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("✅ **new assessment: no earlier version at main; readiness ")


def test_a_revision_that_does_not_exist_is_still_an_error(tmp_path: Path) -> None:
    repo = _repo_with_a_new_assessment(tmp_path)
    result = soc2("diff", "nosuch:clients/acme.yaml", "clients/acme.yaml", cwd=repo)
    assert result.returncode == 2
    assert result.stderr == "error: nosuch:clients/acme.yaml: invalid object name 'nosuch'.\n"
    # A new side missing at its revision is an error too: only the old side may be missing.
    result = soc2("diff", "clients/acme.yaml", "origin/main:clients/acme.yaml", cwd=repo)
    assert result.returncode == 2
    assert result.stderr == (
        "error: origin/main:clients/acme.yaml: 'clients/acme.yaml' does not exist at origin/main\n"
    )
