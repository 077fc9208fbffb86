"""Pure: what the recorded scans say about each control at a date (failing checks, samples)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from soc2cli.assessment import Assessment, EvidenceItem
from soc2cli.scanners.records import (
    AutomatedResult,
    CheckResources,
    CriterionCounts,
    ScanRecord,
    Waiver,
)


def latest_results(results: Sequence[AutomatedResult]) -> list[AutomatedResult]:
    """The newest result of each source, provider and set of accounts: what they look like now.

    A clean scan of one account never hides a failure in another.
    """
    newest: dict[tuple[str, str, tuple[str, ...]], AutomatedResult] = {}
    for result in sorted(results, key=lambda r: (r.scanned_at, r.sha256)):
        newest[(result.source, result.provider, tuple(result.accounts))] = result
    return list(newest.values())


@dataclass(frozen=True)
class ScanState:
    """One control's machine evidence: the newest results, what fails, what is accepted."""

    latest: list[AutomatedResult]
    failing: list[CheckResources]
    accepted: list[CheckResources]
    samples: list[EvidenceItem]


def _waived(check: str, provider: str, waivers: Sequence[Waiver], on: date) -> Waiver | None:
    for waiver in waivers:
        matches = not waiver.provider or waiver.provider in provider.split(", ")
        if waiver.check == check and matches and waiver.active(on):
            return waiver
    return None


def control_state(
    results: Sequence[AutomatedResult], waivers: Sequence[Waiver], as_of: date
) -> ScanState:
    """Failing checks of the newest scans, less the ones a waiver accepts on ``as_of``."""
    latest = latest_results([r for r in results if r.scanned_at.date() <= as_of])
    failing: list[CheckResources] = []
    accepted: list[CheckResources] = []
    for result in latest:
        accepted.extend(result.accepted)
        for item in result.failing:
            waiver = _waived(item.check, result.provider, waivers, as_of)
            if waiver is None:
                failing.append(item)
            else:
                accepted.append(item.model_copy(update={"reason": f"waived: {waiver.reason}"}))
    # Each scan in which none of the control's checks failed is a dated sample of operation.
    samples = [
        EvidenceItem(
            title=f"{r.source} scan of {r.scanned_at.date().isoformat()}: {r.passed} pass",
            on=r.scanned_at.date(),
            location=r.file,
        )
        for r in results
        if r.scanned_at.date() <= as_of and r.failed == 0 and r.passed > 0
    ]
    return ScanState(latest, failing, accepted, samples)


def scan_states(assessment: Assessment, as_of: date) -> dict[str, ScanState]:
    return {
        control_id: control_state(results, assessment.waivers, as_of)
        for control_id, results in assessment.automated.items()
    }


def criterion_counts(assessment: Assessment, as_of: date) -> dict[str, CriterionCounts]:
    """Findings of checks mapped to no control, per criterion, from the newest scan of each source."""
    newest: dict[tuple[str, str], ScanRecord] = {}
    for scan in sorted(assessment.scans, key=lambda s: (s.scanned_at, s.sha256)):
        if scan.scanned_at.date() <= as_of:
            newest[(scan.source, ",".join(scan.providers))] = scan
    totals: dict[str, list[int]] = {}
    for scan in newest.values():
        for criterion, counts in scan.criteria.items():
            row = totals.setdefault(criterion, [0, 0, 0])
            row[0] += counts.passed
            row[1] += counts.failed
            row[2] += counts.manual
    return {
        c: CriterionCounts(passed=p, failed=f, manual=m) for c, (p, f, m) in sorted(totals.items())
    }
