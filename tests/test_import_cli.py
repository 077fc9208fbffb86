"""`soc2 import prowler|checks`, `soc2 waive` and `soc2 schema checks` through the installed command.

Each test runs the real entry point in a child process from a scratch directory, as a user would,
on Prowler's own sample output (tests/data/prowler, Apache-2.0, see the NOTICE there) or on files
derived from it. SOURCE_DATE_EPOCH fixes "today": 2027-01-01 is before the Type II window of the
fintech example (2027-03-01..2027-08-31), 2027-06-01 inside it.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import REPO, run

import soc2cli.files

SOC2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")
DATA = REPO / "tests" / "data" / "prowler"
EXAMPLE = REPO / "examples" / "fintech-type2" / "assessment.yaml"
BEFORE_WINDOW = "1798761600"  # 2027-01-01
IN_WINDOW = "1811808000"  # 2027-06-01
K8S = "example_output_kubernetes.ocsf.json"
AWS = "example_output_aws.ocsf.json"
AZURE = "example_output_azure.ocsf.json"
AWS_CSV = "example_output_aws.csv"
PROPOSED = "Proposed changes (soc2 import ... --apply makes the raises):"


def soc2(*args: str, cwd: Path, epoch: str = BEFORE_WINDOW) -> subprocess.CompletedProcess[str]:
    assert SOC2 is not None, "the soc2 entry point is not installed"
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [SOC2, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _example(tmp: Path) -> Path:
    """A copy of the fintech Type II example, the assessment every import below writes to."""
    target = tmp / "assessment.yaml"
    shutil.copyfile(EXAMPLE, target)
    return target


def _sample(tmp: Path, name: str) -> Path:
    target = tmp / name
    shutil.copyfile(DATA / name, target)
    return target


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _report(file: Path, epoch: str = BEFORE_WINDOW) -> dict[str, Any]:
    result = soc2("report", file.name, "--format", "json", cwd=file.parent, epoch=epoch)
    assert result.returncode in (0, 1), result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _gaps(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {g["control"]: g for g in report["gaps"]}


def _controls(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in report["controls"]}


def _result(
    name: str,
    digest: str,
    scanned_at: str,
    provider: str,
    checks: list[str],
    *,
    passed: int = 0,
    failed: int = 0,
    manual: int = 0,
    failing: tuple[tuple[str, str], ...] = (),
) -> dict[str, Any]:
    """One `automated:` entry as the assessment file holds it (zero counts are left out)."""
    out: dict[str, Any] = {
        "source": "prowler",
        "scanned_at": scanned_at,
        "file": name,
        "sha256": digest,
        "provider": provider,
    }
    # The samples name their account (Kubernetes has none): results are kept per account.
    account = {"aws": "<account_uid>", "azure": "<subscription_uid>"}.get(provider)
    if account:
        out["accounts"] = [account]
    for key, count in (("pass", passed), ("fail", failed), ("manual", manual)):
        if count:
            out[key] = count
    out["checks"] = checks
    if failing:
        out["failing"] = [{"check": c, "resources": [r], "total": 1} for c, r in failing]
    return out


# --- Prowler findings made from the real samples ------------------------------------------------

_K8S_FINDINGS: list[dict[str, Any]] = json.loads((DATA / K8S).read_text(encoding="utf-8"))
_K8S_PASS = next(f for f in _K8S_FINDINGS if f["status_code"] == "PASS")


def ocsf(
    check: str,
    status: str = "PASS",
    *,
    when: str = "2025-02-14T14:27:38.533897",
    resource: str = "<resource_uid>",
    suppressed: bool = False,
    provider: str | None = None,
    compliance: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """A Kubernetes finding of Prowler's sample with its check, status, time and resource changed."""
    finding = copy.deepcopy(_K8S_PASS)
    finding["metadata"]["event_code"] = check
    finding["status_code"] = status
    finding["status"] = "Suppressed" if suppressed else "New"
    finding["finding_info"]["created_time_dt"] = when
    finding["time_dt"] = when
    finding["resources"][0]["uid"] = resource
    if provider is not None:
        finding.setdefault("cloud", {})["provider"] = provider
    if compliance is not None:
        finding["unmapped"]["compliance"] = compliance
    return finding


def write_ocsf(path: Path, findings: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(findings, indent=2) + "\n", encoding="utf-8")
    return path


def write_assessment(path: Path, answers: dict[str, Any], **scope: Any) -> Path:
    base = {"organization": "Scan Co", "report_type": "type1", "categories": ["security"]}
    doc = {"schema_version": 2, "scope": {**base, "hosting": "cloud", **scope}, "answers": answers}
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


# --- the real samples ---------------------------------------------------------------------------

K8S_BLOCK = """\
automated:
  AC-03:
  - source: prowler
    scanned_at: '2025-02-14T14:27:38Z'
    file: example_output_kubernetes.ocsf.json
    sha256: {sha}
    provider: kubernetes
    pass: 1
    checks:
    - apiserver_anonymous_requests
  LOG-02:
  - source: prowler
    scanned_at: '2025-02-14T14:27:38Z'
    file: example_output_kubernetes.ocsf.json
    sha256: {sha}
    provider: kubernetes
    fail: 1
    checks:
    - apiserver_audit_log_path_set
    failing:
    - check: apiserver_audit_log_path_set
      resources:
      - <resource_uid>
      total: 1
  LOG-04:
  - source: prowler
    scanned_at: '2025-02-14T14:27:38Z'
    file: example_output_kubernetes.ocsf.json
    sha256: {sha}
    provider: kubernetes
    fail: 3
    checks:
    - apiserver_audit_log_maxage_set
    - apiserver_audit_log_maxbackup_set
    - apiserver_audit_log_maxsize_set
    failing:
    - check: apiserver_audit_log_maxage_set
      resources:
      - <resource_uid>
      total: 1
    - check: apiserver_audit_log_maxbackup_set
      resources:
      - <resource_uid>
      total: 1
    - check: apiserver_audit_log_maxsize_set
      resources:
      - <resource_uid>
      total: 1
  VUL-05:
  - source: prowler
    scanned_at: '2025-02-14T14:27:38Z'
    file: example_output_kubernetes.ocsf.json
    sha256: {sha}
    provider: kubernetes
    pass: 1
    fail: 1
    checks:
    - apiserver_always_pull_images_plugin
    - apiserver_anonymous_requests
    failing:
    - check: apiserver_always_pull_images_plugin
      resources:
      - <resource_uid>
      total: 1
scans:
- source: prowler
  file: example_output_kubernetes.ocsf.json
  sha256: {sha}
  scanned_at: '2025-02-14T14:27:38Z'
  findings: 6
  providers:
  - kubernetes
"""


