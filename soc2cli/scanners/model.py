"""What a scanner finding is, once read: the few facts the import keeps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class FindingStatus(StrEnum):
    passed = "pass"
    failed = "fail"
    manual = "manual"


@dataclass(frozen=True, slots=True)
class Finding:
    """One check on one resource, as a scanner reported it."""

    check: str
    status: FindingStatus
    muted: bool
    resource: str
    provider: str
    account: str
    time: datetime | None
    criteria: tuple[str, ...]  # SOC 2 criteria the scanner itself names for the check
    message: str
