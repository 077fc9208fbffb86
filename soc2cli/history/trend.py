"""Readiness replayed over a file's revisions: points, a forecast and a stall check. No I/O.

Each point is the report of that revision, scored with today's catalogue as of the commit's date
(the committer date's calendar day, in the committer's time zone): ``soc2 report --as-of DATE`` on
the file as that commit left it gives the same figures. The as-of date matters for Type II, whose
observation window and evidence slots depend on it.

A revision's parse and score are cached by (content id, as-of date), so a history that goes back
and forth between a few versions costs a few scores; distinct scores spread over worker processes.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import re
import signal
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from soc2cli.dates import target_status
from soc2cli.errors import InputError, Soc2Error, UsageError
from soc2cli.history.revisions import Revision

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue
    from soc2cli.report import Report

FORECAST_WINDOW_DAYS = 90
FORECAST_HORIZON_DAYS = 3650
# Below this many scores a pool costs more to start than it saves.
PARALLEL_MIN_SCORES = 32
MAX_WORKERS = 8
REPORT_TYPE_NAMES = {"type1": "Type I", "type2": "Type II"}


@dataclass(frozen=True)
class Score:
    """The figures a point takes from one revision's report."""

    report_type: str
    readiness: float
    readiness_type1: float
    readiness_type2: float
    gaps: frozenset[str]
    answered: int
    applicable: int
    draft: bool
    target_date: date | None


@dataclass(frozen=True)
class Problem:
    """Why a revision does not parse, with its place in the file (formatted per revision)."""

    message: str
    line: int | None = None
    column: int | None = None
    key_path: str | None = None

    def describe(self, path: str) -> str:
        located = InputError(
            self.message, file=path, line=self.line, column=self.column, key_path=self.key_path
        ).format()
        return " ".join(located.split())


@dataclass(frozen=True)
class TrendPoint:
    """Readiness after one commit, equal to the report of that revision as of ``as_of``."""

    commit: str
    committed_at: datetime
    author: str
    subject: str
    path: str
    report_type: str
    readiness: float
    """Readiness for the scope's report type at this revision."""
    readiness_type1: float
    readiness_type2: float
    gaps: int
    answered: int
    applicable: int
    draft: bool
    target_date: date | None
    gaps_opened: tuple[str, ...]
    """Gaps (by control id) not in the previous point; every gap for the first point."""
    gaps_closed: tuple[str, ...]

    @property
    def as_of(self) -> date:
        return self.committed_at.date()

    def readiness_for(self, report_type: str) -> float:
        return self.readiness_type2 if report_type == "type2" else self.readiness_type1


@dataclass(frozen=True)
class Skipped:
    """A revision left out of the trend, with the one-line reason."""

    commit: str
    committed_at: datetime
    author: str
    path: str
    reason: str

    @property
    def as_of(self) -> date:
        return self.committed_at.date()


@dataclass(frozen=True)
class Forecast:
    """When readiness reaches 100 % at the recent pace, against the scope's target date.

    The pace is the least-squares slope of readiness (the latest scope's report type) against
    time over the points of the last ``window_days`` days up to the latest point; the date is the
    latest point's date plus the days the remaining distance takes at that pace.
    """

    report_type: str | None
    readiness: float | None
    window_days: int
    points_used: int
    pace_per_week: float | None
    """Readiness gained per week (a fraction: 0.02 is 2 points a week)."""
    reaches_full_on: date | None
    target_date: date | None
    on_track: bool | None
    note: str


@dataclass(frozen=True)
class Stall:
    """Whether readiness has risen over the ``days`` days up to ``as_of``.

    Stalled means no net progress: readiness on ``as_of`` (that of the latest point on or before
    it) is not above readiness on ``since`` (the latest point on or before ``as_of - days``). A
    history younger than ``days`` days, or readiness at 100 %, is never stalled.
    """

    days: int
    as_of: date
    since: date
    stalled: bool
    report_type: str | None
    readiness_then: float | None
    readiness_now: float | None
    last_rise: date | None
    note: str


@dataclass(frozen=True)
class Trend:
    """The points in the selected period, what was skipped in it, and the forecast."""

    points: tuple[TrendPoint, ...]
    skipped: tuple[Skipped, ...]
    forecast: Forecast
    history: tuple[TrendPoint, ...] = field(default=())
    """Every point, before --since/--until: the stall check looks at the whole history."""
    since: date | None = None
    until: date | None = None


