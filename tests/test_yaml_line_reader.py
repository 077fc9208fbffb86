"""YAML in, the line reader: whenever it reads a document, it reads it exactly as the full path
(libyaml and the safe loader) does, to the type of every value and the order of every key; every
document libyaml refuses, and every one the reader is unsure of, it leaves to the full path."""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_yaml_fast_path import full_path

from soc2cli import files
from soc2cli.errors import InputError
from soc2cli.files import block_yaml, plain_yaml
from soc2cli.files.plain_yaml import UNUSUAL

REFUSED = object()
EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
REPO_YAML = sorted(
    path
    for folder in ("examples", "criteria", "templates", "tests/data")
    for pattern in ("**/*.yaml", "**/*.yml")
    for path in (REPO / folder).glob(pattern)
)


def read(text: str, depth: int = files.MAX_DEPTH, nodes: int = files.MAX_NODES) -> Any:
    return block_yaml.read(text, files._Loader, files._SCALARS, max_depth=depth, max_nodes=nodes)


def full(text: str) -> Any:
    """The data the full path makes of ``text``, or REFUSED when it raises."""
    loader = files._Loader(text)
    try:
        if loader.get_single_node() is None:
            return None
        return full_path(text).data
    except (yaml.YAMLError, InputError, RecursionError):
        return REFUSED
    finally:
        loader.dispose()


