"""A line reader for the usual YAML document: data in one pass over the lines, without libyaml.

The files the tool writes, and that people edit by hand, use a small and regular part of YAML:
block mappings and lists, plain and quoted scalars (long ones folded over several lines), literal
and folded blocks, comments. Composing libyaml's node tree for them costs several times more than
reading their lines. ``read`` turns exactly that part of YAML into the data the safe loader would
give, and returns ``plain_yaml.UNUSUAL`` for anything else: anchors and aliases, tags, flow
collections other than ``[]`` and ``{}``, document markers and directives, tabs, a line whose
indentation fits no structure, a duplicate key, a scalar that does not fit its type, and whatever
it is not sure of. ``files.parse_yaml`` then reads the document the full way, which gives the same
data or the located error it always gave: falling back is always right, only slower.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from soc2cli.files.plain_yaml import UNUSUAL

Row = tuple[str, str, str]

# One line: its indentation; a plain key with its colon and the spaces after it (the characters
# of ids and names only, and at most 1,000 of them: libyaml holds a simple key to 1,024); and the
# rest. Every line matches (`.` is anything but "\n"), so the rows are the lines, in order.
_ROW = re.compile(r"^( *)(?:([A-Za-z0-9_][A-Za-z0-9_./-]{0,999}):(?: +|$))?(.*)$", re.M)
_QUOTED_KEY = re.compile(r"""'([^']*(?:''[^']*)*)':(?: +|$)|"([^"\\]*)":(?: +|$)""")
_SINGLE = re.compile(r"'([^']*(?:''[^']*)*)'(?: *| +#.*)$")
_DOUBLE = re.compile(r'"([^"\\]*)"(?: *| +#.*)$')
_SINGLE_TEXT = re.compile(r"[^']*(?:''[^']*)*")
_DOUBLE_TEXT = re.compile(r'[^"\\]*')
_HEX = re.compile(r"[0-9A-Fa-f]+")
_END = re.compile(r"(?: *| +#.*)$")
_EMPTY_FLOW = re.compile(r"(?:\[\]|\{\})(?: *| +#.*)$")
_BLOCK_HEADER = re.compile(r"([|>])(?:([+-])([1-9])?|([1-9])([+-])?)?(?: *| +#.*)$")

# What YAML reads as text: line feed and the printable characters, less the other line breaks
# (NEL, LS, PS) and the byte order mark. Tabs and carriage returns are left to libyaml too.
_NOT_PRINTABLE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_ASCII_PRINTABLE = b"\n" + bytes(range(0x20, 0x7F))
# The characters that cannot start a plain scalar (`-`, `?` and `:` can when a non-space
# follows; of those only `-1`, `-x` are read here).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_ESCAPES = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "n": "\n", "v": "\x0b", "f": "\x0c",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "\\": "\\", "/": "/", "N": "\x85", "_": "\xa0",
    "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_CODES = {"x": 2, "u": 4, "U": 8}


class _Unusual(Exception):
    pass


def read(
    text: str,
    loader: type[Any],
    constructors: dict[str, Constructor],
    *,
    max_depth: int,
    max_nodes: int,
) -> Any:
    """The data of the YAML document ``text``, or ``UNUSUAL`` (see the module's docstring).

    Plain scalars are resolved with the implicit resolvers of the class ``loader`` and built by
    ``constructors`` (tag -> constructor, for every tag but ``str``), as ``plain_yaml.build``
    builds them. Depth and size count as there too; a document past either is unusual. A
    document of nothing but blank lines and comments is None.
    """
    if not _printable(text):
        return UNUSUAL
    try:
        return _Reader(text, _types(loader, constructors), max_depth, max_nodes).document()
    except _Unusual:
        return UNUSUAL


