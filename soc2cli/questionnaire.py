"""The spreadsheet questionnaire: export the applicable questions, read answers back, validate, merge."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from soc2cli import files
from soc2cli.applicability import applicable_controls
from soc2cli.assessment import Answer, Assessment
from soc2cli.catalogue import Catalogue
from soc2cli.errors import InputError
from soc2cli.labels import STATUS_MEANING
from soc2cli.vocabulary import Status
from soc2cli.workbook import openpyxl, to_bytes, write_sheet

SHEET = "Questionnaire"
HEADER = [
    "Control",
    "Section",
    "Title",
    "Question",
    "What good looks like",
    "What an auditor asks to see",
    "Status",
    "Notes",
    "Owner",
    "Written down",
]
# Workbooks exported before "Written down" had its own column end at Owner.
LEGACY_HEADER = HEADER[:-1]
STATUS_COLUMN = HEADER.index("Status") + 1
WRITTEN_COLUMN = HEADER.index("Written down") + 1
LADDER = [s.value for s in Status]
# The old single ladder, still understood in the Status column: (status, written down).
LEGACY_STATUS = {"documented": (Status.implemented, True)}
YES_NO = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False, "": None}


def export(catalogue: Catalogue, assessment: Assessment) -> bytes:
    """A workbook with one row per applicable control, pre-filled with the saved answers."""
    wb = openpyxl().Workbook()
    ws = wb.active
    ws.title = SHEET
    _questions(ws, catalogue, assessment)
    guide = wb.create_sheet("How to answer")
    lines = [
        ["Status", "Meaning"],
        *([status.value, meaning] for status, meaning in STATUS_MEANING.items()),
        ["", ""],
        ["Written down: yes when a policy, standard or procedure describes the control.", ""],
        ["Leave Status empty for questions you have not answered yet.", ""],
        [f"Organisation: {assessment.scope.organization}", ""],
    ]
    for line in lines:
        guide.append(line)
    guide.column_dimensions["A"].width = 60
    guide.column_dimensions["B"].width = 50
    return to_bytes(wb)


def _questions(ws: Any, catalogue: Catalogue, assessment: Assessment) -> None:
    """The question sheet, with drop-downs for Status and Written down."""
    from openpyxl.worksheet.datavalidation import DataValidation

    rows = []
    for control in applicable_controls(catalogue, assessment.scope):
        answer = assessment.answers.get(control.id)
        rows.append(
            [
                control.id,
                catalogue.domain_index[control.domain].title,
                control.title,
                control.question,
                control.guidance.good,
                control.guidance.auditor_asks,
                answer.status.value if answer else "",
                answer.notes if answer else "",
                (answer.owner if answer and answer.owner else ""),
                ("yes" if answer.documented else "no") if answer else "",
            ]
        )
    widths = [9, 24, 34, 60, 50, 45, 16, 45, 16, 14]
    write_sheet(ws, HEADER, rows, widths=widths, status_columns=[STATUS_COLUMN])
    last = max(2, len(rows) + 1)
    written = ws.cell(row=1, column=WRITTEN_COLUMN).column_letter
    yes_no = DataValidation(type="list", formula1='"yes,no"', allow_blank=True)
    yes_no.add(f"{written}2:{written}{last}")
    ws.add_data_validation(yes_no)
    letter = ws.cell(row=1, column=STATUS_COLUMN).column_letter
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(LADDER) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Status",
        error="Choose a status from the list.",
    )
    validation.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(validation)


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


@dataclass(frozen=True)
class Imported:
    answers: dict[str, Answer]
    errors: list[RowError]
    skipped: int


def _cell(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _rows(path: Path) -> list[tuple[Any, ...]]:
    """The rows of the questionnaire sheet of the workbook at ``path``."""
    try:
        data = files.load_bytes(path)
    except FileNotFoundError:
        raise InputError("questionnaire file not found", file=str(path)) from None
    except OSError as exc:
        raise InputError(
            f"not a readable .xlsx workbook ({type(exc).__name__})", file=str(path)
        ) from None
    try:
        wb = openpyxl().load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise InputError(
            f"not a readable .xlsx workbook ({type(exc).__name__})", file=str(path)
        ) from None
    try:
        if SHEET not in wb.sheetnames:
            raise InputError(
                f"no sheet named {SHEET!r}; export one with 'soc2 questionnaire export'",
                file=str(path),
            )
        try:
            return list(wb[SHEET].iter_rows(values_only=True))
        except Exception as exc:  # read-only mode parses the sheet's XML only now
            raise InputError(
                f"the {SHEET!r} sheet is damaged and cannot be read ({type(exc).__name__}); "
                "export a fresh one with 'soc2 questionnaire export'",
                file=str(path),
            ) from None
    finally:
        wb.close()


def read(path: Path, catalogue: Catalogue, *, now: Callable[[], datetime]) -> Imported:
    """Read and validate every row; each problem is reported with its row number."""
    rows = _rows(path)
    first = [_cell(v) for v in rows[0]] if rows else []
    legacy = first[: len(HEADER)] != HEADER and first[: len(LEGACY_HEADER)] == LEGACY_HEADER
    if not rows or (first[: len(HEADER)] != HEADER and not legacy):
        raise InputError(
            f"the first row of {SHEET!r} must be the header: {', '.join(HEADER)}", file=str(path)
        )
    answers: dict[str, Answer] = {}
    errors: list[RowError] = []
    skipped = 0
    stamp = now()
    for number, row in enumerate(rows[1:], start=2):
        values = [_cell(v) for v in row] + [""] * len(HEADER)
        if not any(values[: len(HEADER)]):
            continue
        if not values[STATUS_COLUMN - 1]:
            skipped += 1
            continue
        result = _answer(values, catalogue, legacy=legacy, seen=answers, stamp=stamp)
        if isinstance(result, str):
            errors.append(RowError(number, result))
        else:
            answers[values[0]] = result
    return Imported(answers=answers, errors=errors, skipped=skipped)


def _answer(
    values: list[str],
    catalogue: Catalogue,
    *,
    legacy: bool,
    seen: dict[str, Answer],
    stamp: datetime,
) -> Answer | str:
    """One row's answer, or what is wrong with it."""
    index = {name: i for i, name in enumerate(HEADER)}
    control_id, status = values[index["Control"]], values[index["Status"]]
    notes, owner = values[index["Notes"]], values[index["Owner"]]
    written = "" if legacy else values[index["Written down"]].lower()
    if catalogue.control(control_id) is None:
        return f"unknown control id {control_id!r}"
    if control_id in seen:
        return f"control {control_id} is answered twice"
    if written not in YES_NO:
        return f"{control_id}: Written down {written!r} is not yes or no"
    documented = YES_NO[written]
    if status in LEGACY_STATUS:
        status, documented = LEGACY_STATUS[status][0].value, True
    elif legacy and status == Status.operating.value:
        documented = True  # the old ladder's "operating" included documentation
    if status not in LADDER:
        return f"{control_id}: status {status!r} is not one of {', '.join(LADDER)}"
    if status == Status.not_applicable.value and not notes:
        return f"{control_id}: not_applicable needs a reason in Notes"
    return Answer(
        status=Status(status),
        documented=bool(documented) and status != Status.not_applicable.value,
        notes=notes,
        owner=owner or None,
        answered_at=stamp,
    )


def merge(assessment: Assessment, imported: dict[str, Answer]) -> tuple[Assessment, int]:
    """Apply imported answers; returns the new assessment and how many answers changed.

    Empty notes or owner in the sheet keep what the file already had.
    """
    answers = dict(assessment.answers)
    changed = 0
    for control_id, new in imported.items():
        old = answers.get(control_id)
        if (
            old is not None
            and old.status == new.status
            and old.documented == new.documented
            and (not new.notes or new.notes == old.notes)
            and (not new.owner or new.owner == old.owner)
        ):
            continue  # unchanged: keep the original answer and its timestamp
        answers[control_id] = new.model_copy(
            update={
                "notes": new.notes or (old.notes if old else ""),
                "owner": new.owner or (old.owner if old else None),
            }
        )
        changed += 1
    return assessment.model_copy(update={"answers": answers}), changed
