"""The command line: the Typer app, its one error handler, and the entry point ``main``.

Each command group lives in its own module and only parses options, calls the core and prints.
Heavy modules load inside the commands, so `soc2 --version` imports none of them.
"""

import gc
import os
import sys
from typing import Annotated

import typer

from soc2cli.cli import (
    assess,
    catalogue,
    describe,
    diff,
    evidence,
    history,
    policies,
    questionnaire,
    report,
    scans,
    schema,
)
from soc2cli.errors import Interrupted, Soc2Error

# pydantic scans every installed package's entry points for plugins at import; a CLI needs none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

app = typer.Typer(
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
assess.register(app)
app.add_typer(evidence.app, name="evidence")
scans.register(app)
app.add_typer(questionnaire.app, name="questionnaire")
diff.register(app)
history.register(app)
app.add_typer(policies.app, name="policies")
describe.register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one error handler around the whole app (SPEC 5)."""
    run = Run()
    threshold = gc.get_threshold()
    # A short-lived process building many small objects: the cyclic collector's full passes
    # grow with the heap and made large catalogues superlinear. Collect rarely, for this run only.
    gc.set_threshold(100_000, 50, 100)
    try:
        app(args=sys.argv[1:] if argv is None else argv, prog_name="soc2", obj=run)
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
        _fail(
            f"error: unexpected error: {type(exc).__name__}: {exc} "
            "(rerun with --debug for details)\n",
            1,
        )
    finally:
        gc.set_threshold(*threshold)


def _fail(text: str, code: int) -> None:
    sys.stderr.write(text)
    sys.exit(code)
