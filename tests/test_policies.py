"""soc2 policies generate / check and soc2 describe: the policy pack and the system description."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import REPO, assessment_doc, run, write_assessment
from test_subservice import HEADINGS as HEADINGS_OF_THE_DESCRIPTION

from soc2cli.applicability import applicability
from soc2cli.assessment import load_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.dates import add_months
from soc2cli.files import split_front_matter
from soc2cli.policies import (
    FindingKind,
    PolicyFinding,
    check,
    expected_policies,
    generate,
    load_registry,
    policy_gaps,
    registry_problems,
)
from soc2cli.vocabulary import Severity

EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
AS_OF = "2026-12-01"
ALWAYS = {
    "information-security",
    "access-control",
    "change-management",
    "incident-response",
    "data-retention-disposal",
    "vendor-risk-management",
    "risk-assessment",
    "business-continuity",
    "acceptable-use",
    "data-classification",
    "encryption",
    "security-awareness-training",
}
BY_CATEGORY = {
    "availability": "availability",
    "confidentiality": "confidentiality",
    "privacy": "privacy",
    "processing_integrity": "processing-integrity",
}
# Unfilled Jinja, Python leftovers and the usual placeholder spellings.
LEFTOVERS = re.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}|\bTBD\b|\bTODO\b|\bFIXME\b|\bXXX\b|lorem ipsum|placeholder"
    r"|(?-i:\[[A-Z][A-Z _]+\]|<[A-Z][A-Z _]+>|\bNone\b|\bUndefined\b)|\$\{",
    re.IGNORECASE,
)
SECTIONS = (
    "## To complete",
    "## 1. Purpose",
    "## 2. Scope",
    "## 3. Roles and responsibilities",
    "## 4. Policy statements",
    "## 5. Records",
    "## 6. Exceptions",
    "## 7. Enforcement",
    "## 8. Review",
    "## Revision history",
)
DESCRIBE_HEADINGS = HEADINGS_OF_THE_DESCRIPTION[1:]  # the title line aside


def _front(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    block = split_front_matter(text)
    assert block is not None, f"{path.name} has no front matter"
    data = yaml.safe_load(block[0])
    assert isinstance(data, dict)
    return data


def _generate(assessment: Path, out: Path, *extra: str) -> None:
    result = run("policies", "generate", str(assessment), "-o", str(out), "--as-of", AS_OF, *extra)
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A security-only assessment, cloud hosted, with one provider."""
    doc = assessment_doc(
        subservice_organizations=["Amazon Web Services"],
        systems=[{"name": "Widget API", "description": "REST API"}],
        data_types=["customer_data"],
    )
    return write_assessment(tmp_path / "assessment.yaml", doc)


# ---------------------------------------------------------------------------------------------
# The registry


def test_registry_ids_exist_in_the_catalogue(builtin: Catalogue) -> None:
    registry = load_registry()
    assert registry_problems(registry, builtin) == []
    ids = [p.id for p in registry.policies]
    assert len(ids) == len(set(ids))
    assert ALWAYS | set(BY_CATEGORY.values()) <= set(ids)
    for spec in registry.policies:
        assert (REPO / "templates" / "policies" / spec.template).is_file()


def test_policy_set_control_points_at_the_information_security_policy() -> None:
    spec = load_registry().get("information-security")
    assert spec is not None and spec.controls[0] == "POL-01"


def test_required_when_follows_the_categories(builtin: Catalogue) -> None:
    assessment = load_assessment(REPO / "examples" / "seed-saas" / "assessment.yaml", builtin)
    assert {p.id for p in expected_policies(builtin, None)} >= ALWAYS
    assert {p.id for p in expected_policies(builtin, assessment.scope)}.isdisjoint(
        BY_CATEGORY.values()
    )


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 1), 12) == date(2027, 12, 1)


