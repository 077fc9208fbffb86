"""Who took part in the interview, and the names it reuses: the ``interviews:`` block of the
assessment (one record per session), the scope's people, and owner names matched without regard
to case, so "hr lead" is the "HR Lead" already in the file and not a third spelling."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import Field

from soc2cli.vocabulary import Frozen, NonEmpty


class Person(Frozen):
    """One of the client's people, listed once in the scope and offered as owner and attendee."""

    name: NonEmpty
    role: str = ""

    @property
    def owner(self) -> str:
        """What an answer's owner says when this person owns it: the role, which outlives
        staff changes and matches the catalogue's roles; the name when no role is given."""
        return self.role.strip() or self.name

    @property
    def title(self) -> str:
        return f"{self.name} ({self.role})" if self.role.strip() else self.name


class InterviewRecord(Frozen):
    """One interview session: the day, who asked, who answered, and the sections covered."""

    date: dt.date
    interviewer: str = ""
    attendees: list[NonEmpty] = Field(default_factory=list)
    sections: list[NonEmpty] = Field(
        default_factory=list,
        description="Catalogue domain ids in which answers were given or changed that day",
    )


def key(name: str) -> str:
    """The form two spellings of one name share: case and spacing aside."""
    return " ".join(name.split()).casefold()


def canonical(name: str, known: Iterable[str]) -> str:
    """``name`` as it is already spelled in ``known`` (case and spacing aside), else as typed."""
    wanted = key(name)
    return next((k for k in known if key(k) == wanted), " ".join(name.split()))


def split_names(text: str, known: Iterable[str] = ()) -> list[str]:
    """Comma-separated names, each spelled as in ``known`` when it is there, without repeats."""
    spellings = list(known)
    out: list[str] = []
    for part in text.split(","):
        if part.strip() and key(part) not in {key(o) for o in out}:
            out.append(canonical(part, spellings))
    return out


def person_entry(text: str) -> Person | None:
    """A person typed as "name, role" (the role optional); None when nothing was typed."""
    name, _, role = text.partition(",")
    if not name.strip():
        return None
    return Person(name=" ".join(name.split()), role=" ".join(role.split()))


def person_problem(text: str) -> str | None:
    """What is wrong with a person typed as "name, role"; None when it is fine or empty."""
    if text.strip() and not text.partition(",")[0].strip():
        return "type the name first, then a comma and the role: Dana Smith, CTO"
    return None


@dataclass(frozen=True)
class OwnerOption:
    """An owner the interview offers: the text saved, and how the list shows it."""

    value: str
    title: str


def owner_options(
    owners: Iterable[str | None],
    people: Sequence[Person],
    *,
    suggested: str,
    catalogue_role: str,
) -> list[OwnerOption]:
    """The owners to offer: those already used in the file (first spelling kept), the scope's
    people, and the catalogue's role for the control (first when nothing is used yet).

    ``suggested`` (the answer's own owner) is offered exactly as it is spelled, so keeping it
    never rewrites it.
    """
    options: list[OwnerOption] = []
    for owner in owners:
        if owner and owner.strip() and key(owner) not in {key(o.value) for o in options}:
            options.append(OwnerOption(owner, owner))
    for person in people:
        if key(person.owner) not in {key(o.value) for o in options}:
            shown = (
                person.owner if person.owner == person.name else f"{person.owner} ({person.name})"
            )
            options.append(OwnerOption(person.owner, shown))
    if catalogue_role.strip() and key(catalogue_role) not in {key(o.value) for o in options}:
        option = OwnerOption(catalogue_role, f"{catalogue_role} (the catalogue's suggestion)")
        options.insert(0, option) if not options else options.append(option)
    if suggested:
        options = [
            OwnerOption(suggested, o.title.replace(o.value, suggested, 1))
            if key(o.value) == key(suggested)
            else o
            for o in options
        ]
    return options


def owner_named(typed: str, options: Sequence[OwnerOption], people: Sequence[Person]) -> str:
    """A typed owner as the file already spells it: a person's name stands for their role."""
    person = next((p for p in people if key(p.name) == key(typed)), None)
    if person is not None:
        return person.owner
    return canonical(typed, [o.value for o in options])


@dataclass(frozen=True)
class Session:
    """This run of the interview: its day and its people, recorded once something is answered."""

    day: dt.date
    interviewer: str = ""
    attendees: tuple[str, ...] = ()

    def _same(self, record: InterviewRecord) -> bool:
        return (
            record.date == self.day
            and key(record.interviewer) == key(self.interviewer)
            and sorted(map(key, record.attendees)) == sorted(map(key, self.attendees))
        )

    def recorded(
        self, records: Sequence[InterviewRecord], section: str, order: Sequence[str]
    ) -> list[InterviewRecord]:
        """``records`` with ``section`` among this session's: in the record of the same day and
        the same people when there is one (sessions of one day merge), else in a new one."""
        out = list(records)
        found = next((i for i, r in enumerate(out) if self._same(r)), None)
        if found is None:
            out.append(
                InterviewRecord(
                    date=self.day, interviewer=self.interviewer, attendees=list(self.attendees)
                )
            )
            found = len(out) - 1
        record = out[found]
        if section in record.sections:
            return out
        rank = {s: i for i, s in enumerate(order)}
        sections = sorted([*record.sections, section], key=lambda s: rank.get(s, len(rank)))
        out[found] = record.model_copy(update={"sections": sections})
        return out


def last_session(records: Sequence[InterviewRecord]) -> InterviewRecord | None:
    """The latest session recorded (the last of its day): its people are the next defaults."""
    if not records:
        return None
    return max(enumerate(records), key=lambda pair: (pair[1].date, pair[0]))[1]
