"""The HTML report in a real headless Chromium: no console errors, no network, key figures shown."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import all_answers, assessment_doc, run, write_assessment

from soc2cli.catalogue import Catalogue

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="chromium is not installed"
)


def _render(tmp_path: Path, html: Path) -> tuple[str, str]:
    assert CHROMIUM is not None, "CI must install Debian's chromium package"
    proc = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", html.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, proc.stderr


def test_html_report_renders_cleanly(tmp_path: Path, builtin: Catalogue) -> None:
    answers = all_answers(builtin, "operating")
    gap_control = builtin.controls[3].id
    answers[gap_control] = {"status": "partial", "notes": "<script>alert(1)</script>"}
    doc = assessment_doc(
        report_type="type2",
        categories=["security", "privacy"],
        answers=answers,
        organization="Browser <b>Test</b> Co",
    )
    path = write_assessment(tmp_path / "a.yaml", doc)
    out = tmp_path / "report.html"
    result = run(
        "report",
        str(path),
        "--format",
        "html",
        "-o",
        str(out),
        env={"SOURCE_DATE_EPOCH": "1798761600"},
    )
    assert result.exit_code == 0, result.stderr
    dom, log = _render(tmp_path, out)
    console = [line for line in log.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    # The key figures are on the page as text, and the user's markup stayed text.
    readiness = re.search(r'id="kpi-readiness">([^<]+)<', dom)
    data = json.loads(run("report", str(path), "--format", "json").stdout)
    expected = f"{round(data['summary']['readiness'] * 100)} %"
    assert readiness is not None and readiness.group(1) == expected
    assert re.search(r'id="kpi-gaps">1<', dom)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "Browser &lt;b&gt;Test&lt;/b&gt; Co" in dom
    assert gap_control in dom
    assert "<script" not in dom
