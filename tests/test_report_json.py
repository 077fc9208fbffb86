"""The fast paths of scoring and of the JSON report give exactly what the plain ones gave.

The JSON report is encoded by pydantic-core a piece at a time; its bytes must stay those of
json.dumps(indent=2, sort_keys=True, ensure_ascii=False). Result models built without validation
must serialise as validated ones do; framework items ordered once per catalogue must come out as
sorting them per report did.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, run
from pydantic import BaseModel

from soc2cli import __version__
from soc2cli.assessment import load_assessment
from soc2cli.catalogue import Catalogue, Framework, Requirements
from soc2cli.formats.json import SLICE, pieces, render
from soc2cli.report import Coverage, Gap, Report, built
from soc2cli.scoring import _framework_coverage, score
from soc2cli.vocabulary import GapKind, Phase, Severity

EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
AS_OF = date(2026, 12, 1)


def reference(report: Report) -> str:
    """What the JSON report was before pydantic-core encoded it: the standard library's text."""
    data = report.model_dump(mode="json")
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def scored(path: Path, catalogue: Catalogue, **options: Any) -> Report:
    assessment = load_assessment(path, catalogue)
    return score(catalogue, assessment, as_of=AS_OF, tool_version=__version__, **options)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_cli_json_report_is_the_standard_librarys_text(path: Path, builtin: Catalogue) -> None:
    result = run("report", str(path), "--format", "json", "--as-of", AS_OF.isoformat())
    assert result.exit_code == 0, result.stderr
    assert result.stdout == reference(scored(path, builtin))


def test_focused_frameworks_and_another_date(builtin: Catalogue) -> None:
    report = scored(
        EXAMPLES[0],
        builtin,
        frameworks=["iso27001_2022", "gdpr"],
        capacity_days_per_week=2.5,
    )
    assert render(report) == reference(report)


@pytest.mark.parametrize(
    "number", [1e-5, 3e-7, -2e-9, 1.5e-4, 0.0, -0.0, 1e16, 1e22, float("inf"), float("nan")]
)
def test_numbers_written_as_json_dumps_writes_them(builtin: Catalogue, number: float) -> None:
    # pydantic-core writes 1e-05 as 0.00001 and 1e-07 as 1e-7: those fall back to json.dumps.
    report = scored(EXAMPLES[0], builtin)
    plan = report.plan.model_copy(update={"capacity_days_per_week": number})
    report = report.model_copy(update={"plan": plan})
    assert render(report) == reference(report)


def test_text_escaped_as_json_dumps_escapes_it(builtin: Catalogue) -> None:
    report = scored(EXAMPLES[0], builtin)
    tricky = 'tab\t nl\n cr\r quote" slash\\ nul\x00 us\x1f del\x7f ls\u2028 é ✓ 😀 </script>'
    report = report.model_copy(update={"tool_version": tricky, "warnings": [tricky, ""]})
    text = render(report)
    assert text == reference(report)
    assert json.loads(text)["tool_version"] == tricky


def test_cli_json_report_to_a_file_is_written_in_pieces(builtin: Catalogue, tmp_path: Path) -> None:
    path = EXAMPLES[0]
    report = scored(path, builtin)
    assert len(pieces(report)) > 20  # written in turn, never joined or encoded whole
    out = tmp_path / "report.json"
    result = run(
        "report", str(path), "--format", "json", "--as-of", AS_OF.isoformat(), "-o", str(out)
    )
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == reference(report).encode("utf-8")


def test_unpaired_surrogate_falls_back_to_json_dumps(builtin: Catalogue) -> None:
    report = scored(EXAMPLES[0], builtin)
    report = report.model_copy(update={"tool_version": "a\ud800b"})
    assert render(report) == reference(report)


def test_long_lists_encoded_in_slices(builtin: Catalogue) -> None:
    report = scored(EXAMPLES[0], builtin)
    many = [f"warning {n}" for n in range(3 * SLICE + 7)]
    exact = [f"warning {n}" for n in range(2 * SLICE)]
    controls = report.controls * 3  # more controls than one slice
    assert len(controls) > SLICE
    for update in (
        {"warnings": many},
        {"warnings": exact},
        {"controls": controls},
        {"domains": {}, "framework_focus": []},
    ):
        changed = report.model_copy(update=update)
        assert render(changed) == reference(changed)


