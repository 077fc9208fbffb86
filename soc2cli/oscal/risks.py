"""One OSCAL risk per gap, with its severity and its remediation timed by the plan's phase.

The assessment results and the POA&M carry the same risks under the same UUIDs, so a tool that
reads both can follow a POA&M item back to the finding it came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from soc2cli.oscal.common import Node, OwnerRoles, bullets, compact, flag, one_line, prop, props
from soc2cli.oscal.ids import NS, Identifiers, timestamp

if TYPE_CHECKING:
    from soc2cli.report import Gap, PlanPhase, Report

KIND_TEXT = {
    "missing_control": "the control is not in place",
    "partial_control": "the control is only partly or informally in place",
    "undocumented": "the control is in place but no written policy or procedure describes it",
    "no_evidence": "the control is said to operate but the evidence register shows no evidence",
    "follow_up": "the interviewee did not know whether the control is in place",
    "failing_check": "automated checks mapped to the control fail",
    "uncovered": "no applicable control supports the criterion",
    "audit_exception": "the auditor reported an exception for the control",
}


def risk_uuid(ids: Identifiers, gap: Gap) -> str:
    return ids.uuid("risk", gap.control)


def gap_props(gap: Gap) -> list[Node]:
    return props(
        prop("control", gap.control),
        *(prop("criterion", c) for c in gap.criteria),
        prop("gap-kind", gap.kind),
        prop("severity", gap.severity),
        prop("status", gap.status),
        prop("documented", flag(gap.documented)),
        prop("owner", gap.owner),
        prop("effort-days", f"{gap.effort_days:g}"),
        prop("phase", gap.phase),
    )


def _description(gap: Gap) -> str:
    text = f"{gap_title(gap)}: {KIND_TEXT.get(gap.kind.value, gap.kind.value)}."
    if gap.missing_periods:
        text += " Evidence is missing for " + ", ".join(gap.missing_periods) + "."
    if gap.notes.strip():
        text += f"\n\nNotes from the assessment: {gap.notes.strip()}"
    return text


def gap_title(gap: Gap) -> str:
    title = one_line(gap.title)
    return title if title.startswith(gap.control) else f"{gap.control} {title}"


def _statement(gap: Gap) -> str:
    if gap.kind.value == "uncovered":
        return (
            f"{gap.control} cannot be shown as met to an auditor: no applicable control "
            "supports it."
        )
    if not gap.criteria:
        return f"Readiness for the audit is reduced while {gap.control} is not ready."
    return (
        f"Criteria {', '.join(gap.criteria)} cannot be shown as met to an auditor while "
        f"{gap.control} is not ready."
    )


def _milestone(ids: Identifiers, gap: Gap, phase: PlanPhase | None, roles: OwnerRoles) -> Node:
    role = roles.role_id(gap.owner)
    title = f"{phase.name} phase" if phase is not None else f"{gap.phase.value} phase"
    return compact(
        {
            "uuid": ids.uuid("risk", gap.control, "milestone"),
            "type": "milestone",
            "title": one_line(f"{gap.control} done by the end of the {title}"),
            "description": phase.description if phase is not None else None,
            "props": props(prop("phase", gap.phase)),
            "timing": {
                "within-date-range": {
                    "start": timestamp(phase.start),
                    "end": timestamp(phase.end),
                }
            }
            if phase is not None
            else None,
            "responsible-roles": [{"role-id": role}] if role else None,
        }
    )


def risks(
    report: Report,
    ids: Identifiers,
    roles: OwnerRoles,
    tool_uuid: str,
    observations: Mapping[str, list[str]],
) -> list[Node]:
    """One risk per gap; ``observations`` maps a control id to the observations about it."""
    phases = {p.id: p for p in report.plan.phases}
    out = []
    for gap in report.gaps:
        phase = phases.get(gap.phase)
        remediation = compact(
            {
                "uuid": ids.uuid("risk", gap.control, "remediation"),
                "lifecycle": "planned",
                "title": one_line(f"Remediate {gap.control}"),
                "description": bullets(gap.remediation) or "Follow the control's guidance.",
                "props": props(
                    prop("owner", gap.owner),
                    prop("effort-days", f"{gap.effort_days:g}"),
                ),
                "tasks": [_milestone(ids, gap, phase, roles)],
            }
        )
        related = observations.get(gap.control, [])
        out.append(
            compact(
                {
                    "uuid": risk_uuid(ids, gap),
                    "title": gap_title(gap),
                    "description": _description(gap),
                    "statement": _statement(gap),
                    "props": gap_props(gap),
                    "status": "open",
                    "characterizations": [
                        {
                            "origin": {"actors": [{"type": "tool", "actor-uuid": tool_uuid}]},
                            "facets": [
                                {"name": "severity", "system": NS, "value": gap.severity.value}
                            ],
                        }
                    ],
                    "deadline": timestamp(phase.end) if phase is not None else None,
                    "remediations": [remediation],
                    "related-observations": [{"observation-uuid": u} for u in related],
                }
            )
        )
    return out
