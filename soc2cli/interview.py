"""The scoping and interview flow of ``soc2 assess``, talking to a person through a Prompter."""

from __future__ import annotations

import difflib
import shlex
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Protocol, TypedDict

from pydantic import ValidationError

from soc2cli.applicability import applicable_controls
from soc2cli.assessment import (
    Answer,
    Assessment,
    ObservationPeriod,
    Scope,
    System,
    question_order,
    save_assessment,
)
from soc2cli.catalogue import Catalogue, Control
from soc2cli.dates import now_utc, today
from soc2cli.errors import Interrupted, UsageError
from soc2cli.interview_records import (
    Session,
    canonical,
    last_session,
    owner_named,
    owner_options,
    person_entry,
    person_problem,
    split_names,
)
from soc2cli.labels import (
    SERVICE_TYPE,
    STATUS_CHOICE,
    SUBSERVICE_METHOD_CHOICE,
    evidence_kind_label,
    report_type_label,
)
from soc2cli.report import Report
from soc2cli.subservice import SubserviceOrganization
from soc2cli.vocabulary import (
    STARTED,
    Documentation,
    EvidenceKind,
    Hosting,
    ReportType,
    ServiceType,
    Status,
    SubserviceMethod,
)

Validator = Callable[[str], str | None]


@dataclass(frozen=True)
class Choice:
    """One option of a select or checkbox question.

    ``key`` chooses it at once (no Enter). An option that is not ``listed`` is reached only by
    its key, which the prompt names on its hint line (guidance, skip, back...).
    """

    value: str
    title: str
    key: str | None = None
    listed: bool = True


class InterruptedInput(KeyboardInterrupt):
    """Ctrl-C or Ctrl-D at a text prompt, with what had been typed, so a note is not lost."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class Prompter(Protocol):
    """Everything the flow asks of a person. Exactly one implementation calls questionary."""

    def text(
        self,
        message: str,
        *,
        default: str = "",
        validate: Validator | None = None,
        multiline: bool = False,
    ) -> str:
        """Free text, ``default`` pre-filled and editable; ``multiline`` allows several lines."""
        ...

    def select(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: str | None = None,
        details: str = "",
    ) -> str:
        """One of ``choices``; ``details`` (guidance) is shown above, shortened to fit."""
        ...

    def checkbox(
        self, message: str, choices: Sequence[Choice], *, checked: Sequence[str] = ()
    ) -> list[str]: ...

    def confirm(self, message: str, *, default: bool = True) -> bool: ...

    def say(self, message: str) -> None: ...


STATUS_CHOICES: list[Choice] = [
    Choice(s.value, title, key=str(number))
    for number, (s, title) in enumerate(STATUS_CHOICE.items(), start=1)
]
GUIDANCE, SKIP, BACK, JUMP, QUIT = "?guidance", "?skip", "?back", "?jump", "?quit"
CANCEL = "?cancel"
OTHER_OWNER, NO_OWNER = "?other", ""
NAVIGATION: list[Choice] = [
    Choice(GUIDANCE, "guidance", key="?", listed=False),
    Choice(SKIP, "skip", key="s", listed=False),
    Choice(BACK, "back", key="b", listed=False),
    Choice(JUMP, "jump", key="j", listed=False),
    Choice(QUIT, "save and quit", key="q", listed=False),
]
SECONDS_PER_QUESTION = 30  # a consultant's pace with notes; the estimate says "about"
REPORT_TYPE_CHOICES = [
    Choice("type1", "Type I: are the controls designed well, on one date"),
    Choice("type2", "Type II: did the controls operate, over an observation period"),
]
HOSTING_CHOICES = [
    Choice("cloud", "Cloud: all production runs at cloud providers (AWS, GCP, Azure...)"),
    Choice("hybrid", "Hybrid: cloud plus servers of our own or in a colocation rack"),
    Choice("on_prem", "On premises: we run our own servers or data centre"),
]
CATEGORY_ADVICE: list[tuple[str, str]] = [
    (
        "availability",
        "Do your contracts or website promise customers uptime, an SLA or recovery times?",
    ),
    (
        "confidentiality",
        "Do customers share confidential information with you under an NDA or a contract's "
        "confidentiality clause?",
    ),
    (
        "processing_integrity",
        "Do customers rely on your system's calculations or transactions being complete and "
        "accurate (billing, payments, payroll, reporting)?",
    ),
    (
        "privacy",
        "Do you collect personal information directly from individuals (consumers, patients, "
        "end users), not only from business customers?",
    ),
]


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def _date_validator(optional: bool) -> Validator:
    def check(value: str) -> str | None:
        if not value.strip():
            return None if optional else "enter a date as YYYY-MM-DD"
        return None if _parse_date(value) else "enter a date as YYYY-MM-DD"

    return check


def _end_validator(start: date) -> Validator:
    """The end of an observation period that starts on ``start``: 3 to 12 months later."""

    def check(value: str) -> str | None:
        end = _parse_date(value)
        if end is None:
            return "enter a date as YYYY-MM-DD"
        if end <= start:
            return f"the end must be after the start ({start.isoformat()})"
        try:
            months = ObservationPeriod(start=start, end=end).months
        except ValidationError:
            months = 13  # the model refuses more than 12 months
        if not 3 <= months <= 12:
            return f"auditors expect 3 to 12 months; the period starts on {start.isoformat()}"
        return None

    return check


def _capacity_validator(value: str) -> str | None:
    try:
        number = float(value.strip())
    except ValueError:
        return "enter a number of person-days, e.g. 2.5"
    return None if 0 < number <= 100 else "enter a number between 0 and 100"


def _required(value: str) -> str | None:
    return None if value.strip() else "this cannot be empty"


def duration(seconds: int) -> str:
    """A rough duration for people: "under a minute", "25 min", "1 h 05 min"."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


