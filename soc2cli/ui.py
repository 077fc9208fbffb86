"""Everything people see on the terminal: lines on stdout and stderr, and rich tables and panels.

The core never prints; the command modules print through here. rich loads only for the tables and
panels, so a command that prints lines does not pay for it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console, Group, RenderableType
    from rich.panel import Panel
    from rich.table import Table

    from soc2cli.catalogue import Catalogue, Control, Criterion


# C0 and C1 controls (escape sequences, carriage returns, bells) and the bidirectional overrides:
# text from a file must never recolour, retitle or rewrite the terminal. Tabs and newlines stay.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``) instead of sent as they are."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def write(text: str) -> None:
    """Text on stdout, exactly as given (a report, a diff)."""
    _out(sys.stdout, text)


def line(text: str = "") -> None:
    """One line for people on stdout, flushed (it may be followed by a prompt or a warning)."""
    _out(sys.stdout, printable(text) + "\n")


def to_stderr(text: str) -> None:
    """Text for people on stderr (warnings, errors, status lines), control characters shown."""
    _out(sys.stderr, printable(text))


def _out(stream: TextIO | None, text: str) -> None:
    # A reader that stops early (`soc2 report FILE | head`), or a stream closed from the start
    # (`2>&-`, which Python gives as None), is not a failure of the command: the rest of the text
    # goes nowhere, and the other stream and the exit code stay as they would be.
    if stream is None:
        return
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        from soc2cli import files

        files.discard_stream(stream)


def dump_json(data: object) -> None:
    """JSON for machines on stdout: indented, keys sorted."""
    write(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def status(message: str) -> None:
    """A status line for people, on stderr."""
    to_stderr(message + "\n")


def warn(message: str) -> None:
    """One warning line on stderr, never wrapped (logs and editors jump to file:line)."""
    to_stderr(f"warning: {message}\n")


def error_line(message: str) -> None:
    """One plain error line on stderr (no markup, so file paths print as they are)."""
    to_stderr(f"error: {message}\n")


def out() -> Console:
    """A rich console on stdout, sized from the environment at the time of the call."""
    from rich.console import Console

    return Console(
        stderr=False, highlight=False, no_color="NO_COLOR" in os.environ, soft_wrap=False
    )


def stdout_is_terminal() -> bool:
    """Whether stdout is a terminal a person reads (not a pipe, a file or CI's log)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def screen_width() -> int:
    """The terminal's columns when stdout is one, else 80 (what piped output is laid out for)."""
    return out().width if stdout_is_terminal() else 80


def screen(markup: str) -> None:
    """Lines of rich markup (the one-screen status): styled, each cut at the terminal's width so
    none wraps, on a terminal; elsewhere the same lines as plain text, whole."""
    from rich.errors import MarkupError
    from rich.text import Text

    def parse(line: str) -> Text:
        try:
            return Text.from_markup(printable(line))
        except MarkupError:  # a user's template (--template-dir) with a stray tag: shown as is
            return Text(printable(line))

    lines = [parse(line) for line in markup.splitlines()]
    if not stdout_is_terminal():
        write("".join(f"{text.plain}\n" for text in lines))
        return
    console = out()
    for text in lines:
        console.print(text, no_wrap=True, overflow="ellipsis", crop=True)


def criteria_table(catalogue: Catalogue, category: str | None) -> Table:
    from rich.markup import escape
    from rich.table import Table

    table = Table(
        title=f"{catalogue.catalogue.title} ({catalogue.catalogue.version})", expand=False
    )
    table.add_column("ID", no_wrap=True)
    table.add_column("Category", no_wrap=True)
    table.add_column("Title")
    table.add_column("Controls", justify="right", no_wrap=True)
    titles = {c.id: c.title for c in catalogue.categories}
    for criterion in catalogue.criteria:
        if category and criterion.category != category:
            continue
        count = len(catalogue.controls_by_criterion.get(criterion.id, []))
        category_title = titles.get(criterion.category, criterion.category)
        table.add_row(criterion.id, category_title, escape(criterion.title), str(count))
    return table


def _bullets(items: list[str]) -> Table:
    """A bulleted list whose wrapped lines hang under the text, not the bullet."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for item in items:
        grid.add_row("•", Text(item))
    return grid


def _section(title: str, body: RenderableType) -> Group:
    from rich.console import Group
    from rich.text import Text

    return Group(Text(title, style="bold"), Text(body) if isinstance(body, str) else body, Text(""))


def criterion_panel(catalogue: Catalogue, criterion: Criterion) -> Panel:
    from rich.console import Group
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    series = catalogue.series_index.get(criterion.series)
    category = catalogue.category_index.get(criterion.category)
    meta = f"{category.title if category else criterion.category} · {criterion.series}"
    if series:
        meta += f" {series.name}"
    if criterion.coso_principle:
        meta += f" · COSO principle {criterion.coso_principle}"
    controls = catalogue.controls_by_criterion.get(criterion.id, [])
    parts: list[RenderableType] = [
        Text(meta, style="dim"),
        Text(""),
        _section("Summary", criterion.summary),
        _section(
            f"Points of focus ({len(criterion.points_of_focus)}; guidance, not requirements)",
            _bullets(criterion.points_of_focus),
        ),
        _section(
            f"Controls ({len(controls)})",
            _bullets([f"{c.id}  {c.title}" for c in controls]) if controls else Text("none"),
        ),
    ]
    return Panel(
        Group(*parts),
        title=f"[bold]{criterion.id}[/] {escape(criterion.title)}",
        title_align="left",
    )


def control_panel(catalogue: Catalogue, control: Control) -> Panel:
    from rich.console import Group
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    from soc2cli.labels import (
        control_type_label,
        evidence_kind_label,
        frequency_label,
        severity_label,
    )
    from soc2cli.vocabulary import EvidenceKind

    domain = catalogue.domain_index.get(control.domain)
    meta = (
        f"{domain.title if domain else control.domain} · {control_type_label(control.type)} · "
        f"{frequency_label(control.frequency)} · {severity_label(control.priority)} priority · "
        f"owner {control.owner} · about {control.effort_days:g} person-days"
    )
    criteria = []
    for cid in control.criteria:
        crit = catalogue.criterion(cid)
        criteria.append(f"{cid}  {crit.title}" if crit else cid)
    parts: list[RenderableType] = [
        Text(meta, style="dim"),
        Text(""),
        _section("Description", control.description),
        _section("Question", control.question),
        _section("What good looks like", control.guidance.good),
        _section("What an auditor asks to see", control.guidance.auditor_asks),
        *(
            _section(evidence_kind_label(kind).capitalize(), _bullets(texts))
            for kind in EvidenceKind
            if (texts := control.evidence_of(kind))
        ),
        _section("Remediation", _bullets(control.remediation)),
        _section("Criteria", _bullets(criteria)),
        *_control_extras(catalogue, control),
    ]
    return Panel(
        Group(*parts), title=f"[bold]{control.id}[/] {escape(control.title)}", title_align="left"
    )


def _control_extras(catalogue: Catalogue, control: Control) -> list[RenderableType]:
    """The optional sections of a control: when it applies, its carve-out, its mappings."""
    parts: list[RenderableType] = []
    from soc2cli.labels import hosting_label, title_label

    rules = control.applies_when
    conditions = []
    if rules.categories:
        titles = {c.id: c.title for c in catalogue.categories}
        in_scope = ", ".join(title_label(titles, c) for c in rules.categories)
        conditions.append(f"Categories: {in_scope}")
    if rules.hosting:
        conditions.append("Hosting: " + ", ".join(hosting_label(h) for h in rules.hosting))
    if rules.data_types:
        titles = {d.id: d.title for d in catalogue.data_types}
        conditions.append(
            "Data types: " + ", ".join(title_label(titles, d) for d in rules.data_types)
        )
    if conditions:
        parts.append(_section("Applies when", _bullets(conditions)))
    if control.carve_out:
        hosting = " or ".join(hosting_label(h).lower() for h in control.carve_out.hosting)
        parts.append(
            _section(
                f"Carved out ({hosting} hosting) to the subservice organisation",
                f"{control.carve_out.reason} Replaced by: {', '.join(control.carve_out.replaced_by)}.",
            )
        )
    if control.mappings:
        titles = {f.id: f.title for f in catalogue.frameworks}
        mapped = [
            f"{titles.get(k, k)}: {', '.join(v)}" for k, v in sorted(control.mappings.items())
        ]
        parts.append(_section("Mappings", _bullets(mapped)))
    return parts


class _LiveLine:
    """One line on stderr, rewritten as work goes, only when stderr is a terminal (not in CI)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.live = sys.stderr.isatty() and not os.environ.get("CI")
        self.shown = False

    def _show(self, text: str) -> None:
        sys.stderr.write(f"\r{self.label}: {text}")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.shown = False


class Progress(_LiveLine):
    """A count of findings read so far ("label: 12,000 findings")."""

    def __call__(self, done: int) -> None:
        if self.live:
            self._show(f"{done:,} findings")


class Counting(_LiveLine):
    """A count as work goes ("label: 57 of 200"), once the work is long enough (``at_least``
    items) to be worth watching."""

    def __init__(self, label: str, *, at_least: int = 20) -> None:
        super().__init__(label)
        self.at_least = at_least

    def __call__(self, done: int, total: int) -> None:
        if self.live and total >= self.at_least:
            self._show(f"{done:,} of {total:,}")
