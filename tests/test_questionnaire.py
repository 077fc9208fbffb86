"""The spreadsheet questionnaire: export, fill, import; bad rows change nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import assessment_doc, run, write_assessment

from soc2cli.assessment import load_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.questionnaire import HEADER, LADDER


@pytest.fixture
def assessment(tmp_path: Path) -> Path:
    doc = assessment_doc(
        answers={"GOV-01": {"status": "partial", "notes": "keep this note", "owner": "CEO"}}
    )
    return write_assessment(tmp_path / "a.yaml", doc)


def _export(assessment: Path, tmp_path: Path) -> Path:
    out = tmp_path / "q.xlsx"
    result = run("questionnaire", "export", str(assessment), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out


def test_export_has_questions_and_a_status_dropdown(
    assessment: Path, tmp_path: Path, builtin: Catalogue
) -> None:
    wb = openpyxl.load_workbook(_export(assessment, tmp_path))
    ws = wb["Questionnaire"]
    assert [c.value for c in ws[1]] == HEADER
    ids = [r[0].value for r in ws.iter_rows(min_row=2)]
    assert "GOV-01" in ids and not any(i.startswith("PRV-") for i in ids)  # privacy not in scope
    gov = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "GOV-01")
    assert gov[6].value == "partial" and gov[7].value == "keep this note"
    validations = ws.data_validations.dataValidation
    by_formula = {v.formula1: str(v.sqref) for v in validations}
    assert len(validations) == 2
    assert by_formula['"' + ",".join(LADDER) + '"'].startswith("G2:G")
    assert by_formula['"yes,no"'].startswith("J2:J")
    assert gov[9].value == "no"


def _fill(path: Path, rows: dict[str, tuple[str, str, str]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Questionnaire"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value in rows:
            row[6].value, row[7].value, row[8].value = rows[row[0].value]
    wb.save(path)


def test_round_trip_reproduces_answers(assessment: Path, tmp_path: Path) -> None:
    q = _export(assessment, tmp_path)
    wanted = {
        "AC-01": ("operating", "Okta for everyone", "IT Lead"),
        "AC-02": ("not_applicable", "No production console access at all", ""),
        "GOV-01": ("documented", "", ""),  # empty notes and owner keep the saved ones
        "HR-01": ("unknown", "", "HR Lead"),
    }
    _fill(q, wanted)
    result = run("assess", str(assessment), "--import", str(q))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("imported 4 changed answer(s)")
    saved = load_assessment(assessment)
    assert (
        saved.answers["AC-01"].status.value == "operating"
        and saved.answers["AC-01"].notes == "Okta for everyone"
    )
    assert saved.answers["AC-01"].owner == "IT Lead"
    assert saved.answers["AC-02"].notes == "No production console access at all"
    # The old ladder's "documented" is understood: implemented and written down.
    assert saved.answers["GOV-01"].status.value == "implemented"
    assert saved.answers["GOV-01"].documented is True
    assert (
        saved.answers["GOV-01"].notes == "keep this note" and saved.answers["GOV-01"].owner == "CEO"
    )
    assert saved.answers["HR-01"].status.value == "unknown"
    # Exporting again and importing unchanged is a no-op.
    before = assessment.read_bytes()
    (tmp_path / "again").mkdir()
    q2 = _export(assessment, tmp_path / "again")
    assert run("assess", str(assessment), "--import", str(q2)).exit_code == 0
    assert assessment.read_bytes() == before


def test_bad_rows_change_nothing(assessment: Path, tmp_path: Path) -> None:
    q = _export(assessment, tmp_path)
    _fill(
        q,
        {
            "AC-01": ("operatng", "", ""),
            "AC-02": ("not_applicable", "", ""),
            "AC-03": ("operating", "", ""),
        },
    )
    wb = openpyxl.load_workbook(q)
    wb["Questionnaire"].append(["ZZ-99", "", "", "", "", "", "missing", "", ""])
    wb.save(q)
    before = assessment.read_bytes()
    result = run("assess", str(assessment), "--import", str(q))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert any("row" in line and "status 'operatng' is not one of" in line for line in lines)
    assert any("AC-02: not_applicable needs a reason in Notes" in line for line in lines)
    assert any("unknown control id 'ZZ-99'" in line for line in lines)
    assert lines[-1].endswith("3 row(s) with errors; nothing imported (fix them, or use --partial)")
    assert assessment.read_bytes() == before
    partial = run("assess", str(assessment), "--import", str(q), "--partial")
    assert partial.exit_code == 0
    assert (
        "imported 1 changed answer(s)" in partial.stdout and "3 row(s) rejected" in partial.stdout
    )
    assert load_assessment(assessment).answers["AC-03"].status.value == "operating"


def test_not_a_workbook(assessment: Path, tmp_path: Path) -> None:
    fake = tmp_path / "q.xlsx"
    fake.write_text("not a zip")
    result = run("assess", str(assessment), "--import", str(fake))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {fake}: not a readable .xlsx workbook")
