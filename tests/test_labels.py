"""People read labels, never codes: every human format of every example is free of raw ids.

The ids come from the vocabulary's enumerations and the catalogue, so a new code is checked the
day it is added. Machine formats (JSON, CSV values, OSCAL) keep the codes and are not checked.
"""

from __future__ import annotations

import html
import inspect
import re
from enum import StrEnum
from pathlib import Path

import icalendar
import openpyxl
import pytest
from conftest import REPO, run

from soc2cli import vocabulary
from soc2cli.catalogue import load_catalogue

EXAMPLES = sorted(p.parent.name for p in (REPO / "examples").glob("*/assessment.yaml"))
TEXT_FORMATS = ("md", "html", "evidence", "summary", "summary-html")
AS_OF = "2027-04-15"  # inside the fintech window: evidence due, missing and evidenced


def _codes() -> tuple[set[str], set[str]]:
    """(codes with an underscore, one-word codes): every enumeration value, and the ids of the
    catalogue's categories and data types. One-word codes are also English words ("partial",
    "high"), so only a table cell that is exactly one of them counts as a leak."""
    values = {
        member.value
        for _, enum in inspect.getmembers(vocabulary, inspect.isclass)
        if issubclass(enum, StrEnum) and enum is not StrEnum
        for member in enum
    }
    catalogue = load_catalogue().catalogue
    values |= {c.id for c in catalogue.categories} | {d.id for d in catalogue.data_types}
    return {v for v in values if "_" in v}, {v for v in values if "_" not in v}


COMPOUND, SINGLE = _codes()
_WORD = re.compile(
    r"(?<![\w./#=:-])("
    + "|".join(sorted(map(re.escape, COMPOUND), key=len, reverse=True))
    + r")(?![\w/-])"
)


def _markdown_prose(text: str) -> str:
    """Markdown without code blocks, code spans and link targets."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", " ", text)
    return re.sub(r"\]\([^)]*\)", "]", text)


def _html_prose(text: str) -> str:
    """The text a reader sees: no script, style, code, tags or attributes."""
    text = re.sub(r"<(script|style|code|pre)\b.*?</\1>", " ", text, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _cells(text: str, fmt: str) -> list[str]:
    if fmt in ("html", "summary-html"):
        return [_html_prose(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", text, re.S)]
    return [cell for line in text.splitlines() if line.startswith("|") for cell in line.split("|")]


def leaks(prose: str, cells: list[str]) -> list[str]:
    """Raw codes a person would see: an underscore code anywhere in the prose, a one-word code
    as a whole table cell (or one item of a comma-separated cell)."""
    found = [m.group(1) for m in _WORD.finditer(prose)]
    for cell in cells:
        items = [x.strip() for x in re.split(r",|\n", cell.strip())]
        if all(re.fullmatch(r"[a-z0-9_]+", x) for x in items):  # a code, or a list of codes
            found += [x for x in items if x in SINGLE]
    return sorted(set(found))


def test_the_detector_finds_codes_and_spares_labels() -> None:
    assert leaks("Frequency: semi_annual; hosting on_prem.", []) == ["on_prem", "semi_annual"]
    assert leaks("processing_integrity in scope", ["foundation", "High", "critical, low"]) == [
        "critical",
        "foundation",
        "low",
        "processing_integrity",
    ]
    assert leaks(_markdown_prose("Semi-annual, not applicable; see `not_applicable`"), []) == []
    assert leaks("", ["Collect the scope, method and findings", "Security, Availability"]) == []
    assert leaks(_html_prose('<td class="not_applicable">Not applicable</td>'), ["Partial"]) == []
    assert "semi_annual" in COMPOUND and {"foundation", "type2", "critical"} <= SINGLE


@pytest.mark.parametrize("example", EXAMPLES)
@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_text_formats_show_labels_not_codes(example: str, fmt: str) -> None:
    path = str(REPO / "examples" / example / "assessment.yaml")
    result = run("report", path, "--format", fmt, "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    prose = _html_prose(text) if "html" in fmt else _markdown_prose(text)
    assert leaks(prose, _cells(text, fmt)) == []


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_workbook_shows_labels_not_codes(example: str, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    path = str(REPO / "examples" / example / "assessment.yaml")
    assert run("report", path, "--format", "xlsx", "--as-of", AS_OF, "-o", str(out)).exit_code == 0
    found = {}
    for ws in openpyxl.load_workbook(out).worksheets:
        for row in ws.iter_rows(values_only=True):
            texts = [str(v) for v in row if isinstance(v, str)]
            if bad := leaks("\n".join(texts), texts):
                found[ws.title] = bad
    assert found == {}


def test_the_calendar_shows_labels_not_codes(tmp_path: Path) -> None:
    out = tmp_path / "e.ics"
    path = str(REPO / "examples" / "fintech-type2" / "assessment.yaml")
    assert run("report", path, "--format", "ics", "--as-of", AS_OF, "-o", str(out)).exit_code == 0
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert events
    for event in events:
        text = f"{event['SUMMARY']}\n{event['DESCRIPTION']}"
        frequencies = re.findall(r"\(([^;()]+); period ", text)
        assert frequencies and leaks(text, frequencies) == []


def test_every_filtered_sheet_filters_exactly_its_one_table(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    path = str(REPO / "examples" / "fintech-type2" / "assessment.yaml")
    assert run("report", path, "--format", "xlsx", "--as-of", AS_OF, "-o", str(out)).exit_code == 0
    wb = openpyxl.load_workbook(out)
    summary, categories = wb["Summary"], wb["Categories"]
    assert summary.auto_filter.ref is None  # a list of facts, no table to filter
    assert [c.value for c in summary["A"]][:3] == ["Item", "Draft", "Organisation"]
    assert [c.value for c in categories[1]] == [
        "Category",
        "Type I readiness",
        "Type II readiness",
        "Criteria ready",
        "Criteria in scope",
    ]
    titles = [r[0] for r in categories.iter_rows(min_row=2, values_only=True)]
    assert titles == ["Security", "Availability", "Processing integrity", "Confidentiality"]
    assert categories.auto_filter.ref == "A1:E5"
    for ws in wb.worksheets:
        if ws.auto_filter.ref:
            header = [c.value for c in ws[1]]
            last_row = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value is not None)
            if ws.title == "Frameworks":  # a note two rows under the table
                last_row -= 2
            width = len([h for h in header if h is not None])
            assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(width)}{last_row}"
