"""Drafting the policy pack: one Markdown policy per expected policy, and the index (README.md).

Templates get facts and pure helpers. The "To complete" list follows what the template mentions,
read from its syntax tree (see templates/policies/drafting.yaml), and the statements the answers do
not support, collected as the body and the shared sections render (see ``statements``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import nodes
from pydantic import ValidationError

from soc2cli import files
from soc2cli.applicability import controls_in_force
from soc2cli.assessment import Assessment, Scope
from soc2cli.branding import Branding
from soc2cli.catalogue import Catalogue, Control
from soc2cli.dates import add_months
from soc2cli.errors import UsageError
from soc2cli.labels import FREQUENCY_PROSE, status_text
from soc2cli.policies.registry import PolicySpec, expected_policies, load_registry, located
from soc2cli.policies.statements import (
    Standing,
    Statements,
    StatementWording,
    merged_roles,
    standing,
)
from soc2cli.templating import (
    environment,
    join_words,
    md_escape,
    render_template,
    templates_dir,
    tidy,
)
from soc2cli.vocabulary import EvidenceKind, Frozen, Hosting, NonEmpty

DRAFTING_FILE = "policies/drafting.yaml"
INDEX_ID = "policy-index"
INDEX_FILENAME = "README.md"
DRAFT_VERSION = "0.1"
SECTIONS_TEMPLATE = "policies/_sections.md.j2"
# What a template can mention; "hosted" names the providers unless the systems run on premises.
FACTS = ("systems", "providers", "hosted", "data")


class Phrases(Frozen):
    systems_unknown: NonEmpty
    providers_unknown: NonEmpty
    providers_on_prem: NonEmpty
    hosted_on_prem: NonEmpty
    hosted_hybrid: NonEmpty
    hosted_cloud: NonEmpty
    data_unknown: NonEmpty


class Questions(Frozen):
    owner: NonEmpty
    owner_where_anchor: NonEmpty
    owner_where_none: NonEmpty
    systems: NonEmpty
    providers: NonEmpty
    data: NonEmpty
    not_in_place: NonEmpty
    default_owners: NonEmpty
    approval: NonEmpty


class Wording(Frozen):
    """templates/policies/drafting.yaml: the words drafts use for facts, and their questions."""

    phrases: Phrases
    questions: Questions
    statements: StatementWording


@cache
def wording() -> Wording:
    doc = files.load_yaml(templates_dir() / DRAFTING_FILE, what="policy wording")
    try:
        return Wording.model_validate(doc.data)
    except ValidationError as exc:
        raise located(doc, exc) from None


@dataclass(frozen=True)
class PolicyDraft:
    """A generated file: a policy, or the policy index (id ``policy-index``, README.md)."""

    id: str
    filename: str
    text: str
    to_complete: int = 0
    owner: str = ""


@dataclass(frozen=True)
class Mentions:
    """What a template mentions, in document order: facts and questions; and whose duties."""

    marks: tuple[tuple[str, str], ...]  # ("fact", name) or ("ask", question)
    duties: frozenset[str]  # control ids given to who()


@cache
def mentions(template: str) -> Mentions:
    """Read from the template's syntax tree, not from a rendering: the same for every scope."""
    env = environment("md")
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, template)
    marks: list[tuple[str, str]] = []
    duties: set[str] = set()
    for node in env.parse(source).find_all((nodes.Name, nodes.Call)):
        if isinstance(node, nodes.Name) and node.name in FACTS:
            marks.append(("fact", "providers" if node.name == "hosted" else node.name))
        elif isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name):
            arg = node.args[0] if node.args else None
            if isinstance(arg, nodes.Const) and node.node.name == "ask":
                marks.append(("ask", str(arg.value)))
            elif isinstance(arg, nodes.Const) and node.node.name == "who":
                duties.add(str(arg.value))
    return Mentions(tuple(marks), frozenset(duties))


