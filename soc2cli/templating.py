"""The one Jinja environment factory, and the filters templates share."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

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


def templates_dir() -> Path:
    return Path(str(resources.files("soc2cli.templates")))


@cache
def environment(kind: str) -> jinja2.Environment:
    """A sandboxed environment for ``kind`` ('html' autoescapes; 'md' and 'text' do not).

    Sandboxed because values come from user files; StrictUndefined so a typo in a template
    fails loudly instead of printing nothing.
    """
    from soc2cli.cache import cache_dir

    bytecode: jinja2.BytecodeCache | None = None
    directory = cache_dir()
    if directory is not None:
        try:
            (directory / "jinja").mkdir(parents=True, exist_ok=True)
            bytecode = jinja2.FileSystemBytecodeCache(str(directory / "jinja"))
        except OSError:
            bytecode = None
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        bytecode_cache=bytecode,
        autoescape=kind == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["pct"] = pct
    env.filters["label"] = label
    return env


def render_template(kind: str, name: str, **context: Any) -> str:
    return environment(kind).get_template(name).render(**context)
