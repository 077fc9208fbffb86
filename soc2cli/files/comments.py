"""A person's comments (and blank lines) kept when the tool writes a YAML file again.

The file is always written by the tool's own dumper (stable key order, byte-identical for the same
content); the comments of the version on disk are then put back beside the keys they were written
next to: a comment line goes above the key that followed it, a comment at the end of a line goes
back to the end of that key's line. When a key is gone, its comments move to the nearest key that
is left. The result is checked to read back as exactly the same data; when it would not, the
comments that could not be placed are reported, never dropped silently.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from soc2cli.errors import warn_user

KeyPath = tuple[str | int, ...]
_END: KeyPath = ("\0end",)  # after the last line
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_BOM = "\ufeff"
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Comment:
    anchor: KeyPath
    text: str  # the whole line, or (inline) what follows the value, spaces included
    inline: bool


@dataclass
class _Layout:
    """Where each key and value of a YAML text sits, and which lines tokens span."""

    lines: list[str]
    starts: dict[KeyPath, int] = field(default_factory=dict)  # the line of the key (or item)
    value_ends: dict[KeyPath, int] = field(default_factory=dict)  # a scalar's last line
    last_end: dict[int, int] = field(default_factory=dict)  # column after the line's last token
    inside: set[int] = field(default_factory=set)  # lines within a multi-line token
    open_ended: set[int] = field(default_factory=set)  # lines a token runs on from
    comments: dict[int, str] = field(default_factory=dict)  # a comment at the end of a line


def keep_comments(old: str | None, new: str, *, file: str) -> str:
    """``new`` (the tool's YAML) with the comments and blank lines of ``old`` put back."""
    if not old:
        return new
    bom = _BOM if old.startswith(_BOM) else ""
    body = old.removeprefix(_BOM)
    if "#" not in body and "\n\n" not in body:
        return bom + new
    try:
        comments = extract(body)
        layout = _layout(new)
    except yaml.YAMLError:
        if "#" in body:
            warn_user(f"{file}: its comments could not be kept (the old version is not valid YAML)")
        return bom + new
    expected = yaml.load(new, Loader=_Loader)
    for inline_allowed in (True, False):
        text = _reinsert(layout, comments, inline_allowed=inline_allowed)
        if yaml.load(text, Loader=_Loader) == expected:
            return bom + text
    lost = sum(1 for c in comments if c.text.strip())
    if lost:
        warn_user(f"{file}: {lost} comment(s) could not be kept in place; they were left out")
    return bom + new


def extract(text: str) -> list[Comment]:
    """The comments and blank lines of ``text``, each with the key it belongs to."""
    layout = _layout(text)
    by_line: dict[int, list[KeyPath]] = {}
    for path, start in layout.starts.items():
        by_line.setdefault(start, []).append(path)
    ends: dict[int, list[KeyPath]] = {}
    for path, end in layout.value_ends.items():
        ends.setdefault(end, []).append(path)
    content_lines = sorted(by_line)
    found: list[Comment] = []
    for number, text in enumerate(layout.lines):
        if number in layout.inside and number not in layout.last_end:
            continue  # the text of a block scalar, not a comment
        if number in layout.last_end:
            rest = text[layout.last_end[number] :]
            if rest.strip().startswith("#"):
                found.append(Comment(_inline_anchor(number, ends, by_line), rest, inline=True))
        elif not text.strip() or text.strip().startswith("#"):
            at = bisect.bisect_right(content_lines, number)
            anchor = _END if at == len(content_lines) else min(by_line[content_lines[at]], key=len)
            found.append(Comment(anchor, text, inline=False))
    return found


def _inline_anchor(
    number: int, ends: dict[int, list[KeyPath]], by_line: dict[int, list[KeyPath]]
) -> KeyPath:
    if number in ends:
        return max(ends[number], key=len)
    if number in by_line:
        return max(by_line[number], key=len)
    return _END


def _layout(text: str) -> _Layout:
    """Token extents and node positions of ``text`` (raises yaml.YAMLError when it is not YAML)."""
    layout = _Layout(lines=_LINE_BREAK.split(text))
    if layout.lines and layout.lines[-1] == "":
        layout.lines.pop()  # the text's final line break
    for token in yaml.scan(text, Loader=_Loader):
        start, end = token.start_mark, token.end_mark
        if start.index == end.index:
            continue  # block starts and ends, implicit keys: no text of their own
        layout.inside.update(range(start.line + 1, end.line))
        if end.line > start.line and end.column > 0:
            layout.inside.add(end.line)
        if end.line > start.line + 1 or (end.line == start.line + 1 and end.column > 0):
            layout.open_ended.update(range(start.line, end.line))
        if end.column > 0 or end.line == start.line:
            layout.last_end[end.line] = max(layout.last_end.get(end.line, 0), end.column)
    for number, column in layout.last_end.items():
        rest = layout.lines[number][column:] if number < len(layout.lines) else ""
        if rest.strip().startswith("#"):
            layout.comments[number] = rest
    node = yaml.compose(text, Loader=_Loader)
    if node is not None:
        _positions(node, (), layout, set())
    return layout


def _positions(node: yaml.Node, path: KeyPath, layout: _Layout, seen: set[int]) -> None:
    layout.starts.setdefault(path, node.start_mark.line)
    if id(node) in seen:
        return  # an alias: its own place is recorded once
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        layout.value_ends[path] = node.end_mark.line if node.style not in ("|", ">") else -1
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else "?"
            layout.starts[(*path, name)] = key.start_mark.line
            _positions(value, (*path, name), layout, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _positions(item, (*path, index), layout, seen)


def _reinsert(layout: _Layout, comments: list[Comment], *, inline_allowed: bool) -> str:
    before: dict[int, list[str]] = {}
    after: dict[int, str] = {}
    tail: list[str] = []
    for comment in comments:
        path = _nearest(comment.anchor, layout)
        if path is None:
            tail.append(comment.text if not comment.inline else comment.text.strip())
            continue
        line = layout.starts[path]
        end = layout.value_ends.get(path, line)
        if comment.inline and comment.text.strip() == layout.comments.get(end, "").strip():
            continue  # the tool writes this very comment there itself
        if comment.inline and inline_allowed and _can_append(layout, end, after):
            after[end] = comment.text
        elif comment.inline:
            indent = re.match(r"\s*", layout.lines[line]).group()  # type: ignore[union-attr]
            before.setdefault(line, []).append(indent + comment.text.strip())
        else:
            before.setdefault(line, []).append(comment.text)
    out: list[str] = []
    for number, text in enumerate(layout.lines):
        out += before.get(number, [])
        out.append(text + after.get(number, ""))
    out += tail
    return "\n".join(out) + "\n"


def _nearest(anchor: KeyPath, layout: _Layout) -> KeyPath | None:
    """The anchor, or its nearest ancestor still in the new text; None for the end."""
    if anchor == _END:
        return None
    path = anchor
    while path not in layout.starts:
        if not path:
            return None
        path = path[:-1]
    return path


def _can_append(layout: _Layout, line: int, taken: dict[int, str]) -> bool:
    return (
        line >= 0
        and line not in taken
        and line not in layout.comments
        and line not in layout.open_ended
        and line not in layout.inside
        and line < len(layout.lines)
    )