@dataclass
class _Drafting:
    """The facts one policy draft may use. Every string it hands a template is already
    Markdown-escaped: user text can never become markup, and templates never need ``md``."""

    catalogue: Catalogue
    assessment: Assessment
    applicable: set[str]
    spec: PolicySpec
    owner: str
    statements: Statements = field(init=False)

    def __post_init__(self) -> None:
        self.statements = Statements(self.standing, wording().statements, self._notes)

    def _notes(self, control_id: str) -> str | None:
        answer = self.assessment.answers.get(control_id)
        return answer.notes if answer is not None else None

    @property
    def scope(self) -> Scope:
        return self.assessment.scope

    def recorded_owner(self, control_id: str) -> str | None:
        answer = self.assessment.answers.get(control_id)
        if answer is not None and answer.owner and answer.owner.strip():
            return answer.owner
        return None

    def who(self, control_id: str) -> str:
        """Who performs a control: the owner in the assessment, else the catalogue's default role.

        A duty whose control does not apply to the scope falls to the policy owner.
        """
        if (owner := self.recorded_owner(control_id)) is not None:
            return md_escape(owner)
        control = self.catalogue.control(control_id)
        if control is None or control_id not in self.applicable:
            return md_escape(self.owner)
        return md_escape(control.owner)

    def standing(self, control_id: str) -> Standing:
        """Whether the draft may state a control's practice as fact, and if not, why."""
        return standing(
            control_id, self.catalogue, self.assessment, self.applicable, wording().statements
        )

    def known(self, fact: str) -> bool:
        """Whether the assessment gives a fact, so the draft need not ask for it."""
        if fact == "systems":
            return bool(self.scope.systems)
        if fact == "providers":
            return (
                bool(self.scope.subservice_organizations) or self.scope.hosting is Hosting.on_prem
            )
        return bool(self.scope.data_types)

    def systems(self) -> str:
        names = [md_escape(s.name) for s in self.scope.systems]
        return join_words(names) if names else wording().phrases.systems_unknown

    def providers(self) -> str:
        names = [md_escape(p.name) for p in self.scope.subservice_organizations]
        if names:
            return join_words(names)
        if self.scope.hosting is Hosting.on_prem:
            return wording().phrases.providers_on_prem
        return wording().phrases.providers_unknown

    def hosted(self) -> str:
        """Where the systems run, as a phrase: 'hosted on Amazon Web Services'."""
        phrases = wording().phrases
        if self.scope.hosting is Hosting.on_prem:
            return phrases.hosted_on_prem
        if self.scope.hosting is Hosting.hybrid:
            return phrases.hosted_hybrid.format(providers=self.providers())
        return phrases.hosted_cloud.format(providers=self.providers())

    def data(self) -> str:
        """The kinds of data in scope, as a phrase: 'customer data and personal data'."""
        titles = [
            md_escape(d.title[0].lower() + d.title[1:])
            for d in self.catalogue.data_types
            if d.id in self.scope.data_types
        ]
        return join_words(titles) if titles else wording().phrases.data_unknown

    def helpers(self) -> dict[str, Callable[..., object]]:
        """What templates may call: pure, but for the numbered statements ``stmt``."""
        scope = self.scope
        return {
            "ask": lambda question: "",  # a mark for the "To complete" list; see ``mentions``
            "applies": lambda control_id: control_id in self.applicable,
            "who": self.who,
            "stmt": self.statements,
            "clause": self.statements.clause,
            "roles": merged_roles,
            "systems": self.systems,
            "providers": self.providers,
            "hosted": self.hosted,
            "data": self.data,
            "has_data": lambda data_type: data_type in scope.data_types,
            "in_scope": scope.in_scope,
        }


@dataclass
class _ToComplete:
    """The questions of one draft, each once, in the order they are added."""

    items: list[str] = field(default_factory=list)

    def add(self, question: str) -> None:
        if question not in self.items:
            self.items.append(question)


def _policy_owner(drafting: _Drafting, spec: PolicySpec) -> tuple[str, str | None]:
    """The owner recorded for the policy's anchor (its first applicable control), else the
    registry's default role with a question to confirm it."""
    anchor = next((c for c in spec.controls if c in drafting.applicable), None)
    recorded = drafting.recorded_owner(anchor) if anchor else None
    if recorded is not None:
        return " ".join(recorded.split()), None
    questions = wording().questions
    where = (
        questions.owner_where_anchor.format(anchor=anchor) if anchor else questions.owner_where_none
    )
    return spec.owner, questions.owner.format(role=md_escape(spec.owner), where=where)


def _status_questions(drafting: _Drafting, spec: PolicySpec) -> list[str]:
    """Why each of the policy's own controls that no statement names is not in place (a user's
    template may leave one out; the built-in ones tie every control to a statement)."""
    out = []
    for control_id in spec.controls:
        if control_id in drafting.statements.seen:
            continue
        if (reason := drafting.standing(control_id).reason) is not None:
            out.append(wording().questions.not_in_place.format(reason=reason, control=control_id))
    return out


def _default_owners(drafting: _Drafting, duties: set[str]) -> str | None:
    """The question listing the duties the draft gives to the catalogue's default role."""
    defaults = {
        cid: control.owner
        for cid in duties
        if (control := drafting.catalogue.control(cid)) is not None
        and cid in drafting.applicable
        and drafting.recorded_owner(cid) is None
    }
    if not defaults:
        return None
    listed = "; ".join(f"{cid} {role}" for cid, role in sorted(defaults.items()))
    return wording().questions.default_owners.format(listed=md_escape(listed))