@dataclass
class Section:
    """A group of questions shown together: one control domain."""

    id: str
    title: str
    controls: list[Control] = field(default_factory=list)


@dataclass(frozen=True)
class Position:
    """Where a question sits in the whole questionnaire: stable across runs and jumps."""

    number: int
    total: int
    section: Section


@dataclass
class _Draft:
    """An answer being given: what is known so far, saved as it stands on Ctrl-C."""

    notes: str
    documented: bool
    owner: str | None
    asking: str = ""


class Interview:
    """Runs scoping and the questionnaire, saving the assessment after every answer."""

    def __init__(
        self,
        catalogue: Catalogue,
        path: Path,
        prompter: Prompter,
        *,
        clock: Callable[[], datetime] = now_utc,
        day: Callable[[], date] = today,
    ) -> None:
        self.catalogue = catalogue
        self.path = path
        self.prompter = prompter
        self.clock = clock
        self.assessment: Assessment | None = None
        # Recorded in the file with the first answer given or changed; its people are asked
        # at the start of the questions (start_session).
        self.session = Session(day())

    # --- persistence -------------------------------------------------------------------
    def _save(self) -> None:
        if self.assessment is not None:
            save_assessment(self.assessment, self.path, self.catalogue, schema_hint=True)

    def _set_scope(self, scope: Scope) -> None:
        if self.assessment is None:
            self.assessment = Assessment(scope=scope)
        else:
            self.assessment = self.assessment.model_copy(update={"scope": scope})
        self._save()

    def _set_answer(self, control_id: str, answer: Answer | None) -> None:
        assert self.assessment is not None
        answers = dict(self.assessment.answers)
        if answer is None:
            answers.pop(control_id, None)
        else:
            answers[control_id] = answer
        control = self.catalogue.control(control_id)
        interviews = self.assessment.interviews
        if control is not None:  # saved with the answer, so an interruption keeps it too
            order = [d.id for d in self.catalogue.domains]
            interviews = self.session.recorded(interviews, control.domain, order)
        self.assessment = self.assessment.model_copy(
            update={"answers": answers, "interviews": interviews}
        )
        self._save()

    # --- scoping -----------------------------------------------------------------------
    def scope(self, existing: Scope | None) -> Scope:
        """Ask the scoping questions; every answer is saved at once, and only what was chosen."""
        self.prompter.say("Scoping: what the audit will cover.")
        scope = self._ask_organization(existing)
        for step in (
            self._ask_systems,
            self._ask_hosting,
            self._ask_data_types,
            self._ask_categories,
            lambda s: self._ask_report_type(s, first_scoping=existing is None),
            self._ask_target_date,
            self._ask_capacity,
            self._ask_people,
        ):
            scope = step(scope)
            self._set_scope(scope)
        return scope

    def _ask_organization(self, existing: Scope | None) -> Scope:
        organization = self.prompter.text(
            "Organisation name",
            default=existing.organization if existing else "",
            validate=_required,
        ).strip()
        # Only the name is set: defaults never chosen (report type, hosting) stay out of the file.
        scope = (existing or Scope(organization=organization)).model_copy(
            update={"organization": organization}
        )
        self._set_scope(scope)
        return scope

    def _ask_systems(self, scope: Scope) -> Scope:
        p = self.prompter
        systems = list(scope.systems)
        if systems and not p.confirm(
            "Keep the systems in scope: " + ", ".join(s.name for s in systems) + "?", default=True
        ):
            systems = []
        if not systems:
            p.say("Systems in scope: the products or services customers rely on. Start small.")
        while True:
            name = p.text(
                "Add a system in scope (name; leave empty when done)"
                if systems
                else "Name of a system in scope",
                validate=None if systems else _required,
            ).strip()
            if not name:
                break
            # Saved before the description is asked, so an interruption keeps the name.
            systems.append(System(name=name))
            self._set_scope(scope.model_copy(update={"systems": list(systems)}))
            description = p.text(f"Short description of {name}").strip()
            systems[-1] = System(name=name, description=description)
        return scope.model_copy(update={"systems": systems})

    def _ask_hosting(self, scope: Scope) -> Scope:
        p = self.prompter
        hosting = Hosting(
            p.select("Where does production run?", HOSTING_CHOICES, default=scope.hosting.value)
        )
        scope = scope.model_copy(update={"hosting": hosting})
        self._set_scope(scope)
        known = {o.name: o for o in scope.subservice_organizations}
        typed = p.text(
            "Cloud or colocation providers, comma-separated (they become subservice organisations)",
            default=", ".join(known),
            validate=_required if hosting is not Hosting.on_prem else None,
        )
        names = list(dict.fromkeys(x.strip() for x in typed.split(",") if x.strip()))
        # The names are saved first, so an interruption keeps them; then each one's services.
        providers = [known.get(n, SubserviceOrganization(name=n)) for n in names]
        for i, provider in enumerate(providers):
            scope = scope.model_copy(update={"subservice_organizations": list(providers)})
            self._set_scope(scope)
            providers[i] = self._ask_provider(provider)
        return scope.model_copy(update={"subservice_organizations": providers})

    def _ask_provider(self, provider: SubserviceOrganization) -> SubserviceOrganization:
        """What one provider gives the system, and how the report presents it."""
        p = self.prompter
        services = p.checkbox(
            f"What does {provider.name} provide to the system?",
            [Choice(s.value, title) for s, title in SERVICE_TYPE.items()],
            checked=[s.value for s in provider.services],
        )
        method = p.select(
            f"How should the report present {provider.name}?",
            [Choice(m.value, title) for m, title in SUBSERVICE_METHOD_CHOICE.items()],
            default=provider.method.value,
        )
        return SubserviceOrganization(
            name=provider.name,
            services=[s for s in ServiceType if s.value in services],
            method=SubserviceMethod(method),
        )

    def _ask_data_types(self, scope: Scope) -> Scope:
        data_choices = [
            Choice(d.id, f"{d.title}: {d.description}") for d in self.catalogue.data_types
        ]
        data_types = self.prompter.checkbox(
            "Which kinds of data does the system handle?", data_choices, checked=scope.data_types
        )
        return scope.model_copy(update={"data_types": data_types})

    def _ask_categories(self, scope: Scope) -> Scope:
        p = self.prompter
        suggested = ["security"]
        for category, question in CATEGORY_ADVICE:
            if p.confirm(question, default=category in scope.categories):
                suggested.append(category)
        titles = {c.id: c.title for c in self.catalogue.categories}
        p.say(
            "Suggested categories: "
            + ", ".join(titles.get(c, c) for c in suggested)
            + ". Security is always in scope."
        )
        optional = [c for c in self.catalogue.categories if not c.always_in_scope]
        chosen = p.checkbox(
            "Categories to include besides Security",
            [Choice(c.id, c.title) for c in optional],
            checked=[c for c in suggested if c != "security"],
        )
        categories = ["security", *[c.id for c in optional if c.id in chosen]]
        if len(categories) > 3 or len(scope.systems) > 3:
            p.say(
                "Warning: this is a large scope for a first audit (scope creep delays reports). "
                "Consider starting with the most critical systems and Security plus the one "
                "category customers ask for, and adding the rest next year."
            )
        return scope.model_copy(update={"categories": categories})

    def _ask_report_type(self, scope: Scope, *, first_scoping: bool) -> Scope:
        p = self.prompter
        first = p.confirm("Is this the company's first SOC 2 audit?", default=True)
        if first:
            p.say(
                "Tip: many first-time companies start with a Type I (design at a point in time) "
                "and move to Type II (operation over 3-12 months) once controls have run for a while."
            )
        report_type = ReportType(
            p.select(
                "Report type",
                REPORT_TYPE_CHOICES,
                default="type1" if first and first_scoping else scope.report_type.value,
            )
        )
        period = scope.observation_period if report_type is ReportType.type2 else None
        scope = scope.model_copy(update={"report_type": report_type, "observation_period": period})
        if report_type is ReportType.type2:
            self._set_scope(scope)
            scope = scope.model_copy(update={"observation_period": self._ask_period(period)})
        return scope

    def _ask_target_date(self, scope: Scope) -> Scope:
        target = self.prompter.text(
            "Target report date (YYYY-MM-DD, optional)",
            default=scope.target_date.isoformat() if scope.target_date else "",
            validate=_date_validator(optional=True),
        )
        return scope.model_copy(
            update={"target_date": _parse_date(target) if target.strip() else None}
        )

    def _ask_capacity(self, scope: Scope) -> Scope:
        self.prompter.say(
            "Capacity: person-days a week the team can spend on remediation "
            "(5 is one person full time; a startup often has 1 to 3)."
        )
        capacity = self.prompter.text(
            "Person-days a week for remediation",
            default=f"{scope.capacity:g}",
            validate=_capacity_validator,
        )
        return scope.model_copy(update={"capacity_days_per_week": float(capacity.strip())})

    def _ask_period(self, existing: ObservationPeriod | None) -> ObservationPeriod:
        """Start, then end; an end that does not fit the start is asked again on its own."""
        p = self.prompter
        start = p.text(
            "Observation period start (YYYY-MM-DD)",
            default=existing.start.isoformat() if existing else "",
            validate=_date_validator(optional=False),
        )
        first_day = date.fromisoformat(start.strip())
        end = p.text(
            "Observation period end (YYYY-MM-DD; 3 to 12 months after the start)",
            default=existing.end.isoformat() if existing and existing.end > first_day else "",
            validate=_end_validator(first_day),
        )
        return ObservationPeriod(start=first_day, end=date.fromisoformat(end.strip()))

    # --- people: listed once in the scope, and who takes part in this session ----------
    def _ask_people(self, scope: Scope) -> Scope:
        """The client's people and roles, optional: offered as owners and attendees later."""
        p = self.prompter
        people = list(scope.people)
        if people and not p.confirm(
            "Keep the people listed: " + ", ".join(x.title for x in people) + "?", default=True
        ):
            people = []
        if not people:
            p.say(
                "People (optional): list the client's people and their roles once; the "
                "interview offers them as owners and attendees."
            )
        while True:
            person = person_entry(
                p.text(
                    "Add a person: name, role (leave empty when done)",
                    validate=person_problem,
                )
            )
            if person is None:
                return scope.model_copy(update={"people": people})
            people = [x for x in people if x.name.casefold() != person.name.casefold()]
            people.append(person)
            self._set_scope(scope.model_copy(update={"people": list(people)}))

    def _known_names(self) -> list[str]:
        """Names and roles the file already spells one way: people, earlier sessions, owners."""
        assert self.assessment is not None
        people = self.assessment.scope.people
        names = [*(x.name for x in people), *(x.role for x in people if x.role)]
        for record in self.assessment.interviews:
            names += [record.interviewer, *record.attendees]
        names += [a.owner for a in self.assessment.answers.values() if a.owner]
        return [n for n in names if n]

    def start_session(
        self, interviewer: str | None = None, attendees: Sequence[str] | None = None
    ) -> None:
        """Who interviews and who attends: given as options, or asked once (Enter keeps the
        previous session's people). Recorded only once something is answered or changed."""
        assert self.assessment is not None
        p = self.prompter
        known = self._known_names()
        last = last_session(self.assessment.interviews)
        if interviewer is None and attendees is None:
            interviewer = p.text(
                "Who is interviewing? (your name; optional)",
                default=last.interviewer if last else "",
            )
            people = self.assessment.scope.people
            if people:
                p.say("People in scope: " + ", ".join(x.title for x in people) + ".")
            typed = p.text(
                "Who attends? (names or roles, comma-separated; optional)",
                default=", ".join(last.attendees) if last else "",
            )
            attendees = split_names(typed, known)
        names = [canonical(a, known) for a in attendees or () if a.strip()]
        self.session = Session(
            self.session.day,
            canonical(interviewer, known) if interviewer and interviewer.strip() else "",
            tuple(dict.fromkeys(names)),
        )

    # --- questionnaire -----------------------------------------------------------------
    def sections(self, scope: Scope) -> list[Section]:
        """Applicable controls grouped by domain: the order of the interview and of the file."""
        applicable = {c.id for c in applicable_controls(self.catalogue, scope)}
        out: dict[str, Section] = {}
        for control in question_order(self.catalogue):
            if control.id not in applicable:
                continue
            domain = self.catalogue.domain_index[control.domain]
            out.setdefault(domain.id, Section(domain.id, domain.title)).controls.append(control)
        return list(out.values())

    def _is_answered(self, control_id: str) -> bool:
        assert self.assessment is not None
        answer = self.assessment.answers.get(control_id)
        return answer is not None and answer.status is not Status.unknown

    def questions(
        self,
        scope: Scope,
        *,
        section: str | None = None,
        review: bool = False,
        only_unanswered: bool = True,
    ) -> list[Control]:
        """The controls to ask about, honouring --section, --review and --only-unanswered."""
        chosen: list[Control] = []
        for sec in self.sections(scope):
            for control in sec.controls:
                if section and not _in_section(control, sec, section):
                    continue
                is_answered = self._is_answered(control.id)
                if review and not is_answered:
                    continue
                if not review and only_unanswered and is_answered:
                    continue
                chosen.append(control)
        return chosen

    def progress_line(self, position: Position) -> str:
        """Where the person is, honestly: the whole file's answered and remaining questions."""
        assert self.assessment is not None
        sections = self.sections(self.assessment.scope)
        every = [c for s in sections for c in s.controls]
        answered = sum(self._is_answered(c.id) for c in every)
        remaining = len(every) - answered
        in_section = sum(self._is_answered(c.id) for c in position.section.controls)
        return (
            f"{position.section.title} {in_section}/{len(position.section.controls)} · "
            f"question {position.number} of {position.total} · {answered} answered, "
            f"{remaining} to go (about {duration(remaining * SECONDS_PER_QUESTION)})"
        )

    def ask(self, control: Control, position: Position) -> str:
        """Ask one control; returns 'answered' or a navigation value."""
        assert self.assessment is not None
        p = self.prompter
        existing = self.assessment.answers.get(control.id)
        p.say("\n" + self.progress_line(position))
        choices = [
            Choice(
                c.value,
                c.title + (" (saved)" if existing and existing.status.value == c.value else ""),
                key=c.key,
            )
            for c in STATUS_CHOICES
        ]
        details = ""
        while True:
            choice = p.select(
                f"{control.id} {control.title}\n{control.question}\nStatus",
                [*choices, *NAVIGATION],
                default=existing.status.value if existing else None,
                details=details,
            )
            if choice != GUIDANCE:
                break
            details = _guidance(control)
        if choice in (SKIP, BACK, JUMP, QUIT):
            return choice
        self._answer(control, Status(choice), existing)
        return "answered"

    def _answer(self, control: Control, status: Status, existing: Answer | None) -> None:
        """The follow-up questions; on Ctrl-C what was given (the status first) is saved."""
        draft = _Draft(
            notes=existing.notes if existing else "",
            documented=existing.documented if existing else False,
            owner=existing.owner if existing else None,
        )
        try:
            self._follow_ups(control, status, existing, draft)
        except KeyboardInterrupt as exc:
            if isinstance(exc, InterruptedInput) and draft.asking == "notes" and exc.text.strip():
                draft.notes = _kept(exc.text, draft.notes)
            self._save_draft(control, status, existing, draft)
            raise
        self._save_draft(control, status, existing, draft)

    def _follow_ups(
        self, control: Control, status: Status, existing: Answer | None, draft: _Draft
    ) -> None:
        p = self.prompter
        draft.asking = "notes"
        draft.notes = _kept(
            p.text(
                "Why does it not apply?" if status is Status.not_applicable else "Notes (optional)",
                default=draft.notes,
                validate=_required if status is Status.not_applicable else None,
                multiline=True,
            ),
            draft.notes,
        )
        draft.asking = "documented"
        if control.documentation is Documentation.required and status in STARTED:
            draft.documented = p.confirm(
                "Is it written down (a policy, standard or procedure describes it)?",
                default=draft.documented,
            )
        draft.asking = "owner"
        if status is Status.not_applicable:
            return
        # An answer that had no owner keeps none on Enter; a new one suggests the catalogue's.
        keep = existing is not None and existing.status is status
        suggested = draft.owner or ("" if keep else control.owner)
        draft.owner = self._ask_owner(control, suggested) or None
        draft.asking = ""

    def _ask_owner(self, control: Control, suggested: str) -> str:
        """The owner, picked from those already in the file and the scope's people, or typed;
        a typed one is spelled as the file already spells it ("hr lead" is "HR Lead")."""
        assert self.assessment is not None
        people = self.assessment.scope.people
        options = owner_options(
            (a.owner for a in self.assessment.answers.values()),
            people,
            suggested=suggested,
            catalogue_role=control.owner,
        )
        choice = self.prompter.select(
            "Owner",
            [
                *(Choice(o.value, o.title) for o in options),
                Choice(OTHER_OWNER, "Someone else (type a name or role)"),
                Choice(NO_OWNER, "No owner yet"),
            ],
            default=suggested,
        )
        if choice != OTHER_OWNER:
            return choice
        typed = self.prompter.text("Owner (a name or role)", validate=_required)
        return owner_named(typed, options, people)

    def _save_draft(
        self, control: Control, status: Status, existing: Answer | None, draft: _Draft
    ) -> None:
        try:
            answer = Answer(
                status=status,
                documented=draft.documented and status is not Status.not_applicable,
                notes=draft.notes,
                owner=draft.owner if status is not Status.not_applicable else None,
                answered_at=self.clock(),
            )
        except ValidationError:
            return  # not applicable without a reason yet: nothing valid to keep
        if (
            existing is not None
            and answer.model_copy(update={"answered_at": existing.answered_at}) == existing
        ):
            return  # unchanged: the file, answered_at included, stays as it was
        self._set_answer(control.id, answer)

    def run_questions(
        self,
        scope: Scope,
        *,
        section: str | None = None,
        review: bool = False,
        only_unanswered: bool = True,
    ) -> bool:
        """Walk the questions; returns False when the person chose to quit early."""
        controls = self.questions(
            scope, section=section, review=review, only_unanswered=only_unanswered
        )
        if not controls:
            self.prompter.say(
                "Nothing to ask: every applicable question has an answer."
                if not review
                else "No answers to review yet."
            )
            return True
        while True:
            if not self._walk(scope, controls):
                return False
            skipped = [c for c in controls if not review and not self._is_answered(c.id)]
            if not skipped or not self.prompter.confirm(
                f"{len(skipped)} question(s) skipped on the way are still unanswered. "
                "Go through them now?",
                default=True,
            ):
                return True
            controls = skipped

    def _walk(self, scope: Scope, controls: list[Control]) -> bool:
        sections = self.sections(scope)
        every = [c.id for s in sections for c in s.controls]
        section_of = {c.id: s for s in sections for c in s.controls}
        i = 0
        while i < len(controls):
            control = controls[i]
            sec = section_of[control.id]
            number = every.index(control.id) + 1
            result = self.ask(control, Position(number, len(every), sec))
            if result == QUIT:
                return False
            if result == BACK:
                i = max(0, i - 1)
            elif result == JUMP:
                i = self._jump(sections, sec, controls, i)
            else:
                i += 1
        return True

    def _jump(
        self, sections: list[Section], current: Section, controls: list[Control], i: int
    ) -> int:
        """The index of the first question of the section chosen; Escape stays where it was."""
        target = self.prompter.select(
            "Jump to which section? (answered/questions)",
            [
                *(
                    Choice(
                        s.id,
                        f"{s.title}  {sum(self._is_answered(c.id) for c in s.controls)}"
                        f"/{len(s.controls)}",
                    )
                    for s in sections
                ),
                Choice(CANCEL, "cancel", key="escape", listed=False),
            ],
            default=current.id,
        )
        if target == CANCEL:
            return i
        found = next((k for k, c in enumerate(controls) if c.domain == target), None)
        if found is None:
            title = next(s.title for s in sections if s.id == target)
            self.prompter.say(
                f"Nothing to ask in {title} this time: its questions are answered "
                "(use --review or --all to go through them again)."
            )
            return i
        return found


