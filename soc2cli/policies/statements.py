"""Policy statements tied to controls: a draft states a practice as fact only when the answers
support it.

A template writes each numbered statement as ``{% call stmt("IR-06") %}...{% endcall %}``, and each
sentence of a later section that states a practice as ``{% call clause("HR-06", section=7) %}``
(the same, unnumbered; the shared sections 6 to 8 use it). A statement is stated (section 4 numbers
it 4.1, 4.2, ...) when every control it names is in force and answered
``implemented`` or ``operating`` with notes that do not say it is not done. It is dropped when a
control it names is not in force (excluded by the scope or answered ``not_applicable``). Otherwise
it goes to the draft's "To complete" list with the reason, and the policy text leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import TemplateRuntimeError

from soc2cli.assessment import Assessment
from soc2cli.catalogue import Catalogue
from soc2cli.labels import status_text
from soc2cli.templating import md_escape
from soc2cli.vocabulary import Frozen, NonEmpty, Status

IN_PLACE = (Status.implemented, Status.operating)

# Words in an answer's notes that say the practice, or part of it, is not done: "nobody checks",
# "not written down", "never tested", "we don't", "no record", "still uses", "starts in January".
_NOT_DONE = re.compile(
    r"\b(?:nobody|no[- ]one|never|nothing|none|neither|not|no|without|still|will|informal(?:ly)?"
    r"|ad[- ]hoc|by habit|case by case|unclear|(?:start|join|begin)s? in"
    r"|(?:do|does|did|is|are|was|were|has|have|had|wo)n't)\b",
    re.IGNORECASE,
)
# Negations that describe what the control forbids or that do not negate the practice at all:
# "no standing write access", "no admin bypass", "no database has a public endpoint", "MFA with no
# exceptions", "not only", "whether or not", "rejects resources without labels".
_NOT_A_GAP = re.compile(
    r"\bno(?:\s+\w+){0,3}?\s+(?:bypass|public|standing|inbound|exceptions?|shared\s+(?:accounts?"
    r"|logins?)|(?:write|admin|administrator|direct|interactive)\s+access)\b"
    r"|\bnot\s+(?:only|just)\b|\bwhether\s+or\s+not\b"
    r"|\b(?:rejects?|blocks?|denies|deny|refuses?|stops?|prevents?)\b[^.;]*?\bwithout\b",
    re.IGNORECASE,
)


# A figure with a unit of time or count in a statement or in an answer's notes: "30 days",
# "every 90 days", "72 hours", "12 months". Spelled-out numbers ("thirty days") are not read.
_FIGURE = re.compile(
    r"\b(\d+(?:\.\d+)?)[\s-]*(minute|hour|day|business day|working day|week|month|year)s?\b",
    re.IGNORECASE,
)


def figures(text: str) -> dict[str, set[str]]:
    """The figures a text gives, by unit: ``{"day": {"30"}}`` for "within 30 days"."""
    found: dict[str, set[str]] = {}
    for number, unit in _FIGURE.findall(text):
        found.setdefault(unit.lower(), set()).add(number)
    return found


def other_figures(statement: str, notes: str | None) -> list[tuple[str, str]]:
    """The figures of a statement that an answer's notes contradict: for each unit both give,
    (the statement's figure, the notes' figure) when the notes give none of the statement's
    figures in that unit ("within 30 days" against "within 60 days")."""
    if not notes:
        return []
    said, noted = figures(statement), figures(notes)
    return [
        (f"{min(said[unit], key=float)} {unit}s", f"{min(noted[unit], key=float)} {unit}s")
        for unit in sorted(said.keys() & noted.keys())
        if not said[unit] & noted[unit]
    ]


def says_not_done(notes: str | None) -> bool:
    """Whether an answer's notes say that the practice, or part of it, is not done.

    Conservative: a policy must never state as fact what the notes contradict, so any negation
    counts except the few that describe what the control forbids (``_NOT_A_GAP``).
    """
    if not notes:
        return False
    return _NOT_DONE.search(_NOT_A_GAP.sub(" ", notes)) is not None


class StatementWording(Frozen):
    """templates/policies/drafting.yaml ``statements``: the "To complete" item for a statement
    the answers do not support, and its reasons."""

    pending: NonEmpty
    unanswered: NonEmpty
    answered: NonEmpty
    answered_with_notes: NonEmpty
    notes_say_not_done: NonEmpty
    notes_give_other_figures: NonEmpty
    unknown: NonEmpty
    unknown_with_notes: NonEmpty
    none_stated: NonEmpty


@dataclass(frozen=True)
class Standing:
    """What the answers say about one control: out of force, in place, or why it is not."""

    in_force: bool
    reason: str | None  # None: in place (or out of force); else the escaped reason


def standing(
    control_id: str,
    catalogue: Catalogue,
    assessment: Assessment,
    in_force: set[str],
    wording: StatementWording,
) -> Standing:
    """Whether a control's practice may be stated as fact, and if not, why (escaped)."""
    control = catalogue.control(control_id)
    if control is None or control_id not in in_force:
        return Standing(False, None)
    answer = assessment.answers.get(control_id)
    if answer is None:
        return Standing(
            True,
            wording.unanswered.format(control=control_id, question=md_escape(control.question)),
        )
    notes = md_escape(answer.notes).rstrip(" .") if answer.notes else ""
    status = status_text(answer.status)
    if answer.status in IN_PLACE:
        if not says_not_done(answer.notes):
            return Standing(True, None)
        return Standing(
            True, wording.notes_say_not_done.format(control=control_id, status=status, notes=notes)
        )
    if answer.status is Status.unknown:
        asked = wording.unknown_with_notes if notes else wording.unknown
        question = md_escape(control.question)
        return Standing(True, asked.format(control=control_id, notes=notes, question=question))
    if notes:
        return Standing(
            True, wording.answered_with_notes.format(control=control_id, status=status, notes=notes)
        )
    return Standing(True, wording.answered.format(control=control_id, status=status))


