"""Policy pack: the registry, drafts rendered from templates, and checks of a policy folder.

Pure functions apart from reading the shipped registry and templates and, in ``check``, the policy
files the user points at. Writing files is the CLI's job.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from soc2cli.assessment import Assessment, Scope
from soc2cli.catalogue import Catalogue, Control
from soc2cli.errors import InputError
from soc2cli.models import Frequency, Hosting, Phase, Status, Strict
from soc2cli.report import Frozen, Severity
from soc2cli.templating import md_escape, render_template, templates_dir
from soc2cli.yamlio import KeyPath, LoadedYaml, parse_yaml, read_text

REGISTRY_FILE = "policies/index.yaml"
INDEX_FILENAME = "README.md"
DRAFT_VERSION = "0.1"
POLICY_ID = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
NonEmpty = Annotated[str, Field(min_length=1)]


class PolicySpec(Strict):
    """One policy in the registry: what it is called, when it is required and what it satisfies.

    The first control in ``controls`` is the policy's anchor: the owner recorded for it in the
    assessment becomes the policy owner.
    """

    id: Annotated[str, Field(pattern=POLICY_ID)]
    title: NonEmpty
    template: Annotated[str, Field(pattern=r"^[a-z0-9-]+\.md\.j2$")]
    summary: NonEmpty
    required_when: list[NonEmpty] = Field(default_factory=list)
    owner: NonEmpty = Field(description="Default owner role when the assessment names none")
    review_months: Annotated[int, Field(ge=1, le=36)]
    controls: Annotated[list[NonEmpty], Field(min_length=1)]
    criteria: Annotated[list[NonEmpty], Field(min_length=1)]

    @property
    def filename(self) -> str:
        return f"{self.id}.md"

    def required_for(self, scope: Scope | None) -> bool:
        """Always-required policies (empty ``required_when``) apply to every scope."""
        if not self.required_when:
            return True
        return scope is not None and any(scope.in_scope(c) for c in self.required_when)

    def requirement(self) -> str:
        """Why the policy is expected, in words."""
        if not self.required_when:
            return "required for every SOC 2 scope"
        return "required when " + " or ".join(self.required_when) + " is in scope"


class PolicyRegistry(Strict):
    """The registry file: templates/policies/index.yaml."""

    policies: Annotated[list[PolicySpec], Field(min_length=1)]

    def get(self, policy_id: str) -> PolicySpec | None:
        return next((p for p in self.policies if p.id == policy_id), None)


class FindingKind(StrEnum):
    missing = "missing"
    overdue = "overdue"
    control_without_policy = "control_without_policy"
    invalid = "invalid"


@dataclass(frozen=True)
class PolicyDraft:
    """A generated file: a policy, or the policy index (id ``policy-index``, README.md)."""

    id: str
    filename: str
    text: str
    to_complete: int = 0
    owner: str = ""


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


class PolicyGap(Frozen):
    """A policy finding shaped as a report gap (see ``policy_gaps``)."""

    policy: str
    kind: FindingKind
    severity: Severity
    message: str
    controls: list[str]
    criteria: list[str]
    remediation: str
    phase: Phase


class PolicyFrontMatter(BaseModel):
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


# ---------------------------------------------------------------------------------------------
# Registry


def _located(doc: LoadedYaml, exc: ValidationError) -> InputError:
    err = exc.errors()[0]
    path: KeyPath = tuple(p for p in err["loc"] if isinstance(p, str | int))
    kind = err["type"]
    if kind == "extra_forbidden":
        message = "unknown key"
    elif kind == "missing":
        message = "required key is missing"
    else:
        message = str(err["msg"]).removeprefix("Value error, ")
    more = len(exc.errors()) - 1
    if more:
        message += f" (and {more} more problem(s))"
    return doc.error(path, message)


@cache
def load_registry() -> PolicyRegistry:
    """The shipped policy registry (templates/policies/index.yaml), validated."""
    path = templates_dir() / REGISTRY_FILE
    doc = parse_yaml(read_text(path, what="policy registry"), str(path))
    if not isinstance(doc.data, dict):
        raise doc.error((), "expected a mapping with a 'policies' list")
    try:
        registry = PolicyRegistry.model_validate(doc.data)
    except ValidationError as exc:
        raise _located(doc, exc) from None
    seen: set[str] = set()
    for index, spec in enumerate(registry.policies):
        if spec.id in seen:
            raise doc.error(("policies", index, "id"), f"duplicate policy id {spec.id!r}")
        seen.add(spec.id)
        if not (templates_dir() / "policies" / spec.template).is_file():
            raise doc.error(("policies", index, "template"), f"no template {spec.template!r}")
    return registry


def registry_problems(registry: PolicyRegistry, catalogue: Catalogue) -> list[str]:
    """Registry references the catalogue does not know, one message each (for tests and CI)."""
    problems = []
    categories = {c.id for c in catalogue.categories}
    for spec in registry.policies:
        for category in spec.required_when:
            if category not in categories:
                problems.append(f"{spec.id}: unknown category {category!r}")
        for control_id in spec.controls:
            if catalogue.control(control_id) is None:
                problems.append(f"{spec.id}: unknown control {control_id!r}")
        supported = {
            criterion
            for control_id in spec.controls
            if (control := catalogue.control(control_id)) is not None
            for criterion in control.criteria
        }
        for criterion_id in spec.criteria:
            if catalogue.criterion(criterion_id) is None:
                problems.append(f"{spec.id}: unknown criterion {criterion_id!r}")
            elif criterion_id not in supported:
                problems.append(
                    f"{spec.id}: criterion {criterion_id} is supported by none of its controls"
                )
    return problems


def expected_policies(catalogue: Catalogue, scope: Scope | None) -> list[PolicySpec]:
    """The policies a scope needs; without a scope, only the always-required ones."""
    categories = {c.id for c in catalogue.categories}
    return [
        spec
        for spec in load_registry().policies
        if spec.required_for(scope)
        and (not spec.required_when or any(c in categories for c in spec.required_when))
    ]


# ---------------------------------------------------------------------------------------------
# Which controls apply


def _applicable_controls(catalogue: Catalogue, assessment: Assessment | None) -> set[str]:
    """Controls the scope makes apply, minus those answered not_applicable.

    Without an assessment: the controls that apply to every scope (security only, any hosting).
    """
    from soc2cli.scoring import applicability

    if assessment is None:
        scopes = [Scope(organization="any", hosting=h) for h in Hosting]
        return {
            c.id
            for c in catalogue.controls
            if all(applicability(c, s, catalogue).applicable for s in scopes)
        }
    out = set()
    for control in catalogue.controls:
        if not applicability(control, assessment.scope, catalogue).applicable:
            continue
        answer = assessment.answers.get(control.id)
        if answer is not None and answer.status is Status.not_applicable:
            continue
        out.add(control.id)
    return out


def _in_scope_criteria(catalogue: Catalogue, scope: Scope) -> set[str]:
    return {c.id for c in catalogue.criteria if scope.in_scope(c.category)}


# ---------------------------------------------------------------------------------------------
# Generation


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


FREQUENCY_TEXT: dict[Frequency, str] = {
    Frequency.continuous: "continuously",
    Frequency.daily: "daily",
    Frequency.weekly: "weekly",
    Frequency.monthly: "monthly",
    Frequency.quarterly: "quarterly",
    Frequency.semi_annual: "every six months",
    Frequency.annual: "yearly",
    Frequency.on_event: "on each occurrence",
}
STATUS_TEXT: dict[Status | None, str] = {
    Status.missing: "missing",
    Status.partial: "partial",
    Status.implemented: "implemented",
    Status.operating: "operating",
    Status.not_applicable: "not applicable",
    Status.unknown: "unknown",
    None: "not yet answered",
}
HOSTING_TEXT: dict[Hosting, str] = {
    Hosting.cloud: "in the cloud",
    Hosting.on_prem: "on premises, in the company's own facilities",
    Hosting.hybrid: "partly in the cloud and partly on infrastructure the company operates itself",
}


def join_words(items: Iterable[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b and c'."""
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


