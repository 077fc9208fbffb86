"""The report as OSCAL assessment results: observations, one finding per criterion, the risks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from soc2cli.oscal.catalog import catalog_uuid
from soc2cli.oscal.common import (
    Node,
    OwnerRoles,
    ScopeView,
    compact,
    flag,
    metadata,
    one_line,
    prop,
    props,
    scope_of,
    tool_component,
)
from soc2cli.oscal.ids import Identifiers, control_id, timestamp
from soc2cli.oscal.risks import risk_uuid, risks

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue
    from soc2cli.report import Report
    from soc2cli.scanners.records import AutomatedResult

ANSWER_TEXT = {
    "missing": "not in place",
    "partial": "partly or informally in place",
    "implemented": "implemented",
    "operating": "implemented and operating over time",
    "not_applicable": "not applicable",
    "unknown": "not known; needs follow-up",
}
# Controls outside the scope's categories or carried by a subservice organisation were not
# part of this review, even where an old answer remains in the file.
NOT_REVIEWED = frozenset({"out_of_scope", "carved_out"})


@dataclass(frozen=True)
class ScannerEvidence:
    """One imported scan's result for one control (what ``soc2 import`` records per control)."""

    control: str
    result: AutomatedResult


Observation = tuple[str, Node]  # the control it is about, and the OSCAL observation


def assessment_results(report: Report, catalogue: Catalogue) -> Node:
    """The report as an OSCAL assessment-results document."""
    scope = scope_of(report)
    ids = Identifiers(report.catalogue.id, scope.organization)
    as_of = report.plan.as_of
    roles = OwnerRoles(report.gaps)
    plan_uuid = ids.uuid("assessment-plan", as_of.isoformat())
    catalog_resource = ids.uuid("resource", "catalog")
    title = f"SOC 2 {scope.type_label} readiness assessment results: {scope.organization}"
    return {
        "assessment-results": compact(
            {
                "uuid": ids.uuid("assessment-results", as_of.isoformat()),
                "metadata": metadata(
                    ids,
                    scope,
                    roles,
                    title=f"{title} (draft)" if report.summary.draft else title,
                    report=report,
                    remarks=_remarks(report),
                ),
                "import-ap": {"href": f"#{plan_uuid}"},
                "results": [_result(report, catalogue, scope, ids, roles, catalog_resource)],
                "back-matter": {
                    "resources": [
                        _plan_resource(report, scope, plan_uuid),
                        _catalog_resource(report, catalog_resource),
                    ]
                },
            }
        )
    }


def _observations(
    report: Report, catalogue: Catalogue, ids: Identifiers, collected: str
) -> list[Observation]:
    """Every observation: the interview answers, the evidence register and the scans."""
    return [
        *interview_observations(report, catalogue, ids, collected),
        *evidence_observations(report, ids, collected),
        *scanner_observations(
            [
                ScannerEvidence(c.id, result)
                for c in report.controls
                if c.applicable
                for result in c.automated
            ],
            ids,
        ),
    ]


def _by_control(observations: Sequence[Observation]) -> dict[str, list[str]]:
    """The UUIDs of the observations about each control, in order."""
    by_control: dict[str, list[str]] = {}
    for control, node in observations:
        by_control.setdefault(control, []).append(node["uuid"])
    return by_control


def _result(
    report: Report,
    catalogue: Catalogue,
    scope: ScopeView,
    ids: Identifiers,
    roles: OwnerRoles,
    catalog_resource: str,
) -> Node:
    """The one result: the observations, the risks and a finding per criterion in scope."""
    as_of = report.plan.as_of
    collected = timestamp(as_of)
    tool = tool_component(ids, report.tool_version)
    observations = _observations(report, catalogue, ids, collected)
    by_control = _by_control(observations)
    return compact(
        {
            "uuid": ids.uuid("result"),
            "title": one_line(
                f"SOC 2 {scope.type_label} readiness of {scope.organization} "
                f"as of {as_of.isoformat()}"
            ),
            "description": _summary(report, scope),
            "start": collected,
            "end": collected,
            "props": _scope_props(report, scope),
            "links": [
                {
                    "href": f"#{catalog_resource}",
                    "rel": "reference",
                    "text": "The catalog the criteria and controls come from",
                }
            ],
            "local-definitions": {"components": [tool]},
            "reviewed-controls": _reviewed_controls(report),
            "observations": [node for _, node in observations],
            "risks": risks(report, ids, roles, tool["uuid"], by_control),
            "findings": _findings(report, scope, ids, by_control),
        }
    )


def _catalog_resource(report: Report, resource_uuid: str) -> Node:
    """The catalogue the results judge against, named by its catalog UUID."""
    return compact(
        {
            "uuid": resource_uuid,
            "title": one_line(report.catalogue.title),
            "description": "Export it with `soc2 catalogue export --format oscal`; its catalog "
            "UUID is given as a property.",
            "props": props(
                prop("catalogue-id", report.catalogue.id),
                prop("catalogue-version", report.catalogue.version),
                prop("catalog-uuid", catalog_uuid(report.catalogue.id, report.catalogue.version)),
            ),
        }
    )


