"""The quick way from a composed YAML node tree to Python data, for the usual document.

``files.parse_yaml`` used to walk every node to note its location, then let PyYAML's constructor
build the data: two passes in Python over every node, for locations that only an error message
needs. ``build`` makes the data in one pass and keeps no locations; the caller keeps the text and
reads it again for the locations when an error needs one.

It handles what assessments and catalogues are made of: mappings with plain keys, lists, and
scalars of the standard tags. Anything else (an anchor reused as an alias, a duplicate or a merge
key, a key that is not a scalar, another tag, nesting past the limit, too many values, a scalar
that does not fit its tag) returns ``UNUSUAL``, and the caller takes the full path, which either
builds the same data or raises the located error it always raised.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
STR = "tag:yaml.org,2002:str"

UNUSUAL: Any = object()
"""What ``build`` returns when the document is not one it handles."""

Constructor = Callable[[Any, yaml.Node], Any]


class _Unusual(Exception):
    pass


class _Builder:
    def __init__(
        self,
        loader: Any,
        constructors: dict[str, Constructor],
        max_depth: int,
        max_nodes: int,
    ) -> None:
        self.loader = loader
        self.constructors = constructors
        self.max_depth = max_depth
        self.budget = max_nodes
        self.seen: set[int] = set()

    def value(self, node: yaml.Node, depth: int) -> Any:
        # Every node counts against the budget, as the full walk counts it.
        self.budget -= 1
        if self.budget < 0 or depth > self.max_depth:
            raise _Unusual
        cls = node.__class__
        if cls is yaml.ScalarNode:
            if node.tag == STR:
                return node.value
            construct = self.constructors.get(node.tag)
            if construct is None:
                raise _Unusual
            try:
                return construct(self.loader, node)
            except Exception:  # the full path words it, with its location
                raise _Unusual from None
        # A collection seen twice is an alias: sizes and cycles are the full walk's business.
        key = id(node)
        if key in self.seen:
            raise _Unusual
        self.seen.add(key)
        if cls is yaml.MappingNode and node.tag == MAP:
            return self.mapping(node.value, depth)
        if cls is yaml.SequenceNode and node.tag == SEQ:
            return [self.value(item, depth + 1) for item in node.value]
        raise _Unusual

    def mapping(self, pairs: list[tuple[yaml.Node, yaml.Node]], depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in pairs:
            # Keys are names, read as written (`101:` is the id "101"); merge (`<<`) and value
            # (`=`) keys mean something else, so they go the full way.
            if key_node.__class__ is not yaml.ScalarNode or key_node.tag not in (STR, *_NAMES):
                raise _Unusual
            self.budget -= 1  # the key, as the full walk counts it
            out[key_node.value] = self.value(value_node, depth + 1)
        if len(out) != len(pairs):  # a duplicate key
            raise _Unusual
        return out


# Key tags read as written; a key tagged merge or value (or a custom tag) is unusual.
_NAMES = (
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
)


def build(
    node: yaml.Node,
    loader: Any,
    constructors: dict[str, Constructor],
    *,
    max_depth: int,
    max_nodes: int,
) -> Any:
    """The data of the document ``node``, or ``UNUSUAL`` (see the module's docstring).

    ``constructors`` maps each scalar tag other than ``str`` to the loader's constructor of it.
    """
    try:
        return _Builder(loader, constructors, max_depth, max_nodes).value(node, 0)
    except _Unusual:
        return UNUSUAL
