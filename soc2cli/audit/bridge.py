"""Pure: the draft bridge (gap) letter, from the end of the last audited period to a date.

What was audited comes from the ``audit:`` block and the scope; what changed since, from the answers
given after the period ended and, where the file is in git, the commits that changed it. Every
missing fact is a named placeholder, listed at the top; management signs (a placeholder too).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta

from soc2cli.assessment import Assessment
from soc2cli.audit.records import AuditException, ExceptionStatus
from soc2cli.catalogue import Catalogue
from soc2cli.errors import UsageError
from soc2cli.files.git import FileChange
from soc2cli.labels import answer_label, report_type_label
from soc2cli.templating import join_words, md_escape, render_template, tidy
from soc2cli.vocabulary import ReportType

TEMPLATE = "audit/bridge-letter.md.j2"


@dataclass(frozen=True)
class Change:
    """Something recorded in the bridge period: an answer given, or a commit to the file."""

    on: date
    text: str


@dataclass(frozen=True)
class ExceptionLine:
    control: str
    description: str
    owner: str
    due: date | None


@dataclass(frozen=True)
class BridgeFacts:
    """Everything the letter template is given; user text already Markdown-escaped."""

    organization: str
    as_of: date
    auditor: str
    report: str
    covered: str
    bridge_start: str
    systems: str
    categories: str
    opinion: str
    changes: list[Change]
    checked: bool
    in_git: bool
    open_exceptions: list[ExceptionLine]
    closed_exceptions: list[ExceptionLine]
    next_report: str
    signatory: str
    signatory_title: str
    signed_on: str
    placeholders: list[str]


class _Gaps:
    """Named placeholders, each listed once in the order the letter uses them."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str) -> str:
        if text not in self.texts:
            self.texts.append(text)
        return f"**{text}**"


def _answers(
    catalogue: Catalogue, assessment: Assessment, after: date, until: date
) -> list[Change]:
    changes = []
    for control_id, answer in sorted(assessment.answers.items()):
        if answer.answered_at is None or not after < answer.answered_at.date() <= until:
            continue
        control = catalogue.control(control_id)
        title = md_escape(control.title) if control else "a control the catalogue does not know"
        status = answer_label(answer.status, answer.documented).lower()
        changes.append(
            Change(answer.answered_at.date(), f"{control_id} {title}: answered {status}")
        )
    return changes


def _commits(history: list[FileChange], after: date, until: date) -> list[Change]:
    return [
        Change(
            c.committed_at.date(),
            f"commit {c.commit[:10]} by {md_escape(c.author)}: {md_escape(c.subject)}",
        )
        for c in history
        if after < c.committed_at.date() <= until
    ]


def _exception(e: AuditException) -> ExceptionLine:
    return ExceptionLine(e.control, md_escape(e.description), md_escape(e.owner), e.due_date)


def _covered(assessment: Assessment, gap: _Gaps) -> tuple[str, str, date | None]:
    """What the last report was, what it covered, and its last day."""
    audit = assessment.audit
    kind = audit.kind if audit is not None else None
    report = (
        f"SOC 2 {report_type_label(kind)} report"
        if kind is not None
        else f"SOC 2 report ({gap('[report type not given: add audit.report_type]')})"
    )
    if audit is not None and audit.period is not None:
        return report, f"the period {audit.period.start} to {audit.period.end}", audit.period.end
    if audit is not None and audit.on is not None:
        return report, f"the design of its controls as of {audit.on}", audit.on
    missing = gap("[audited period not given: add audit.period (Type II) or audit.date (Type I)]")
    return report, missing, None


def _next_report(assessment: Assessment, end: date | None, gap: _Gaps) -> str:
    scope = assessment.scope
    window = scope.observation_period
    when = (
        str(scope.target_date)
        if scope.target_date
        else gap("[date of the next report not given: add scope.target_date]")
    )
    if (
        scope.report_type is ReportType.type2
        and window is not None
        and (end is None or window.start > end)
    ):
        return f"a Type II report covering {window.start} to {window.end}, expected by {when}"
    return f"a {report_type_label(scope.report_type)} report, expected by {when}"


def _categories(catalogue: Catalogue, assessment: Assessment) -> str:
    titles = [c.title for c in catalogue.categories if assessment.scope.in_scope(c.id)]
    return ("category " if len(titles) == 1 else "categories ") + join_words(titles)


def bridge_facts(
    catalogue: Catalogue, assessment: Assessment, as_of: date, history: list[FileChange] | None
) -> BridgeFacts:
    """The letter's facts; a UsageError when ``as_of`` is before the end of the audited period."""
    scope, audit, gap = assessment.scope, assessment.audit, _Gaps()
    report, covered, end = _covered(assessment, gap)
    if end is not None and as_of <= end:
        raise UsageError(
            f"--as-of {as_of} is not after the end of the audited period ({end}); a bridge "
            "letter covers the time after it"
        )
    after = end if end is not None else as_of
    exceptions = audit.exceptions if audit is not None else []
    return BridgeFacts(
        organization=md_escape(scope.organization),
        as_of=as_of,
        auditor=md_escape(audit.auditor)
        if audit is not None and audit.auditor
        else gap("[auditor not given: add audit.auditor]"),
        report=report,
        covered=covered,
        bridge_start=str(end + timedelta(days=1)) if end is not None else covered,
        systems=join_words(md_escape(s.name) for s in scope.systems)
        or gap("[systems not given: add scope.systems]"),
        categories=_categories(catalogue, assessment),
        opinion=audit.opinion.prose
        if audit is not None and audit.opinion is not None
        else gap("[opinion not given: add audit.opinion]"),
        changes=sorted(
            [
                *_answers(catalogue, assessment, after, as_of),
                *_commits(history or [], after, as_of),
            ],
            key=lambda c: (c.on, c.text),
        ),
        checked=end is not None,
        in_git=history is not None,
        open_exceptions=[_exception(e) for e in exceptions if e.status is ExceptionStatus.open],
        closed_exceptions=[_exception(e) for e in exceptions if e.status is ExceptionStatus.closed],
        next_report=_next_report(assessment, end, gap),
        signatory=gap("[name of the officer who signs]"),
        signatory_title=gap("[their title]"),
        signed_on=gap("[date signed]"),
        placeholders=gap.texts,
    )


def bridge_letter(
    catalogue: Catalogue, assessment: Assessment, as_of: date, history: list[FileChange] | None
) -> str:
    """The draft bridge letter as Markdown, its placeholders listed at the top."""
    facts = bridge_facts(catalogue, assessment, as_of, history)
    context = {f.name: getattr(facts, f.name) for f in fields(facts)}
    return tidy(render_template("md", TEMPLATE, **context))
