"""Pure: fold imported scans into an assessment, and say what the answers should become (SPEC 7.1).

Importing never changes a status by itself: it records the results under `automated:` and
proposes changes; with ``apply`` it raises an unanswered or `unknown` control to `implemented`
only where every mapped check passed. The same file imported twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from soc2cli.applicability import applicability
from soc2cli.assessment import Answer, Assessment
from soc2cli.catalogue import Catalogue
from soc2cli.scanners.records import ScanRecord, Waiver
from soc2cli.scanners.state import control_state, latest_results
from soc2cli.scanners.summary import ImportSummary
from soc2cli.vocabulary import Status

RAISABLE = (None, Status.unknown)
IN_PLACE = (Status.implemented, Status.operating)


@dataclass(frozen=True)
class Proposal:
    """A change the scan suggests for one control's answer."""

    control: str
    title: str
    action: str  # raise | failing | review
    message: str


@dataclass(frozen=True)
class ImportOutcome:
    assessment: Assessment
    imported: list[ScanRecord]
    already: list[ScanRecord]
    proposals: list[Proposal]
    applied: list[str]


def merge_import(
    assessment: Assessment,
    summaries: Sequence[ImportSummary],
    catalogue: Catalogue,
    *,
    apply: bool,
    now: datetime,
) -> ImportOutcome:
    """The assessment with the new scans recorded, and the proposals (applied with ``apply``)."""
    known = {scan.sha256 for scan in assessment.scans}
    fresh: list[ImportSummary] = []
    already: list[ScanRecord] = []
    for summary in summaries:  # the same file twice, even in one command, counts once
        if summary.scan.sha256 in known:
            already.append(summary.scan)
        else:
            known.add(summary.scan.sha256)
            fresh.append(summary)
    automated = {k: list(v) for k, v in assessment.automated.items()}
    for summary in fresh:
        for control_id, result in summary.results.items():
            automated.setdefault(control_id, []).append(result)
    updated = assessment.model_copy(
        update={
            "automated": automated,
            "scans": [*assessment.scans, *(s.scan for s in fresh)],
        }
    )
    # Every control with scanner results gets its proposal, so a second run with --apply applies
    # what the first one proposed.
    proposals = _proposals(updated, catalogue, now)
    applied: list[str] = []
    if apply:
        updated, applied = _apply(updated, catalogue, proposals, now)
    return ImportOutcome(updated, [s.scan for s in fresh], already, proposals, applied)


def _proposals(assessment: Assessment, catalogue: Catalogue, now: datetime) -> list[Proposal]:
    out = []
    for control in catalogue.controls:
        if control.id not in assessment.automated:
            continue
        if not applicability(control, assessment.scope, catalogue).applicable:
            continue
        state = control_state(assessment.automated[control.id], assessment.waivers, now.date())
        latest = state.latest
        answer = assessment.answers.get(control.id)
        status = answer.status if answer else None
        failed = sum(item.total for item in state.failing)
        passed = sum(r.passed for r in latest)
        label = "unanswered" if status is None else status.value
        if failed and status in IN_PLACE:
            checks = sorted({item.check for item in state.failing})
            out.append(
                Proposal(
                    control.id,
                    control.title,
                    "failing",
                    f"answered {label}, but {failed} finding(s) fail ({', '.join(checks)}): "
                    "a failing_check gap until they pass or are waived",
                )
            )
        elif failed:
            continue
        elif latest and all(r.all_pass for r in latest) and status in RAISABLE:
            out.append(
                Proposal(
                    control.id,
                    control.title,
                    "raise",
                    f"{label} -> implemented: all {passed} finding(s) of its checks pass",
                )
            )
        elif (
            latest
            and all(r.all_pass for r in latest)
            and status
            in (
                Status.missing,
                Status.partial,
            )
        ):
            out.append(
                Proposal(
                    control.id,
                    control.title,
                    "review",
                    f"answered {label}, but all {passed} finding(s) of its checks pass: "
                    "review the answer",
                )
            )
    return out


def _apply(
    assessment: Assessment, catalogue: Catalogue, proposals: list[Proposal], now: datetime
) -> tuple[Assessment, list[str]]:
    answers = dict(assessment.answers)
    applied = []
    for proposal in proposals:
        if proposal.action != "raise":
            continue
        old = answers.get(proposal.control)
        latest = latest_results(assessment.automated.get(proposal.control, []))
        when = max(r.scanned_at for r in latest).date().isoformat()
        sources = ", ".join(sorted({r.source for r in latest}))
        note = f"Set to implemented from the {sources} scan of {when}: every mapped check passes."
        answers[proposal.control] = Answer(
            status=Status.implemented,
            documented=old.documented if old else False,
            notes=(old.notes + "\n" + note) if old and old.notes else note,
            owner=old.owner if old else None,
            answered_at=now,
        )
        applied.append(proposal.control)
    return assessment.model_copy(update={"answers": answers}), applied


def add_waiver(assessment: Assessment, waiver: Waiver) -> Assessment:
    """The assessment with ``waiver`` recorded, replacing an earlier one for the same check."""
    kept = [
        w for w in assessment.waivers if (w.check, w.provider) != (waiver.check, waiver.provider)
    ]
    return assessment.model_copy(update={"waivers": [*kept, waiver]})
