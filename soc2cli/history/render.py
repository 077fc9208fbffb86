"""Text renderings of a trend (md, csv, json, html) and of one control's answer log."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, assert_never

from soc2cli.history.log import AnswerChange, AnswerLog, AnswerState
from soc2cli.history.trend import Forecast, Skipped, Stall, Trend, TrendPoint, type_name

TREND_JSON_SCHEMA_VERSION = 1
SHORT_COMMIT = 10


class TrendFormat(StrEnum):
    md = "md"
    csv = "csv"
    json = "json"
    html = "html"


def render_trend(trend: Trend, fmt: TrendFormat, *, file: str, stall: Stall | None = None) -> str:
    """Render ``trend`` of ``file``; ``stall`` adds the result of a stall check when one was asked."""
    match fmt:
        case TrendFormat.md:
            return trend_markdown(trend, file=file, stall=stall)
        case TrendFormat.csv:
            return trend_csv(trend)
        case TrendFormat.json:
            return trend_json(trend, file=file, stall=stall)
        case TrendFormat.html:
            return trend_html(trend, file=file, stall=stall)
        case _:
            assert_never(fmt)


def _pct(value: float) -> str:
    return f"{round(value * 100):d} %"


def _short(commit: str) -> str:
    return commit[:SHORT_COMMIT]


def _period(trend: Trend) -> str:
    if not trend.points:
        return "no points"
    first, last = trend.points[0].as_of, trend.points[-1].as_of
    return f"{first}" if first == last else f"{first} to {last}"


def _headline(trend: Trend) -> str:
    count = len(trend.points)
    line = f"{count} {'point' if count == 1 else 'points'}, one per commit that changed the file"
    line += f", {_period(trend)}" if trend.points else ""
    if trend.since or trend.until:
        line += f" (selected: {trend.since or 'start'} to {trend.until or 'latest'})"
    if trend.skipped:
        skipped = len(trend.skipped)
        line += f"; {skipped} {'commit' if skipped == 1 else 'commits'} skipped (no readable assessment)"
    if trend.points:
        last = trend.points[-1]
        line += (
            f". Latest: {type_name(last.report_type)} readiness {_pct(last.readiness)}, "
            f"{last.gaps} gaps, {last.answered} of {last.applicable} applicable controls answered"
        )
    return line + "."


# --- Markdown ---------------------------------------------------------------------------------


def trend_markdown(trend: Trend, *, file: str, stall: Stall | None = None) -> str:
    """A table with one row per point, the forecast line, the stall check and the skipped commits."""
    from soc2cli.templating import md_escape

    out = [f"## Readiness trend: {md_escape(file)}", "", _headline(trend), ""]
    if trend.points:
        out += [
            "| date | commit | author | Type I | Type II | gaps | opened | closed | answered |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for p in trend.points:
            out.append(
                f"| {p.as_of} | `{_short(p.commit)}` | {md_escape(p.author)} "
                f"| {_pct(p.readiness_type1)} | {_pct(p.readiness_type2)} | {p.gaps} "
                f"| {len(p.gaps_opened)} | {len(p.gaps_closed)} | {p.answered}/{p.applicable} |"
            )
        out.append("")
    out += [f"**Forecast:** {trend.forecast.note}", ""]
    if stall is not None:
        flag = "⚠️ " if stall.stalled else ""
        out += [f"**Stall check ({stall.days} days):** {flag}{stall.note}", ""]
    if trend.skipped:
        out += ["**Skipped** (no readable assessment at these commits):", ""]
        out += [
            f"- {s.as_of} `{_short(s.commit)}` {md_escape(s.author)}: {md_escape(s.reason)}"
            for s in trend.skipped
        ]
        out.append("")
    return "\n".join(out)


# --- CSV --------------------------------------------------------------------------------------

CSV_HEADER = [
    "date",
    "commit",
    "author",
    "path",
    "report_type",
    "readiness",
    "readiness_type1",
    "readiness_type2",
    "gaps",
    "gaps_opened",
    "gaps_closed",
    "answered",
    "applicable",
    "draft",
]


def _cell(value: str) -> str:
    # Spreadsheets execute cells starting with these characters as formulas.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def trend_csv(trend: Trend) -> str:
    """One row per point; readiness as fractions 0-1 as in the JSON; skipped commits left out."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for p in trend.points:
        writer.writerow(
            [
                p.as_of.isoformat(),
                p.commit,
                _cell(p.author),
                _cell(p.path),
                p.report_type,
                p.readiness,
                p.readiness_type1,
                p.readiness_type2,
                p.gaps,
                " ".join(p.gaps_opened),
                " ".join(p.gaps_closed),
                p.answered,
                p.applicable,
                "yes" if p.draft else "no",
            ]
        )
    return out.getvalue()


