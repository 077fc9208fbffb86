"""The remediation plan as an OSCAL plan of action and milestones: one item per gap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from soc2cli.errors import UsageError
from soc2cli.oscal.common import (
    Node,
    OwnerRoles,
    ScopeView,
    bullets,
    compact,
    metadata,
    one_line,
    prop,
    props,
    scope_of,
    tool_component,
)
from soc2cli.oscal.ids import Identifiers
from soc2cli.oscal.risks import KIND_TEXT, gap_props, gap_title, risk_uuid, risks

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue
    from soc2cli.report import Gap, Plan, Report

RFC4122 = "http://ietf.org/rfc/rfc4122"


def poam(report: Report, catalogue: Catalogue) -> Node:
    """The report's gaps and plan as an OSCAL plan-of-action-and-milestones document.

    Each gap is a POA&M item tied to a risk; the risk's planned remediation carries the owner
    as a responsible role and the plan phase's dates as a milestone. ``catalogue`` is unused
    for now; it keeps the signature of the other report documents.
    """
    if not report.gaps:
        # OSCAL requires at least one POA&M item; an empty plan is not a valid document.
        raise UsageError("the assessment has no gaps, so there is no plan of action to write")
    scope = scope_of(report)
    ids = Identifiers(report.catalogue.id, scope.organization)
    as_of = report.plan.as_of
    roles = OwnerRoles(report.gaps)
    tool = tool_component(ids, report.tool_version)
    return {
        "plan-of-action-and-milestones": compact(
            {
                "uuid": ids.uuid("plan-of-action-and-milestones", as_of.isoformat()),
                "metadata": _metadata(report, scope, ids, roles),
                "system-id": {"identifier-type": RFC4122, "id": ids.uuid("system")},
                "local-definitions": {"components": [tool]},
                "risks": risks(report, ids, roles, tool["uuid"], {}),
                "poam-items": [_item(ids, gap) for gap in report.gaps],
            }
        )
    }


def _metadata(report: Report, scope: ScopeView, ids: Identifiers, roles: OwnerRoles) -> Node:
    """The document's metadata, with the plan's dates and capacity as properties."""
    title = (
        f"SOC 2 {scope.type_label} readiness plan of action and milestones: {scope.organization}"
    )
    meta = metadata(
        ids,
        scope,
        roles,
        title=f"{title} (draft)" if report.summary.draft else title,
        report=report,
        remarks="\n\n".join(one_line(r) for r in _remarks(report)),
    )
    meta["props"] = meta.get("props", []) + _plan_props(report.plan)
    return meta


def _remarks(report: Report) -> list[str]:
    """Where the plan comes from, its assumptions and warnings; a draft says so first."""
    plan = report.plan
    remarks = [
        "Written by soc2 from a readiness assessment. Dates are projections from the effort "
        "estimates in the catalogue and the team's capacity, not commitments.",
        *plan.assumptions,
        *plan.warnings,
    ]
    if report.summary.draft:
        remarks.insert(
            0,
            f"Draft: {len(report.unanswered)} applicable control(s) are still unanswered, so "
            "more items may follow.",
        )
    return remarks


def _plan_props(plan: Plan) -> list[Node]:
    """The plan's milestone dates and the team's capacity."""
    return props(
        prop("type1-ready-date", plan.type1_ready_date.isoformat()),
        prop("type1-report-date", plan.type1_report_date.isoformat()),
        prop(
            "planned-observation-start",
            plan.type2.observation_start.isoformat() if plan.type2 else None,
        ),
        prop(
            "planned-observation-end",
            plan.type2.observation_end.isoformat() if plan.type2 else None,
        ),
        prop("type2-report-date", plan.type2.report_date.isoformat() if plan.type2 else None),
        prop("target-date", plan.target_date.isoformat() if plan.target_date else None),
        prop("capacity-days-per-week", f"{plan.capacity_days_per_week:g}"),
    )


def _item(ids: Identifiers, gap: Gap) -> Node:
    text = f"{KIND_TEXT.get(gap.kind.value, gap.kind.value).capitalize()}."
    if gap.remediation:
        text += "\n\nRemediation:\n\n" + bullets(gap.remediation)
    if gap.notes.strip():
        text += f"\n\nNotes from the assessment: {gap.notes.strip()}"
    return compact(
        {
            "uuid": ids.uuid("poam-item", gap.control),
            "title": gap_title(gap),
            "description": text,
            "props": gap_props(gap),
            "related-risks": [{"risk-uuid": risk_uuid(ids, gap)}],
        }
    )