class _Reader:
    """One document's lines, read top-down: one method per kind of node, each returning the node's
    value and the index of the first line after it."""

    def __init__(self, text: str, types: _Types, max_depth: int, max_nodes: int) -> None:
        self.text = text
        self.types = types
        self.rows: list[Row] = _ROW.findall(text)
        self.end = len(self.rows)
        self.rows.append(("", "", ""))  # so that the line after any line can be looked at
        self.lines: list[str] = []  # the lines as written, when a row cannot give one back
        self.max_depth = max_depth
        self.budget = max_nodes
        self.resolvers = types.resolvers
        self.known = types.known.get

    def document(self) -> Any:
        self.spend(1)
        value, i = self.node(0, -1, False, 0)
        if i < self.end:  # a line indented less than the document's first one
            raise _Unusual
        return value

    def node(self, i: int, parent: int, indentless: bool, depth: int) -> tuple[Any, int]:
        """The value of a ``key:`` or ``-`` with nothing after it: the block on the lines from
        ``i`` indented more than ``parent`` (its collection's indentation), or None.

        Under a key, a list may also start at the key's own indentation (``indentless``), as
        PyYAML writes lists.
        """
        rows, end = self.rows, self.end
        while i < end:
            lead, key, rest = rows[i]
            if key or (rest and rest[0] != "#"):
                break
            i += 1
        else:
            return None, i
        indent = len(lead)
        dash = not key and _dash(rest)
        if indent > parent or (indentless and indent == parent and dash):
            if dash:
                return self.sequence(i, indent, depth, indent == parent)
            if key or _quoted_key(rest)[0]:
                return self.mapping(i, lead, depth)
            if parent < 0:  # a document that is one scalar: rare, and libyaml's to read
                raise _Unusual
            return self.scalar(i, rest, parent)
        return None, i

    def mapping(self, i: int, pad: str, depth: int) -> tuple[dict[str, Any], int]:
        """The mapping whose first key is on line ``i``, indented by ``pad`` (its spaces)."""
        if depth >= self.max_depth:  # its values would be deeper than the limit
            raise _Unusual
        rows, end, resolvers, known = self.rows, self.end, self.resolvers, self.known
        # Leads are spaces only: comparing one with `pad` compares their lengths, and is quicker.
        indent = len(pad)
        out: dict[str, Any] = {}
        entries = 0  # more than the keys in `out` when a key is there twice
        while i < end:
            lead, key, rest = rows[i]
            if key and lead == pad:
                # Keys are names, read as written (`101:` is the id "101"), as _Loader reads them.
                entries += 1
                i += 1
                first = rest[:1]
                # The usual lines are read here: `key: text`, `key: 'text'`, `key:` over a mapping.
                if (
                    first
                    and first not in _INDICATORS
                    and rest[-1] not in ": "
                    and ": " not in rest  # as _plain(rest), one call fewer on every line
                    and " #" not in rest
                ):
                    if rows[i][0] > pad:  # indented more: the text may go on on that line
                        out[key], i = self.folded(i - 1, rest, indent)
                    else:
                        value = rest if first not in resolvers else known(rest, _MISSING)
                        out[key] = value if value is not _MISSING else self.typed(rest)
                elif first == "'" and rest[-1] == "'" and rest.count("'") == 2:
                    out[key] = rest[1:-1]
                elif (not first or first == "#") and rows[i][1] and rows[i][0] > pad:
                    out[key], i = self.mapping(i, rows[i][0], depth + 1)
                elif not first or first == "#":
                    out[key], i = self.node(i, indent, True, depth + 1)
                else:
                    out[key], i = self.scalar(i - 1, rest, indent)
            elif not key and (not rest or rest[0] == "#"):  # blank, or a comment
                i += 1
            elif lead < pad:
                break
            elif lead == pad and not key and rest[0] in "'\"" and _quoted_key(rest)[0]:
                rows[i] = (lead, *_quoted_key(rest))
            else:  # indented more than a key, or not a key where one should be
                raise _Unusual
        self.budget -= 2 * entries  # as spend() does, one call fewer for every mapping
        if self.budget < 0 or entries != len(out):
            raise _Unusual
        return out, i

    def sequence(self, i: int, indent: int, depth: int, indentless: bool) -> tuple[list[Any], int]:
        """The list whose first dash is on line ``i``, at column ``indent``."""
        if depth >= self.max_depth:  # its items would be deeper than the limit
            raise _Unusual
        rows, end = self.rows, self.end
        out: list[Any] = []
        while i < end:
            lead, key, rest = rows[i]
            dash = not key and len(lead) == indent and _dash(rest)
            if dash:
                item = rest[dash:]
                if not item or item[0] == "#":
                    value, i = self.node(i + 1, indent, False, depth + 1)
                elif item[0] in "-'\"" or item[-1] == ":" or ": " in item:  # a collection?
                    value, i = self.inline(i, indent + dash, indent, depth + 1)
                else:
                    value, i = self.scalar(i, item, indent)
                out.append(value)
            elif not key and (not rest or rest[0] == "#"):  # blank, or a comment
                i += 1
            elif len(lead) < indent or (indentless and len(lead) == indent):
                break
            else:  # indented more than a dash, or not a dash where one should be
                raise _Unusual
        self.spend(len(out))
        return out, i

    def inline(self, i: int, column: int, parent: int, depth: int) -> tuple[Any, int]:
        """A list item that starts on its dash's line (``- name: x``, ``- - x``, ``- 'x': 1``):
        the rest of the line is read as a line of its own that starts at ``column``."""
        item = self.rows[i][2][column - parent :]
        _, key, rest = _row(item)
        self.rows[i] = (" " * column, key, rest)
        return self.node(i, parent, False, depth)

    def spend(self, nodes: int) -> None:
        """Count ``nodes`` more values (a key counts as one) against the limit."""
        self.budget -= nodes
        if self.budget < 0:
            raise _Unusual

    def scalar(self, i: int, rest: str, parent: int) -> tuple[Any, int]:
        """The scalar that starts with ``rest`` on line ``i``, in a collection at ``parent``."""
        first = rest[0]
        if first not in _INDICATORS or (first == "-" and rest[1:2] not in ("", " ")):
            cut = rest.find(" #")
            text = (rest if cut < 0 else rest[:cut]).rstrip(" ")
            if not _plain(text) or text[-1] == ":":
                raise _Unusual
            if cut < 0:  # a comment ends the scalar; otherwise the lines below may go on with it
                return self.folded(i, text, parent)
            return self.typed(text), i + 1
        if first == "'" or first == '"':
            match = (_SINGLE if first == "'" else _DOUBLE).match(rest)
            if match is None:
                return self.flow_scalar(i, rest, parent)
            value = match.group(1)
            return (value.replace("''", "'") if first == "'" else value), i + 1
        if first == "|" or first == ">":
            return self.block_scalar(i, rest, parent)
        if _EMPTY_FLOW.match(rest):
            return ([] if first == "[" else {}), i + 1
        raise _Unusual

    def folded(self, i: int, text: str, parent: int) -> tuple[Any, int]:
        """A plain scalar whose first line, ``i``, holds ``text``, and the lines after it that are
        indented more than ``parent``: folded into one line, with a newline for each blank line
        between; a comment ends it."""
        rows, end = self.rows, self.end
        blanks = 0
        i += 1
        while i < end:
            lead, key, rest = rows[i]
            if not (key or rest):
                blanks += 1
            elif len(lead) <= parent or (not key and rest[0] == "#"):
                break
            else:
                more = rest.rstrip(" ")
                if key or ": " in more or " #" in more or more[-1] == ":":
                    raise _Unusual
                text += ("\n" * blanks if blanks else " ") + more
                blanks = 0
            i += 1
        return (text if text[0] not in self.resolvers else self.typed(text)), i

    def typed(self, text: str) -> Any:
        """A plain scalar's value: text, unless the loader's resolvers give it a type."""
        if text[0] not in self.resolvers:
            return text
        if len(text) > 64:  # long text is rarely typed: not kept
            return self.types.value(text)
        known = self.types.known
        value = known.get(text, _MISSING)
        if value is _MISSING:
            value = self.types.value(text)
            if len(known) >= 4096:
                known.clear()
            known[text] = value
        return value

    def line(self, i: int) -> str:
        """Line ``i`` as written: put back together from its row, or (when the spaces after a key's
        colon are not in the row) split from the text."""
        lead, key, rest = self.rows[i]
        if not key:
            return lead + rest
        if not self.lines:
            self.lines = self.text.split("\n")
        return self.lines[i]

    def flow_scalar(self, i: int, rest: str, parent: int) -> tuple[str, int]:
        """A quoted scalar over several lines, or with escapes, that starts with ``rest`` on
        line ``i``: read as PyYAML's scanner reads it."""
        single = rest[0] == "'"
        chunks: list[str] = []
        text, start = rest, 1
        while True:
            start, closed, escaped_break = _quoted_line(text, start, single, chunks)
            if closed:
                break
            breaks = 0
            while True:
                i += 1
                if i >= self.end:
                    raise _Unusual  # never closed
                line = self.line(i)
                text = line.lstrip(" ")
                if text:
                    break
                breaks += 1
            # libyaml does not hold quoted scalars to the indentation; this reader does.
            if len(line) - len(text) <= parent:
                raise _Unusual
            chunks.append("\n" * breaks if breaks or escaped_break else " ")
            start = 0
        if not _END.match(text, start):
            raise _Unusual
        return "".join(chunks), i + 1

    def block_scalar(self, i: int, rest: str, parent: int) -> tuple[str, int]:
        """A literal (``|``) or folded (``>``) block scalar whose header is ``rest``, on line
        ``i``: read as libyaml reads it."""
        header = _BLOCK_HEADER.match(rest)
        if header is None:
            raise _Unusual
        style, chomping = header.group(1), header.group(2) or header.group(5)
        step = header.group(3) or header.group(4)
        first = i + 1
        while first < self.end and not self.line(first).strip(" "):
            first += 1
        if first == self.end:
            raise _Unusual  # nothing but blank lines: empty, or the end; rare
        spaces = len(self.rows[first][0])
        indent = parent + int(step) if step else max(spaces, parent + 1)
        # A blank line longer than the text's indentation, or text indented less than the block
        # needs, makes an empty scalar and more lines that libyaml reads as it will.
        if spaces < indent or any(len(self.line(k)) > indent for k in range(i + 1, first)):
            raise _Unusual
        chunks, line_break, trailing, end = _block_lines(
            self.line, self.end - 1, i + 1, indent, style == ">"
        )
        if chomping != "-":
            chunks.append(line_break)
        if chomping == "+":
            chunks.append(trailing)
        return "".join(chunks), end


