"""Pure comparison of two reports: what a change does to readiness. No I/O."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from soc2cli.models import LADDER_RANK, Status
from soc2cli.report import ControlResult, Report

DIFF_SCHEMA_VERSION = 1


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Change(_Frozen):
    old: float | None
    new: float | None
    delta: float | None


class CategoryChange(_Frozen):
    category: str
    type1: Change
    type2: Change


class ScopeChange(_Frozen):
    field: str
    old: Any
    new: Any


class ControlMove(_Frozen):
    control: str
    title: str
    old: Status | None
    new: Status | None
    old_documented: bool | None
    new_documented: bool | None
    direction: str  # up | down | changed | answered | unanswered | added | removed


class GapRef(_Frozen):
    control: str
    title: str
    kind: str
    severity: str
    criteria: list[str]


class CriterionChange(_Frozen):
    criterion: str
    title: str
    old: str | None
    new: str | None


class Diff(_Frozen):
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
    regression: bool
    reasons: list[str]

    @property
    def changed(self) -> bool:
        return bool(
            self.scope_changes
            or self.controls
            or self.gaps_opened
            or self.gaps_closed
            or self.criteria
            or self.readiness.delta
            or self.type1.delta
            or self.type2.delta
            or any(c.type1.delta or c.type2.delta for c in self.categories)
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


def _direction(old: ControlResult, new: ControlResult) -> str:
    if old.status is None:
        return "answered"
    if new.status is None:
        return "unanswered"
    if old.status in LADDER_RANK and new.status in LADDER_RANK:
        before = (LADDER_RANK[old.status], old.documented)
        after = (LADDER_RANK[new.status], new.documented)
        if after > before and after[1] >= before[1]:
            return "up"
        if after < before and after[1] <= before[1]:
            return "down"
    return "changed"


def answer_text(status: Status | None, documented: bool | None) -> str:
    """An answer in a few words: "implemented, documented"."""
    if status is None:
        return "unanswered"
    if status is Status.not_applicable:
        return status.value
    return f"{status.value}, {'documented' if documented else 'not documented'}"


def _move(
    control: ControlResult, old: ControlResult | None, new: ControlResult | None, direction: str
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


def compare(old: Report, new: Report, *, old_label: str, new_label: str) -> Diff:
    """What changed from ``old`` to ``new``, and whether it is a regression."""
    categories = []
    old_cats = {c.category: c for c in old.summary.categories}
    new_cats = {c.category: c for c in new.summary.categories}
    for cat in [*old_cats, *[c for c in new_cats if c not in old_cats]]:
        oc, nc = old_cats.get(cat), new_cats.get(cat)
        categories.append(
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

    scope_changes = [
        ScopeChange(field=f, old=old.scope.get(f), new=new.scope.get(f))
        for f in SCOPE_FIELDS
        if old.scope.get(f) != new.scope.get(f)
    ]

    old_controls = {c.id: c for c in old.controls if c.applicable}
    new_controls = {c.id: c for c in new.controls if c.applicable}
    moves: list[ControlMove] = []
    for cid in sorted(set(old_controls) | set(new_controls)):
        o, n = old_controls.get(cid), new_controls.get(cid)
        if o and n:
            if o.status is not n.status or o.documented is not n.documented:
                moves.append(_move(n, o, n, _direction(o, n)))
        elif n:
            moves.append(_move(n, None, n, "added"))
        elif o:
            moves.append(_move(o, o, None, "removed"))

    old_gaps = {g.control: g for g in old.gaps}
    new_gaps = {g.control: g for g in new.gaps}

    def ref(g: Any) -> GapRef:
        return GapRef(
            control=g.control,
            title=g.title,
            kind=g.kind.value,
            severity=g.severity.value,
            criteria=list(g.criteria),
        )

    opened = [ref(new_gaps[c]) for c in sorted(set(new_gaps) - set(old_gaps))]
    closed = [ref(old_gaps[c]) for c in sorted(set(old_gaps) - set(new_gaps))]

    old_crit = {c.id: c for c in old.criteria}
    new_crit = {c.id: c for c in new.criteria}
    criteria = []
    for cid in [*old_crit, *[c for c in new_crit if c not in old_crit]]:
        o_status = old_crit[cid].status.value if cid in old_crit else None
        n_status = new_crit[cid].status.value if cid in new_crit else None
        if o_status != n_status:
            title = (new_crit.get(cid) or old_crit[cid]).title
            criteria.append(CriterionChange(criterion=cid, title=title, old=o_status, new=n_status))

    type1 = _change(old.summary.type1.readiness, new.summary.type1.readiness)
    type2 = _change(old.summary.type2.readiness, new.summary.type2.readiness)
    readiness = _change(old.summary.readiness, new.summary.readiness)
    reasons: list[str] = []
    for move in moves:
        if move.direction == "down":
            crit = ", ".join(old_controls[move.control].criteria)
            reasons.append(
                f"{move.control} moved down from {answer_text(move.old, move.old_documented)} "
                f"to {answer_text(move.new, move.new_documented)} ({crit})"
            )
    for gap in opened:
        reasons.append(
            f"new gap {gap.control} ({gap.kind}, {gap.severity}; criteria {', '.join(gap.criteria) or 'none'})"
        )
    for label, change in (("Type I", type1), ("Type II", type2)):
        if change.delta is not None and change.delta < 0:
            reasons.append(f"{label} readiness dropped from {change.old:.1%} to {change.new:.1%}")
    return Diff(
        schema_version=DIFF_SCHEMA_VERSION,
        old_label=old_label,
        new_label=new_label,
        organization=str(new.scope.get("organization", "")),
        readiness=readiness,
        type1=type1,
        type2=type2,
        categories=categories,
        scope_changes=scope_changes,
        controls=moves,
        gaps_opened=opened,
        gaps_closed=closed,
        criteria=criteria,
        regression=bool(reasons),
        reasons=reasons,
    )