def _remarks(report: Report) -> str:
    text = (
        "Written by soc2 from a readiness assessment. Answers are the organisation's own "
        "statements in an interview, not audit evidence; findings say whether each criterion "
        "is ready for an audit, not whether an auditor has tested it."
    )
    if report.summary.draft:
        unanswered = len(report.unanswered)
        text = (
            f"Draft: {unanswered} applicable control(s) are still unanswered, so findings may "
            f"change.\n\n{text}"
        )
    return text


def _summary(report: Report, scope: ScopeView) -> str:
    s = report.summary
    ready = s.type2 if scope.report_type == "type2" else s.type1
    lines = [
        f"Readiness for a SOC 2 {scope.type_label} report: {s.readiness:.0%} "
        f"({ready.ready} of {ready.applicable} applicable controls ready).",
        f"Criteria in scope: {s.criteria_in_scope}; ready {s.criteria_ready}, partial "
        f"{s.criteria_partial}, with gaps {s.criteria_gap}. Gaps: {s.gaps_total}.",
    ]
    if s.draft:
        lines.insert(0, f"Draft: {len(report.unanswered)} applicable control(s) are unanswered.")
    return "\n\n".join(lines)


def _scope_props(report: Report, scope: ScopeView) -> list[Node]:
    window = scope.observation_period
    return props(
        prop("report-type", scope.report_type),
        *(prop("category", c) for c in scope.categories),
        prop("observation-start", window[0].isoformat() if window else None),
        prop("observation-end", window[1].isoformat() if window else None),
        prop("target-date", scope.target_date.isoformat() if scope.target_date else None),
        prop("readiness", f"{report.summary.readiness:.4f}"),
        prop("draft", flag(report.summary.draft)),
    )


def _in_scope(report: Report) -> list[str]:
    return [c.id for c in report.criteria if c.status.value != "excluded"]


def _reviewed_controls(report: Report) -> Node:
    return {
        "description": "The Trust Services criteria in scope of the assessment.",
        "control-selections": [
            {"include-controls": [{"control-id": control_id(c)} for c in _in_scope(report)]}
        ],
    }


def _plan_resource(report: Report, scope: ScopeView, plan_uuid: str) -> Node:
    window = scope.observation_period
    period = (
        f" over the observation period {window[0].isoformat()} to {window[1].isoformat()}"
        if window
        else ""
    )
    return {
        "uuid": plan_uuid,
        "title": one_line(f"Readiness assessment plan for {scope.organization}"),
        "description": (
            f"No separate assessment plan document exists: the plan is the scope of the "
            f"assessment file. A readiness interview of {scope.organization} for a SOC 2 "
            f"{scope.type_label} report{period}, covering the categories "
            f"{', '.join(scope.categories)}, against the catalogue {report.catalogue.id} "
            f"{report.catalogue.version}; each applicable control was asked about (INTERVIEW), "
            "the evidence register was examined (EXAMINE) and imported scans were read (TEST)."
        ),
    }


def interview_observations(
    report: Report, catalogue: Catalogue, ids: Identifiers, collected: str
) -> list[Observation]:
    """One INTERVIEW observation per answered control that is part of the review."""
    out: list[Observation] = []
    for control in report.controls:
        exclusion = control.exclusion.value if control.exclusion else None
        if not control.answered or control.status is None or exclusion in NOT_REVIEWED:
            continue
        status = control.status.value
        answer = ANSWER_TEXT.get(status, status)
        if status != "not_applicable":
            answer += ", documented" if control.documented else ", not documented"
        entry = catalogue.control(control.id)
        parts = [f"Question: {entry.question.strip()}"] if entry is not None else []
        parts.append(f"Answer: {answer}.")
        if control.notes.strip():
            parts.append(f"Notes: {control.notes.strip()}")
        node = compact(
            {
                "uuid": ids.uuid("observation", "interview", control.id),
                "title": one_line(f"Interview: {control.id} {control.title}"),
                "description": "\n\n".join(parts),
                "props": props(
                    prop("control", control.id),
                    *(prop("criterion", c) for c in control.criteria),
                    prop("status", status),
                    prop("documented", flag(control.documented)),
                    prop("documentation", control.documentation),
                    prop("owner", control.owner),
                    prop("type1-ready", flag(control.type1_ready)),
                    prop("type2-ready", flag(control.type2_ready)),
                ),
                "methods": ["INTERVIEW"],
                "types": ["control-objective"],
                "collected": collected,
            }
        )
        out.append((control.id, node))
    return out