def _kept(typed: str, before: str) -> str:
    """What was typed, stripped; the earlier text exactly when only whitespace differs."""
    return before if typed.strip() == before.strip() else typed.strip()


def section_exists(catalogue: Catalogue, wanted: str) -> bool:
    """Whether --section names a domain (access_control), a prefix (AC), a series or a criterion."""
    key = wanted.strip().lower()
    return any(key in (d.id.lower(), d.prefix.lower()) for d in catalogue.domains) or any(
        key in (c.id.lower(), c.series.lower()) for c in catalogue.criteria
    )


def _in_section(control: Control, section: Section, wanted: str) -> bool:
    key = wanted.strip().lower()
    if key in (section.id.lower(), control.id.split("-")[0].lower()):
        return True
    # A criterion series (CC6) or a single criterion (CC6.1).
    return any(c.lower() == key or c.split(".")[0].lower() == key for c in control.criteria)


def _guidance(control: Control) -> str:
    lines = [
        f"Guidance for {control.id} ({', '.join(control.criteria)})",
        f"What good looks like: {control.guidance.good}",
        f"What an auditor asks to see: {control.guidance.auditor_asks}",
        *(
            f"{evidence_kind_label(kind).capitalize()}: " + "; ".join(texts)
            for kind in EvidenceKind
            if (texts := control.evidence_of(kind))
        ),
        f"All of it: soc2 catalogue show {control.id}",
    ]
    return "\n".join(lines)


