"""The projected date against the target date, in honest words, the same in every format."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from conftest import REPO, run

from soc2cli.dates import target_status

HEALTHTECH = REPO / "examples" / "healthtech-privacy" / "assessment.yaml"
AS_OF = "2026-12-01"


@pytest.mark.parametrize(
    ("days_late", "words"),
    [
        (200, "missed by about 7 months"),
        (183, "missed by about 6 months"),
        (61, "missed by about 2 months"),
        (60, "missed by about 9 weeks"),
        (35, "missed by about 5 weeks"),
        (7, "missed by about 1 week"),
        (3, "missed by 3 days"),
        (1, "missed by 1 day"),
        (0, "on track, with no time to spare"),
        (-1, "on track, 1 day to spare"),
        (-10, "on track, about 1 week to spare"),
        (-35, "on track, about 5 weeks to spare"),
        (-106, "on track, about 3 months to spare"),
    ],
)
def test_target_status_words(days_late: int, words: str) -> None:
    target = date(2027, 6, 30)
    assert target_status(target, target + timedelta(days=days_late)) == words


def _copy(tmp_path: Path, target: str) -> Path:
    folder = tmp_path / "client"
    folder.mkdir()
    path = folder / "assessment.yaml"
    shutil.copy(HEALTHTECH, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("target_date: 2027-04-30", f"target_date: {target}"), "utf-8")
    return path


def test_a_missed_target_says_by_how_much_in_every_format(tmp_path: Path) -> None:
    path = str(HEALTHTECH)
    plan = json.loads(run("report", path, "--format", "json", "--as-of", AS_OF).stdout)["plan"]
    assert (plan["target_date"], plan["type1_report_date"]) == ("2027-04-30", "2027-11-16")
    md = run("report", path, "--as-of", AS_OF).stdout
    assert "\nTarget date 2027-04-30: missed by about 7 months.\n" in md
    assert "projected report date 2027-11-16 (missed by about 7 months)." in md
    html = run("report", path, "--format", "html", "--as-of", AS_OF).stdout
    assert ">2027-04-30</time>: <strong>missed by about 7 months</strong>.</li>" in html
    portfolio = run("portfolio", path, "--as-of", AS_OF).stdout
    assert "| 2027-11-16 **missed by about 7 months** |" in portfolio
    assert "at risk:" not in portfolio and "at risk:" not in md


def test_a_target_met_says_how_much_time_is_left(tmp_path: Path) -> None:
    path = _copy(tmp_path, "2028-03-01")
    md = run("report", str(path), "--as-of", AS_OF).stdout
    assert "\nTarget date 2028-03-01: on track, about 3 months to spare.\n" in md
    portfolio = run("portfolio", str(path), "--as-of", AS_OF).stdout
    assert "| 2027-11-16 on track, about 3 months to spare |" in portfolio
    out = tmp_path / "p.xlsx"
    assert (
        run("portfolio", str(path), "--format", "xlsx", "-o", str(out), "--as-of", AS_OF).exit_code
        == 0
    )
    cells = [
        c
        for row in openpyxl.load_workbook(out)["Portfolio"].iter_rows(values_only=True)
        for c in row
    ]
    assert "on track, about 3 months to spare" in cells
