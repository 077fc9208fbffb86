"""YAML in: the quick path (data built in one pass, locations worked out only when asked for)
reads every document exactly as the full path does, and leaves every unusual one to it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soc2cli import files
from soc2cli.errors import InputError


def full_path(text: str) -> files.LoadedYaml:
    """What parse_yaml did for every document before it had a quick path."""
    loader = files._Loader(text)
    try:
        node = loader.get_single_node()
        marks: dict[files.KeyPath, tuple[int, int]] = {}
        walk = files._Walk("f.yaml")
        files._walk(node, (), marks, walk)
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    return files.LoadedYaml(file="f.yaml", data=data, _located=(marks, walk.booleans))


def same(text: str) -> files.LoadedYaml:
    quick = files.parse_yaml(text, "f.yaml")
    full = full_path(text)
    assert quick.data == full.data
    assert [type(v) for v in _leaves(quick.data)] == [type(v) for v in _leaves(full.data)]
    assert quick.marks == full.marks
    assert quick.booleans == full.booleans
    return quick


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [x for k, v in value.items() for x in [k, *_leaves(v)]]
    if isinstance(value, list):
        return [x for v in value for x in _leaves(v)]
    return [value]


WORDS = st.sampled_from(
    ["yes", "No", "on", "off", "~", "null", "101", "0x1f", "1_000", "3.5", ".inf", "2026-11-30",
     "AC-01", "operating", "<<", "=", "a: b", "#x", "'q'", "", " lead", "é", "1:20"]
)  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1))
    | WORDS
    | st.text(max_size=12)
)
DOCS = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(WORDS | st.text(min_size=1, max_size=8), inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(doc=DOCS, flow=st.booleans())
def test_any_dumped_document_reads_as_the_full_path_reads_it(doc: Any, flow: bool) -> None:
    same(yaml.safe_dump(doc, default_flow_style=flow, allow_unicode=True))


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [yes, No, ~, 0o17, 1_000, 2026-11-30, 2026-11-30T10:00:00Z, .nan]\n",
        "101: x\n~: y\ntrue: z\n2026-01-01: d\n",
        "base: &b {x: 1}\nuse: *b\n",  # an alias: the full path
        "base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n",  # a merge key
        "s: &s word\nt: *s\n",  # a scalar alias
        "a: !!binary aGVsbG8=\n",  # another tag
        "a: !!str 12\nb: '12'\n",
        "? [1, 2]\n",  # a key that is not a scalar: an error, from the full path
    ],
)
def test_unusual_documents_read_as_before(text: str) -> None:
    try:
        expected: Any = full_path(text)
    except (InputError, yaml.YAMLError) as exc:
        expected = exc
    if isinstance(expected, files.LoadedYaml):
        same(text)
    else:
        with pytest.raises(InputError):
            files.parse_yaml(text, "f.yaml")


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: 1\nb: 2\na: 3\n", "duplicate key 'a' (first defined on line 1)", 3),
        ("a: !!int abc\n", "YAML error: 'abc' is tagged !!int but is not a whole number", 1),
        ("a:\n  b: 2026-02-30\n", "YAML error: '2026-02-30' is not a valid date", 2),
        ("a: &x [1, *x]\n", "recursive alias (a node that contains itself)", 1),
        ("x: " + "[" * 120 + "]" * 120 + "\n", "nested deeper than 100 levels", 1),
    ],
)
def test_problems_are_still_located(text: str, message: str, line: int) -> None:
    with pytest.raises(InputError) as caught:
        files.parse_yaml(text, "f.yaml")
    assert str(caught.value.message).startswith(message)
    assert caught.value.line == line


def test_an_alias_bomb_is_refused_before_it_expands() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 8)]
    with pytest.raises(InputError, match="possible alias bomb"):
        files.parse_yaml("\n".join(lines) + "\n", "f.yaml")


def test_locations_are_worked_out_when_asked_for() -> None:
    doc = files.parse_yaml("scope:\n  name: x\nanswers:\n  AC-01:\n    status: on\n", "f.yaml")
    assert doc.locate(("answers", "AC-01", "status")) == (5, 5)
    assert doc.locate(("answers", "AC-01", "owner")) == (4, 3)  # its nearest ancestor
    assert doc.booleans == {("answers", "AC-01", "status"): "on"}
    error = doc.error(("scope", "name"), "bad")
    assert (error.file, error.line, error.column, error.key_path) == ("f.yaml", 2, 3, "scope.name")
