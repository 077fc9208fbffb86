"""Policy drafts never state as fact what the answers contradict; their roles, wording and records
read well; HIPAA and PCI DSS coverage appears only for the data that calls for it."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from conftest import REPO, assessment_doc, run, write_assessment
from jinja2 import nodes

from soc2cli.assessment import load_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.policies import load_registry
from soc2cli.policies.statements import IN_PLACE, merged_roles, other_figures, says_not_done
from soc2cli.templating import environment, md_escape
from soc2cli.vocabulary import EvidenceKind

EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
AS_OF = "2026-12-01"
STATEMENT = re.compile(r"^\*\*4\.\d+\*\* (.*)$", re.MULTILINE)
CONTROL_REF = re.compile(r"\(([A-Z]{2,4}-\d\d)\)")


def _generate(assessment: Path, out: Path) -> dict[str, str]:
    result = run("policies", "generate", str(assessment), "-o", str(out), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    return {p.stem: p.read_text(encoding="utf-8") for p in out.glob("*.md") if p.stem != "README"}


def _to_complete(text: str) -> str:
    return text.split("## To complete", 1)[1].split("## 1. Purpose", 1)[0]


def _statements(text: str) -> list[str]:
    """The numbered statements the policy makes as fact."""
    return STATEMENT.findall(text.split("## 4. Policy statements", 1)[1].split("## 5.", 1)[0])


def _section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


# ---------------------------------------------------------------------------------------------
# Statements follow the answers


@pytest.fixture
def contradicted(tmp_path: Path) -> dict[str, str]:
    """IR-06 missing with a hostile note, GOV-02 implemented with a note saying it is not done,
    PHY-05 not applicable, IR-01 operating with a plain note."""
    doc = assessment_doc(
        subservice_organizations=["Amazon Web Services"],
        systems=[{"name": "Widget API"}],
        data_types=["customer_data"],
        answers={
            "IR-06": {"status": "missing", "notes": "<b>Nobody</b> owns a forensic runbook."},
            "GOV-02": {
                "status": "implemented",
                "notes": "The org chart is in the HR system; nobody checks it on a schedule.",
            },
            "PHY-05": {"status": "not_applicable", "notes": "Fully remote, no office."},
            "IR-01": {"status": "operating", "notes": "Plan v3 approved by the CTO in 2026."},
        },
    )
    return _generate(write_assessment(tmp_path / "a.yaml", doc), tmp_path / "p")


def test_missing_control_goes_to_to_complete_with_its_reason(contradicted: dict[str, str]) -> None:
    text = contradicted["incident-response"]
    statements = _statements(text)
    assert not any("(IR-06)" in s for s in statements)
    assert "responders preserve evidence" not in text.split("## 1. Purpose", 1)[1]
    todo = _to_complete(text)
    assert (
        "Not stated yet, because IR-06 is answered missing: "
        "“&lt;b&gt;Nobody&lt;/b&gt; owns a forensic runbook”. The draft would state: "
        "“Before systems are changed, responders preserve evidence" in todo
    )
    assert "<b>" not in text
    # The plain, operating answer is stated, numbered from 4.1.
    assert statements[0].startswith("A written incident response plan defines")
    assert statements[0].endswith("(IR-01).")


def test_note_saying_not_done_keeps_the_practice_out_of_every_policy(
    contradicted: dict[str, str],
) -> None:
    for pid, text in contradicted.items():
        for statement in _statements(text):
            assert "(GOV-02)" not in statement, pid
            assert "checked every quarter" not in statement or "GOV-02" not in statement, pid
    for pid in ("information-security", "human-resources-security"):
        todo = _to_complete(contradicted[pid])
        assert (
            "GOV-02 is answered implemented, but its notes say part of it is not done: "
            "“The org chart is in the HR system; nobody checks it on a schedule”"
        ) in todo, pid
    # Records prove that a practice ran: none for a practice not in place.
    records = _section(contradicted["information-security"], "## 5. Records", "## 6.")
    assert "| GOV-02 |" not in records and "| POL-01 |" not in records
    assert "| IR-01 |" in _section(contradicted["incident-response"], "## 5. Records", "## 6.")


def test_not_applicable_statement_is_dropped(contradicted: dict[str, str]) -> None:
    text = contradicted["access-control"]
    assert "PHY-05" not in text
    assert "Offices are locked" not in text


def test_unanswered_control_is_asked_not_stated(contradicted: dict[str, str]) -> None:
    text = contradicted["change-management"]
    assert _statements(text) == []
    assert "support no statement of this policy as fact yet" in text
    todo = _to_complete(text)
    assert "CHG-05 is not yet answered: " in todo
    assert "(answer CHG-05 in `soc2 assess`)" in todo


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_examples_state_only_practices_in_place(
    example: Path, tmp_path: Path, builtin: Catalogue
) -> None:
    assessment = load_assessment(example, builtin)
    answers = assessment.answers
    stated = 0
    for pid, text in _generate(example, tmp_path / "p").items():
        for statement in _statements(text):
            for control_id in CONTROL_REF.findall(statement):
                answer = answers.get(control_id)
                assert answer is not None and answer.status in IN_PLACE, (pid, control_id)
                assert not says_not_done(answer.notes), (pid, control_id)
                stated += 1
    assert stated > 0


def test_fintech_org_chart_is_not_claimed_as_checked(tmp_path: Path) -> None:
    pack = _generate(REPO / "examples" / "fintech-type2" / "assessment.yaml", tmp_path / "p")
    text = pack["information-security"]
    assert "checked every quarter" not in text.split("## 1. Purpose", 1)[1]
    assert "nobody checks the reporting lines on a schedule" in _to_complete(text)


# ---------------------------------------------------------------------------------------------
# Providers' facilities are the providers' responsibility


@pytest.mark.parametrize("example", ["fintech-type2", "healthtech-privacy"])
def test_provider_facilities_are_never_the_clients_practice(example: str, tmp_path: Path) -> None:
    pack = _generate(REPO / "examples" / example / "assessment.yaml", tmp_path / "p")
    for pid, text in pack.items():
        for statement in _statements(text):
            if "CCTV" in statement or "data centres of" in statement:
                assert "is the responsibility of each provider" in statement, (pid, statement)
                assert re.search(r"relies on (it|them) through the yearly review", statement), (
                    pid,
                    statement,
                )
    physical = _section(pack["access-control"], "### Physical access", "## 5.")
    assert "(VEN-02)" in physical
    assert "entry logs and CCTV recordings are kept" not in physical


def test_on_premises_physical_access_is_the_companys_own(tmp_path: Path) -> None:
    doc = assessment_doc(
        hosting="on_prem",
        systems=[{"name": "Ledger"}],
        answers={
            "PHY-01": {"status": "operating", "notes": "Badges and CCTV in the server room."},
            "VEN-02": {"status": "operating"},
        },
    )
    text = _generate(write_assessment(tmp_path / "a.yaml", doc), tmp_path / "p")["access-control"]
    physical = _section(text, "### Physical access", "## 5.")
    assert "entry logs and CCTV recordings are kept for at least 90 days" in physical
    assert "responsibility of each provider" not in physical


# ---------------------------------------------------------------------------------------------
# Every statement names its controls


def _stmt_ids(template: str) -> set[str]:
    env = environment("md")
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, template)
    ids: set[str] = set()
    for call in env.parse(source).find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == "stmt":
            ids |= {str(a.value) for a in call.args if isinstance(a, nodes.Const)}
    return ids


def test_every_policy_control_is_tied_to_a_statement(builtin: Catalogue) -> None:
    for spec in load_registry().policies:
        source = (REPO / "templates" / "policies" / spec.template).read_text(encoding="utf-8")
        assert "n()" not in source and "**{{" not in source, spec.id
        ids = _stmt_ids(f"policies/{spec.template}")
        assert set(spec.controls) <= ids, (spec.id, set(spec.controls) - ids)
        assert all(builtin.control(i) is not None for i in ids), spec.id


@pytest.mark.parametrize(
    "notes",
    [
        "The org chart is generated live; nobody checks the reporting lines on a schedule.",
        "Steps are not written down.",
        "Restore has never been tested.",
        "We don't review the list.",
        "No record is kept of which devices were wiped.",
        "Only the Stripe dashboard still uses a shared login.",
        "The bank portals join in the January review.",
        "Findings review is informal.",
        "Neither list is reconciled on a schedule.",
        "Done, but not yet for contractors.",
    ],
)
def test_notes_that_say_not_done(notes: str) -> None:
    assert says_not_done(notes)


@pytest.mark.parametrize(
    "notes",
    [
        None,
        "",
        "Engineers have no write access to production namespaces.",
        "Rulesets require two approvals with no admin bypass.",
        "No database has a public endpoint.",
        "MFA is enforced for every user with no exceptions.",
        "Atlantis rejects resources without owner labels.",
        "Reviewed quarterly by the steering group since Q1 2026.",
        "Staff acknowledge policies at hire and every year; 2026 completion was 98%.",
    ],
)
def test_notes_that_do_not_say_not_done(notes: str | None) -> None:
    assert not says_not_done(notes)


# ---------------------------------------------------------------------------------------------
# Roles and wording


def test_merged_roles_keep_each_role_once() -> None:
    rows = merged_roles(
        ("Security Lead", "Owns this policy."),
        ("Incident lead", "Runs the response."),
        ("security  lead", "Runs the on-call rota."),
    )
    assert rows == [
        ("Security Lead", "Owns this policy. Runs the on-call rota."),
        ("Incident lead", "Runs the response."),
    ]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_roles_and_wording_read_well(example: Path, tmp_path: Path) -> None:
    for pid, text in _generate(example, tmp_path / "p").items():
        roles = _section(text, "## 3. Roles and responsibilities", "## 4.")
        names = [line.split("|")[1].strip().casefold() for line in roles.splitlines()[4:] if line]
        assert names and len(names) == len(set(names)), (pid, names)
        assert "(security lead)" not in roles.casefold(), pid
        assert not re.search(r"\w, approves the notice", text), pid
        assert "with legal counsel" not in text, pid
        assert not re.search(r"\.\.|\b(\w+) \1\b", text.split("---", 2)[2]), pid
        headings = [len(h) for h in re.findall(r"^(#+) |^(?=\S)", text, re.MULTILINE)]
        for level, following in itertools.pairwise(headings):
            assert not (level and following and following <= level), pid  # an empty heading


def test_incident_response_notification_sentence(tmp_path: Path) -> None:
    answers = {"IR-05": {"status": "operating", "owner": "General Counsel"}}
    plain = assessment_doc(data_types=["customer_data"], answers=answers)
    health = assessment_doc(data_types=["health_data"], answers=answers)
    for doc, agreements in (
        (plain, "under its contract or data processing agreement. General Counsel approves"),
        (
            health,
            "under its contract, data processing agreement or business associate agreement. "
            "General Counsel approves",
        ),
    ):
        folder = tmp_path / str(len(agreements))
        folder.mkdir()
        pack = _generate(write_assessment(folder / "a.yaml", doc), folder / "p")
        assert agreements in pack["incident-response"]


# ---------------------------------------------------------------------------------------------
# Records


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_records_table_lists_operating_evidence_only(
    example: Path, tmp_path: Path, builtin: Catalogue
) -> None:
    rows = 0
    for pid, text in _generate(example, tmp_path / "p").items():
        records = _section(text, "## 5. Records", "## 6.")
        for line in records.splitlines():
            cells = [c.strip() for c in line.strip("|").split("|")]
            control = builtin.control(cells[0]) if len(cells) == 5 else None
            if control is None:
                continue
            operating = [md_escape(t) for t in control.evidence_of(EvidenceKind.operating)]
            design = [md_escape(t) for t in control.evidence_of(EvidenceKind.design)]
            assert cells[4] in operating and cells[4] not in design, (pid, cells)
            rows += 1
    assert rows > 0


# ---------------------------------------------------------------------------------------------
# HIPAA and PCI DSS coverage only for the data that calls for it


@pytest.mark.parametrize(
    ("data_types", "hipaa", "pci"),
    [
        (["customer_data"], False, False),
        (["customer_data", "health_data"], True, False),
        (["payment_card_data"], False, True),
        (["health_data", "payment_card_data"], True, True),
    ],
)
def test_regulated_framework_coverage_follows_data_types(
    data_types: list[str], hipaa: bool, pci: bool, tmp_path: Path
) -> None:
    path = write_assessment(tmp_path / "a.yaml", assessment_doc(data_types=data_types))
    result = run("report", str(path), "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    frameworks = json.loads(result.stdout)["frameworks"]
    assert {"iso27001_2022", "nist_csf_2"} <= set(frameworks)
    assert ("hipaa_security" in frameworks) is hipaa
    assert ("pci_dss_4" in frameworks) is pci
    md = run("report", str(path), "--as-of", AS_OF)
    assert md.exit_code == 0, md.stderr
    coverage = md.stdout.split("## Framework coverage", 1)[1]
    assert "| ISO/IEC 27001:2022 Annex A |" in coverage
    assert "| NIST Cybersecurity Framework 2.0 |" in coverage
    assert ("| HIPAA Security Rule" in coverage) is hipaa
    assert ("| PCI DSS v4.0 |" in coverage) is pci


def test_asking_for_a_framework_shows_it_whatever_the_data(tmp_path: Path) -> None:
    path = write_assessment(tmp_path / "a.yaml", assessment_doc(data_types=["customer_data"]))
    result = run("report", str(path), "--format", "json", "--framework", "hipaa")
    assert result.exit_code == 0, result.stderr
    assert list(json.loads(result.stdout)["frameworks"]) == ["hipaa_security"]


def test_catalogue_rejects_an_unknown_framework_data_type(tmp_path: Path) -> None:
    catalogue = (REPO / "criteria" / "catalogue.yaml").read_text(encoding="utf-8")
    (tmp_path / "cat").mkdir()
    for source in (REPO / "criteria").rglob("*.yaml"):
        target = tmp_path / "cat" / source.relative_to(REPO / "criteria")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    bad = catalogue.replace("data_types: [health_data]", "data_types: [heath_data]", 1)
    assert bad != catalogue
    (tmp_path / "cat" / "catalogue.yaml").write_text(bad, encoding="utf-8")
    result = run("catalogue", "validate", str(tmp_path / "cat"))
    assert result.exit_code == 2
    assert "unknown data type 'heath_data'" in result.stderr
    assert "catalogue.yaml:" in result.stderr


def test_a_user_statement_without_controls_is_bad_input(tmp_path: Path) -> None:
    templates = tmp_path / "templates" / "policies"
    templates.mkdir(parents=True)
    (templates / "encryption.md.j2").write_text(
        "{% call stmt() %}Keys are rotated.{% endcall %}\n", encoding="utf-8"
    )
    path = write_assessment(tmp_path / "a.yaml", assessment_doc())
    result = run(
        "policies", "generate", str(path), "-o", str(tmp_path / "p"),
        "--template-dir", str(tmp_path / "templates"),
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {templates / 'encryption.md.j2'}:1: template error: "
        "stmt() needs the id of each control the statement describes\n"
    )
    assert not (tmp_path / "p").exists()


# ---------------------------------------------------------------------------------------------
# Figures in the notes


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("Data is deleted within 60 days of the contract end.", [("30 days", "60 days")]),
        ("Deleted within 30 days; backups age out after 35 days.", []),  # 30 days agrees
        ("Deleted within a month.", []),  # no figure in days: nothing to compare
        ("Within 30-day windows, audited every 2 years.", []),
        (None, []),
    ],
)
def test_other_figures(notes: str | None, expected: list[tuple[str, str]]) -> None:
    statement = "Customer data is deleted within 30 days of the contract ending (DAT-04)."
    assert other_figures(statement, notes) == expected


def test_a_note_with_other_figures_keeps_the_statement_out(tmp_path: Path) -> None:
    """DAT-04 in place, but the notes say 60 days where the drafts say 30: no policy states the
    30 days as fact, and the To complete list says why; with 30 days in the notes it is stated."""
    notes = "Offboarding deletes the tenant's data within 60 days, as the <BAA> requires."
    doc = assessment_doc(
        answers={"DAT-04": {"status": "implemented", "documented": True, "notes": notes}},
        categories=["security", "confidentiality"],
        data_types=["customer_data"],
    )
    drafts = _generate(write_assessment(tmp_path / "a.yaml", doc), tmp_path / "p")
    retention = drafts["data-retention-disposal"]
    assert not any("(DAT-04)" in s for s in _statements(retention))
    assert (
        "DAT-04 is in place, but its notes give 60 days where the draft says 30 days: "
        f"“{md_escape(notes).rstrip('.')}”"
    ) in _to_complete(retention)
    agreeing = assessment_doc(
        answers={
            "DAT-04": {"status": "implemented", "documented": True, "notes": "Within 30 days."}
        },
        categories=["security", "confidentiality"],
        data_types=["customer_data"],
    )
    drafts = _generate(write_assessment(tmp_path / "b.yaml", agreeing), tmp_path / "q")
    assert any("(DAT-04)" in s for s in _statements(drafts["data-retention-disposal"]))