# ---------------------------------------------------------------------------------------------
# The pack for every example


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_pack_for_each_example(example: Path, tmp_path: Path, builtin: Catalogue) -> None:
    out = tmp_path / "policies"
    _generate(example, out)
    assessment = load_assessment(example, builtin)
    scope = assessment.scope
    expected = set(ALWAYS)
    expected |= {pid for cat, pid in BY_CATEGORY.items() if scope.in_scope(cat)}
    present = {p.stem for p in out.glob("*.md") if p.name != "README.md"}
    assert expected <= present, expected - present
    assert {p.id for p in expected_policies(builtin, scope)} == present
    for category, pid in BY_CATEGORY.items():
        assert (pid in present) == scope.in_scope(category)

    in_scope_criteria = {c.id for c in builtin.criteria if scope.in_scope(c.category)}
    applicable = {c.id for c in builtin.controls if applicability(c, scope, builtin).applicable}
    index = (out / "README.md").read_text(encoding="utf-8")
    for pid in sorted(present):
        path = out / f"{pid}.md"
        text = path.read_text(encoding="utf-8")
        front = _front(path)
        assert front["id"] == pid
        assert front["organisation"] == scope.organization
        assert front["effective_date"] == date(2026, 12, 1)
        assert front["next_review"] == date(2027, 12, 1)
        assert isinstance(front["title"], str) and front["title"] in index
        assert front["owner"] and front["version"] == "0.1"
        criteria, controls = front["criteria"], front["controls"]
        assert isinstance(criteria, list) and isinstance(controls, list)
        assert criteria and controls, pid
        assert set(criteria) <= in_scope_criteria, pid
        assert set(controls) <= applicable, pid
        for control_id in controls:
            assert builtin.control(control_id) is not None
        match = LEFTOVERS.search(text)
        assert match is None, f"{pid}: leftover {match.group(0)!r}" if match else ""
        positions = [text.index(heading) for heading in SECTIONS]
        assert positions == sorted(positions), pid
        to_complete = text.split("## To complete", 1)[1].split("## 1. Purpose", 1)[0]
        assert re.search(r"^1\. ", to_complete, re.MULTILINE), pid
        assert "| Version | Date | Change | Author | Approved by |" in text
        # Numbered statements, or (when the answers support none yet) a line that says so.
        assert re.search(r"\*\*4\.1\*\* ", text) or "no statement of this policy" in text, pid
    assert LEFTOVERS.search(index) is None

    clean = run("policies", "check", str(out), "--assessment", str(example), "--as-of", AS_OF)
    assert clean.exit_code == 0, clean.stdout + clean.stderr

    (out / "access-control.md").unlink()
    text = (out / "encryption.md").read_text(encoding="utf-8")
    (out / "encryption.md").write_text(
        text.replace("next_review: 2027-12-01", "next_review: 2026-11-01", 1), encoding="utf-8"
    )
    result = run("policies", "check", str(out), "--assessment", str(example), "--as-of", AS_OF)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("missing: access-control:") for line in lines), lines
    assert any(
        line.startswith("overdue: ") and "encryption.md" in line and "2026-11-01" in line
        for line in lines
    ), lines
    assert any(
        line.startswith("control without policy: access-control:") and "AC-06" in line
        for line in lines
    ), lines
    assert len([line for line in lines if line.startswith("overdue")]) == 1
    assert "error: 3 policy problem(s)" in result.stderr


def test_generation_is_deterministic(small: Path, builtin: Catalogue) -> None:
    assessment = load_assessment(small, builtin)
    first = generate(builtin, assessment, date(2026, 12, 1))
    second = generate(builtin, assessment, date(2026, 12, 1))
    assert first == second


def test_draft_names_the_question_for_a_missing_fact(tmp_path: Path) -> None:
    doc = assessment_doc(answers={"CHG-05": {"status": "unknown"}})
    path = write_assessment(tmp_path / "a.yaml", doc)
    out = tmp_path / "p"
    _generate(path, out)
    text = (out / "change-management.md").read_text(encoding="utf-8")
    to_complete = text.split("## To complete", 1)[1].split("## 1. Purpose", 1)[0]
    assert "(answer CHG-05 in `soc2 assess`)" in to_complete
    # No systems, no providers, no data types in this scope: each is a question, not a blank.
    assert "scope.systems" in to_complete
    assert "scope.subservice_organizations" in to_complete
    assert "the production systems that deliver the company's service" in text
    infosec = (out / "information-security.md").read_text(encoding="utf-8")
    assert "scope.data_types" in infosec.split("## 1. Purpose", 1)[0]