def to_complete(
    drafting: _Drafting, spec: PolicySpec, controls: list[Control], owner_question: str | None
) -> list[str]:
    """The draft's questions: its owner, the facts and questions its templates mention, the
    statements the answers do not support (so: after the body and the shared sections are
    rendered), its other controls not yet in place, the duties without an owner, and its
    approval."""
    questions = wording().questions
    body, sections = mentions(f"policies/{spec.template}"), mentions(SECTIONS_TEMPLATE)
    items = _ToComplete()
    if owner_question is not None:
        items.add(owner_question)
    for kind, value in body.marks + sections.marks:
        if kind == "ask":
            items.add(value)
        elif not drafting.known(value):
            items.add(getattr(questions, value))
    for question in [*drafting.statements.pending, *_status_questions(drafting, spec)]:
        items.add(question)
    duties = set(body.duties | sections.duties) | {c.id for c in controls}
    if (owners := _default_owners(drafting, duties)) is not None:
        items.add(owners)
    items.add(questions.approval)
    return items.items


@dataclass(frozen=True)
class PolicyFacts:
    """The policy as its template states it (``p``); text already Markdown-escaped."""

    id: str
    title: str
    summary: str
    owner: str
    version: str
    effective_date: str
    next_review: str
    review_months: int
    criteria: list[str]
    controls: list[str]


@dataclass(frozen=True)
class Record:
    """A row of the policy's records table: a control, how often, by whom, the record kept."""

    id: str
    title: str
    frequency: str
    owner: str
    evidence: str
    status: str


def _records(drafting: _Drafting, controls: list[Control]) -> list[Record]:
    return [
        Record(
            id=c.id,
            title=md_escape(c.title),
            frequency=FREQUENCY_PROSE[c.frequency],
            owner=drafting.who(c.id),
            evidence=md_escape(c.evidence_of(EvidenceKind.operating)[0]),
            status=status_text(a.status if (a := drafting.assessment.answers.get(c.id)) else None),
        )
        for c in controls
    ]


def _draft_policy(
    catalogue: Catalogue,
    assessment: Assessment,
    spec: PolicySpec,
    applicable: set[str],
    as_of: date,
) -> PolicyDraft:
    scope = assessment.scope
    drafting = _Drafting(catalogue, assessment, applicable, spec, owner="")
    owner, owner_question = _policy_owner(drafting, spec)
    drafting.owner = owner
    controls = [
        c
        for cid in spec.controls
        if cid in applicable and (c := catalogue.control(cid)) is not None
    ]
    # Claim only criteria that an applicable control of the policy supports in this scope.
    supported = {criterion for c in controls for criterion in c.criteria}
    in_scope = {c.id for c in catalogue.criteria if scope.in_scope(c.category)}
    criteria = [c for c in spec.criteria if c in in_scope and c in supported]
    next_review = add_months(as_of, spec.review_months)
    facts = PolicyFacts(
        id=spec.id,
        title=md_escape(spec.title),
        summary=md_escape(spec.summary),
        owner=md_escape(owner),
        version=DRAFT_VERSION,
        effective_date=as_of.isoformat(),
        next_review=next_review.isoformat(),
        review_months=spec.review_months,
        criteria=criteria,
        controls=[c.id for c in controls],
    )
    text, questions = _render(drafting, facts, controls, owner_question, (as_of, next_review))
    return PolicyDraft(spec.id, spec.filename, text, len(questions), owner)


def _render(
    drafting: _Drafting,
    facts: PolicyFacts,
    controls: list[Control],
    owner_question: str | None,
    dates: tuple[date, date],
) -> tuple[str, list[str]]:
    """The policy (front matter, the layout around the body, and the shared sections) and the
    questions of its "To complete" list."""
    scope = drafting.scope
    context: dict[str, Any] = {
        "p": facts,
        "org": md_escape(scope.organization),
        "hosting": scope.hosting,
        **drafting.helpers(),
    }
    body = _without_empty_headings(
        render_template("md", f"policies/{drafting.spec.template}", **context)
    )
    if drafting.statements.number == 0:  # section 4 closes every body
        body = f"{body.rstrip()}\n\n{wording().statements.none_stated}\n"
    # Records prove that a practice ran: none for a practice the answers say is not in place.
    in_place = [c for c in controls if drafting.statements.in_place(c.id)]
    sections = render_template(
        "md", SECTIONS_TEMPLATE, **context, records=_records(drafting, in_place)
    )
    # After the sections: their clauses the answers do not support are questions too.
    questions = to_complete(drafting, drafting.spec, controls, owner_question)
    head = files.front_matter(
        {
            "id": facts.id,
            "title": drafting.spec.title,
            "organisation": scope.organization,
            "owner": drafting.owner,
            "version": DRAFT_VERSION,
            "status": "draft",
            "effective_date": dates[0],
            "next_review": dates[1],
            "review_cycle_months": facts.review_months,
            "criteria": facts.criteria,
            "controls": facts.controls,
        }
    )
    text = render_template(
        "md",
        "policies/_layout.md.j2",
        **context,
        front_matter=head,
        body=body,
        sections=sections,
        to_complete=questions,
    )
    return tidy(text), questions


