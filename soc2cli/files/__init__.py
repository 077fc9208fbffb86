"""Everything that touches the disk or runs git, and nothing else.

Reading text and YAML (with the location of every value), writing atomically, YAML and front matter
out, folder listings, `git show`, and the cache's entries. Every other module works on text, bytes
and models: this is the one place to look for what the tool reads and writes.
"""

from __future__ import annotations

import collections.abc
import contextlib
import contextvars
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

import yaml

from soc2cli.errors import InputError
from soc2cli.files import block_yaml, plain_yaml
from soc2cli.files.comments import keep_comments as keep_comments
from soc2cli.files.locations import private_folder as private_folder
from soc2cli.files.writing import Backup as Backup
from soc2cli.files.writing import atomic_write as atomic_write
from soc2cli.files.writing import locked as locked
from soc2cli.files.writing import write_error as write_error

KeyPath = tuple[str | int, ...]

MAX_BYTES = 20 * 1024 * 1024
MAX_NODES = 1_000_000
MAX_DEPTH = 100


# --- reading -------------------------------------------------------------------------------------


# While set, every file load_text reads is noted here with its bytes: the cache keys an entry by
# the bytes that were actually parsed, not by a second read that a racing edit could change.
_READ: contextvars.ContextVar[dict[Path, bytes] | None] = contextvars.ContextVar(
    "soc2_files_read", default=None
)


@contextlib.contextmanager
def recording() -> Iterator[dict[Path, bytes]]:
    """Note the path and bytes of every file read as text inside the block."""
    seen: dict[Path, bytes] = {}
    token = _READ.set(seen)
    try:
        yield seen
    finally:
        _READ.reset(token)


