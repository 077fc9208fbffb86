"""Scoring: readiness, criterion status, gap kinds, exclusions, determinism."""

from __future__ import annotations

from datetime import date

from conftest import all_answers, assessment_doc

from soc2cli.assessment import Assessment
from soc2cli.catalogue import Catalogue
from soc2cli.models import ReportType, Status
from soc2cli.report import CriterionStatus, Exclusion, GapKind
from soc2cli.scoring import applicability, gap_kind, score

AS_OF = date(2027, 1, 4)


def _score(catalogue: Catalogue, **kwargs: object):
    assessment = Assessment.model_validate(assessment_doc(**kwargs))
    return score(catalogue, assessment, as_of=AS_OF, tool_version="test")


def test_all_operating_is_fully_ready(builtin: Catalogue) -> None:
    cats = ["security", "availability", "confidentiality", "processing_integrity", "privacy"]
    report = _score(
        builtin, report_type="type2", categories=cats, answers=all_answers(builtin, "operating")
    )
    assert report.summary.readiness == 1.0
    assert report.summary.type1.readiness == 1.0 and report.summary.type2.readiness == 1.0
    assert report.gaps == []
    assert report.summary.criteria_gap == 0
    assert report.summary.criteria_ready == 61
    assert all(c.type1.readiness == 1.0 for c in report.summary.categories)
    assert report.plan.phases == []


def test_all_missing_is_zero(builtin: Catalogue) -> None:
    report = _score(builtin, answers=all_answers(builtin, "missing"))
    assert report.summary.readiness == 0.0
    assert report.summary.type1.ready == 0
    assert report.summary.gaps_total == report.summary.controls_applicable
    assert {g.kind for g in report.gaps} == {GapKind.missing_control}
    assert all(c.status is not CriterionStatus.ready for c in report.criteria)


def test_unanswered_counts_as_unknown_follow_up(builtin: Catalogue) -> None:
    report = _score(builtin)
    assert {g.kind for g in report.gaps} == {GapKind.follow_up}
    assert len(report.follow_ups) == report.summary.controls_applicable


def test_documented_is_type1_ready_but_type2_gap(builtin: Catalogue) -> None:
    answers = all_answers(builtin, "documented")
    type1 = _score(builtin, answers=answers)
    assert type1.summary.readiness == 1.0 and type1.gaps == []
    type2 = _score(builtin, report_type="type2", answers=answers)
    assert type2.summary.readiness == 0.0
    assert type2.summary.type1.readiness == 1.0
    assert {g.kind for g in type2.gaps} == {GapKind.no_evidence}
    assert {g.phase.value for g in type2.gaps} == {"operational"}


def test_gap_kinds_per_report_type() -> None:
    assert gap_kind(Status.missing, ReportType.type1) is GapKind.missing_control
    assert gap_kind(Status.partial, ReportType.type1) is GapKind.partial_control
    assert gap_kind(Status.implemented, ReportType.type1) is GapKind.undocumented
    assert gap_kind(Status.documented, ReportType.type1) is None
    assert gap_kind(Status.documented, ReportType.type2) is GapKind.no_evidence
    assert gap_kind(Status.operating, ReportType.type2) is None
    assert gap_kind(Status.unknown, ReportType.type2) is GapKind.follow_up


def test_not_applicable_is_excluded_with_reason(builtin: Catalogue) -> None:
    answers = all_answers(builtin, "operating")
    target = builtin.controls_by_criterion["CC6.1"][0].id
    answers[target] = {"status": "not_applicable", "notes": "No such system <b>here</b>"}
    report = _score(builtin, answers=answers)
    result = next(c for c in report.controls if c.id == target)
    assert not result.applicable and result.exclusion is Exclusion.not_applicable
    assert report.not_applicable[0].control == target
    assert report.not_applicable[0].reason == "No such system <b>here</b>"
    assert report.summary.readiness == 1.0
    assert target not in next(c for c in report.criteria if c.id == "CC6.1").controls


