"""Safe YAML loading that keeps the line of every value and rejects duplicate keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from soc2cli.errors import InputError

KeyPath = tuple[str | int, ...]

MAX_BYTES = 20 * 1024 * 1024
MAX_NODES = 1_000_000
MAX_DEPTH = 100


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


def read_text(path: Path, *, what: str = "file") -> str:
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
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            file=str(path),
            line=line,
        ) from None
    return text


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
        _walk(node, (), marks, file, {}, set(), 0)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        if exc.context and exc.problem:
            problem = f"{exc.problem} ({exc.context})"
        kind = (
            "YAML error"
            if isinstance(exc, yaml.constructor.ConstructorError)
            else "YAML syntax error"
        )
        raise InputError(
            f"{kind}: {problem}",
            file=file,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", file=file) from None
    except RecursionError:
        raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=file) from None
    finally:
        loader.dispose()
    return LoadedYaml(file=file, data=data, marks=marks)


def _walk(
    node: yaml.Node,
    path: KeyPath,
    marks: dict[KeyPath, tuple[int, int]],
    file: str,
    sizes: dict[int, int],
    active: set[int],
    depth: int,
) -> int:
    """Record marks and check structure; returns the node's size once aliases are expanded.

    Aliased nodes are sized once (memoised), so an alias bomb is measured in time and memory
    proportional to the text, not to its expansion, and rejected before anything expands it.
    """
    key = id(node)
    if key in active:
        raise InputError(
            "recursive alias (a node that contains itself)",
            file=file,
            line=node.start_mark.line + 1,
        )
    if key in sizes:
        return sizes[key]
    if depth > MAX_DEPTH:
        raise InputError(
            f"nested deeper than {MAX_DEPTH} levels", file=file, line=node.start_mark.line + 1
        )
    active.add(key)
    marks.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    total = 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            if name in seen:
                raise InputError(
                    f"duplicate key {name!r} (first defined on line {seen[name]})",
                    file=file,
                    line=key_node.start_mark.line + 1,
                    column=key_node.start_mark.column + 1,
                    key_path=format_path((*path, name)),
                )
            seen[name] = key_node.start_mark.line + 1
            # Point at the key: that is where a person looks for an unknown or misspelled key.
            marks[(*path, name)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            total += 1 + _walk(value_node, (*path, name), marks, file, sizes, active, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            total += _walk(item, (*path, index), marks, file, sizes, active, depth + 1)
    if total > MAX_NODES:
        raise InputError(
            f"document too large: more than {MAX_NODES} values once aliases are expanded "
            "(possible alias bomb)",
            file=file,
            line=node.start_mark.line + 1,
        )
    active.discard(key)
    sizes[key] = total
    return total


def load_yaml_file(path: Path, *, what: str = "file") -> LoadedYaml:
    """Read and parse a YAML file."""
    return parse_yaml(read_text(path, what=what), str(path))