def shape(value: Any) -> Any:
    """``value`` with the order of every mapping's keys and the exact type of every leaf."""
    if isinstance(value, dict):
        return ("map", [(shape(k), shape(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [shape(v) for v in value])
    if isinstance(value, float) and math.isnan(value):
        return (float, "nan")
    return (type(value), repr(value))


def holds(text: str) -> bool:
    """The invariant: the reader's data is the full path's, or the reader gives way. Returns
    whether it read the document."""
    # The reader takes the rows its pattern finds for the lines, one each.
    assert len(block_yaml._ROW.findall(text)) == text.count("\n") + 1
    got = read(text)
    if got is UNUSUAL:
        return False
    want = full(text)
    assert want is not REFUSED, f"read {got!r} from a document the full path refuses"
    assert shape(got) == shape(want)
    return True


# --- the repository's YAML, and the documents the tool reads most --------------------------------


@pytest.mark.parametrize("path", REPO_YAML, ids=lambda p: str(p.relative_to(REPO)))
def test_every_yaml_file_in_the_repository_reads_as_the_full_path_reads_it(path: Path) -> None:
    # Bytes that are not UTF-8 (tests/data/malformed) become characters YAML refuses.
    holds(path.read_bytes().decode("utf-8-sig", errors="surrogateescape"))


def cost_model_files(folder: Path) -> list[Path]:
    """Assessments as bench/cost_model.py writes them (yaml.safe_dump of varied examples)."""
    spec = importlib.util.spec_from_file_location("cost_model", REPO / "bench" / "cost_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    paths: list[Path] = module.varied_assessments(6, folder)
    return paths


def test_the_examples_and_the_benchmark_files_take_the_line_reader(tmp_path: Path) -> None:
    # Otherwise the speed-up silently goes: these are the documents issue 23 measures.
    paths = [*EXAMPLES, *cost_model_files(tmp_path)]
    assert len(paths) == 9
    for path in paths:
        assert holds(path.read_text(encoding="utf-8")), path


def test_what_the_tool_writes_takes_the_line_reader() -> None:
    doc = yaml.safe_load((REPO / "examples" / "seed-saas" / "assessment.yaml").read_text())
    answer = next(iter(doc["answers"].values()))
    answer["notes"] = "Two lines:\n  the second indented, then a blank line\n\nand the end"
    answer["owner"] = "Ops: on call"
    text = files.dump_yaml(doc)
    assert "notes: |-\n" in text and "owner: 'Ops: on call'" in text
    assert holds(text)
    assert read(text) == doc


def test_parse_yaml_reads_the_usual_document_without_libyaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "scope:\n  name: x\nanswers:\n  AC-01:\n    status: on\n"
    with monkeypatch.context() as patched:
        patched.setattr(files._Loader, "get_single_node", None)  # composing would fail
        doc = files.parse_yaml(text, "f.yaml")
    assert doc.data == {"scope": {"name": "x"}, "answers": {"AC-01": {"status": True}}}
    # Locations are worked out from the text when asked for, as before.
    assert doc.locate(("answers", "AC-01", "status")) == (5, 5)
    assert doc.booleans == {("answers", "AC-01", "status"): "on"}


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n", "\n  # two\n\n# comments"])
def test_an_empty_document_is_none(text: str) -> None:
    assert read(text) is None
    assert files.parse_yaml(text, "f.yaml").data is None


# --- each part of YAML the reader reads ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("a: 1\nb:\n  c: x\n  d:\n", {"a": 1, "b": {"c": "x", "d": None}}),
        ("101: x\nyes: y\nnull: z\n2026-01-01: d\n1.5: f\n", None),  # keys read as written
        ("a:\n- x\n- y\nb: 1\n", {"a": ["x", "y"], "b": 1}),  # PyYAML's indentless list
        (
            "- name: X\n  services:\n  - a\n- name: Y\n",
            [{"name": "X", "services": ["a"]}, {"name": "Y"}],
        ),
        ("- - a\n  - b\n- -  c\n", [["a", "b"], ["c"]]),
        ("-\n  a: 1\n-\n- x\n-   y: 2\n    z: 3\n", [{"a": 1}, None, "x", {"y": 2, "z": 3}]),
        ("'yes': 1\n\"no\": 2\n'it''s': 3\n", {"yes": 1, "no": 2, "it's": 3}),  # quoted keys
        ("- 'q': 1\n  r: 2\n", [{"q": 1, "r": 2}]),
        (
            "a: yes\nb: No\nc: ON\nd: off\ne: True\nf: n\n",
            {"a": True, "b": False, "c": True, "d": False, "e": True, "f": "n"},
        ),
        ("a: 0x1f\nb: 0o17\nc: 1_000\nd: 1:20\ne: -7\nf: +3\ng: 017\n", None),
        ("a: 1e3\nb: 1.0e3\nc: .5\nd: .inf\ne: -.Inf\nf: .NaN\ng: 1_0.5\n", None),
        ("a: ~\nb: null\nc: NULL\nd: Null\ne: nil\nf:\n", None),
        ("a: 2026-11-30\nb: 2026-11-30T10:00:00Z\nc: 2026-11-30 10:00:00.5 +01:00\n", None),
        ("a: 2001-12-14\n  21:59:43.10 -5\n", None),  # a timestamp folded over two lines
        ("a: text # a comment\nb: text#not\nc: 'q' # c\nd: \"q\"  # c\n", None),
        (
            "a: long text\n  folded over\n\n  lines\n   with spaces  \nb: x\n",
            {"a": "long text folded over\nlines with spaces", "b": "x"},
        ),
        ("- a\n  - b\n", ["a - b"]),  # a dash inside plain text
        ("a:\n    text\n  more\n", {"a": "text more"}),
        ("a: x\n  # a comment ends the text\nb: y\n", {"a": "x", "b": "y"}),
        ("a: 'x\n\n  y  \n  z'\nb: 'it''s'\nc: ''\n", {"a": "x\ny z", "b": "it's", "c": ""}),
        ('a: "a\\\n  \\ b\n\n  c"\nb: "\\x41\\u00e9\\U0001F600\\t\\\\\\"\\/\\0"\n', None),
        ("a: |\n  x\n\n  y\nb: |-\n   two\n    one\nc: |+\n  k\n\nd: e\n", None),
        (
            "a: >\n  f\n  g\n\n  h\n   i\n  j\nb: >-\n  p\n  q\n",
            {"a": "f g\nh\n i\nj\n", "b": "p q"},
        ),
        (
            "a: |2\n    x\n  y\nb: |\n  # not a comment\n",
            {"a": "  x\ny\n", "b": "# not a comment\n"},
        ),
        ("a: []\nb: {}\nc: [] # empty\n", {"a": [], "b": {}, "c": []}),
        ("a: x:y\nb: -x\nc: a'b\"c\nd: 50%\ne: é ü\nf: a  b\n", None),
        ("  a: 1\n  b: 2\n", {"a": 1, "b": 2}),  # a document indented as a whole
    ],
)
def test_the_subset_is_read(text: str, data: Any) -> None:
    assert holds(text)
    if data is not None:
        assert read(text) == data


@pytest.mark.parametrize(
    "text",
    [
        "a:\tb\n",  # a tab
        "a: b\r\n",  # a carriage return
        "\ufeffa: b\n",  # a byte order mark
        "a: b\x07\n",  # a control character
        "a: é\x85\n",  # a next-line character, a line break to YAML 1.1
        "a: b\u2028c\n",  # a line separator
        "---\na: b\n",  # a document marker
        "a: b\n...\n",
        "%YAML 1.1\n---\na: b\n",  # a directive
        "a: &x b\nc: *x\n",  # an anchor and an alias
        "a: !!str 1\n",  # a tag
        "? a\n: b\n",  # a complex key
        "a: {x: 1}\n",  # a flow collection that is not empty
        "a: [x]\n",
        "<<: {a: 1}\n",  # a merge key
        "a: <<\n",  # the merge tag as a value
        "a: =\n",
        "a: b: c\n",  # `: ` in plain text
        "a: b:\n",
        "a: b\n  # a comment ends the text\n  c\n",
        "a: b # c\n  d\n",
        "a: - b\n",  # a dash after a key
        "a: 1\n- b\n",  # a list at a mapping's indentation
        "- a\nb: 1\n",
        "a:\n  - x\n  b: 1\n",
        "a: 1\n b: 2\n",  # indented past the mapping
        "  a: 1\nb: 2\n",  # indented less than the first line
        "a: 1\na: 2\n",  # a duplicate key
        "a: 'x\n",  # a quoted scalar never closed
        "a: 'x' y\n",
        "a: 'x\nb: y'\n",  # a quoted continuation not indented
        'a: "\\q"\n',  # an unknown escape
        'a: "\\uD800"\n',  # a surrogate
        "a: |\nb: 1\n",  # an empty block scalar
        "a: |\n   \n  x\n",  # a blank line longer than the text's indentation
        "a: |x\n  b\n",
        "scalar\n",  # a document that is one scalar
        "a: 2026-02-30\n",  # a date that does not exist
        "a: 1" + "0" * 5000 + "\n",  # a number too long to read
        "k" * 1100 + ": 1\n",  # a key past libyaml's 1,024 characters
        "'': 1\n",  # an empty key
        "é: 1\n",  # a key that is not an id
        "a: ?x\n",
        "a: @x\n",
        "a: `x\n",
        "a: ,x\n",
    ],
)
def test_what_the_reader_leaves_to_the_full_path(text: str) -> None:
    assert read(text) is UNUSUAL
    holds(text)


@pytest.mark.parametrize("marker", ["<<<<<<< HEAD", "=======", ">>>>>>> main", ">>>>>>>  "])
@pytest.mark.parametrize(
    "document",
    [
        "a: 1\n{}\nb: 2\n",
        "a: |\n  text\n{}\n  more\n",
        "a: 'quoted\n{}\n  end'\n",
        "a: plain\n{}\n  text\n",
        "- x\n{}\n- y\n",
        "a:\n  b: c\n{}\n  d: e\n",
    ],
)
def test_a_conflict_marker_is_never_read_and_still_reported(document: str, marker: str) -> None:
    # parse_yaml looks for the markers only when the line reader has given way.
    text = document.format(marker)
    assert read(text) is UNUSUAL
    with pytest.raises(InputError) as raised:
        files.parse_yaml(text, "f.yaml")
    assert raised.value.message.startswith("git merge conflict marker found")
    assert raised.value.line == document[: document.index("{")].count("\n") + 1


@pytest.mark.parametrize(
    "text",
    ["a: 1\nb: 2\n", "a:\n  b:\n  - 1\n  - c: d\n", "- - - x\n", "a: {}\nb:\n  c: []\n"],
)
def test_depth_and_size_are_counted_as_the_quick_build_counts_them(text: str) -> None:
    loader = files._Loader(text)
    node = loader.get_single_node()
    for depth in range(6):
        for nodes in range(12):
            built = plain_yaml.build(node, loader, files._SCALARS, max_depth=depth, max_nodes=nodes)
            assert (read(text, depth, nodes) is UNUSUAL) == (built is UNUSUAL), (depth, nodes)
    loader.dispose()


# --- documents from the subset, dumped, and then damaged line by line ----------------------------

WORDS = st.sampled_from(
    ["yes", "No", "On", "off", "TRUE", "y", "0x1f", "0o17", "1_000", "1:20", "-1:20", "1e3", "1.0e3",
     ".5", "-.inf", ".NaN", "~", "null", "Null", "", "2026-11-30", "2026-11-30T10:00:00Z",
     "2026-13-45", "2026-11-30 10:00:00 +01:00", "<<", "=", "'q'", '"q"', "it's", " #", "a #b",
     "a: b", "a:", ":a", "-a", "- a", "#", "x#y", "[]", "{}", "|", ">", "&a", "*a", "!t", "%", "@",
     "AC-01", "operating", "é", "tab\there", "line\nbreak", "trailing ", " leading", "\\", "\x07"]
)  # fmt: skip
SENTENCES = st.lists(WORDS | st.sampled_from(["word", "the", "policy"]), min_size=8, max_size=20)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1))
    | st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1))
    | WORDS
    | SENTENCES.map(" ".join)
    | st.text(max_size=12)
)
IDS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,10}", fullmatch=True)
KEYS = IDS | IDS | IDS | WORDS.filter(bool) | st.text(max_size=6)  # mostly names, as we read
# Documents of every kind, and documents with names for keys and no text YAML must escape (most
# of which the reader reads).
DOCS = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=15,
)
USUAL = st.recursive(
    SCALARS.filter(lambda v: not isinstance(v, str) or v.isprintable()),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(IDS, inner, max_size=5),
    max_leaves=15,
)


