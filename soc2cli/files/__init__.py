"""Everything that touches the disk or runs git, and nothing else.

Reading text and YAML (with the location of every value), writing atomically, YAML and front matter
out, folder listings, `git show`, and the cache's entries. Every other module works on text, bytes
and models: this is the one place to look for what the tool reads and writes.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

import yaml

from soc2cli.errors import InputError

KeyPath = tuple[str | int, ...]

MAX_BYTES = 20 * 1024 * 1024
MAX_NODES = 1_000_000
MAX_DEPTH = 100


# --- reading -------------------------------------------------------------------------------------


def load_text(path: Path, *, what: str = "file") -> str:
    """Read a UTF-8 text file, turning OS and encoding errors into InputError."""
    try:
        raw = path.read_bytes()
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
            f"the file is {size >> 20} MB; the limit for one import is {MAX_SCAN_BYTES >> 20} MB "
            "(split the scan by account or region)",
            file=str(path),
        )
    try:
        handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", file=str(path)) from None
    with handle:
        yield handle


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
    revision, _, name = spec.partition(":")
    try:
        proc = subprocess.run(
            ["git", "show", f"{revision}:{name}"], capture_output=True, timeout=60, check=False
        )
    except FileNotFoundError:
        raise InputError("git is not installed, so a revision cannot be read", file=spec) from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else "git show failed"
        if "not a git repository" in detail:
            detail = "not inside a git repository, so a revision cannot be read"
        raise InputError(detail.removeprefix("fatal: "), file=spec)
    if len(proc.stdout) > MAX_BYTES:
        raise InputError("file is too large", file=spec)
    try:
        return proc.stdout.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", file=spec) from None


def leading_comments(path: Path) -> str:
    """Comment lines at the top of an existing file (e.g. a schema hint), kept on save."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    kept = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        kept.append(line)
    return "\n".join(kept) + "\n" if kept else ""


def find_files(directory: Path, suffixes: tuple[str, ...], *, recursive: bool) -> list[Path]:
    """The files under ``directory`` whose names end in one of ``suffixes``, sorted."""
    found = directory.rglob("*") if recursive else directory.glob("*")
    return sorted(p for p in found if p.suffix in suffixes and p.is_file())


# --- YAML in, with locations ---------------------------------------------------------------------


@dataclass
class LoadedYaml:
    """A parsed YAML document and the position of every value in it (1-based line, column)."""

    file: str
    data: Any
    marks: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)

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


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    """The safe loader, with impossible dates reported as located errors instead of crashing."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value!r} is not a valid date ({exc})", node.start_mark
            ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def parse_yaml(text: str, file: str) -> LoadedYaml:
    """Parse one YAML document safely, recording marks; raise InputError on any problem."""
    _check_conflict_markers(text, file)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return LoadedYaml(file=file, data=None)
        marks: dict[KeyPath, tuple[int, int]] = {}
        _walk(node, (), marks, _Walk(file))
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        raise _located_yaml_error(exc, file) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", file=file) from None
    except RecursionError:
        raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=file) from None
    finally:
        loader.dispose()
    return LoadedYaml(file=file, data=data, marks=marks)


def _located_yaml_error(exc: yaml.MarkedYAMLError, file: str) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    if exc.context and exc.problem:
        problem = f"{exc.problem} ({exc.context})"
    kind = (
        "YAML error" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error"
    )
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


def atomic_write(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` to ``path`` atomically: temp file in the same folder, fsync, rename.

    With ``backup``, the previous version, if any, is kept as ``path.bak``.
    """
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError("the folder to write into does not exist", file=str(path))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp makes the file private; give it the mode the file had, or the usual one.
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            with contextlib.suppress(OSError):
                _copy_for_backup(path, path.with_name(path.name + ".bak"))
        os.replace(tmp_name, path)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    _sync_folder(directory)


def _mode_for(path: Path) -> int:
    """An existing file keeps its permissions; a new one gets 0666 less the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _sync_folder(directory: Path) -> None:
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _copy_for_backup(source: Path, bak: Path) -> None:
    # A hard copy (not a rename) so the real file never disappears, even for an instant.
    data = source.read_bytes()
    fd, tmp = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=bak.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, bak)


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


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write atomically (keeping a .bak) unless the file already holds ``data``; True if written."""
    if path.exists() and path.read_bytes() == data:
        return False
    atomic_write(path, data)
    return True


def make_folder(path: Path) -> None:
    """Create ``path`` (its parent must exist); an existing folder is fine."""
    path.mkdir(exist_ok=True)


# --- the cache's entries -------------------------------------------------------------------------


def private_folder(path: Path) -> bool:
    """Create ``path`` readable by its owner only; False when it cannot be trusted or made.

    An existing folder is trusted only if it is ours and nobody else may write to it: what is read
    from it shapes every report.
    """
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def read_entry(path: Path) -> bytes | None:
    """A cache entry's bytes, or None when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_entry(path: Path, data: bytes) -> None:
    """Write a cache entry atomically; failing is fine (the work is simply redone next time)."""
    with contextlib.suppress(OSError):
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
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
