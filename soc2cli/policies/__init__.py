"""The policy pack: the registry of policies, drafting them, checking a folder of them, and their
findings as report gaps. This module is the package's interface; the work is in its modules:

- ``registry``: templates/policies/index.yaml, and which policies a scope needs;
- ``drafting``: a Markdown draft per policy and the index, and writing the pack;
- ``checking``: findings for a folder of policies;
- ``gaps``: findings as gaps of a report.
"""

from __future__ import annotations

from soc2cli.policies.checking import PolicyFile, PolicyFinding, check, read_policy
from soc2cli.policies.drafting import PackWritten, PolicyDraft, branded, generate, write_pack
from soc2cli.policies.gaps import policy_gaps, with_policy_gaps
from soc2cli.policies.registry import (
    PolicyRegistry,
    PolicySpec,
    expected_policies,
    load_registry,
    registry_problems,
)
from soc2cli.vocabulary import FindingKind

__all__ = [
    "FindingKind",
    "PackWritten",
    "PolicyDraft",
    "PolicyFile",
    "PolicyFinding",
    "PolicyRegistry",
    "PolicySpec",
    "branded",
    "check",
    "expected_policies",
    "generate",
    "load_registry",
    "policy_gaps",
    "read_policy",
    "registry_problems",
    "with_policy_gaps",
    "write_pack",
]