def test_built_models_serialise_as_validated_ones() -> None:
    fields: dict[str, Any] = {
        "control": "AC-01",
        "title": "Access reviews",
        "criteria": ["CC6.1"],
        "kind": GapKind.no_evidence,
        "severity": Severity.high,
        "status": None,
        "documented": True,
        "remediation": ["Review access"],
        "evidence": ["Review log", "Tickets"],
        "effort_days": 1.5,
        "owner": "IT",
        "phase": Phase.operational,
        "notes": "",
        "missing_periods": [],
    }
    validated = Gap(**fields)
    # Out of declaration order and without the defaulted field: put in order, default filled.
    made = built(Gap, **dict(reversed(list(fields.items()))))
    assert made == validated
    assert made.model_dump_json() == validated.model_dump_json()
    assert list(made.__dict__) == list(Gap.model_fields)
    assert made.model_fields_set == set(fields)


def test_built_rejects_an_unknown_field() -> None:
    with pytest.raises(TypeError, match="Coverage has no field extra"):
        built(Coverage, ready=1, total=2, extra=3)


def test_copies_of_built_models_do_not_share_what_they_change() -> None:
    first = built(Coverage, ready=1, total=2)
    second = built(Coverage, ready=0, total=0)
    changed = first.model_copy(update={"ready": 2})
    assert (changed.ready, first.ready, second.ready) == (2, 1, 0)
    assert second.model_fields_set == {"ready", "total"}


def test_framework_order_worked_out_once_matches_sorting_per_report(builtin: Catalogue) -> None:
    requirements = builtin.framework_requirements
    assert all(r.total for r in requirements.values())
    unordered = {k: dataclasses.replace(r, total=False) for k, r in requirements.items()}
    for path in EXAMPLES:
        report = scored(path, builtin)
        fast = _framework_coverage(builtin, report.controls, report.summary.report_type, None)
        slow_catalogue = builtin.model_copy()
        slow_catalogue.__dict__["framework_requirements"] = unordered
        slow = _framework_coverage(
            slow_catalogue, report.controls, report.summary.report_type, None
        )
        assert fast == slow
        assert [f.model_dump_json() for f in fast.values()] == [
            f.model_dump_json() for f in slow.values()
        ]


def test_ids_sharing_a_place_in_the_natural_order_are_sorted_per_report() -> None:
    framework = Framework(id="fw", title="Framework", ids=["A.1", "A.01", "B.2"])
    requirements = Requirements.of(framework, {"A.1": ["AC-01"], "B.10": ["AC-02"]})
    assert not requirements.total
    assert [r[0] for r in requirements.ordered] == ["A.01", "A.1", "B.2", "B.10"]
    listed_twice = Framework(id="fw", title="Framework", ids=["A.1", "A.1"])
    assert not Requirements.of(listed_twice, {}).total
    plain = Requirements.of(Framework(id="fw", title="Framework", ids=["A.2"]), {"A.10": []})
    assert plain.total
    assert plain.ordered == [("A.2", [], True), ("A.10", [], False)]


def _models(value: object) -> list[BaseModel]:
    """Every model in ``value``, at any depth."""
    found: list[BaseModel] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, BaseModel):
            found.append(item)
            stack += [getattr(item, name) for name in type(item).model_fields]
        elif isinstance(item, dict):
            stack += item.values()
        elif isinstance(item, (list, tuple)):
            stack += item
    return found


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_assembled_models_are_as_validation_builds_them(path: Path, builtin: Catalogue) -> None:
    # Scoring builds its results from dicts written in declaration order, unchecked: every
    # model of a report has its fields in that order, and validating the report again gives
    # the same values of the same types (a float stays a float, an enum an enum).
    for _ in range(2):  # the second report reuses what the catalogue's facts kept from the first
        report = scored(path, builtin)
        models = _models(report)
        assert len(models) > 500
        for model in models:
            fields = list(type(model).model_fields)
            assert [k for k in model.__dict__ if k in fields] == fields, type(model).__name__
        again = Report.model_validate(report.model_dump())
        assert again == report
        assert again.model_dump_json() == report.model_dump_json()
        assert repr(again) == repr(report)