@dataclass
class _Drafting:
    """The facts one policy draft may use, and the questions it still needs answered.

    Every string it hands a template is already Markdown-escaped: user text can never become
    markup, and templates never need the ``md`` filter.
    """

    catalogue: Catalogue
    assessment: Assessment
    applicable: set[str]
    spec: PolicySpec
    owner: str = ""
    questions: list[str] = field(default_factory=list)
    default_owners: dict[str, str] = field(default_factory=dict)
    statement: int = 0

    @property
    def scope(self) -> Scope:
        return self.assessment.scope

    def ask(self, question: str) -> str:
        """Add a question to the 'To complete' list; renders as nothing."""
        if question not in self.questions:
            self.questions.append(question)
        return ""

    def applies(self, control_id: str) -> bool:
        return control_id in self.applicable

    def who(self, control_id: str) -> str:
        """Who performs a control: the owner in the assessment, else the catalogue's default role.

        A duty whose control does not apply to the scope falls to the policy owner.
        """
        answer = self.assessment.answers.get(control_id)
        if answer is not None and answer.owner and answer.owner.strip():
            return md_escape(answer.owner)
        control = self.catalogue.control(control_id)
        if control is None or control_id not in self.applicable:
            return md_escape(self.owner)
        self.default_owners.setdefault(control_id, control.owner)
        return md_escape(control.owner)

    def n(self) -> str:
        """The next policy statement number (4.1, 4.2, ...)."""
        self.statement += 1
        return f"4.{self.statement}"

    def systems(self) -> str:
        names = [md_escape(s.name) for s in self.scope.systems]
        if names:
            return join_words(names)
        self.ask(
            "Which systems are in scope of the audit? List them under `scope.systems` in the "
            "assessment (`soc2 assess --rescope`); the draft says 'the production systems' instead."
        )
        return "the production systems that deliver the company's service"

    def providers(self) -> str:
        names = [md_escape(p) for p in self.scope.subservice_organizations]
        if names:
            return join_words(names)
        if self.scope.hosting is Hosting.on_prem:
            return "the company's own facilities"
        self.ask(
            "Which providers host the in-scope systems? List them under "
            "`scope.subservice_organizations` (`soc2 assess --rescope`); the draft says 'the cloud "
            "hosting provider' instead."
        )
        return "the cloud hosting provider"

    def hosted(self) -> str:
        """Where the systems run, as a phrase: 'hosted on Amazon Web Services'."""
        if self.scope.hosting is Hosting.on_prem:
            return "hosted in the company's own facilities"
        if self.scope.hosting is Hosting.hybrid:
            return (
                f"hosted partly with {self.providers()} and partly on infrastructure the company "
                "operates itself"
            )
        return f"hosted on {self.providers()}"

    def data(self) -> str:
        """The kinds of data in scope, as a phrase: 'customer data and personal data'."""
        titles = [
            md_escape(d.title[0].lower() + d.title[1:])
            for d in self.catalogue.data_types
            if d.id in self.scope.data_types
        ]
        if titles:
            return join_words(titles)
        self.ask(
            "Which kinds of data do the systems hold (customer data, personal data, health data, "
            "payment card data...)? List them under `scope.data_types` (`soc2 assess --rescope`)."
        )
        return "the information customers entrust to the company"

    def has_data(self, data_type: str) -> bool:
        return data_type in self.scope.data_types

    def in_scope(self, category: str) -> bool:
        return self.scope.in_scope(category)

    def status_questions(self) -> None:
        """Questions for the policy's own controls that are unanswered or not in place."""
        for control_id in self.spec.controls:
            control = self.catalogue.control(control_id)
            if control is None or control_id not in self.applicable:
                continue
            answer = self.assessment.answers.get(control_id)
            status = answer.status if answer is not None else Status.unknown
            if status is Status.unknown:
                self.ask(f"{md_escape(control.question)} (answer {control_id} in `soc2 assess`)")
            elif status in (Status.missing, Status.partial):
                self.ask(
                    f"{control_id} {md_escape(control.title)}: answered {STATUS_TEXT[status]}, so "
                    "the statement that requires it is not yet true. Put it in place before "
                    "approval, or change the statement to what the company does and update "
                    f"{control_id} in `soc2 assess`."
                )

    def owner_question(self) -> None:
        if not self.default_owners:
            return
        listed = "; ".join(f"{cid} {role}" for cid, role in sorted(self.default_owners.items()))
        self.ask(
            "Who owns these duties? The assessment names no owner, so the draft uses the "
            f"catalogue's default role: {md_escape(listed)}. Record each owner with "
            "`soc2 assess --review` and generate again, or edit the names here."
        )


