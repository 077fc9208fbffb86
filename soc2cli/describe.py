"""Pure: (catalogue, assessment, report) -> a draft of the SOC 2 system description (Markdown).

The body follows the description criteria (DC 200): it states the system as it is, so only what
the answers say is in place is stated as fact, and it carries no readiness status. Everything
else (the readiness, the controls not in place, the facts the assessment lacks) goes to the
"For the author" appendix at the end.

Python gathers the facts, each user value already Markdown-escaped; the template
(templates/system-description.md.j2) holds the prose and the questions for the author.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from soc2cli.assessment import Assessment, ObservationPeriod
from soc2cli.catalogue import Catalogue
from soc2cli.labels import (
    criterion_status_label,
    method_label,
    report_type_label,
    service_label,
    status_text,
)
from soc2cli.policies.statements import other_figures, says_not_done
from soc2cli.report import ControlResult, Report
from soc2cli.subservice import ProviderControl, SubserviceOrganization, provider_controls
from soc2cli.templating import join_words, md_escape, render_template, tidy
from soc2cli.vocabulary import (
    IN_PLACE,
    CriterionStatus,
    Hosting,
    ReportType,
    Status,
    SubserviceMethod,
)

TEMPLATE = "system-description.md.j2"

# The components of internal control the description sets out, by the criteria series a
# control supports first; every other control is a control activity.
COMPONENTS = {
    "CC1": "control_environment",
    "CC2": "information_and_communication",
    "CC3": "risk_assessment",
    "CC4": "monitoring",
}


@dataclass(frozen=True)
class System:
    name: str
    description: str


@dataclass(frozen=True)
class DataKind:
    title: str
    description: str


@dataclass(frozen=True)
class Role:
    """A role and the areas it is responsible for."""

    role: str
    responsibilities: str


@dataclass(frozen=True)
class Statement:
    """A control the answers say is in place, stated as the catalogue describes it."""

    id: str
    text: str


@dataclass(frozen=True)
class Area:
    """The control activities of one area (a control domain) that are in place."""

    title: str
    statements: list[Statement]


@dataclass(frozen=True)
class Provider:
    """A subservice organisation as the description lists it."""

    name: str
    services: str
    method: str
    inclusive: bool
    known: bool


@dataclass(frozen=True)
class ProviderRow:
    """A complementary subservice organisation control, in the provider's words."""

    text: str
    criteria: str
    providers: str


@dataclass(frozen=True)
class Excluded:
    """A category, criterion or control that does not apply, and why."""

    name: str
    criteria: str
    reason: str


@dataclass(frozen=True)
class Ref:
    """A control as the appendix lists it."""

    id: str
    title: str
    status: str = ""


@dataclass(frozen=True)
class CriterionRow:
    id: str
    title: str
    status: str
    controls: str
    gaps: str


@dataclass(frozen=True)
class Note:
    """An interview note the appendix quotes, to check a statement against."""

    id: str
    status: str
    text: str


@dataclass(frozen=True)
class Readiness:
    """The readiness status: for the appendix only, never the body."""

    label: str
    criteria: list[CriterionRow]
    gap_criteria: int
    not_ready: list[Ref]
    unanswered: int
    notes: list[Note]
    warnings: list[str]


@dataclass(frozen=True)
class SystemDescription:
    """Everything the system description template is given."""

    org: str
    label: str
    as_of: str
    tool_version: str
    catalogue: str
    report_type: ReportType
    observation_period: ObservationPeriod | None
    target_date: date | None
    categories: list[str]
    hosting: Hosting
    systems: list[System]
    system_names: str
    providers: list[Provider]
    carve_out_names: str
    inclusive_names: str
    csocs: list[ProviderRow]
    included_controls: list[ProviderRow]
    data: list[DataKind]
    people: list[Role]
    areas: list[Area]
    procedures: str
    components: dict[str, list[Statement]]
    out_of_scope: list[Excluded]
    excluded_criteria: list[Excluded]
    not_applicable: list[Excluded]
    readiness: Readiness
    held_back: list[Note]
    in_place: Callable[[str], bool]
    applies: Callable[[str], bool]
    in_scope: Callable[[str], bool]
    has_data: Callable[[str], bool]


