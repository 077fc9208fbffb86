"""The catalogue as an OSCAL catalog: criteria by category and series, then the control library."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from soc2cli.oscal.common import Node, bullets, compact, flag, one_line, prop, props
from soc2cli.oscal.ids import (
    NS,
    OSCAL_VERSION,
    Identifiers,
    control_id,
    timestamp,
    version_date,
)
from soc2cli.vocabulary import EvidenceKind

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue, Control, Criterion

LIBRARY_GROUP = "controls"


def catalog_uuid(catalogue_id: str, version: str) -> str:
    """The catalog's UUID, which the assessment results name to say what they judge against."""
    return Identifiers(catalogue_id).uuid("catalog", version)


def catalog(catalogue: Catalogue, *, last_modified: datetime | None = None) -> Node:
    """The whole catalogue as an OSCAL catalog document.

    ``last_modified`` (the caller passes SOURCE_DATE_EPOCH when set) defaults to the date the
    catalogue's ``YYYY.MM`` version names, so the export never depends on the clock.
    """
    info = catalogue.catalogue
    ids = Identifiers(info.id)
    source_uuid = ids.uuid("resource", "source")
    remarks = [
        one_line(info.source),
        "The AICPA is credited as the source of the structure: the criterion numbering, the "
        "grouping into categories and series and the number of points of focus. Every title, "
        "summary, point of focus and control in this catalog is the soc2 project's own wording, "
        "not the AICPA text; read the AICPA publication for the authoritative criteria.",
    ]
    if info.notice.strip():
        remarks.append(one_line(info.notice))
    groups = [g for g in (_category_group(catalogue, c.id) for c in catalogue.categories) if g]
    library = _library_group(catalogue)
    if library:
        groups.append(library)
    moment = last_modified if last_modified is not None else version_date(info.version)
    return {
        "catalog": compact(
            {
                "uuid": catalog_uuid(info.id, info.version),
                "metadata": compact(
                    {
                        "title": one_line(info.title),
                        "last-modified": timestamp(moment),
                        "version": one_line(info.version),
                        "oscal-version": OSCAL_VERSION,
                        "props": props(prop("catalogue-id", info.id)),
                        "links": [{"href": f"#{source_uuid}", "rel": "reference"}],
                        "remarks": "\n\n".join(remarks),
                    }
                ),
                "groups": groups,
                "back-matter": {
                    "resources": [
                        {
                            "uuid": source_uuid,
                            "title": "Source of the catalog's structure",
                            "description": one_line(info.source),
                        }
                    ]
                },
            }
        )
    }


def _category_group(catalogue: Catalogue, category_id: str) -> Node | None:
    category = catalogue.category_index[category_id]
    series_groups = []
    for series in catalogue.series:
        if series.category != category_id:
            continue
        criteria = [_criterion(c) for c in catalogue.criteria if c.series == series.id]
        if criteria:
            series_groups.append(
                {
                    "id": control_id(series.id),
                    "class": "series",
                    "title": f"{series.id} {one_line(series.name)}",
                    "props": props(prop("label", series.id, oscal=True)),
                    "controls": criteria,
                }
            )
    if not series_groups:
        return None
    return {
        "id": category.id,
        "class": "category",
        "title": one_line(category.title),
        "props": props(prop("always-in-scope", flag(category.always_in_scope))),
        "parts": [
            {"id": f"{category.id}_ovw", "name": "overview", "prose": category.description.strip()}
        ],
        "groups": series_groups,
    }


