"""The one Jinja environment factory, and the filters templates share.

The built-in templates ship compiled ahead of time (``soc2cli/compiled_templates``, written by
``examples/regenerate.py``): compiling a report's templates took longer than rendering them. A
compiled module is used only when it was made from the very source, Jinja version and settings
in use; otherwise, and for a user's own templates, a template is compiled in memory, once per
process and environment. Nothing compiled is written at run time.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from soc2cli import files, labels
from soc2cli.errors import InputError

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


# Control bytes (terminal escapes, bell...) never reach a document: XML and HTML cannot hold them,
# and a terminal showing the Markdown would obey them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control(value: Any) -> Any:
    """``value`` without control bytes when it is text (safe markup stays safe markup)."""
    if isinstance(value, Markup):
        return Markup(_CONTROL.sub("", str(value)))
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def md_escape(value: Any) -> str:
    """Escape text a user typed so it stays literal inside Markdown, tables included."""
    text = _CONTROL.sub("", "" if value is None else str(value))
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # Entities, not backslashes, for HTML: Markdown renderers pass raw HTML through.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())


_UNSAFE_LABEL = re.compile(r"[^A-Za-z0-9 .,'_-]+")


def label(value: Any) -> str:
    """Reduce user text to characters that are inert in Mermaid and similar mini-languages."""
    return " ".join(_UNSAFE_LABEL.sub(" ", "" if value is None else str(value)).split())


def rich_escape(value: Any) -> str:
    """Escape text a user typed so rich shows it as it is, never as markup (``[bold]``)."""
    from rich.markup import escape

    return escape(" ".join(_CONTROL.sub("", "" if value is None else str(value)).split()))


_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def time_tags(value: Any) -> Markup:
    """Text for HTML, escaped, with each ISO date in a <time> element: the report's CSS keeps a
    <time> on one line, where a browser would break a bare date at its hyphens."""
    text = str(escape(strip_control("" if value is None else str(value))))
    return Markup(_ISO_DATE.sub(lambda m: f'<time datetime="{m[0]}">{m[0]}</time>', text))


def pct(value: float) -> str:
    """0.4567 -> '46 %'."""
    return f"{round(value * 100):d} %"


def money(value: float) -> str:
    """12000 -> '12,000'; 812.5 -> '812.50': an amount as the user gave it, grouped."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


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


COMPILED_PACKAGE = "soc2cli.compiled_templates"


class _Builtin(jinja2.BaseLoader):
    """The built-in templates: from their compiled module when it was made from this source with
    this Jinja and these settings, compiled here otherwise."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        found = _source(template)
        if found is None:
            raise jinja2.TemplateNotFound(template)
        return found

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        source, filename, uptodate = self.get_source(environment, name)
        made = environment.template_class
        globals = {} if globals is None else globals
        namespace = _compiled(environment, name, source)
        if namespace is None:
            code = environment.compile(source, name, filename)
            return made.from_code(environment, code, globals, uptodate)
        namespace["__file__"] = filename  # errors name the template, not the module
        return made.from_module_dict(environment, namespace, globals)


def _compiled(environment: jinja2.Environment, name: str, source: str) -> dict[str, Any] | None:
    """A fresh namespace of the template's compiled module (each environment binds its own), or
    None when there is none or it was compiled from something else."""
    spec = importlib.util.find_spec(f"{COMPILED_PACKAGE}.{compiled_module(name)}")
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if getattr(module, "KEY", None) != codegen_key(environment, source):
        return None
    return module.__dict__


def compiled_module(name: str) -> str:
    """The name of a built-in template's compiled module: report.html.j2 -> t_report_html_j2."""
    return "t_" + re.sub(r"\W", "_", name)


def codegen_key(environment: jinja2.Environment, source: str) -> str:
    """What the code Jinja makes of a template depends on: the source, the Jinja version, and
    the environment's syntax and output settings."""
    env = environment
    settings = (
        jinja2.__version__,
        type(env).__name__,
        env.autoescape,
        env.trim_blocks,
        env.lstrip_blocks,
        env.keep_trailing_newline,
        env.newline_sequence,
        env.optimized,
        env.finalize is not None,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.is_async,
        sorted(env.extensions),
    )
    return hashlib.sha256(f"{settings!r}\0{source}".encode()).hexdigest()


