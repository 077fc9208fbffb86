"""Spreadsheets: openpyxl (an optional dependency) and the one way tables are written to a sheet.

Shared by the xlsx report and the questionnaire workbook.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any

from soc2cli.errors import UsageError

STATUS_FILLS = {
    "missing": "F4CCCC",
    "partial": "FCE5CD",  # a partly covered criterion shares the partial control's colour
    "implemented": "FFF2CC",
    "operating": "B6D7A8",
    "unanswered": "FFFFFF",
    "not_applicable": "EEEEEE",
    "unknown": "CFE2F3",
    "ready": "B6D7A8",
    "gap": "F4CCCC",
    "excluded": "EEEEEE",
}


def openpyxl() -> ModuleType:
    """openpyxl, imported on first use; a UsageError naming the extra when it is not installed."""
    try:
        import openpyxl
    except ImportError:
        raise UsageError(
            "the xlsx format needs openpyxl: pip install 'soc2cli[xlsx]' (or pip install openpyxl)"
        ) from None
    return openpyxl


def write_sheet(
    ws: Any,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    widths: Sequence[int],
    status_columns: Sequence[int] = (),
    filtered: bool = True,
) -> None:
    """A table with a frozen header row, set widths and colour-coded status cells; ``filtered``
    puts a filter over the table's columns and rows (a sheet holds one filter, one table)."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    for row in rows:
        ws.append([_plain(v) for v in row])
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=index).column_letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text a user typed is never a formula
        for column in status_columns:
            cell = row[column - 1]
            # Answer labels read "Implemented, documented": the first words name the colour.
            key = str(cell.value).split(",")[0].strip().lower().replace(" ", "_")
            fill = STATUS_FILLS.get(key)
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
    ws.freeze_panes = "A2"
    if filtered:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{ws.max_row}"


# Characters a worksheet cannot hold (openpyxl refuses them): dropped, never a crash.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        value = "\n".join(str(v) for v in value)
    if isinstance(value, str):
        return _ILLEGAL.sub("", value)
    return value


def to_bytes(wb: Any) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# Excel refuses a header or footer longer than this (formatting codes included).
_HEADER_LIMIT = 250


def _header_text(text: str) -> str:
    """Text for a printed header or footer: '&' starts a formatting code there, so it is doubled."""
    flat = " ".join(text.split())
    if len(flat) > _HEADER_LIMIT // 2:
        flat = flat[: _HEADER_LIMIT // 2 - 1] + "…"
    return flat.replace("&", "&&")


def brand_workbook(wb: Any, *, firm: str, disclaimer: str) -> None:
    """Name the firm in the workbook's properties and in every sheet's printed header, and put the
    disclaimer in the printed footer and the description."""
    title = wb.properties.title or "SOC 2 readiness"
    wb.properties.title = f"{title} (prepared by {firm})"
    tool = wb.properties.creator
    wb.properties.creator = f"{firm} ({tool})" if tool else firm
    if disclaimer:
        wb.properties.description = disclaimer
    for ws in wb.worksheets:
        ws.oddHeader.left.text = _header_text(f"Prepared by {firm}")
        ws.oddHeader.right.text = "&A"  # the sheet's name
        if disclaimer:
            ws.oddFooter.left.text = _header_text(disclaimer)
        ws.oddFooter.right.text = "Page &P of &N"
