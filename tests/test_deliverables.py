"""Consultant deliverables: the workbook, the evidence request list, framework coverage, client summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from conftest import all_answers, assessment_doc, run, write_assessment

from soc2cli.catalogue import Catalogue
from soc2cli.evidence import occurrences, sample_text
from soc2cli.vocabulary import Frequency

EPOCH = {"SOURCE_DATE_EPOCH": "1798761600"}


@pytest.fixture
def type2(tmp_path: Path, builtin: Catalogue) -> Path:
    answers = all_answers(builtin, "documented")
    answers[builtin.controls[0].id] = {
        "status": "missing",
        "notes": '=HYPERLINK("http://x")',
        "owner": "Internal Owner",
    }
    doc = assessment_doc(
        report_type="type2", categories=["security", "confidentiality"], answers=answers
    )
    return write_assessment(tmp_path / "a.yaml", doc)


def test_workbook_sheets_headers_and_rows(type2: Path, tmp_path: Path, builtin: Catalogue) -> None:
    out = tmp_path / "r.xlsx"
    result = run("report", str(type2), "--format", "xlsx", "-o", str(out), env=EPOCH)
    assert result.exit_code == 0, result.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Summary",
        "Categories",
        "Control matrix",
        "Gaps",
        "Criteria",
        "Evidence requests",
        "Evidence register",
        "Frameworks",
    ]
    matrix = wb["Control matrix"]
    header = [c.value for c in matrix[1]]
    assert header[:8] == [
        "Control",
        "Title",
        "Type",
        "Frequency",
        "Owner",
        "Criteria",
        "Applicable",
        "Status",
    ]
    assert {
        "Gap kind",
        "Remediation",
        "Effort (days)",
        "Evidence to collect",
        "ISO 27001:2022",
        "NIST CSF 2.0",
        "Notes",
    } <= set(header)
    assert matrix.max_row == len(builtin.controls) + 1
    assert matrix.freeze_panes == "A2" and matrix.auto_filter.ref
    first = matrix[2]
    assert first[0].value == builtin.controls[0].id and first[7].value == "Missing, not documented"
    assert first[7].fill.fgColor.rgb.endswith("F4CCCC")
    notes = first[header.index("Notes")]
    assert (
        notes.value == '=HYPERLINK("http://x")' and notes.data_type == "s"
    )  # text, never a formula
    gaps = wb["Gaps"]
    severities = [r[1].value for r in gaps.iter_rows(min_row=2)]
    phases = [r[0].value for r in gaps.iter_rows(min_row=2)]
    order = ["Foundations", "Technical and operational controls", "Evidence collection"]
    assert phases == sorted(phases, key=order.index)
    assert severities[0] in ("Critical", "High")
    criteria = wb["Criteria"]
    assert criteria.max_row == 62
    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows(min_row=2) if r[0].value}
    assert summary["Organisation"] == "Example Co" and summary["Report type"] == "Type II"
    assert "Type II observation start (earliest)" in summary
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)


def test_xlsx_needs_an_output_file(type2: Path) -> None:
    result = run("report", str(type2), "--format", "xlsx")
    assert result.exit_code == 2
    assert "writes a binary file: give one with -o FILE" in result.stderr


def test_occurrences_follow_the_period() -> None:
    start, end = date(2027, 2, 1), date(2027, 7, 31)
    assert occurrences(Frequency.quarterly, start, end) == 2
    assert occurrences(Frequency.monthly, start, end) == 6
    assert occurrences(Frequency.semi_annual, start, end) == 1
    assert occurrences(Frequency.annual, start, end) == 1
    assert occurrences(Frequency.weekly, start, end) == 25
    assert occurrences(Frequency.daily, start, end) == 181
    assert occurrences(Frequency.on_event, start, end) is None
    assert occurrences(Frequency.quarterly, date(2027, 1, 1), date(2027, 12, 31)) == 4
    assert "each event" in sample_text(Frequency.on_event, start, end)


def test_evidence_request_list(type2: Path, builtin: Catalogue) -> None:
    result = run("report", str(type2), "--format", "evidence", env=EPOCH)
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("# Evidence request list: Example Co")
    assert "observation period 2027-03-01 to 2027-08-31" in text
    quarterly = next(
        c
        for c in builtin.controls
        if c.frequency is Frequency.quarterly and "CC6.1" not in c.criteria
    )
    row = next(line for line in text.splitlines() if line.startswith(f"| {quarterly.id} "))
    assert "| Quarterly |" in row and "2 occurrences in the period" in row


def test_framework_option_adds_detail_and_filters_json(type2: Path) -> None:
    md = run("report", str(type2), "--framework", "iso27001", env=EPOCH).stdout
    assert "## Framework coverage" in md and "not a certification" in md
    assert "### ISO/IEC 27001:2022 Annex A" in md and "| A.5.15 |" in md
    import json

    data = json.loads(
        run(
            "report",
            str(type2),
            "--format",
            "json",
            "--framework",
            "nist-csf",
            "--framework",
            "gdpr",
            env=EPOCH,
        ).stdout
    )
    assert sorted(data["frameworks"]) == ["gdpr", "nist_csf_2"]
    assert data["framework_focus"] == ["nist_csf_2", "gdpr"]
    bad = run("report", str(type2), "--framework", "sox")
    assert bad.exit_code == 2 and "unknown framework 'sox'" in bad.stderr


def test_client_summary_has_nothing_internal(type2: Path) -> None:
    for fmt in ("summary", "summary-html"):
        result = run("report", str(type2), "--format", fmt, env=EPOCH)
        assert result.exit_code == 0
        text = result.stdout
        assert "Example Co" in text and "readiness summary" in text
        assert "Internal Owner" not in text and "HYPERLINK" not in text
        assert "not an auditor's opinion" in text