def compiled_sources() -> dict[str, str]:
    """Each built-in template's compiled module, by file name: what ``examples/regenerate.py``
    writes into the compiled package. HTML templates are compiled for the environment that
    autoescapes, the others for the one that does not ('md' and 'text' compile alike)."""
    out: dict[str, str] = {}
    root = templates_dir()
    for path in sorted(root.rglob("*.j2")):
        name = path.relative_to(root).as_posix()
        env = environment("html" if name.endswith(".html.j2") else "md")
        source = files.load_text(path, what="template")
        code = env.compile(source, name, raw=True, defer_init=True)
        header = (
            f"# Compiled from templates/{name} by examples/regenerate.py: do not edit.\n"
            f'KEY = "{codegen_key(env, source)}"\n'
        )
        filename = compiled_module(name) + ".py"
        assert filename not in out, f"two templates compile to {filename}"
        out[filename] = header + code + ("" if code.endswith("\n") else "\n")
    return out


@cache
def environment(kind: str, user_dir: str | None = None) -> jinja2.Environment:
    """A sandboxed environment for ``kind`` ('html' autoescapes; 'md' and 'text' do not).

    Sandboxed because values come from user files, and templates may too: with ``user_dir``, a
    template there overrides the built-in one of the same name, and the built-in one stays
    reachable as ``default:NAME`` so a user template can extend it. StrictUndefined so a typo in a
    template fails loudly instead of printing nothing.
    """
    env = SandboxedEnvironment(
        loader=_loader(user_dir),
        autoescape=kind == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=strip_control,
        # Constant folding at compile time saves nothing at render time here (a template renders
        # once a run) but costs a fifth of the compile: a report template took ~20 ms more.
        optimized=False,
    )
    env.filters["md"] = md_escape
    env.filters["pct"] = pct
    env.filters["money"] = money
    env.filters["join_words"] = join_words
    env.filters["time_tags"] = time_tags
    env.filters["label"] = label
    env.filters["rich"] = rich_escape
    env.filters.update(labels.template_filters())
    env.globals.update(labels.template_globals())
    return env


def _loader(user_dir: str | None) -> jinja2.BaseLoader:
    builtin = _Builtin()
    # "default:NAME" is always the built-in template, even when a user template shadows NAME.
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"default": builtin}, delimiter=":")]
    if user_dir is not None:
        loaders.append(jinja2.FunctionLoader(_user_source(Path(user_dir))))
    return jinja2.ChoiceLoader([*loaders, builtin])


def _user_source(directory: Path) -> Callable[[str], tuple[str, str, Callable[[], bool]] | None]:
    def load(name: str) -> tuple[str, str, Callable[[], bool]] | None:
        path = directory.joinpath(*split_template_path(name))
        if not path.is_file():
            return None
        stamp = files.modified_time(path)
        text = files.load_text(path, what="template")
        return text, str(path), lambda: files.modified_time(path) == stamp

    return load


_user_dir: ContextVar[Path | None] = ContextVar("soc2_template_dir", default=None)


@contextmanager
def user_templates(directory: Path | None) -> Iterator[None]:
    """Within the block, templates in ``directory`` (--template-dir) override the built-in ones.

    A template error while one is in use is the user's input: an InputError naming the file and
    line, never a traceback.
    """
    if directory is None:
        yield
        return
    if not directory.is_dir():
        raise InputError("the template folder does not exist", file=str(directory))
    token = _user_dir.set(directory)
    try:
        yield
    finally:
        _user_dir.reset(token)


def render_template(kind: str, name: str, **context: Any) -> str:
    directory = _user_dir.get()
    if directory is None:
        return environment(kind).get_template(name).render(**context)
    try:
        return environment(kind, str(directory)).get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        raise _template_error(exc) from None
    except RecursionError:
        raise InputError(
            f"templates include or extend each other without end (rendering {name})",
            file=str(directory),
        ) from None


def _template_error(exc: jinja2.TemplateError) -> InputError:
    """A template's error as bad input, located at the template line that raised it."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return InputError(
            f"template syntax error: {exc.message}", file=exc.filename or exc.name, line=exc.lineno
        )
    file, line = _template_frame(exc)
    if isinstance(exc, SecurityError):
        message = f"the template reaches for Python internals, which the sandbox refuses ({exc})"
    elif isinstance(exc, jinja2.TemplateNotFound):
        message = f"template not found: {exc.name}"
    else:
        message = f"template error: {exc}"
    return InputError(message, file=file, line=line)


def _template_frame(exc: BaseException) -> tuple[str | None, int | None]:
    """The innermost template file and line in ``exc``'s traceback (Jinja rewrites its frames so
    they name the template and its line)."""
    found: tuple[str | None, int | None] = (None, None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found