def _ready(report_type: ReportType) -> Callable[[ControlResult], bool]:
    """Whether a control is ready for the scope's report type."""
    if report_type is ReportType.type2:
        return lambda result: result.type2_ready
    return lambda result: result.type1_ready


def _contradicted(catalogue: Catalogue, result: ControlResult) -> bool:
    """Whether the notes say part of the control is not done, or give other figures than the
    catalogue's description ("within 60 days" against "within 30 days")."""
    if says_not_done(result.notes):
        return True
    control = catalogue.control(result.id)
    return control is not None and bool(other_figures(control.description, result.notes))


def _people(catalogue: Catalogue, applicable: list[ControlResult]) -> list[Role]:
    """Each owner role (the answer's, else the catalogue's default) and the areas it owns."""
    titles = {d.id: d.title for d in catalogue.domains}
    owned: dict[str, list[str]] = {}
    for result in applicable:
        areas = owned.setdefault(result.owner, [])
        title = titles.get(result.domain, result.domain)
        if title not in areas:
            areas.append(title)
    return [
        Role(
            role=md_escape(role),
            # Semicolons: an area's own title may hold a comma ("retention and disposal").
            responsibilities="; ".join(md_escape(_lower_first(a)) for a in areas),
        )
        for role, areas in sorted(owned.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]


def _lower_first(text: str) -> str:
    # "Access control" -> "access control"; an acronym ("HR security") keeps its capitals.
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _statements(
    catalogue: Catalogue, in_place: list[ControlResult]
) -> tuple[dict[str, list[Statement]], list[Area]]:
    """The in-place controls as statements: by component of internal control, and the control
    activities by area."""
    components: dict[str, list[Statement]] = {name: [] for name in COMPONENTS.values()}
    activities: dict[str, list[Statement]] = {}
    for result in in_place:
        control = catalogue.control(result.id)
        text = md_escape(control.description if control else result.title)
        series = result.criteria[0].split(".")[0] if result.criteria else ""
        target = components.get(COMPONENTS.get(series, ""))
        if target is None:
            target = activities.setdefault(result.domain, [])
        target.append(Statement(result.id, text))
    areas = [
        Area(md_escape(d.title), activities[d.id]) for d in catalogue.domains if d.id in activities
    ]
    return components, areas


def _providers(scope_providers: list[SubserviceOrganization]) -> list[Provider]:
    return [
        Provider(
            name=md_escape(p.name),
            services=", ".join(service_label(s) for s in p.services),
            method=method_label(p.method),
            inclusive=p.method is SubserviceMethod.inclusive,
            known=bool(p.services),
        )
        for p in scope_providers
    ]


def _rows(controls: list[ProviderControl]) -> list[ProviderRow]:
    return [
        ProviderRow(
            text=md_escape(c.text),
            criteria=", ".join(c.criteria),
            providers=join_words(md_escape(p) for p in c.providers),
        )
        for c in controls
    ]


def _exclusions(
    catalogue: Catalogue, assessment: Assessment, report: Report
) -> tuple[list[Excluded], list[Excluded], list[Excluded]]:
    """What does not apply: categories out of scope, criteria excluded, controls answered N/A."""
    scope = assessment.scope
    out_of_scope = [
        Excluded(
            name=md_escape(category.title),
            criteria=", ".join(c.id for c in catalogue.criteria if c.category == category.id),
            reason="",
        )
        for category in catalogue.categories
        if not scope.in_scope(category.id)
    ]
    excluded = [
        Excluded(md_escape(f"{c.id} {c.title}"), c.id, md_escape(c.exclusion_reason or ""))
        for c in report.criteria
        if c.status is CriterionStatus.excluded and scope.in_scope(c.category)
    ]
    not_applicable = [
        Excluded(
            name=md_escape(f"{r.id} {r.title}"),
            criteria=", ".join(r.criteria),
            reason=md_escape(assessment.answers[r.id].notes),
        )
        for r in report.controls
        if r.status is Status.not_applicable and r.id in assessment.answers
    ]
    return out_of_scope, excluded, not_applicable


def _readiness(
    assessment: Assessment, report: Report, applicable: list[ControlResult]
) -> Readiness:
    scope = assessment.scope
    ready = _ready(scope.report_type)
    return Readiness(
        label=report_type_label(scope.report_type),
        criteria=[
            CriterionRow(
                id=c.id,
                title=md_escape(c.title),
                status=criterion_status_label(c.status),
                controls=", ".join(c.controls),
                gaps=", ".join(c.gap_controls),
            )
            for c in report.criteria
            if scope.in_scope(c.category)
        ],
        gap_criteria=sum(1 for c in report.criteria if c.status is CriterionStatus.gap),
        not_ready=[Ref(r.id, md_escape(r.title), _answered(r)) for r in applicable if not ready(r)],
        unanswered=len(report.unanswered),
        notes=[
            Note(r.id, status_text(r.status), md_escape(r.notes))
            for r in applicable
            if r.notes.strip()
        ],
        warnings=[md_escape(w) for w in report.warnings],
    )


def _answered(result: ControlResult) -> str:
    """How a control was answered, in words: "answered partial" or "not yet answered"."""
    return "not yet answered" if result.status is None else f"answered {status_text(result.status)}"


def facts(catalogue: Catalogue, assessment: Assessment, report: Report) -> SystemDescription:
    """What the system description says, gathered from the scope, the answers and the report."""
    scope = assessment.scope
    applicable = [r for r in report.controls if r.applicable]
    answered_in_place = [r for r in applicable if r.status in IN_PLACE]
    # Answered in place, but the notes contradict the description: the body leaves them out,
    # and the appendix says why.
    held_back = [r for r in answered_in_place if _contradicted(catalogue, r)]
    held_ids = {r.id for r in held_back}
    in_place = [r for r in answered_in_place if r.id not in held_ids]
    in_place_ids = {r.id for r in in_place}
    systems = [System(md_escape(s.name), md_escape(s.description)) for s in scope.systems]
    in_scope = {c.id for c in catalogue.criteria if scope.in_scope(c.category)}
    carve_out = [
        p for p in scope.subservice_organizations if p.method is SubserviceMethod.carve_out
    ]
    inclusive = [
        p for p in scope.subservice_organizations if p.method is SubserviceMethod.inclusive
    ]
    components, areas = _statements(catalogue, in_place)
    out_of_scope, excluded, not_applicable = _exclusions(catalogue, assessment, report)
    return SystemDescription(
        org=md_escape(scope.organization),
        label=report_type_label(scope.report_type),
        as_of=report.plan.as_of.isoformat(),
        tool_version=report.tool_version,
        catalogue=f"{report.catalogue.id} {report.catalogue.version}",
        report_type=scope.report_type,
        observation_period=scope.observation_period,
        target_date=scope.target_date,
        categories=[c.title for c in catalogue.categories if scope.in_scope(c.id)],
        hosting=scope.hosting,
        systems=systems,
        system_names=join_words(s.name for s in systems) or "the systems listed in this section",
        providers=_providers(scope.subservice_organizations),
        carve_out_names=join_words(md_escape(p.name) for p in carve_out),
        inclusive_names=join_words(md_escape(p.name) for p in inclusive),
        csocs=_rows(provider_controls(catalogue, carve_out, in_scope)),
        included_controls=_rows(provider_controls(catalogue, inclusive, in_scope)),
        data=[
            DataKind(md_escape(d.title), md_escape(d.description))
            for d in catalogue.data_types
            if d.id in scope.data_types
        ],
        people=_people(catalogue, applicable),
        areas=areas,
        procedures="; ".join(_lower_first(a.title) for a in areas),  # escaped in _statements
        components=components,
        out_of_scope=out_of_scope,
        excluded_criteria=excluded,
        not_applicable=not_applicable,
        readiness=_readiness(assessment, report, applicable),
        held_back=[Note(r.id, status_text(r.status), md_escape(r.notes)) for r in held_back],
        in_place=lambda control_id: control_id in in_place_ids,
        applies=lambda control_id: control_id in {r.id for r in applicable},
        in_scope=scope.in_scope,
        has_data=lambda d: d in scope.data_types,
    )


def describe(catalogue: Catalogue, assessment: Assessment, report: Report) -> str:
    """A draft system description, with every fact the assessment lacks listed for the author."""
    description = facts(catalogue, assessment, report)
    context: dict[str, Any] = {f.name: getattr(description, f.name) for f in fields(description)}
    return tidy(render_template("md", TEMPLATE, **context))
