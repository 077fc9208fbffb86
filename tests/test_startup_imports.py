"""What a report run loads (issue 23): the JSON report loads no template engine. The report
itself is the same bytes either way."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

EXAMPLE = REPO / "examples" / "seed-saas"


def _imported(stderr: str) -> set[str]:
    """The modules a run imported, from ``python -X importtime``'s lines on stderr."""
    return {
        line.rsplit("|", 1)[1].strip()
        for line in stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def _report(fmt: str, out: Path, *extra: str) -> tuple[set[str], str]:
    soc2 = shutil.which("soc2")
    assert soc2 is not None
    args = ["report", str(EXAMPLE / "assessment.yaml"), "--format", fmt, "--as-of", "2026-12-01"]
    done = subprocess.run(
        [sys.executable, "-X", "importtime", soc2, *args, "-o", str(out), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return _imported(done.stderr), out.read_text(encoding="utf-8")


def test_a_json_report_loads_no_template_engine(tmp_path: Path) -> None:
    modules, text = _report("json", tmp_path / "report.json")
    assert text == (EXAMPLE / "report.json").read_text(encoding="utf-8")
    assert "pydantic.main" in modules  # the listing is real: the models did load
    assert not {"jinja2", "soc2cli.templating", "xml.etree.ElementTree"} & modules


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_templated_report_is_unchanged(fmt: str, tmp_path: Path) -> None:
    modules, text = _report(fmt, tmp_path / f"report.{fmt}")
    assert text == (EXAMPLE / f"report.{fmt}").read_text(encoding="utf-8")
    assert "jinja2" in modules


def test_a_template_folder_still_applies(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "report.md.j2").write_text(
        '{% extends "default:report.md.j2" %}{% block header %}# Ours\n{% endblock %}',
        encoding="utf-8",
    )
    _, plain = _report("md", tmp_path / "plain.md")
    _, ours = _report("md", tmp_path / "ours.md", "--template-dir", str(folder))
    assert ours.startswith("# Ours\n")
    assert ours.count("\n") > 100 and not plain.startswith("# Ours")
