"""The history of one control's answer over a file's revisions. No I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from soc2cli.errors import InputError, Soc2Error
from soc2cli.history.revisions import Revision
from soc2cli.history.trend import Problem, Skipped

if TYPE_CHECKING:
    from soc2cli.assessment import Answer, Assessment
    from soc2cli.catalogue import Catalogue


@dataclass(frozen=True)
class AnswerState:
    """What the log compares: the implementation status, the documented flag and the notes."""

    status: str
    documented: bool
    notes: str


@dataclass(frozen=True)
class AnswerChange:
    """One commit that changed the answer; ``old`` or ``new`` is None when there was no answer."""

    commit: str
    committed_at: datetime
    author: str
    subject: str
    path: str
    old: AnswerState | None
    new: AnswerState | None

    @property
    def as_of(self) -> date:
        return self.committed_at.date()

    @property
    def kind(self) -> str:
        """'answered' (the answer appeared), 'removed' (it disappeared) or 'changed'."""
        if self.old is None:
            return "answered"
        if self.new is None:
            return "removed"
        return "changed"

    @property
    def status_changed(self) -> bool:
        return _status(self.old) != _status(self.new)

    @property
    def documented_changed(self) -> bool:
        if self.old is None or self.new is None:
            return False
        return self.old.documented != self.new.documented

    @property
    def notes_changed(self) -> bool:
        return (self.old.notes if self.old else "") != (self.new.notes if self.new else "")


def _status(state: AnswerState | None) -> str | None:
    return state.status if state else None


@dataclass(frozen=True)
class AnswerLog:
    """Every change to one control's answer, oldest first, and the revisions that did not parse."""

    control: str
    revisions: int
    changes: tuple[AnswerChange, ...]
    skipped: tuple[Skipped, ...]

    @property
    def seen(self) -> bool:
        """Whether any revision answered the control."""
        return bool(self.changes)


def _state(answer: Answer | None) -> AnswerState | None:
    if answer is None:
        return None
    return AnswerState(answer.status.value, answer.documented, answer.notes)


def answer_history(
    revisions: Sequence[Revision], control: str, catalogue: Catalogue | None = None
) -> AnswerLog:
    """The changes to ``control``'s answer across ``revisions`` (oldest first).

    With a catalogue, revisions are checked against its vocabulary as ``soc2 trend`` checks them,
    so both commands skip the same revisions. Owner and answered_at changes are not listed.
    """
    from soc2cli.assessment import parse_assessment

    parsed: dict[str, Assessment | Problem] = {}
    changes: list[AnswerChange] = []
    skipped: list[Skipped] = []
    previous: AnswerState | None = None
    for rev in revisions:
        if rev.text is None:
            reason = f"{rev.path}: {rev.problem or 'no text'}"
            skipped.append(Skipped(rev.commit, rev.committed_at, rev.author, rev.path, reason))
            continue
        if rev.key not in parsed:
            try:
                parsed[rev.key] = parse_assessment(rev.text, "", catalogue)
            except Soc2Error as exc:
                parsed[rev.key] = (
                    Problem(exc.message, exc.line, exc.column, exc.key_path)
                    if isinstance(exc, InputError)
                    else Problem(str(exc))
                )
        outcome = parsed[rev.key]
        if isinstance(outcome, Problem):
            reason = outcome.describe(rev.path)
            skipped.append(Skipped(rev.commit, rev.committed_at, rev.author, rev.path, reason))
            continue
        current = _state(outcome.answers.get(control))
        if current != previous:
            changes.append(
                AnswerChange(
                    commit=rev.commit,
                    committed_at=rev.committed_at,
                    author=rev.author,
                    subject=rev.subject,
                    path=rev.path,
                    old=previous,
                    new=current,
                )
            )
        previous = current
    return AnswerLog(control, len(revisions), tuple(changes), tuple(skipped))
