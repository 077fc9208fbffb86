"""The built wheel, installed in a fresh virtual environment, works from any directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from conftest import REPO


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    # Build from a copy so the checkout is left untouched.
    shutil.copytree(
        REPO,
        src,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    dist = work / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("soc2cli-*.whl"))
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # Dependencies come from this test environment, placed after the venv's own site-packages,
    # so the code under test is the wheel's and not the checkout's.
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "zz_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir / "bin" / "soc2"


def _soc2(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    return subprocess.run(
        [str(exe), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60
    )


def test_wheel_runs_from_another_directory(installed: Path, tmp_path: Path) -> None:
    result = _soc2(installed, "catalogue", "list", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('"id"') == 61
    where = _soc2(installed, "--debug", "catalogue", "validate", cwd=tmp_path)
    assert where.returncode == 0 and "61 criteria" in where.stdout
    probe = subprocess.run(
        [str(installed.parent / "python"), "-c", "import soc2cli.criteria as c; print(c.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert str(installed.parent.parent) in probe.stdout, "catalogue was not loaded from the wheel"


def test_wheel_ships_templates_and_reports(installed: Path, tmp_path: Path) -> None:
    example = REPO / "examples" / "seed-saas" / "assessment.yaml"
    target = tmp_path / "a.yaml"
    shutil.copy(example, target)
    result = _soc2(installed, "report", "a.yaml", "--format", "html", "-o", "r.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")


def test_bad_input_has_no_traceback_in_installed_tool(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("scope: [unclosed\n")
    result = _soc2(installed, "report", "bad.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: bad.yaml:2:1: YAML syntax error")


def test_wheel_ships_the_policy_templates(installed: Path, tmp_path: Path) -> None:
    shutil.copy(REPO / "examples" / "seed-saas" / "assessment.yaml", tmp_path / "a.yaml")
    result = _soc2(installed, "policies", "generate", "a.yaml", "-o", "policies", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "policies" / "access-control.md").exists()


def test_wheel_ships_the_compiled_templates(installed: Path, tmp_path: Path) -> None:
    probe = subprocess.run(
        [
            str(installed.parent / "python"),
            "-c",
            "from soc2cli import templating\n"
            "t = templating.environment('html').get_template('report.html.j2')\n"
            "print(t.root_render_func.__code__.co_filename)",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0, probe.stderr
    assert str(installed.parent.parent) in probe.stdout, "not loaded from the wheel"
    assert probe.stdout.strip().endswith("compiled_templates/t_report_html_j2.py")