def _printable(text: str) -> bool:
    """Whether ``text`` holds only line feeds and characters YAML reads as text."""
    if text.isascii():
        return not text.encode("ascii").translate(None, _ASCII_PRINTABLE)
    # Python's printable characters are all printable to YAML; the others are looked at closely.
    return text.replace("\n", " ").isprintable() or not _NOT_PRINTABLE.search(text)


def _dash(rest: str) -> int:
    """The length of a list item's dash and the spaces after it at the start of ``rest``; 0 when
    ``rest`` does not start with one."""
    if rest[:1] != "-" or rest[1:2] not in ("", " "):
        return 0
    return len(rest) - len(rest[1:].lstrip(" "))


def _plain(text: str) -> bool:
    """Whether ``text`` is plain text to the end of its line: `a: b: c` is an error, which
    libyaml words, and a comment ends the text."""
    return ": " not in text and " #" not in text


def _row(text: str) -> Row:
    match = _ROW.match(text)
    assert match is not None  # every line matches
    lead, key, rest = match.groups(default="")
    return lead, key, rest


def _quoted_key(rest: str) -> tuple[str, str]:
    """A quoted key at the start of ``rest`` and what follows its colon; ``""`` when there is none
    (an empty key, a double-quoted one with escapes and a long one are left to libyaml too)."""
    match = _QUOTED_KEY.match(rest)
    if match is None or match.end() > 1000:
        return "", rest
    single, double = match.groups(default="")
    return (single.replace("''", "'") or double), rest[match.end() :]


