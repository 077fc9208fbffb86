"""The scoping and interview flow of ``soc2 assess``, talking to a person through a Prompter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from soc2cli.applicability import applicable_controls
from soc2cli.assessment import (
    Answer,
    Assessment,
    ObservationPeriod,
    Scope,
    System,
    save_assessment,
)
from soc2cli.catalogue import Catalogue, Control
from soc2cli.dates import now_utc
from soc2cli.errors import Interrupted, UsageError
from soc2cli.labels import STATUS_CHOICE, report_type_label
from soc2cli.report import Report
from soc2cli.vocabulary import STARTED, Documentation, Hosting, ReportType, Status

Validator = Callable[[str], str | None]


@dataclass(frozen=True)
class Choice:
    """One option of a select or checkbox question."""

    value: str
    title: str


class Prompter(Protocol):
    """Everything the flow asks of a person. Exactly one implementation calls questionary."""

    def text(
        self, message: str, *, default: str = "", validate: Validator | None = None
    ) -> str: ...

    def select(
        self, message: str, choices: Sequence[Choice], *, default: str | None = None
    ) -> str: ...

    def checkbox(
        self, message: str, choices: Sequence[Choice], *, checked: Sequence[str] = ()
    ) -> list[str]: ...

    def confirm(self, message: str, *, default: bool = True) -> bool: ...

    def say(self, message: str) -> None: ...


STATUS_CHOICES: list[Choice] = [Choice(s.value, title) for s, title in STATUS_CHOICE.items()]
GUIDANCE, SKIP, BACK, JUMP, QUIT = "?guidance", "?skip", "?back", "?jump", "?quit"
NAVIGATION: list[Choice] = [
    Choice(GUIDANCE, "? Show guidance"),
    Choice(SKIP, "→ Skip for now"),
    Choice(BACK, "← Back one question"),
    Choice(JUMP, "⇥ Jump to a section"),
    Choice(QUIT, "✕ Save and quit"),
]
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


def _capacity_validator(value: str) -> str | None:
    try:
        number = float(value.strip())
    except ValueError:
        return "enter a number of person-days, e.g. 2.5"
    return None if 0 < number <= 100 else "enter a number between 0 and 100"


def _required(value: str) -> str | None:
    return None if value.strip() else "this cannot be empty"


@dataclass
class Section:
    """A group of questions shown together: one control domain."""

    id: str
    title: str
    controls: list[Control] = field(default_factory=list)


@dataclass
class Position:
    index: int
    total: int
    section: Section
    section_index: int
    section_count: int


class Interview:
    """Runs scoping and the questionnaire, saving the assessment after every answer."""

    def __init__(
        self,
        catalogue: Catalogue,
        path: Path,
        prompter: Prompter,
        *,
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        self.catalogue = catalogue
        self.path = path
        self.prompter = prompter
        self.clock = clock
        self.assessment: Assessment | None = None

    # --- persistence -------------------------------------------------------------------
    def _save(self) -> None:
        if self.assessment is not None:
            save_assessment(self.assessment, self.path)

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
        self.assessment = self.assessment.model_copy(update={"answers": answers})
        self._save()

    # --- scoping -----------------------------------------------------------------------
    def scope(self, existing: Scope | None) -> Scope:
        """Ask the scoping questions; each finished step is saved at once."""
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
            description = p.text(f"Short description of {name}").strip()
            systems.append(System(name=name, description=description))
        return scope.model_copy(update={"systems": systems})

    def _ask_hosting(self, scope: Scope) -> Scope:
        p = self.prompter
        hosting = Hosting(
            p.select("Where does production run?", HOSTING_CHOICES, default=scope.hosting.value)
        )
        providers = p.text(
            "Cloud or colocation providers, comma-separated (they become subservice organisations)",
            default=", ".join(scope.subservice_organizations),
            validate=_required if hosting is not Hosting.on_prem else None,
        )
        return scope.model_copy(
            update={
                "hosting": hosting,
                "subservice_organizations": [x.strip() for x in providers.split(",") if x.strip()],
            }
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
        if report_type is ReportType.type2:
            period = self._ask_period(period)
        return scope.model_copy(update={"report_type": report_type, "observation_period": period})

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
        p = self.prompter
        while True:
            start = p.text(
                "Observation period start (YYYY-MM-DD)",
                default=existing.start.isoformat() if existing else "",
                validate=_date_validator(optional=False),
            )
            end = p.text(
                "Observation period end (YYYY-MM-DD; 3 to 12 months later)",
                default=existing.end.isoformat() if existing else "",
                validate=_date_validator(optional=False),
            )
            try:
                period = ObservationPeriod(
                    start=date.fromisoformat(start.strip()), end=date.fromisoformat(end.strip())
                )
            except ValidationError as exc:
                p.say(
                    "That period does not work: "
                    + exc.errors()[0]["msg"].removeprefix("Value error, ")
                )
                continue
            if period.months < 3:
                p.say("Auditors expect at least 3 months for a Type II observation period.")
                continue
            return period

    # --- questionnaire -----------------------------------------------------------------
    def sections(self, scope: Scope) -> list[Section]:
        """Applicable controls grouped by domain, in catalogue order."""
        out: dict[str, Section] = {}
        for control in applicable_controls(self.catalogue, scope):
            domain = self.catalogue.domain_index[control.domain]
            out.setdefault(domain.id, Section(domain.id, domain.title)).controls.append(control)
        return list(out.values())

    def questions(
        self,
        scope: Scope,
        *,
        section: str | None = None,
        review: bool = False,
        only_unanswered: bool = True,
    ) -> list[Control]:
        """The controls to ask about, honouring --section, --review and --only-unanswered."""
        assert self.assessment is not None
        answered = self.assessment.answers
        chosen: list[Control] = []
        for sec in self.sections(scope):
            for control in sec.controls:
                if section and not _in_section(control, sec, section):
                    continue
                is_answered = (
                    control.id in answered and answered[control.id].status is not Status.unknown
                )
                if review and not is_answered:
                    continue
                if not review and only_unanswered and is_answered:
                    continue
                chosen.append(control)
        return chosen

    def ask(self, control: Control, position: Position) -> str:
        """Ask one control; returns 'answered' or a navigation value."""
        assert self.assessment is not None
        p = self.prompter
        existing = self.assessment.answers.get(control.id)
        remaining = position.total - position.index
        p.say(
            f"\n[{position.section.title} · section {position.section_index} of "
            f"{position.section_count} · question {position.index} of {position.total} · "
            f"{remaining} left after this]"
        )
        p.say(f"{control.id} {control.title}\n{control.question}")
        while True:
            choice = p.select(
                "Status" + (f" (saved: {existing.status.value})" if existing else ""),
                [*STATUS_CHOICES, *NAVIGATION],
                default=existing.status.value if existing else None,
            )
            if choice != GUIDANCE:
                break
            p.say(_guidance(control, self.catalogue))
        if choice in (SKIP, BACK, JUMP, QUIT):
            return choice
        status = Status(choice)
        notes = p.text(
            "Why does it not apply?" if status is Status.not_applicable else "Notes (optional)",
            default=existing.notes if existing else "",
            validate=_required if status is Status.not_applicable else None,
        ).strip()
        documented = existing.documented if existing else False
        if control.documentation is Documentation.required and status in STARTED:
            documented = p.confirm(
                "Is it written down (a policy, standard or procedure describes it)?",
                default=documented,
            )
        owner = ""
        if status is not Status.not_applicable:
            owner = p.text(
                "Owner",
                default=(existing.owner if existing and existing.owner else control.owner),
            ).strip()
        answer = Answer(
            status=status,
            documented=documented and status is not Status.not_applicable,
            notes=notes,
            owner=owner or None,
            answered_at=self.clock(),
        )
        if (
            existing is not None
            and answer.model_copy(update={"answered_at": existing.answered_at}) == existing
        ):
            return "answered"  # unchanged: the file, answered_at included, stays as it was
        self._set_answer(control.id, answer)
        return "answered"

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
        sections = self.sections(scope)
        section_of = {c.id: (i, s) for i, s in enumerate(sections, start=1) for c in s.controls}
        if not controls:
            self.prompter.say(
                "Nothing to ask: every applicable question has an answer."
                if not review
                else "No answers to review yet."
            )
            return True
        i = 0
        while i < len(controls):
            control = controls[i]
            number, sec = section_of[control.id]
            result = self.ask(control, Position(i + 1, len(controls), sec, number, len(sections)))
            if result == QUIT:
                return False
            if result == BACK:
                i = max(0, i - 1)
                continue
            if result == JUMP:
                target = self.prompter.select(
                    "Jump to which section?",
                    [Choice(s.id, f"{s.title} ({len(s.controls)} questions)") for s in sections],
                    default=sec.id,
                )
                i = next((k for k, c in enumerate(controls) if section_of[c.id][1].id == target), i)
                continue
            i += 1
        return True


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


def _guidance(control: Control, catalogue: Catalogue) -> str:
    criteria = ", ".join(control.criteria)
    lines = [
        f"{control.title} ({criteria})",
        f"What good looks like: {control.guidance.good}",
        f"What an auditor asks to see: {control.guidance.auditor_asks}",
        "Evidence examples: " + "; ".join(control.evidence),
    ]
    return "\n".join(lines)


# --- the whole `soc2 assess` flow ------------------------------------------------------------


@dataclass(frozen=True)
class InterviewResult:
    """The assessment as the person left it; ``finished`` is False when they chose to quit early."""

    assessment: Assessment
    finished: bool


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
) -> InterviewResult:
    """Scope (when new, or asked to), then ask the questions; saved after every answer.

    Ctrl-C raises Interrupted, which says what was saved and how to resume.
    """
    if section is not None and not section_exists(catalogue, section):
        raise UsageError(
            f"--section: no section {section!r}; use a domain ({', '.join(d.id for d in catalogue.domains[:3])}, ...), "
            "a control prefix (AC) or a criterion series (CC6)"
        )
    interview = Interview(catalogue, path, prompter)
    interview.assessment = existing
    try:
        if existing is not None and not rescope and not existing.answers:
            # Scoping saves as it goes, so an interrupted scoping leaves a file with no answers.
            rescope = prompter.confirm(
                "No answers yet. Go through the scoping questions first (your earlier answers are the defaults)?",
                default=True,
            )
        if existing is None or rescope:
            scope = interview.scope(existing.scope if existing else None)
        else:
            scope = existing.scope
            notify(
                f"Resuming {path} for {scope.organization} ({len(existing.answers)} answers so far)."
            )
        finished = interview.run_questions(
            scope, section=section, review=review, only_unanswered=only_unanswered
        )
    except KeyboardInterrupt:
        if interview.assessment is None:
            raise Interrupted("interrupted before anything was entered; nothing saved") from None
        raise Interrupted(
            f"interrupted; everything answered is saved in {path}. Resume with: soc2 assess {path}"
        ) from None
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
    """The applicable controls still unanswered or answered unknown, in catalogue order."""
    applicable = applicable_controls(catalogue, assessment.scope)
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
