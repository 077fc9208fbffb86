"""Renderings of a Diff: plain text for people, Markdown for pull requests, JSON for machines."""

from __future__ import annotations

import json

from soc2cli.diff import Change, CheckChange, Diff, Direction
from soc2cli.labels import answer_code, gap_kind_label, severity_label, title_label
from soc2cli.templating import md_escape


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f} %"


def _delta(change: Change) -> str:
    if change.delta is None:
        return ""
    points = change.delta * 100
    return "±0.0 pp" if abs(points) < 0.05 else f"{points:+.1f} pp"


def headline(diff: Diff) -> str:
    """The one-line summary every format starts with."""
    if diff.no_earlier_version is not None:
        return (
            f"soc2 diff: new assessment: no earlier version at {diff.no_earlier_version}; "
            f"readiness {_pct(diff.readiness.new)} (Type I {_pct(diff.type1.new)}, "
            f"Type II {_pct(diff.type2.new)}); {len(diff.controls)} control(s) new, "
            f"{len(diff.gaps_opened)} gap(s)"
        )
    if not diff.changed:
        return f"soc2 diff: no change ({diff.old_label} → {diff.new_label})"
    verdict = "REGRESSION" if diff.regression else "no regression"
    return (
        f"soc2 diff: {verdict}; readiness {_pct(diff.readiness.old)} → {_pct(diff.readiness.new)} "
        f"({_delta(diff.readiness)}); {len(diff.gaps_opened)} gap(s) opened, "
        f"{len(diff.gaps_closed)} closed; {sum(1 for m in diff.controls if m.direction is Direction.up)} up, "
        f"{sum(1 for m in diff.controls if m.direction is Direction.down)} down"
        + _checks_headline(diff)
    )


def _checks_headline(diff: Diff) -> str:
    if not (diff.newly_failing or diff.newly_passing):
        return ""
    return (
        f"; {len(diff.newly_failing)} check(s) newly failing, "
        f"{len(diff.newly_passing)} newly passing"
    )


def _resources(change: CheckChange) -> str:
    """The resources of a check, capped as the report keeps them: 'a, b (3 in all)'."""
    more = f" ({change.total} in all)" if change.total > len(change.resources) else ""
    return ", ".join(change.resources) + more


CHECK_SECTIONS = (
    ("newly_failing", "Checks now failing", "+", "now fails"),
    ("newly_passing", "Checks now passing", "-", "now passes"),
    ("newly_accepted", "Checks now accepted as exceptions", "~", "accepted"),
)


def _check_changes(diff: Diff) -> list[tuple[str, str, str, CheckChange]]:
    """(section title, text mark, md label, change) for every scanner check that changed."""
    return [
        (title, mark, label, change)
        for field, title, mark, label in CHECK_SECTIONS
        for change in getattr(diff, field)
    ]


def _check_text(diff: Diff) -> list[str]:
    lines: list[str] = []
    section = ""
    for title, mark, _, change in _check_changes(diff):
        if title != section:
            lines += ["", f"{title}:"]
            section = title
        detail = change.reason if change.reason else _resources(change)
        lines.append(f"  {mark} {change.control:8} {change.check}: {detail}")
    return lines


def _check_md(diff: Diff) -> list[str]:
    rows = _check_changes(diff)
    if not rows:
        return []
    out = ["", "| Control | Scanner check | | Resources |", "|---|---|---|---|"]
    for _, _, label, change in rows:
        detail = change.reason if change.reason else _resources(change)
        out.append(
            f"| {change.control} {md_escape(change.title)} | {md_escape(change.check)} | "
            f"{label} | {md_escape(detail)} |"
        )
    return out


