"""Policy findings as report gaps, for `soc2 report --policies DIR`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from soc2cli.assessment import Assessment
from soc2cli.catalogue import Catalogue
from soc2cli.errors import InputError
from soc2cli.labels import severity_rank
from soc2cli.policies.checking import PolicyFinding, check
from soc2cli.report import PolicyGapEntry, Report
from soc2cli.vocabulary import FindingKind, Severity

SEVERITY: dict[FindingKind, Severity] = {
    FindingKind.missing: Severity.high,
    FindingKind.control_without_policy: Severity.high,
    FindingKind.overdue: Severity.medium,
    FindingKind.invalid: Severity.medium,
}
REMEDIATION: dict[FindingKind, Callable[[PolicyFinding], str]] = {
    FindingKind.missing: lambda f: (
        f"Draft the {f.policy} policy from the policy pack's starting draft, complete its "
        "'To complete' list, have senior management approve it and publish it where staff can "
        "read it."
    ),
    FindingKind.control_without_policy: lambda f: (
        f"Cover {', '.join(f.controls)} in an approved policy and list them under 'controls' in "
        "its front matter."
    ),
    FindingKind.overdue: lambda f: (
        f"Have the owner review the {f.policy} policy, record the review and approval in its "
        "revision history and set the next review date."
    ),
    FindingKind.invalid: lambda f: "Fix the policy file's front matter so it can be checked.",
}


def policy_gaps(findings: Iterable[PolicyFinding]) -> list[PolicyGapEntry]:
    """Policy findings as report gaps, for `soc2 report --policies DIR`.

    One gap per finding, in the foundation phase (policies come before technical work), most
    severe first, then by policy id. Severity: a missing policy or a control without a policy is
    high; an overdue review or an invalid file is medium. ``criteria`` are the registry's criteria
    for the policy, so the report can attach the gap to those criteria; ``controls`` are the
    controls left uncovered (or, for an overdue policy, the controls it covers).
    """
    gaps = [
        PolicyGapEntry(
            policy=f.policy,
            kind=f.kind,
            severity=SEVERITY[f.kind],
            message=f.message,
            controls=list(f.controls),
            criteria=list(f.criteria),
            remediation=REMEDIATION[f.kind](f),
        )
        for f in findings
    ]
    return sorted(gaps, key=lambda g: (severity_rank(g.severity), g.policy, g.kind.value))


def with_policy_gaps(
    report: Report, directory: Path, catalogue: Catalogue, assessment: Assessment, as_of: date
) -> Report:
    """``report`` with the findings for a folder of policies as its policy gaps."""
    if not directory.is_dir():
        raise InputError("policy folder not found", file=str(directory))
    gaps = policy_gaps(check(directory, catalogue, assessment, as_of))
    return report.model_copy(update={"policies_checked": True, "policy_gaps": gaps})
