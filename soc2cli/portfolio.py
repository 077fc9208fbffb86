"""The consultant's portfolio: one row per client assessment, most at risk first (SPEC 7.3).

A row's figures are read from that file's own report, scored exactly as ``soc2 report`` scores it
(same catalogue, same as-of date), so the two never disagree. Files that are not assessments, and
assessments that do not load, are skipped with a one-line reason. A large portfolio is scored in
worker processes; all disk access goes through ``soc2cli.files``.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from soc2cli import files
from soc2cli.dates import target_status
from soc2cli.errors import InputError, Soc2Error
from soc2cli.evidence import due_occurrences
from soc2cli.vocabulary import SlotStatus

if TYPE_CHECKING:
    from soc2cli.assessment import Assessment
    from soc2cli.catalogue import Catalogue
    from soc2cli.report import Report

ASSESSMENT_SUFFIXES = (".yaml", ".yml")
POLICIES_FOLDER = "policies"
DUE_WITHIN_DAYS = 30
STALE_AFTER_DAYS = 90
# Below this many files a pool costs more to start than it saves.
PARALLEL_MIN_FILES = 16
MAX_WORKERS = 8
_SCOPE_KEY = re.compile(r"^scope\s*:", re.MULTILINE)


@dataclass(frozen=True)
class CalendarEntry:
    """An evidence occurrence still due in a client's observation window, and what to collect."""

    due: date
    control: str
    title: str
    frequency: str
    slot: str
    collect: tuple[str, ...]
    owner: str = ""