# --- JSON -------------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def point_document(p: TrendPoint) -> dict[str, Any]:
    return {
        "commit": p.commit,
        "date": p.as_of.isoformat(),
        "committed_at": p.committed_at.isoformat(),
        "author": p.author,
        "subject": p.subject,
        "path": p.path,
        "report_type": p.report_type,
        "readiness": p.readiness,
        "readiness_type1": p.readiness_type1,
        "readiness_type2": p.readiness_type2,
        "gaps": p.gaps,
        "gaps_opened": list(p.gaps_opened),
        "gaps_closed": list(p.gaps_closed),
        "answered": p.answered,
        "applicable": p.applicable,
        "draft": p.draft,
        "target_date": _iso(p.target_date),
    }


def skipped_document(s: Skipped) -> dict[str, Any]:
    return {
        "commit": s.commit,
        "date": s.as_of.isoformat(),
        "author": s.author,
        "path": s.path,
        "reason": s.reason,
    }


def forecast_document(f: Forecast) -> dict[str, Any]:
    return {
        "report_type": f.report_type,
        "readiness": f.readiness,
        "method": "least_squares",
        "window_days": f.window_days,
        "points_used": f.points_used,
        "pace_per_week": f.pace_per_week,
        "reaches_full_on": _iso(f.reaches_full_on),
        "target_date": _iso(f.target_date),
        "on_track": f.on_track,
        "note": f.note,
    }


def stall_document(s: Stall) -> dict[str, Any]:
    return {
        "days": s.days,
        "as_of": s.as_of.isoformat(),
        "since": s.since.isoformat(),
        "stalled": s.stalled,
        "report_type": s.report_type,
        "readiness_then": s.readiness_then,
        "readiness_now": s.readiness_now,
        "last_rise": _iso(s.last_rise),
        "note": s.note,
    }


def trend_document(trend: Trend, *, file: str, stall: Stall | None = None) -> dict[str, Any]:
    return {
        "schema_version": TREND_JSON_SCHEMA_VERSION,
        "file": file,
        "since": _iso(trend.since),
        "until": _iso(trend.until),
        "points": [point_document(p) for p in trend.points],
        "skipped": [skipped_document(s) for s in trend.skipped],
        "forecast": forecast_document(trend.forecast),
        "stall": stall_document(stall) if stall is not None else None,
    }


def trend_json(trend: Trend, *, file: str, stall: Stall | None = None) -> str:
    doc = trend_document(trend, file=file, stall=stall)
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# --- HTML -------------------------------------------------------------------------------------

WIDTH, HEIGHT = 760, 280
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 40


@dataclass(frozen=True)
class _Marker:
    x: float
    y: float
    label: str


@dataclass(frozen=True)
class _Chart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    grid: list[tuple[float, str]]
    ticks: list[tuple[float, str, str]]
    type1: str
    type2: str
    markers1: list[_Marker]
    markers2: list[_Marker]


