"""Pure: the bidder comparison sheet (soc2 rfp --format xlsx|csv), a blank template with weights.

One row per criterion of the RFP with its weight, one score column per bidder for the consultant
to fill in (0 to 5), and the rows for the facts each bid states. It holds no formulas and no
figures of its own: the weighted score is left to the reader, and the scope's fee range appears
only when the assessment gives one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from soc2cli.audit.rfp import Fact, RfpFacts
from soc2cli.workbook import openpyxl, to_bytes, write_sheet

DEFAULT_BIDDERS = ("Bidder 1", "Bidder 2", "Bidder 3")
SCORE_RANGE = "0-5"
# Facts each bid states: compared side by side, not weighted.
BID_FACTS = (
    ("Quoted fee", "The fixed fee and what it includes, as the proposal states it"),
    ("Fieldwork dates", "When fieldwork would start and end"),
    ("Report delivery date", "When the report would be issued"),
    ("Signing partner and team", "Who signs the report, and who does the work"),
)
HOW_TO_SCORE = (
    "Score each bidder from 0 (does not meet it) to 5 (the best answer) on each criterion. "
    "A bidder that fails a requirement is out, whatever it scores. The weighted score of a "
    "bidder is the sum of weight x score over the criteria, divided by 5 (100 at most). The "
    "sheet has no formulas: work the score out by hand or add the formula yourself."
)


def _safe(value: str) -> str:
    # Spreadsheets run cells starting with these characters as formulas; a name is never one.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def header(bidders: Sequence[str]) -> list[str]:
    names = list(bidders) or list(DEFAULT_BIDDERS)
    return [
        "Criterion",
        "What to look for",
        "Requirement",
        "Weight",
        *(_safe(f"{name} score ({SCORE_RANGE})") for name in names),
        "Notes",
    ]


def rows(facts: RfpFacts, bidders: Sequence[str]) -> list[list[str | int]]:
    """The table under the header: criteria, the weighted-score row, then the bid facts."""
    blanks = [""] * (len(bidders) or len(DEFAULT_BIDDERS))
    table: list[list[str | int]] = [
        [c.title, c.look_for, "yes" if c.gate else "", c.weight, *blanks, ""]
        for c in facts.criteria
    ]
    total = sum(c.weight for c in facts.criteria)
    table.append(["Weighted score", "Sum of weight x score, divided by 5", "", total, *blanks, ""])
    for title, what in BID_FACTS:
        table.append([title, what, "", "", *blanks, ""])
    return table


def render_csv(facts: RfpFacts, bidders: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header(bidders))
    for row in rows(facts, bidders):
        writer.writerow([_safe(v) if isinstance(v, str) else v for v in row])
    return out.getvalue()


def about(facts: RfpFacts) -> list[tuple[str, str]]:
    """The scope the bids answer, for the sheet's first tab; placeholders where a fact is missing."""

    def text(items: Sequence[Fact]) -> str:
        return ", ".join(i.text for i in items)

    period = [("Observation period", facts.period.text)] if facts.period is not None else []
    systems = [(f"System: {s.name}", s.description.text) for s in facts.systems] or [
        ("Systems", facts.no_systems.text if facts.no_systems else "")
    ]
    fee = [("Budget (scope.audit_fee)", facts.fee.text)] if facts.fee is not None else []
    return [
        ("Organisation", facts.organization),
        ("Report", f"SOC 2 {facts.report_type_label}"),
        ("Trust Services categories", ", ".join(facts.categories)),
        *period,
        ("Target report date", facts.target_date.text),
        ("Headcount", facts.employees.text),
        ("Locations", text(facts.locations)),
        ("Hosting", facts.hosting),
        ("Subservice organisations (carve-out)", text(facts.providers) or "none"),
        *systems,
        ("Data types", text(facts.data_types)),
        *fee,
        ("How to score", HOW_TO_SCORE),
        *(("To fill in", p) for p in facts.placeholders),
    ]


def render_xlsx(facts: RfpFacts, bidders: Sequence[str]) -> bytes:
    """The workbook: the comparison table, and the scope the bids answer."""
    wb = openpyxl().Workbook()
    sheet = wb.active
    sheet.title = "Comparison"
    head = header(bidders)
    widths = [32, 48, 12, 8, *([16] * (len(head) - 5)), 32]
    write_sheet(sheet, head, rows(facts, bidders), widths=widths)
    write_sheet(wb.create_sheet("Scope"), ["Fact", "Value"], about(facts), widths=[36, 90])
    return to_bytes(wb)