def similar_file(wanted: str, names: Sequence[str]) -> str | None:
    """A file name in ``names`` that ``wanted`` looks like a slip of the keyboard for."""
    others = [n for n in names if n != wanted]
    close = difflib.get_close_matches(wanted, others, n=1, cutoff=0.8)
    return close[0] if close else None


# --- the whole `soc2 assess` flow ------------------------------------------------------------


class _Asked(TypedDict):
    """Which questions a run asks (--section, --review, --only-unanswered)."""

    section: str | None
    review: bool
    only_unanswered: bool


@dataclass(frozen=True)
class InterviewResult:
    """The assessment as the person left it; ``finished`` is False when they chose to quit early."""

    assessment: Assessment
    finished: bool


def resume_command(path: Path) -> str:
    """The command that picks the interview up again, quoted for a shell."""
    return f"soc2 assess {shlex.quote(str(path))}"


def resume_hint(path: Path, width: int = 80) -> str:
    """The line that says how to resume; the command gets a line of its own when
    "Resume with: " and it do not fit on one, as a terminal must never break the command."""
    command = resume_command(path)
    if len(command) + len("Resume with: ") < width:
        return f"Resume with: {command}"
    return f"Resume with:\n  {command}"


def run_interview(
    catalogue: Catalogue,
    path: Path,
    existing: Assessment | None,
    prompter: Prompter,
    *,
    section: str | None,
    review: bool,
    only_unanswered: bool,
    rescope: bool,
    notify: Callable[[str], None],
    interviewer: str | None = None,
    attendees: Sequence[str] | None = None,
) -> InterviewResult:
    """Scope (when new, or asked to), then who takes part, then the questions; saved after
    every answer. Ctrl-C (or Ctrl-D) raises Interrupted, which says what was saved and how to resume.
    """
    if section is not None and not section_exists(catalogue, section):
        raise UsageError(
            f"--section: no section {section!r}; use a domain "
            f"({', '.join(d.id for d in catalogue.domains[:3])}, ...), a control prefix (AC), "
            "a criterion series (CC6) or a criterion (CC6.1)"
        )
    interview = Interview(catalogue, path, prompter)
    interview.assessment = existing
    try:
        if existing is not None and not rescope and not existing.answers:
            # Scoping saves as it goes, so an interrupted scoping leaves a file with no answers.
            rescope = prompter.confirm(
                "No answers yet. Go through the scoping questions first "
                "(your earlier answers are the defaults)?",
                default=True,
            )
        if existing is None or rescope:
            scope = interview.scope(existing.scope if existing else None)
        else:
            scope = existing.scope
            done = progress(catalogue, existing)
            notify(
                f"Resuming {path} for {scope.organization}: {done.answered} of "
                f"{done.applicable} questions answered."
            )
        asked = _Asked(section=section, review=review, only_unanswered=only_unanswered)
        if interview.questions(scope, **asked):  # who takes part: asked when there are questions
            interview.start_session(interviewer, attendees)
        finished = interview.run_questions(scope, **asked)
    except KeyboardInterrupt:
        if interview.assessment is None:
            raise Interrupted("interrupted before anything was entered; nothing saved") from None
        saved = textwrap.fill(
            f"interrupted; everything answered is saved in {path}.",
            79,
            break_long_words=False,
            break_on_hyphens=False,
        )
        raise Interrupted(f"{saved}\n{resume_hint(path)}") from None
    assert interview.assessment is not None
    return InterviewResult(interview.assessment, finished)


