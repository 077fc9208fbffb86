"""Checking a folder of policies: invalid files, missing policies, overdue reviews, and applicable
controls that no present policy covers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from pydantic import ConfigDict, Field, ValidationError, field_validator

from soc2cli import files
from soc2cli.applicability import controls_in_force
from soc2cli.assessment import Assessment
from soc2cli.catalogue import Catalogue
from soc2cli.errors import InputError
from soc2cli.policies.drafting import INDEX_FILENAME
from soc2cli.policies.registry import POLICY_ID, PolicySpec, expected_policies, located
from soc2cli.vocabulary import FindingKind, Frozen, NonEmpty


@dataclass(frozen=True)
class PolicyFinding:
    """A problem `policies check` found; ``policy`` is a policy id, or a file name if unknown."""

    kind: FindingKind
    policy: str
    message: str
    controls: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()
    file: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "policy": self.policy,
            "message": self.message,
            "controls": list(self.controls),
            "criteria": list(self.criteria),
            "file": self.file,
        }


class PolicyFrontMatter(Frozen):
    """The YAML block at the top of a policy file. Keys beyond these are allowed and kept."""

    model_config = ConfigDict(extra="allow", frozen=True)

    id: Annotated[str, Field(pattern=POLICY_ID)]
    title: NonEmpty
    owner: NonEmpty
    version: NonEmpty
    effective_date: date
    next_review: date
    criteria: list[str] = Field(default_factory=list)
    controls: list[str] = Field(default_factory=list)

    @field_validator("version", mode="before")
    @classmethod
    def _version_text(cls, value: Any) -> Any:
        # YAML reads `version: 1.0` as a number; a version is text.
        return (
            str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
        )


@dataclass(frozen=True)
class PolicyFile:
    """A policy file whose front matter parsed."""

    path: Path
    front: PolicyFrontMatter


def read_policy(path: Path, catalogue: Catalogue) -> PolicyFile | None:
    """Parse one policy file's front matter. Returns None for a file with no front matter.

    Raises InputError, located in the file, when the front matter is malformed, lacks a required
    key or names an unknown control or criterion.
    """
    text = files.load_text(path, what="policy file")
    try:
        block = files.split_front_matter(text)
    except ValueError as exc:
        raise InputError(
            f"{exc}; add a line '---' after the front matter", file=str(path), line=1
        ) from None
    if block is None:
        return None
    doc = files.parse_yaml(block[0], str(path))
    if not isinstance(doc.data, dict):
        raise InputError(
            "front matter must be a YAML mapping (id, title, owner, version, effective_date, "
            "next_review, ...)",
            file=str(path),
            line=2,
        )
    try:
        front = PolicyFrontMatter.model_validate(doc.data)
    except ValidationError as exc:
        raise located(doc, exc) from None
    for index, control_id in enumerate(front.controls):
        if catalogue.control(control_id) is None:
            raise doc.error(("controls", index), f"unknown control {control_id!r}")
    for index, criterion_id in enumerate(front.criteria):
        if catalogue.criterion(criterion_id) is None:
            raise doc.error(("criteria", index), f"unknown criterion {criterion_id!r}")
    return PolicyFile(path, front)


def _policy_files(directory: Path) -> list[Path]:
    if not directory.exists():
        raise InputError("policy folder not found", file=str(directory))
    if not directory.is_dir():
        raise InputError("expected a folder of policy files, found a file", file=str(directory))
    found = files.find_files(directory, (".md",), recursive=False)
    return [p for p in found if p.name != INDEX_FILENAME]


@dataclass
class _Folder:
    """The policies read from a folder, by id, and the findings reading them produced."""

    present: dict[str, PolicyFile] = field(default_factory=dict)
    findings: list[PolicyFinding] = field(default_factory=list)


def _read_folder(directory: Path, catalogue: Catalogue) -> _Folder:
    folder = _Folder()
    for path in _policy_files(directory):
        try:
            policy = read_policy(path, catalogue)
        except InputError as exc:
            folder.findings.append(
                PolicyFinding(FindingKind.invalid, path.stem, exc.format(), file=str(path))
            )
            continue
        if policy is None:
            message = (
                f"{path}:1: no front matter: a policy starts with a YAML block between "
                "'---' lines (id, title, owner, version, effective_date, next_review)"
            )
            folder.findings.append(
                PolicyFinding(FindingKind.invalid, path.stem, message, file=str(path))
            )
            continue
        policy_id = policy.front.id
        if policy_id in folder.present:
            message = (
                f"{path}: id {policy_id!r} is also used by {folder.present[policy_id].path.name}"
            )
            folder.findings.append(
                PolicyFinding(FindingKind.invalid, policy_id, message, file=str(path))
            )
            continue
        folder.present[policy_id] = policy
    return folder


def _missing(directory: Path, expected: list[PolicySpec], present: set[str]) -> list[PolicyFinding]:
    return [
        PolicyFinding(
            FindingKind.missing,
            spec.id,
            f"{spec.id}: no {spec.title} in {directory} ({spec.requirement()}); "
            f"expected a file such as {spec.filename} with 'id: {spec.id}' in its front matter",
            criteria=tuple(spec.criteria),
        )
        for spec in expected
        if spec.id not in present
    ]


def _overdue(present: dict[str, PolicyFile], as_of: date) -> list[PolicyFinding]:
    findings = []
    for policy_id, policy in sorted(present.items()):
        front = policy.front
        if front.next_review < as_of:
            days = (as_of - front.next_review).days
            findings.append(
                PolicyFinding(
                    FindingKind.overdue,
                    policy_id,
                    f"{policy.path}: {front.title} was due for review on {front.next_review} "
                    f"({days} day(s) ago); review it, record the review in its revision history "
                    "and move next_review on",
                    controls=tuple(front.controls),
                    criteria=tuple(front.criteria),
                    file=str(policy.path),
                )
            )
    return findings


def _uncovered(
    expected: list[PolicySpec], present: dict[str, PolicyFile], applicable: set[str]
) -> list[PolicyFinding]:
    covered = {cid for policy in present.values() for cid in policy.front.controls}
    findings = []
    for spec in expected:
        uncovered = tuple(c for c in spec.controls if c in applicable and c not in covered)
        if not uncovered:
            continue
        if spec.id in present:
            why = (
                f"{present[spec.id].path.name} does not list them under 'controls' and no other "
                "policy does"
            )
        else:
            why = f"{spec.title} is missing"
        findings.append(
            PolicyFinding(
                FindingKind.control_without_policy,
                spec.id,
                f"{spec.id}: {len(uncovered)} applicable control(s) have no policy: "
                f"{', '.join(uncovered)} ({why})",
                controls=uncovered,
                criteria=tuple(spec.criteria),
            )
        )
    return findings


def check(
    directory: Path, catalogue: Catalogue, assessment: Assessment | None, as_of: date
) -> list[PolicyFinding]:
    """Findings for a folder of policies: invalid files, expected policies that are missing,
    reviews past their date, and applicable controls that no present policy covers.

    Without an assessment only the always-required policies, and the controls that apply to every
    scope, are expected. README.md (the generated index) is not a policy and is skipped.
    """
    folder = _read_folder(directory, catalogue)
    expected = expected_policies(catalogue, assessment.scope if assessment is not None else None)
    applicable = controls_in_force(catalogue, assessment)
    return [
        *folder.findings,
        *_missing(directory, expected, set(folder.present)),
        *_overdue(folder.present, as_of),
        *_uncovered(expected, folder.present, applicable),
    ]