def test_kubernetes_sample_appends_the_exact_automated_block(tmp_path: Path) -> None:
    """The answers are untouched; the results are appended, byte for byte as documented."""
    file = _example(tmp_path)
    sample = _sample(tmp_path, K8S)
    before = file.read_text(encoding="utf-8")
    result = _ok(soc2("import", "prowler", K8S, "--file", "assessment.yaml", cwd=tmp_path))
    after = file.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert after[len(before) :] == K8S_BLOCK.format(sha=_digest(sample))
    assert result.stdout == (
        f"{K8S}: 6 finding(s) from prowler (kubernetes), scanned 2025-02-14; results for 4 "
        "control(s) recorded in assessment.yaml\n"
        "\n"
        f"{PROPOSED}\n"
        "  LOG-02   failing  answered operating, but 1 finding(s) fail "
        "(apiserver_audit_log_path_set): a failing_check gap until they pass or are waived\n"
        "  LOG-04   failing  answered implemented, but 3 finding(s) fail "
        "(apiserver_audit_log_maxage_set, apiserver_audit_log_maxbackup_set, "
        "apiserver_audit_log_maxsize_set): a failing_check gap until they pass or are waived\n"
        "  VUL-05   failing  answered implemented, but 1 finding(s) fail "
        "(apiserver_always_pull_images_plugin): a failing_check gap until they pass or are waived\n"
    )


def test_importing_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    file = _example(tmp_path)
    sample = _sample(tmp_path, K8S)
    _ok(soc2("import", "prowler", K8S, "--file", "assessment.yaml", cwd=tmp_path))
    once = file.read_bytes()
    again = _ok(soc2("import", "prowler", K8S, "--file", "assessment.yaml", cwd=tmp_path))
    assert file.read_bytes() == once
    first_line, *rest = again.stdout.splitlines()
    assert first_line == f"{K8S}: already imported ({_digest(sample)[:12]}); nothing changed"
    # What the recorded results still propose is shown again, for a run with --apply.
    assert rest[:2] == ["", "Proposed changes (soc2 import ... --apply makes the raises):"]
    # The same bytes under another name are the same scan.
    shutil.copyfile(sample, tmp_path / "renamed.ocsf.json")
    _ok(soc2("import", "prowler", "renamed.ocsf.json", "--file", "assessment.yaml", cwd=tmp_path))
    assert file.read_bytes() == once


# What each real sample leaves: findings, provider, scan time, per-control results (pass, fail,
# manual, checks, failing resources), the proposals, and the failing_check gaps of the report.
SAMPLES: dict[str, dict[str, Any]] = {
    AWS: {
        "findings": 5,
        "provider": "aws",
        "scanned_at": "2025-02-14T14:27:03Z",
        "results": {
            "AC-04": {
                "checks": ["accessanalyzer_enabled"],
                "failed": 1,
                "failing": (("accessanalyzer_enabled", "<resource_uid>"),),
            },
            "LOG-03": {
                "checks": [
                    "account_maintain_current_contact_details",
                    "account_maintain_different_contact_details_to_security_billing_and_operations",
                    "account_security_contact_information_is_registered",
                ],
                "failed": 1,
                "manual": 2,
                "failing": (
                    (
                        "account_maintain_different_contact_details_to_security_billing_and_operations",
                        "arn:aws:iam::<account_uid>:root",
                    ),
                ),
            },
        },
        "proposals": {
            "AC-04": "answered implemented, but 1 finding(s) fail (accessanalyzer_enabled)",
            "LOG-03": "answered operating, but 1 finding(s) fail (account_maintain_different_"
            "contact_details_to_security_billing_and_operations)",
        },
    },
    AWS_CSV: {
        "findings": 4,
        "provider": "aws",
        "scanned_at": "2025-02-14T14:27:03Z",
        "results": {
            "AC-04": {
                "checks": ["accessanalyzer_enabled"],
                "failed": 1,
                "failing": (("accessanalyzer_enabled", "<resource_uid>"),),
            },
            "LOG-03": {
                "checks": [
                    "account_maintain_current_contact_details",
                    "account_maintain_different_contact_details_to_security_billing_and_operations",
                    "account_security_contact_information_is_registered",
                ],
                "failed": 1,
                "manual": 2,
                "failing": (
                    (
                        "account_maintain_different_contact_details_to_security_billing_and_operations",
                        "<resource_uid>",
                    ),
                ),
            },
        },
        "proposals": {
            "AC-04": "answered implemented, but 1 finding(s) fail (accessanalyzer_enabled)",
            "LOG-03": "answered operating, but 1 finding(s) fail (account_maintain_different_"
            "contact_details_to_security_billing_and_operations)",
        },
    },
    AZURE: {
        "findings": 5,
        "provider": "azure",
        "scanned_at": "2025-02-14T14:27:30Z",
        "results": {
            "LOG-01": {
                "checks": [
                    "appinsights_ensure_is_configured",
                    "defender_auto_provisioning_log_analytics_agent_vms_on",
                ],
                "failed": 2,
                "failing": (
                    ("appinsights_ensure_is_configured", "AppInsights"),
                    ("defender_auto_provisioning_log_analytics_agent_vms_on", "<resource_uid>"),
                ),
            },
            "LOG-03": {
                "checks": ["defender_additional_email_configured_with_a_security_contact"],
                "failed": 1,
                "failing": (
                    (
                        "defender_additional_email_configured_with_a_security_contact",
                        "<resource_uid>",
                    ),
                ),
            },
            "NET-05": {
                "checks": ["defender_ensure_defender_for_app_services_is_on"],
                "failed": 1,
                "failing": (("defender_ensure_defender_for_app_services_is_on", "<resource_uid>"),),
            },
            "VUL-01": {
                "checks": ["defender_container_images_scan_enabled"],
                "failed": 1,
                "failing": (("defender_container_images_scan_enabled", "<resource_uid>"),),
            },
        },
        "proposals": {
            "NET-05": "answered implemented, but 1 finding(s) fail "
            "(defender_ensure_defender_for_app_services_is_on)",
            "LOG-01": "answered operating, but 2 finding(s) fail (appinsights_ensure_is_configured, "
            "defender_auto_provisioning_log_analytics_agent_vms_on)",
            "LOG-03": "answered operating, but 1 finding(s) fail "
            "(defender_additional_email_configured_with_a_security_contact)",
            "VUL-01": "answered implemented, but 1 finding(s) fail "
            "(defender_container_images_scan_enabled)",
        },
    },
    K8S: {
        "findings": 6,
        "provider": "kubernetes",
        "scanned_at": "2025-02-14T14:27:38Z",
        "results": {
            "AC-03": {"checks": ["apiserver_anonymous_requests"], "passed": 1},
            "LOG-02": {
                "checks": ["apiserver_audit_log_path_set"],
                "failed": 1,
                "failing": (("apiserver_audit_log_path_set", "<resource_uid>"),),
            },
            "LOG-04": {
                "checks": [
                    "apiserver_audit_log_maxage_set",
                    "apiserver_audit_log_maxbackup_set",
                    "apiserver_audit_log_maxsize_set",
                ],
                "failed": 3,
                "failing": (
                    ("apiserver_audit_log_maxage_set", "<resource_uid>"),
                    ("apiserver_audit_log_maxbackup_set", "<resource_uid>"),
                    ("apiserver_audit_log_maxsize_set", "<resource_uid>"),
                ),
            },
            "VUL-05": {
                "checks": ["apiserver_always_pull_images_plugin", "apiserver_anonymous_requests"],
                "passed": 1,
                "failed": 1,
                "failing": (("apiserver_always_pull_images_plugin", "<resource_uid>"),),
            },
        },
        "proposals": {
            "LOG-02": "answered operating, but 1 finding(s) fail (apiserver_audit_log_path_set)",
            "LOG-04": "answered implemented, but 3 finding(s) fail (apiserver_audit_log_maxage_set, "
            "apiserver_audit_log_maxbackup_set, apiserver_audit_log_maxsize_set)",
            "VUL-05": "answered implemented, but 1 finding(s) fail "
            "(apiserver_always_pull_images_plugin)",
        },
    },
}


