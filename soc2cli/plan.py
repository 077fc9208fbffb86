"""Pure planning: gaps -> a phased remediation plan with projected audit dates."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from soc2cli.dates import add_months, target_status
from soc2cli.report import Budget, Plan, PlanPhase, TimelineStep, TypeIIWindow
from soc2cli.vocabulary import CapacitySource, Phase, ReportType

if TYPE_CHECKING:
    from soc2cli.assessment import Scope
    from soc2cli.report import Gap

PHASES: list[tuple[Phase, str, str]] = [
    (
        Phase.foundation,
        "Foundations",
        "Governance, risk assessment, policies, people and vendors: the other controls depend on them.",
    ),
    (
        Phase.technical,
        "Technical and operational controls",
        "Build or finish the controls themselves and document them.",
    ),
    (
        Phase.operational,
        "Evidence collection",
        "The observation window has begun: run the controls and record the evidence of each "
        "occurrence already due.",
    ),
]
AUDIT_FIELDWORK = timedelta(weeks=6)
DEFAULT_OBSERVATION_MONTHS = 6


def _schedule(gaps: Sequence[Gap], as_of: date, capacity: float) -> list[PlanPhase]:
    """The phases one after another, each as long as its effort at the team's capacity."""
    phases: list[PlanPhase] = []
    cursor = as_of
    for phase_id, name, description in PHASES:
        members = [g for g in gaps if g.phase is phase_id]
        if not members:
            continue
        effort = round(sum(g.effort_days for g in members), 1)
        weeks = max(1, math.ceil(effort / capacity))
        end = cursor + timedelta(weeks=weeks)
        phases.append(
            PlanPhase(
                id=phase_id,
                name=name,
                description=description,
                start=cursor,
                end=end,
                effort_days=effort,
                gaps=[g.control for g in members],
            )
        )
        cursor = end
    return phases


def _assumptions(capacity: float, capacity_from: CapacitySource) -> list[str]:
    source = {
        CapacitySource.scope: "as given in the scope",
        CapacitySource.option: "as set for this plan",
        CapacitySource.default: "the default of about one person full time",
    }[capacity_from]
    return [
        f"Team capacity of {capacity:g} person-days a week on remediation ({source}); "
        "phases run one after another because later controls depend on earlier ones.",
        "Typical durations: remediation and preparation 3-6 months; a Type I audit 1-3 months "
        "(planned here as 6 weeks after controls are designed); a Type II observation window "
        "3-12 months, then about 6 weeks to the report.",
        "Dates are projections from the effort estimates in the catalogue, not commitments.",
    ]


def _type2_window(
    scope: Scope, phases: list[PlanPhase], design_end: date, as_of: date, warnings: list[str]
) -> TypeIIWindow:
    """The observation window: the planned one, or the earliest once controls are in place."""
    months = (
        scope.observation_period.months
        if scope.observation_period is not None
        else DEFAULT_OBSERVATION_MONTHS
    )
    months = max(3, min(12, months))
    start = design_end
    if scope.observation_period is not None:
        planned = scope.observation_period.start
        late = [
            g for p in phases if p.id is not Phase.operational and p.end > planned for g in p.gaps
        ]
        if planned <= as_of:
            start = planned
            if late:
                warnings.append(
                    f"The observation window began on {planned.isoformat()}; {len(late)} "
                    f"control(s) are not yet designed and in place (projected "
                    f"{design_end.isoformat()}): the auditor will report exceptions for them."
                )
        elif not late:
            start = planned
        else:
            warnings.append(
                f"The planned observation window starts on {planned.isoformat()}, but "
                f"{len(late)} control(s) are projected to be in place only by "
                f"{design_end.isoformat()}: start the window then, or add capacity, or expect "
                "exceptions for those controls."
            )
    end = add_months(start, months) - timedelta(days=1)
    return TypeIIWindow(
        observation_start=start,
        observation_end=end,
        observation_months=months,
        report_date=end + AUDIT_FIELDWORK,
    )