def test_scope_excludes_other_categories(builtin: Catalogue) -> None:
    report = _score(builtin, categories=["security"], answers=all_answers(builtin, "operating"))
    privacy = [c for c in report.criteria if c.category == "privacy"]
    assert len(privacy) == 18
    assert all(c.status is CriterionStatus.excluded for c in privacy)
    assert [c.category for c in report.summary.categories] == ["security"]
    assert not any(c.applicable for c in report.controls if c.domain == "privacy")
    assert report.scope["categories"] == ["security"]


def test_security_always_in_scope(builtin: Catalogue) -> None:
    report = _score(builtin, categories=["privacy"])
    assert [c.category for c in report.summary.categories] == ["security", "privacy"]


def test_carve_out_for_cloud_but_not_on_prem(builtin: Catalogue) -> None:
    carved = next(c for c in builtin.controls if c.carve_out is not None)
    cloud = Assessment.model_validate(
        assessment_doc(hosting="cloud", subservice_organizations=["AWS"])
    )
    on_prem = Assessment.model_validate(assessment_doc(hosting="on_prem"))
    result = applicability(carved, cloud.scope, builtin)
    assert result.exclusion is Exclusion.carved_out and "AWS" in (result.reason or "")
    assert applicability(carved, on_prem.scope, builtin).applicable
    vendor_review = builtin.control("VEN-02")
    assert (
        vendor_review is not None and applicability(vendor_review, cloud.scope, builtin).applicable
    )


def test_criterion_status_needs_every_control_ready(builtin: Catalogue) -> None:
    answers = all_answers(builtin, "operating")
    control = builtin.controls_by_criterion["CC8.1"][0]
    answers[control.id] = {"status": "partial"}
    report = _score(builtin, answers=answers)
    criteria = {c.id: c for c in report.criteria}
    for criterion_id in control.criteria:
        if criteria[criterion_id].status is not CriterionStatus.excluded:
            assert criteria[criterion_id].status is CriterionStatus.gap
            assert control.id in criteria[criterion_id].gap_controls
    gap = report.gaps[0]
    assert gap.control == control.id and gap.kind is GapKind.partial_control


def test_weighted_readiness_formula(builtin: Catalogue) -> None:
    answers = all_answers(builtin, "missing")
    report = _score(builtin, answers=answers)
    applicable = [c for c in report.controls if c.applicable]
    critical = [c for c in applicable if c.priority.value == "critical"]
    for c in critical:
        answers[c.id] = {"status": "documented"}
    report = _score(builtin, answers=answers)
    weights = {"critical": 4, "high": 3, "medium": 2, "low": 1}
    total = sum(weights[c.priority.value] for c in applicable)
    assert report.summary.type1.readiness == round(4 * len(critical) / total, 4)
    assert report.summary.type1.ready == len(critical)


def test_unknown_answer_ids_are_kept_and_listed(builtin: Catalogue) -> None:
    report = _score(builtin, answers={"ZZ-01": {"status": "operating"}})
    assert report.unknown_answers == ["ZZ-01"]


def test_severity_rises_with_uncovered_criteria(builtin: Catalogue) -> None:
    report = _score(builtin, answers=all_answers(builtin, "missing"))
    by_id = {g.control: g for g in report.gaps}
    low = [c for c in builtin.controls if c.priority.value == "low" and c.id in by_id]
    assert any(by_id[c.id].severity.value != "low" for c in low) or not low


def test_framework_coverage(builtin: Catalogue) -> None:
    report = _score(builtin, answers=all_answers(builtin, "operating"))
    iso = report.frameworks["iso27001_2022"]
    assert iso.covered > 20 and iso.not_covered == 0
    nist = report.frameworks["nist_csf_2"]
    assert nist.covered + nist.partly_covered + nist.not_covered + nist.not_mapped == 106
    none = _score(builtin, answers=all_answers(builtin, "missing"))
    assert none.frameworks["iso27001_2022"].covered == 0