@pytest.mark.parametrize("name", list(SAMPLES))
def test_each_real_sample_records_results_proposals_and_gaps(tmp_path: Path, name: str) -> None:
    expected = SAMPLES[name]
    file = _example(tmp_path)
    sample = _sample(tmp_path, name)
    digest = _digest(sample)
    original = _load(file)
    before = _report(file)

    result = _ok(soc2("import", "prowler", name, "--file", "assessment.yaml", cwd=tmp_path))

    doc = _load(file)
    assert doc["answers"] == original["answers"], "importing never changes an answer"
    assert doc["automated"] == {
        control: [_result(name, digest, expected["scanned_at"], expected["provider"], **fields)]
        for control, fields in expected["results"].items()
    }
    assert doc["scans"] == [
        {
            "source": "prowler",
            "file": name,
            "sha256": digest,
            "scanned_at": expected["scanned_at"],
            "findings": expected["findings"],
            "providers": [expected["provider"]],
        }
    ]
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{name}: {expected['findings']} finding(s) from prowler ({expected['provider']}), "
        f"scanned 2025-02-14; results for {len(expected['results'])} control(s) recorded in "
        "assessment.yaml"
    )
    assert lines[1:3] == ["", PROPOSED]
    proposals = {}
    for line in lines[3:]:
        control, action, message = line.split(maxsplit=2)
        assert action == "failing"
        proposals[control] = message
    tail = ": a failing_check gap until they pass or are waived"
    assert proposals == {c: m + tail for c, m in expected["proposals"].items()}
    assert result.stderr == ""

    # The report: every control answered implemented/operating with a failing check is a
    # failing_check gap naming the checks and their resources; the rest keeps its old verdict.
    report = _report(file)
    gaps, controls = _gaps(report), _controls(report)
    for control, fields in expected["results"].items():
        failing = [
            {"check": c, "reason": "", "resources": [r], "total": 1}
            for c, r in fields.get("failing", ())
        ]
        assert controls[control]["failing_checks"] == failing
        assert [a["sha256"] for a in controls[control]["automated"]] == [digest]
        assert controls[control]["automated"][0]["failed"] == fields.get("failed", 0)
        assert controls[control]["automated"][0]["passed"] == fields.get("passed", 0)
        if failing:
            assert original["answers"][control]["status"] in ("implemented", "operating")
            assert gaps[control]["kind"] == "failing_check"
            assert gaps[control]["failing"] == failing
            assert not controls[control]["type1_ready"]
        else:
            assert gaps.get(control) == _gaps(before).get(control)
    assert [s["sha256"] for s in report["scans"]] == [digest]


def test_several_files_in_one_import_equal_one_by_one(tmp_path: Path) -> None:
    names = [AWS, AZURE, AWS_CSV, K8S]
    for name in names:
        _sample(tmp_path, name)
    together = _example(tmp_path)
    result = _ok(soc2("import", "prowler", *names, "--file", "assessment.yaml", cwd=tmp_path))
    assert [line.split(":")[0] for line in result.stdout.splitlines()[: len(names)]] == names
    one_by_one = tmp_path / "one-by-one.yaml"
    shutil.copyfile(EXAMPLE, one_by_one)
    for name in names:
        _ok(soc2("import", "prowler", name, "--file", one_by_one.name, cwd=tmp_path))
    assert together.read_bytes() == one_by_one.read_bytes()
    doc = _load(together)
    # Kept in the order of the scan time (the two AWS files are the same scan).
    assert [s["file"] for s in doc["scans"]] == [AWS, AWS_CSV, AZURE, K8S]
    assert [r["file"] for r in doc["automated"]["LOG-03"]] == [AWS, AWS_CSV, AZURE]


def test_the_same_file_twice_in_one_command_is_recorded_once(tmp_path: Path) -> None:
    file = _example(tmp_path)
    _sample(tmp_path, K8S)
    _ok(soc2("import", "prowler", K8S, K8S, "--file", file.name, cwd=tmp_path))
    assert len(_load(file)["scans"]) == 1


def _account_scan(tmp: Path, name: str, account: str, status: str, when: str) -> None:
    findings = json.loads((DATA / AWS).read_text(encoding="utf-8"))
    finding = copy.deepcopy(findings[0])  # accessanalyzer_enabled -> AC-04
    finding["cloud"]["account"]["uid"] = account
    finding["status_code"] = status
    finding["resources"][0]["uid"] = f"arn:aws:accessanalyzer:us-east-1:{account}:analyzer"
    finding["finding_info"]["created_time_dt"] = when
    finding["time_dt"] = when
    write_ocsf(tmp / name, [finding])


def test_a_failure_in_one_account_is_not_hidden_by_another_account(tmp_path: Path) -> None:
    file = _example(tmp_path)
    _account_scan(tmp_path, "prod.ocsf.json", "111111111111", "FAIL", "2026-12-20T02:00:00")
    _account_scan(tmp_path, "dev.ocsf.json", "222222222222", "PASS", "2026-12-20T02:30:00")
    _ok(soc2("import", "prowler", "prod.ocsf.json", cwd=tmp_path))
    assert _gaps(_report(file))["AC-04"]["kind"] == "failing_check"
    _ok(soc2("import", "prowler", "dev.ocsf.json", cwd=tmp_path))
    gap = _gaps(_report(file)).get("AC-04")
    assert gap is not None and gap["kind"] == "failing_check"


# --- --apply ------------------------------------------------------------------------------------