def _quoted_line(line: str, start: int, single: bool, chunks: list[str]) -> tuple[int, bool, bool]:
    """Read a quoted scalar's text on one line, from ``start``, into ``chunks``.

    Returns where reading stopped, whether at the closing quote, and whether at an escaped line
    break (a backslash at the end of the line, after which the next line follows with no space).
    Spaces before a line break are dropped, as the scanner drops them.
    """
    part = _SINGLE_TEXT if single else _DOUBLE_TEXT
    while True:
        match = part.match(line, start)
        assert match is not None  # it matches the empty string
        text, start = match.group(), match.end()
        if single:
            text = text.replace("''", "'")
        if start == len(line):
            chunks.append(text.rstrip(" "))
            return start, False, False
        chunks.append(text)
        if line[start] != "\\":  # the closing quote
            return start + 1, True, False
        if start + 1 == len(line):
            return start + 1, False, True
        start = _escape(line, start + 1, chunks)


def _escape(line: str, start: int, chunks: list[str]) -> int:
    """Read the escape after a backslash at ``start`` into ``chunks``; where it ends."""
    char = line[start]
    if char in _ESCAPES:
        chunks.append(_ESCAPES[char])
        return start + 1
    size = _CODES.get(char)
    digits = line[start + 1 : start + 1 + size] if size else ""
    if not size or len(digits) != size or not _HEX.fullmatch(digits):
        raise _Unusual
    code = int(digits, 16)
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        raise _Unusual  # libyaml refuses these
    chunks.append(chr(code))
    return start + 1 + size


