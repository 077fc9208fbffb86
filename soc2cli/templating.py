"""The one Jinja environment factory, and the filters templates share.

Templates are compiled in memory, once per process and environment; nothing compiled is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from soc2cli import files, labels

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(value: Any) -> str:
    """Escape text a user typed so it stays literal inside Markdown, tables included."""
    text = "" if value is None else str(value)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # Entities, not backslashes, for HTML: Markdown renderers pass raw HTML through.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())


_UNSAFE_LABEL = re.compile(r"[^A-Za-z0-9 .,'_-]+")


def label(value: Any) -> str:
    """Reduce user text to characters that are inert in Mermaid and similar mini-languages."""
    return " ".join(_UNSAFE_LABEL.sub(" ", "" if value is None else str(value)).split())


def pct(value: float) -> str:
    """0.4567 -> '46 %'."""
    return f"{round(value * 100):d} %"


def join_words(items: Iterable[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b and c'."""
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def tidy(text: str) -> str:
    """Collapse runs of blank lines and trailing spaces left by template conditionals."""
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"


def templates_dir() -> Path:
    return Path(str(resources.files("soc2cli.templates")))


def _source(name: str) -> tuple[str, str, Callable[[], bool]] | None:
    path = templates_dir().joinpath(*split_template_path(name))
    if not path.is_file():
        return None
    return files.load_text(path, what="template"), str(path), lambda: True


@cache
def environment(kind: str) -> jinja2.Environment:
    """A sandboxed environment for ``kind`` ('html' autoescapes; 'md' and 'text' do not).

    Sandboxed because values come from user files; StrictUndefined so a typo in a template
    fails loudly instead of printing nothing.
    """
    env = SandboxedEnvironment(
        loader=jinja2.FunctionLoader(_source),
        autoescape=kind == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["pct"] = pct
    env.filters["label"] = label
    env.filters.update(labels.template_filters())
    env.globals.update(labels.template_globals())
    return env


def render_template(kind: str, name: str, **context: Any) -> str:
    return environment(kind).get_template(name).render(**context)