def _apply_case(tmp: Path) -> tuple[Path, Path]:
    """An assessment where checks pass for unanswered, unknown, missing and partial controls."""
    scan = write_ocsf(
        tmp / "k8s.ocsf.json",
        [
            ocsf("apiserver_anonymous_requests"),  # AC-03 (unanswered), VUL-05 (unknown)
            ocsf("apiserver_audit_log_path_set"),  # LOG-02, answered missing
            ocsf("apiserver_auth_mode_include_rbac"),  # AC-04, answered partial
            ocsf("apiserver_encryption_provider_config_set"),  # CRY-01, already operating
            ocsf("apiserver_audit_log_maxage_set", "FAIL"),  # LOG-04, unanswered but failing
            ocsf("apiserver_no_token_auth_file", "MANUAL"),  # AC-11, unanswered, manual only
        ],
    )
    file = write_assessment(
        tmp / "assessment.yaml",
        {
            "VUL-05": {"status": "unknown", "notes": "ask the platform team"},
            "LOG-02": {"status": "missing", "notes": "no audit trail yet"},
            "AC-04": {"status": "partial"},
            "CRY-01": {"status": "operating", "documented": True},
        },
    )
    return file, scan


APPLY_PROPOSALS = [
    "  AC-03    {action} unanswered -> implemented: all 1 finding(s) of its checks pass",
    "  AC-04    review   answered partial, but all 1 finding(s) of its checks pass: review the "
    "answer",
    "  LOG-02   review   answered missing, but all 1 finding(s) of its checks pass: review the "
    "answer",
    "  VUL-05   {action} unknown -> implemented: all 1 finding(s) of its checks pass",
]
NOTE = "Set to implemented from the prowler scan of 2025-02-14: every mapped check passes."


def _statuses(file: Path) -> dict[str, str | None]:
    answers = _load(file).get("answers") or {}
    ids = ("AC-03", "AC-04", "AC-11", "CRY-01", "LOG-02", "LOG-04", "VUL-05")
    return {c: answers[c]["status"] if c in answers else None for c in ids}


def test_without_apply_only_proposals_are_printed(tmp_path: Path) -> None:
    file, scan = _apply_case(tmp_path)
    before = _statuses(file)
    result = _ok(soc2("import", "prowler", scan.name, cwd=tmp_path, epoch=IN_WINDOW))
    assert _statuses(file) == before
    assert result.stdout.splitlines()[1:] == [
        "",
        PROPOSED,
        *(p.format(action="raise   ") for p in APPLY_PROPOSALS),
    ]
    assert sorted(_load(file)["automated"]) == [
        "AC-03",
        "AC-04",
        "AC-11",
        "CRY-01",
        "LOG-02",
        "LOG-04",
        "VUL-05",
    ]


def test_apply_raises_unanswered_and_unknown_to_implemented_only(tmp_path: Path) -> None:
    file, scan = _apply_case(tmp_path)
    result = _ok(soc2("import", "prowler", scan.name, "--apply", cwd=tmp_path, epoch=IN_WINDOW))
    assert result.stdout.splitlines()[1:] == [
        "",
        "Applied:",
        *(p.format(action="applied ") for p in APPLY_PROPOSALS),
    ]
    assert _statuses(file) == {
        "AC-03": "implemented",  # unanswered, every finding passes
        "AC-04": "partial",  # only proposed for review
        "AC-11": None,  # a manual finding is not a pass
        "CRY-01": "operating",  # never lowered, never touched
        "LOG-02": "missing",  # only proposed for review
        "LOG-04": None,  # its check fails
        "VUL-05": "implemented",  # unknown, every finding passes; never operating
    }
    answers = _load(file)["answers"]
    assert answers["AC-03"] == {
        "status": "implemented",
        "documented": False,
        "notes": NOTE,
        "answered_at": "2027-06-01T00:00:00Z",
    }
    assert answers["VUL-05"]["notes"] == f"ask the platform team\n{NOTE}"
    assert answers["VUL-05"]["answered_at"] == "2027-06-01T00:00:00Z"
    # Applying is also idempotent: the same file again changes nothing.
    once = file.read_bytes()
    _ok(soc2("import", "prowler", scan.name, "--apply", cwd=tmp_path, epoch=IN_WINDOW))
    assert file.read_bytes() == once


def test_apply_after_reading_the_proposals_makes_the_raises(tmp_path: Path) -> None:
    file, scan = _apply_case(tmp_path)
    _ok(soc2("import", "prowler", scan.name, cwd=tmp_path, epoch=IN_WINDOW))
    _ok(soc2("import", "prowler", scan.name, "--apply", cwd=tmp_path, epoch=IN_WINDOW))
    assert _statuses(file)["AC-03"] == "implemented"


# --- waivers and muted findings -----------------------------------------------------------------

REASON = "Managed control plane: GKE writes the API server audit log to Cloud Logging"


def _k8s_imported(tmp: Path) -> Path:
    file = _example(tmp)
    _sample(tmp, K8S)
    _ok(soc2("import", "prowler", K8S, "--file", "assessment.yaml", cwd=tmp))
    return file


def test_waive_turns_a_failing_check_into_an_accepted_exception(tmp_path: Path) -> None:
    file = _k8s_imported(tmp_path)
    assert _gaps(_report(file))["LOG-02"]["kind"] == "failing_check"
    result = _ok(
        soc2(
            "waive",
            "apiserver_audit_log_path_set",
            "--reason",
            REASON,
            "--file",
            "assessment.yaml",
            cwd=tmp_path,
        )
    )
    assert result.stdout == (
        "waived apiserver_audit_log_path_set in assessment.yaml; it affects LOG-02\n"
    )
    assert _load(file)["waivers"] == [{"check": "apiserver_audit_log_path_set", "reason": REASON}]
    report = _report(file)
    gaps, controls = _gaps(report), _controls(report)
    assert "LOG-02" not in gaps
    assert controls["LOG-02"]["failing_checks"] == []
    assert controls["LOG-02"]["accepted_checks"] == [
        {
            "check": "apiserver_audit_log_path_set",
            "reason": f"waived: {REASON}",
            "resources": ["<resource_uid>"],
            "total": 1,
        }
    ]
    assert controls["LOG-02"]["type1_ready"]
    assert report["waivers"] == [
        {"check": "apiserver_audit_log_path_set", "provider": "", "reason": REASON, "until": None}
    ]
    assert gaps["LOG-04"]["kind"] == "failing_check", "other checks still fail"


@pytest.mark.parametrize(
    ("until", "provider", "waived"),
    [
        ("2026-12-31", "", False),  # ended the day before SOURCE_DATE_EPOCH
        ("2027-01-01", "", True),  # holds through its last day
        ("", "aws", False),  # another provider's check
        ("", "kubernetes", True),
    ],
)
def test_waiver_expiry_and_provider(
    tmp_path: Path, until: str, provider: str, waived: bool
) -> None:
    file = _k8s_imported(tmp_path)
    args = ["waive", "apiserver_audit_log_path_set", "--reason", "accepted"]
    args += ["--until", until] if until else []
    args += ["--provider", provider] if provider else []
    _ok(soc2(*args, "--file", "assessment.yaml", cwd=tmp_path))
    report = _report(file)
    log02 = _controls(report)["LOG-02"]
    if waived:
        assert "LOG-02" not in _gaps(report)
        assert [a["check"] for a in log02["accepted_checks"]] == ["apiserver_audit_log_path_set"]
    else:
        assert _gaps(report)["LOG-02"]["kind"] == "failing_check"
        assert log02["accepted_checks"] == []
        assert [f["check"] for f in log02["failing_checks"]] == ["apiserver_audit_log_path_set"]


