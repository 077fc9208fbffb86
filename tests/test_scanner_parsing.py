"""Reading scanner output: Prowler JSON-OCSF and CSV (real samples), the checks format, bad files."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from soc2cli.errors import InputError
from soc2cli.scanners import prowler
from soc2cli.scanners.model import Finding, FindingStatus
from soc2cli.scanners.records import Waiver
from soc2cli.scanners.summary import summarise

DATA = Path(__file__).parent / "data" / "prowler"
NOW = datetime(2027, 3, 15, tzinfo=UTC)


def _read(text: str, name: str = "f.json") -> list[Finding]:
    return list(prowler.read_findings(io.StringIO(text), name))


def _error(text: str) -> str:
    with pytest.raises(InputError) as info:
        _read(text)
    return info.value.format()


def test_real_ocsf_samples_are_read() -> None:
    aws = _read((DATA / "example_output_aws.ocsf.json").read_text(encoding="utf-8"))
    assert [(f.check, f.status.value) for f in aws[:2]] == [
        ("accessanalyzer_enabled", "fail"),
        ("account_maintain_current_contact_details", "manual"),
    ]
    assert {f.provider for f in aws} == {"aws"} and aws[0].resource == "<resource_uid>"
    assert aws[0].time == datetime(2025, 2, 14, 14, 27, 3, 913874, tzinfo=UTC)
    azure = _read((DATA / "example_output_azure.ocsf.json").read_text(encoding="utf-8"))
    assert len(azure) == 5 and {f.provider for f in azure} == {"azure"}
    k8s = _read((DATA / "example_output_kubernetes.ocsf.json").read_text(encoding="utf-8"))
    assert len(k8s) == 6 and {f.status for f in k8s} == {FindingStatus.passed, FindingStatus.failed}


def test_real_csv_sample_matches_the_ocsf_one() -> None:
    rows = _read((DATA / "example_output_aws.csv").read_text(encoding="utf-8"), "f.csv")
    assert rows[0].check == "accessanalyzer_enabled" and rows[0].status is FindingStatus.failed
    assert rows[0].provider == "aws" and rows[0].muted is False
    assert rows[0].time == datetime(2025, 2, 14, 14, 27, 3, 913874, tzinfo=UTC)


def _ocsf(**changes: object) -> dict[str, object]:
    finding = json.loads((DATA / "example_output_aws.ocsf.json").read_text(encoding="utf-8"))[0]
    finding.update(changes)
    return finding


def test_small_chunks_and_muted_and_soc2_compliance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prowler, "CHUNK", 7)  # every object spans many reads
    muted = _ocsf(status="Suppressed", status_code="PASS")
    muted["unmapped"] = {"compliance": {"SOC2": ["cc_6_1", "a_1_2", "bogus"]}}
    text = json.dumps([_ocsf(), muted], indent=2)
    first, second = _read(text)
    assert first.check == second.check == "accessanalyzer_enabled"
    assert second.muted and second.status is FindingStatus.passed
    assert second.criteria == ("CC6.1", "A1.2")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "f.json: the file is empty"),
        ("hello", "f.json:1: not Prowler output: expected JSON-OCSF"),
        ('{"a": 1}', "f.json:1: a JSON object, not Prowler's JSON-OCSF output"),
        ("[1, 2]", "f.json:1: finding 1 is not a JSON object"),
        (
            json.dumps([{"class_uid": 2003}]),
            "f.json:1: finding 1 is OCSF class 2003, not a Detection Finding (2004)",
        ),
        (
            json.dumps([{"class_uid": 2004, "metadata": {}, "status_code": "FAIL"}]),
            "f.json:1: finding 1 has no check id (metadata.event_code)",
        ),
        (
            json.dumps([{"class_uid": 2004, "metadata": {"event_code": "x"}, "status_code": "OK"}]),
            "f.json:1: finding 1 (x): status_code 'OK' is not PASS, FAIL or MANUAL",
        ),
        ('[\n{"class_uid": 2004,\n "metadata"', "f.json:2: finding 1 is not valid JSON"),
        ("[\n", "the file ends before the list of findings is closed"),
        ("[] trailing", "unexpected text after the list of findings"),
        ("CHECK_ID;STATUS\nx;PASS\n", "f.json:1: not Prowler's CSV: the header lacks MUTED"),
    ],
)
def test_bad_files_are_located_errors(text: str, message: str) -> None:
    assert message in _error(text)


def test_truncated_ocsf_names_the_line() -> None:
    text = json.dumps([_ocsf(), _ocsf()], indent=1)
    message = _error(text[: len(text) // 2 + 40])
    assert "finding 2 is not valid JSON (the file may be truncated)" in message
    assert message.startswith("f.json:")


def test_csv_row_without_check_id_is_located() -> None:
    text = (DATA / "example_output_aws.csv").read_text(encoding="utf-8")
    header, first, *_ = text.splitlines()
    cells = first.split(";")
    cells[header.split(";").index("CHECK_ID")] = ""
    with pytest.raises(InputError) as info:
        list(prowler.read_findings(io.StringIO(header + "\n" + ";".join(cells) + "\n"), "p.csv"))
    assert info.value.format() == "p.csv:2: the row has no CHECK_ID"


def _finding(check: str, status: str, resource: str = "r", **kw: object) -> Finding:
    base: dict[str, object] = {
        "muted": False,
        "provider": "aws",
        "account": "1",
        "time": NOW,
        "criteria": (),
        "message": "",
    }
    base.update(kw)
    return Finding(check=check, status=FindingStatus(status), resource=resource, **base)  # type: ignore[arg-type]


def test_summary_counts_per_control_with_exceptions() -> None:
    mapping = {"aws": {"mfa": ["AC-02"], "logs": ["LOG-01", "LOG-02"], "cost": []}}
    findings = [
        _finding("mfa", "pass", "root"),
        _finding("mfa", "fail", "bob"),
        _finding("mfa", "fail", "eve", muted=True),
        _finding("logs", "fail", "trail-1"),
        _finding("cost", "fail", criteria=("CC9.1",)),
        _finding("mystery", "pass", criteria=("CC7.2",)),
    ]
    waivers = [Waiver(check="logs", reason="legacy trail, replaced in Q2", until=None)]
    summary = summarise(
        findings,
        source="prowler",
        file="scan.json",
        sha256="a" * 64,
        mapping=mapping,
        waivers=waivers,
        fallback_time=NOW,
    )
    mfa = summary.results["AC-02"]
    assert (mfa.passed, mfa.failed, mfa.muted) == (1, 1, 1)
    assert [(f.check, f.resources, f.total) for f in mfa.failing] == [("mfa", ["bob"], 1)]
    assert mfa.accepted[0].reason == "muted in the scanner"
    # Waivers are judged when scoring, at the report's date: the import records the failure.
    logs = summary.results["LOG-02"]
    assert (logs.failed, logs.waived) == (1, 0) and logs.failing[0].check == "logs"
    assert summary.scan.unknown_checks == ["mystery"]
    assert {c: (v.passed, v.failed) for c, v in summary.scan.criteria.items()} == {
        "CC7.2": (1, 0),
        "CC9.1": (0, 1),
    }
    assert summary.scan.scanned_at == NOW and summary.scan.findings == 6


def test_a_waiver_holds_until_its_last_day() -> None:
    from soc2cli.scanners.state import control_state

    summary = summarise(
        [_finding("mfa", "fail", "bob")],
        source="prowler",
        file="s",
        sha256="b" * 64,
        mapping={"aws": {"mfa": ["AC-02"]}},
        waivers=[],
        fallback_time=NOW,
    )
    results = [summary.results["AC-02"]]
    waivers = [Waiver(check="mfa", reason="x", until=NOW.date())]
    assert control_state(results, waivers, NOW.date()).failing == []
    later = NOW.date().replace(day=NOW.day + 1)
    assert [f.check for f in control_state(results, waivers, later).failing] == ["mfa"]