def _chart(points: tuple[TrendPoint, ...]) -> _Chart:
    """Plot coordinates, computed here so the template only places numbers and escaped text."""
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    stamps = [p.committed_at.timestamp() for p in points]
    low, high = (min(stamps), max(stamps)) if stamps else (0.0, 0.0)

    def x_of(stamp: float) -> float:
        if high == low:
            return LEFT + plot_w / 2
        return round(LEFT + (stamp - low) / (high - low) * plot_w, 1)

    def y_of(value: float) -> float:
        return round(TOP + (1 - max(0.0, min(1.0, value))) * plot_h, 1)

    grid = [(y_of(v / 4), f"{v * 25} %") for v in range(5)]
    ticks: list[tuple[float, str, str]] = []
    if points:
        picks = sorted({0, len(points) - 1, *(round(i * (len(points) - 1) / 4) for i in range(5))})
        last_x = -1000.0
        for i in picks:
            x = x_of(stamps[i])
            if x - last_x >= 80:  # labels must not overlap
                # The end labels hang inward so they stay inside the picture.
                anchor = "start" if x < LEFT + 40 else "end" if x > WIDTH - RIGHT - 40 else "middle"
                ticks.append((x, points[i].as_of.isoformat(), anchor))
                last_x = x

    def line(kind: str) -> tuple[str, list[_Marker]]:
        markers = [
            _Marker(
                x_of(s),
                y_of(p.readiness_for(kind)),
                f"{p.as_of} {_short(p.commit)} {p.author}: {type_name(kind)} "
                f"{_pct(p.readiness_for(kind))}",
            )
            for p, s in zip(points, stamps, strict=True)
        ]
        return " ".join(f"{m.x},{m.y}" for m in markers), markers

    type1, markers1 = line("type1")
    type2, markers2 = line("type2")
    return _Chart(
        WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, grid, ticks, type1, type2, markers1, markers2
    )


def trend_html(trend: Trend, *, file: str, stall: Stall | None = None) -> str:
    """A self-contained page: the Type I and Type II lines in inline SVG, the table, the forecast."""
    from soc2cli.templating import render_template

    return render_template(
        "html",
        "trend.html.j2",
        file=file,
        headline=_headline(trend),
        trend=trend,
        chart=_chart(trend.points),
        stall=stall,
        short=SHORT_COMMIT,
    )


# --- soc2 log ---------------------------------------------------------------------------------


def _plain(value: str) -> str:
    """One line of user text with control characters (terminal escapes among them) removed."""
    kept = "".join(" " if unicodedata.category(c) == "Cc" else c for c in value)
    return " ".join(kept.split())


def _state(state: AnswerState | None) -> str:
    return state.status if state is not None else "(no answer)"


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _change_line(change: AnswerChange) -> str:
    parts = [f"{_state(change.old)} → {_state(change.new)}"]
    if change.old is None and change.new is not None:
        parts.append(f"documented: {_yes_no(change.new.documented)}")
    elif change.documented_changed and change.old is not None and change.new is not None:
        parts.append(
            f"documented: {_yes_no(change.old.documented)} → {_yes_no(change.new.documented)}"
        )
    if change.notes_changed:
        notes = change.new.notes if change.new is not None else ""
        parts.append(f'notes: "{_plain(notes)}"' if notes.strip() else "notes: removed")
    head = f"{change.as_of}  {_short(change.commit)}  {_plain(change.author)}"
    return f"{head}  " + "; ".join(parts)


def log_text(log: AnswerLog, *, file: str) -> str:
    """One line per change: date, commit, author, old → new status, documented flag, notes."""
    count = len(log.changes)
    noun = "change" if count == 1 else "changes"
    lines = [
        f"{log.control}: {count} {noun} to the answer in {log.revisions} commits "
        f"that changed {_plain(file)}"
    ]
    lines += [_change_line(c) for c in log.changes]
    for s in log.skipped:
        lines.append(
            f"{s.as_of}  {_short(s.commit)}  {_plain(s.author)}  skipped: {_plain(s.reason)}"
        )
    return "\n".join(lines) + "\n"