def _policy_owner(drafting: _Drafting) -> str:
    """The owner recorded for the policy's anchor (its first applicable control), else the
    registry's default role, with a question to confirm it."""
    spec = drafting.spec
    anchor = next((c for c in spec.controls if c in drafting.applicable), None)
    answer = drafting.assessment.answers.get(anchor) if anchor else None
    if answer is not None and answer.owner and answer.owner.strip():
        return " ".join(answer.owner.split())
    where = f"record an owner for {anchor} in `soc2 assess`" if anchor else "edit the front matter"
    drafting.ask(
        f"Who owns this policy? The draft names the {md_escape(spec.owner)}, the default role; "
        f"{where} to set it."
    )
    return spec.owner


def front_matter(data: dict[str, Any]) -> str:
    """YAML front matter between '---' lines; values quoted by the YAML dumper, never by hand."""
    body = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=None, width=10_000
    )
    return f"---\n{body}---\n"


_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def tidy(text: str) -> str:
    """Collapse runs of blank lines and trailing spaces left by template conditionals."""
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"


def _records(drafting: _Drafting, controls: list[Control]) -> list[dict[str, str]]:
    return [
        {
            "id": c.id,
            "title": md_escape(c.title),
            "frequency": FREQUENCY_TEXT[c.frequency],
            "owner": drafting.who(c.id),
            "evidence": md_escape(c.evidence[0]),
            "status": STATUS_TEXT[
                a.status if (a := drafting.assessment.answers.get(c.id)) else None
            ],
        }
        for c in controls
    ]