def type_name(report_type: str | None) -> str:
    return REPORT_TYPE_NAMES.get(report_type or "", report_type or "")


def _percent(value: float) -> str:
    return f"{round(value * 100):d} %"


def summarise(report: Report, target_date: date | None = None) -> Score:
    """The figures of a report that a point carries (the target date comes from the scope)."""
    s = report.summary
    return Score(
        report_type=s.report_type.value,
        readiness=s.readiness,
        readiness_type1=s.type1.readiness,
        readiness_type2=s.type2.readiness,
        gaps=frozenset(g.control for g in report.gaps),
        answered=s.answered,
        applicable=s.applicable,
        draft=s.draft,
        target_date=target_date,
    )


_Job = tuple[str, str, tuple[date, ...]]
_Outcome = tuple[str, dict[date, Score] | Problem]


def _score_blob(job: _Job, catalogue: Catalogue, tool_version: str) -> _Outcome:
    """Parse one distinct text once and score it as of each date it needs."""
    from soc2cli.assessment import parse_assessment
    from soc2cli.scoring import score

    key, text, dates = job
    try:
        assessment = parse_assessment(text, "", catalogue)
    except Soc2Error as exc:
        if isinstance(exc, InputError):
            return key, Problem(exc.message, exc.line, exc.column, exc.key_path)
        return key, Problem(str(exc))
    target = assessment.scope.target_date
    return key, {
        as_of: summarise(
            score(catalogue, assessment, as_of=as_of, tool_version=tool_version), target
        )
        for as_of in dates
    }


_worker_state: tuple[Catalogue, str] | None = None


def _init_worker(catalogue: Catalogue, tool_version: str) -> None:
    global _worker_state
    _worker_state = (catalogue, tool_version)
    # Ctrl-C is the parent's to handle (exit 130, one line); workers just stop with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_job(job: _Job) -> _Outcome:
    assert _worker_state is not None
    return _score_blob(job, *_worker_state)


def _cpu_count() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _worker_count(workers: int | None, scores: int) -> int:
    if workers is not None:
        return max(1, workers)
    if scores < PARALLEL_MIN_SCORES:
        return 1
    return max(1, min(_cpu_count(), MAX_WORKERS))


