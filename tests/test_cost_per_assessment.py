"""Issue 23's short cuts for the cost of one assessment and the memory of a large catalogue give
what the plain paths gave.

- The catalogue's models share their sets of field names and their equal texts (and equal
  applicability rules are one instance): a catalogue read back from the cache is equal to one
  parsed from its files, and a copy with a change leaves the original as it was.
- Scoring keeps per catalogue what no answer changes (applicability per scope, supporting and key
  controls per criterion, framework items): a report is the same on a catalogue that has scored
  other scopes before as on a fresh one.
- Dates past the last one soc2 works with are found however they are written (a short cut that
  looked for them in the text first was measured slower than the walk, and left out).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import REPO, assessment_doc, run, write_assessment

from soc2cli import __version__, scoring
from soc2cli.assessment import Assessment, load_assessment
from soc2cli.catalogue import Catalogue, Control, load_catalogue
from soc2cli.vocabulary import Hosting

EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
AS_OF = date(2026, 12, 1)


def test_catalogue_from_the_cache_equals_the_parsed_one(monkeypatch: pytest.MonkeyPatch) -> None:
    cached = load_catalogue().catalogue
    monkeypatch.setenv("SOC2_NO_CACHE", "1")
    parsed = load_catalogue().catalogue
    assert cached is not parsed
    assert cached == parsed
    assert cached.model_dump_json() == parsed.model_dump_json()


def test_catalogue_models_share_field_sets_and_texts() -> None:
    load_catalogue()  # fills the cache when no test before this one has
    builtin = load_catalogue().catalogue  # read back from the cache, as every later run reads it
    controls = builtin.controls
    assert len({id(c.model_fields_set) for c in controls}) == 1
    assert controls[0].model_fields_set == set(Control.model_fields)
    assert len({id(c.model_fields_set) for c in builtin.criteria}) == 1
    owners = {c.owner: c.owner for c in controls}  # one object per distinct owner
    assert all(c.owner is owners[c.owner] for c in controls)
    default_rules = [
        c.applies_when
        for c in controls
        if c.applies_when.model_dump() == {"categories": [], "hosting": [], "data_types": []}
    ]
    assert len(default_rules) > 10
    assert all(rule is default_rules[0] for rule in default_rules)


def test_a_changed_copy_leaves_shared_parts_alone(builtin: Catalogue) -> None:
    first, second = builtin.controls[0], builtin.controls[1]
    fields_before = set(second.model_fields_set)
    changed = first.model_copy(update={"title": "Changed"})
    assert changed.title == "Changed" and first.title != "Changed"
    assert second.model_fields_set == fields_before
    rebuilt = Control.model_validate(first.model_dump())
    assert rebuilt == first
    assert rebuilt.applies_when is first.applies_when or rebuilt.applies_when.model_dump() != {
        "categories": [],
        "hosting": [],
        "data_types": [],
    }


def _variants(assessment: Assessment) -> list[Assessment]:
    """The assessment under other scopes: each hosting, with and without every category."""
    out = []
    for hosting in Hosting:
        for categories in (["security"], ["security", "availability", "confidentiality"]):
            scope = assessment.scope.model_copy(
                update={"hosting": hosting, "categories": categories}
            )
            out.append(assessment.model_copy(update={"scope": scope}))
    return out


def _json(catalogue: Catalogue, assessment: Assessment) -> str:
    report = scoring.score(catalogue, assessment, as_of=AS_OF, tool_version=__version__)
    return report.model_dump_json()


def test_reports_on_a_catalogue_that_scored_other_scopes_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scoring, "SCOPES_KEPT", 2)  # forget scopes often, too
    shared = load_catalogue().catalogue
    for path in EXAMPLES:
        for variant in _variants(load_assessment(path, shared)):
            fresh = load_catalogue().catalogue  # nothing kept with it yet
            assert fresh is not shared
            assert _json(shared, variant) == _json(fresh, variant)
    assert 0 < len(shared.derived[scoring._Facts].scopes) <= 2  # type: ignore[attr-defined]


def _late(tmp_path: Path, notes_line: str) -> tuple[int, str]:
    doc = assessment_doc(answers={"AC-01": {"status": "implemented", "notes": "PLACEHOLDER"}})
    path = write_assessment(tmp_path / "a.yaml", doc)
    path.write_text(path.read_text().replace("notes: PLACEHOLDER", notes_line))
    result = run("report", str(path), "--format", "json", "--as-of", "2026-12-01")
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("notes_line", "shown"),
    [
        ("notes: 9999-12-31", "9999-12-31"),
        ('notes: "\\x39999-12-31"', "9999-12-31"),  # the year spelt with an escape
        ('notes: "10000-01-01"', "10000-01-01"),
    ],
)
def test_dates_past_the_last_are_found_however_written(
    tmp_path: Path, notes_line: str, shown: str
) -> None:
    code, stderr = _late(tmp_path, notes_line)
    assert code == 2
    assert f"answers.AC-01.notes: {shown} is too far ahead" in stderr
    assert stderr.count("\n") == 1


@pytest.mark.parametrize("notes_line", ['notes: "8999-12-31"', 'notes: "back\\\\slash 2027-01-01"'])
def test_dates_up_to_the_last_are_taken(tmp_path: Path, notes_line: str) -> None:
    code, stderr = _late(tmp_path, notes_line)
    assert code in (0, 1), stderr
    assert "too far ahead" not in stderr
