"""Scanner evidence in every report format and in soc2 diff, from the real Prowler samples imported
through the command line into a copy of the fintech example."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import openpyxl
import pytest
from conftest import REPO, Result, run

DATA = REPO / "tests" / "data" / "prowler"
EXAMPLE = REPO / "examples" / "fintech-type2" / "assessment.yaml"
SAMPLES = sorted(str(p) for p in DATA.glob("example_output_*.ocsf.json"))
EPOCH = {"SOURCE_DATE_EPOCH": "1798761600"}  # 2027-01-01


def _run(*args: str) -> Result:
    return run(*args, env=EPOCH)


@pytest.fixture
def before(tmp_path: Path) -> Path:
    path = tmp_path / "before.yaml"
    shutil.copy(EXAMPLE, path)
    return path


@pytest.fixture
def scanned(before: Path, tmp_path: Path) -> Path:
    path = tmp_path / "a.yaml"
    shutil.copy(before, path)
    result = _run("import", "prowler", *SAMPLES, "--file", str(path))
    assert result.exit_code == 0, result.stderr
    return path


def _report(path: Path, fmt: str, *extra: str) -> str:
    result = _run("report", str(path), "--format", fmt, *extra)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _section(text: str, start: str, end: str) -> list[str]:
    return text[text.index(start) : text.index(end, text.index(start))].splitlines()


def _ocsf(name: str, **changes: Any) -> list[dict[str, Any]]:
    findings: list[dict[str, Any]] = json.loads((DATA / name).read_text(encoding="utf-8"))
    for finding in findings:
        finding.update(changes)
    return findings


def _dated(findings: list[dict[str, Any]], stamp: str) -> list[dict[str, Any]]:
    for finding in findings:
        finding["finding_info"]["created_time_dt"] = stamp
        finding["time_dt"] = stamp
    return findings


def _write(path: Path, findings: list[dict[str, Any]]) -> str:
    path.write_text(json.dumps(findings, indent=1), encoding="utf-8")
    return str(path)


# --- Markdown and HTML -------------------------------------------------------------------------


def test_markdown_gap_lists_failing_checks_and_the_scan_line(scanned: Path) -> None:
    md = _report(scanned, "md")
    card = _section(md, "### LOG-03 ", "- **Criteria it closes:**")
    assert card[2:7] == [
        "- **Gap:** Failing scanner check (answered: operating, documented); severity **High**; "
        "phase: Technical and operational controls",
        "- **Failing checks:**",
        "  - account\\_maintain\\_different\\_contact\\_details\\_to\\_security\\_billing\\_and"
        "\\_operations: arn:aws:iam::&lt;account\\_uid&gt;:root",
        "  - defender\\_additional\\_email\\_configured\\_with\\_a\\_security\\_contact: "
        "&lt;resource\\_uid&gt;",
        "- **Scanner evidence:** 0 pass · 1 fail · 2 manual · Prowler (aws) · 2025-02-14; "
        "0 pass · 1 fail · Prowler (azure) · 2025-02-14",
    ]


def test_markdown_scanner_evidence_section(scanned: Path) -> None:
    lines = _section(_report(scanned, "md"), "## Scanner evidence", "## Framework coverage")
    assert lines[4:9] == [
        "| File | Source | Providers | Scanned | Findings | sha256 |",
        "|---|---|---|---|---:|---|",
        "| example\\_output\\_aws.ocsf.json | Prowler | aws | 2025-02-14 | 5 | 1b108550d927 |",
        "| example\\_output\\_azure.ocsf.json | Prowler | azure | 2025-02-14 | 5 | 7df869f0e1b9 |",
        "| example\\_output\\_kubernetes.ocsf.json | Prowler | kubernetes | 2025-02-14 | 6 "
        "| 86e974583bd7 |",
    ]
    assert "| Control | Answer | Latest results | Failing checks |" in lines
    assert (
        "| AC-03 Unique accounts and no shared credentials | Implemented, documented "
        "| 1 pass · 0 fail · Prowler (kubernetes) · 2025-02-14 |  |"
    ) in lines
    assert (
        "| LOG-04 Defined log retention period | Implemented, documented "
        "| 0 pass · 3 fail · Prowler (kubernetes) · 2025-02-14 "
        "| apiserver\\_audit\\_log\\_maxage\\_set: &lt;resource\\_uid&gt;"
        "<br>apiserver\\_audit\\_log\\_maxbackup\\_set: &lt;resource\\_uid&gt;"
        "<br>apiserver\\_audit\\_log\\_maxsize\\_set: &lt;resource\\_uid&gt; |"
    ) in lines
    assert "### Accepted exceptions" not in lines  # nothing muted or waived yet


def test_no_scanner_section_without_scans(before: Path) -> None:
    assert "Scanner evidence" not in _report(before, "md")
    assert "scanner-evidence" not in _report(before, "html")
    assert "Scan" not in _report(before, "evidence").split("| Control |")[1].splitlines()[0]


def test_html_gap_card_and_section(scanned: Path) -> None:
    html = _report(scanned, "html")
    card = html[html.index("<h3>LOG-04 ") : html.index("</div>", html.index("<h3>LOG-04 "))]
    assert (
        '<ul class="checks"><li>apiserver_audit_log_maxage_set: &lt;resource_uid&gt;</li>'
        "<li>apiserver_audit_log_maxbackup_set: &lt;resource_uid&gt;</li>"
        "<li>apiserver_audit_log_maxsize_set: &lt;resource_uid&gt;</li></ul>"
    ) in card
    assert (
        '<p class="small scan">Scanner evidence: 0 pass · 3 fail · Prowler (kubernetes) · '
        '<time datetime="2025-02-14">2025-02-14</time></p>'
    ) in card
    section = html[html.index('<section id="scanner-evidence">') :]
    section = section[: section.index("</section>")]
    assert (
        "<tr><td>example_output_aws.ocsf.json</td><td>Prowler</td><td>aws</td>"
        '<td><time datetime="2025-02-14">2025-02-14</time></td>'
        '<td class="n">5</td><td><code title="1b108550d92794f9fd91819c32775a52e10bbaa715f1cee1799'
        'dacb0692e2eb5">1b108550d927</code></td></tr>'
    ) in section
    assert (
        "<tr><td>VUL-05 Hardened configuration baselines built into images and infrastructure "
        "code</td><td>Implemented, not documented</td><td>1 pass · 1 fail · Prowler (kubernetes) "
        '· <time datetime="2025-02-14">2025-02-14</time></td><td>apiserver_always_pull_images_plugin: &lt;resource_uid&gt;</td></tr>'
    ) in section


def test_unmapped_checks_count_for_their_criteria(scanned: Path, tmp_path: Path) -> None:
    findings = _ocsf("example_output_aws.ocsf.json")[:1]
    findings[0]["metadata"]["event_code"] = "custom_org_check"
    findings[0]["status_code"] = "PASS"
    findings[0]["unmapped"]["compliance"] = {"SOC2": ["cc_6_1"]}
    path = _write(tmp_path / "custom.ocsf.json", findings)
    assert _run("import", "prowler", path, "--file", str(scanned)).exit_code == 0
    md = _report(scanned, "md")
    row = next(line for line in md.splitlines() if line.startswith("| CC6.1 "))
    assert "(scanner: 1 pass · 0 fail) |" in row
    lines = _section(md, "## Scanner evidence", "## Framework coverage")
    assert lines[lines.index("| Criterion | Findings |") + 2].endswith("| 1 pass · 0 fail |")
    assert (
        "> custom.ocsf.json: 1 check(s) the catalogue does not map, counted for no control: "
        "custom\\_org\\_check"
    ) in lines
    assert "scanner: 1 pass · 0 fail" in _report(scanned, "html")


def test_waived_and_muted_findings_are_accepted_exceptions(scanned: Path, tmp_path: Path) -> None:
    waive = _run(
        "waive",
        "accessanalyzer_enabled",
        "--reason",
        "Org analyzer | audit account",
        "--until",
        "2027-06-30",
        "--file",
        str(scanned),
    )
    assert waive.exit_code == 0, waive.stderr
    muted = _dated(_ocsf("example_output_kubernetes.ocsf.json", status="Suppressed"), "2026-06-01")
    k8s = _write(tmp_path / "k8s.json", muted)
    assert _run("import", "prowler", k8s, "--file", str(scanned)).exit_code == 0
    md = _report(scanned, "md")
    lines = _section(md, "### Accepted exceptions", "## Framework coverage")
    assert lines[2:5] == [
        "| Control | Check and resources | Accepted as | Reason | Until |",
        "|---|---|---|---|---|",
        "| AC-03 Unique accounts and no shared credentials | apiserver\\_anonymous\\_requests: "
        "&lt;resource\\_uid&gt; | muted | muted in the scanner |  |",
    ]
    assert (
        "| AC-04 Role-based access with least privilege | accessanalyzer\\_enabled: "
        "&lt;resource\\_uid&gt; | waived | Org analyzer \\| audit account | 2027-06-30 |"
    ) in lines
    assert (
        "- **accessanalyzer\\_enabled**: Org analyzer \\| audit account; until 2027-06-30"
    ) in lines
    assert "### AC-04 " not in md  # waived: no gap
    assert (
        "| AC-04 Role-based access with least privilege | Implemented, documented "
        "| 0 pass · 0 fail · 1 waived · Prowler (aws) · 2025-02-14 |  |"
    ) in md.splitlines()


def test_expired_waiver_is_marked(scanned: Path) -> None:
    args = ("--reason", "temporary", "--until", "2026-01-31", "--file", str(scanned))
    assert _run("waive", "accessanalyzer_enabled", *args).exit_code == 0
    md = _report(scanned, "md")
    assert (
        "- **accessanalyzer\\_enabled**: temporary; until 2026-01-31 **(expired: its failures "
        "are gaps again)**"
    ) in md.splitlines()
    assert "### AC-04 " in md


# --- CSV, xlsx, JUnit, JSON --------------------------------------------------------------------


def test_csv_scan_columns(scanned: Path) -> None:
    rows = {r["control"]: r for r in csv.DictReader(io.StringIO(_report(scanned, "csv")))}
    log03 = rows["LOG-03"]
    assert (log03["scan_pass"], log03["scan_fail"]) == ("0", "2")
    assert log03["scans"] == "Prowler (aws) scan of 2025-02-14 | Prowler (azure) scan of 2025-02-14"
    assert log03["failing_checks"] == (
        "account_maintain_different_contact_details_to_security_billing_and_operations: "
        "arn:aws:iam::<account_uid>:root | "
        "defender_additional_email_configured_with_a_security_contact: <resource_uid>"
    )
    assert [rows["AC-03"][k] for k in ("scan_pass", "scan_fail", "failing_checks")] == [
        "1",
        "0",
        "",
    ]
    assert [rows["GOV-01"][k] for k in ("scan_pass", "scan_fail", "scans")] == ["", "", ""]


def test_csv_and_xlsx_cells_never_formulas(scanned: Path, tmp_path: Path) -> None:
    checks = {
        "source": "-evil",
        "generated_at": "2026-06-01T00:00:00Z",
        "results": [
            {"check": "=SUM(1)", "status": "fail", "resource": "r", "controls": ["GOV-01"]}
        ],
    }
    path = tmp_path / "checks.json"
    path.write_text(json.dumps(checks), encoding="utf-8")
    assert _run("import", "checks", str(path), "--file", str(scanned)).exit_code == 0
    row = next(
        r for r in csv.DictReader(io.StringIO(_report(scanned, "csv"))) if r["control"] == "GOV-01"
    )
    assert row["failing_checks"] == "'=SUM(1): r"
    assert row["scans"] == "'-evil (-evil) scan of 2026-06-01"
    out = tmp_path / "r.xlsx"
    _report(scanned, "xlsx", "-o", str(out))
    ws = openpyxl.load_workbook(out)["Scanner evidence"]
    cell = next(r[11] for r in ws.iter_rows(min_row=2) if r[0].value == "GOV-01")
    assert cell.value == "=SUM(1)" and cell.data_type == "s"


def test_xlsx_scanner_evidence_and_accepted_sheets(scanned: Path, tmp_path: Path) -> None:
    args = ("--reason", "org analyzer", "--file", str(scanned))
    assert _run("waive", "accessanalyzer_enabled", *args).exit_code == 0
    out = tmp_path / "r.xlsx"
    _report(scanned, "xlsx", "-o", str(out))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[-2:] == ["Scanner evidence", "Accepted exceptions"]
    ws = wb["Scanner evidence"]
    assert [c.value for c in ws[1]] == [
        "Control", "Title", "Answer", "Source", "Provider", "Scanned", "Pass", "Fail", "Manual",
        "Muted", "Waived", "Failing checks", "Resources", "File", "sha256",
    ]  # fmt: skip
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    log04 = next(r for r in rows if r[0] == "LOG-04")
    assert log04[2:13] == [
        "Implemented, documented", "Prowler", "kubernetes", datetime(2025, 2, 14), 0, 3, 0, 0, 0,
        "apiserver_audit_log_maxage_set\napiserver_audit_log_maxbackup_set\n"
        "apiserver_audit_log_maxsize_set",
        "apiserver_audit_log_maxage_set: <resource_uid>\n"
        "apiserver_audit_log_maxbackup_set: <resource_uid>\n"
        "apiserver_audit_log_maxsize_set: <resource_uid>",
    ]  # fmt: skip
    assert log04[13:] == [
        "example_output_kubernetes.ocsf.json",
        "86e974583bd78daf7da531d92b72582161651a5b05061c8927521d5a7afed0b0",
    ]
    assert next(r for r in rows if r[0] == "AC-04")[6:13] == [0, 0, 0, 0, 1, None, None]
    assert [r[0] for r in rows if r[0] == "LOG-03"] == ["LOG-03", "LOG-03"]  # aws and azure
    accepted = [[c.value for c in r] for r in wb["Accepted exceptions"].iter_rows()]
    assert accepted == [
        ["Control", "Title", "Check", "Resources", "Findings", "Accepted as", "Reason", "Until"],
        [
            "AC-04", "Role-based access with least privilege", "accessanalyzer_enabled",
            "<resource_uid>", 1, "waived", "org analyzer", "open",
        ],
    ]  # fmt: skip
    requests = wb["Evidence requests"]
    assert requests.cell(row=1, column=8).value == "Scan"
    ac03 = next(r for r in requests.iter_rows(min_row=2) if r[0].value == "AC-03")
    assert ac03[7].value == "covered by Prowler (kubernetes) scan of 2025-02-14: 1 pass"


def test_xlsx_without_scans_has_no_scanner_sheets(before: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    _report(before, "xlsx", "-o", str(out))
    wb = openpyxl.load_workbook(out)
    assert "Scanner evidence" not in wb.sheetnames
    assert wb["Evidence requests"].max_column == 7


def test_junit_failure_names_the_failing_checks(scanned: Path) -> None:
    junit = _report(scanned, "junit")
    assert (
        "LOG-04 Defined log retention period: Failing scanner check (medium)\n"
        "  - apiserver_audit_log_maxage_set: &lt;resource_uid&gt;\n"
        "  - apiserver_audit_log_maxbackup_set: &lt;resource_uid&gt;\n"
        "  - apiserver_audit_log_maxsize_set: &lt;resource_uid&gt;"
    ) in junit
    failure = next(
        f for f in ET.fromstring(junit).iter("failure") if "LOG-04" in f.get("message", "")
    )
    assert "LOG-04 Defined log retention period: Failing scanner check (medium)" in str(
        failure.get("message")
    )
    assert "apiserver_audit_log_maxage_set" not in str(failure.get("message"))


def test_json_carries_the_scanner_evidence(scanned: Path) -> None:
    data = json.loads(_report(scanned, "json"))
    assert [s["file"] for s in data["scans"]] == [Path(s).name for s in SAMPLES]
    gap = next(g for g in data["gaps"] if g["control"] == "LOG-02")
    assert gap["kind"] == "failing_check"
    assert gap["failing"] == [
        {
            "check": "apiserver_audit_log_path_set",
            "reason": "",
            "resources": ["<resource_uid>"],
            "total": 1,
        }
    ]


# --- the evidence request list ----------------------------------------------------------------


def test_evidence_list_marks_what_the_scans_cover(scanned: Path) -> None:
    text = _report(scanned, "evidence")
    assert "| Control | Owner | Frequency | Collect | Samples | Status | Scan |" in text
    rows = {line.split(" ")[1]: line for line in text.splitlines() if line.startswith("| ")}
    assert rows["AC-03"].endswith(
        "| Implemented, documented | covered by Prowler (kubernetes) scan of 2025-02-14: 1 pass |"
    )
    assert rows["LOG-03"].endswith(
        "| Operating, documented | Prowler (aws) scan of 2025-02-14 shows 1 failing (account\\_maintain\\_"
        "different\\_contact\\_details\\_to\\_security\\_billing\\_and\\_operations); 2 manual, "
        "to check by hand<br>Prowler (azure) scan of 2025-02-14 shows 1 failing (defender\\_"
        "additional\\_email\\_configured\\_with\\_a\\_security\\_contact) |"
    )
    assert rows["GOV-01"].endswith(" |  |")


# --- soc2 diff ---------------------------------------------------------------------------------


def test_diff_lists_newly_failing_checks_as_regressions(before: Path, scanned: Path) -> None:
    text = _run("diff", str(before), str(scanned))
    assert text.exit_code == 1
    assert "; 12 check(s) newly failing, 0 newly passing" in text.stdout.splitlines()[0]
    assert "  - LOG-04: check apiserver_audit_log_maxage_set now fails (1 resource)" in text.stdout
    lines = text.stdout.splitlines()
    start = lines.index("Checks now failing:")
    assert lines[start + 1 : start + 3] == [
        "  + AC-04    accessanalyzer_enabled: <resource_uid>",
        "  + LOG-01   appinsights_ensure_is_configured: AppInsights",
    ]
    data = json.loads(_run("diff", str(before), str(scanned), "--format", "json").stdout)
    assert data["newly_passing"] == [] and data["newly_accepted"] == []
    assert [(c["control"], c["check"]) for c in data["newly_failing"]] == sorted(
        (c["control"], c["check"]) for c in data["newly_failing"]
    )
    assert data["newly_failing"][0] == {
        "check": "accessanalyzer_enabled",
        "control": "AC-04",
        "reason": "",
        "resources": ["<resource_uid>"],
        "title": "Role-based access with least privilege",
        "total": 1,
    }
    md = _run("diff", str(before), str(scanned), "--format", "md").stdout
    assert (
        "| AC-04 Role-based access with least privilege | accessanalyzer\\_enabled | now fails "
        "| &lt;resource\\_uid&gt; |"
    ) in md.splitlines()


def test_diff_lists_newly_passing_checks_after_a_clean_scan(scanned: Path, tmp_path: Path) -> None:
    later = tmp_path / "later.yaml"
    shutil.copy(scanned, later)
    clean = _dated(_ocsf("example_output_kubernetes.ocsf.json", status_code="PASS"), "2026-06-01")
    result = _run("import", "prowler", _write(tmp_path / "k8s.json", clean), "--file", str(later))
    assert result.exit_code == 0, result.stderr
    text = _run("diff", str(scanned), str(later))
    assert text.exit_code == 0, text.stdout
    assert "; 0 check(s) newly failing, 5 newly passing" in text.stdout.splitlines()[0]
    lines = text.stdout.splitlines()
    start = lines.index("Checks now passing:")
    assert lines[start + 1 :] == [
        "  - LOG-02   apiserver_audit_log_path_set: <resource_uid>",
        "  - LOG-04   apiserver_audit_log_maxage_set: <resource_uid>",
        "  - LOG-04   apiserver_audit_log_maxbackup_set: <resource_uid>",
        "  - LOG-04   apiserver_audit_log_maxsize_set: <resource_uid>",
        "  - VUL-05   apiserver_always_pull_images_plugin: <resource_uid>",
    ]
    data = json.loads(_run("diff", str(scanned), str(later), "--format", "json").stdout)
    assert data["regression"] is False and data["newly_failing"] == []
    assert [(c["control"], c["check"]) for c in data["newly_passing"]] == [
        ("LOG-02", "apiserver_audit_log_path_set"),
        ("LOG-04", "apiserver_audit_log_maxage_set"),
        ("LOG-04", "apiserver_audit_log_maxbackup_set"),
        ("LOG-04", "apiserver_audit_log_maxsize_set"),
        ("VUL-05", "apiserver_always_pull_images_plugin"),
    ]
    md = _run("diff", str(scanned), str(later), "--format", "md").stdout
    assert (
        "| LOG-02 Cloud audit logs enabled everywhere and protected from tampering "
        "| apiserver\\_audit\\_log\\_path\\_set | now passes | &lt;resource\\_uid&gt; |"
    ) in md.splitlines()


def test_diff_lists_waived_checks_as_accepted(scanned: Path, tmp_path: Path) -> None:
    waived = tmp_path / "waived.yaml"
    shutil.copy(scanned, waived)
    args = ("--reason", "org analyzer", "--file", str(waived))
    assert _run("waive", "accessanalyzer_enabled", *args).exit_code == 0
    result = _run("diff", str(scanned), str(waived))
    assert result.exit_code == 0
    assert (
        "Checks now accepted as exceptions:\n"
        "  ~ AC-04    accessanalyzer_enabled: waived: org analyzer\n"
    ) in result.stdout
    assert "newly passing" not in result.stdout


# --- escaping of scanner output ----------------------------------------------------------------


def test_crafted_scanner_output_is_escaped(scanned: Path, tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script>|*x*"
    findings = _dated(
        _ocsf("example_output_kubernetes.ocsf.json", status_code="FAIL"), "2026-06-01"
    )
    for finding in findings:
        finding["resources"][0]["uid"] = hostile
        finding["status_detail"] = finding["message"] = hostile
    crafted = tmp_path / "crafted.yaml"
    shutil.copy(scanned, crafted)
    path = _write(tmp_path / "scan<b>.json", findings)
    assert _run("import", "prowler", path, "--file", str(crafted)).exit_code == 0
    html = _report(crafted, "html")
    assert "<script" not in html and "<b>" not in html
    assert "apiserver_audit_log_maxage_set: &lt;script&gt;alert(1)&lt;/script&gt;|*x*" in html
    assert "<tr><td>scan&lt;b&gt;.json</td>" in html
    md = _report(crafted, "md")
    assert "<script" not in md and "<b>" not in md
    assert (
        "apiserver\\_audit\\_log\\_maxage\\_set: &lt;script&gt;alert(1)&lt;/script&gt;\\|\\*x\\*"
    ) in md
    assert "| scan&lt;b&gt;.json | Prowler | kubernetes | 2026-06-01 | 6 |" in md
    for fmt in ("evidence", "junit"):
        assert "<script" not in _report(crafted, fmt)
    diff = _run("diff", str(scanned), str(crafted), "--format", "md")
    assert diff.exit_code == 1
    assert (
        "| AC-03 Unique accounts and no shared credentials | apiserver\\_anonymous\\_requests "
        "| now fails | &lt;script&gt;alert(1)&lt;/script&gt;\\|\\*x\\* |"
    ) in diff.stdout.splitlines()
    assert "<script" not in diff.stdout
