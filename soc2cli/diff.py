"""Comparing two reports: what a change does to readiness. ``compare`` is pure."""

from __future__ import annotations

import math
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from pydantic import ValidationError

from soc2cli import files
from soc2cli.catalogue import Catalogue
from soc2cli.labels import answer_code
from soc2cli.report import ControlResult, Gap, Report
from soc2cli.scanners.records import CheckResources
from soc2cli.subservice import provider_summary
from soc2cli.vocabulary import LADDER_RANK, CriterionStatus, Frozen, GapKind, Severity, Status

DIFF_SCHEMA_VERSION = 1


class Direction(StrEnum):
    """How a control's answer moved between the two sides."""

    up = "up"
    down = "down"
    changed = "changed"
    answered = "answered"
    unanswered = "unanswered"
    added = "added"
    removed = "removed"


class Change(Frozen):
    old: float | None
    new: float | None
    delta: float | None


class CategoryChange(Frozen):
    category: str
    type1: Change
    type2: Change


class ScopeChange(Frozen):
    """A scope field that differs; the values as the JSON report states them."""

    field: str
    old: Any
    new: Any


class ControlMove(Frozen):
    control: str
    title: str
    old: Status | None
    new: Status | None
    old_documented: bool | None
    new_documented: bool | None
    direction: Direction


class GapRef(Frozen):
    control: str
    title: str
    kind: GapKind
    severity: Severity
    criteria: list[str]


class CriterionChange(Frozen):
    criterion: str
    title: str
    old: CriterionStatus | None
    new: CriterionStatus | None


class CheckChange(Frozen):
    """A scanner check whose result changed for a control between the two sides."""

    control: str
    title: str
    check: str
    resources: list[str]
    total: int
    reason: str = ""


class Diff(Frozen):
    schema_version: int
    old_label: str
    new_label: str
    organization: str
    readiness: Change
    type1: Change
    type2: Change
    categories: list[CategoryChange]
    scope_changes: list[ScopeChange]
    controls: list[ControlMove]
    gaps_opened: list[GapRef]
    gaps_closed: list[GapRef]
    criteria: list[CriterionChange]
    newly_failing: list[CheckChange]
    newly_passing: list[CheckChange]
    newly_accepted: list[CheckChange]
    regression: bool
    reasons: list[str]
    # Set when OLD was REV:PATH and PATH does not exist at REV: a new assessment, every control
    # new (a pull request that adds the file).
    no_earlier_version: str | None = None

    @property
    def changed(self) -> bool:
        return bool(
            self.scope_changes
            or self.controls
            or self.gaps_opened
            or self.gaps_closed
            or self.criteria
            or self.newly_failing
            or self.newly_passing
            or self.newly_accepted
            or self.readiness.delta
            or self.type1.delta
            or self.type2.delta
            or any(c.type1.delta or c.type2.delta for c in self.categories)
        )


def load_report(spec: str, catalogue: Catalogue, *, as_of: date, tool_version: str) -> Report:
    """One side of a diff, from a path or REV:PATH: a JSON report as it is, an assessment scored."""
    from soc2cli.assessment import parse_assessment
    from soc2cli.scoring import score

    text = files.read_source(spec)
    doc = files.parse_yaml(text, spec)
    if isinstance(doc.data, dict) and "summary" in doc.data and "criteria" in doc.data:
        try:
            report = Report.model_validate(doc.data)
        except ValidationError as exc:
            err = exc.errors()[0]
            path = tuple(p for p in err["loc"] if isinstance(p, str | int))
            raise doc.error(path, f"not a soc2 JSON report: {err['msg']}") from None
        _refuse_non_finite(doc, report.model_dump())
        return report
    assessment = parse_assessment(text, spec, catalogue)
    return score(catalogue, assessment, as_of=as_of, tool_version=tool_version)


