"""The assess flow with scripted answers, in-process (no terminal)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import assessment_doc, run, write_assessment

from soc2cli.assessment import load_assessment
from soc2cli.catalogue import Catalogue, Control
from soc2cli.interview import BACK, GUIDANCE, JUMP, OTHER_OWNER, QUIT, SKIP, Choice, Interview
from soc2cli.subservice import SubserviceOrganization
from soc2cli.vocabulary import Documentation, ServiceType, Status, SubserviceMethod

CLOCK = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


class Script:
    """A Prompter that answers from a list and records what it was asked."""

    def __init__(self, answers: Sequence[Any], *, retry: bool = False) -> None:
        self.answers = list(answers)
        # With retry, a value the validator rejects is asked for again, like a terminal does;
        # without, it fails the test at once.
        self.retry = retry
        self.asked: list[str] = []
        self.said: list[str] = []
        # (question, value, problem) for every value the flow's validator rejected
        self.rejected: list[tuple[str, str, str]] = []

    def _next(self, message: str) -> Any:
        self.asked.append(message)
        if not self.answers:
            raise AssertionError(f"no scripted answer for: {message}")
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def text(
        self, message: str, *, default: str = "", validate: Any = None, multiline: bool = False
    ) -> str:
        while True:
            answer = self._next(message)
            value = default if answer is None else answer
            problem = None if validate is None else validate(value)
            if problem is None:
                return str(value)
            assert self.retry, f"{message}: {problem}"
            self.rejected.append((message, str(value), problem))

    def select(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: str | None = None,
        details: str = "",
    ) -> str:
        if details:
            self.said.append(details)
        answer = self._next(message)
        value = default if answer is None else answer
        assert value in [c.value for c in choices], (message, value)
        return str(value)

    def checkbox(
        self, message: str, choices: Sequence[Choice], *, checked: Sequence[str] = ()
    ) -> list[str]:
        answer = self._next(message)
        return list(checked) if answer is None else list(answer)

    def confirm(self, message: str, *, default: bool = True) -> bool:
        answer = self._next(message)
        return default if answer is None else bool(answer)

    def say(self, message: str) -> None:
        self.said.append(message)


SCOPING = [
    "Acme Cloud",  # organisation
    "Acme API",  # first system
    "Multi-tenant REST API",
    "",  # no more systems
    "cloud",
    "AWS",
    ["iaas", "paas_database"],  # what AWS provides
    None,  # the carve-out method, the default
    ["customer_data", "personal_data"],
    True,  # uptime SLA -> availability
    False,
    False,
    False,
    None,  # accept the suggested categories
    True,  # first audit
    "type2",
    "2027-02-01",
    "2027-07-31",
    "2027-09-30",
    "2",  # person-days a week for remediation
    "",  # no people listed
]


def _interview(
    catalogue: Catalogue, path: Path, answers: Sequence[Any]
) -> tuple[Interview, Script]:
    script = Script(answers)
    return Interview(catalogue, path, script, clock=lambda: CLOCK), script


def test_scoping_writes_the_scope_block(tmp_path: Path, builtin: Catalogue) -> None:
    path = tmp_path / "assessment.yaml"
    interview, script = _interview(builtin, path, SCOPING)
    scope = interview.scope(None)
    assert scope.categories == ["security", "availability"]
    saved = load_assessment(path)
    assert saved.scope == scope
    assert saved.scope.capacity_days_per_week == 2.0
    assert saved.scope.subservice_organizations == [
        SubserviceOrganization(
            name="AWS",
            services=[ServiceType.iaas, ServiceType.paas_database],
            method=SubserviceMethod.carve_out,
        )
    ]
    assert "What does AWS provide to the system?" in script.asked
    assert "How should the report present AWS?" in script.asked
    assert saved.scope.observation_period is not None
    assert str(saved.scope.observation_period.start) == "2027-02-01"
    assert any("Availability" in s for s in script.said if s.startswith("Suggested"))
    assert any("Type I" in s for s in script.said if s.startswith("Tip"))


def test_scope_creep_warning(tmp_path: Path, builtin: Catalogue) -> None:
    answers = list(SCOPING)
    first = answers.index(["customer_data", "personal_data"]) + 1
    answers[first : first + 4] = [True, True, True, True]
    interview, script = _interview(builtin, tmp_path / "a.yaml", answers)
    interview.scope(None)
    assert any("large scope for a first audit" in s for s in script.said)


def test_a_bad_end_date_asks_again_for_the_end_only(tmp_path: Path, builtin: Catalogue) -> None:
    answers = list(SCOPING)
    start = answers.index("2027-02-01")
    answers[start : start + 2] = ["2027-02-01", "2027-03-15", "2027-01-10", "2027-08-01"]
    script = Script(answers, retry=True)
    interview = Interview(builtin, tmp_path / "a.yaml", script, clock=lambda: CLOCK)
    scope = interview.scope(None)
    end = "Observation period end (YYYY-MM-DD; 3 to 12 months after the start)"
    assert script.rejected == [
        (end, "2027-03-15", "auditors expect 3 to 12 months; the period starts on 2027-02-01"),
        (end, "2027-01-10", "the end must be after the start (2027-02-01)"),
    ]
    assert script.asked.count("Observation period start (YYYY-MM-DD)") == 1
    assert scope.observation_period is not None and scope.observation_period.months == 6


def _scoped(tmp_path: Path, **kwargs: Any) -> Path:
    return write_assessment(tmp_path / "assessment.yaml", assessment_doc(**kwargs))


def _written_down(control: Control, answer: bool | None) -> list[bool | None]:
    """The scripted answer to "Is it written down?", asked only where a document is required."""
    return [answer] if control.documentation is Documentation.required else []


def test_each_answer_is_saved_immediately(tmp_path: Path, builtin: Catalogue) -> None:
    path = _scoped(tmp_path)
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    first, second = interview.questions(interview.assessment.scope)[:2]
    script.answers = [
        "implemented",
        "SSO everywhere",
        *_written_down(first, True),
        OTHER_OWNER,  # "Someone else": typed
        "CTO",
        "missing",
        "",
        None,
        KeyboardInterrupt(),
    ]
    with pytest.raises(KeyboardInterrupt):
        interview.run_questions(interview.assessment.scope)
    saved = load_assessment(path)
    assert saved.answers[first.id].status is Status.implemented
    assert saved.answers[first.id].documented is (first.documentation is Documentation.required)
    assert saved.answers[first.id].notes == "SSO everywhere"
    assert saved.answers[first.id].owner == "CTO"
    assert saved.answers[first.id].answered_at == CLOCK
    assert saved.answers[second.id].status is Status.missing
    assert saved.answers[second.id].owner == second.owner  # the default owner was accepted
    assert len(saved.answers) == 2
    # Position is visible.
    assert any("question 1 of " in s for s in script.said)


def test_resume_asks_first_unanswered(tmp_path: Path, builtin: Catalogue) -> None:
    path = _scoped(tmp_path)
    interview, _ = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    controls = interview.questions(interview.assessment.scope)
    first = controls[0]
    doc = assessment_doc(answers={first.id: {"status": "operating"}})
    write_assessment(path, doc)
    interview.assessment = load_assessment(path)
    assert interview.questions(interview.assessment.scope)[0].id == controls[1].id
    assert interview.questions(interview.assessment.scope, review=True)[0].id == first.id


def test_not_applicable_needs_a_reason(tmp_path: Path, builtin: Catalogue) -> None:
    path = _scoped(tmp_path)
    script = Script(["not_applicable", "", "No such system", QUIT], retry=True)
    interview = Interview(builtin, path, script, clock=lambda: CLOCK)
    interview.assessment = load_assessment(path)
    first = interview.questions(interview.assessment.scope)[0]
    assert interview.run_questions(interview.assessment.scope) is False
    assert script.rejected == [("Why does it not apply?", "", "this cannot be empty")]
    saved = load_assessment(path).answers[first.id]
    assert saved.status is Status.not_applicable and saved.notes == "No such system"


def test_navigation_skip_back_guidance_jump_quit(tmp_path: Path, builtin: Catalogue) -> None:
    path = _scoped(tmp_path)
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    scope = interview.assessment.scope
    controls = interview.questions(scope)
    access = next(c for c in controls if c.domain == "access_control")
    script.answers = [
        GUIDANCE,
        SKIP,
        BACK,
        "partial",
        "",
        *_written_down(controls[0], None),
        "",
        JUMP,
        "access_control",
        "operating",
        "",
        *_written_down(access, None),
        "",
        QUIT,
    ]
    finished = interview.run_questions(scope)
    assert finished is False
    saved = load_assessment(path)
    assert saved.answers[controls[0].id].status is Status.partial
    first_access = next(c for c in controls if c.domain == "access_control")
    assert saved.answers[first_access.id].status is Status.operating
    assert any("What good looks like" in s for s in script.said)
    # The guidance lists the evidence examples by kind: the documents, then the records.
    guidance = next(s for s in script.said if "What good looks like" in s)
    records = "; ".join(e.text for e in controls[0].evidence if e.kind == "operating")
    assert "\nOperating evidence: " + records + "\n" in guidance


def test_section_filter(tmp_path: Path, builtin: Catalogue) -> None:
    path = _scoped(tmp_path)
    interview, _ = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    scope = interview.assessment.scope
    cc6 = interview.questions(scope, section="CC6")
    assert cc6 and all(any(c.startswith("CC6.") for c in q.criteria) for q in cc6)
    ac = interview.questions(scope, section="AC")
    assert ac and {q.domain for q in ac} == {"access_control"}


def test_adding_a_category_adds_questions_and_keeps_answers(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _scoped(tmp_path, answers={"GOV-01": {"status": "documented", "notes": "keep me"}})
    interview, _ = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    before = {c.id for c in interview.questions(interview.assessment.scope)}
    scope = interview.assessment.scope.model_copy(update={"categories": ["security", "privacy"]})
    interview._set_scope(scope)
    after = {c.id for c in interview.questions(scope)}
    assert before < after
    assert any(c.startswith("PRV-") for c in after - before)
    assert load_assessment(path).answers["GOV-01"].notes == "keep me"


def test_non_interactive_lists_unanswered(tmp_path: Path, builtin: Catalogue) -> None:
    path = _scoped(
        tmp_path, answers={"GOV-01": {"status": "documented"}, "ZZ-01": {"status": "missing"}}
    )
    result = run("assess", str(path), "--non-interactive")
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{path}: valid; 1 of ")
    assert "GOV-01" not in result.stdout
    assert "  GOV-02  unanswered" in result.stdout
    assert "answers.ZZ-01: not a control in the catalogue; kept" in result.stderr


def test_assess_without_terminal_points_to_non_interactive(tmp_path: Path) -> None:
    result = run("assess", str(tmp_path / "a.yaml"))
    assert result.exit_code == 2
    assert "--non-interactive" in result.stderr
    assert not (tmp_path / "a.yaml").exists()


def test_non_interactive_takes_several_files(tmp_path: Path) -> None:
    one = write_assessment(tmp_path / "one.yaml", assessment_doc())
    two = write_assessment(
        tmp_path / "two.yaml", assessment_doc(categories=["security", "privacy"])
    )
    result = run("assess", "--non-interactive", str(one), str(two))
    assert result.exit_code == 0
    assert [
        line.split(":")[0] for line in result.stdout.splitlines() if not line.startswith("  ")
    ] == [
        str(one),
        str(two),
    ]
    bad = tmp_path / "bad.yaml"
    bad.write_text("scope: {}\n")
    assert run("assess", "--non-interactive", str(one), str(bad)).exit_code == 2


def test_unknown_section_is_refused_before_any_prompt(builtin: Catalogue) -> None:
    from soc2cli.interview import section_exists

    assert section_exists(builtin, "CC6") and section_exists(builtin, "ac")
    assert section_exists(builtin, "access_control") and section_exists(builtin, "CC6.1")
    assert not section_exists(builtin, "CC66")


def test_written_down_is_asked_only_where_a_document_is_required(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _scoped(tmp_path)
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    controls = interview.questions(interview.assessment.scope)
    policy = next(c for c in controls if c.documentation is Documentation.required)
    setting = next(c for c in controls if c.documentation is Documentation.optional)
    question = "Is it written down (a policy, standard or procedure describes it)?"
    script.answers = ["operating", "", True, ""]
    interview.ask(policy, _position(interview))
    assert question in script.asked
    script.asked.clear()
    script.answers = ["operating", "", ""]
    interview.ask(setting, _position(interview))
    assert question not in script.asked
    saved = load_assessment(path)
    assert saved.answers[policy.id].documented is True
    assert saved.answers[setting.id].documented is False


def test_not_applicable_asks_no_owner(tmp_path: Path, builtin: Catalogue) -> None:
    path = _scoped(tmp_path)
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    control = interview.questions(interview.assessment.scope)[0]
    script.answers = ["not_applicable", "We have no offices"]
    interview.ask(control, _position(interview))
    # The status prompt carries the control and its question above "Status".
    assert script.asked[0] == f"{control.id} {control.title}\n{control.question}\nStatus"
    assert script.asked[1:] == ["Why does it not apply?"]
    answer = load_assessment(path).answers[control.id]
    assert answer.status is Status.not_applicable and answer.owner is None


def test_review_with_enter_only_leaves_the_file_byte_identical(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _scoped(tmp_path)
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    control = interview.questions(interview.assessment.scope)[0]
    script.answers = [
        "implemented",
        "Reviewed yearly",
        *_written_down(control, True),
        OTHER_OWNER,
        "CTO",
    ]
    interview.ask(control, _position(interview))
    before = path.read_bytes()
    later = Interview(
        builtin,
        path,
        Script([None, None, *_written_down(control, None), None]),
        clock=lambda: datetime(2027, 1, 1, tzinfo=UTC),
    )
    later.assessment = load_assessment(path)
    later.ask(control, _position(later))
    assert path.read_bytes() == before


def _position(interview: Interview) -> Any:
    from soc2cli.interview import Position

    assert interview.assessment is not None
    section = interview.sections(interview.assessment.scope)[0]
    return Position(number=1, total=1, section=section)


def test_progress_counts_the_whole_file_after_a_jump(tmp_path: Path, builtin: Catalogue) -> None:
    path = _scoped(tmp_path)
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    scope = interview.assessment.scope
    every = [c for s in interview.sections(scope) for c in s.controls]
    access = [c for c in every if c.domain == "access_control"]
    script.answers = ["missing", "", "", JUMP, "access_control", QUIT]
    assert interview.run_questions(scope) is False
    progress = [s.strip() for s in script.said if " to go (about " in s]
    total = len(every)
    assert progress[0] == (
        f"Governance and leadership oversight 0/{len(interview.sections(scope)[0].controls)} · "
        f"question 1 of {total} · "
        f"0 answered, {total} to go (about {_minutes(total)})"
    )
    # After the jump: numbered in the whole file; the questions jumped over are still to go.
    number = every.index(access[0]) + 1
    assert progress[-1] == (
        f"Access control and identity 0/{len(access)} · question {number} of {total} · "
        f"1 answered, {total - 1} to go (about {_minutes(total - 1)})"
    )
    jump = next(m for m in script.asked if m.startswith("Jump to which section?"))
    assert jump == "Jump to which section? (answered/questions)"


def _minutes(questions: int) -> str:
    from soc2cli.interview import duration

    return duration(questions * 30)


def test_duration_reads_like_a_person_would_say_it() -> None:
    from soc2cli.interview import duration

    assert [duration(s) for s in (10, 30 * 20, 30 * 120, 30 * 169)] == [
        "under a minute",
        "10 min",
        "1 h 00 min",
        "1 h 24 min",
    ]


def test_the_section_menu_shows_answered_counts_and_escape_stays(
    tmp_path: Path, builtin: Catalogue
) -> None:
    from soc2cli.interview import CANCEL

    path = _scoped(tmp_path, answers={"GOV-01": {"status": "operating"}})
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    scope = interview.assessment.scope
    first = interview.questions(scope)[0]
    menus: list[list[Choice]] = []
    original = script.select

    def select(message: str, choices: Sequence[Choice], **kwargs: Any) -> str:
        if message.startswith("Jump"):
            menus.append(list(choices))
        return original(message, choices, **kwargs)

    script.select = select  # type: ignore[method-assign]
    script.answers = [JUMP, CANCEL, QUIT]
    assert interview.run_questions(scope) is False
    sections = interview.sections(scope)
    listed = [c.title for c in menus[0] if c.listed]
    assert listed[0] == f"{sections[0].title}  1/{len(sections[0].controls)}"
    assert listed[1] == f"{sections[1].title}  0/{len(sections[1].controls)}"
    assert [(c.key, c.listed) for c in menus[0] if not c.listed] == [("escape", False)]
    # Escape asked the same question again, then quit.
    assert [m.split("\n")[0] for m in script.asked if m.endswith("Status")] == [
        f"{first.id} {first.title}"
    ] * 2


def test_questions_skipped_on_the_way_are_offered_at_the_end(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = _scoped(tmp_path)
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    scope = interview.assessment.scope
    section = "GOV"
    controls = interview.questions(scope, section=section)
    script.answers = [SKIP] * len(controls) + [
        True,
        "partial",
        "",
        *_written_down(controls[0], None),
        "",
        QUIT,
    ]
    assert interview.run_questions(scope, section=section) is False
    offer = (
        f"{len(controls)} question(s) skipped on the way are still unanswered. Go through them now?"
    )
    assert offer in script.asked
    assert load_assessment(path).answers[controls[0].id].status is Status.partial


def test_answers_are_saved_in_interview_order_with_titles(
    tmp_path: Path, builtin: Catalogue
) -> None:
    path = tmp_path / "client" / "assessment.yaml"
    path.parent.mkdir()
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "assessment.schema.json").write_text("{}")
    interview, script = _interview(builtin, path, SCOPING)
    scope = interview.scope(None)
    every = [c for s in interview.sections(scope) for c in s.controls]
    access, first = next(c for c in every if c.domain == "access_control"), every[0]
    assert access.id < first.id  # the ids' order would put it first; the interview's does not
    script.answers = ["operating", "", *_written_down(access, None), ""]
    interview.ask(access, _position(interview))
    script.answers = ["missing", "", ""]
    interview.ask(first, _position(interview))
    lines = path.read_text(encoding="utf-8").splitlines()
    # A new file names the schema for editors: the nearest schemas/ folder above it.
    assert lines[0] == "# yaml-language-server: $schema=../schemas/assessment.schema.json"
    # The answers block; the session's record follows it.
    block = lines[: lines.index("interviews:")]
    keys = [line for line in block if line.startswith("  ") and not line.startswith("   ")]
    answers = keys[keys.index(f"  {first.id}:  # {first.title}") :]
    assert answers == [f"  {first.id}:  # {first.title}", f"  {access.id}:  # {access.title}"]
    # The title comments stay as they are on the next save, and the file still loads.
    before = path.read_bytes()
    interview._save()
    assert path.read_bytes() == before
    assert set(load_assessment(path).answers) == {first.id, access.id}


def test_interrupted_note_keeps_the_status_picked(tmp_path: Path, builtin: Catalogue) -> None:
    from soc2cli.interview import InterruptedInput

    path = _scoped(tmp_path)
    interview, script = _interview(builtin, path, [])
    interview.assessment = load_assessment(path)
    control = interview.questions(interview.assessment.scope)[0]
    script.answers = ["operating", InterruptedInput("Reviewed by the board")]
    with pytest.raises(KeyboardInterrupt):
        interview.ask(control, _position(interview))
    answer = load_assessment(path).answers[control.id]
    assert (answer.status, answer.notes, answer.owner) == (
        Status.operating,
        "Reviewed by the board",
        None,  # never chosen, so not saved
    )
    # Not applicable needs its reason: interrupted before one, nothing is saved for it.
    other = interview.questions(interview.assessment.scope)[1]
    script.answers = ["not_applicable", InterruptedInput("")]
    with pytest.raises(KeyboardInterrupt):
        interview.ask(other, _position(interview))
    assert other.id not in load_assessment(path).answers


def test_a_whole_review_with_enter_only_changes_nothing(tmp_path: Path, builtin: Catalogue) -> None:
    from soc2cli.assessment import save_assessment

    path = _scoped(
        tmp_path,
        answers={
            "GOV-01": {
                "status": "implemented",
                "documented": True,
                "notes": "Board pack\nMinutes\n",
            },
            "GOV-02": {"status": "partial", "answered_at": "2026-11-02T10:05:00Z"},
            "GOV-03": {"status": "not_applicable", "notes": "  No board  "},
            "AC-01": {"status": "operating", "owner": "CTO", "notes": "Okta: SSO"},
        },
    )
    save_assessment(load_assessment(path), path, builtin)
    before = path.read_bytes()
    script = Script([None] * 40)
    later = Interview(builtin, path, script, clock=lambda: datetime(2027, 1, 1, tzinfo=UTC))
    later.assessment = load_assessment(path)
    assert later.run_questions(later.assessment.scope, review=True) is True
    assert len([m for m in script.asked if m.endswith("Status")]) == 4
    assert path.read_bytes() == before


def test_rescoping_providers_keeps_what_is_known_of_each(
    tmp_path: Path, builtin: Catalogue
) -> None:
    from soc2cli.assessment import Scope

    scope = Scope(
        organization="Acme",
        subservice_organizations=[
            SubserviceOrganization(name="AWS", services=[ServiceType.iaas]),
            SubserviceOrganization(name="Equinix", services=[ServiceType.colocation]),
        ],
    )
    path = tmp_path / "a.yaml"
    # Equinix is dropped, Stripe added; AWS keeps its services and method by default.
    answers = ["cloud", "AWS, Stripe", None, None, ["payment_processor"], "inclusive"]
    interview, script = _interview(builtin, path, answers)
    rescoped = interview._ask_hosting(scope)
    assert rescoped.subservice_organizations == [
        SubserviceOrganization(
            name="AWS", services=[ServiceType.iaas], method=SubserviceMethod.carve_out
        ),
        SubserviceOrganization(
            name="Stripe",
            services=[ServiceType.payment_processor],
            method=SubserviceMethod.inclusive,
        ),
    ]
    assert script.asked[2:] == [
        "What does AWS provide to the system?",
        "How should the report present AWS?",
        "What does Stripe provide to the system?",
        "How should the report present Stripe?",
    ]
    # Saved before Stripe's services were asked: an interruption keeps both names.
    saved = load_assessment(path).scope.subservice_organizations
    assert [p.name for p in saved] == ["AWS", "Stripe"] and saved[1].services == []