def _draft_policy(
    catalogue: Catalogue,
    assessment: Assessment,
    spec: PolicySpec,
    applicable: set[str],
    criteria_in_scope: set[str],
    as_of: date,
) -> PolicyDraft:
    drafting = _Drafting(catalogue, assessment, applicable, spec)
    owner = drafting.owner = _policy_owner(drafting)
    controls = [
        c
        for cid in spec.controls
        if cid in applicable and (c := catalogue.control(cid)) is not None
    ]
    # Claim only criteria that an applicable control of the policy supports in this scope.
    supported = {criterion for c in controls for criterion in c.criteria}
    criteria = [c for c in spec.criteria if c in criteria_in_scope and c in supported]
    next_review = add_months(as_of, spec.review_months)
    scope = assessment.scope
    policy = {
        "id": spec.id,
        "title": md_escape(spec.title),
        "summary": md_escape(spec.summary),
        "owner": md_escape(owner),
        "version": DRAFT_VERSION,
        "effective_date": as_of.isoformat(),
        "next_review": next_review.isoformat(),
        "review_months": spec.review_months,
        "criteria": criteria,
        "controls": [c.id for c in controls],
    }
    context: dict[str, Any] = {
        "p": policy,
        "org": md_escape(scope.organization),
        "hosting": scope.hosting.value,
        "hosting_text": HOSTING_TEXT[scope.hosting],
        "report_type": scope.report_type.value,
        "data_types": [
            md_escape(d.title) for d in catalogue.data_types if d.id in scope.data_types
        ],
        "ask": drafting.ask,
        "applies": drafting.applies,
        "who": drafting.who,
        "n": drafting.n,
        "systems": drafting.systems,
        "providers": drafting.providers,
        "hosted": drafting.hosted,
        "data": drafting.data,
        "has_data": drafting.has_data,
        "in_scope": drafting.in_scope,
    }
    # The body first, then the shared sections: rendering them collects the open questions that
    # the layout lists at the top.
    body = render_template("md", f"policies/{spec.template}", **context)
    sections = render_template(
        "md", "policies/_sections.md.j2", **context, records=_records(drafting, controls)
    )
    drafting.status_questions()
    drafting.owner_question()
    drafting.ask(
        "Who approves this policy? A member of senior management approves each version: record "
        "the approver and the date in the revision history, and set `effective_date` in the front "
        "matter to the approval date."
    )
    head = front_matter(
        {
            "id": spec.id,
            "title": spec.title,
            "organisation": scope.organization,
            "owner": owner,
            "version": DRAFT_VERSION,
            "status": "draft",
            "effective_date": as_of,
            "next_review": next_review,
            "review_cycle_months": spec.review_months,
            "criteria": criteria,
            "controls": [c.id for c in controls],
        }
    )
    text = render_template(
        "md",
        "policies/_layout.md.j2",
        **context,
        front_matter=head,
        body=body,
        sections=sections,
        to_complete=drafting.questions,
    )
    return PolicyDraft(spec.id, spec.filename, tidy(text), len(drafting.questions), owner)


