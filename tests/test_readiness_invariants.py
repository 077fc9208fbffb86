"""Properties of the readiness model that must hold for every assessment (SPEC 3.3).

Raising an answer never lowers a figure, evidence never hurts, not_applicable never removes a
Common Criterion, and a complete assessment is never a draft.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soc2cli.assessment import Assessment
from soc2cli.catalogue import Catalogue, load_catalogue
from soc2cli.diff import compare
from soc2cli.report import CriterionStatus, Report
from soc2cli.scoring import score

AS_OF = date(2027, 5, 10)
LADDER = ["missing", "partial", "implemented", "operating"]
STATUSES = [*LADDER, "unknown", "not_applicable", None]
OPTIONAL = ["availability", "confidentiality", "processing_integrity", "privacy"]
DATA_TYPES = ["customer_data", "personal_data", "health_data", "cardholder_data"]

CATALOGUE: Catalogue = load_catalogue().catalogue
IDS = [c.id for c in CATALOGUE.controls]


def _answer(status: str | None, documented: bool) -> dict[str, Any] | None:
    if status is None:
        return None
    if status == "not_applicable":
        return {"status": status, "notes": "does not apply here"}
    return {"status": status, "documented": documented}


@st.composite
def assessments(draw: st.DrawFn) -> dict[str, Any]:
    """A random version-2 assessment document over the built-in catalogue."""
    report_type = draw(st.sampled_from(["type1", "type2"]))
    scope: dict[str, Any] = {
        "organization": "Prop Co",
        "report_type": report_type,
        "categories": ["security", *draw(st.lists(st.sampled_from(OPTIONAL), unique=True))],
        "hosting": draw(st.sampled_from(["cloud", "on_prem", "hybrid"])),
        "data_types": draw(st.lists(st.sampled_from(DATA_TYPES), unique=True)),
    }
    if report_type == "type2":
        # The window may lie ahead of the report date, have begun, or be over.
        start = AS_OF + timedelta(days=draw(st.integers(min_value=-300, max_value=60)))
        scope["observation_period"] = {
            "start": start.isoformat(),
            "end": (start + timedelta(days=180)).isoformat(),
        }
    answers: dict[str, Any] = {}
    for control_id in IDS:
        answer = _answer(draw(st.sampled_from(STATUSES)), draw(st.booleans()))
        if answer is not None:
            answers[control_id] = answer
    evidence: dict[str, list[dict[str, str]]] = {}
    for control_id in draw(st.lists(st.sampled_from(IDS), max_size=12, unique=True)):
        day = AS_OF - timedelta(days=draw(st.integers(min_value=0, max_value=400)))
        evidence[control_id] = [{"title": "record", "date": day.isoformat()}]
    return {"schema_version": 2, "scope": scope, "answers": answers, "evidence": evidence}


def _score(doc: dict[str, Any]) -> Report:
    return score(CATALOGUE, Assessment.model_validate(doc), as_of=AS_OF, tool_version="t")


def _figures(report: Report) -> dict[str, float]:
    s = report.summary
    out = {"type1": s.type1.readiness, "type2": s.type2.readiness, "ready": s.criteria_ready}
    for c in s.categories:
        out[f"{c.category}.type1"] = c.type1.readiness
        out[f"{c.category}.type2"] = c.type2.readiness
    return out


def _raised(answer: dict[str, Any] | None, step: int) -> dict[str, Any] | None:
    """One step up: unanswered or unknown to missing, up the ladder, or written down."""
    if answer is None or answer["status"] == "unknown":
        return {"status": "missing", "documented": False}
    status = answer["status"]
    if status == "not_applicable":
        return None
    if step == 0 and not answer["documented"]:
        return {**answer, "documented": True}
    index = LADDER.index(status)
    if index + 1 < len(LADDER):
        return {**answer, "status": LADDER[index + 1]}
    return {**answer, "documented": True} if not answer["documented"] else None


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(doc=assessments(), which=st.sampled_from(IDS), step=st.integers(0, 1))
def test_raising_one_answer_never_lowers_a_figure(
    doc: dict[str, Any], which: str, step: int
) -> None:
    raised = _raised(doc["answers"].get(which), step)
    if raised is None:
        return
    before = _figures(_score(doc))
    after = _figures(_score({**doc, "answers": {**doc["answers"], which: raised}}))
    for name, value in before.items():
        assert after[name] >= value, (name, which, doc["answers"].get(which), raised)


@SETTINGS
@given(doc=assessments(), which=st.sampled_from(IDS), days_ago=st.integers(0, 400))
def test_adding_evidence_never_lowers_readiness_or_regresses(
    doc: dict[str, Any], which: str, days_ago: int
) -> None:
    item = {"title": "new record", "date": (AS_OF - timedelta(days=days_ago)).isoformat()}
    evidence = {**doc["evidence"], which: [*doc["evidence"].get(which, []), item]}
    old = _score(doc)
    new = _score({**doc, "evidence": evidence})
    for name, value in _figures(old).items():
        assert _figures(new)[name] >= value, name
    diff = compare(old, new, old_label="before", new_label="after")
    assert not diff.regression, diff.reasons


@SETTINGS
@given(doc=assessments(), series=st.sampled_from([f"CC{n}" for n in range(1, 10)]))
def test_not_applicable_never_removes_a_common_criterion(doc: dict[str, Any], series: str) -> None:
    answers = dict(doc["answers"])
    for criterion in CATALOGUE.criteria:
        if criterion.series == series:
            for control in CATALOGUE.controls_by_criterion[criterion.id]:
                answers[control.id] = _answer("not_applicable", False)
    report = _score({**doc, "answers": answers})
    common = [c for c in report.criteria if c.category == "security"]
    assert len(common) == 33
    assert all(c.status is not CriterionStatus.excluded for c in common)
    for criterion in common:
        if criterion.series == series and not criterion.controls:
            assert criterion.status is CriterionStatus.gap and criterion.warning
            assert any(g.control == criterion.id for g in report.gaps)


@SETTINGS
@given(doc=assessments(), fill=st.sampled_from([*LADDER, "unknown"]))
def test_a_complete_assessment_is_never_a_draft(doc: dict[str, Any], fill: str) -> None:
    answers = {
        control_id: doc["answers"].get(control_id) or _answer(fill, True) for control_id in IDS
    }
    report = _score({**doc, "answers": answers})
    assert report.summary.draft is False
    assert report.unanswered == []
    assert report.summary.answered == report.summary.applicable


@pytest.mark.parametrize("report_type", ["type1", "type2"])
def test_unanswered_controls_are_never_gaps_or_risks(report_type: str) -> None:
    answers = {c: _answer("missing", False) for c in IDS[:10]}
    doc = {
        "schema_version": 2,
        "scope": {"organization": "Draft Co", "report_type": report_type},
        "answers": answers,
    }
    report = _score(doc)
    unanswered = {u.control for u in report.unanswered}
    assert unanswered and not unanswered & {g.control for g in report.gaps}
    assert not unanswered & {f.control for f in report.follow_ups}
    assert report.summary.draft is True
    assert report.summary.applicable - report.summary.answered == len(unanswered)
