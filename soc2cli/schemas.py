"""JSON Schemas generated from the pydantic models, for editors and CI."""

from __future__ import annotations

from typing import Any


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of 'catalogue', 'assessment', 'report' or 'checks'."""
    if name == "catalogue":
        from soc2cli.catalogue import CatalogueFile

        schema = CatalogueFile.model_json_schema()
        title = "soc2 catalogue file"
    elif name == "assessment":
        from soc2cli.assessment import Assessment

        schema = Assessment.model_json_schema()
        title = "soc2 assessment file"
    elif name == "report":
        from soc2cli.report import Report

        schema = Report.model_json_schema()
        title = "soc2 report (JSON)"
    elif name == "checks":
        from soc2cli.scanners.checks import ChecksFile

        schema = ChecksFile.model_json_schema()
        title = "soc2 scanner results (soc2 import checks)"
    else:
        raise ValueError(name)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    return schema
