"""soc2 report: formats, determinism, escaping, --fail-under, output files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import all_answers, assessment_doc, run, write_assessment

from soc2cli.assessment import load_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.diff import compare
from soc2cli.formats import DiffFormat, Format, render, render_diff
from soc2cli.scoring import score

EPOCH = {"SOURCE_DATE_EPOCH": "1798761600"}  # 2027-01-01
AS_OF = date(2027, 1, 1)
XSS = "<script>alert(1)</script> | `tick` *star*"


@pytest.fixture
def assessment(tmp_path: Path, builtin: Catalogue) -> Path:
    answers = all_answers(builtin, "documented")
    first, second = builtin.controls[0].id, builtin.controls[1].id
    answers[first] = {"status": "missing", "notes": XSS, "owner": "CTO <b>"}
    answers[second] = {"status": "not_applicable", "notes": "No office " + XSS}
    doc = assessment_doc(
        report_type="type2",
        categories=["security", "availability"],
        answers=answers,
        organization="Acme " + XSS,
        systems=[{"name": "API <img src=x onerror=alert(1)>", "description": "REST | API"}],
        target_date="2027-12-31",
    )
    return write_assessment(tmp_path / "assessment.yaml", doc)


def test_every_format_has_a_renderer(assessment: Path, builtin: Catalogue) -> None:
    report = score(builtin, load_assessment(assessment, builtin), as_of=AS_OF, tool_version="test")
    for fmt in Format:
        rendered = render(report, fmt, builtin)
        assert isinstance(rendered, bytes if fmt.binary else str), fmt
        assert rendered, fmt
    change = compare(report, report, old_label="a", new_label="b")
    for diff_format in DiffFormat:
        assert render_diff(change, diff_format), diff_format


def test_markdown_to_stdout_by_default(assessment: Path) -> None:
    result = run("report", str(assessment), env=EPOCH)
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith(
        "# SOC 2 readiness report: Acme &lt;script&gt;alert(1)&lt;/script&gt; \\| \\`tick\\` \\*star\\*"
    )
    for heading in (
        "## Executive summary",
        "## Scope",
        "## Criteria",
        "## Gaps and remediation",
        "## Remediation plan",
        "```mermaid",
        "gantt",
        "## Appendix: not-applicable justifications",
        "## Method",
    ):
        assert heading in text
    assert "<script>" not in text and "<img" not in text
    # A note with a pipe stays inside its table cell.
    row = next(line for line in text.splitlines() if line.startswith("| ") and "No office" in line)
    assert row.count(" | ") == 1


def test_json_is_deterministic_and_complete(assessment: Path) -> None:
    first = run("report", str(assessment), "--format", "json", env=EPOCH).stdout
    second = run("report", str(assessment), "--format", "json", env=EPOCH).stdout
    assert first == second
    data = json.loads(first)
    for key in (
        "schema_version",
        "tool_version",
        "catalogue",
        "scope",
        "summary",
        "criteria",
        "gaps",
        "plan",
        "frameworks",
    ):
        assert key in data
    assert data["plan"]["as_of"] == "2027-01-01"
    assert data["summary"]["report_type"] == "type2"
    assert {"id", "category", "status", "controls"} <= set(data["criteria"][0])
    gap = data["gaps"][0]
    assert {
        "control",
        "criteria",
        "kind",
        "severity",
        "remediation",
        "effort_days",
        "owner",
        "phase",
    } <= set(gap)
    assert data["plan"]["type2"]["observation_months"] == 6
    assert data["scope"]["organization"] == "Acme " + XSS
    assert first == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_html_escapes_and_is_self_contained(assessment: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("report", str(assessment), "--format", "html", "-o", str(out), env=EPOCH)
    assert result.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html and "<img" not in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html
    assert "<svg" in html and "<style>" in html


def test_csv_control_matrix(assessment: Path, builtin: Catalogue) -> None:
    text = run("report", str(assessment), "--format", "csv", env=EPOCH).stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(builtin.controls)
    assert rows[0]["control"] == builtin.controls[0].id and rows[0]["status"] == "missing"
    assert rows[0]["gap_kind"] == "missing_control"


def test_junit_one_case_per_criterion(assessment: Path) -> None:
    text = run("report", str(assessment), "--format", "junit", env=EPOCH).stdout
    root = ET.fromstring(text)
    cases = root.findall(".//testcase")
    assert len(cases) == 36  # security 33 + availability 3
    assert root.find(".//testcase/failure") is not None


def test_fail_under(assessment: Path, tmp_path: Path, builtin: Catalogue) -> None:
    low = run("report", str(assessment), "--format", "json", "--fail-under", "100", env=EPOCH)
    assert low.exit_code == 1
    readiness = json.loads(low.stdout)["summary"]["readiness"]  # the report is still written
    assert 0 < readiness < 1
    assert f"Type II readiness {readiness * 100:.1f} % is below --fail-under 100 %" in low.stderr
    ready = write_assessment(
        tmp_path / "ready.yaml", assessment_doc(answers=all_answers(builtin, "operating"))
    )
    assert run("report", str(ready), "--fail-under", "100", env=EPOCH).exit_code == 0


def test_output_to_missing_folder_is_clear_error(assessment: Path, tmp_path: Path) -> None:
    result = run("report", str(assessment), "-o", str(tmp_path / "nope" / "r.md"))
    assert result.exit_code == 2
    assert (
        result.stderr == f"error: {tmp_path / 'nope' / 'r.md'}: the output folder does not exist\n"
    )
    assert not (tmp_path / "nope").exists()


def test_bad_assessment_is_located(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("schema_version: 1\nscope:\n  organization: X\n  report_tpye: type1\n")
    result = run("report", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {path}:4:3: scope.report_tpye: unknown key 'report_tpye' (did you mean 'report_type'?)\n"
    )


def test_bad_status_suggests(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("scope:\n  organization: X\nanswers:\n  AC-01:\n    status: operatng\n")
    result = run("report", str(path))
    assert result.exit_code == 2
    assert "a.yaml:5:5: answers.AC-01.status: 'operatng' is not one of" in result.stderr
    assert "(did you mean 'operating'?)" in result.stderr


def test_unknown_category_in_scope(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("scope:\n  organization: X\n  categories: [security, availabilty]\n")
    result = run("report", str(path))
    assert result.exit_code == 2
    assert "a.yaml:3:26: scope.categories[1]: unknown category 'availabilty'" in result.stderr
    assert "did you mean 'availability'" in result.stderr


def test_unknown_control_answer_warns_and_keeps(tmp_path: Path) -> None:
    path = write_assessment(
        tmp_path / "a.yaml", assessment_doc(answers={"ZZ-01": {"status": "missing"}})
    )
    result = run("report", str(path), "--format", "json", env=EPOCH)
    assert result.exit_code == 0
    assert "answers.ZZ-01: not a control in the catalogue; kept, not scored" in result.stderr
    assert json.loads(result.stdout)["unknown_answers"] == ["ZZ-01"]


def test_policies_option_turns_findings_into_gaps(assessment: Path, tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    assert run("policies", "generate", str(assessment), "-o", str(folder), env=EPOCH).exit_code == 0
    clean = json.loads(
        run(
            "report", str(assessment), "--format", "json", "--policies", str(folder), env=EPOCH
        ).stdout
    )
    assert clean["policies_checked"] is True and clean["policy_gaps"] == []
    (folder / "incident-response.md").unlink()
    data = json.loads(
        run(
            "report", str(assessment), "--format", "json", "--policies", str(folder), env=EPOCH
        ).stdout
    )
    kinds = {(g["policy"], g["kind"]) for g in data["policy_gaps"]}
    assert ("incident-response", "missing") in kinds
    md = run("report", str(assessment), "--policies", str(folder), env=EPOCH).stdout
    assert "## Policy gaps" in md and "**incident-response** (missing, high severity)" in md
    missing = run("report", str(assessment), "--policies", str(tmp_path / "nope"))
    assert missing.exit_code == 2 and "policy folder not found" in missing.stderr
