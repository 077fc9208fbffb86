"""JSON: the canonical report document (SPEC 3.4).

The text is exactly ``json.dumps(report.model_dump(mode="json"), indent=2, sort_keys=True,
ensure_ascii=False) + "\\n"``, but encoded by pydantic-core: with ``indent`` the standard library
falls back to its pure-Python encoder, which took half the time of a large report. Both encoders
write the same separators, escapes and numbers, with two exceptions that fall back to json.dumps:
floats of magnitude under 1e-4 (written 0.00001 and 1e-7, not 1e-05 and 1e-07) and unpaired
surrogates (which pydantic-core refuses). Keys are sorted here, and the document is encoded a
piece at a time, each piece of the plain-data copy dropped once written, so that copy and the
text do not both exist whole.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic_core import PydanticSerializationError, to_json

from soc2cli.report import Report

# Lists longer than this are encoded a slice at a time (the controls, gaps, evidence checks).
SLICE = 256
# Containers this shallow are written here, key by key; deeper ones go to the encoder whole.
SPLIT_DEPTH = 2


class _TinyFloat(Exception):
    """A float that pydantic-core writes in another notation than json.dumps."""


def render(report: Report) -> str:
    return "".join(pieces(report))


def pieces(report: Report) -> list[str]:
    """The document as consecutive pieces of text, to be written one after the other: a large
    report is never held whole a second time (joined, then encoded) on its way out."""
    data = report.model_dump(mode="json")
    try:
        out: list[str] = []
        _write(data, 0, out)
        out.append("\n")
        return out
    except (_TinyFloat, PydanticSerializationError):
        data = report.model_dump(mode="json")
        return [json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"]


def _write(value: Any, depth: int, out: list[str]) -> None:
    """Append ``value`` as JSON indented for ``depth``, emptying its containers on the way."""
    kind = type(value)
    if kind is dict and value and depth < SPLIT_DEPTH:
        pad = "\n" + "  " * (depth + 1)
        out.append("{")
        for n, key in enumerate(sorted(value)):
            out.append(("," if n else "") + pad + _encode(key, 0) + ": ")
            _write(value.pop(key), depth + 1, out)
        out.append("\n" + "  " * depth + "}")
    elif kind is list and len(value) > SLICE:
        out.append("[")
        for start in range(0, len(value), SLICE):
            piece = value[start : start + SLICE]
            value[start : start + SLICE] = [None] * len(piece)
            body = _encode(piece, depth)  # "[", then one item a line, then "]"
            out.append(("," if start else "") + body[1 : body.rindex("\n")])
            del piece
        out.append("\n" + "  " * depth + "]")
    else:
        out.append(_encode(value, depth))


def _encode(value: Any, depth: int) -> str:
    """``value`` encoded with sorted keys, as if it started on a line indented for ``depth``."""
    text = to_json(_sorted(value), indent=2).decode()
    return text.replace("\n", "\n" + "  " * depth) if depth else text


def _sorted(value: Any) -> Any:
    kind = type(value)
    if kind is dict:
        return _sorted_dict(value)
    if kind is list:
        return _sorted_list(value)
    if kind is float:
        _check(value)
    return value


def _sorted_dict(value: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key in sorted(value):
        item = value[key]
        kind = type(item)
        if kind is dict:
            item = _sorted_dict(item)
        elif kind is list:
            item = _sorted_list(item)
        elif kind is float:
            _check(item)
        out[key] = item
    return out


def _sorted_list(value: list[Any]) -> list[Any]:
    out = []
    for item in value:
        kind = type(item)
        if kind is dict:
            item = _sorted_dict(item)
        elif kind is list:
            item = _sorted_list(item)
        elif kind is float:
            _check(item)
        out.append(item)
    return out


def _check(number: float) -> None:
    if number and -1e-4 < number < 1e-4:
        raise _TinyFloat
