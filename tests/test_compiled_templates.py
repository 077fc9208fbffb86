"""The built-in templates ship compiled (soc2cli/compiled_templates, written by
examples/regenerate.py): every one is used, renders exactly what its source renders, and is left
aside the moment it no longer matches its source."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from soc2cli import __version__, templating
from soc2cli.assessment import load_assessment
from soc2cli.catalogue import load_catalogue
from soc2cli.formats import Format, render
from soc2cli.scoring import score

COMPILED = REPO / "soc2cli" / "compiled_templates"
TEMPLATES = sorted(
    p.relative_to(templating.templates_dir()).as_posix()
    for p in templating.templates_dir().rglob("*.j2")
)
EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
FORMATS = [Format.md, Format.html, Format.summary, Format.evidence, Format.summary_html]


@pytest.fixture(autouse=True)
def _fresh_environments() -> Any:
    templating.environment.cache_clear()
    yield
    templating.environment.cache_clear()


def _kind(name: str) -> str:
    return "html" if name.endswith(".html.j2") else "md"


def test_every_builtin_template_has_its_compiled_module_and_no_module_is_left_over() -> None:
    modules = {p.stem for p in COMPILED.glob("t_*.py")}
    assert modules == {templating.compiled_module(name) for name in TEMPLATES}
    assert len(TEMPLATES) > 30


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_compiled_module_is_the_one_loaded(name: str) -> None:
    env = templating.environment(_kind(name))
    source = templating._source(name)
    assert source is not None
    namespace = templating._compiled(env, name, source[0])
    assert namespace is not None, "run: python examples/regenerate.py"
    template = env.get_template(name)
    code = template.root_render_func.__code__
    assert Path(code.co_filename).name == templating.compiled_module(name) + ".py"
    assert template.filename == str(templating.templates_dir() / name)


def _reports() -> list[Any]:
    catalogue = load_catalogue().catalogue
    as_of = date(2026, 12, 1)
    return [
        score(catalogue, load_assessment(p, catalogue), as_of=as_of, tool_version=__version__)
        for p in EXAMPLES
    ]


def test_compiled_and_source_templates_render_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    reports = _reports()
    compiled = [render(r, fmt) for r in reports for fmt in FORMATS]
    monkeypatch.setattr(templating, "_compiled", lambda *args: None)
    templating.environment.cache_clear()
    from_source = [render(r, fmt) for r in reports for fmt in FORMATS]
    assert compiled == from_source
    assert all(text.strip() for text in compiled)


def test_a_module_compiled_from_another_source_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    original = templating._source

    def edited(name: str) -> Any:
        found = original(name)
        if found is None or name != "report.md.j2":
            return found
        text, filename, uptodate = found
        return text + "Edited after compiling.\n", filename, uptodate

    monkeypatch.setattr(templating, "_source", edited)
    report = _reports()[0]
    assert render(report, Format.md).rstrip().endswith("Edited after compiling.")


def test_settings_and_jinja_version_are_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2

    md, html = templating.environment("md"), templating.environment("html")
    text = "{{ x }}"
    assert templating.codegen_key(md, text) != templating.codegen_key(html, text)
    assert templating.codegen_key(md, text) == templating.codegen_key(
        templating.environment("text"), text
    )
    before = templating.codegen_key(md, text)
    monkeypatch.setattr(jinja2, "__version__", "0.0.0")
    assert templating.codegen_key(md, text) != before