@dataclass(frozen=True)
class ClientRow:
    """One client: the figures of its report that a consultant compares across clients."""

    file: str
    organization: str
    report_type: str
    readiness: float
    """Readiness for the client's own report type."""
    readiness_type1: float
    readiness_type2: float
    answered: int
    applicable: int
    draft: bool
    gaps: int
    target_date: date | None
    projected_date: date
    """When the report the scope asks for is projected (Type II: the end of the window + 6 weeks)."""
    at_risk: bool
    """The projected date misses the target date."""
    missed_by: str
    target_status: str
    """The projected date against the target in words ("on track, about 5 weeks to spare");
    empty without a target date."""
    evidence_due: int
    """Evidence occurrences due within the next 30 days."""
    evidence_overdue: int
    """Evidence occurrences whose period has ended with no evidence."""
    stale_answers: int
    """Answers to applicable controls recorded more than 90 days ago."""
    policy_reviews_overdue: int | None
    """None when no policies folder sits beside the assessment."""
    calendar: tuple[CalendarEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        """The row as the JSON format publishes it (the calendar goes to the .ics instead)."""
        return {
            "file": self.file,
            "organization": self.organization,
            "report_type": self.report_type,
            "readiness": self.readiness,
            "readiness_type1": self.readiness_type1,
            "readiness_type2": self.readiness_type2,
            "answered": self.answered,
            "applicable": self.applicable,
            "draft": self.draft,
            "gaps": self.gaps,
            "target_date": self.target_date.isoformat() if self.target_date else None,
            "projected_date": self.projected_date.isoformat(),
            "at_risk": self.at_risk,
            "missed_by": self.missed_by,
            "evidence_due": self.evidence_due,
            "evidence_overdue": self.evidence_overdue,
            "stale_answers": self.stale_answers,
            "policy_reviews_overdue": self.policy_reviews_overdue,
        }


@dataclass(frozen=True)
class Skipped:
    """A file left out of the portfolio, and why in one line."""

    file: str
    reason: str
    """One line that names the file (and the place in it, for a broken one)."""
    broken: bool
    """True for a file that looks like an assessment but does not load."""


@dataclass(frozen=True)
class Portfolio:
    as_of: date
    tool_version: str
    clients: list[ClientRow]
    skipped: list[Skipped]

    @property
    def at_risk(self) -> int:
        return sum(1 for c in self.clients if c.at_risk)


def client_row(
    file: str,
    assessment: Assessment,
    report: Report,
    policy_reviews_overdue: int | None,
    *,
    calendar: bool = True,
) -> ClientRow:
    """A client's row from its assessment and the report scored from it; with ``calendar``, the
    evidence occurrences still due, for the portfolio's .ics."""
    summary, plan = report.summary, report.plan
    projected = plan.type2.report_date if plan.type2 is not None else plan.type1_report_date
    at_risk = plan.meets_target is False
    status = target_status(plan.target_date, projected) if plan.target_date else ""
    horizon = plan.as_of + timedelta(days=DUE_WITHIN_DAYS)
    due = due_occurrences(report) if calendar else []
    collect = {c.id: tuple(c.operating_evidence) for c in report.controls} if calendar else {}
    return ClientRow(
        file=file,
        organization=report.scope.organization,
        report_type=summary.report_type.value,
        readiness=summary.readiness,
        readiness_type1=summary.type1.readiness,
        readiness_type2=summary.type2.readiness,
        answered=summary.answered,
        applicable=summary.applicable,
        draft=summary.draft,
        gaps=summary.gaps_total,
        target_date=plan.target_date,
        projected_date=projected,
        at_risk=at_risk,
        missed_by=status if at_risk else "",
        target_status=status,
        evidence_due=sum(
            1
            for check in report.evidence.checks
            for slot in check.slots
            if slot.status is SlotStatus.due and slot.end <= horizon
        ),
        evidence_overdue=report.evidence.missing_occurrences,
        stale_answers=stale_answers(assessment, report),
        policy_reviews_overdue=policy_reviews_overdue,
        calendar=tuple(
            CalendarEntry(
                d.due, d.control, d.title, d.frequency, d.slot, collect.get(d.control, ()), d.owner
            )
            for d in due
        ),
    )


def stale_answers(assessment: Assessment, report: Report) -> int:
    """Answers to applicable controls recorded more than 90 days before the report's date."""
    cutoff = report.plan.as_of - timedelta(days=STALE_AFTER_DAYS)
    count = 0
    for control in report.controls:
        answer = assessment.answers.get(control.id)
        if control.applicable and answer is not None and answer.answered_at is not None:
            count += answer.answered_at.date() < cutoff
    return count


def risk_order(row: ClientRow) -> tuple[Any, ...]:
    """Most at risk first: a missed target date, then overdue evidence, then overdue policy
    reviews, then the lowest readiness for the client's report type."""
    return (
        not row.at_risk,
        -row.evidence_overdue,
        -(row.policy_reviews_overdue or 0),
        row.readiness,
        row.organization.casefold(),
        row.file,
    )


# --- reading and scoring the files ---------------------------------------------------------------


def evaluate(
    path: Path, catalogue: Catalogue, as_of: date, tool_version: str, calendar: bool = True
) -> ClientRow | Skipped:
    """Score one file as ``soc2 report FILE --as-of AS_OF`` would; Skipped when it cannot be."""
    from soc2cli.assessment import parse_assessment
    from soc2cli.scoring import score

    file = str(path)
    try:
        text = files.load_text(path, what="file")
    except InputError as exc:
        return Skipped(file, f"{file}: not an assessment ({exc.message})", broken=False)
    if not _SCOPE_KEY.search(text):
        return Skipped(file, f"{file}: not an assessment (no top-level 'scope:' key)", broken=False)
    try:
        assessment = parse_assessment(text, file, catalogue)
        report = score(catalogue, assessment, as_of=as_of, tool_version=tool_version)
        overdue = _policy_reviews_overdue(path, catalogue, assessment, as_of)
    except Soc2Error as exc:
        reason = exc.format() if isinstance(exc, InputError) else f"{file}: {exc}"
        return Skipped(file, reason, broken=True)
    return client_row(file, assessment, report, overdue, calendar=calendar)


def _policy_reviews_overdue(
    path: Path, catalogue: Catalogue, assessment: Assessment, as_of: date
) -> int | None:
    folder = path.parent / POLICIES_FOLDER
    if not folder.is_dir():
        return None
    from soc2cli.policies import FindingKind, check

    return sum(
        1 for f in check(folder, catalogue, assessment, as_of) if f.kind is FindingKind.overdue
    )


def build_portfolio(
    paths: Sequence[Path],
    catalogue: Catalogue,
    *,
    as_of: date,
    tool_version: str,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    calendar: bool = True,
) -> Portfolio:
    """The portfolio of every assessment in ``paths`` (files, and folders searched recursively).

    ``workers``: processes to score with (None: the CPU count for a large portfolio).
    ``progress`` is called with (files done, files in all) as the scoring goes. Without
    ``calendar`` the rows carry no evidence calendar (it is only needed for the .ics).
    """
    found = files.files_under(paths, ASSESSMENT_SUFFIXES)
    state = (catalogue, as_of, tool_version, calendar)
    outcomes = _evaluate_all(found, state, workers, progress)
    clients = sorted((o for o in outcomes if isinstance(o, ClientRow)), key=risk_order)
    skipped = [o for o in outcomes if isinstance(o, Skipped)]
    return Portfolio(as_of=as_of, tool_version=tool_version, clients=clients, skipped=skipped)


_Outcome = ClientRow | Skipped
_State = tuple["Catalogue", date, str, bool]  # what evaluate() needs besides the path
_worker_state: _State | None = None


def _init_worker(catalogue: Catalogue, as_of: date, tool_version: str, calendar: bool) -> None:
    global _worker_state
    _worker_state = (catalogue, as_of, tool_version, calendar)
    # Ctrl-C is the parent's to handle (exit 130, one line); workers just stop with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_job(file: str) -> _Outcome:
    assert _worker_state is not None
    return evaluate(Path(file), *_worker_state)


def _worker_count(workers: int | None, jobs: int) -> int:
    if workers is not None:
        return max(1, min(workers, jobs))
    if jobs < PARALLEL_MIN_FILES:
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cpus or 1, MAX_WORKERS, jobs))