def test_a_waiver_recorded_before_the_import_still_expires(tmp_path: Path) -> None:
    file = _example(tmp_path)
    _sample(tmp_path, K8S)
    _ok(
        soc2(
            "waive",
            "apiserver_audit_log_path_set",
            "--reason",
            "accepted",
            "--until",
            "2026-12-31",
            "--file",
            "assessment.yaml",
            cwd=tmp_path,
        )
    )
    _ok(soc2("import", "prowler", K8S, "--file", "assessment.yaml", cwd=tmp_path))
    assert _gaps(_report(file))["LOG-02"]["kind"] == "failing_check"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["apiserver_audit_log_path_set", "--reason", "  "], "--reason cannot be empty"),
        (["apiserver_audit_log_path_set", "--reason", "x", "--until", "soon"], "--until"),
    ],
)
def test_waive_refuses_bad_usage(tmp_path: Path, args: list[str], message: str) -> None:
    file = _k8s_imported(tmp_path)
    before = file.read_bytes()
    result = soc2("waive", *args, "--file", "assessment.yaml", cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr
    assert file.read_bytes() == before


def test_muted_findings_are_counted_as_muted_never_gaps(tmp_path: Path) -> None:
    file = _example(tmp_path)
    write_ocsf(
        tmp_path / "muted.ocsf.json",
        [
            ocsf("apiserver_audit_log_path_set", "FAIL", suppressed=True, resource="cluster-a"),
            ocsf("apiserver_audit_log_path_set", "PASS", resource="cluster-b"),
        ],
    )
    rows = list(
        csv.reader(io.StringIO((DATA / AWS_CSV).read_text(encoding="utf-8")), delimiter=";")
    )
    header = rows[0]
    for row in rows[1:]:
        if row[header.index("CHECK_ID")] == "accessanalyzer_enabled":
            row[header.index("MUTED")] = "True"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    (tmp_path / "muted.csv").write_text(out.getvalue(), encoding="utf-8")

    result = _ok(
        soc2("import", "prowler", "muted.ocsf.json", "muted.csv", "--file", file.name, cwd=tmp_path)
    )
    assert "LOG-02" not in result.stdout and "AC-04" not in result.stdout
    automated = _load(file)["automated"]
    log02 = automated["LOG-02"][0]
    assert (log02["pass"], log02["muted"], "fail" in log02) == (1, 1, False)
    assert log02["accepted"] == [
        {
            "check": "apiserver_audit_log_path_set",
            "resources": ["cluster-a"],
            "total": 1,
            "reason": "muted in the scanner",
        }
    ]
    ac04 = automated["AC-04"][0]
    assert (ac04["muted"], "fail" in ac04, "failing" in ac04) == (1, False, False)
    report = _report(file)
    gaps, controls = _gaps(report), _controls(report)
    assert "LOG-02" not in gaps and "AC-04" not in gaps
    assert [a["check"] for a in controls["LOG-02"]["accepted_checks"]] == [
        "apiserver_audit_log_path_set"
    ]
    assert [a["reason"] for a in controls["AC-04"]["accepted_checks"]] == ["muted in the scanner"]


# --- Type II: dated samples ---------------------------------------------------------------------


def _log02_evidence(file: Path) -> dict[str, Any]:
    report = _report(file, epoch=IN_WINDOW)
    checks = {c["control"]: c for c in report["evidence"]["checks"]}
    return {"check": checks["LOG-02"], "gap": _gaps(report).get("LOG-02")}


def test_a_clean_scan_inside_the_window_evidences_that_month(tmp_path: Path) -> None:
    """LOG-02 (operating, continuous) needs a record each month of the window."""
    file = _example(tmp_path)
    before = _log02_evidence(file)
    months = ["2027-03-01..2027-03-31", "2027-04-01..2027-04-30", "2027-05-01..2027-05-31"]
    assert before["check"]["missing"] == months
    assert before["gap"]["kind"] == "no_evidence"

    # A clean scan from before the window is no sample of operation inside it.
    write_ocsf(tmp_path / "old.ocsf.json", [ocsf("apiserver_audit_log_path_set")])
    _ok(soc2("import", "prowler", "old.ocsf.json", cwd=tmp_path, epoch=IN_WINDOW))
    assert _log02_evidence(file)["check"]["missing"] == months

    # A clean scan on 2027-04-10 evidences April.
    when = "2027-04-10T03:00:00"
    write_ocsf(tmp_path / "april.ocsf.json", [ocsf("apiserver_audit_log_path_set", when=when)])
    result = _ok(soc2("import", "prowler", "april.ocsf.json", cwd=tmp_path, epoch=IN_WINDOW))
    assert "scanned 2027-04-10" in result.stdout
    after = _log02_evidence(file)
    april = next(s for s in after["check"]["slots"] if s["start"] == "2027-04-01")
    assert april == {
        "start": "2027-04-01",
        "end": "2027-04-30",
        "status": "evidenced",
        "items": ["prowler scan of 2027-04-10: 1 pass"],
    }
    assert after["check"]["missing"] == [months[0], months[2]]
    assert after["gap"]["kind"] == "no_evidence"
    assert after["gap"]["missing_periods"] == [months[0], months[2]]

    # A scan in May with a failing finding is no sample, and the failure is the gap.
    may = "2027-05-10T03:00:00"
    write_ocsf(
        tmp_path / "may.ocsf.json",
        [
            ocsf("apiserver_audit_log_path_set", when=may),
            ocsf("apiserver_audit_log_path_set", "FAIL", when=may, resource="c2"),
        ],
    )
    _ok(soc2("import", "prowler", "may.ocsf.json", cwd=tmp_path, epoch=IN_WINDOW))
    last = _log02_evidence(file)
    assert last["check"]["missing"] == [months[0], months[2]]
    assert last["gap"]["kind"] == "failing_check"
    assert last["gap"]["failing"] == [
        {"check": "apiserver_audit_log_path_set", "reason": "", "resources": ["c2"], "total": 1}
    ]


# --- bad input ----------------------------------------------------------------------------------


def _finding_line(text: str, index: int) -> int:
    """The line on which the ``index``-th finding (1-based) of an indented JSON list starts."""
    starts = [n for n, line in enumerate(text.splitlines(), start=1) if line == "  {"]
    return starts[index - 1]


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (the file, the start of the expected error line, a part of the rest)."""
    cases: dict[str, tuple[Path, str, str]] = {}

    def put(name: str, text: str | bytes, where: str, also: str = "") -> None:
        path = tmp / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        cases[name] = (path, where, also)

    good = [ocsf("apiserver_anonymous_requests"), ocsf("apiserver_audit_log_path_set")]
    put("not-json.json", "Prowler finished: 12 findings\n", "not-json.json:1: not Prowler output")
    put("object.json", '{"findings": []}\n', "object.json:1: a JSON object")
    other = copy.deepcopy(good)
    other[1]["class_uid"] = 2003
    text = json.dumps(other, indent=2)
    put(
        "other-class.json",
        text,
        f"other-class.json:{_finding_line(text, 2)}: finding 2 is OCSF class 2003, not a "
        "Detection Finding (2004)",
    )
    put("plain.csv", "name,status\nbucket,ok\n", "plain.csv:1: not Prowler output")
    put(
        "columns.csv",
        "CHECK_ID;RESULT\ns3_bucket_public_access;FAIL\n",
        "columns.csv:1: not Prowler's CSV: the header lacks STATUS, MUTED, RESOURCE_UID, "
        "PROVIDER, TIMESTAMP",
    )
    three = [*good, ocsf("apiserver_audit_log_maxage_set", "FAIL")]
    text = json.dumps(three, indent=2)
    cut = text.index("apiserver_audit_log_maxage_set")  # inside finding 3
    put(
        "truncated.json",
        text[:cut],
        f"truncated.json:{_finding_line(text, 3)}: finding 3 is not valid JSON (the file may be "
        "truncated)",
    )
    put(
        "unclosed.json",
        json.dumps(good, indent=2)[:-1],
        "unclosed.json:",
        "the file ends before the list of findings is closed (truncated after 2 finding(s))",
    )
    sample_csv = (DATA / AWS_CSV).read_text(encoding="utf-8").splitlines()
    put(
        "truncated.csv",
        "\n".join(sample_csv[:3]) + "\n" + sample_csv[3][:300],
        "truncated.csv:4: row has ",
        "the header 42 (truncated?)",
    )
    missing = copy.deepcopy(good)
    del missing[1]["metadata"]["event_code"]
    text = json.dumps(missing, indent=2)
    put(
        "no-check.json",
        text,
        f"no-check.json:{_finding_line(text, 2)}: finding 2 has no check id (metadata.event_code)",
    )
    rows = list(csv.reader(io.StringIO("\n".join(sample_csv) + "\n"), delimiter=";"))
    rows[2][rows[0].index("CHECK_ID")] = ""
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    put("no-check.csv", out.getvalue(), "no-check.csv:3: the row has no CHECK_ID")
    bad_status = copy.deepcopy(good)
    bad_status[0]["status_code"] = "WARNING"
    text = json.dumps(bad_status, indent=2)
    put(
        "status.json",
        text,
        f"status.json:{_finding_line(text, 1)}: finding 1 (apiserver_anonymous_requests): "
        "status_code 'WARNING' is not PASS, FAIL or MANUAL",
    )
    text = json.dumps(good, indent=2) + "\n]\n"
    put(
        "trailing.json",
        text,
        f"trailing.json:{len(text.splitlines())}: unexpected text after the list of findings",
    )
    put("empty.json", "", "empty.json: the file is empty")
    put(
        "latin1.csv",
        "CHECK_ID;STATUS\ncaf\xe9;PASS\n".encode("latin-1"),
        "latin1.csv: not valid UTF-8 text",
    )
    (tmp / "a-directory").mkdir()
    cases["a-directory"] = (tmp / "a-directory", "a-directory: expected a scanner output", "")
    cases["missing.json"] = (
        tmp / "missing.json",
        "missing.json: scanner output file not found",
        "",
    )
    return cases


BAD = [
    "not-json.json",
    "object.json",
    "other-class.json",
    "plain.csv",
    "columns.csv",
    "truncated.json",
    "unclosed.json",
    "truncated.csv",
    "no-check.json",
    "no-check.csv",
    "status.json",
    "trailing.json",
    "empty.json",
    "latin1.csv",
    "a-directory",
    "missing.json",
]


@pytest.mark.parametrize("name", BAD)
def test_bad_input_exits_2_naming_the_place_and_writes_nothing(tmp_path: Path, name: str) -> None:
    file = _example(tmp_path)
    _sample(tmp_path, K8S)
    before = file.read_bytes()
    path, where, also = _bad_files(tmp_path)[name]
    # A good file first: it is read, but nothing is written because the next one is bad.
    result = soc2("import", "prowler", K8S, path.name, "--file", file.name, cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(f"error: {where}"), result.stderr
    assert also in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "recorded in" not in result.stdout
    assert file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".yaml") == [file.name]


def test_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In process: a child process cannot be given a smaller limit than 512 MB."""
    file = _example(tmp_path)
    sample = _sample(tmp_path, K8S)
    before = file.read_bytes()
    monkeypatch.setattr(soc2cli.files, "MAX_SCAN_BYTES", 1000)
    result = run(
        "import", "prowler", str(sample), "--file", str(file), env={"SOURCE_DATE_EPOCH": "0"}
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {sample}: the file is ")
    assert "the limit for one import is" in result.stderr
    assert file.read_bytes() == before
    monkeypatch.setattr(soc2cli.files, "MAX_SCAN_BYTES", sample.stat().st_size)
    ok = run("import", "prowler", str(sample), "--file", str(file), env={"SOURCE_DATE_EPOCH": "0"})
    assert ok.exit_code == 0, ok.stderr


def test_unknown_check_and_provider_are_warnings_not_errors(tmp_path: Path) -> None:
    file = _example(tmp_path)
    write_ocsf(
        tmp_path / "new.ocsf.json",
        [
            ocsf("apiserver_anonymous_requests"),
            ocsf("apiserver_brand_new_check", "FAIL", compliance={"SOC2": ["cc_7_2", "cc_7_3"]}),
            ocsf("cloudguard_enabled", "PASS", provider="oraclecloud"),
        ],
    )
    result = _ok(soc2("import", "prowler", "new.ocsf.json", "--file", file.name, cwd=tmp_path))
    assert result.stderr == (
        "warning: new.ocsf.json: 2 check id(s) not in the mapping, counted only through their "
        "SOC 2 criteria: apiserver_brand_new_check, cloudguard_enabled\n"
        "warning: new.ocsf.json: no check mapping for provider 'oraclecloud'\n"
    )
    scan = _load(file)["scans"][0]
    assert scan["findings"] == 3
    assert scan["providers"] == ["kubernetes", "oraclecloud"]
    assert scan["unknown_checks"] == ["apiserver_brand_new_check", "cloudguard_enabled"]
    assert scan["unknown_checks_total"] == 2
    assert scan["criteria"] == {"CC7.2": {"fail": 1}, "CC7.3": {"fail": 1}}
    criteria = {c["id"]: c for c in _report(file)["criteria"]}
    assert (criteria["CC7.2"]["scanner_fail"], criteria["CC7.2"]["scanner_pass"]) == (1, 0)


# --- a large generated file ---------------------------------------------------------------------

LARGE = 30_000


def _large_finding(n: int) -> dict[str, Any]:
    """A compact finding; the kind cycles through ten cases."""
    kind = n % 10
    check, status, muted = {
        0: ("apiserver_audit_log_path_set", "PASS", False),
        1: ("apiserver_audit_log_path_set", "PASS", False),
        2: ("apiserver_audit_log_path_set", "PASS", False),
        3: ("apiserver_audit_log_path_set", "PASS", False),
        4: ("apiserver_audit_log_maxage_set", "FAIL", False),
        5: ("apiserver_audit_log_maxage_set", "FAIL", False),
        6: ("apiserver_always_pull_images_plugin", "FAIL", True),
        7: ("apiserver_no_token_auth_file", "MANUAL", False),
        8: ("apiserver_anonymous_requests", "PASS", False),
        9: (f"bench_unknown_check_{n % 3}", "FAIL", False),
    }[kind]
    second = 59 if n == LARGE - 1 else n % 50
    return {
        "class_uid": 2004,
        "metadata": {"event_code": check, "product": {"name": "Prowler", "uid": "prowler"}},
        "severity": "Medium",
        "status": "Suppressed" if muted else "New",
        "status_code": status,
        "status_detail": f"finding {n}",
        "resources": [{"uid": f"node-{n:06d}", "type": "KubernetesAPIServer"}],
        "cloud": {"provider": "kubernetes"},
        "finding_info": {"created_time_dt": f"2027-02-20T10:00:{second:02d}", "uid": f"f-{n}"},
    }


def test_a_large_generated_file_imports_and_the_counts_add_up(tmp_path: Path) -> None:
    path = tmp_path / "large.ocsf.json"
    with path.open("w", encoding="utf-8") as out:  # streamed, one finding at a time
        out.write("[\n")
        for n in range(LARGE):
            out.write(("," if n else "") + json.dumps(_large_finding(n)) + "\n")
        out.write("]\n")
    assert path.stat().st_size > 5_000_000
    file = _example(tmp_path)
    result = _ok(soc2("import", "prowler", path.name, "--file", file.name, cwd=tmp_path))
    assert result.stdout.startswith(
        f"large.ocsf.json: {LARGE} finding(s) from prowler (kubernetes), scanned 2027-02-20; "
        "results for 5 control(s)"
    )
    assert "3 check id(s) not in the mapping" in result.stderr
    doc = _load(file)
    scan = doc["scans"][0]
    assert (scan["findings"], scan["unknown_checks_total"]) == (LARGE, 3)
    assert scan["scanned_at"] == "2027-02-20T10:00:59Z"
    tenth = LARGE // 10
    counts = {
        control: {k: r[k] for k in ("pass", "fail", "manual", "muted") if k in r}
        for control, [r] in doc["automated"].items()
    }
    assert counts == {
        "AC-03": {"pass": tenth},
        "AC-11": {"manual": tenth},
        "LOG-02": {"pass": 4 * tenth},
        "LOG-04": {"fail": 2 * tenth},
        "VUL-05": {"pass": tenth, "muted": tenth},
    }
    # Every finding counts once per control it maps to: apiserver_anonymous_requests counts for
    # AC-03 and VUL-05, and the unknown checks for no control.
    counted = sum(sum(c.values()) for c in counts.values())
    shared, unknown = tenth, tenth
    assert counted - shared + unknown == LARGE
    failing = doc["automated"]["LOG-04"][0]["failing"]
    assert failing == [
        {
            "check": "apiserver_audit_log_maxage_set",
            "resources": [f"node-{n:06d}" for n in range(LARGE) if n % 10 in (4, 5)][:10],
            "total": 2 * tenth,
        }
    ]
    muted = doc["automated"]["VUL-05"][0]["accepted"]
    assert [(a["check"], a["total"], len(a["resources"])) for a in muted] == [
        ("apiserver_always_pull_images_plugin", tenth, 10)
    ]


# --- soc2 import checks and soc2 schema checks --------------------------------------------------

CHECKS: dict[str, Any] = {
    "source": "repo-audit",
    "generated_at": "2026-12-15T08:00:00Z",
    "results": [
        {
            "check": "branch-protection",
            "status": "pass",
            "resource": "acme/api",
            "controls": ["CHG-02"],
        },
        {
            "check": "branch-protection",
            "status": "pass",
            "resource": "acme/web",
            "controls": ["CHG-02"],
        },
        {
            "check": "required-reviews",
            "status": "fail",
            "resource": "acme/web",
            "controls": ["CHG-02", "AC-12"],
            "message": "main can be pushed to without review",
        },
        {
            "check": "security-policy",
            "status": "fail",
            "resource": "acme/api",
            "criteria": ["CC2.3"],
        },
        {"check": "license", "status": "manual", "resource": "acme/api", "criteria": ["CC2.3"]},
        {
            "check": "secret-scanning",
            "status": "fail",
            "resource": "acme/old",
            "controls": ["SDL-04"],
            "muted": True,
        },
    ],
}


def _schema(tmp: Path) -> dict[str, Any]:
    result = _ok(soc2("schema", "checks", cwd=tmp))
    schema: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def test_import_checks_records_controls_and_criteria(tmp_path: Path) -> None:
    jsonschema.validate(CHECKS, _schema(tmp_path))
    # The importer also takes the status in capitals (the schema names the lower-case form).
    upper = copy.deepcopy(CHECKS)
    upper["results"][1]["status"] = "PASS"
    results = tmp_path / "checks.json"
    results.write_text(json.dumps(upper, indent=2), encoding="utf-8")
    file = _example(tmp_path)
    result = _ok(soc2("import", "checks", results.name, "--file", file.name, cwd=tmp_path))
    assert result.stdout.splitlines()[0] == (
        "checks.json: 6 finding(s) from repo-audit (repo-audit), scanned 2026-12-15; results for "
        "3 control(s) recorded in assessment.yaml"
    )
    doc = _load(file)
    digest = _digest(results)
    common = {
        "source": "repo-audit",
        "scanned_at": "2026-12-15T08:00:00Z",
        "file": "checks.json",
        "sha256": digest,
        "provider": "repo-audit",
    }
    failing = [{"check": "required-reviews", "resources": ["acme/web"], "total": 1}]
    assert doc["automated"] == {
        "AC-12": [{**common, "fail": 1, "checks": ["required-reviews"], "failing": failing}],
        "CHG-02": [
            {
                **common,
                "pass": 2,
                "fail": 1,
                "checks": ["branch-protection", "required-reviews"],
                "failing": failing,
            }
        ],
        "SDL-04": [
            {
                **common,
                "muted": 1,
                "checks": ["secret-scanning"],
                "accepted": [
                    {
                        "check": "secret-scanning",
                        "resources": ["acme/old"],
                        "total": 1,
                        "reason": "muted in the scanner",
                    }
                ],
            }
        ],
    }
    assert doc["scans"] == [
        {
            "source": "repo-audit",
            "file": "checks.json",
            "sha256": digest,
            "scanned_at": "2026-12-15T08:00:00Z",
            "findings": 6,
            "providers": ["repo-audit"],
            "criteria": {"CC2.3": {"fail": 1, "manual": 1}},
        }
    ]
    report = _report(file)
    gaps = _gaps(report)
    assert gaps["CHG-02"]["kind"] == "failing_check"
    assert gaps["CHG-02"]["failing"] == [{**failing[0], "reason": ""}]
    assert "SDL-04" not in gaps or gaps["SDL-04"]["kind"] != "failing_check"
    criteria = {c["id"]: c for c in report["criteria"]}
    assert criteria["CC2.3"]["scanner_fail"] == 1
    again = _ok(soc2("import", "checks", results.name, "--file", file.name, cwd=tmp_path))
    assert "already imported" in again.stdout


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["results"][2]["controls"].__setitem__(1, "XYZ-99"),
            "checks.json:{line}:{col}: results[2].controls[1]: unknown control 'XYZ-99'",
        ),
        (
            lambda d: d["results"][0].__setitem__("controls", []),
            "checks.json:{line}:{col}: results[0]: name the controls or the criteria",
        ),
        (
            lambda d: d["results"][1].__setitem__("status", "warn"),
            "checks.json:{line}:{col}: results[1].status: ",
        ),
        (
            lambda d: d.__setitem__("scanner", "x"),
            "checks.json:{line}:{col}: scanner: unknown key",
        ),
    ],
)
def test_import_checks_bad_file_names_the_key_path(
    tmp_path: Path, change: Any, expected: str
) -> None:
    doc = copy.deepcopy(CHECKS)
    change(doc)
    results = tmp_path / "checks.json"
    results.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    file = _example(tmp_path)
    before = file.read_bytes()
    result = soc2("import", "checks", results.name, "--file", file.name, cwd=tmp_path)
    assert result.returncode == 2
    pattern = re.escape(expected).replace(r"\{line\}", r"\d+").replace(r"\{col\}", r"\d+")
    assert re.match(f"error: {pattern}", result.stderr), result.stderr
    assert file.read_bytes() == before


