"""Prowler's output files, read as a stream: JSON-OCSF (an array of Detection Findings) and CSV.

Only the fields the import needs are kept, one finding at a time, so a file of hundreds of
megabytes is read in bounded memory. Every problem is an InputError naming the file and the line.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, TextIO

from soc2cli.errors import InputError
from soc2cli.scanners.model import Finding, FindingStatus

DETECTION_FINDING = 2004
CHUNK = 1 << 20
# One finding larger than this is not a Prowler finding (and would defeat bounded memory).
MAX_FINDING_CHARS = 8 << 20
CSV_COLUMNS = ("CHECK_ID", "STATUS", "MUTED", "RESOURCE_UID", "PROVIDER", "TIMESTAMP")
_SOC2_ID = re.compile(r"^(cc|a|c|pi|p)_(\d+)_(\d+)$", re.IGNORECASE)
_STATUS = {
    "PASS": FindingStatus.passed,
    "FAIL": FindingStatus.failed,
    "MANUAL": FindingStatus.manual,
}


def soc2_criterion(requirement: str) -> str | None:
    """Prowler's SOC 2 requirement id ("cc_6_1") as a criterion id ("CC6.1")."""
    match = _SOC2_ID.match(requirement.strip())
    if match is None:
        return None
    series, major, minor = match.groups()
    return f"{series.upper()}{major}.{minor}"


def detect(head: str) -> str:
    """'ocsf' or 'csv' from the first characters of a file; anything else is not Prowler output."""
    text = head.lstrip("\ufeff \t\r\n")
    if text.startswith("["):
        return "ocsf"
    first_line = text.split("\n", 1)[0]
    if ";" in first_line and "CHECK_ID" in first_line.split(";"):
        return "csv"
    if text.startswith("{"):
        return "json-object"
    return "unknown"


PROGRESS_EVERY = 25_000


def read_findings(
    stream: TextIO, file: str, *, progress: Callable[[int], None] | None = None
) -> Iterator[Finding]:
    """Every finding of a Prowler output file, in file order, whichever format it is.

    ``progress`` is called with the count every few thousand findings (for a terminal display).
    """
    head = stream.read(4096)
    kind = detect(head)
    if kind in ("ocsf", "csv"):
        findings = _ocsf(stream, head, file) if kind == "ocsf" else _csv(stream, head, file)
        for count, finding in enumerate(findings, start=1):
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
            yield finding
    elif kind == "json-object":
        raise InputError(
            "a JSON object, not Prowler's JSON-OCSF output (a list of findings); "
            "run prowler with --output-formats json-ocsf",
            file=file,
            line=1,
        )
    elif not head.strip():
        raise InputError("the file is empty", file=file)
    else:
        raise InputError(
            "not Prowler output: expected JSON-OCSF (a JSON list) or Prowler's semicolon-"
            "separated CSV with a CHECK_ID column",
            file=file,
            line=1,
        )


# --- JSON-OCSF ------------------------------------------------------------------------------


_SPACE = re.compile(r"[ \t\n\r]*")


