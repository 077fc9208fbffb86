"""File modes and backups, through the installed `soc2`: a saved assessment keeps its mode, a new
report gets the usual one (the umask's), and the previous version of an assessment is kept beside
it outside git, and in the cache folder inside a git work tree (never in the repository)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import assessment_doc, git, write_assessment

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

SOC2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")


def soc2(
    *args: str, cwd: Path, cache: Path, umask: int = 0o022
) -> subprocess.CompletedProcess[str]:
    assert SOC2 is not None, "the soc2 entry point is not installed"
    env = {**os.environ, "SOC2_CACHE_DIR": str(cache)}
    return subprocess.run(
        [SOC2, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        umask=umask,
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _client(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_assessment(folder / "assessment.yaml", assessment_doc())


def _add_evidence(path: Path, cache: Path, title: str) -> subprocess.CompletedProcess[str]:
    return soc2(
        "evidence",
        "add",
        path.name,
        "GOV-01",
        "--date",
        "2026-11-02",
        "--title",
        title,
        cwd=path.parent,
        cache=cache,
        umask=0o002,  # a new file would be 0664: an existing one keeps its own mode
    )


@pytest.mark.parametrize("mode", [0o644, 0o600, 0o640])
def test_a_saved_assessment_keeps_its_mode_and_so_does_its_backup(
    tmp_path: Path, mode: int
) -> None:
    path = _client(tmp_path / "client")
    path.chmod(mode)
    before = path.read_bytes()
    # A umask that would give a new file another mode: the existing file's mode wins.
    result = _add_evidence(path, tmp_path / "cache", "Board minutes")
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() != before and b"Board minutes" in path.read_bytes()
    assert _mode(path) == mode
    backup = path.with_name("assessment.yaml.bak")  # not in a git work tree: beside the file
    assert backup.read_bytes() == before
    assert _mode(backup) == mode


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_report_gets_the_usual_mode(tmp_path: Path, umask: int, mode: int) -> None:
    path = _client(tmp_path)
    for name, fmt in (("report.md", "md"), ("report.json", "json")):
        result = soc2(
            "report",
            path.name,
            "--format",
            fmt,
            "-o",
            name,
            cwd=tmp_path,
            cache=tmp_path / "c",
            umask=umask,
        )
        assert result.returncode == 0, result.stderr
        assert _mode(tmp_path / name) == mode, name


def test_a_report_written_over_an_old_one_keeps_its_mode(tmp_path: Path) -> None:
    path = _client(tmp_path)
    (tmp_path / "report.md").write_text("old\n")
    (tmp_path / "report.md").chmod(0o600)
    result = soc2("report", path.name, "-o", "report.md", cwd=tmp_path, cache=tmp_path / "c")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "report.md").read_text(encoding="utf-8") != "old\n"
    assert _mode(tmp_path / "report.md") == 0o600


def test_in_a_git_work_tree_the_backup_goes_to_the_cache_folder(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    path = _client(repo / "clients" / "acme")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "start")
    path.chmod(0o600)
    cache = tmp_path / "cache"
    before = path.read_bytes()
    result = _add_evidence(path, cache, "Board minutes")
    assert result.returncode == 0, result.stderr
    # Nothing new in the repository: only the assessment changed.
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout == " M clients/acme/assessment.yaml\n"
    assert not list(repo.rglob("*.bak"))
    backups = sorted((cache / "backups").iterdir())
    assert [b.name.split(".")[:2] for b in backups] == [["assessment", "yaml"]]
    assert backups[0].name.endswith(".bak") and len(backups[0].name.split(".")) == 4
    assert backups[0].read_bytes() == before
    assert _mode(backups[0]) == 0o600
    assert _mode(cache / "backups") == 0o700
    # A second save keeps the version it replaces, in the same place.
    second = path.read_bytes()
    assert _add_evidence(path, cache, "Risk register").returncode == 0
    assert sorted((cache / "backups").iterdir()) == backups
    assert backups[0].read_bytes() == second
    # Another client's assessment.yaml has its own backup, named for its own path.
    other = _client(repo / "clients" / "globex")
    assert _add_evidence(other, cache, "Board minutes").returncode == 0
    names = sorted(b.name for b in (cache / "backups").iterdir())
    assert len(names) == 2 and all(n.startswith("assessment.yaml.") for n in names)


def test_a_backup_that_cannot_be_made_names_where_it_was_meant_to_go(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    path = _client(repo)
    git(repo, "init", "-q", "-b", "main")
    cache = tmp_path / "not-a-folder"
    cache.write_text("a file where the cache folder should be\n")
    result = _add_evidence(path, cache, "Board minutes")
    assert result.returncode == 0
    assert b"Board minutes" in path.read_bytes()  # saved all the same
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        f"warning: assessment.yaml: could not keep the previous version as "
        f"{cache}/backups/assessment.yaml."
    )
    assert lines[0].endswith("; saved without a backup")
    assert not list(repo.rglob("*.bak"))