def _refuse_non_finite(doc: files.LoadedYaml, data: Any) -> None:
    """NaN or infinity where a report has a number would compare as "no change": refuse it."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack += [((*path, str(k)), v) for k, v in value.items()]
        elif isinstance(value, list):
            stack += [((*path, i), v) for i, v in enumerate(value)]
        elif isinstance(value, float) and not math.isfinite(value):
            raise doc.error(
                path, f"not a soc2 JSON report: {value} is not a number (NaN or infinity)"
            )


def _change(old: float | None, new: float | None) -> Change:
    delta = None if old is None or new is None else round(new - old, 4)
    return Change(old=old, new=new, delta=delta)


SCOPE_FIELDS = (
    "organization",
    "report_type",
    "categories",
    "observation_period",
    "hosting",
    "subservice_organizations",
    "systems",
    "data_types",
    "target_date",
)


def _direction(old: ControlResult, new: ControlResult) -> Direction:
    if old.status is None:
        return Direction.answered
    if new.status is None:
        return Direction.unanswered
    if old.status in LADDER_RANK and new.status in LADDER_RANK:
        before = (LADDER_RANK[old.status], old.documented)
        after = (LADDER_RANK[new.status], new.documented)
        if after > before and after[1] >= before[1]:
            return Direction.up
        if after < before and after[1] <= before[1]:
            return Direction.down
    return Direction.changed


def _move(
    control: ControlResult,
    old: ControlResult | None,
    new: ControlResult | None,
    direction: Direction,
) -> ControlMove:
    return ControlMove(
        control=control.id,
        title=control.title,
        old=old.status if old else None,
        new=new.status if new else None,
        old_documented=old.documented if old and old.status else None,
        new_documented=new.documented if new and new.status else None,
        direction=direction,
    )


def _category_changes(old: Report, new: Report) -> list[CategoryChange]:
    old_cats = {c.category: c for c in old.summary.categories}
    new_cats = {c.category: c for c in new.summary.categories}
    out = []
    for cat in [*old_cats, *[c for c in new_cats if c not in old_cats]]:
        oc, nc = old_cats.get(cat), new_cats.get(cat)
        out.append(
            CategoryChange(
                category=cat,
                type1=_change(
                    oc.type1.readiness if oc else None, nc.type1.readiness if nc else None
                ),
                type2=_change(
                    oc.type2.readiness if oc else None, nc.type2.readiness if nc else None
                ),
            )
        )
    return out


def _scope_changes(old: Report, new: Report) -> list[ScopeChange]:
    before = old.scope.model_dump(mode="json")
    after = new.scope.model_dump(mode="json")
    # A provider of which only the name is known reads as its name.
    before["subservice_organizations"] = [
        provider_summary(p) for p in old.scope.subservice_organizations
    ]
    after["subservice_organizations"] = [
        provider_summary(p) for p in new.scope.subservice_organizations
    ]
    return [
        ScopeChange(field=f, old=before.get(f), new=after.get(f))
        for f in SCOPE_FIELDS
        if before.get(f) != after.get(f)
    ]


def _control_moves(
    old_controls: dict[str, ControlResult], new_controls: dict[str, ControlResult]
) -> list[ControlMove]:
    moves: list[ControlMove] = []
    for cid in sorted(set(old_controls) | set(new_controls)):
        o, n = old_controls.get(cid), new_controls.get(cid)
        if o and n:
            if o.status is not n.status or o.documented is not n.documented:
                moves.append(_move(n, o, n, _direction(o, n)))
        elif n:
            moves.append(_move(n, None, n, Direction.added))
        elif o:
            moves.append(_move(o, o, None, Direction.removed))
    return moves


def _ref(gap: Gap) -> GapRef:
    return GapRef(
        control=gap.control,
        title=gap.title,
        kind=gap.kind,
        severity=gap.severity,
        criteria=list(gap.criteria),
    )


def _criterion_changes(old: Report, new: Report) -> list[CriterionChange]:
    old_crit = {c.id: c for c in old.criteria}
    new_crit = {c.id: c for c in new.criteria}
    out = []
    for cid in [*old_crit, *[c for c in new_crit if c not in old_crit]]:
        o_status = old_crit[cid].status if cid in old_crit else None
        n_status = new_crit[cid].status if cid in new_crit else None
        if o_status != n_status:
            title = (new_crit.get(cid) or old_crit[cid]).title
            out.append(CriterionChange(criterion=cid, title=title, old=o_status, new=n_status))
    return out


class CheckChanges(NamedTuple):
    failing: list[CheckChange]
    passing: list[CheckChange]
    accepted: list[CheckChange]


def _check_change(control: ControlResult, item: CheckResources) -> CheckChange:
    return CheckChange(
        control=control.id,
        title=control.title,
        check=item.check,
        resources=list(item.resources),
        total=item.total,
        reason=item.reason,
    )


def _check_changes(old: Report, new: Report) -> CheckChanges:
    """Scanner checks that fail now and did not, and checks that failed and now pass (they ran
    in a newer scan and do not fail) or are accepted (muted or waived)."""
    out = CheckChanges([], [], [])
    old_controls = {c.id: c for c in old.controls}
    for control in sorted(new.controls, key=lambda c: c.id):
        before = old_controls.get(control.id)
        was = {f.check: f for f in before.failing_checks} if before else {}
        now = {f.check: f for f in control.failing_checks}
        accepted = {a.check: a for a in control.accepted_checks}
        ran = {check for result in control.automated for check in result.checks}
        for check in sorted(set(now) - set(was)):
            out.failing.append(_check_change(control, now[check]))
        for check in sorted(set(was) - set(now)):
            if check in accepted:
                out.accepted.append(_check_change(control, accepted[check]))
            elif check in ran:
                out.passing.append(_check_change(control, was[check]))
    return out


def _reasons(
    moves: list[ControlMove],
    old_controls: dict[str, ControlResult],
    opened: list[GapRef],
    failing: list[CheckChange],
    type1: Change,
    type2: Change,
) -> list[str]:
    """What makes the change a regression, one sentence each; empty when it is none."""
    reasons: list[str] = []
    for move in moves:
        if move.direction is Direction.down:
            crit = ", ".join(old_controls[move.control].criteria)
            reasons.append(
                f"{move.control} moved down from {answer_code(move.old, move.old_documented)} "
                f"to {answer_code(move.new, move.new_documented)} ({crit})"
            )
    for gap in opened:
        reasons.append(
            f"new gap {gap.control} ({gap.kind}, {gap.severity}; criteria {', '.join(gap.criteria) or 'none'})"
        )
    for check in failing:
        count = f"{check.total} resource{'s' if check.total != 1 else ''}"
        reasons.append(f"{check.control}: check {check.check} now fails ({count})")
    for label, change in (("Type I", type1), ("Type II", type2)):
        if change.delta is not None and change.delta < 0:
            reasons.append(f"{label} readiness dropped from {change.old:.1%} to {change.new:.1%}")
    return reasons


def first_version(new: Report, *, old_label: str, new_label: str, revision: str) -> Diff:
    """The diff of a new assessment, with no earlier version at ``revision``: every applicable
    control and gap is new, and nothing is a regression."""
    controls = {c.id: c for c in new.controls if c.applicable}
    return Diff(
        schema_version=DIFF_SCHEMA_VERSION,
        old_label=old_label,
        new_label=new_label,
        organization=new.scope.organization,
        readiness=_change(None, new.summary.readiness),
        type1=_change(None, new.summary.type1.readiness),
        type2=_change(None, new.summary.type2.readiness),
        categories=[
            CategoryChange(
                category=c.category,
                type1=_change(None, c.type1.readiness),
                type2=_change(None, c.type2.readiness),
            )
            for c in new.summary.categories
        ],
        scope_changes=[],
        controls=_control_moves({}, controls),
        gaps_opened=[_ref(g) for g in sorted(new.gaps, key=lambda g: g.control)],
        gaps_closed=[],
        criteria=[
            CriterionChange(criterion=c.id, title=c.title, old=None, new=c.status)
            for c in new.criteria
        ],
        newly_failing=[],
        newly_passing=[],
        newly_accepted=[],
        regression=False,
        reasons=[],
        no_earlier_version=revision or "the index",
    )


def compare(old: Report, new: Report, *, old_label: str, new_label: str) -> Diff:
    """What changed from ``old`` to ``new``, and whether it is a regression."""
    old_controls = {c.id: c for c in old.controls if c.applicable}
    new_controls = {c.id: c for c in new.controls if c.applicable}
    moves = _control_moves(old_controls, new_controls)
    old_gaps = {g.control: g for g in old.gaps}
    new_gaps = {g.control: g for g in new.gaps}
    opened = [_ref(new_gaps[c]) for c in sorted(set(new_gaps) - set(old_gaps))]
    closed = [_ref(old_gaps[c]) for c in sorted(set(old_gaps) - set(new_gaps))]
    type1 = _change(old.summary.type1.readiness, new.summary.type1.readiness)
    type2 = _change(old.summary.type2.readiness, new.summary.type2.readiness)
    checks = _check_changes(old, new)
    reasons = _reasons(moves, old_controls, opened, checks.failing, type1, type2)
    return Diff(
        schema_version=DIFF_SCHEMA_VERSION,
        old_label=old_label,
        new_label=new_label,
        organization=new.scope.organization,
        readiness=_change(old.summary.readiness, new.summary.readiness),
        type1=type1,
        type2=type2,
        categories=_category_changes(old, new),
        scope_changes=_scope_changes(old, new),
        controls=moves,
        gaps_opened=opened,
        gaps_closed=closed,
        criteria=_criterion_changes(old, new),
        newly_failing=checks.failing,
        newly_passing=checks.passing,
        newly_accepted=checks.accepted,
        regression=bool(reasons),
        reasons=reasons,
    )
