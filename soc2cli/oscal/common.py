"""Pieces the OSCAL documents share: props, text clean-up, the scope, parties, roles, the tool."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from soc2cli.oscal.ids import NS, OSCAL_VERSION, Identifiers, timestamp, token

if TYPE_CHECKING:
    from soc2cli.report import Gap, Report

Node = dict[str, Any]

TOOL_NAME = "soc2"


def compact(node: Node) -> Node:
    """Drop absent and empty members: OSCAL lists, where present, hold at least one item."""
    return {k: v for k, v in node.items() if v is not None and v != [] and v != {}}


def one_line(text: object) -> str:
    """Text for an OSCAL field that must be one line with no outer spaces (titles, values)."""
    return " ".join(str(text).split())


def prop(name: str, value: object, *, cls: str | None = None, oscal: bool = False) -> Node | None:
    """A property in the project's namespace (or OSCAL's); None when there is no value."""
    if value is None:
        return None
    text = one_line(getattr(value, "value", value))
    if not text:
        return None
    node: Node = {"name": name}
    if not oscal:
        node["ns"] = NS
    node["value"] = text
    if cls is not None:
        node["class"] = cls
    return node


def props(*items: Node | None) -> list[Node]:
    return [p for p in items if p is not None]


def flag(value: bool) -> str:
    return "true" if value else "false"


def bullets(lines: Iterable[str]) -> str:
    """A Markdown list (OSCAL's markup-multiline in JSON is Markdown)."""
    return "\n".join(f"- {one_line(line)}" for line in lines)


def _as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _get(holder: object, key: str) -> Any:
    if isinstance(holder, Mapping):
        return holder.get(key)
    return getattr(holder, key, None)


@dataclass(frozen=True)
class ScopeView:
    """The scope facts the documents use, whether the report holds the scope as dict or model."""

    organization: str
    report_type: str
    categories: list[str]
    observation_period: tuple[date, date] | None
    target_date: date | None

    @property
    def type_label(self) -> str:
        return "Type II" if self.report_type == "type2" else "Type I"


def scope_of(report: Report) -> ScopeView:
    scope: object = report.scope
    kind = _get(scope, "report_type")
    period = _get(scope, "observation_period")
    window = None
    if period is not None:
        start, end = _as_date(_get(period, "start")), _as_date(_get(period, "end"))
        if start is not None and end is not None:
            window = (start, end)
    return ScopeView(
        organization=one_line(_get(scope, "organization") or ""),
        report_type=str(getattr(kind, "value", kind or "type1")),
        categories=[str(getattr(c, "value", c)) for c in _get(scope, "categories") or []],
        observation_period=window,
        target_date=_as_date(_get(scope, "target_date")),
    )


PREPARED_FOR = "prepared-for"


def organization_party(ids: Identifiers, scope: ScopeView) -> Node:
    return {
        "uuid": ids.uuid("party", "organization"),
        "type": "organization",
        "name": scope.organization,
    }


def metadata(
    ids: Identifiers,
    scope: ScopeView,
    roles: OwnerRoles,
    *,
    title: str,
    report: Report,
    remarks: str,
) -> Node:
    """Metadata of a report document: the organisation it is prepared for and the owners' roles."""
    party = organization_party(ids, scope)
    return compact(
        {
            "title": one_line(title),
            "last-modified": timestamp(report.plan.as_of),
            "version": one_line(report.tool_version),
            "oscal-version": OSCAL_VERSION,
            "props": props(
                prop("catalogue-id", report.catalogue.id),
                prop("catalogue-version", report.catalogue.version),
                prop("report-type", scope.report_type),
                prop("as-of", report.plan.as_of.isoformat()),
                prop("draft", flag(report.summary.draft)),
            ),
            "roles": [
                {"id": PREPARED_FOR, "title": "Prepared for"},
                *roles.roles(),
            ],
            "parties": [party],
            "responsible-parties": [{"role-id": PREPARED_FOR, "party-uuids": [party["uuid"]]}],
            "remarks": remarks,
        }
    )


def tool_component(ids: Identifiers, tool_version: str) -> Node:
    """The tool as a component: the actor that rates each risk."""
    return {
        "uuid": ids.uuid("component", TOOL_NAME),
        "type": "software",
        "title": f"{TOOL_NAME} {one_line(tool_version)}",
        "description": "The soc2 command-line tool, which scored the readiness assessment and "
        "wrote this document.",
        "props": props(prop("tool-version", tool_version)),
        "status": {"state": "operational"},
    }


class OwnerRoles:
    """One OSCAL role per remediation owner ("Security Lead" -> role id ``security-lead``)."""

    def __init__(self, gaps: Iterable[Gap]) -> None:
        self._ids: dict[str, str] = {}
        taken = {PREPARED_FOR}
        for gap in gaps:
            owner = one_line(gap.owner)
            if not owner or owner in self._ids:
                continue
            base = token(owner, "owner")
            role_id, n = base, 2
            while role_id in taken:
                role_id, n = f"{base}-{n}", n + 1
            taken.add(role_id)
            self._ids[owner] = role_id

    def role_id(self, owner: str) -> str | None:
        return self._ids.get(one_line(owner))

    def roles(self) -> list[Node]:
        return [
            {"id": role_id, "title": owner, "description": "Owns remediation work in the plan."}
            for owner, role_id in self._ids.items()
        ]
