"""OSCAL out (SPEC 7.2): every document loads with compliance-trestle's own models and says what
the JSON report says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from trestle.core.catalog.catalog_interface import CatalogInterface
from trestle.core.validator_factory import validator_factory
from trestle.oscal.assessment_results import AssessmentResults
from trestle.oscal.catalog import Catalog
from trestle.oscal.common import Observation
from trestle.oscal.poam import PlanOfActionAndMilestones

from soc2cli.assessment import EvidenceItem, load_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.errors import UsageError
from soc2cli.oscal import assessment_results, catalog, poam, to_json
from soc2cli.oscal.common import scope_of
from soc2cli.oscal.ids import NS, Identifiers
from soc2cli.oscal.results import ScannerEvidence, scanner_observations
from soc2cli.report import Report
from soc2cli.scanners.records import AutomatedResult, CheckResources
from soc2cli.scoring import score

EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
AS_OF = date(2026, 12, 1)  # the date the example reports are generated for


def _report(path: Path, catalogue: Catalogue, as_of: date = AS_OF) -> Report:
    return score(catalogue, load_assessment(path, catalogue), as_of=as_of, tool_version="9.9.9")


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda p: p.parent.name)
def example_path(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


@pytest.fixture(scope="module")
def example(example_path: Path, builtin: Catalogue) -> Report:
    return _report(example_path, builtin)


def _load_ar(doc: dict[str, Any]) -> AssessmentResults:
    assert list(doc) == ["assessment-results"]
    return AssessmentResults.model_validate(doc["assessment-results"])


def _load_poam(doc: dict[str, Any]) -> PlanOfActionAndMilestones:
    assert list(doc) == ["plan-of-action-and-milestones"]
    return PlanOfActionAndMilestones.model_validate(doc["plan-of-action-and-milestones"])


def _trestle_validators_pass(model: Any) -> None:
    for validator in validator_factory.get_all():
        assert validator.model_is_valid(model, True), validator.error_msg()


def _walk(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _props(node: dict[str, Any], name: str) -> list[str]:
    return [p["value"] for p in node.get("props", []) if p["name"] == name and p.get("ns") == NS]


def _check_identifiers(doc: dict[str, Any]) -> None:
    """UUIDs are v5 and unique; every reference to a UUID or role points at something defined."""
    defined = [v for k, v in _walk(doc) if k == "uuid"]
    assert len(defined) == len(set(defined))
    assert all(uuid.UUID(v).version == 5 for v in defined)
    refs = [v for k, v in _walk(doc) if k.endswith("-uuid")]
    refs += [u for k, v in _walk(doc) if k == "party-uuids" for u in v]
    assert set(refs) <= set(defined)
    ids = [v for k, v in _walk(doc) if k == "id" and isinstance(v, str)]
    assert len(ids) == len(set(ids))
    fragments = {v[1:] for k, v in _walk(doc) if k == "href" and v.startswith("#")}
    assert fragments <= set(defined) | set(ids)
    roles = {role["id"] for k, v in _walk(doc) if k == "roles" for role in v}
    assert {v for k, v in _walk(doc) if k == "role-id"} <= roles


# The catalog


def test_catalog_loads_with_trestle_and_holds_every_criterion_and_control(
    builtin: Catalogue,
) -> None:
    doc = catalog(builtin)
    model = Catalog.model_validate(doc["catalog"])
    _trestle_validators_pass(model)
    ids = set(CatalogInterface(model).get_control_ids())
    assert len(builtin.criteria) == 61 and len(builtin.controls) == 174
    assert ids == {c.id.lower() for c in builtin.criteria} | {
        c.id.lower() for c in builtin.controls
    }
    assert doc["catalog"]["metadata"]["last-modified"] == "2026-11-01T00:00:00Z"
    assert "AICPA" in doc["catalog"]["metadata"]["remarks"]


def test_catalog_groups_criteria_by_category_then_series(builtin: Catalogue) -> None:
    groups = {g["id"]: g for g in catalog(builtin)["catalog"]["groups"]}
    assert list(groups) == [c.id for c in builtin.categories] + ["controls"]
    for criterion in builtin.criteria:
        series = {s["id"]: s for s in groups[criterion.category]["groups"]}[
            criterion.series.lower()
        ]
        control = {c["id"]: c for c in series["controls"]}[criterion.id.lower()]
        parts = {p["name"]: p for p in control["parts"]}
        assert parts["statement"]["prose"] == criterion.summary.strip()
        focus = parts["guidance"]["parts"]
        assert [p["prose"] for p in focus] == [t.strip() for t in criterion.points_of_focus]
        assert {p["name"] for p in focus} == {"point-of-focus"} and {p["ns"] for p in focus} == {NS}
        assert {"name": "label", "value": criterion.id} in control["props"]


def test_library_controls_link_to_their_criteria_and_carry_their_mappings(
    builtin: Catalogue,
) -> None:
    library = catalog(builtin)["catalog"]["groups"][-1]
    controls = {c["id"]: c for g in library["groups"] for c in g["controls"]}
    assert len(controls) == len(builtin.controls)
    for control in builtin.controls:
        node = controls[control.id.lower()]
        assert [link["href"] for link in node["links"]] == [
            f"#{c.lower()}" for c in control.criteria
        ]
        assert _props(node, "key-for") == control.key_for
        assert _props(node, "documentation") == [control.documentation.value]
        mappings: dict[str, list[str]] = {}
        for p in node["props"]:
            if p["name"] == "framework-mapping":
                mappings.setdefault(p["class"], []).append(p["value"])
        assert mappings == control.mappings
        methods = [p for p in node["parts"] if p["name"] == "assessment-method"]
        assert [m["props"][0]["value"] for m in methods] == ["INTERVIEW", "EXAMINE"]
        assert methods[0]["prose"] == control.question.strip()


def test_catalog_is_byte_identical_on_a_second_render(builtin: Catalogue) -> None:
    first = to_json(catalog(builtin))
    assert to_json(catalog(builtin)) == first
    _check_identifiers(json.loads(first))
    later = datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert catalog(builtin, last_modified=later)["catalog"]["metadata"]["last-modified"] == (
        "2027-01-02T03:04:05Z"
    )


# Assessment results


def test_assessment_results_load_with_trestle(example: Report, builtin: Catalogue) -> None:
    doc = assessment_results(example, builtin)
    model = _load_ar(doc)
    _trestle_validators_pass(model)
    _check_identifiers(doc)
    meta = doc["assessment-results"]["metadata"]
    organization = scope_of(example).organization
    assert organization in meta["title"]
    assert meta["last-modified"] == "2026-12-01T00:00:00Z"
    assert meta["version"] == "9.9.9"
    assert meta["title"].endswith("(draft)") == example.summary.draft
    plan = doc["assessment-results"]["import-ap"]["href"][1:]
    resources = {r["uuid"]: r for r in doc["assessment-results"]["back-matter"]["resources"]}
    assert plan in resources
    # The results name the catalog they judge against by the UUID the catalog export carries.
    named = [_props(r, "catalog-uuid") for r in resources.values() if _props(r, "catalog-uuid")]
    assert named == [[catalog(builtin)["catalog"]["uuid"]]]


def test_one_finding_per_in_scope_criterion_with_the_reports_status(
    example: Report, builtin: Catalogue
) -> None:
    report = example.model_dump(mode="json")  # the JSON report, field for field
    result = assessment_results(example, builtin)["assessment-results"]["results"][0]
    in_scope = {
        c["id"].lower(): c["status"] for c in report["criteria"] if c["status"] != "excluded"
    }
    assert len(in_scope) == report["summary"]["criteria_in_scope"]
    reviewed = result["reviewed-controls"]["control-selections"][0]["include-controls"]
    assert [c["control-id"] for c in reviewed] == list(in_scope)
    findings = {f["target"]["target-id"]: f for f in result["findings"]}
    assert len(findings) == len(result["findings"]) == len(in_scope)
    for criterion, status in in_scope.items():
        state = findings[criterion]["target"]["status"]["state"]
        assert state == ("satisfied" if status == "ready" else "not-satisfied")
        assert _props(findings[criterion], "readiness") == [status]


def test_observations_per_answer_and_risks_per_gap(example: Report, builtin: Catalogue) -> None:
    report = example.model_dump(mode="json")
    result = assessment_results(example, builtin)["assessment-results"]["results"][0]
    reviewed = [
        c["id"]
        for c in report["controls"]
        if c["answered"] and c["exclusion"] not in ("out_of_scope", "carved_out")
    ]
    interviews = [o for o in result["observations"] if o["methods"] == ["INTERVIEW"]]
    assert [_props(o, "control")[0] for o in interviews] == reviewed
    answers = {c["id"]: c for c in report["controls"]}
    for observation in interviews:
        answer = answers[_props(observation, "control")[0]]
        assert _props(observation, "status") == [answer["status"]]
        assert _props(observation, "documented") == [str(answer["documented"]).lower()]
        if answer["notes"].strip():
            assert answer["notes"].strip() in observation["description"]
    risks = result["risks"]
    assert [_props(r, "control")[0] for r in risks] == [g["control"] for g in report["gaps"]]
    for risk, gap in zip(risks, report["gaps"], strict=True):
        facets = risk["characterizations"][0]["facets"]
        assert facets == [{"name": "severity", "system": NS, "value": gap["severity"]}]
        steps = risk["remediations"][0]["description"].splitlines()
        assert steps == ["- " + " ".join(step.split()) for step in gap["remediation"]]
    # A finding names the risks of the gaps on its criterion.
    by_uuid = {r["uuid"]: r for r in risks}
    for finding in result["findings"]:
        criterion = _props(finding, "criterion")[0]
        named = [by_uuid[r["risk-uuid"]] for r in finding.get("related-risks", [])]
        expected = [g["control"] for g in report["gaps"] if criterion in g["criteria"]]
        assert [_props(r, "control")[0] for r in named] == expected


def test_assessment_results_are_byte_identical_and_uuids_stable(
    example: Report, example_path: Path, builtin: Catalogue
) -> None:
    first = to_json(assessment_results(example, builtin))
    assert to_json(assessment_results(example, builtin)) == first
    later = assessment_results(_report(example_path, builtin, date(2026, 12, 15)), builtin)
    before = json.loads(first)["assessment-results"]
    after = later["assessment-results"]
    # A new revision of the document, about the same findings.
    assert after["uuid"] != before["uuid"]
    assert [f["uuid"] for f in after["results"][0]["findings"]] == [
        f["uuid"] for f in before["results"][0]["findings"]
    ]


def test_output_does_not_depend_on_the_process() -> None:
    """Same bytes from two interpreters with different hash seeds (no set or clock leaks in)."""
    script = (
        "import hashlib, sys; from datetime import date; from pathlib import Path\n"
        "from soc2cli.assessment import load_assessment\n"
        "from soc2cli.catalogue import load_catalogue\n"
        "from soc2cli.oscal import assessment_results, catalog, poam, to_json\n"
        "from soc2cli.scoring import score\n"
        "cat = load_catalogue().catalogue\n"
        "a = load_assessment(Path(sys.argv[1]), cat)\n"
        "r = score(cat, a, as_of=date(2026, 12, 1), tool_version='9.9.9')\n"
        "text = to_json(catalog(cat)) + to_json(assessment_results(r, cat))\n"
        "text += to_json(poam(r, cat))\n"
        "print(hashlib.sha256(text.encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script, str(EXAMPLES[0])],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_the_scope_may_be_a_dict_or_a_model(
    example: Report, example_path: Path, builtin: Catalogue
) -> None:
    scope = example.scope
    as_dict = scope if isinstance(scope, dict) else scope.model_dump(mode="json")
    as_model = load_assessment(example_path, builtin).scope
    docs = [
        assessment_results(example.model_copy(update={"scope": form}), builtin)
        for form in (as_dict, as_model)
    ]
    for doc in docs:
        _load_ar(doc)
    plain = assessment_results(example, builtin)["assessment-results"]
    for doc in docs:
        assert doc["assessment-results"]["uuid"] == plain["uuid"]
        assert doc["assessment-results"]["metadata"] == plain["metadata"]


def test_evidence_register_items_become_examine_observations(builtin: Catalogue) -> None:
    path = REPO / "examples" / "fintech-type2" / "assessment.yaml"
    assessment = load_assessment(path, builtin)
    control = next(
        c.id
        for c in builtin.controls
        if c.frequency.value == "quarterly" and assessment.answers.get(c.id)
    )
    items = [
        EvidenceItem(
            title="Q1 review signed <b>", on=date(2027, 4, 28), location="https://x.example/q1"
        ),
        EvidenceItem(title="Old export\nsecond line", on=date(2026, 1, 5)),
    ]
    assessment = assessment.model_copy(update={"evidence": {control: items}})
    report = score(builtin, assessment, as_of=date(2027, 7, 1), tool_version="9.9.9")
    doc = assessment_results(report, builtin)
    _load_ar(doc)
    _check_identifiers(doc)
    examined = [
        o
        for o in doc["assessment-results"]["results"][0]["observations"]
        if o["methods"] == ["EXAMINE"]
    ]
    assert [_props(o, "control") for o in examined] == [[control]]
    assert _props(examined[0], "evidence-items") == ["2"]
    evidence = [e["description"] for e in examined[0]["relevant-evidence"]]
    assert evidence == ["Q1 review signed <b>", "Old export second line"]


def test_scanner_imports_become_test_observations() -> None:
    result = AutomatedResult(
        source="prowler",
        scanned_at=datetime(2027, 4, 2, 10, 30, tzinfo=UTC),
        file="scans/prowler-output.ocsf.json",
        sha256="a" * 64,
        provider="aws",
        passed=3,
        failed=1,
        checks=["iam_root_mfa_enabled", "s3_bucket_default_encryption"],
        failing=[
            CheckResources(check="iam_root_mfa_enabled", resources=["arn:aws:iam::1:root"], total=1)
        ],
    )
    ids = Identifiers("soc2-builtin", "Example Co")
    observations = scanner_observations([ScannerEvidence(control="AC-03", result=result)], ids)
    assert [control for control, _ in observations] == ["AC-03"]
    node = observations[0][1]
    model = Observation.model_validate(node)
    assert [getattr(m, "value", m) for m in model.methods] == ["TEST"]
    assert node["collected"] == "2027-04-02T10:30:00Z"
    assert _props(node, "fail") == ["1"]
    assert scanner_observations([], ids) == []


def test_hostile_text_stays_valid(builtin: Catalogue) -> None:
    path = REPO / "examples" / "seed-saas" / "assessment.yaml"
    assessment = load_assessment(path, builtin)
    control, answer = next(iter(assessment.answers.items()))
    hostile = answer.model_copy(
        update={"notes": "line one\n  <script>alert(1)</script>\n", "owner": " Head of\nIT "}
    )
    assessment = assessment.model_copy(update={"answers": {**assessment.answers, control: hostile}})
    report = score(builtin, assessment, as_of=AS_OF, tool_version="9.9.9")
    _load_ar(assessment_results(report, builtin))
    _load_poam(poam(report, builtin))


# Plan of action and milestones


def test_poam_loads_with_trestle_with_one_item_per_gap(example: Report, builtin: Catalogue) -> None:
    doc = poam(example, builtin)
    model = _load_poam(doc)
    _trestle_validators_pass(model)
    _check_identifiers(doc)
    report = example.model_dump(mode="json")
    body = doc["plan-of-action-and-milestones"]
    items = body["poam-items"]
    assert len(items) == len(report["gaps"]) == len(model.poam_items)
    risks = {r["uuid"]: r for r in body["risks"]}
    roles = {r["id"]: r["title"] for r in body["metadata"]["roles"]}
    phases = {p["id"]: p for p in report["plan"]["phases"]}
    for item, gap in zip(items, report["gaps"], strict=True):
        assert _props(item, "control") == [gap["control"]]
        assert _props(item, "effort-days") == [f"{gap['effort_days']:g}"]
        assert _props(item, "owner") == [gap["owner"]]
        risk = risks[item["related-risks"][0]["risk-uuid"]]
        milestone = risk["remediations"][0]["tasks"][0]
        assert milestone["type"] == "milestone"
        phase = phases[gap["phase"]]
        assert milestone["timing"]["within-date-range"] == {
            "start": f"{phase['start']}T00:00:00Z",
            "end": f"{phase['end']}T00:00:00Z",
        }
        assert roles[milestone["responsible-roles"][0]["role-id"]] == gap["owner"]


def test_poam_is_byte_identical_and_shares_risk_uuids_with_the_results(
    example: Report, builtin: Catalogue
) -> None:
    first = to_json(poam(example, builtin))
    assert to_json(poam(example, builtin)) == first
    risks = [r["uuid"] for r in json.loads(first)["plan-of-action-and-milestones"]["risks"]]
    results = assessment_results(example, builtin)["assessment-results"]["results"][0]
    assert risks == [r["uuid"] for r in results["risks"]]


def test_a_poam_needs_a_gap(example: Report, builtin: Catalogue) -> None:
    with pytest.raises(UsageError, match="no gaps"):
        poam(example.model_copy(update={"gaps": []}), builtin)


def test_the_commands_write_the_documents(tmp_path: Path) -> None:
    """The three documents through `soc2`, byte-identical to the functions' output."""
    from conftest import run

    from soc2cli.catalogue import load_catalogue
    from soc2cli.oscal import catalog, to_json

    env = {"SOURCE_DATE_EPOCH": "1798761600"}
    example = Path(__file__).parent.parent / "examples" / "seed-saas" / "assessment.yaml"
    out = tmp_path / "catalog.json"
    result = run("catalogue", "export", "--format", "oscal", "-o", str(out), env=env)
    assert result.exit_code == 0, result.stderr
    cat = load_catalogue().catalogue
    expected = to_json(catalog(cat, last_modified=datetime(2027, 1, 1, tzinfo=UTC)))
    assert out.read_text(encoding="utf-8") == expected
    for fmt, key in (
        ("oscal-ar", "assessment-results"),
        ("oscal-poam", "plan-of-action-and-milestones"),
    ):
        first = run("report", str(example), "--format", fmt, env=env)
        assert first.exit_code == 0, first.stderr
        assert key in json.loads(first.stdout)
        assert run("report", str(example), "--format", fmt, env=env).stdout == first.stdout


def test_scanner_imports_are_test_observations(tmp_path: Path) -> None:
    """`soc2 import` results become TEST observations that trestle reads."""
    import shutil

    from conftest import run

    file = tmp_path / "assessment.yaml"
    shutil.copyfile(REPO / "examples" / "fintech-type2" / "assessment.yaml", file)
    sample = REPO / "tests" / "data" / "prowler" / "example_output_aws.ocsf.json"
    env = {"SOURCE_DATE_EPOCH": "1798761600"}
    assert run("import", "prowler", str(sample), "--file", str(file), env=env).exit_code == 0
    result = run("report", str(file), "--format", "oscal-ar", env=env)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)["assessment-results"]
    AssessmentResults.model_validate(doc)
    tests = [o for o in doc["results"][0]["observations"] if o["methods"] == ["TEST"]]
    assert len(tests) == 2  # AC-04 and LOG-03 carry the sample's mapped checks
    assert all("example_output_aws.ocsf.json" in json.dumps(o) for o in tests)