@st.composite
def dumped(draw: st.DrawFn) -> str:
    docs, keys = draw(st.sampled_from([(DOCS, KEYS), (USUAL, IDS)]))
    doc = draw(st.dictionaries(keys, docs, min_size=1, max_size=4) | st.lists(docs, min_size=1))
    if draw(st.booleans()):
        return files.dump_yaml(doc)  # what the tool writes: `|` blocks for text with newlines
    return yaml.safe_dump(
        doc,
        default_flow_style=False,
        sort_keys=False,
        width=draw(st.integers(20, 120)),
        indent=draw(st.sampled_from([2, 4])),
        allow_unicode=draw(st.booleans()),
    )


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """A dumped document with a few lines re-indented, commented, typed into, added or cut."""
    lines = draw(dumped()).split("\n")
    for _ in range(draw(st.integers(1, 3))):
        n = draw(st.integers(0, len(lines) - 1)) if lines else 0
        line, edit = (lines[n] if lines else ""), draw(st.integers(0, 5))
        if edit == 0:  # indentation changed
            spaces = len(line) - len(line.lstrip(" "))
            lines[n : n + 1] = [" " * max(0, spaces + draw(st.integers(-3, 3))) + line.lstrip(" ")]
        elif edit == 1:  # a comment line
            lines.insert(n, " " * draw(st.integers(0, 6)) + "# note")
        elif edit == 2:  # a trailing comment
            lines[n : n + 1] = [line + draw(st.sampled_from([" # c", "  #c", "#c", " #"]))]
        elif edit == 3:  # a character typed in
            at = draw(st.integers(0, len(line)))
            typed = draw(st.sampled_from(list(":#-'\"[]{}&*!|>% \t")))
            lines[n : n + 1] = [line[:at] + typed + line[at:]]
        elif edit == 4:  # a blank line
            lines.insert(n, " " * draw(st.integers(0, 6)))
        else:  # a line cut
            del lines[n : n + 1]
    return "\n".join(lines)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=dumped())
