"""Pure: a stream of findings -> per-control results and a scan record. No I/O."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from soc2cli.scanners.model import Finding, FindingStatus
from soc2cli.scanners.records import (
    CHECKS_LISTED,
    RESOURCES_KEPT,
    AutomatedResult,
    CheckResources,
    CriterionCounts,
    ScanRecord,
    Waiver,
)

# provider -> check id -> control ids ([] = reviewed, evidences no control)
CheckMap = Mapping[str, Mapping[str, list[str]]]


@dataclass
class _Resources:
    kept: dict[str, list[str]] = field(default_factory=dict)
    total: Counter[str] = field(default_factory=Counter)
    reason: dict[str, str] = field(default_factory=dict)

    def add(self, check: str, resource: str, reason: str = "") -> None:
        self.total[check] += 1
        kept = self.kept.setdefault(check, [])
        if resource and len(kept) < RESOURCES_KEPT and resource not in kept:
            kept.append(resource)
        if reason:
            self.reason[check] = reason

    def records(self) -> list[CheckResources]:
        return [
            CheckResources(
                check=check,
                resources=self.kept[check],
                total=self.total[check],
                reason=self.reason.get(check, ""),
            )
            for check in sorted(self.kept)
        ]


@dataclass
class _Tally:
    counts: Counter[str] = field(default_factory=Counter)
    checks: set[str] = field(default_factory=set)
    providers: set[str] = field(default_factory=set)
    accounts: set[str] = field(default_factory=set)
    failing: _Resources = field(default_factory=_Resources)
    accepted: _Resources = field(default_factory=_Resources)


@dataclass(frozen=True)
class ImportSummary:
    """What one file says: a result per mapped control, and the scan's own record."""

    scan: ScanRecord
    results: dict[str, AutomatedResult]
    unknown_providers: list[str]


def _controls_for(finding: Finding, mapping: CheckMap) -> tuple[str, list[str] | None]:
    """The provider the finding belongs to and the controls its check maps to (None: unknown)."""
    if finding.provider in mapping:
        return finding.provider, _copy(mapping[finding.provider].get(finding.check))
    owners = [p for p, checks in mapping.items() if finding.check in checks]
    if len(owners) == 1:
        return owners[0], list(mapping[owners[0]][finding.check])
    return finding.provider, None


def _copy(value: list[str] | None) -> list[str] | None:
    return None if value is None else list(value)


@dataclass
class _Collector:
    """Counts findings as they stream past: per control, per criterion, unknown checks."""

    mapping: CheckMap
    fallback_time: datetime
    tallies: dict[str, _Tally] = field(default_factory=dict)
    criteria: dict[str, Counter[str]] = field(default_factory=dict)
    unknown: Counter[str] = field(default_factory=Counter)
    providers: set[str] = field(default_factory=set)
    unknown_providers: set[str] = field(default_factory=set)
    newest: datetime | None = None
    total: int = 0

    def add(self, finding: Finding) -> None:
        self.total += 1
        if finding.time is not None and (self.newest is None or finding.time > self.newest):
            self.newest = finding.time
        provider, controls = _controls_for(finding, self.mapping)
        if provider:
            self.providers.add(provider)
            if provider not in self.mapping:
                self.unknown_providers.add(provider)
        if controls is None:
            self.unknown[finding.check] += 1
        if not controls:
            for criterion in finding.criteria:
                self.criteria.setdefault(criterion, Counter())[finding.status.value] += 1
            return
        for control in controls:
            self._count(self.tallies.setdefault(control, _Tally()), finding, provider)

    @staticmethod
    def _count(tally: _Tally, finding: Finding, provider: str) -> None:
        # Waivers are not applied here: they are judged at the report's date, so one recorded
        # before the import still expires, and removing one takes effect.
        tally.checks.add(finding.check)
        if provider:
            tally.providers.add(provider)
        if finding.account:
            tally.accounts.add(finding.account)
        if finding.muted:
            tally.counts["muted"] += 1
            tally.accepted.add(finding.check, finding.resource, "muted in the scanner")
        else:
            tally.counts[finding.status.value] += 1
            if finding.status is FindingStatus.failed:
                tally.failing.add(finding.check, finding.resource)

    def result(
        self, control: str, scanned_at: datetime, source: str, file: str, sha256: str
    ) -> AutomatedResult:
        tally = self.tallies[control]
        return AutomatedResult(
            source=source,
            scanned_at=scanned_at,
            file=file,
            sha256=sha256,
            provider=", ".join(sorted(tally.providers)),
            accounts=sorted(tally.accounts),
            passed=tally.counts["pass"],
            failed=tally.counts["fail"],
            manual=tally.counts["manual"],
            muted=tally.counts["muted"],
            waived=tally.counts["waived"],
            checks=sorted(tally.checks),
            failing=tally.failing.records(),
            accepted=tally.accepted.records(),
        )

    def scan(self, scanned_at: datetime, source: str, file: str, sha256: str) -> ScanRecord:
        return ScanRecord(
            source=source,
            file=file,
            sha256=sha256,
            scanned_at=scanned_at,
            findings=self.total,
            providers=sorted(self.providers),
            unknown_checks=sorted(self.unknown)[:CHECKS_LISTED],
            unknown_checks_total=len(self.unknown),
            criteria={
                c: CriterionCounts(
                    passed=counts["pass"], failed=counts["fail"], manual=counts["manual"]
                )
                for c, counts in sorted(self.criteria.items())
            },
        )


def summarise(
    findings: Iterable[Finding],
    *,
    source: str,
    file: str,
    sha256: str,
    mapping: CheckMap,
    waivers: list[Waiver],
    fallback_time: datetime,
) -> ImportSummary:
    """Count the findings per control and per criterion; the newest finding dates the scan."""
    del waivers  # judged when scoring, at the report's date (see scanners.state)
    collector = _Collector(mapping, fallback_time)
    for finding in findings:
        collector.add(finding)
    # The scan time, to the second: what the assessment file records.
    scanned_at = (collector.newest or fallback_time).replace(microsecond=0)
    results = {
        control: collector.result(control, scanned_at, source, file, sha256)
        for control in sorted(collector.tallies)
    }
    return ImportSummary(
        scan=collector.scan(scanned_at, source, file, sha256),
        results=results,
        unknown_providers=sorted(collector.unknown_providers),
    )
