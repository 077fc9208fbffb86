"""The audit and after (SPEC 7.5): the auditor RFP and the bidder sheet, the plan's budget and
timeline, audit exceptions as gaps, and the bridge letter."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any
from unittest import mock

import openpyxl
import pytest
import yaml
from conftest import REPO, assessment_doc, git, run, write_assessment
from markupsafe import escape

from soc2cli.assessment import load_assessment, save_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.templating import md_escape

EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
AS_OF = "2026-12-01"
EPOCH = {"SOURCE_DATE_EPOCH": "1796083200"}  # AS_OF, for the commands without --as-of
# Grouped amounts such as 35,000: the only way the documents write money.
MONEY = re.compile(r"\d,\d{3}")


def _scope(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["scope"]


def _copy(example: str, tmp_path: Path) -> Path:
    target = tmp_path / "assessment.yaml"
    shutil.copy(REPO / "examples" / example / "assessment.yaml", target)
    return target


def _facts(scope: dict[str, Any], catalogue: Catalogue) -> list[str]:
    """Every scope fact the RFP must state, as the user wrote it."""
    titles = {c.id: c.title for c in catalogue.categories}
    data = {d.id: d.title for d in catalogue.data_types}
    facts = [scope["organization"], str(scope["target_date"])]
    facts += [titles[c] for c in scope["categories"]]
    facts += [s["name"] for s in scope["systems"]] + [s["description"] for s in scope["systems"]]
    facts += [
        p if isinstance(p, str) else p["name"] for p in scope.get("subservice_organizations", [])
    ]
    facts += [data[d] for d in scope["data_types"]]
    facts += scope.get("locations", [])
    if "employees" in scope:
        facts.append(str(scope["employees"]))
    if "observation_period" in scope:
        period = scope["observation_period"]
        facts.append(f"{period['start']} to {period['end']}")
    return facts


def _placeholders(text: str) -> list[str]:
    return sorted(
        set(re.findall(r"\[[^\[\]]+(?: not given: add [^\]]+|: fill in before sending)\]", text))
    )


# --- the RFP ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_rfp_md_states_every_scope_fact_and_lists_its_placeholders(
    path: Path, builtin: Catalogue
) -> None:
    result = run("rfp", str(path), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    scope = _scope(path)
    for fact in _facts(scope, builtin):
        assert md_escape(fact) in text, fact
    label = "Type II" if scope["report_type"] == "type2" else "Type I"
    assert text.startswith(f"# Request for proposal: SOC 2 {label} examination of ")
    # Each placeholder in the body is listed under "Before sending", and nothing else is.
    before, body = text.split("\n\n", 2)[1], text.split("\n\n", 2)[2]
    listed = sorted(re.findall(r"^> - (\[.+\])$", before, flags=re.M))
    assert listed == _placeholders(body)
    assert "[contact name and email: fill in before sending]" in listed
    assert ("[headcount not given: add scope.employees]" in listed) == ("employees" not in scope)
    assert ("[locations not given: add scope.locations]" in listed) == ("locations" not in scope)
    # The questions the seed and practitioners ask are all there.
    for question in ("Licensed CPA firm", "AICPA peer review", "Independence from the readiness"):
        assert question in text


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_rfp_states_a_fee_only_when_the_scope_gives_one(path: Path, tmp_path: Path) -> None:
    scope = _scope(path)
    md = run("rfp", str(path), "--as-of", AS_OF).stdout
    html = run("rfp", str(path), "--as-of", AS_OF, "--format", "html").stdout
    sheet = run("rfp", str(path), "--format", "csv").stdout
    xlsx = tmp_path / "bidders.xlsx"
    assert run("rfp", str(path), "--format", "xlsx", "-o", str(xlsx)).exit_code == 0
    cells = " ".join(
        str(c.value) for ws in openpyxl.load_workbook(xlsx) for row in ws.iter_rows() for c in row
    )
    assert not MONEY.search(sheet)  # the comparison sheet never holds an amount of its own
    fee = scope.get("audit_fee")
    if fee is None:
        for text in (md, html, cells):
            assert not MONEY.search(text)
            assert "Budget" not in text
    else:
        expected = f"{fee['min']:,} to {fee['max']:,} {scope['currency']}"
        assert f"- **Budget:** {expected} for the examination." in md
        assert f"<strong>Budget:</strong> {expected} for the examination." in html
        assert expected in cells
        assert MONEY.findall(md) == MONEY.findall(expected)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_rfp_html_is_escaped_self_contained_and_complete(path: Path, builtin: Catalogue) -> None:
    result = run("rfp", str(path), "--as-of", AS_OF, "--format", "html")
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    for fact in _facts(_scope(path), builtin):
        assert str(escape(fact)) in page, fact
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert "http://" not in page and "https://" not in page
    listed = re.findall(
        r"<li>(\[[^<]+\])</li>", page.split('id="placeholders"')[1].split("</section>")[0]
    )
    assert sorted(listed) == _placeholders(page.split("</section>", 1)[1])


def test_rfp_names_every_missing_fact(tmp_path: Path) -> None:
    path = write_assessment(
        tmp_path / "a.yaml",
        {
            "schema_version": 2,
            "scope": {
                "organization": "<b>Acme</b> & *Co*",
                "report_type": "type2",
                "hosting": "cloud",
                "systems": [{"name": "Portal"}],
                "audit_fee": {"min": 20000, "max": 30000.5},
            },
        },
    )
    md = run("rfp", str(path), "--as-of", AS_OF)
    assert md.exit_code == 0, md.stderr
    assert "[headcount not given: add scope.employees]" in md.stdout
    listed = re.findall(r"^> - (\[.+\])$", md.stdout, flags=re.M)
    assert listed == [
        "[contact name and email: fill in before sending]",
        "[date proposals are due: fill in before sending]",
        "[headcount not given: add scope.employees]",
        "[locations not given: add scope.locations]",
        "[observation period not given: add scope.observation_period]",
        "[target report date not given: add scope.target_date]",
        "[data types not given: add scope.data_types]",
        "[description of Portal not given: add it under scope.systems]",
        "[hosting providers not given: add scope.subservice_organizations]",
        "[currency not given: add scope.currency]",
    ]
    assert "20,000 to 30,000.50 **[currency not given: add scope.currency]**" in md.stdout
    assert (
        "# Request for proposal: SOC 2 Type II examination of &lt;b&gt;Acme&lt;/b&gt; &amp; \\*Co\\*"
        in md.stdout
    )
    html = run("rfp", str(path), "--as-of", AS_OF, "--format", "html").stdout
    assert "<b>Acme" not in html and "&lt;b&gt;Acme&lt;/b&gt; &amp; *Co*" in html


def test_bidder_sheet_is_a_blank_weighted_template(tmp_path: Path) -> None:
    path = REPO / "examples" / "seed-saas" / "assessment.yaml"
    result = run("rfp", str(path), "--format", "csv", "--bidder", "Audit One", "--bidder", "=cmd()")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [
        "Criterion",
        "What to look for",
        "Requirement",
        "Weight",
        "Audit One score (0-5)",
        "'=cmd() score (0-5)",
        "Notes",
    ]
    criteria = rows[1 : rows.index(next(r for r in rows if r[0] == "Weighted score"))]
    assert len(criteria) == 12
    assert sum(int(r[3]) for r in criteria) == 100
    assert {r[0] for r in criteria if r[2] == "yes"} == {
        "Licensed CPA firm",
        "Independence from the readiness work",
    }
    assert all(r[4] == r[5] == "" for r in rows[1:])  # scores are for the consultant to enter
    assert [r[0] for r in rows[-4:]] == [
        "Quoted fee",
        "Fieldwork dates",
        "Report delivery date",
        "Signing partner and team",
    ]
    out = tmp_path / "bidders.xlsx"
    assert run("rfp", str(path), "--format", "xlsx", "-o", str(out)).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Comparison", "Scope"]
    comparison = [[c.value for c in row] for row in wb["Comparison"].iter_rows()]
    assert comparison[0][4:7] == [
        "Bidder 1 score (0-5)",
        "Bidder 2 score (0-5)",
        "Bidder 3 score (0-5)",
    ]
    assert [r[3] for r in comparison[1:13]] == [int(r[3]) for r in criteria]
    assert not any(c.data_type == "f" for ws in wb for row in ws.iter_rows() for c in row)
    scope = dict((r[0].value, r[1].value) for r in wb["Scope"].iter_rows(min_row=2))
    assert scope["Organisation"] == "Brightlane Analytics Ltd"
    assert scope["Headcount"] == "18"
    assert scope["Locations"] == "Manchester, UK (remote-first)"
    assert "Budget (scope.audit_fee)" not in scope


def test_rfp_xlsx_needs_an_output_file() -> None:
    result = run("rfp", str(EXAMPLES[0]), "--format", "xlsx")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "error: the xlsx sheet is binary: give a file with -o, e.g. -o bidders.xlsx\n"
    )


# --- budget and timeline in the report's plan ------------------------------------------------------


def test_plan_budget_costs_the_effort_and_quotes_only_the_given_fee() -> None:
    fintech = REPO / "examples" / "fintech-type2" / "assessment.yaml"
    report = json.loads(run("report", str(fintech), "--format", "json", "--as-of", AS_OF).stdout)
    budget = report["plan"]["budget"]
    effort = round(sum(p["effort_days"] for p in report["plan"]["phases"]), 1)
    assert budget == {
        "effort_days": effort,
        "day_rate": 950.0,
        "currency": "USD",
        "internal_cost": round(effort * 950, 2),
        "audit_fee_min": 35000.0,
        "audit_fee_max": 55000.0,
    }
    steps = {s["name"]: s for s in report["plan"]["timeline"]}
    assert list(steps) == ["Gap assessment", "Remediation", "Type I audit", "Type II observation"]
    assert steps["Remediation"]["start"] == AS_OF
    assert steps["Remediation"]["end"] == report["plan"]["type1_ready_date"]
    assert steps["Type II observation"]["start"] == report["plan"]["type2"]["observation_start"]
    assert steps["Type II observation"]["typical"] == "6-12 months"
    md = run("report", str(fintech), "--as-of", AS_OF).stdout
    cost = f"{round(effort * 950):,}"
    assert (
        f"- **Internal effort:** {effort:g} person-days to close the gaps, about **{cost} USD** at 950 USD a person-day (scope.day_rate)."
        in md
    )
    assert "- **External audit fee:** 35,000 to 55,000 USD, as given in scope.audit_fee." in md
    assert f"| Remediation | 3-6 months | {AS_OF} to {report['plan']['type1_ready_date']} |" in md


def test_plan_budget_without_rate_or_fee_invents_nothing() -> None:
    path = REPO / "examples" / "healthtech-privacy" / "assessment.yaml"
    report = json.loads(run("report", str(path), "--format", "json", "--as-of", AS_OF).stdout)
    budget = report["plan"]["budget"]
    assert budget["internal_cost"] is None and budget["audit_fee_min"] is None
    for fmt in ("md", "html"):
        text = run("report", str(path), "--format", fmt, "--as-of", AS_OF).stdout
        plan = text[text.index("Remediation plan") :]
        assert "External audit fee:" in plan and "not estimated here" in plan
        assert not MONEY.search(plan[: plan.index("Type I audit")])


# --- audit exceptions --------------------------------------------------------------------------------


def _json(path: Path) -> dict[str, Any]:
    result = run("report", str(path), "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_an_exception_is_a_gap_until_closed_in_report_and_diff(tmp_path: Path) -> None:
    path = _copy("seed-saas", tmp_path)
    before = _json(path)
    ac02 = next(c for c in before["controls"] if c["id"] == "AC-02")
    assert ac02["type1_ready"] and "AC-02" not in {g["control"] for g in before["gaps"]}
    (tmp_path / "before.json").write_text(json.dumps(before), encoding="utf-8")

    added = run(
        "audit", "add-exception", str(path), "ac-02",
        "--description", "MFA was not enforced for 2 of 25 sampled users",
        "--criteria", "CC6.1, CC6.6", "--response", "MFA is now enforced for every account",
        "--owner", "CTO", "--due", "2027-01-31",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    assert added.stdout.splitlines() == [
        f"added an open audit exception for AC-02 in {path} (1 open, 0 closed)",
        f"It is a gap (audit exception) until closed: soc2 audit close {path} AC-02",
    ]
    during = _json(path)
    gap = next(g for g in during["gaps"] if g["control"] == "AC-02")
    assert gap["kind"] == "audit_exception" and gap["owner"] == "CTO"
    assert gap["notes"].startswith(
        "Audit exception: MFA was not enforced for 2 of 25 sampled users. "
        "Management response: MFA is now enforced for every account. Due 2027-01-31."
    )
    assert not next(c for c in during["controls"] if c["id"] == "AC-02")["type1_ready"]
    assert during["summary"]["gaps_by_kind"]["audit_exception"] == 1
    assert during["summary"]["type1"]["ready"] == before["summary"]["type1"]["ready"] - 1
    md = run("report", str(path), "--as-of", AS_OF).stdout
    assert "- **Gap:** Audit exception (answered: implemented, not documented)" in md
    diff = run("diff", str(tmp_path / "before.json"), str(path), env=EPOCH)
    assert diff.exit_code == 1
    assert "  + AC-02 Audit exception (Critical)" in diff.stdout
    assert "new gap AC-02 (audit_exception, critical" in diff.stderr
    (tmp_path / "during.json").write_text(json.dumps(during), encoding="utf-8")

    closed = run("audit", "close", str(path), "AC-02")
    assert closed.exit_code == 0, closed.stderr
    after = _json(path)
    assert "AC-02" not in {g["control"] for g in after["gaps"]}
    assert after["summary"] == before["summary"]
    diff = run("diff", str(tmp_path / "during.json"), str(path), env=EPOCH)
    assert diff.exit_code == 0
    assert "  - AC-02 Audit exception (Critical)" in diff.stdout
    recorded = load_assessment(path).audit
    assert recorded is not None and [e.status.value for e in recorded.exceptions] == ["closed"]


def test_adding_the_same_exception_again_updates_it(tmp_path: Path) -> None:
    path = _copy("seed-saas", tmp_path)
    base = (
        "audit",
        "add-exception",
        str(path),
        "CHG-01",
        "--description",
        "Two changes skipped review",
    )
    assert run(*base, "--owner", "CTO").exit_code == 0
    saved = path.read_bytes()
    again = run(*base, "--owner", "CTO")
    assert again.stdout.startswith("updated an open audit exception for CHG-01")
    assert path.read_bytes() == saved  # nothing new: the file is byte for byte the same
    done = run(
        "audit", "add-exception", str(path), "chg-01",
        "--description", "  two changes   SKIPPED review", "--status", "closed",
    )  # fmt: skip
    assert done.stdout.startswith("updated a closed audit exception for CHG-01")
    audit = load_assessment(path).audit
    assert audit is not None and len(audit.exceptions) == 1
    exception = audit.exceptions[0]
    assert (exception.owner, exception.status.value) == ("CTO", "closed")
    assert exception.description == "  two changes   SKIPPED review".strip()


CSV_HEADER = "control,criteria,description,management_response,owner,due_date,status\n"


def test_csv_import_adds_then_updates_without_duplicates(tmp_path: Path) -> None:
    path = _copy("seed-saas", tmp_path)
    first = tmp_path / "exceptions.csv"
    first.write_text(
        CSV_HEADER
        + "AC-02,CC6.1,MFA not enforced for 2 users,Enforced,CTO,2027-02-28,open\n"
        + 'chg-01,"CC8.1; CC7.1","Two changes deployed without review, in March",,,,\n',
        encoding="utf-8",
    )
    result = run("audit", "import", str(path), str(first))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"imported 2 new and 0 updated audit exception(s) into {path}\n"
    second = tmp_path / "again.csv"
    second.write_text(
        "Control;Description;Owner;Status\n"
        "AC-02;MFA not enforced for 2 users;Security Lead;closed\n",
        encoding="utf-8",
    )
    result = run("audit", "import", str(path), str(second))
    assert result.stdout == f"imported 0 new and 1 updated audit exception(s) into {path}\n"
    assert run("audit", "import", str(path), str(first)).stdout.startswith("imported 0 new and 2")
    audit = load_assessment(path).audit
    assert audit is not None
    assert [(e.control, e.criteria, e.owner, e.status.value) for e in audit.exceptions] == [
        ("AC-02", ["CC6.1"], "CTO", "open"),
        ("CHG-01", ["CC8.1", "CC7.1"], "", "open"),
    ]
    assert audit.exceptions[0].management_response == "Enforced"


def test_csv_import_with_bad_rows_imports_nothing(tmp_path: Path) -> None:
    path = _copy("seed-saas", tmp_path)
    saved = path.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        CSV_HEADER
        + "AC-02,CC6.1,fine,,,,\n"
        + "AC-99,CC6.1,unknown control,,,,\n"
        + 'AC-01,CC66.1,"a description\nover two lines",,,31/01/2027,pending\n'
        + "AC-03,,,,,,\n",
        encoding="utf-8",
    )
    result = run("audit", "import", str(path), str(bad))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {bad}:3: control: unknown control 'AC-99'",
        f"error: {bad}:4: criteria: unknown criterion 'CC66.1'",
        f"error: {bad}:4: due_date: '31/01/2027' is not a date (expected YYYY-MM-DD)",
        f"error: {bad}:4: status: 'pending' is not a status (expected open or closed)",
        f"error: {bad}:6: description: required: what the auditor found",
        f"error: {bad}: 5 problem(s); nothing imported",
    ]
    assert path.read_bytes() == saved
    typo = tmp_path / "typo.csv"
    typo.write_text("control,descripton\nAC-02,x\n", encoding="utf-8")
    result = run("audit", "import", str(path), str(typo))
    assert result.exit_code == 2
    assert (
        f"error: {typo}:1: descripton: unknown column; expected control, criteria, description, "
        "management_response, owner, due_date, status (did you mean 'description'?)"
    ) in result.stderr
    assert path.read_bytes() == saved


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add-exception", "{f}", "AC-99", "--description", "x"], "unknown control 'AC-99'"),
        (["add-exception", "{f}", "AC-01", "--description", " "], "--description must not be empty"),
        (["add-exception", "{f}", "AC-01", "--description", "x", "--due", "soon"], "--due: 'soon' is not a date"),
        (["add-exception", "{f}", "AC-01", "--description", "x", "--criteria", "CC9.9"], "--criteria: unknown criterion 'CC9.9'"),
        (["add-exception", "{f}", "AC-01", "--description", "x", "--status", "done"], "--status: 'done' is not open or closed"),
        (["close", "{f}", "AC-01"], "AC-01 has no open audit exception"),
        (["set", "{f}", "--period", "2027-06-30..2027-01-01"], "--period: '2027-06-30..2027-01-01' ends before it starts"),
        (["set", "{f}", "--period", "2027-01-01"], "is not a period (expected START..END)"),
        (["set", "{f}", "--period", "2027-01-01..2027-06-30", "--date", "2027-06-30"], "not both"),
        (["set", "{f}", "--opinion", "great"], "--opinion: 'great' is not one of unmodified, qualified, adverse, disclaimer"),
        (["set", "{f}", "--report-type", "type3"], "--report-type: 'type3' is not type1 or type2"),
    ],
)  # fmt: skip
def test_bad_audit_input_exits_2_and_changes_nothing(
    tmp_path: Path, args: list[str], message: str
) -> None:
    path = _copy("seed-saas", tmp_path)
    saved = path.read_bytes()
    result = run("audit", *[a.replace("{f}", str(path)) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == saved


@pytest.mark.parametrize(
    ("scope", "audit", "where"),
    [
        ({"employees": 0}, None, ":8:3: scope.employees: Input should be greater than or equal to 1"),
        ({"currency": "usd"}, None, ":8:3: scope.currency: expected a three-letter currency code"),
        ({"audit_fee": {"min": 9, "max": 5}}, None, ":8:3: scope.audit_fee: the fee range's min must not be more than its max"),
        ({"locations": [""]}, None, ":9:5: scope.locations[0]: cannot be empty"),
        ({}, {"exceptions": [{"control": "AC-01"}]}, ":11:5: audit.exceptions[0].description: required key is missing"),
        ({}, {"exceptions": [{"control": "AC-01", "description": "x", "status": "opened"}]}, ":13:5: audit.exceptions[0].status: 'opened' is not one of 'open' or 'closed' (did you mean 'open'?)"),
        ({}, {"period": {"start": "2026-01-01", "end": "2026-06-30"}, "date": "2027-01-01"}, ":9:1: audit: give either the audit period"),
        ({}, {"period": {"start": "2027-01-01", "end": "2026-01-01"}}, ":10:3: audit.period: the audit period must not end before it starts"),
        ({}, {"auditr": "X"}, ":10:3: audit.auditr: unknown key 'auditr' (did you mean 'auditor'?)"),
    ],
)  # fmt: skip
def test_bad_scope_and_audit_blocks_are_located(
    tmp_path: Path, scope: dict[str, Any], audit: dict[str, Any] | None, where: str
) -> None:
    doc = assessment_doc(**scope)
    if audit is not None:
        doc["audit"] = audit
    path = write_assessment(tmp_path / "a.yaml", doc)
    result = run("report", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}")
    assert where in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_every_new_field_saves_byte_for_byte(tmp_path: Path) -> None:
    text = (REPO / "examples" / "fintech-type2" / "assessment.yaml").read_text(encoding="utf-8")
    text += (
        "audit:\n"
        "  auditor: Prescient & Co LLP\n"
        "  report_type: type2\n"
        "  period:\n"
        "    start: 2026-03-01\n"
        "    end: 2026-08-31\n"
        "  opinion: qualified\n"
        "  exceptions:\n"
        "  - control: AC-06\n"
        "    criteria:\n"
        "    - CC6.2\n"
        "    description: One quarterly access review was not performed\n"
        "    management_response: Reviews are now scheduled in the ticketing system\n"
        "    owner: CTO\n"
        "    due_date: 2026-12-31\n"
        "    status: open\n"
        "  - control: CHG-01\n"
        "    description: A change went out without approval\n"
        "    status: closed\n"
    )
    audit = text[text.index("audit:\n") :]
    path = tmp_path / "assessment.yaml"
    path.write_text(text, encoding="utf-8")
    save_assessment(load_assessment(path), path)
    saved = path.read_text(encoding="utf-8")
    # The blocks come back as written, in the same place and order...
    assert saved.endswith(audit)
    scope = saved[saved.index("  employees:") : saved.index("answers:")]
    assert scope == (
        "  employees: 85\n  locations:\n  - New York, USA\n  - Lisbon, Portugal\n"
        "  day_rate: 950\n  currency: USD\n  audit_fee:\n    min: 35000\n    max: 55000\n"
    )
    # ...and saving the unchanged file again leaves it byte for byte the same.
    save_assessment(load_assessment(path), path)
    assert path.read_text(encoding="utf-8") == saved


# --- the bridge letter --------------------------------------------------------------------------------


def _audited(tmp_path: Path) -> Path:
    path = _copy("seed-saas", tmp_path)
    steps = [
        ("set", str(path), "--auditor", "Prescient & Co", "--period", "2026-06-01..2026-11-30", "--opinion", "unqualified"),
        ("add-exception", str(path), "AC-06", "--description", "No access review in Q2", "--owner", "CTO", "--due", "2027-01-15"),
        ("add-exception", str(path), "CHG-01", "--description", "An unreviewed change", "--status", "closed"),
    ]  # fmt: skip
    for step in steps:
        assert run("audit", *step).exit_code == 0
    return path


def test_bridge_letter_states_the_audit_and_no_material_changes(tmp_path: Path) -> None:
    path = _audited(tmp_path)
    result = run("bridge-letter", str(path), "--as-of", "2027-01-20")
    assert result.exit_code == 0, result.stderr
    letter = result.stdout
    assert "Subject: SOC 2 coverage from 2026-12-01 to 2027-01-20" in letter
    assert (
        "Brightlane Analytics Ltd engaged Prescient &amp; Co to examine its controls. The most "
        "recent SOC 2 Type II report covers the period 2026-06-01 to 2026-11-30, for Brightlane "
        "Platform and Brightlane Connectors, and the Trust Services category Security. The "
        "auditor issued an unmodified opinion."
    ) in letter
    # Every answer in the example was given before the period ended: nothing changed since.
    assert "there have been no material changes to the system" in letter
    assert "These changes" not in letter
    assert "- CHG-01: An unreviewed change\n" in letter
    assert "- AC-06: No access review in Q2 (remediation by CTO, due 2027-01-15)\n" in letter
    assert re.findall(r"^> - replace (.+)$", letter, flags=re.M) == [
        "[name of the officer who signs]",
        "[their title]",
        "[date signed]",
    ]
    assert "**[name of the officer who signs]**" in letter
    assert "a Type I report, expected by 2027-06-30" in letter


def test_bridge_letter_lists_answers_and_commits_after_the_period(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    path = _audited(repo)
    git(repo, "init", "-q")
    git(repo, "add", path.name)
    when = "2026-12-10T10:00:00+00:00"
    with mock.patch.dict(os.environ, {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}):
        git(repo, "commit", "-qm", "Record the Q2 review <late>")
    text = path.read_text(encoding="utf-8").replace(
        "answered_at: '2026-11-12T13:37:00Z'", "answered_at: '2026-12-15T09:00:00Z'"
    )
    assert "2026-12-15" in text
    path.write_text(text, encoding="utf-8")
    letter = run("bridge-letter", str(path), "--as-of", "2027-01-20").stdout
    changes = letter.split("recorded during the bridge period:\n\n")[1].split("\n\n")[0]
    lines = changes.splitlines()
    assert lines[0].startswith("- 2026-12-10: commit ") and lines[0].endswith(
        " by t: Record the Q2 review &lt;late&gt;"
    )
    assert lines[1].startswith("- 2026-12-15: AC-06 ") and lines[1].endswith(
        ": answered partial, not documented"
    )
    assert "decide whether each change listed below is material" in letter


def test_bridge_letter_without_an_audit_names_what_is_missing(tmp_path: Path) -> None:
    path = _copy("healthtech-privacy", tmp_path)
    letter = run("bridge-letter", str(path), "--as-of", AS_OF).stdout
    listed = re.findall(r"^> - replace (.+)$", letter, flags=re.M)
    assert listed == [
        "[report type not given: add audit.report_type]",
        "[audited period not given: add audit.period (Type II) or audit.date (Type I)]",
        "[auditor not given: add audit.auditor]",
        "[opinion not given: add audit.opinion]",
        "[name of the officer who signs]",
        "[their title]",
        "[date signed]",
    ]
    for placeholder in listed:
        assert f"**{placeholder}**" in letter


def test_bridge_letter_before_the_period_ends_is_bad_input(tmp_path: Path) -> None:
    path = _audited(tmp_path)
    result = run("bridge-letter", str(path), "--as-of", "2026-11-30")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --as-of 2026-11-30 is not after the end of the audited period (2026-11-30); "
        "a bridge letter covers the time after it\n"
    )
    assert run("bridge-letter", str(path), "--as-of", "tomorrow").exit_code == 2


def test_rfp_reports_the_evidence_collected_and_the_last_audit(tmp_path: Path) -> None:
    path = _audited(tmp_path)
    before = run("rfp", str(path), "--as-of", AS_OF).stdout
    assert "- **Evidence already collected:** none recorded in our evidence register yet." in before
    added = run(
        "evidence", "add", str(path), "AC-06", "--date", "2026-11-20", "--title", "Q3 access review"
    )
    assert added.exit_code == 0, added.stderr
    text = run("rfp", str(path), "--as-of", AS_OF).stdout
    assert (
        "- **Evidence already collected:** 1 item(s) in our evidence register for 1 control(s), "
        "dated 2026-11-20 to 2026-11-20."
    ) in text
    assert (
        "- **Previous SOC 2 report:** Type II by Prescient &amp; Co, covering 2026-06-01 to "
        "2026-11-30, with an unmodified opinion; 2 exception(s) reported, 1 still open."
    ) in text


def test_exception_text_is_escaped_in_every_report(tmp_path: Path) -> None:
    path = _copy("seed-saas", tmp_path)
    hostile = "<script>alert(1)</script> *not* [a link](http://x)"
    assert (
        run("audit", "add-exception", str(path), "AC-02", "--description", hostile).exit_code == 0
    )
    html = run("report", str(path), "--format", "html", "--as-of", AS_OF).stdout
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = run("report", str(path), "--as-of", AS_OF).stdout
    assert (
        "Audit exception: &lt;script&gt;alert(1)&lt;/script&gt; \\*not\\* \\[a link\\](http://x)."
        in md
    )
    letter = run("bridge-letter", str(path), "--as-of", AS_OF).stdout
    assert (
        "- AC-02: &lt;script&gt;alert(1)&lt;/script&gt; \\*not\\* \\[a link\\](http://x)" in letter
    )


def test_rfp_presents_each_provider_with_its_services_and_method(tmp_path: Path) -> None:
    providers: list[Any] = [
        {"name": "AWS", "services": ["iaas", "paas_database"]},
        {"name": "Rack & Co", "services": ["colocation"], "method": "inclusive"},
        "Okta",
    ]
    path = write_assessment(
        tmp_path / "a.yaml", assessment_doc(hosting="hybrid", subservice_organizations=providers)
    )
    md = run("rfp", str(path), "--as-of", AS_OF)
    assert md.exit_code == 0, md.stderr
    assert (
        "**Subservice organisations:** AWS (Cloud infrastructure (IaaS), Managed database or "
        "platform (PaaS)), Rack &amp; Co (Colocation data centre), Okta."
    ) in md.stdout
    assert "We present Rack &amp; Co with the **inclusive** method: its controls are part" in (
        md.stdout
    )
    assert "The other subservice organisations are presented with the **carve-out** method" in (
        md.stdout
    )
    assert "Tell us if you would recommend the inclusive method instead" not in md.stdout
    html = run("rfp", str(path), "--as-of", AS_OF, "--format", "html").stdout
    assert "We present Rack &amp; Co with the <strong>inclusive</strong> method" in html
    only_carve_out = write_assessment(
        tmp_path / "b.yaml", assessment_doc(subservice_organizations=["AWS"])
    )
    plain = run("rfp", str(only_carve_out), "--as-of", AS_OF).stdout
    assert "**Subservice organisations:** AWS." in plain
    assert "Tell us if you would recommend the inclusive method instead, and why." in plain
    assert "**inclusive** method:" not in plain
