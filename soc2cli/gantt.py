"""The remediation plan on a date axis, for the HTML report's timeline: geometry only, no words.

Pure: a plan -> positions in an SVG's user units. The template names every row and
marker from its ``kind`` and draws it; the dates stay dates so the template can print them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from soc2cli.dates import add_months
from soc2cli.report import Plan

WIDTH = 960  # the SVG's user-unit width; it scales to the page
LABELS = 250  # the left column that holds the row names
RIGHT = 16
ROW = 26  # a row holds a 16-unit bar, 5 units below the row's top
MARKER_LINE = 14  # one line of marker labels above the rows
AXIS = 38  # month and year labels under the rows

BarKind = Literal["phase", "type1_audit", "observation"]
MarkerKind = Literal["as_of", "target", "report"]


@dataclass(frozen=True)
class Bar:
    """One row: a phase of the plan, the Type I audit or the Type II observation period."""

    kind: BarKind
    number: int  # the phase's place in the plan, 1-based; 0 for the other rows
    name: str  # the phase's name; empty for the other rows
    start: date
    end: date
    x: float
    width: float
    y: float


@dataclass(frozen=True)
class Tick:
    """The first day of a month on the axis; ``label`` when its name is printed under it."""

    day: date
    x: float
    label: bool
    year: bool  # print the year under the month name (January, and the first labelled month)


@dataclass(frozen=True)
class Marker:
    """A vertical line across the rows: the plan date, the target date or the report date."""

    kind: MarkerKind
    day: date
    x: float
    label_y: float
    anchor: Literal["start", "middle", "end"]


@dataclass(frozen=True)
class Gantt:
    width: int
    height: float
    left: int  # where the date axis starts
    right: float  # where it ends
    top: float  # the first row's top
    bottom: float  # the last row's bottom
    start: date
    end: date
    bars: list[Bar]
    ticks: list[Tick]
    markers: list[Marker]
    window: Bar | None  # the observation period, shaded behind every row
    target_missed: bool


def _rows(plan: Plan) -> list[tuple[BarKind, int, str, date, date]]:
    rows: list[tuple[BarKind, int, str, date, date]] = [
        ("phase", i, p.name, p.start, p.end) for i, p in enumerate(plan.phases, start=1)
    ]
    if plan.type2 is not None:
        rows.append(
            ("observation", 0, "", plan.type2.observation_start, plan.type2.observation_end)
        )
    else:
        rows.append(("type1_audit", 0, "", plan.type1_ready_date, plan.type1_report_date))
    return rows


def _markers(plan: Plan) -> list[tuple[MarkerKind, date]]:
    report_date = plan.type2.report_date if plan.type2 is not None else plan.type1_report_date
    found: list[tuple[MarkerKind, date]] = [("as_of", plan.as_of), ("report", report_date)]
    if plan.target_date is not None:
        found.append(("target", plan.target_date))
    return sorted(found, key=lambda m: m[1])


def _label_step(months: int) -> int:
    """Print every month's name on a short axis, every second, third or sixth on a long one."""
    for limit, step in ((12, 1), (24, 2), (48, 3)):
        if months <= limit:
            return step
    return 6


def _ticks(start: date, end: date, x: Callable[[date], float]) -> list[Tick]:
    """The first day of every month from ``start`` to ``end``, both included."""
    days = []
    cursor = start
    while cursor <= end:
        days.append(cursor)
        cursor = add_months(cursor, 1)
    step = _label_step(len(days) - 1)
    last = len(days) - 1  # it closes the axis: the month after it is not drawn, so no name
    return [
        Tick(
            day, x(day), i % step == 0 and i < last, i % step == 0 and (i == 0 or day.month <= step)
        )
        for i, day in enumerate(days)
    ]


def gantt(plan: Plan) -> Gantt:
    """The plan's phases, audit or observation period and milestones on one month-ticked axis."""
    rows = _rows(plan)
    markers = _markers(plan)
    days = [d for row in rows for d in row[3:]] + [d for _, d in markers]
    start = min(days).replace(day=1)
    end = add_months(max(days).replace(day=1), 1)
    span = max((end - start).days, 1)
    right = WIDTH - RIGHT

    def x(day: date) -> float:
        return round(LABELS + (day - start).days / span * (right - LABELS), 1)

    top = MARKER_LINE * len(markers) + 8
    bars = [
        Bar(kind, n, name, s, e, x(s), max(round(x(e) - x(s), 1), 2.0), top + i * ROW + 5)
        for i, (kind, n, name, s, e) in enumerate(rows)
    ]
    placed = []
    for i, (kind, day) in enumerate(markers):
        at = x(day)
        # Labels near either end of the axis grow inwards, so they stay inside the drawing.
        anchor: Literal["start", "middle", "end"] = (
            "start" if at < LABELS + 60 else "end" if at > right - 60 else "middle"
        )
        placed.append(Marker(kind, day, at, MARKER_LINE * (i + 1) - 3, anchor))
    bottom = top + len(rows) * ROW
    return Gantt(
        width=WIDTH,
        height=bottom + AXIS,
        left=LABELS,
        right=right,
        top=top,
        bottom=bottom,
        start=start,
        end=end,
        bars=bars,
        ticks=_ticks(start, end, x),
        markers=placed,
        window=next((b for b in bars if b.kind == "observation"), None),
        target_missed=plan.meets_target is False,
    )
