"""Pure planning: gaps -> a phased remediation plan with projected audit dates."""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from soc2cli.models import Phase, ReportType
from soc2cli.report import Plan, PlanPhase, TypeIIWindow

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
        "Operating evidence",
        "Run the documented controls and keep the records an auditor samples.",
    ),
]
AUDIT_FIELDWORK = timedelta(weeks=6)
DEFAULT_OBSERVATION_MONTHS = 6


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def build_plan(
    gaps: Sequence[Gap],
    scope: Scope,
    *,
    as_of: date,
    capacity_days_per_week: float,
) -> Plan:
    """Schedule the gaps into phases, one after another, at the given team capacity."""
    phases: list[PlanPhase] = []
    cursor = as_of
    for phase_id, name, description in PHASES:
        members = [g for g in gaps if g.phase is phase_id]
        if not members:
            continue
        effort = round(sum(g.effort_days for g in members), 1)
        weeks = max(1, math.ceil(effort / capacity_days_per_week))
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

    design_end = max(
        (p.end for p in phases if p.id is not Phase.operational),
        default=as_of,
    )
    all_end = max((p.end for p in phases), default=as_of)
    assumptions = [
        f"Team capacity of {capacity_days_per_week:g} person-days a week on remediation; "
        "phases run one after another because later controls depend on earlier ones.",
        "Typical durations: remediation and preparation 3-6 months; a Type I audit 1-3 months "
        "(planned here as 6 weeks after controls are designed); a Type II observation window "
        "3-12 months, then about 6 weeks to the report.",
        "Dates are projections from the effort estimates in the catalogue, not commitments.",
    ]
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
        months = (
            scope.observation_period.months
            if scope.observation_period is not None
            else DEFAULT_OBSERVATION_MONTHS
        )
        months = max(3, min(12, months))
        start = all_end
        if scope.observation_period is not None:
            planned = scope.observation_period.start
            if planned < all_end:
                warnings.append(
                    f"The planned observation period starts on {planned.isoformat()}, before the "
                    f"controls are projected to operate ({all_end.isoformat()}): expect exceptions "
                    "in the report, or move the window."
                )
            else:
                start = planned
        end = add_months(start, months) - timedelta(days=1)
        type2 = TypeIIWindow(
            observation_start=start,
            observation_end=end,
            observation_months=months,
            report_date=end + AUDIT_FIELDWORK,
        )
        final = type2.report_date
    meets: bool | None = None
    if scope.target_date is not None:
        meets = final <= scope.target_date
        if not meets:
            warnings.append(
                f"The target date {scope.target_date.isoformat()} is before the projected report "
                f"date {final.isoformat()}."
            )
    return Plan(
        as_of=as_of,
        capacity_days_per_week=capacity_days_per_week,
        phases=phases,
        type1_ready_date=design_end,
        type1_report_date=type1_report,
        type2=type2,
        target_date=scope.target_date,
        meets_target=meets,
        assumptions=assumptions,
        warnings=warnings,
    )