def _run_jobs(
    jobs: list[_Job], catalogue: Catalogue, tool_version: str, workers: int | None
) -> dict[str, dict[date, Score] | Problem]:
    count = _worker_count(workers, sum(len(j[2]) for j in jobs))
    if count > 1 and len(jobs) > 1:
        # fork shares the loaded catalogue without pickling it; elsewhere the default method.
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
        import soc2cli.assessment
        import soc2cli.scoring  # noqa: F401  (imported once here, inherited by every worker)

        # Children inherit the parent's heap: frozen, their collector leaves it alone instead of
        # walking (and so copying) every inherited object again and again.
        gc.freeze()
        try:
            pool = ProcessPoolExecutor(
                max_workers=min(count, len(jobs)),
                mp_context=context,
                initializer=_init_worker,
                initargs=(catalogue, tool_version),
            )
            finished = False
            try:
                # Small chunks: later revisions are larger, and no worker should idle at the end.
                chunk = max(1, min(8, len(jobs) // (count * 4)))
                outcomes = dict(pool.map(_worker_job, jobs, chunksize=chunk))
                finished = True
                return outcomes
            finally:
                # Interrupted or failed: drop the queued work instead of waiting for it.
                pool.shutdown(wait=finished, cancel_futures=not finished)
        except (OSError, BrokenProcessPool, TypeError, AttributeError):
            # A pool that cannot start, or cannot hand over the work, falls back to one process.
            pass  # no processes here (a sandbox, a frozen binary): the same work in-process
        finally:
            gc.unfreeze()
    return dict(_score_blob(job, catalogue, tool_version) for job in jobs)


def replay(
    revisions: Sequence[Revision],
    catalogue: Catalogue,
    *,
    tool_version: str,
    workers: int | None = None,
) -> tuple[list[TrendPoint], list[Skipped]]:
    """One point per revision that parses, in the order given; the others as skipped.

    ``workers``: processes to score with; None picks the CPU count for long histories.
    """
    texts: dict[str, str] = {}
    dates: dict[str, set[date]] = {}
    for rev in revisions:
        if rev.text is not None:
            texts.setdefault(rev.key, rev.text)
            dates.setdefault(rev.key, set()).add(rev.as_of)
    jobs = [(key, texts[key], tuple(sorted(dates[key]))) for key in texts]
    outcomes = _run_jobs(jobs, catalogue, tool_version, workers)

    points: list[TrendPoint] = []
    skipped: list[Skipped] = []
    previous: frozenset[str] | None = None
    for rev in revisions:
        outcome = outcomes.get(rev.key) if rev.text is not None else None
        if outcome is None or isinstance(outcome, Problem):
            reason = (
                outcome.describe(rev.path)
                if isinstance(outcome, Problem)
                else f"{rev.path}: {rev.problem or 'no text'}"
            )
            skipped.append(Skipped(rev.commit, rev.committed_at, rev.author, rev.path, reason))
            continue
        s = outcome[rev.as_of]
        opened = s.gaps if previous is None else s.gaps - previous
        closed = frozenset() if previous is None else previous - s.gaps
        points.append(
            TrendPoint(
                commit=rev.commit,
                committed_at=rev.committed_at,
                author=rev.author,
                subject=rev.subject,
                path=rev.path,
                report_type=s.report_type,
                readiness=s.readiness,
                readiness_type1=s.readiness_type1,
                readiness_type2=s.readiness_type2,
                gaps=len(s.gaps),
                answered=s.answered,
                applicable=s.applicable,
                draft=s.draft,
                target_date=s.target_date,
                gaps_opened=tuple(sorted(opened)),
                gaps_closed=tuple(sorted(closed)),
            )
        )
        previous = s.gaps
    return points, skipped


def _within(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


class _Projection(NamedTuple):
    """What a forecast found, before the target date is weighed: a date or the reason for none."""

    reached: date | None
    pace: float | None
    used: int
    note: str


def forecast(
    points: Sequence[TrendPoint],
    *,
    window_days: int = FORECAST_WINDOW_DAYS,
    horizon_days: int = FORECAST_HORIZON_DAYS,
) -> Forecast:
    """The date readiness reaches 100 % at the pace of the last ``window_days`` days."""
    if not points:
        return Forecast(
            None, None, window_days, 0, None, None, None, None, "No forecast: no points."
        )
    last = points[-1]
    if last.readiness_for(last.report_type) >= 1.0:
        projection = _already_full(points)
    else:
        projection = _project(points, window_days, horizon_days)
    return _verdict(last, window_days, projection)


def _verdict(last: TrendPoint, window_days: int, projection: _Projection) -> Forecast:
    """The forecast from a projection, with the note saying how it compares to the target."""
    reached, pace, used, note = projection
    target = last.target_date
    on_track = None if reached is None or target is None else reached <= target
    if reached is not None and target is not None:
        note += f"; target date {target.isoformat()}: {target_status(target, reached)}."
    elif target is not None:
        note += f"; target date {target.isoformat()}."
    else:
        note += "."
    kind = last.report_type
    current = last.readiness_for(kind)
    return Forecast(kind, current, window_days, used, pace, reached, target, on_track, note)


def _already_full(points: Sequence[TrendPoint]) -> _Projection:
    """Readiness is 100 % now: the date of the first point of the run that ends at the latest."""
    kind = points[-1].report_type
    first_full = points[-1]
    for point in reversed(points):
        if point.readiness_for(kind) < 1.0:
            break
        first_full = point
    note = f"Readiness ({type_name(kind)}) is 100 % since {first_full.as_of}"
    return _Projection(first_full.as_of, None, 0, note)


def _daily_slope(recent: Sequence[TrendPoint], kind: str, origin: datetime) -> float | None:
    """Least-squares readiness gained per day over ``recent``; None for fewer than two dates.

    Time is counted in days from ``origin`` (the latest point).
    """
    xs = [(p.committed_at - origin).total_seconds() / 86400 for p in recent]
    ys = [p.readiness_for(kind) for p in recent]
    mean_x = sum(xs) / len(xs)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if len(recent) < 2 or spread == 0:
        return None
    mean_y = sum(ys) / len(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def _project(points: Sequence[TrendPoint], window_days: int, horizon_days: int) -> _Projection:
    """When readiness reaches 100 % at the pace of the points in the last ``window_days`` days."""
    last = points[-1]
    kind = last.report_type
    name = type_name(kind)
    start = last.committed_at - timedelta(days=window_days)
    recent = [p for p in points if p.committed_at >= start]
    used = len(recent)
    slope = _daily_slope(recent, kind, last.committed_at)
    if slope is None:
        note = f"No forecast: fewer than two changes in the last {window_days} days"
        return _Projection(None, None, used, note)
    pace = slope * 7
    if slope <= 0:
        note = f"No forecast: readiness ({name}) has not risen over the last {window_days} days"
        return _Projection(None, pace, used, note)
    days = (1.0 - last.readiness_for(kind)) / slope
    if days > horizon_days:
        note = (
            f"No forecast: at the recent pace ({pace * 100:+.1f} points a week) readiness "
            f"({name}) is more than {horizon_days // 365} years from 100 %"
        )
        return _Projection(None, pace, used, note)
    # Rounded first, so float noise (69.99999999) does not add a day.
    reached = (last.committed_at + timedelta(days=math.ceil(round(days, 6)))).date()
    note = (
        f"At the recent pace ({pace * 100:+.1f} points a week over {used} changes in the "
        f"last {window_days} days) readiness ({name}) reaches 100 % around {reached.isoformat()}"
    )
    return _Projection(reached, pace, used, note)


_FAIL_ON = re.compile(r"^stall=(\d{1,5})d?$")


def stall_days(fail_on: str) -> int:
    """The days of ``--fail-on stall=DAYS`` (``stall=30`` or ``stall=30d``); UsageError otherwise."""
    match = _FAIL_ON.match(fail_on.strip().lower())
    if match is None or int(match.group(1)) < 1:
        raise UsageError(
            f"--fail-on: {fail_on!r} is not understood; expected stall=DAYS, e.g. stall=30d"
        )
    return int(match.group(1))


def stall(points: Sequence[TrendPoint], *, days: int, as_of: date) -> Stall:
    """Has readiness (the latest scope's report type) not risen in the ``days`` days to ``as_of``?"""
    if days < 1:
        raise UsageError("stall: the number of days must be 1 or more")
    since = as_of - timedelta(days=days)
    upto = [p for p in points if p.as_of <= as_of]
    if not upto:
        note = f"No readable revision on or before {as_of}: nothing to check."
        return Stall(days, as_of, since, False, None, None, None, None, note)
    kind = upto[-1].report_type
    name = type_name(kind)
    now = upto[-1].readiness_for(kind)
    before = [p for p in upto if p.as_of <= since]
    last_rise = None
    for prev, point in pairwise(upto):
        if point.readiness_for(kind) > prev.readiness_for(kind):
            last_rise = point.as_of
    if not before:
        note = (
            f"The history starts {upto[0].as_of}, less than {days} days before {as_of}: no stall."
        )
        return Stall(days, as_of, since, False, kind, None, now, last_rise, note)
    then = before[-1].readiness_for(kind)
    if now >= 1.0:
        note = f"Readiness ({name}) is 100 %: nothing left to rise."
        return Stall(days, as_of, since, False, kind, then, now, last_rise, note)
    stalled = now <= then
    if stalled:
        rise = f"; last rise {last_rise}" if last_rise else "; it has never risen"
        note = (
            f"Readiness ({name}) has not risen in {days} days: {_percent(then)} on {since}, "
            f"{_percent(now)} on {as_of}{rise}."
        )
    else:
        note = (
            f"Readiness ({name}) rose in the last {days} days: {_percent(then)} on {since}, "
            f"{_percent(now)} on {as_of}."
        )
    return Stall(days, as_of, since, stalled, kind, then, now, last_rise, note)


def build_trend(
    revisions: Sequence[Revision],
    catalogue: Catalogue,
    *,
    tool_version: str,
    since: date | None = None,
    until: date | None = None,
    workers: int | None = None,
    window_days: int = FORECAST_WINDOW_DAYS,
) -> Trend:
    """Replay ``revisions`` (oldest first) and keep the points dated ``since``..``until`` inclusive.

    Gaps opened and closed compare with the previous point even when it falls before ``since``;
    the forecast reads the kept points.
    """
    if since is not None and until is not None and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    points, skipped = replay(revisions, catalogue, tool_version=tool_version, workers=workers)
    kept = tuple(p for p in points if _within(p.as_of, since, until))
    return Trend(
        points=kept,
        skipped=tuple(s for s in skipped if _within(s.as_of, since, until)),
        forecast=forecast(kept, window_days=window_days),
        history=tuple(points),
        since=since,
        until=until,
    )
