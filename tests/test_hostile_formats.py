"""Hostile text in the spreadsheet-like and XML formats (issue 22, items 2 and 13)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from xml.etree import ElementTree as ET

import openpyxl
import pytest
from conftest import OVERLAY_CONTROL, assessment_doc, run, write_assessment, write_tree

NASTY = "x\r=1+2\x07\x1b[31m"


def _file(tmp_path: Path) -> Path:
    answers = {
        "AC-01": {"status": "missing", "documented": False, "notes": NASTY, "owner": "@SUM(1)\r-2"}
    }
    doc = assessment_doc(answers=answers)
    doc["schema_version"] = 2
    return write_assessment(tmp_path / "a.yaml", doc)


def test_csv_never_starts_a_row_or_a_formula_inside_a_cell(tmp_path: Path) -> None:
    overlay = write_tree(
        tmp_path / "overlay",
        {"x.yaml": OVERLAY_CONTROL.format(id="AC-99", criterion="CC6.1", title="=HYPERLINK(1)")},
    )
    result = run("report", str(_file(tmp_path)), "--format", "csv", "--catalogue", str(overlay))
    assert result.exit_code == 0, result.stderr
    assert "\r" not in result.stdout
    rows = list(csv.reader(io.StringIO(result.stdout)))
    width = len(rows[0])
    assert all(len(row) == width for row in rows)  # no row was split by a line break
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell[:1] in ("=", "+", "-", "@") for cell in cells if cell)
    ac01 = next(row for row in rows if row[0] == "AC-01")
    assert "'@SUM(1)\n-2" in ac01 and "x\n=1+2[31m" in ac01
    assert next(row for row in rows if row[0] == "AC-99")[1] == "'=HYPERLINK(1)"


def test_xlsx_and_junit_survive_control_characters(tmp_path: Path) -> None:
    file = _file(tmp_path)
    out = tmp_path / "r.xlsx"
    result = run("report", str(file), "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    sheet = openpyxl.load_workbook(out)["Control matrix"]
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any("=1+2" in t for t in texts) and not any("\x07" in t for t in texts)
    junit = run("report", str(file), "--format", "junit")
    assert junit.exit_code == 0, junit.stderr
    ET.fromstring(junit.stdout.split("\n", 1)[1])  # well-formed XML
    assert "\x07" not in junit.stdout and "\x1b" not in junit.stdout


def test_control_bytes_never_reach_markdown_html_or_the_calendar(tmp_path: Path) -> None:
    doc = assessment_doc(
        report_type="type2",
        answers={"AC-01": {"status": "missing", "documented": False, "notes": NASTY}},
        organization="Esc\x1b[2J Co\x07",
    )
    doc["schema_version"] = 2
    file = write_assessment(tmp_path / "a.yaml", doc)
    env = {"SOURCE_DATE_EPOCH": "1798761600"}
    for fmt in ("md", "html", "summary", "summary-html", "evidence"):
        result = run("report", str(file), "--format", fmt, env=env)
        assert result.exit_code == 0, (fmt, result.stderr)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, fmt
        assert "2J Co" in result.stdout, fmt
    out = tmp_path / "e.ics"
    assert run("report", str(file), "--format", "ics", "-o", str(out), env=env).exit_code == 0
    assert b"\x1b" not in out.read_bytes() and b"\x07" not in out.read_bytes()


def test_a_reader_that_stops_early_is_not_a_failure(tmp_path: Path) -> None:
    """`soc2 report FILE | head`: exit 0, the warnings still on stderr, no traceback."""
    import os
    import shutil
    import subprocess
    import sys

    soc2 = shutil.which("soc2", path=str(Path(sys.executable).parent))
    assert soc2 is not None
    example = Path(__file__).parent.parent / "examples" / "fintech-type2" / "assessment.yaml"
    env = {"PATH": os.environ["PATH"], "SOC2_CACHE_DIR": str(tmp_path / "cache")}
    child = subprocess.Popen(
        [soc2, "report", str(example)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(40).startswith(b"**Draft: ")
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0, err
    assert "draft: 5 of" in err and "Traceback" not in err and "error" not in err


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["report", "{example}"], 0),  # a draft: the warning has nowhere to go
        (["report", "{example}", "--fail-under", "99"], 1),
        (["report", "{missing}"], 2),
    ],
)
def test_a_closed_stderr_changes_no_exit_code(args: list[str], code: int, tmp_path: Path) -> None:
    """A caller that reads stdout and closes stderr (or runs `2>&-`) gets the same exit code:
    the warnings and errors go nowhere, the report still arrives."""
    import os
    import shutil
    import subprocess
    import sys

    soc2 = shutil.which("soc2", path=str(Path(sys.executable).parent))
    assert soc2 is not None
    example = Path(__file__).parent.parent / "examples" / "fintech-type2" / "assessment.yaml"
    argv = [a.format(example=example, missing=tmp_path / "none.yaml") for a in args]
    env = {"PATH": os.environ["PATH"], "SOC2_CACHE_DIR": str(tmp_path / "cache")}
    piped = subprocess.Popen([soc2, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert piped.stdout is not None and piped.stderr is not None
    piped.stderr.close()
    out = piped.stdout.read()
    assert piped.wait(timeout=60) == code
    assert out.startswith(b"**Draft: ") if code != 2 else out == b""
    shut = subprocess.run(
        f'"{soc2}" ' + " ".join(f'"{a}"' for a in argv) + " 2>&-",
        shell=True,
        stdout=subprocess.PIPE,
        env=env,
        check=False,
    )
    assert shut.returncode == code and shut.stdout == out