def _criterion(criterion: Criterion) -> Node:
    cid = control_id(criterion.id)
    return {
        "id": cid,
        "class": "criterion",
        "title": one_line(criterion.title),
        "props": props(
            prop("label", criterion.id, oscal=True),
            prop("category", criterion.category),
            prop("series", criterion.series),
            prop("coso-principle", criterion.coso_principle),
        ),
        "parts": [
            {"id": f"{cid}_smt", "name": "statement", "prose": criterion.summary.strip()},
            {
                "id": f"{cid}_gdn",
                "name": "guidance",
                "title": "Points of focus",
                "prose": "Points of focus are guidance for designing and evaluating controls, "
                "not requirements.",
                "parts": [
                    {
                        "id": f"{cid}_pof.{n}",
                        "name": "point-of-focus",
                        "ns": NS,
                        "prose": text.strip(),
                    }
                    for n, text in enumerate(criterion.points_of_focus, start=1)
                ],
            },
        ],
    }


def _library_group(catalogue: Catalogue) -> Node | None:
    domain_groups = []
    for domain in catalogue.domains:
        controls = [_control(c) for c in catalogue.controls if c.domain == domain.id]
        if controls:
            domain_groups.append(
                {
                    "id": f"{LIBRARY_GROUP}-{control_id(domain.prefix)}",
                    "class": "domain",
                    "title": one_line(domain.title),
                    "props": props(
                        prop("domain", domain.id),
                        prop("prefix", domain.prefix),
                        prop("phase", domain.phase),
                    ),
                    "controls": controls,
                }
            )
    if not domain_groups:
        return None
    return {
        "id": LIBRARY_GROUP,
        "class": "control-library",
        "title": "Control library",
        "parts": [
            {
                "id": f"{LIBRARY_GROUP}_ovw",
                "name": "overview",
                "prose": "Controls a company puts in place to meet the criteria. Each control "
                "links to the criteria it supports; its mappings to other frameworks are "
                "properties whose class names the framework, and indicate overlap, not "
                "certification.",
            }
        ],
        "groups": domain_groups,
    }


def _control(control: Control) -> Node:
    cid = control_id(control.id)
    mappings = [
        prop("framework-mapping", ref, cls=framework)
        for framework, refs in sorted(control.mappings.items())
        for ref in refs
    ]
    return {
        "id": cid,
        "class": "control",
        "title": one_line(control.title),
        "props": props(
            prop("label", control.id, oscal=True),
            prop("domain", control.domain),
            prop("type", control.type),
            prop("frequency", control.frequency),
            prop("priority", control.priority),
            prop("owner", control.owner),
            prop("effort-days", f"{control.effort_days:g}"),
            prop("documentation", control.documentation),
            *(prop("key-for", c) for c in control.key_for),
            *mappings,
        ),
        "links": [
            {"href": f"#{control_id(c)}", "rel": "related", "text": f"Supports {c}"}
            for c in control.criteria
        ],
        "parts": _control_parts(control, cid),
    }


def _control_parts(control: Control, cid: str) -> list[Node]:
    """Statement, guidance, how it is assessed (interview, examine) and the remediation steps."""
    return [
        {"id": f"{cid}_smt", "name": "statement", "prose": control.description.strip()},
        {
            "id": f"{cid}_gdn",
            "name": "guidance",
            "prose": f"What good looks like: {control.guidance.good.strip()}\n\n"
            f"What an auditor asks to see: {control.guidance.auditor_asks.strip()}",
        },
        {
            "id": f"{cid}_asm-interview",
            "name": "assessment-method",
            "props": props(prop("method", "INTERVIEW", oscal=True)),
            "prose": control.question.strip(),
        },
        {
            "id": f"{cid}_asm-examine",
            "name": "assessment-method",
            "props": props(prop("method", "EXAMINE", oscal=True)),
            "parts": [
                {
                    "id": f"{cid}_asm-examine_obj-{kind.value}",
                    "name": "assessment-objects",
                    "props": props(prop("evidence-kind", kind)),
                    "prose": bullets(texts),
                }
                for kind in EvidenceKind
                if (texts := control.evidence_of(kind))
            ],
        },
        {
            "id": f"{cid}_rem",
            "name": "remediation",
            "ns": NS,
            "title": "Remediation steps",
            "prose": bullets(control.remediation),
        },
    ]
