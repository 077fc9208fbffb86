"""The audit and after (SPEC 7.5): the auditor RFP, the last audit's exceptions, the bridge letter.

``records`` holds the ``audit:`` block's models (the assessment file imports them); the other
modules are pure functions over the assessment, the catalogue and the report.
"""

from enum import StrEnum


class RfpFormat(StrEnum):
    """Formats of `soc2 rfp`: the request for proposal (md, html) or the bidder comparison sheet."""

    md = "md"
    html = "html"
    xlsx = "xlsx"
    csv = "csv"