def test_owners_come_from_the_assessment(tmp_path: Path) -> None:
    doc = assessment_doc(
        answers={
            "AC-04": {"status": "operating", "owner": "Head of IT"},
            "AC-06": {"status": "operating", "owner": "Jo Bloggs"},
        }
    )
    out = tmp_path / "p"
    _generate(write_assessment(tmp_path / "a.yaml", doc), out)
    text = (out / "access-control.md").read_text(encoding="utf-8")
    assert _front(out / "access-control.md")["owner"] == "Head of IT"
    assert "Jo Bloggs makes sure every review is completed (AC-06)" in text
    assert "AC-06 Security Lead" not in text


def test_user_values_are_literal_never_evaluated(tmp_path: Path) -> None:
    org = "Acme {{ 7*7 }} <script>alert(1)</script>"
    system = "{% if true %}API{% endif %} <img src=x onerror=alert(1)>"
    doc = assessment_doc(
        organization=org,
        systems=[{"name": system, "description": "{{ config }}"}],
        subservice_organizations=["{{ cycler.__init__ }}"],
        answers={"AC-06": {"status": "operating", "owner": "{{ 6*7 }} <b>"}},
    )
    path = write_assessment(tmp_path / "a.yaml", doc)
    out = tmp_path / "p"
    _generate(path, out)
    text = (out / "access-control.md").read_text(encoding="utf-8")
    assert _front(out / "access-control.md")["organisation"] == org
    body = text.split("\n---\n", 1)[1]
    assert "Acme {{ 7\\*7 }} &lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "{% if true %}API{% endif %} &lt;img src=x onerror=alert(1)&gt;" in body
    assert "{{ cycler.\\_\\_init\\_\\_ }}" in body
    assert "{{ 6\\*7 }} &lt;b&gt;" in body
    assert "<script>" not in body and "<img" not in body
    assert "Acme 49" not in text and "42 " not in body

    described = run("describe", str(path), "--as-of", AS_OF)
    assert described.exit_code == 0, described.stderr
    assert "Acme {{ 7\\*7 }} &lt;script&gt;" in described.stdout
    assert "{% if true %}API{% endif %}" in described.stdout
    assert "<script>" not in described.stdout and "Acme 49" not in described.stdout


# ---------------------------------------------------------------------------------------------
# Writing files