@dataclass(frozen=True)
class OpenQuestion:
    """An applicable control without a usable answer: ``unanswered``, or answered ``unknown``."""

    control: Control
    state: str


@dataclass(frozen=True)
class Progress:
    """How far an assessment's applicable questions are answered."""

    applicable: int
    open: list[OpenQuestion]

    @property
    def answered(self) -> int:
        return self.applicable - len(self.open)


def progress(catalogue: Catalogue, assessment: Assessment) -> Progress:
    """The applicable controls still unanswered or answered unknown, in the interview's order."""
    ids = {c.id for c in applicable_controls(catalogue, assessment.scope)}
    applicable = [c for c in question_order(catalogue) if c.id in ids]
    answers = assessment.answers
    return Progress(
        applicable=len(applicable),
        open=[
            OpenQuestion(c, "unknown" if c.id in answers else "unanswered")
            for c in applicable
            if c.id not in answers or answers[c.id].status is Status.unknown
        ],
    )


def readiness_line(report: Report) -> str:
    """The readiness so far, in one line, to end an interview with."""
    s = report.summary
    return (
        f"{report_type_label(s.report_type)} readiness so far: {s.readiness * 100:.0f} % · "
        f"{s.gaps_total} gap(s) · {len(report.follow_ups)} follow-up(s)"
    )