class _ArrayReader:
    """The items of one JSON array, decoded one at a time from a stream.

    The text read so far is kept in ``buffer`` and consumed by position (never re-sliced per item),
    so a big file costs one pass, and memory holds one chunk plus one finding.
    """

    def __init__(self, stream: TextIO, head: str, file: str) -> None:
        self.stream, self.file = stream, file
        self.decoder = json.JSONDecoder()
        self.buffer = head.lstrip("\ufeff")
        self.pos = 0
        self.line = 1
        self.eof = False
        self.index = 0  # items decoded so far

    def _error(self, message: str) -> InputError:
        return InputError(message, file=self.file, line=self.line)

    def _refill(self) -> bool:
        """More text at the end of the buffer; False at the end of the stream."""
        chunk = "" if self.eof else self.stream.read(CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.buffer = self.buffer[self.pos :] + chunk
        self.pos = 0
        return True

    def _next_char(self) -> str:
        """The next character that is not white space (not consumed); empty at the end."""
        while True:
            end = _SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            self.line += self.buffer.count("\n", self.pos, end)
            self.pos = end
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._refill():
                return ""

    def _decode(self) -> Any:
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError:
                if len(self.buffer) - self.pos > MAX_FINDING_CHARS:
                    raise self._error(
                        f"finding {self.index + 1} is larger than {MAX_FINDING_CHARS >> 20} MB "
                        "or not valid JSON"
                    ) from None
                if not self._refill():
                    raise self._error(
                        f"finding {self.index + 1} is not valid JSON (the file may be truncated)"
                    ) from None
                continue
            start, self.pos = self.pos, end
            self.index += 1
            return value, start

    def items(self) -> Iterator[tuple[Any, int, int]]:
        """(value, its 1-based index, the line it starts on) for each item of the array."""
        if self._next_char() != "[":
            raise self._error("expected a JSON list of findings")
        self.pos += 1
        expect_item = True  # after "[" or ","
        while True:
            char = self._next_char()
            if not char:
                raise self._error(
                    "the file ends before the list of findings is closed (truncated after "
                    f"{self.index} finding(s))"
                )
            if char == "]" and (not expect_item or self.index == 0):
                self.pos += 1
                if self._next_char():
                    raise self._error("unexpected text after the list of findings")
                return
            if char == "," and not expect_item:
                self.pos += 1
                expect_item = True
                continue
            if not expect_item:
                raise self._error(f"expected ',' or ']' after finding {self.index}")
            line = self.line
            value, start = self._decode()
            self.line += self.buffer.count("\n", start, self.pos)
            expect_item = False
            yield value, self.index, line


def _ocsf(stream: TextIO, head: str, file: str) -> Iterator[Finding]:
    for value, index, line in _ArrayReader(stream, head, file).items():
        yield _ocsf_finding(value, file, line, index)


def _ocsf_finding(value: Any, file: str, line: int, index: int) -> Finding:
    where = f"finding {index}"
    if not isinstance(value, dict):
        raise InputError(f"{where} is not a JSON object", file=file, line=line)
    class_uid = value.get("class_uid")
    if class_uid != DETECTION_FINDING:
        raise InputError(
            f"{where} is OCSF class {class_uid!r}, not a Detection Finding (2004)",
            file=file,
            line=line,
        )
    metadata = value.get("metadata")
    check = metadata.get("event_code") if isinstance(metadata, dict) else None
    if not isinstance(check, str) or not check.strip():
        raise InputError(f"{where} has no check id (metadata.event_code)", file=file, line=line)
    status = _STATUS.get(str(value.get("status_code", "")).upper())
    if status is None:
        raise InputError(
            f"{where} ({check}): status_code {value.get('status_code')!r} is not PASS, FAIL or "
            "MANUAL",
            file=file,
            line=line,
        )
    unmapped = _object(value.get("unmapped"))
    muted = str(value.get("status", "")).lower() == "suppressed" or unmapped.get("muted") is True
    cloud = _object(value.get("cloud"))
    account = _object(cloud.get("account"))
    provider = cloud.get("provider") or _product_provider(metadata)
    resources = value.get("resources")
    uids = [
        str(r.get("uid"))
        for r in (resources if isinstance(resources, list) else [])
        if isinstance(r, dict) and r.get("uid")
    ]
    stamp = _object(value.get("finding_info")).get("created_time_dt") or value.get("time_dt")
    return Finding(
        check=check.strip(),
        status=status,
        muted=muted,
        resource=", ".join(uids),
        provider=str(provider or "").lower(),
        account=str(account.get("uid") or ""),
        time=_timestamp(stamp),
        criteria=_compliance_criteria(unmapped.get("compliance")),
        message=str(value.get("status_detail") or value.get("message") or ""),
    )


def _object(value: Any) -> dict[str, Any]:
    """A JSON object, or an empty one for anything else (absent or malformed optional parts)."""
    return value if isinstance(value, dict) else {}


def _product_provider(metadata: Any) -> str:
    if not isinstance(metadata, dict):
        return ""
    product = metadata.get("product")
    # Prowler's own product name is not a provider; some providers only appear in the resource.
    if isinstance(product, dict) and product.get("uid") not in (None, "prowler"):
        return str(product.get("uid"))
    return ""


def _compliance_criteria(compliance: Any) -> tuple[str, ...]:
    if not isinstance(compliance, dict):
        return ()
    out: list[str] = []
    for framework, requirements in compliance.items():
        if not str(framework).upper().startswith("SOC2") or not isinstance(requirements, list):
            continue
        for requirement in requirements:
            criterion = soc2_criterion(str(requirement))
            if criterion and criterion not in out:
                out.append(criterion)
    return tuple(out)


def _timestamp(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


# --- CSV ------------------------------------------------------------------------------------


class _Rejoined:
    """The text already read to sniff the format, then the rest of the stream."""

    def __init__(self, head: str, stream: TextIO) -> None:
        self.head = head.lstrip("\ufeff")
        self.stream = stream

    def __iter__(self) -> Iterator[str]:
        pending = self.head
        while True:
            if "\n" in pending:
                line, pending = pending.split("\n", 1)
                yield line + "\n"
                continue
            chunk = self.stream.read(CHUNK)
            if not chunk:
                if pending:
                    yield pending
                return
            pending += chunk


def _csv(stream: TextIO, head: str, file: str) -> Iterator[Finding]:
    csv.field_size_limit(MAX_FINDING_CHARS)
    reader = csv.reader(_Rejoined(head, stream), delimiter=";")
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise InputError("the CSV has no header row", file=file, line=1) from None
    columns = {name.strip(): i for i, name in enumerate(header)}
    missing = [c for c in CSV_COLUMNS if c not in columns]
    if missing:
        raise InputError(
            f"not Prowler's CSV: the header lacks {', '.join(missing)}", file=file, line=1
        )
    compliance = columns.get("COMPLIANCE")
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < len(header):
                raise InputError(
                    f"row has {len(row)} field(s), the header {len(header)} (truncated?)",
                    file=file,
                    line=line,
                )

            def cell(name: str, row: list[str] = row) -> str:
                return row[columns[name]].strip()

            check = cell("CHECK_ID")
            if not check:
                raise InputError("the row has no CHECK_ID", file=file, line=line)
            status = _STATUS.get(cell("STATUS").upper())
            if status is None:
                raise InputError(
                    f"{check}: STATUS {cell('STATUS')!r} is not PASS, FAIL or MANUAL",
                    file=file,
                    line=line,
                )
            yield Finding(
                check=check,
                status=status,
                muted=cell("MUTED").lower() == "true",
                resource=cell("RESOURCE_UID"),
                provider=cell("PROVIDER").lower(),
                account=row[columns["ACCOUNT_UID"]].strip() if "ACCOUNT_UID" in columns else "",
                time=_timestamp(cell("TIMESTAMP")),
                criteria=_csv_criteria(row[compliance] if compliance is not None else ""),
                message=row[columns["STATUS_EXTENDED"]].strip()
                if "STATUS_EXTENDED" in columns
                else "",
            )
    except csv.Error as exc:
        raise InputError(f"not valid CSV ({exc})", file=file, line=reader.line_num) from None


def _csv_criteria(text: str) -> tuple[str, ...]:
    # "CIS-1.4: 1.20 | SOC2: cc_6_1, cc_6_6 | ..."
    out: list[str] = []
    for part in text.split("|"):
        framework, _, requirements = part.partition(":")
        if not framework.strip().upper().startswith("SOC2"):
            continue
        for requirement in requirements.split(","):
            criterion = soc2_criterion(requirement)
            if criterion and criterion not in out:
                out.append(criterion)
    return tuple(out)