_HEADING = re.compile(r"^(#{1,6}) ")


def _without_empty_headings(text: str) -> str:
    """The text without the subheadings whose statements were all left out: a heading followed
    only by blank lines before the next heading of the same or a higher level, or the end."""
    lines = text.split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        if (match := _HEADING.match(line)) is not None:
            level = len(match.group(1))
            rest = (n for n in lines[i + 1 :] if n.strip())
            following = next(rest, None)
            heading = _HEADING.match(following) if following is not None else None
            if following is None or (heading is not None and len(heading.group(1)) <= level):
                continue
        kept.append(line)
    return "\n".join(kept)


@dataclass(frozen=True)
class IndexRow:
    """A policy as the index lists it; text already Markdown-escaped."""

    id: str
    title: str
    filename: str
    summary: str
    requirement: str
    review_months: int
    to_complete: int
    owner: str


def generate(catalogue: Catalogue, assessment: Assessment, as_of: date) -> list[PolicyDraft]:
    """Markdown drafts of every policy the scope needs, then the policy index (README.md)."""
    applicable = controls_in_force(catalogue, assessment)
    specs = expected_policies(catalogue, assessment.scope)
    drafts = [_draft_policy(catalogue, assessment, spec, applicable, as_of) for spec in specs]
    registry = load_registry()
    rows = []
    for draft in drafts:
        spec = registry.get(draft.id)
        assert spec is not None
        rows.append(
            IndexRow(
                id=spec.id,
                title=md_escape(spec.title),
                filename=spec.filename,
                summary=md_escape(spec.summary),
                requirement=spec.requirement(),
                review_months=spec.review_months,
                to_complete=draft.to_complete,
                owner=md_escape(draft.owner),
            )
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
    drafts.append(PolicyDraft(INDEX_ID, INDEX_FILENAME, tidy(index)))
    return drafts


def branded(drafts: list[PolicyDraft], branding: Branding) -> list[PolicyDraft]:
    """The drafts with the firm's footer: who prepared them, and its disclaimer."""
    footer = render_template(
        "md",
        "policies/_brand.md.j2",
        firm=md_escape(branding.firm),
        disclaimer=md_escape(branding.disclaimer),
    )
    return [replace(d, text=tidy(d.text + "\n" + footer)) for d in drafts]


@dataclass(frozen=True)
class PackWritten:
    """What writing a policy pack did."""

    written: int
    unchanged: int
    policies: int
    open_items: int


def write_pack(drafts: list[PolicyDraft], folder: Path, *, force: bool) -> PackWritten:
    """Write the drafts into ``folder`` (created if its parent exists), each atomically.

    Files that already hold a draft are left alone. Nothing is written when any file differs
    from its draft, unless ``force``: then the old version is kept as FILE.bak.
    """
    planned: list[tuple[Path, bytes]] = []
    conflicts: list[str] = []
    unchanged = 0
    for draft in drafts:
        path = folder / draft.filename
        data = draft.text.encode("utf-8")
        state = files.state_of(path, data)
        if state is files.FileState.same:
            unchanged += 1
        elif state is files.FileState.not_a_file or (
            state is files.FileState.different and not force
        ):
            conflicts.append(draft.filename)
        else:
            planned.append((path, data))
    if conflicts:
        raise UsageError(
            f"{len(conflicts)} file(s) in {folder} differ from the new drafts: "
            f"{', '.join(conflicts)}; nothing was written. Rerun with --force to replace them "
            "(each old version is kept as FILE.bak)"
        )
    files.make_folder(folder)
    for path, data in planned:
        files.atomic_write(path, data, backup=True)
    policies = [d for d in drafts if d.id != INDEX_ID]
    return PackWritten(
        written=len(planned),
        unchanged=unchanged,
        policies=len(policies),
        open_items=sum(d.to_complete for d in policies),
    )
