"""JSON: the canonical report document (SPEC 3.4)."""

from __future__ import annotations

import json

from soc2cli.report import Report


def render(report: Report) -> str:
    return (
        json.dumps(report.model_dump(mode="json"), indent=2, sort_keys=True, ensure_ascii=False)
        + "\n"
    )