def test_checks_key_paths_use_one_notation(tmp_path: Path) -> None:
    doc = copy.deepcopy(CHECKS)
    doc["results"][1]["status"] = "warn"
    results = tmp_path / "checks.json"
    results.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    _example(tmp_path)
    result = soc2("import", "checks", results.name, cwd=tmp_path)
    assert "results[1].status" in result.stderr


def test_schema_checks_accepts_the_format_and_rejects_unknown_keys(tmp_path: Path) -> None:
    schema = _schema(tmp_path)
    jsonschema.validate(CHECKS, schema)
    for bad in (
        {**CHECKS, "scanner": "x"},
        {**CHECKS, "results": [{"check": "x", "status": "ok", "controls": ["CHG-02"]}]},
        {"source": "x", "results": []},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


# --- the README's Scorecard example -------------------------------------------------------------

SCORECARD: dict[str, Any] = {
    "date": "2026-12-15T09:30:00Z",
    "repo": {"name": "github.com/acme/api", "commit": "0123456789abcdef"},
    "scorecard": {"version": "v5.0.0", "commit": "fedcba9876543210"},
    "score": 6.1,
    "checks": [
        {
            "name": "Branch-Protection",
            "score": 10,
            "reason": "branch protection is maximal",
            "details": None,
            "documentation": {"short": "s", "url": "u"},
        },
        {
            "name": "Code-Review",
            "score": 3,
            "reason": "Found 5/15 approved changesets -- score normalized to 3",
            "details": None,
            "documentation": {"short": "s", "url": "u"},
        },
        {
            "name": "CI-Tests",
            "score": 9,
            "reason": "27 out of 30 merged PRs checked by a CI test",
            "details": None,
            "documentation": {"short": "s", "url": "u"},
        },
        {
            "name": "SAST",
            "score": -1,
            "reason": "internal error: rate limited",
            "details": None,
            "documentation": {"short": "s", "url": "u"},
        },
        {
            "name": "Vulnerabilities",
            "score": 10,
            "reason": "0 existing vulnerabilities detected",
            "details": None,
            "documentation": {"short": "s", "url": "u"},
        },
        {
            "name": "Dependency-Update-Tool",
            "score": 0,
            "reason": "no update tool detected",
            "details": None,
            "documentation": {"short": "s", "url": "u"},
        },
        {
            "name": "License",
            "score": 10,
            "reason": "license file detected",
            "details": None,
            "documentation": {"short": "s", "url": "u"},
        },
    ],
}


def _readme_jq_program() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^jq '(.*?)' scorecard\.json > checks\.json$", readme, re.S | re.M)
    assert match, "the README's jq example is missing"
    return match.group(1)


def test_readme_scanner_section_follows_the_evidence_register() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    order = [
        readme.index("### The evidence register"),
        readme.index("### Evidence from scanners"),
        readme.index("### `soc2 diff` and CI"),
    ]
    assert order == sorted(order)
    for text in ("soc2 import prowler", "--apply", "soc2 waive", "soc2 schema checks", "jq '"):
        assert text in readme


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_readme_jq_converts_scorecard_json_to_the_checks_format(tmp_path: Path) -> None:
    (tmp_path / "scorecard.json").write_text(json.dumps(SCORECARD), encoding="utf-8")
    converted = subprocess.run(
        ["jq", _readme_jq_program(), "scorecard.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    checks = json.loads(converted.stdout)
    jsonschema.validate(checks, _schema(tmp_path))
    repo = "github.com/acme/api"
    assert checks["source"] == "scorecard" and checks["generated_at"] == SCORECARD["date"]
    assert [(r["check"], r["status"], r["controls"], r["resource"]) for r in checks["results"]] == [
        ("Branch-Protection", "pass", ["CHG-02"], repo),
        ("Code-Review", "fail", ["CHG-02"], repo),
        ("CI-Tests", "manual", ["CHG-03"], repo),
        ("SAST", "manual", ["SDL-03"], repo),
        ("Vulnerabilities", "pass", ["VUL-03"], repo),
        ("Dependency-Update-Tool", "fail", ["VUL-02"], repo),
    ]
    (tmp_path / "checks.json").write_text(converted.stdout, encoding="utf-8")
    file = _example(tmp_path)
    result = _ok(soc2("import", "checks", "checks.json", "--file", file.name, cwd=tmp_path))
    assert "6 finding(s) from scorecard (scorecard), scanned 2026-12-15" in result.stdout
    automated = _load(file)["automated"]
    assert sorted(automated) == ["CHG-02", "CHG-03", "SDL-03", "VUL-02", "VUL-03"]
    chg02 = automated["CHG-02"][0]
    assert (chg02["pass"], chg02["fail"], chg02["checks"]) == (
        1,
        1,
        ["Branch-Protection", "Code-Review"],
    )
    assert chg02["failing"] == [{"check": "Code-Review", "resources": [repo], "total": 1}]
    assert _gaps(_report(file))["CHG-02"]["kind"] == "failing_check"