def test_generate_refuses_to_overwrite_without_force(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "policies"
    _generate(small, out)
    target = out / "access-control.md"
    edited = target.read_text(encoding="utf-8") + "\nLocal edit.\n"
    target.write_text(edited, encoding="utf-8")

    refused = run("policies", "generate", str(small), "-o", str(out), "--as-of", AS_OF)
    assert refused.exit_code == 2
    assert "access-control.md" in refused.stderr and "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert target.read_text(encoding="utf-8") == edited

    again = run("policies", "generate", str(small), "-o", str(out), "--as-of", AS_OF, "--force")
    assert again.exit_code == 0, again.stderr
    assert "Local edit." not in target.read_text(encoding="utf-8")
    assert (out / "access-control.md.bak").read_text(encoding="utf-8") == edited
    assert "1 file(s)" in again.stderr


def test_generate_is_a_no_op_when_nothing_changed(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "policies"
    _generate(small, out)
    result = run("policies", "generate", str(small), "-o", str(out), "--as-of", AS_OF)
    assert result.exit_code == 0
    assert "wrote 0 file(s)" in result.stderr
    assert not list(out.glob("*.bak"))


def test_generate_needs_the_parent_folder(small: Path, tmp_path: Path) -> None:
    result = run(
        "policies", "generate", str(small), "-o", str(tmp_path / "no" / "such"), "--as-of", AS_OF
    )
    assert result.exit_code == 2
    assert "parent does not exist" in result.stderr
    assert not (tmp_path / "no").exists()
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    result = run("policies", "generate", str(small), "-o", str(afile), "--as-of", AS_OF)
    assert result.exit_code == 2


def test_generate_reports_a_bad_assessment(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("scope: {organization: X, hosting: moon}\n", encoding="utf-8")
    result = run("policies", "generate", str(bad), "-o", str(tmp_path / "p"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}:1:")
    assert not (tmp_path / "p").exists()


# ---------------------------------------------------------------------------------------------
# Checking a folder


def test_check_without_assessment_expects_the_always_required(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "policies"
    _generate(small, out)
    assert run("policies", "check", str(out), "--as-of", AS_OF).exit_code == 0
    (out / "risk-assessment.md").unlink()
    result = run("policies", "check", str(out), "--as-of", AS_OF)
    assert result.exit_code == 1
    assert "missing: risk-assessment:" in result.stdout
    assert "RSK-01" in result.stdout


def test_check_reports_overdue_reviews_by_date(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "policies"
    _generate(small, out)
    result = run("policies", "check", str(out), "--as-of", "2028-01-01")
    assert result.exit_code == 1
    overdue = [line for line in result.stdout.splitlines() if line.startswith("overdue")]
    assert len(overdue) == len(ALWAYS) + 2  # human-resources-security, operations-security
    assert "(31 day(s) ago)" in overdue[0]


def test_check_reports_located_errors_for_bad_front_matter(
    small: Path, tmp_path: Path, builtin: Catalogue
) -> None:
    out = tmp_path / "policies"
    _generate(small, out)
    enc = out / "encryption.md"
    enc.write_text(
        enc.read_text(encoding="utf-8").replace("owner: ", "owner: [unclosed", 1),
        encoding="utf-8",
    )
    aup = out / "acceptable-use.md"
    aup.write_text(
        re.sub(r"^next_review: .*\n", "", aup.read_text(encoding="utf-8"), flags=re.M),
        encoding="utf-8",
    )
    dc = out / "data-classification.md"
    dc.write_text(
        dc.read_text(encoding="utf-8").replace("controls: [DAT-01", "controls: [ZZZ-99", 1),
        encoding="utf-8",
    )
    (out / "notes.md").write_text("# Just notes\n", encoding="utf-8")
    (out / "open.md").write_text("---\nid: open\n", encoding="utf-8")

    findings = check(out, builtin, load_assessment(small, builtin), date(2026, 12, 1))
    invalid = {
        Path(f.file or "").name: f.message for f in findings if f.kind is FindingKind.invalid
    }
    assert set(invalid) == {
        "encryption.md",
        "acceptable-use.md",
        "data-classification.md",
        "notes.md",
        "open.md",
    }
    assert re.match(rf"{re.escape(str(enc))}:[56]:\d+: YAML syntax error", invalid["encryption.md"])
    assert "next_review: required key is missing" in invalid["acceptable-use.md"]
    assert re.search(
        r"data-classification\.md:\d+:\d+: controls\[0\]: unknown control 'ZZZ-99'",
        invalid["data-classification.md"],
    )
    assert "no front matter" in invalid["notes.md"]
    assert "never closed" in invalid["open.md"]
    # An unreadable policy counts as absent.
    assert any(f.kind is FindingKind.missing and f.policy == "encryption" for f in findings)

    result = run("policies", "check", str(out), "--assessment", str(small), "--as-of", AS_OF)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr


def test_check_flags_a_control_dropped_from_front_matter(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "policies"
    _generate(small, out)
    path = out / "access-control.md"
    path.write_text(path.read_text(encoding="utf-8").replace(" AC-06,", "", 1), encoding="utf-8")
    result = run("policies", "check", str(out), "--assessment", str(small), "--as-of", AS_OF)
    assert result.exit_code == 1
    assert result.stdout.startswith("control without policy: access-control: 1 applicable")
    assert "AC-06" in result.stdout and "does not list them" in result.stdout


def test_check_json(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "policies"
    _generate(small, out)
    (out / "encryption.md").unlink()
    result = run(
        "policies", "check", str(out), "--assessment", str(small), "--as-of", AS_OF,
        "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    kinds = {(f["kind"], f["policy"]) for f in doc["findings"]}
    assert ("missing", "encryption") in kinds
    assert ("control_without_policy", "encryption") in kinds


def test_check_bad_input_is_exit_2(small: Path, tmp_path: Path) -> None:
    result = run("policies", "check", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "policy folder not found" in result.stderr
    result = run("policies", "check", str(tmp_path), "--as-of", "tomorrow")
    assert result.exit_code == 2
    result = run("policies", "check", str(tmp_path), "--assessment", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2


def test_policy_gaps_for_the_report() -> None:
    findings = [
        PolicyFinding(FindingKind.overdue, "encryption", "late", ("CRY-01",), ("CC6.1",)),
        PolicyFinding(FindingKind.missing, "access-control", "gone", (), ("CC6.1",)),
        PolicyFinding(
            FindingKind.control_without_policy, "access-control", "uncovered", ("AC-06",)
        ),
    ]
    gaps = policy_gaps(findings)
    assert [(g.policy, g.kind, g.severity) for g in gaps] == [
        ("access-control", FindingKind.control_without_policy, Severity.high),
        ("access-control", FindingKind.missing, Severity.high),
        ("encryption", FindingKind.overdue, Severity.medium),
    ]
    assert gaps[0].controls == ["AC-06"] and "AC-06" in gaps[0].remediation
    assert all(g.phase.value == "foundation" for g in gaps)


# ---------------------------------------------------------------------------------------------
# System description


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_describe_each_example(example: Path, tmp_path: Path, builtin: Catalogue) -> None:
    out = tmp_path / "system-description.md"
    result = run("describe", str(example), "-o", str(out), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    positions = [text.index(heading) for heading in DESCRIBE_HEADINGS]
    assert positions == sorted(positions)
    assert LEFTOVERS.search(text) is None, LEFTOVERS.search(text)
    scope = load_assessment(example, builtin).scope
    carve = text.split("\n## Subservice organisations\n", 1)[1]
    carve = carve.split("## Complementary user entity controls", 1)[0]
    for provider in scope.subservice_organizations:
        assert f"| {provider.name} | " in carve
    assert "**Carve-out method.**" in carve
    # The data centres' physical security is the providers' (CC6.4), never a control of ours.
    assert "| The provider allows only authorised people into the data centres" in carve
    for control_id in ("PHY-01", "PHY-02", "PHY-03", "PHY-04"):
        assert control_id not in carve
    for system in scope.systems:
        assert system.name in text


def test_describe_to_stdout_marks_missing_facts(tmp_path: Path) -> None:
    doc = assessment_doc(categories=["security", "availability"])
    path = write_assessment(tmp_path / "a.yaml", doc)
    result = run("describe", str(path), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    body, author = result.stdout.split("\n## For the author\n", 1)
    assert "scope.systems" in author
    assert "scope.subservice_organizations" in author
    assert "**Availability.**" in body
    assert "*To be completed by management:* name the subservice organisations" in body


def test_describe_on_premises_has_no_carve_out(tmp_path: Path) -> None:
    doc = assessment_doc(hosting="on_prem", systems=[{"name": "Ledger"}])
    path = write_assessment(tmp_path / "a.yaml", doc)
    result = run("describe", str(path), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert "uses no subservice organisation" in result.stdout
    assert "What does Ledger do" in result.stdout


def test_new_commands_have_help() -> None:
    for args in (["policies", "generate"], ["policies", "check"], ["describe"]):
        result = run(*args, "--help")
        assert result.exit_code == 0, args
        assert "Usage:" in result.stdout
        readme = (REPO / "README.md").read_text(encoding="utf-8")
        assert f"soc2 {' '.join(args)}" in readme
