"""Pure scoring: (catalogue, assessment) -> Report. No I/O."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from soc2cli.assessment import Assessment, Scope
from soc2cli.catalogue import Catalogue, Control
from soc2cli.evidence import check_control, summarise
from soc2cli.models import Phase, Priority, ReportType, Status
from soc2cli.plan import build_plan
from soc2cli.report import (
    REPORT_SCHEMA_VERSION,
    CatalogueRef,
    CategorySummary,
    ControlResult,
    CriterionResult,
    CriterionStatus,
    EvidenceCheck,
    Exclusion,
    FollowUp,
    FrameworkCoverage,
    FrameworkItem,
    Gap,
    GapKind,
    Method,
    NotApplicable,
    Readiness,
    Report,
    Severity,
    Summary,
)

WEIGHTS: dict[Priority, int] = {
    Priority.critical: 4,
    Priority.high: 3,
    Priority.medium: 2,
    Priority.low: 1,
}
TYPE1_READY = frozenset({Status.documented, Status.operating})
TYPE2_READY = frozenset({Status.operating})
SEVERITY_ORDER = [Severity.low, Severity.medium, Severity.high, Severity.critical]
PHASE_ORDER = {Phase.foundation: 0, Phase.technical: 1, Phase.operational: 2}

METHOD_TEXT = (
    "Readiness is the priority-weighted share of applicable controls that are ready: "
    "sum(weight of ready controls) / sum(weight of applicable controls), with weights "
    "critical 4, high 3, medium 2, low 1. A control is ready for Type I when it is documented "
    "or operating, and for Type II only when it is operating. Unanswered controls count as "
    "unknown (not ready). Controls marked not_applicable, carved out to a subservice "
    "organisation, or supporting no in-scope criterion are excluded. A criterion is ready when "
    "every applicable control supporting it is ready, a gap otherwise, and excluded when its "
    "category is out of scope or no applicable control supports it. Category figures count "
    "every applicable control that supports a criterion of that category. Gap severity starts "
    "from the control's priority and rises one step when the control leaves two or more "
    "criteria uncovered, and two steps at four or more. A gap's effort is the control's "
    "estimate, except for no_evidence gaps, where the control is already designed and only a "
    "quarter of it (setting up evidence collection) is planned."
)


@dataclass(frozen=True)
class _Applicability:
    applicable: bool
    exclusion: Exclusion | None
    reason: str | None


def applicability(control: Control, scope: Scope, catalogue: Catalogue) -> _Applicability:
    """Whether the scope makes ``control`` apply; if not, why."""
    in_scope = [
        c
        for c in control.criteria
        if (crit := catalogue.criterion(c)) and scope.in_scope(crit.category)
    ]
    if not in_scope:
        return _Applicability(False, Exclusion.out_of_scope, "supports no criterion in scope")
    rule = control.applies_when
    if rule.categories and not any(scope.in_scope(c) for c in rule.categories):
        wanted = ", ".join(rule.categories)
        return _Applicability(False, Exclusion.out_of_scope, f"applies only with {wanted} in scope")
    if rule.hosting and scope.hosting not in rule.hosting:
        wanted = ", ".join(h.value for h in rule.hosting)
        return _Applicability(False, Exclusion.out_of_scope, f"applies only to {wanted} hosting")
    if rule.data_types and not set(rule.data_types) & set(scope.data_types):
        wanted = ", ".join(rule.data_types)
        return _Applicability(False, Exclusion.out_of_scope, f"applies only when handling {wanted}")
    carve = control.carve_out
    if carve is not None and scope.hosting in carve.hosting:
        providers = ", ".join(scope.subservice_organizations) or "the hosting provider"
        reason = (
            f"carved out to the subservice organisation ({providers}); "
            f"covered by {', '.join(carve.replaced_by)}"
        )
        return _Applicability(False, Exclusion.carved_out, reason)
    return _Applicability(True, None, None)


def gap_kind(status: Status, report_type: ReportType) -> GapKind | None:
    """The kind of gap a status leaves for a report type; None when ready."""
    ready = TYPE2_READY if report_type is ReportType.type2 else TYPE1_READY
    if status in ready:
        return None
    return {
        Status.unknown: GapKind.follow_up,
        Status.missing: GapKind.missing_control,
        Status.partial: GapKind.partial_control,
        Status.implemented: GapKind.undocumented,
        Status.documented: GapKind.no_evidence,
    }[status]


def _readiness(controls: list[tuple[Control, Status]], ready: frozenset[Status]) -> Readiness:
    total = sum(WEIGHTS[c.priority] for c, _ in controls)
    done = sum(WEIGHTS[c.priority] for c, s in controls if s in ready)
    return Readiness(
        readiness=round(done / total, 4) if total else 1.0,
        ready=sum(1 for _, s in controls if s in ready),
        applicable=len(controls),
        weighted_ready=float(done),
        weighted_total=float(total),
    )


NO_EVIDENCE_EFFORT_SHARE = 0.25


def _gap_effort(effort: float, kind: GapKind) -> float:
    """Person-days to close a gap; a designed control only needs its evidence collection set up."""
    if kind is GapKind.no_evidence:
        return max(0.5, round(effort * NO_EVIDENCE_EFFORT_SHARE * 2) / 2)
    return effort


def _missing_periods(check: EvidenceCheck | None) -> list[str]:
    if check is None:
        return []
    if check.no_evidence:
        return ["no evidence recorded"]
    return list(check.missing)


def _severity(priority: Priority, uncovered: int) -> Severity:
    level = SEVERITY_ORDER.index(Severity(priority.value))
    if uncovered >= 2:
        level += 1
    if uncovered >= 4:
        level += 1
    return SEVERITY_ORDER[min(level, len(SEVERITY_ORDER) - 1)]


def _framework_coverage(
    catalogue: Catalogue,
    results: list[ControlResult],
    report_type: ReportType,
    only: list[str] | None,
) -> dict[str, FrameworkCoverage]:
    out: dict[str, FrameworkCoverage] = {}
    applicable = [r for r in results if r.applicable]
    for fw in catalogue.frameworks:
        if only and fw.id not in only:
            continue
        refs: dict[str, list[ControlResult]] = {}
        for result in applicable:
            for ref in result.mappings.get(fw.id, []):
                refs.setdefault(ref, []).append(result)
        items = []
        for ref in sorted(refs, key=_natural_key):
            controls = refs[ref]
            ready = [
                c
                for c in controls
                if (c.type2_ready if report_type is ReportType.type2 else c.type1_ready)
            ]
            started = [
                c
                for c in controls
                if c.status
                in (Status.partial, Status.implemented, Status.documented, Status.operating)
            ]
            if len(ready) == len(controls):
                status = "covered"
            elif ready or started:
                status = "partly_covered"
            else:
                status = "not_covered"
            items.append(FrameworkItem(id=ref, status=status, controls=[c.id for c in controls]))
        for ref in fw.ids or []:
            if ref not in refs:
                items.append(FrameworkItem(id=ref, status="not_mapped", controls=[]))
        items.sort(key=lambda i: _natural_key(i.id))
        counts = Counter(i.status for i in items)
        out[fw.id] = FrameworkCoverage(
            id=fw.id,
            title=fw.title,
            covered=counts["covered"],
            partly_covered=counts["partly_covered"],
            not_covered=counts["not_covered"],
            not_mapped=counts["not_mapped"],
            items=items,
        )
    return out


def _natural_key(value: str) -> list[tuple[int, int | str]]:
    parts: list[tuple[int, int | str]] = []
    token = ""
    for ch in value + "\0":
        if ch.isdigit():
            token += ch
            continue
        if token:
            parts.append((0, int(token)))
            token = ""
        if ch != "\0":
            parts.append((1, ch))
    return parts


def score(
    catalogue: Catalogue,
    assessment: Assessment,
    *,
    as_of: date,
    tool_version: str,
    capacity_days_per_week: float = 10.0,
    frameworks: list[str] | None = None,
) -> Report:
    """Score an assessment against a catalogue and plan the remediation.

    ``frameworks`` limits the framework coverage to those ids and asks the reports for detail.
    """
    scope = assessment.scope
    report_type = scope.report_type
    ready_set = TYPE2_READY if report_type is ReportType.type2 else TYPE1_READY

    # Which controls apply, and what was answered.
    rows: list[tuple[Control, bool, Exclusion | None, str | None, Status]] = []
    for control in catalogue.controls:
        app = applicability(control, scope, catalogue)
        answer = assessment.answers.get(control.id)
        status = answer.status if answer else Status.unknown
        exclusion, reason = app.exclusion, app.reason
        applicable = app.applicable
        if applicable and status is Status.not_applicable:
            applicable = False
            exclusion = Exclusion.not_applicable
            reason = answer.notes if answer else None
        rows.append((control, applicable, exclusion, reason, status))

    # The evidence register: for a Type II, an operating control whose evidence has holes counts
    # as designed but not yet shown to operate (a no_evidence gap), once the register is in use.
    window = None
    if report_type is ReportType.type2 and scope.observation_period is not None:
        window = (scope.observation_period.start, scope.observation_period.end)
    in_use = bool(assessment.evidence)
    checks = [
        check_control(
            control.id,
            control.title,
            control.frequency,
            status,
            assessment.evidence.get(control.id, []),
            report_type=report_type,
            window=window,
            as_of=as_of,
        )
        for control, applicable, _, _, status in rows
        if applicable
    ]
    deficient = {c.control: c for c in checks if c.deficient} if in_use else {}

    results: list[ControlResult] = []
    status_of: dict[str, Status] = {}
    applicable_controls: list[Control] = []
    for control, applicable, exclusion, reason, status in rows:
        answer = assessment.answers.get(control.id)
        effective = status
        if control.id in deficient and status is Status.operating:
            effective = Status.documented
        if applicable:
            applicable_controls.append(control)
            status_of[control.id] = effective
        results.append(
            ControlResult(
                id=control.id,
                title=control.title,
                domain=control.domain,
                type=control.type,
                frequency=control.frequency,
                priority=control.priority,
                criteria=list(control.criteria),
                applicable=applicable,
                exclusion=exclusion,
                exclusion_reason=reason,
                status=status,
                answered=answer is not None,
                notes=answer.notes if answer else "",
                owner=(answer.owner if answer and answer.owner else control.owner),
                type1_ready=applicable and effective in TYPE1_READY,
                type2_ready=applicable and effective in TYPE2_READY,
                evidence=list(control.evidence),
                mappings={k: list(v) for k, v in sorted(control.mappings.items())},
            )
        )
    evidence_summary = summarise(
        checks, in_use=in_use, report_type=report_type, window=window, as_of=as_of
    )

    # Criteria status.
    criteria_results: list[CriterionResult] = []
    gap_criteria: dict[str, list[str]] = {}
    uncovered_by: Counter[str] = Counter()
    for criterion in catalogue.criteria:
        supporting = catalogue.controls_by_criterion.get(criterion.id, [])
        ids = [c.id for c in supporting if c.id in status_of]
        if not scope.in_scope(criterion.category):
            crit_status, why = (
                CriterionStatus.excluded,
                f"category {criterion.category} not in scope",
            )
            ids = []
        elif not ids:
            crit_status, why = CriterionStatus.excluded, "no applicable control supports it"
        else:
            why = None
            not_ready = [i for i in ids if status_of[i] not in ready_set]
            crit_status = CriterionStatus.gap if not_ready else CriterionStatus.ready
            for control_id in not_ready:
                gap_criteria.setdefault(control_id, []).append(criterion.id)
            if len(not_ready) == len(ids):
                for control_id in not_ready:
                    uncovered_by[control_id] += 1
        criteria_results.append(
            CriterionResult(
                id=criterion.id,
                category=criterion.category,
                series=criterion.series,
                title=criterion.title,
                status=crit_status,
                exclusion_reason=why,
                controls=ids,
                gap_controls=[i for i in ids if status_of[i] not in ready_set],
            )
        )

    # Gaps.
    gaps: list[Gap] = []
    for control in applicable_controls:
        kind = gap_kind(status_of[control.id], report_type)
        if kind is None:
            continue
        answer = assessment.answers.get(control.id)
        phase = (
            Phase.operational
            if kind is GapKind.no_evidence
            else catalogue.domain_index[control.domain].phase
        )
        gaps.append(
            Gap(
                control=control.id,
                title=control.title,
                criteria=gap_criteria.get(control.id, []),
                kind=kind,
                severity=_severity(control.priority, uncovered_by[control.id]),
                status=status_of[control.id],
                remediation=list(control.remediation),
                evidence=list(control.evidence),
                effort_days=_gap_effort(control.effort_days, kind),
                owner=answer.owner if answer and answer.owner else control.owner,
                phase=phase,
                notes=answer.notes if answer else "",
                missing_periods=_missing_periods(deficient.get(control.id)),
            )
        )
    gaps.sort(
        key=lambda g: (PHASE_ORDER[g.phase], SEVERITY_ORDER.index(g.severity) * -1, g.control)
    )

    # Summaries.
    pairs = [(c, status_of[c.id]) for c in applicable_controls]
    categories: list[CategorySummary] = []
    for category in catalogue.categories:
        if not scope.in_scope(category.id):
            continue
        in_cat = [
            (c, s)
            for c, s in pairs
            if any(
                (cr := catalogue.criterion(x)) and cr.category == category.id for x in c.criteria
            )
        ]
        crits = [r for r in criteria_results if r.category == category.id]
        categories.append(
            CategorySummary(
                category=category.id,
                title=category.title,
                type1=_readiness(in_cat, TYPE1_READY),
                type2=_readiness(in_cat, TYPE2_READY),
                criteria_ready=sum(1 for r in crits if r.status is CriterionStatus.ready),
                criteria_gap=sum(1 for r in crits if r.status is CriterionStatus.gap),
                criteria_total=len(crits),
            )
        )
    type1 = _readiness(pairs, TYPE1_READY)
    type2 = _readiness(pairs, TYPE2_READY)
    by_status = Counter(r.status.value for r in results if r.applicable)
    summary = Summary(
        report_type=report_type,
        readiness=(type2 if report_type is ReportType.type2 else type1).readiness,
        type1=type1,
        type2=type2,
        categories=categories,
        controls_total=len(results),
        controls_applicable=len(applicable_controls),
        controls_excluded=len(results) - len(applicable_controls),
        controls_by_status={
            s.value: by_status.get(s.value, 0) for s in Status if s is not Status.not_applicable
        },
        criteria_ready=sum(1 for r in criteria_results if r.status is CriterionStatus.ready),
        criteria_gap=sum(1 for r in criteria_results if r.status is CriterionStatus.gap),
        criteria_excluded=sum(1 for r in criteria_results if r.status is CriterionStatus.excluded),
        gaps_total=len(gaps),
        gaps_by_kind={k.value: sum(1 for g in gaps if g.kind is k) for k in GapKind},
        gaps_by_severity={
            s.value: sum(1 for g in gaps if g.severity is s) for s in reversed(SEVERITY_ORDER)
        },
    )

    known = {c.id for c in catalogue.controls}
    follow_ups = [
        FollowUp(control=c.id, question=c.question, owner=c.owner)
        for c in applicable_controls
        if status_of[c.id] is Status.unknown
    ]
    not_applicable = [
        NotApplicable(control=r.id, title=r.title, reason=r.exclusion_reason or "")
        for r in results
        if r.exclusion is Exclusion.not_applicable
    ]
    scope_doc = scope.model_dump(mode="json")
    scope_doc["categories"] = [c.id for c in catalogue.categories if scope.in_scope(c.id)]
    return Report(
        schema_version=REPORT_SCHEMA_VERSION,
        tool_version=tool_version,
        catalogue=CatalogueRef(
            id=catalogue.catalogue.id,
            version=catalogue.catalogue.version,
            title=catalogue.catalogue.title,
        ),
        scope=scope_doc,
        method=Method(
            description=METHOD_TEXT,
            weights={p.value: w for p, w in WEIGHTS.items()},
            ready_statuses={
                "type1": sorted(s.value for s in TYPE1_READY),
                "type2": sorted(s.value for s in TYPE2_READY),
            },
        ),
        summary=summary,
        criteria=criteria_results,
        controls=results,
        gaps=gaps,
        plan=build_plan(gaps, scope, as_of=as_of, capacity_days_per_week=capacity_days_per_week),
        frameworks=_framework_coverage(catalogue, results, report_type, frameworks),
        framework_focus=list(frameworks or []),
        follow_ups=follow_ups,
        not_applicable=not_applicable,
        unknown_answers=sorted(a for a in assessment.answers if a not in known),
        domains={d.id: d.title for d in catalogue.domains},
        evidence=evidence_summary,
    )
