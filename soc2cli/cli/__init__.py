"""The command line: the Typer app, its one error handler, and the entry point ``main``.

Each command group lives in its own module and only parses options, calls the core and prints.
Heavy modules load inside the commands, so `soc2 --version` imports none of them.
"""

import gc
import os
import re
import sys
import warnings
from typing import Annotated, Any

import typer

from soc2cli.cli import (
    assess,
    audit,
    catalogue,
    describe,
    diff,
    evidence,
    history,
    options,
    policies,
    portfolio,
    questionnaire,
    report,
    scans,
    schema,
    startup,
    status,
)
from soc2cli.cli.options import App
from soc2cli.errors import Interrupted, Soc2Error

# pydantic scans every installed package's entry points for plugins at import; a CLI needs none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

app = App(
    name="soc2",
    help="Offline SOC 2 readiness: scope an audit, interview, score gaps, plan remediation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Run:
    """One run of the command line: what the root options asked for, read by the error handler."""

    def __init__(self) -> None:
        self.debug = False


def _version_callback(value: bool) -> None:
    if value:
        from soc2cli import __version__

        typer.echo(f"soc2 {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback for unexpected errors.")
    ] = False,
) -> None:
    """soc2: SOC 2 readiness and gap assessment, offline and git-native."""
    if isinstance(ctx.obj, Run):
        ctx.obj.debug = debug


# The order of the commands in `soc2 --help`.
app.add_typer(catalogue.app, name="catalogue")
schema.register(app)
report.register(app)
status.register(app)
assess.register(app)
app.add_typer(evidence.app, name="evidence")
scans.register(app)
app.add_typer(questionnaire.app, name="questionnaire")
diff.register(app)
history.register(app)
app.add_typer(policies.app, name="policies")
describe.register(app)
portfolio.register(app)
audit.register(app)


# A short-lived process building many small objects: the cyclic collector's full passes grow with
# the heap and made large catalogues superlinear. Every command collects rarely, for its run only
# (bench/cost_model.py measures with the same settings).
GC_THRESHOLD = (100_000, 50, 100)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one error handler around the whole app (SPEC 5)."""
    run = Run()
    threshold = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    args = sys.argv[1:] if argv is None else argv
    try:
        with warnings.catch_warnings():
            _show_warnings()
            _check_arguments(args)
            options.ARGUMENTS[:] = args
            startup.app_for(app, args)(args=args, prog_name="soc2", obj=run)
    except SystemExit:
        raise
    except Soc2Error as exc:
        if run.debug and not isinstance(exc, Interrupted):
            raise
        _fail(exc.for_terminal(), exc.exit_code)
    except KeyboardInterrupt:
        _fail("error: interrupted\n", 130)
    except Exception as exc:
        if run.debug:
            raise
        known = _known_failure(exc)
        if known is not None:
            _fail(f"error: {known}\n", 2)
        _fail(
            f"error: unexpected error: {type(exc).__name__}: {exc} "
            "(rerun with --debug for details)\n",
            1,
        )
    finally:
        options.ARGUMENTS.clear()
        gc.set_threshold(*threshold)


def _show_warnings() -> None:
    """Warnings from the core (a backup not made, a comment not kept) as `warning:` lines."""
    from soc2cli.errors import Soc2Warning

    shown = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], *args: Any, **kw: Any) -> None:
        if issubclass(category, Soc2Warning):
            from soc2cli import ui

            ui.warn(str(message))
        else:
            shown(message, category, *args, **kw)

    warnings.simplefilter("always", Soc2Warning)
    warnings.showwarning = show


def _check_arguments(args: list[str]) -> None:
    """An argument that is not valid UTF-8 (and names no existing file) is refused up front."""
    from soc2cli.errors import UsageError

    for number, arg in enumerate(args, start=1):
        if not any("\udc80" <= ch <= "\udcff" for ch in arg):
            continue
        value = arg.partition("=")[2] if arg.startswith("--") and "=" in arg else arg
        if not os.path.lexists(value):
            shown = os.fsencode(arg).decode("utf-8", "backslashreplace")
            raise UsageError(
                f"argument {number} ({shown}) is not valid UTF-8 text; check the terminal's encoding"
            )


def _known_failure(exc: Exception) -> str | None:
    """The plain message for a failure that is not a bug of ours, else None."""
    if isinstance(exc, OverflowError) or re.fullmatch(r"year -?\d+ is out of range", str(exc)):
        return (
            "a date falls outside the calendar (the last day is 9999-12-31): a plan, "
            "observation window or evidence schedule runs past it; use earlier dates"
        )
    if type(exc).__name__ == "ValidationError" and type(exc).__module__.startswith("pydantic"):
        first = exc.errors()[0]  # type: ignore[attr-defined]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return f"invalid value{f' for {where}' if where else ''}: {first.get('msg', exc)}"
    return None


def _fail(text: str, code: int) -> None:
    from soc2cli.ui import to_stderr

    to_stderr(text)
    sys.exit(code)