def build_plan(
    gaps: Sequence[Gap],
    scope: Scope,
    *,
    as_of: date,
    capacity_days_per_week: float,
    capacity_from: CapacitySource = CapacitySource.default,
) -> Plan:
    """Schedule the gaps into phases, one after another, at the given team capacity."""
    phases = _schedule(gaps, as_of, capacity_days_per_week)
    design_end = max(
        (p.end for p in phases if p.id is not Phase.operational),
        default=as_of,
    )
    warnings: list[str] = []
    remediation_months = (design_end - as_of).days / 30.44
    if remediation_months > 6:
        advice = "add capacity or narrow the scope (fewer categories or systems)"
        if scope.report_type is ReportType.type2:
            advice = (
                "add capacity, narrow the scope (fewer categories or systems) or start with Type I"
            )
        warnings.append(
            f"Remediation is projected to take {remediation_months:.0f} months, longer than the "
            f"usual 3-6: {advice}."
        )
    type2: TypeIIWindow | None = None
    type1_report = design_end + AUDIT_FIELDWORK
    final = type1_report
    if scope.report_type is ReportType.type2:
        type2 = _type2_window(scope, phases, design_end, as_of, warnings)
        final = type2.report_date
    meets: bool | None = None
    if scope.target_date is not None:
        meets = final <= scope.target_date
        if not meets:
            warnings.append(
                f"The target date {scope.target_date.isoformat()} is before the projected report "
                f"date {final.isoformat()} ({target_status(scope.target_date, final)})."
            )
    return Plan(
        as_of=as_of,
        capacity_days_per_week=capacity_days_per_week,
        capacity_from=capacity_from,
        phases=phases,
        type1_ready_date=design_end,
        type1_report_date=type1_report,
        type2=type2,
        target_date=scope.target_date,
        meets_target=meets,
        assumptions=_assumptions(capacity_days_per_week, capacity_from),
        warnings=warnings,
        budget=budget(phases, scope),
        timeline=timeline(as_of, design_end, type1_report, type2),
    )


# --- budget and timeline (SPEC 7.5) ---------------------------------------------------------------


def budget(phases: Sequence[PlanPhase], scope: Scope) -> Budget:
    """The plan's internal effort, its cost at the scope's day rate, and the audit fee as given."""
    effort = round(sum(p.effort_days for p in phases), 1)
    fee = scope.audit_fee
    return Budget(
        effort_days=effort,
        day_rate=scope.day_rate,
        currency=scope.currency,
        internal_cost=round(effort * scope.day_rate, 2) if scope.day_rate is not None else None,
        audit_fee_min=fee.min if fee is not None else None,
        audit_fee_max=fee.max if fee is not None else None,
    )


# The usual durations (days, low and high) of each step, as a first SOC 2 usually runs.
GAP_ASSESSMENT = ("Gap assessment", "2-8 weeks", 14, 56)
REMEDIATION = ("Remediation", "3-6 months", 91, 183)
TYPE1_AUDIT = ("Type I audit", "1-3 months", 30, 91)
TYPE2_OBSERVATION = ("Type II observation", "6-12 months", 182, 366)


def _step(usual: tuple[str, str, int, int], start: date | None, end: date) -> TimelineStep:
    name, typical, low, high = usual
    comparison = ""
    if start is not None and end > start:
        days = (end - start).days
        comparison = "shorter" if days < low else "longer" if days > high else "within"
    return TimelineStep(name=name, typical=typical, start=start, end=end, comparison=comparison)


def timeline(
    as_of: date, design_end: date, type1_report: date, type2: TypeIIWindow | None
) -> list[TimelineStep]:
    """The usual durations beside the projected dates: the gap assessment ends with this
    report; remediation runs to the Type I ready date; then the audit (or the window)."""
    steps = [
        _step(GAP_ASSESSMENT, None, as_of),
        _step(REMEDIATION, as_of, design_end),
        _step(TYPE1_AUDIT, design_end, type1_report),
    ]
    if type2 is not None:
        steps.append(_step(TYPE2_OBSERVATION, type2.observation_start, type2.observation_end))
    return steps
