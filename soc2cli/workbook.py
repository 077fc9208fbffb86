"""Spreadsheets: openpyxl (an optional dependency) and the one way tables are written to a sheet.

Shared by the xlsx report and the questionnaire workbook.
"""

from __future__ import annotations

import io
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
) -> None:
    """A table with a frozen, filtered header row, set widths and colour-coded status cells."""
    from openpyxl.styles import Alignment, Font, PatternFill

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
    ws.auto_filter.ref = ws.dimensions


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return value


def to_bytes(wb: Any) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