def test_any_dumped_document_reads_as_the_full_path_reads_it(text: str) -> None:
    event("read by the line reader" if holds(text) else "left to the full path")


@settings(max_examples=450, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=damaged())
def test_any_damaged_document_reads_as_the_full_path_reads_it_or_is_left_to_it(text: str) -> None:
    event("read by the line reader" if holds(text) else "left to the full path")


# Lines put together from the pieces of the subset, with any indentation: structures no dumper
# writes, most of them wrong.
PIECES = st.sampled_from(
    ["a:", "b:", "- ", "-", "x", "yes", "1", "'q", "q'", "'q'", '"e\\', '\\ z"', '"', "|", "|-",
     ">+", "|2", "#c", " #c", "[]", "{}", "y: z", "- a: b", "- - c", "k: |", "k: >", "  ",
     "text here", "1:20", "2026-01-01", "~", "''", ": ", "\\x41"]
)  # fmt: skip
LINES = st.builds(
    lambda n, parts: " " * n + "".join(parts), st.integers(0, 8), st.lists(PIECES, max_size=3)
)


@settings(max_examples=1000, deadline=None)
@given(lines=st.lists(LINES, min_size=1, max_size=12), newline=st.booleans())
def test_any_lines_read_as_the_full_path_reads_them_or_are_left_to_it(
    lines: list[str], newline: bool
) -> None:
    holds("\n".join(lines) + ("\n" if newline else ""))