def load_text(path: Path, *, what: str = "file") -> str:
    """Read a UTF-8 text file, turning OS and encoding errors into InputError."""
    try:
        raw = path.read_bytes()
        if (seen := _READ.get()) is not None:
            seen[path] = raw
    except FileNotFoundError:
        raise InputError(f"{what} not found", file=str(path)) from None
    except IsADirectoryError:
        article = "an" if what[:1] in "aeiou" else "a"
        raise InputError(f"expected {article} {what}, found a directory", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror}", file=str(path)) from None
    if len(raw) > MAX_BYTES:
        raise InputError(
            f"{what} is too large ({len(raw)} bytes; the limit is {MAX_BYTES})", file=str(path)
        )
    if b"\x00" in raw:
        raise InputError(f"{what} is binary, expected UTF-8 YAML text", file=str(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            file=str(path),
            line=line,
        ) from None


# Scanner output can be large, and is read as a stream; past this size it is refused.
MAX_SCAN_BYTES = 512 * 1024 * 1024


@contextlib.contextmanager
def open_scan(path: Path) -> Iterator[TextIO]:
    """A scanner output file as a UTF-8 text stream, after checking it exists and is not huge."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError("expected a scanner output file, found a directory", file=str(path))
    except FileNotFoundError:
        raise InputError("scanner output file not found", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", file=str(path)) from None
    if size > MAX_SCAN_BYTES:
        raise InputError(
            f"the file is {_size(size)}; the limit for one import is {_size(MAX_SCAN_BYTES)} "
            "(split the scan by account or region)",
            file=str(path),
        )
    try:
        handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", file=str(path)) from None
    with handle:
        yield handle


def discard_stream(stream: TextIO) -> None:
    """Point standard output or standard error at the null device, once its reader has gone
    away: later writes, and the flush at exit, then go nowhere instead of failing."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, stream.fileno())
    os.close(null)


def _size(count: int) -> str:
    return f"{count} bytes" if count < 1 << 20 else f"{count / (1 << 20):.0f} MB"


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_bytes(path: Path) -> bytes:
    """The bytes of a file; OSError (FileNotFoundError, IsADirectoryError...) for the caller to word."""
    return path.read_bytes()


def read_source(spec: str) -> str:
    """The text of ``spec``: a path, or ``REV:PATH`` read from git when no such file exists."""
    path = Path(spec)
    if path.exists() or ":" not in spec:
        return load_text(path, what="file")
    from soc2cli.files import git

    data = git.show_file(spec)
    if len(data) > MAX_BYTES:
        raise InputError("file is too large", file=spec)
    if b"\x00" in data:
        raise InputError("file is binary, expected UTF-8 YAML or JSON text", file=spec)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", file=spec) from None


def find_files(directory: Path, suffixes: tuple[str, ...], *, recursive: bool) -> list[Path]:
    """The files under ``directory`` whose names end in one of ``suffixes``, sorted."""
    found = directory.rglob("*") if recursive else directory.glob("*")
    return sorted(p for p in found if p.suffix in suffixes and p.is_file())


def find_upwards(start: Path, relative: str) -> Path | None:
    """The file ``relative`` in ``start`` or the nearest folder above it that has one."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / relative).is_file():
            return candidate / relative
    return None


def files_under(paths: Iterable[Path], suffixes: tuple[str, ...]) -> list[Path]:
    """Every file named in ``paths``, and under each folder in it the files whose names end in one
    of ``suffixes``, recursively, in order and without repeats.

    Hidden folders (``.git``, ``.venv``) are not searched and symbolic links to folders are not
    followed, so a link loop cannot hang the search. A path that does not exist is an InputError.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            for folder, subfolders, names in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found += [Path(folder, n) for n in names if Path(n).suffix in suffixes]
            candidates = sorted(found)
        elif path.exists():
            candidates = [path]
        else:
            raise InputError("no such file or folder", file=str(path))
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                out.append(candidate)
    return out


def modified_time(path: Path) -> float | None:
    """When ``path`` was last modified (seconds since the epoch), or None when it cannot be read."""
    try:
        return path.stat().st_mtime
    except OSError:
        return None


# --- YAML in, with locations ---------------------------------------------------------------------


@dataclass
class LoadedYaml:
    """A parsed YAML document and the position of every value in it (1-based line, column).

    The positions are worked out the first time they are asked for, by reading the text again:
    only error messages need them, and most documents have no error. Keeping the text costs far
    less memory than keeping either the positions or the parsed nodes.
    """

    file: str
    data: Any
    text: str | None = field(default=None, repr=False, compare=False)
    _located: tuple[dict[KeyPath, tuple[int, int]], dict[KeyPath, str]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def marks(self) -> dict[KeyPath, tuple[int, int]]:
        """The 1-based line and column of every value, by key path."""
        return self._locations()[0]

    @property
    def booleans(self) -> dict[KeyPath, str]:
        """Values YAML read as true or false, as they were written (``yes``, ``on``, ``No``)."""
        return self._locations()[1]

    def _locations(self) -> tuple[dict[KeyPath, tuple[int, int]], dict[KeyPath, str]]:
        if self._located is None:
            marks: dict[KeyPath, tuple[int, int]] = {}
            walk = _Walk(self.file)
            if self.text is not None:  # checked when parsed: this walk finds no problem
                loader = _Loader(self.text)
                try:
                    if (node := loader.get_single_node()) is not None:
                        _walk(node, (), marks, walk)
                finally:
                    loader.dispose()
            self._located = (marks, walk.booleans)
            self.text = None
        return self._located

    def locate(self, path: KeyPath) -> tuple[int | None, int | None]:
        """The line and column of ``path``, or of its nearest located ancestor."""
        while True:
            if path in self.marks:
                return self.marks[path]
            if not path:
                return None, None
            path = path[:-1]

    def error(self, path: KeyPath, message: str) -> InputError:
        line, column = self.locate(path)
        return InputError(
            message, file=self.file, line=line, column=column, key_path=format_path(path) or None
        )


def format_path(path: KeyPath) -> str:
    """Render a key path as ``controls[3].criteria[0]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _check_conflict_markers(text: str, file: str) -> None:
    if "<<<<<<<" not in text and "=======" not in text and ">>>>>>>" not in text:
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(("<<<<<<< ", ">>>>>>> ")) or line.rstrip() in (
            "<<<<<<<",
            "=======",
            ">>>>>>>",
        ):
            raise InputError(
                "git merge conflict marker found; resolve the conflict and remove the markers",
                file=file,
                line=number,
                column=1,
            )


# libyaml's parser when PyYAML was built with it (the usual wheels are): several times faster.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# What each typed scalar was expected to be, for the message when it is not one.
_EXPECTED = {
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "true or false",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "a date (YYYY-MM-DD)",
}


def _bad_scalar(node: yaml.ScalarNode, exc: Exception) -> str:
    value = str(node.value)
    shown = repr(value) if len(value) <= 40 else repr(value[:20]) + f"... ({len(value)} characters)"
    if node.tag == "tag:yaml.org,2002:timestamp" and isinstance(exc, ValueError):
        return f"{shown} is not a valid date ({exc})"
    if "digits" in str(exc):  # Python refuses int() of more than 4300 digits
        return f"{shown} is a number too long to read (over {sys.get_int_max_str_digits()} digits)"
    # Only an explicit tag (`!!int "abc"`) gets here: YAML resolves plain text to a type only
    # when it has that type's form.
    tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
    return f"{shown} is tagged {tag} but is not {_EXPECTED.get(node.tag, 'of that type')}"


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    """The safe loader: a scalar that does not fit its tag (``!!int "abc"``, an impossible date,
    a 5,000-digit number) is a located error, and mapping keys are names, read as written."""

    def resolve(self, kind: type[yaml.Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        # libyaml asks this of every node. A quoted scalar, or a plain one whose first character
        # starts no implicit type (most words and ids), is text: answered without the regexes.
        if kind is yaml.ScalarNode and not (
            implicit[0] and (not value or value[0] in _IMPLICIT_STARTS)
        ):
            return "tag:yaml.org,2002:str"
        return str(super().resolve(kind, value, implicit))

    def construct_mapping(self, node: yaml.Node, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, "expected a mapping node", node.start_mark
            )
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            # `101:` or `~:` as a key is the id 101 or ~ as typed, never the number or None.
            key = (
                key_node.value
                if isinstance(key_node, yaml.ScalarNode)
                else self.construct_object(key_node, deep=deep)
            )
            if not isinstance(key, collections.abc.Hashable):
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found unhashable key",
                    key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _checked(tag: str) -> None:
    construct = _Loader.yaml_constructors[tag]

    def checked(loader: _Loader, node: yaml.ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, KeyError, AttributeError, TypeError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, _bad_scalar(node, exc), node.start_mark
            ) from None

    _Loader.add_constructor(tag, checked)


for _tag in _EXPECTED:
    _checked(_tag)

# The first characters of plain scalars that may be something other than text. The short cut in
# `resolve` holds only while no resolver applies to any first character or to a path.
_IMPLICIT_STARTS = frozenset(_Loader.yaml_implicit_resolvers)
assert None not in _IMPLICIT_STARTS and not _Loader.yaml_path_resolvers

# The constructors of the scalar tags a document may use without taking the full path.
_SCALARS = {tag: _Loader.yaml_constructors[tag] for tag in _EXPECTED}


def parse_yaml(text: str, file: str) -> LoadedYaml:
    """Parse one YAML document safely, recording marks; raise InputError on any problem."""
    # The usual document, read from its lines; anything else is composed by libyaml below. The
    # line reader reads no line that starts with a conflict marker, so they are looked for after.
    data = block_yaml.read(text, _Loader, _SCALARS, max_depth=MAX_DEPTH, max_nodes=MAX_NODES)
    if data is not plain_yaml.UNUSUAL:
        return LoadedYaml(file=file, data=data, text=text)
    _check_conflict_markers(text, file)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return LoadedYaml(file=file, data=None)
        data = plain_yaml.build(node, loader, _SCALARS, max_depth=MAX_DEPTH, max_nodes=MAX_NODES)
        if data is not plain_yaml.UNUSUAL:
            return LoadedYaml(file=file, data=data, text=text)
        # Aliases, merge keys, other tags, or a problem: checked and located node by node.
        marks: dict[KeyPath, tuple[int, int]] = {}
        walk = _Walk(file)
        _walk(node, (), marks, walk)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        raise _located_yaml_error(exc, file) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", file=file) from None
    except RecursionError:
        raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=file) from None
    finally:
        loader.dispose()
    return LoadedYaml(file=file, data=data, _located=(marks, walk.booleans))


def _located_yaml_error(exc: yaml.MarkedYAMLError, file: str) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    if exc.context and exc.problem:
        problem = f"{exc.problem} ({exc.context})"
    kind = (
        "YAML error" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error"
    )
    if exc.problem and exc.problem.startswith("mapping values are not allowed"):
        # Free text with ": " in it (a note), or a line indented too far.
        problem += "; check the indentation, and put text that contains ': ' in quotes"
    return InputError(
        f"{kind}: {problem}",
        file=file,
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
    )


@dataclass
class _Walk:
    """State of one walk over a document's nodes: sizes of nodes seen, nodes being walked."""

    file: str
    sizes: dict[int, int] = field(default_factory=dict)
    active: set[int] = field(default_factory=set)
    booleans: dict[KeyPath, str] = field(default_factory=dict)


def _walk(
    node: yaml.Node,
    path: KeyPath,
    marks: dict[KeyPath, tuple[int, int]],
    walk: _Walk,
    depth: int = 0,
) -> int:
    """Record marks and check structure; returns the node's size once aliases are expanded.

    Aliased nodes are sized once (memoised), so an alias bomb is measured in time and memory
    proportional to the text, not to its expansion, and rejected before anything expands it.
    """
    key = id(node)
    line = node.start_mark.line + 1
    if key in walk.active:
        raise InputError("recursive alias (a node that contains itself)", file=walk.file, line=line)
    if key in walk.sizes:
        return walk.sizes[key]
    if depth > MAX_DEPTH:
        raise InputError(f"nested deeper than {MAX_DEPTH} levels", file=walk.file, line=line)
    walk.active.add(key)
    marks.setdefault(path, (line, node.start_mark.column + 1))
    total = 1
    if isinstance(node, yaml.MappingNode):
        total += _walk_mapping(node, path, marks, walk, depth)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            total += _walk(item, (*path, index), marks, walk, depth + 1)
    elif node.tag == "tag:yaml.org,2002:bool":
        walk.booleans[path] = str(node.value)
    if total > MAX_NODES:
        raise InputError(
            f"document too large: more than {MAX_NODES} values once aliases are expanded "
            "(possible alias bomb)",
            file=walk.file,
            line=line,
        )
    walk.active.discard(key)
    walk.sizes[key] = total
    return total


def _walk_mapping(
    node: yaml.MappingNode,
    path: KeyPath,
    marks: dict[KeyPath, tuple[int, int]],
    walk: _Walk,
    depth: int,
) -> int:
    total = 0
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        name = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
        line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        if name in seen:
            raise InputError(
                f"duplicate key {name!r} (first defined on line {seen[name]})",
                file=walk.file,
                line=line,
                column=column,
                key_path=format_path((*path, name)),
            )
        seen[name] = line
        # Point at the key: that is where a person looks for an unknown or misspelled key.
        marks[(*path, name)] = (line, column)
        total += 1 + _walk(value_node, (*path, name), marks, walk, depth + 1)
    return total


def load_yaml(path: Path, *, what: str = "file") -> LoadedYaml:
    """Read and parse a YAML file."""
    return parse_yaml(load_text(path, what=what), str(path))


# --- YAML and front matter out -------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


_UNUSUAL = frozenset("\x85\u2028\u2029\ufeff\r")


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style: str | None = None
    if any(ch in _UNUSUAL or (not ch.isprintable() and ch not in "\n\t") for ch in data):
        style = '"'  # escapes keep unusual line breaks and control characters exact
    elif "\n" in data:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(data: Any) -> str:
    """A document as block-style YAML, keys in the given order, stable for the same data."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def front_matter(data: dict[str, Any]) -> str:
    """YAML front matter between '---' lines; values quoted by the YAML dumper, never by hand."""
    body = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=None, width=10_000
    )
    return f"---\n{body}---\n"


def split_front_matter(text: str) -> tuple[str, int] | None:
    """The front matter block (from the opening '---' line up to, not including, the closing one)
    and the 1-based line of the closing '---'; None when the text has no front matter at all.

    Raises ValueError when the block is opened but never closed.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != "---":
        return None
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip("\r\n") in ("---", "..."):
            return "".join(lines[: number - 1]), number
    raise ValueError("front matter opened with '---' on line 1 is never closed")


# --- writing -------------------------------------------------------------------------------------


# atomic_write, Backup, locked and write_error live in writing.py; they are part of this module's API.
class FileState(Enum):
    """What is at a path we are about to write."""

    absent = "absent"
    same = "same"  # a file with exactly the bytes we would write
    different = "different"  # a file with other bytes
    not_a_file = "not_a_file"  # a folder or something else in the way


def state_of(path: Path, data: bytes) -> FileState:
    """Whether writing ``data`` to ``path`` would create, change or leave alone a file."""
    if not path.exists():
        return FileState.absent
    if not path.is_file():
        return FileState.not_a_file
    return FileState.same if path.read_bytes() == data else FileState.different


def write_if_changed(path: Path, data: bytes, *, backup: bool | Backup = True) -> bool:
    """Write atomically (with ``backup``) unless the file already holds ``data``; True if written."""
    if path.is_file() and path.read_bytes() == data:
        return False
    atomic_write(path, data, backup=backup)
    return True


def read_current(path: Path) -> str | None:
    """The text of a file about to be saved over, or None when there is none (or it is not text).

    Read under the save's lock, to merge and to keep the comments; a FIFO is never opened.
    """
    try:
        if not path.is_file():
            return None
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def make_folder(path: Path, *, parents: bool = False) -> None:
    """Create ``path`` (its parent must exist, unless ``parents``); an existing folder is fine."""
    path.mkdir(exist_ok=True, parents=parents)


# --- the cache's entries -------------------------------------------------------------------------


MAX_ENTRY_BYTES = 64 * 1024 * 1024


def read_entry(path: Path) -> bytes | None:
    """A cache entry's bytes, or None when it cannot be read or is not a plain file of ours.

    Opened without blocking and without following a symlink, so a FIFO or a link planted in the
    folder is a miss, never a hang or a read of something else.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
                return None
            data = handle.read(MAX_ENTRY_BYTES + 1)
        except OSError:
            return None
    return data if len(data) <= MAX_ENTRY_BYTES else None


def write_entry(path: Path, data: bytes) -> None:
    """Write a cache entry atomically; failing is fine (the work is simply redone next time)."""
    from soc2cli.files.writing import clean_stale_temps

    clean_stale_temps(path.parent, path.name)
    with contextlib.suppress(OSError):
        fd, tmp = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
        )
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def keep_newest(paths: Iterable[Path], count: int) -> None:
    """Delete all but the ``count`` most recently modified of ``paths``."""
    dated = []
    for path in paths:
        with contextlib.suppress(OSError):
            dated.append((path.stat().st_mtime, path))
    for _, path in sorted(dated, reverse=True)[count:]:
        with contextlib.suppress(OSError):
            path.unlink()