def evidence_observations(report: Report, ids: Identifiers, collected: str) -> list[Observation]:
    """One EXAMINE observation per control with items in the evidence register.

    The report carries, per control, the number of items, the latest date and the titles of
    the items that fall in the Type II window's slots; each named item is listed as relevant
    evidence.
    """
    out: list[Observation] = []
    for check in report.evidence.checks:
        if check.items == 0:
            continue
        names = list(
            dict.fromkeys(
                [title for slot in check.slots for title in slot.items] + check.outside_window
            )
        )
        text = f"{check.items} item(s) in the evidence register for {check.control}"
        text += f", the latest dated {check.latest.isoformat()}." if check.latest else "."
        if check.required is not None:
            text += (
                f" {check.evidenced} of the {check.required} occurrence(s) the observation "
                "window requires are evidenced."
            )
        if check.missing:
            text += " Missing: " + ", ".join(check.missing) + "."
        if check.outside_window:
            text += f" {len(check.outside_window)} item(s) fall outside the observation window."
        if check.stale:
            text += " The newest evidence is older than the control's frequency allows."
        node = compact(
            {
                "uuid": ids.uuid("observation", "examine", check.control),
                "title": one_line(f"Evidence register: {check.control} {check.title}"),
                "description": text,
                "props": props(
                    prop("control", check.control),
                    prop("frequency", check.frequency),
                    prop("evidence-items", check.items),
                    prop("latest", check.latest.isoformat() if check.latest else None),
                    prop("occurrences-required", check.required),
                    prop("occurrences-evidenced", check.evidenced if check.required else None),
                    *(prop("missing-period", m) for m in check.missing),
                    prop("stale", flag(check.stale)),
                ),
                "methods": ["EXAMINE"],
                "types": ["control-objective"],
                "relevant-evidence": [{"description": one_line(name)} for name in names],
                "collected": collected,
            }
        )
        out.append((check.control, node))
    return out


def scanner_observations(scans: Sequence[ScannerEvidence], ids: Identifiers) -> list[Observation]:
    """One TEST observation per imported scan and control, dated by the scan itself."""
    out: list[Observation] = []
    for scan in scans:
        r = scan.result
        counts = (
            f"{r.passed} passed, {r.failed} failed, {r.manual} manual, {r.muted} muted, "
            f"{r.waived} waived"
        )
        text = f"{r.source} scan of {r.scanned_at.date().isoformat()}: {counts}."
        if r.checks:
            text += " Checks: " + ", ".join(r.checks) + "."
        for failing in r.failing:
            shown = ", ".join(failing.resources)
            text += f"\n\nFailing {failing.check} on {failing.total} resource(s)"
            text += f": {shown}" if shown else ""
        node = compact(
            {
                "uuid": ids.uuid("observation", "test", scan.control, r.source, r.sha256),
                "title": one_line(f"Scan: {r.source} checks for {scan.control}"),
                "description": text,
                "props": props(
                    prop("control", scan.control),
                    prop("scanner", r.source),
                    prop("provider", r.provider),
                    prop("pass", r.passed),
                    prop("fail", r.failed),
                    prop("manual", r.manual),
                    prop("muted", r.muted),
                    prop("waived", r.waived),
                    *(prop("check", c) for c in r.checks),
                ),
                "methods": ["TEST"],
                "types": ["control-objective"],
                "relevant-evidence": [{"description": one_line(f"{r.file} (sha256 {r.sha256})")}],
                "collected": timestamp(r.scanned_at),
            }
        )
        out.append((scan.control, node))
    return out


def _findings(
    report: Report, scope: ScopeView, ids: Identifiers, by_control: dict[str, list[str]]
) -> list[Node]:
    risk_ids: dict[str, list[str]] = {}
    for gap in report.gaps:
        for criterion_id in gap.criteria:
            risk_ids.setdefault(criterion_id, []).append(risk_uuid(ids, gap))
    out = []
    for criterion in report.criteria:
        status = criterion.status.value
        if status == "excluded":
            continue
        satisfied = status == "ready"
        cov = criterion.coverage
        text = (
            f"{criterion.id} is {status} for a {scope.type_label} report: {cov.ready} of "
            f"{cov.total} applicable supporting control(s) ready."
        )
        if criterion.gap_controls:
            text += " Not ready: " + ", ".join(criterion.gap_controls) + "."
        if criterion.warning:
            text += f"\n\n{criterion.warning}"
        observed = [u for c in criterion.controls for u in by_control.get(c, [])]
        out.append(
            compact(
                {
                    "uuid": ids.uuid("finding", criterion.id),
                    "title": one_line(f"{criterion.id} {criterion.title}"),
                    "description": text,
                    "props": props(
                        prop("criterion", criterion.id),
                        prop("category", criterion.category),
                        prop("readiness", status),
                        prop("coverage-ready", cov.ready),
                        prop("coverage-total", cov.total),
                        *(prop("key-control", c) for c in criterion.key_controls),
                    ),
                    "target": {
                        "type": "objective-id",
                        "target-id": control_id(criterion.id),
                        "status": {
                            "state": "satisfied" if satisfied else "not-satisfied",
                            "reason": "pass" if satisfied else "fail",
                        },
                    },
                    "related-observations": [
                        {"observation-uuid": u} for u in dict.fromkeys(observed)
                    ],
                    "related-risks": [
                        {"risk-uuid": u} for u in dict.fromkeys(risk_ids.get(criterion.id, []))
                    ],
                }
            )
        )
    return out
