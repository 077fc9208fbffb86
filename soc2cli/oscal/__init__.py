"""OSCAL documents (SPEC 7.2): the catalogue as a catalog, a report as assessment results and
as a plan of action and milestones. Pure functions from models to JSON-ready dicts; no I/O."""

from __future__ import annotations

import json
from typing import Any

from soc2cli.oscal.catalog import catalog
from soc2cli.oscal.poam import poam
from soc2cli.oscal.results import assessment_results

__all__ = ["assessment_results", "catalog", "poam", "to_json"]


def to_json(doc: dict[str, Any]) -> str:
    """The document as JSON text: keys in OSCAL's order, so equal input gives equal bytes."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