@dataclass
class Statements:
    """The statements of one draft, in the order of its text: ``stmt`` in templates (numbered, in
    section 4), and ``clause`` (unnumbered, in a later section).

    ``judge`` tells a control's standing; statements the answers do not support are collected in
    ``pending`` (To complete items, escaped but for the statement, which the template wrote).
    """

    judge: Callable[[str], Standing]
    wording: StatementWording
    notes: Callable[[str], str | None] = lambda _: None  # an answer's notes, as the user wrote them
    number: int = 0
    pending: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def __call__(self, *control_ids: str, caller: Callable[[], str]) -> str:
        """A numbered statement of section 4: ``**4.n** text``, or nothing."""
        if not control_ids:  # a user's template: bad input, located by the template handler
            raise TemplateRuntimeError(
                "stmt() needs the id of each control the statement describes"
            )
        if (text := self._judged(control_ids, caller, section=4)) is None:
            return ""
        self.number += 1
        return f"**4.{self.number}** {text}\n"

    def clause(
        self, *control_ids: str, section: int | None = None, caller: Callable[[], str]
    ) -> str:
        """An unnumbered sentence of a later section (``clause`` in templates), stated as
        ``stmt`` is: the text followed by a space, so clauses are written one after another and
        a paragraph reads well whichever are left out; or nothing."""
        if not control_ids or section is None:  # a user's template: bad input, as for stmt()
            raise TemplateRuntimeError(
                "clause() needs the id of each control the sentence describes and its section: "
                'clause("HR-06", section=7)'
            )
        text = self._judged(control_ids, caller, section=section)
        return "" if text is None else f"{text} "

    def _judged(
        self, control_ids: tuple[str, ...], caller: Callable[[], str], section: int
    ) -> str | None:
        """The statement's text when the answers support it; else None, and a "To complete"
        item with the reasons unless a control it names is not in force."""
        self.seen.update(control_ids)
        standings = [self.judge(c) for c in control_ids]
        if not all(s.in_force for s in standings):
            return None
        text = " ".join(str(caller()).split())
        reasons = [s.reason for s in standings if s.reason is not None]
        reasons += self._other_figures(control_ids, standings, text)
        if not reasons:
            return text
        item = self.wording.pending.format(
            reasons="; ".join(reasons),
            text=text,
            controls=", ".join(control_ids),
            section=section,
        )
        self.pending.append(item)
        return None

    def _other_figures(
        self, control_ids: tuple[str, ...], standings: list[Standing], text: str
    ) -> list[str]:
        """Reasons for the controls in place whose notes give other figures than the text."""
        reasons = []
        for control_id, standing in zip(control_ids, standings, strict=True):
            notes = self.notes(control_id) if standing.reason is None else None
            for said, noted in other_figures(text, notes):
                reasons.append(
                    self.wording.notes_give_other_figures.format(
                        control=control_id,
                        said=said,
                        noted=noted,
                        notes=md_escape(notes or "").rstrip(" ."),
                    )
                )
        return reasons

    def in_place(self, control_id: str) -> bool:
        """Whether a control is in force and its practice may be stated as fact."""
        judged = self.judge(control_id)
        return judged.in_force and judged.reason is None


def merged_roles(*rows: tuple[str, str]) -> list[tuple[str, str]]:
    """A roles table's rows with each role once: the duties of a repeated role (the policy owner
    who also runs the on-call rota) are joined into its first row."""
    order: list[str] = []
    duties: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for role, duty in rows:
        key = " ".join(role.split()).casefold()
        if key not in duties:
            order.append(key)
            duties[key] = []
            names[key] = role
        duties[key].append(duty)
    return [(names[key], " ".join(duties[key])) for key in order]
