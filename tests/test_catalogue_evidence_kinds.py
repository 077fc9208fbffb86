"""Evidence examples carry a kind: design (how a control works) or operating (that it ran)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import icalendar
import pytest
from conftest import (
    OVERLAY_CONTROL,
    REPO,
    all_answers,
    assessment_doc,
    run,
    write_assessment,
    write_tree,
)

from soc2cli.catalogue import Catalogue, Control
from soc2cli.vocabulary import EvidenceKind

EPOCH = {"SOURCE_DATE_EPOCH": "1798761600"}

# A design item names a document: what says how the control works.
DOCUMENT = re.compile(
    r"\b(polic(y|ies)|procedures?|standards?|plans?|runbooks?|diagrams?|charter|description|"
    r"configurations?|settings?|templates?|matrix|register|inventory|agreements?|contracts?|"
    r"terms|clauses?|notices?|catalogue|schedules?|baselines?|architecture|design|criteria|"
    r"methodology|checklists?|definitions?|documents?|documentation|material|handbook|code|"
    r"rules?|list|"
    r"structure|profile|guideline|instructions|outline|page|screenshots?|statement|certificate|"
    r"analysis|specifications?|dictionary|schemas?|cases|lockfiles|manager|section|chart|"
    r"objectives|table|tests|status|registration)\b",
    re.IGNORECASE,
)
# Words that only a record of the control running would carry.
RECORD_ONLY = re.compile(
    r"\b(tickets?|minutes|sign-?offs?|samples?|sampled|completed|log (extract|entries)|"
    r"alert history|in the period|over the period)\b",
    re.IGNORECASE,
)


def _texts(control: Control, kind: EvidenceKind) -> list[str]:
    return [e.text for e in control.evidence if e.kind is kind]


def test_every_builtin_control_has_an_operating_record(builtin: Catalogue) -> None:
    for control in builtin.controls:
        assert _texts(control, EvidenceKind.operating), control.id
    # Both kinds are in real use, not one tag on everything.
    design = [c.id for c in builtin.controls if _texts(c, EvidenceKind.design)]
    assert len(design) > len(builtin.controls) // 2


def test_design_items_look_like_documents(builtin: Catalogue) -> None:
    for control in builtin.controls:
        for text in _texts(control, EvidenceKind.design):
            assert DOCUMENT.search(text), (control.id, text)
            assert not RECORD_ONLY.search(text), (control.id, text)


def test_every_builtin_item_is_tagged_in_the_files(builtin: Catalogue) -> None:
    """The built-in catalogue writes the kind of each item; plain text is for old overlays."""
    root = REPO / "criteria" / "controls"
    for path in sorted(root.glob("*.yaml")):
        block = False
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("    ") and not line.startswith("     "):
                block = line == "    evidence:"
            elif block:
                assert re.match(r"^      - (design|operating): \S", line), f"{path.name}:{number}"


def _overlay(tmp_path: Path, evidence: str) -> Path:
    text = OVERLAY_CONTROL.format(id="AC-90", title="Extra thing", criterion="CC6.1")
    text = text.replace("    evidence: [Quarterly record, Ticket export]\n", evidence)
    return write_tree(tmp_path / "overlay", {"controls.yaml": text})


def test_a_control_without_an_operating_item_is_a_located_error(tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        "    evidence:\n      - design: Extra thing procedure\n      - design: Extra settings\n",
    )
    result = run("catalogue", "validate", str(overlay))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {overlay / 'controls.yaml'}:13:5: controls[0].evidence: control AC-90 needs at "
        "least one operating evidence example: a record that shows the control ran (write it as "
        "'operating: TEXT')\n"
    )


def test_an_item_in_neither_form_is_a_located_error(tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        "    evidence:\n      - operating: Quarterly record\n      - desgin: Extra procedure\n",
    )
    result = run("catalogue", "validate", str(overlay))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {overlay / 'controls.yaml'}:15:9: controls[0].evidence[1]: an evidence example "
        "is a text, or 'design: TEXT' or 'operating: TEXT'\n"
    )


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("- 5", "an evidence example is a text, or 'design: TEXT' or 'operating: TEXT'"),
        ("- {design: a, operating: b}", "an evidence example is a text, or 'design: TEXT' or"),
        ("- design: 5", "the design evidence example must be a text, not empty"),
        ("- design:", "the design evidence example must be a text, not empty"),
        ('- ""', "an evidence example cannot be empty"),
    ],
)
def test_bad_items_are_named_at_their_place(tmp_path: Path, item: str, message: str) -> None:
    overlay = _overlay(tmp_path, f"    evidence:\n      - operating: Record\n      {item}\n")
    result = run("catalogue", "validate", str(overlay))
    assert result.exit_code == 2
    place = f"error: {overlay / 'controls.yaml'}:15:9: controls[0].evidence[1]: "
    assert result.stderr.startswith(place + message), result.stderr
    assert result.stderr.count("\n") == 1


def test_overlay_with_plain_strings_is_operating_and_exported_with_kinds(tmp_path: Path) -> None:
    overlay = _overlay(
        tmp_path,
        "    evidence:\n      - Quarterly record\n      - design: Extra procedure\n",
    )
    assert run("catalogue", "validate", str(overlay)).exit_code == 0
    result = run("catalogue", "export", "--format", "json", "--catalogue", str(overlay))
    assert result.exit_code == 0, result.stderr
    controls = {c["id"]: c for c in json.loads(result.stdout)["controls"]}
    assert controls["AC-90"]["evidence"] == [
        {"text": "Quarterly record", "kind": "operating"},
        {"text": "Extra procedure", "kind": "design"},
    ]
    # Every built-in item is exported in the same shape, with its kind.
    for control in controls.values():
        for item in control["evidence"]:
            assert sorted(item) == ["kind", "text"] and item["kind"] in ("design", "operating")


def test_show_lists_each_kind_under_its_own_heading(builtin: Catalogue) -> None:
    control = builtin.control("AC-06")
    assert control is not None
    shown = run("catalogue", "show", "AC-06", env={"COLUMNS": "200"}).stdout
    design = shown.index("Design evidence")
    operating = shown.index("Operating evidence")
    remediation = shown.index("Remediation")
    for text in _texts(control, EvidenceKind.design):
        assert design < shown.index(text) < operating
    for text in _texts(control, EvidenceKind.operating):
        assert operating < shown.index(text) < remediation


@pytest.fixture
def access_review(tmp_path: Path, builtin: Catalogue) -> tuple[Path, Path, Control]:
    """Type I and Type II assessments, with AC-06 implemented but not written down."""
    control = builtin.control("AC-06")
    assert control is not None and _texts(control, EvidenceKind.design)
    answers = all_answers(builtin, "operating")
    answers["AC-06"] = {"status": "implemented", "documented": False}
    paths = []
    for kind in ("type1", "type2"):
        doc = assessment_doc(report_type=kind, answers=answers)
        doc["schema_version"] = 2
        paths.append(write_assessment(tmp_path / f"{kind}.yaml", doc))
    return paths[0], paths[1], control


def _request_row(path: Path) -> str:
    text = run("report", str(path), "--format", "evidence", env=EPOCH).stdout
    return next(line for line in text.splitlines() if line.startswith("| AC-06 "))


def test_type2_requests_ask_for_records_and_type1_for_both(
    access_review: tuple[Path, Path, Control],
) -> None:
    type1, type2, control = access_review
    collect2 = _request_row(type2).split(" | ")[3]
    assert collect2 == "<br>".join(_texts(control, EvidenceKind.operating))
    collect1 = _request_row(type1).split(" | ")[3]
    assert collect1 == "<br>".join(e.text for e in control.evidence)


def test_report_json_carries_the_operating_records_and_the_gap_asks_for_documents(
    access_review: tuple[Path, Path, Control],
) -> None:
    _, type2, control = access_review
    report = json.loads(run("report", str(type2), "--format", "json", env=EPOCH).stdout)
    row = next(c for c in report["controls"] if c["id"] == "AC-06")
    assert row["evidence"] == [e.text for e in control.evidence]
    assert row["operating_evidence"] == _texts(control, EvidenceKind.operating)
    gap = next(g for g in report["gaps"] if g["control"] == "AC-06")
    assert gap["kind"] == "undocumented"
    assert gap["evidence"] == _texts(control, EvidenceKind.design)


def test_calendar_asks_for_operating_records_only(
    tmp_path: Path, access_review: tuple[Path, Path, Control]
) -> None:
    _, type2, control = access_review
    out = tmp_path / "a.ics"
    result = run("report", str(type2), "--format", "ics", "--as-of", "2027-02-01", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    described = "\n".join(str(e["DESCRIPTION"]) for e in events if "AC-06" in str(e["DESCRIPTION"]))
    for text in _texts(control, EvidenceKind.operating):
        assert text in described
    for text in _texts(control, EvidenceKind.design):
        assert text not in described


def test_oscal_catalog_examines_each_kind_in_its_own_part(builtin: Catalogue) -> None:
    result = run("catalogue", "export", "--format", "oscal", env=EPOCH)
    assert result.exit_code == 0, result.stderr
    found = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if str(node.get("id", "")).startswith("ac-06_asm-examine_obj"):
                kinds = [p["value"] for p in node.get("props", []) if p["name"] == "evidence-kind"]
                found[tuple(kinds)] = node["prose"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(result.stdout))
    control = builtin.control("AC-06")
    assert control is not None
    assert found == {
        (kind.value,): "\n".join(f"- {t}" for t in _texts(control, kind)) for kind in EvidenceKind
    }


def test_the_catalogue_schema_accepts_each_form_an_editor_writes() -> None:
    import jsonschema
    import yaml

    result = run("schema", "catalogue")
    assert result.exit_code == 0, result.stderr
    schema = json.loads(result.stdout)
    root = REPO / "criteria" / "controls"
    for path in sorted(root.glob("*.yaml")):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
    control = yaml.safe_load(OVERLAY_CONTROL.format(id="AC-90", title="T", criterion="CC6.1"))
    item = control["controls"][0]
    for good in ("Record", {"design": "Procedure"}, {"text": "Log", "kind": "operating"}):
        item["evidence"] = [good, "Record"]
        jsonschema.validate(control, schema)
    for bad in ({"desgin": "Procedure"}, {"design": "a", "operating": "b"}, {"design": ""}):
        item["evidence"] = [bad, "Record"]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(control, schema)
