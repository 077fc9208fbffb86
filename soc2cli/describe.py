"""Pure: (catalogue, assessment, report) -> a draft of the SOC 2 system description (Markdown)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from soc2cli.assessment import Assessment
from soc2cli.catalogue import Catalogue
from soc2cli.models import Hosting, ReportType, Status
from soc2cli.policies import HOSTING_TEXT, STATUS_TEXT, join_words, tidy
from soc2cli.report import ControlResult, CriterionStatus, Exclusion, Report
from soc2cli.templating import md_escape, render_template

TEMPLATE = "system-description.md.j2"
READY = {ReportType.type1: "type1_ready", ReportType.type2: "type2_ready"}

# Controls whose interview notes describe a component of the system; quoted for the author.
COMPONENT_NOTES: dict[str, tuple[str, ...]] = {
    "infrastructure": ("AST-02", "NET-02", "AVL-05", "BAK-02", "NET-04"),
    "software": ("AST-01", "CHG-06", "CHG-07", "LOG-01"),
    "people": ("GOV-02", "GOV-03", "HR-01"),
    "data": ("DAT-01", "DAT-02", "CRY-01", "DAT-03"),
    "commitments": ("POL-05", "RSK-05", "AVL-04"),
}


@dataclass
class _Notes:
    """Questions for the author, in the order the sections raise them."""

    items: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        if text not in self.items:
            self.items.append(text)


def _ready(result: ControlResult, report_type: ReportType) -> bool:
    return bool(getattr(result, READY[report_type]))


def _quoted_notes(assessment: Assessment, ids: tuple[str, ...]) -> list[dict[str, str]]:
    out = []
    for control_id in ids:
        answer = assessment.answers.get(control_id)
        if answer is None or not answer.notes.strip() or answer.status is Status.not_applicable:
            continue
        out.append(
            {
                "control": control_id,
                "status": STATUS_TEXT[answer.status],
                "text": md_escape(answer.notes),
            }
        )
    return out


def describe(catalogue: Catalogue, assessment: Assessment, report: Report) -> str:
    """A draft system description, with every fact the assessment lacks listed for the author."""
    scope = assessment.scope
    report_type = scope.report_type
    notes = _Notes()
    org = md_escape(scope.organization)
    label = "Type II" if report_type is ReportType.type2 else "Type I"

    systems = [
        {"name": md_escape(s.name), "description": md_escape(s.description)} for s in scope.systems
    ]
    if not systems:
        notes.add(
            "Which systems are in scope? List them under `scope.systems` in the assessment "
            "(`soc2 assess --rescope`) and describe the services each provides."
        )
    for system in systems:
        if not system["description"]:
            notes.add(
                f"What does {system['name']} do, and for whom? Add a description to it under "
                "`scope.systems`."
            )

    providers = [md_escape(p) for p in scope.subservice_organizations]
    if not providers and scope.hosting is not Hosting.on_prem:
        notes.add(
            "Which providers host the in-scope systems? List them under "
            "`scope.subservice_organizations` (`soc2 assess --rescope`); the description must "
            "name each subservice organisation."
        )
    for provider in providers:
        notes.add(
            f"Which services does {provider} provide to the system, and which of its SOC reports "
            "(period and opinion) did the company review (VEN-02)?"
        )

    data = [
        {"title": md_escape(d.title), "description": md_escape(d.description)}
        for d in catalogue.data_types
        if d.id in scope.data_types
    ]
    if not data:
        notes.add("Which kinds of data does the system hold? List them under `scope.data_types`.")

    results = {r.id: r for r in report.controls}
    applicable = [r for r in report.controls if r.applicable]

    owners: dict[str, list[str]] = {}
    for result in applicable:
        owners.setdefault(result.owner, []).append(result.id)
    people = [
        {"role": md_escape(role), "count": len(ids), "controls": ", ".join(ids)}
        for role, ids in sorted(owners.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]

    procedures = []
    for domain in catalogue.domains:
        in_domain = [r for r in applicable if r.domain == domain.id]
        if not in_domain:
            continue
        procedures.append(
            {
                "title": md_escape(domain.title),
                "ready": [
                    {"id": r.id, "title": md_escape(r.title)}
                    for r in in_domain
                    if _ready(r, report_type)
                ],
                "gaps": [
                    {"id": r.id, "title": md_escape(r.title), "status": STATUS_TEXT[r.status]}
                    for r in in_domain
                    if not _ready(r, report_type)
                ],
            }
        )

    in_scope_criteria = {c.id for c in catalogue.criteria if scope.in_scope(c.category)}
    carved = [
        {
            "id": r.id,
            "title": md_escape(r.title),
            "criteria": ", ".join(c for c in r.criteria if c in in_scope_criteria),
            "reason": md_escape(r.exclusion_reason or ""),
        }
        for r in report.controls
        if r.exclusion is Exclusion.carved_out
    ]
    csocs = []
    if providers or carved:
        for control in catalogue.controls:
            if control.carve_out is None:
                continue
            csocs.append(
                {
                    "id": control.id,
                    "title": md_escape(control.title),
                    "criteria": ", ".join(c for c in control.criteria if c in in_scope_criteria),
                    "carved": control.id in {c["id"] for c in carved},
                }
            )
    monitoring = results.get("VEN-02")

    criteria = [
        {
            "id": c.id,
            "title": md_escape(c.title),
            "status": c.status.value,
            "controls": ", ".join(c.controls),
            "gaps": ", ".join(c.gap_controls),
        }
        for c in report.criteria
        if scope.in_scope(c.category)
    ]
    gap_criteria = [c for c in report.criteria if c.status is CriterionStatus.gap]

    notes.add(
        "What do your contracts, service level agreement, data processing agreement and trust "
        "page promise customers (uptime, support hours, incident notice period, data location, "
        "deletion at contract end)? Replace the commitments listed here with those exact terms "
        "(POL-05, RSK-05)."
    )
    notes.add(
        "List the production components: regions, networks, compute, databases, storage, queues, "
        "and the tools that build, deploy and monitor them; add an architecture diagram and a "
        "data flow diagram (AST-02, DAT-02)."
    )
    notes.add(
        "How many people work for the company and in which teams? Add the organisation chart "
        "(GOV-02) and confirm the roles in the People section."
    )
    if scope.observation_period is not None:
        window = scope.observation_period
        period = f"the end of the observation period ({window.start} to {window.end})"
    elif report_type is ReportType.type2:
        period = "the end of the period the report covers"
    else:
        period = "the date of the description"
    notes.add(
        f"Were there significant system incidents or significant changes to the system up to "
        f"{period}? The description must disclose them (IR-02 incident log, CHG-07 deployment "
        "records)."
    )
    if report.gaps:
        notes.add(
            f"{len(report.gaps)} applicable control(s) are not ready for a {label} report "
            f"({len(report.follow_ups)} of them still unanswered). The Procedures section marks "
            "each one: describe controls only as they operate, so close the gaps or remove them "
            "from the description before the audit. `soc2 report` lists the remediation."
        )
    notes.add(
        "Check every complementary user entity control against your contracts and product, and "
        "remove any the service does not rely on."
    )
    pol06 = results.get("POL-06")
    if pol06 is not None and pol06.applicable and not _ready(pol06, report_type):
        notes.add(
            f"POL-06 (system description kept current) is answered {STATUS_TEXT[pol06.status]}: "
            "once this description is approved, record its owner and review date and review it "
            "every year."
        )

    context: dict[str, Any] = {
        "org": org,
        "label": label,
        "as_of": report.plan.as_of.isoformat(),
        "tool_version": report.tool_version,
        "catalogue": f"{report.catalogue.id} {report.catalogue.version}",
        "report_type": report_type.value,
        "observation_period": scope.observation_period,
        "target_date": scope.target_date,
        "categories": [c.title for c in catalogue.categories if scope.in_scope(c.id)],
        "excluded_categories": [c.title for c in catalogue.categories if not scope.in_scope(c.id)],
        "in_scope": scope.in_scope,
        "has_data": lambda d: d in scope.data_types,
        "hosting": scope.hosting.value,
        "hosting_text": HOSTING_TEXT[scope.hosting],
        "systems": systems,
        "system_names": join_words(s["name"] for s in systems)
        or "the systems listed in this section",
        "providers": providers,
        "provider_names": join_words(providers),
        "csoc_owner": join_words(providers) or "the hosting providers",
        "data": data,
        "people": people,
        "procedures": procedures,
        "carved": carved,
        "csocs": csocs,
        "monitoring": (
            {"status": STATUS_TEXT[monitoring.status], "owner": md_escape(monitoring.owner)}
            if monitoring is not None and monitoring.applicable
            else None
        ),
        "criteria": criteria,
        "gap_criteria": len(gap_criteria),
        "gaps": len(report.gaps),
        "notes": {k: _quoted_notes(assessment, ids) for k, ids in COMPONENT_NOTES.items()},
        "author": notes.items,
    }
    return tidy(render_template("md", TEMPLATE, **context))