def generate(catalogue: Catalogue, assessment: Assessment, as_of: date) -> list[PolicyDraft]:
    """Markdown drafts of every policy the scope needs, then the policy index (README.md)."""
    applicable = _applicable_controls(catalogue, assessment)
    criteria_in_scope = _in_scope_criteria(catalogue, assessment.scope)
    drafts = [
        _draft_policy(catalogue, assessment, spec, applicable, criteria_in_scope, as_of)
        for spec in expected_policies(catalogue, assessment.scope)
    ]
    registry = load_registry()
    rows = []
    for draft in drafts:
        spec = registry.get(draft.id)
        assert spec is not None
        rows.append(
            {
                "id": spec.id,
                "title": md_escape(spec.title),
                "filename": spec.filename,
                "summary": md_escape(spec.summary),
                "requirement": spec.requirement(),
                "review_months": spec.review_months,
                "to_complete": draft.to_complete,
                "owner": md_escape(draft.owner),
            }
        )
    index = render_template(
        "md",
        "policies/_index.md.j2",
        org=md_escape(assessment.scope.organization),
        as_of=as_of.isoformat(),
        next_review=add_months(as_of, 12).isoformat(),
        version=DRAFT_VERSION,
        rows=rows,
    )
    drafts.append(PolicyDraft("policy-index", INDEX_FILENAME, tidy(index)))
    return drafts


# ---------------------------------------------------------------------------------------------
# Checking a policy folder