def _evaluate_all(
    paths: list[Path],
    state: _State,
    workers: int | None,
    progress: Callable[[int, int], None] | None,
) -> list[_Outcome]:
    report = progress or (lambda done, total: None)
    count = _worker_count(workers, len(paths))
    if count > 1:
        pooled = _in_pool(paths, state, count, report)
        if pooled is not None:
            return pooled
    out: list[_Outcome] = []
    for path in paths:
        out.append(evaluate(path, *state))
        report(len(out), len(paths))
    return out


def _in_pool(
    paths: list[Path],
    state: _State,
    count: int,
    report: Callable[[int, int], None],
) -> list[_Outcome] | None:
    """The outcomes scored in ``count`` worker processes; None when no pool can start here."""
    # fork shares the loaded catalogue and modules without pickling them; elsewhere the default.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    import soc2cli.assessment
    import soc2cli.policies
    import soc2cli.scoring  # noqa: F401  (imported once here, inherited by every worker)

    # Children inherit the parent's heap: frozen, their collector leaves it alone instead of
    # walking (and so copying) every inherited object again and again.
    gc.freeze()
    try:
        pool = ProcessPoolExecutor(
            max_workers=count, mp_context=context, initializer=_init_worker, initargs=state
        )
        finished = False
        try:
            out: list[_Outcome] = []
            chunk = max(1, min(8, len(paths) // (count * 4)))
            for outcome in pool.map(_worker_job, [str(p) for p in paths], chunksize=chunk):
                out.append(outcome)
                report(len(out), len(paths))
            finished = True
            return out
        finally:
            # Interrupted or failed: drop the queued work instead of waiting for it.
            pool.shutdown(wait=finished, cancel_futures=not finished)
    except (OSError, BrokenProcessPool):
        return None  # no processes here (a sandbox, a frozen binary): the same work in-process
    finally:
        gc.unfreeze()