def render_json(diff: Diff) -> str:
    data = diff.model_dump(mode="json")
    data["changed"] = diff.changed
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render_text(diff: Diff) -> str:
    lines = [headline(diff)]
    if not diff.changed:
        return lines[0] + "\n"
    lines.append("")
    lines.append(f"{'':18}{'old':>10}{'new':>10}{'change':>11}")
    for label, change in (
        ("Readiness", diff.readiness),
        ("Type I", diff.type1),
        ("Type II", diff.type2),
    ):
        lines.append(f"{label:18}{_pct(change.old):>10}{_pct(change.new):>10}{_delta(change):>11}")
    for cat in diff.categories:
        lines.append(
            f"  {title_label({}, cat.category)[:16]:16}{_pct(cat.type1.old):>10}{_pct(cat.type1.new):>10}{_delta(cat.type1):>11}  (Type I)"
        )
    if diff.reasons:
        lines += ["", "Regressions:"] + [f"  - {r}" for r in diff.reasons]
    if diff.scope_changes:
        lines += ["", "Scope changes:"] + [
            f"  - {c.field}: {c.old!r} -> {c.new!r}" for c in diff.scope_changes
        ]
    if diff.controls:
        lines += ["", "Controls:"]
        for m in diff.controls:
            old = answer_code(m.old, m.old_documented) if m.old else "-"
            new = answer_code(m.new, m.new_documented) if m.new else "-"
            lines.append(f"  {m.direction:8} {m.control:8} {old} -> {new}  {m.title}")
    if diff.gaps_opened:
        lines += ["", "Gaps opened:"] + [
            f"  + {g.control} {gap_kind_label(g.kind)} ({severity_label(g.severity)})"
            for g in diff.gaps_opened
        ]
    if diff.gaps_closed:
        lines += ["", "Gaps closed:"] + [
            f"  - {g.control} {gap_kind_label(g.kind)} ({severity_label(g.severity)})"
            for g in diff.gaps_closed
        ]
    lines += _check_text(diff)
    if diff.criteria:
        lines += ["", "Criteria:"] + [
            f"  {c.criterion:6} {c.old or '-'} -> {c.new or '-'}" for c in diff.criteria
        ]
    return "\n".join(lines) + "\n"


ARROWS = {
    Direction.up: "⬆️",
    Direction.down: "⬇️",
    Direction.changed: "↔️",
    Direction.answered: "answered",
    Direction.unanswered: "cleared",
    Direction.added: "new",
    Direction.removed: "gone",
}


def render_md(diff: Diff) -> str:
    if not diff.changed:
        return f"**soc2:** no change ({md_escape(diff.old_label)} → {md_escape(diff.new_label)})\n"
    icon = "❌" if diff.regression else "✅"
    out = [f"{icon} **{md_escape(headline(diff).removeprefix('soc2 diff: '))}**", ""]
    out += ["| | old | new | change |", "|---|---:|---:|---:|"]
    for label, change in (
        ("**Readiness**", diff.readiness),
        ("Type I", diff.type1),
        ("Type II", diff.type2),
    ):
        out.append(f"| {label} | {_pct(change.old)} | {_pct(change.new)} | {_delta(change)} |")
    for cat in diff.categories:
        out.append(
            f"| {md_escape(title_label({}, cat.category))} (Type I / II) | {_pct(cat.type1.old)} / {_pct(cat.type2.old)} | {_pct(cat.type1.new)} / {_pct(cat.type2.new)} | {_delta(cat.type1)} / {_delta(cat.type2)} |"
        )
    if diff.reasons:
        out += ["", "**Regressions**", ""] + [f"- {md_escape(r)}" for r in diff.reasons]
    if diff.scope_changes:
        out += ["", "| Scope | old | new |", "|---|---|---|"]
        out += [
            f"| {c.field} | {md_escape(json.dumps(c.old, default=str))} | {md_escape(json.dumps(c.new, default=str))} |"
            for c in diff.scope_changes
        ]
    if diff.controls:
        out += ["", "| Control | | old | new |", "|---|---|---|---|"]
        for m in diff.controls:
            out.append(
                f"| {m.control} {md_escape(m.title)} | {ARROWS[m.direction]} | {answer_code(m.old, m.old_documented) if m.old else ''} | {answer_code(m.new, m.new_documented) if m.new else ''} |"
            )
    if diff.gaps_opened or diff.gaps_closed:
        out += ["", "| Gap | | kind | severity |", "|---|---|---|---|"]
        out += [
            f"| {g.control} {md_escape(g.title)} | opened | {gap_kind_label(g.kind)} | {severity_label(g.severity)} |"
            for g in diff.gaps_opened
        ]
        out += [
            f"| {g.control} {md_escape(g.title)} | closed | {gap_kind_label(g.kind)} | {severity_label(g.severity)} |"
            for g in diff.gaps_closed
        ]
    out += _check_md(diff)
    if diff.criteria:
        out += ["", "| Criterion | old | new |", "|---|---|---|"]
        out += [
            f"| {c.criterion} {md_escape(c.title)} | {c.old or ''} | {c.new or ''} |"
            for c in diff.criteria
        ]
    return "\n".join(out) + "\n"