def split_front_matter(text: str) -> tuple[str, int] | None:
    """The front matter block (from the opening '---' line up to, not including, the closing one)
    and the 1-based line of the closing '---'; None when the text has no front matter at all.

    Raises ValueError when the block is opened but never closed.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != "---":
        return None
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip("\r\n") in ("---", "..."):
            return "".join(lines[: number - 1]), number
    raise ValueError("front matter opened with '---' on line 1 is never closed")


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
    text = read_text(path, what="policy file")
    try:
        block = split_front_matter(text)
    except ValueError as exc:
        raise InputError(
            f"{exc}; add a line '---' after the front matter", file=str(path), line=1
        ) from None
    if block is None:
        return None
    doc = parse_yaml(block[0], str(path))
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
        raise _located(doc, exc) from None
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
    return sorted(p for p in directory.glob("*.md") if p.is_file() and p.name != INDEX_FILENAME)


def check(
    directory: Path, catalogue: Catalogue, assessment: Assessment | None, as_of: date
) -> list[PolicyFinding]:
    """Findings for a folder of policies: invalid files, expected policies that are missing,
    reviews past their date, and applicable controls that no present policy covers.

    Without an assessment only the always-required policies, and the controls that apply to every
    scope, are expected. README.md (the generated index) is not a policy and is skipped.
    """
    findings: list[PolicyFinding] = []
    present: dict[str, PolicyFile] = {}
    for path in _policy_files(directory):
        try:
            policy = read_policy(path, catalogue)
        except InputError as exc:
            findings.append(
                PolicyFinding(FindingKind.invalid, path.stem, exc.format(), file=str(path))
            )
            continue
        if policy is None:
            findings.append(
                PolicyFinding(
                    FindingKind.invalid,
                    path.stem,
                    f"{path}:1: no front matter: a policy starts with a YAML block between "
                    "'---' lines (id, title, owner, version, effective_date, next_review)",
                    file=str(path),
                )
            )
            continue
        policy_id = policy.front.id
        if policy_id in present:
            findings.append(
                PolicyFinding(
                    FindingKind.invalid,
                    policy_id,
                    f"{path}: id {policy_id!r} is also used by {present[policy_id].path.name}",
                    file=str(path),
                )
            )
            continue
        present[policy_id] = policy

    scope = assessment.scope if assessment is not None else None
    expected = expected_policies(catalogue, scope)
    for spec in expected:
        if spec.id not in present:
            findings.append(
                PolicyFinding(
                    FindingKind.missing,
                    spec.id,
                    f"{spec.id}: no {spec.title} in {directory} ({spec.requirement()}); "
                    f"expected a file such as {spec.filename} with 'id: {spec.id}' in its "
                    "front matter",
                    criteria=tuple(spec.criteria),
                )
            )
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

    applicable = _applicable_controls(catalogue, assessment)
    covered = {cid for policy in present.values() for cid in policy.front.controls}
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


# ---------------------------------------------------------------------------------------------
# Report integration


_GAP_SEVERITY: dict[FindingKind, Severity] = {
    FindingKind.missing: Severity.high,
    FindingKind.control_without_policy: Severity.high,
    FindingKind.overdue: Severity.medium,
    FindingKind.invalid: Severity.medium,
}
_GAP_REMEDIATION: dict[FindingKind, Callable[[PolicyFinding], str]] = {
    FindingKind.missing: lambda f: (
        f"Draft the {f.policy} policy (soc2 policies generate), complete its 'To complete' list, "
        "have senior management approve it and publish it where staff can read it."
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
_SEVERITY_RANK = {Severity.critical: 0, Severity.high: 1, Severity.medium: 2, Severity.low: 3}


def policy_gaps(findings: Iterable[PolicyFinding]) -> list[PolicyGap]:
    """Policy findings as report gaps, for `soc2 report --policies DIR`.

    One gap per finding, in the foundation phase (policies come before technical work), most
    severe first, then by policy id. Severity: a missing policy or a control without a policy is
    high; an overdue review or an invalid file is medium. ``criteria`` are the registry's criteria
    for the policy, so the report can attach the gap to those criteria; ``controls`` are the
    controls left uncovered (or, for an overdue policy, the controls it covers).
    """
    gaps = [
        PolicyGap(
            policy=f.policy,
            kind=f.kind,
            severity=_GAP_SEVERITY[f.kind],
            message=f.message,
            controls=list(f.controls),
            criteria=list(f.criteria),
            remediation=_GAP_REMEDIATION[f.kind](f),
            phase=Phase.foundation,
        )
        for f in findings
    ]
    return sorted(gaps, key=lambda g: (_SEVERITY_RANK[g.severity], g.policy, g.kind.value))