def _block_lines(
    lines: Callable[[int], str], last: int, k: int, indent: int, folded: bool
) -> tuple[list[str], str, str, int]:
    """A block scalar's lines from ``k``, at ``indent``, folded as libyaml folds them; ``last``
    is the document's last line, the one with no line break after it.

    Returns the text so far, the line break after its last line, the line breaks of the blank
    lines after that (kept or dropped by the chomping indicator), and the first line after it.
    """
    chunks: list[str] = []
    line_break, trailing, indented_before = "", "", False
    while k <= last:
        line = lines(k)
        if len(line) <= indent and not line.strip(" "):  # a blank line
            trailing += "\n" if k < last else ""
            k += 1
            continue
        if line[:indent].strip(" "):  # indented less: the scalar has ended
            break
        text = line[indent:]
        indented = text[0] == " "
        if folded and line_break == "\n" and not indented_before and not indented:
            if not trailing:
                chunks.append(" ")
        else:
            chunks.append(line_break)
        chunks += (trailing, text)
        trailing, indented_before = "", indented
        line_break = "\n" if k < last else ""
        k += 1
    return chunks, line_break, trailing, k


_MISSING: Any = object()

Constructor = Callable[[Any, yaml.Node], Any]
Resolvers = dict[str, list[tuple[str, re.Pattern[str]]]]


class _Types:
    """How a loader class types plain scalars: its implicit resolvers by first character, the
    constructors of the tags, and the values of the short scalars typed so far (all immutable)."""

    def __init__(self, loader: type[Any], constructors: dict[str, Constructor]) -> None:
        resolvers = loader.yaml_implicit_resolvers
        # A resolver for any first character would make every plain scalar a candidate.
        assert None not in resolvers, "block_yaml assumes resolvers keyed by first character"
        self.resolvers: Resolvers = dict(resolvers)
        self.loader = loader("")  # what the constructors are called with
        self.constructors = constructors
        self.known: dict[str, Any] = {}

    def value(self, text: str) -> Any:
        """The value of the plain scalar ``text``, as BaseResolver.resolve and the tag's
        constructor make it."""
        for tag, pattern in self.resolvers.get(text[0], ()):
            if pattern.match(text):
                return self.construct(tag, text)
        return text

    def construct(self, tag: str, text: str) -> Any:
        construct = self.constructors.get(tag)
        if construct is None:  # `<<` and `=` as values: the merge and value tags
            raise _Unusual
        try:
            return construct(self.loader, yaml.ScalarNode(tag, text))
        except Exception:  # refused (a 30 February): the full path words it, with its location
            raise _Unusual from None


_TYPES: dict[Any, _Types] = {}


def _types(loader: type[Any], constructors: dict[str, Constructor]) -> _Types:
    """The typing of plain scalars by ``loader`` and ``constructors``: made once, and kept with
    the values it has found, while they are the ones asked for."""
    types = _TYPES.get(loader)
    if types is None or types.constructors is not constructors:
        types = _TYPES[loader] = _Types(loader, constructors)
    return types
