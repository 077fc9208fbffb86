"""What the command modules share: options declared once, and the small steps every command takes
(load the catalogue with its warnings, check an output path, write the result).

Only typer is imported here at module level, so `soc2 --version` stays cheap.
"""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue

CatalogueOpt = Annotated[
    Path | None,
    typer.Option(
        "--catalogue",
        metavar="DIR",
        help="A catalogue directory: a whole catalogue, or an overlay that adds or overrides controls.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("-o", "--output", metavar="FILE", help="Write here instead of stdout."),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Date to work from, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today).",
    ),
]
AssessmentArg = Annotated[Path, typer.Argument(metavar="FILE", help="The assessment file.")]
BrandingOpt = Annotated[
    Path | None,
    typer.Option(
        "--branding",
        metavar="FILE",
        help="The firm's branding.yaml (firm, logo, accent, disclaimer); "
        "default: branding.yaml beside the assessment, if any.",
        show_default=False,
    ),
]
TemplateDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--template-dir",
        metavar="DIR",
        help="A folder of templates that override the built-in ones by file name "
        '(extend one with {% extends "default:NAME" %}); they run sandboxed.',
        show_default=False,
    ),
]


def sub_app(help_text: str) -> typer.Typer:
    """A command group (soc2 catalogue ..., soc2 evidence ...)."""
    return App(help=help_text, no_args_is_help=True)


# --- help screens ------------------------------------------------------------------------------
# Typer's own screens show Python types ("<str>", "<list[Path]>"), braces in the usage line and
# descriptions cut at a fixed width. These classes give every command's help the shape of a
# well-kept CLI's: FILE and [FILE]... in the usage line, DATE or TEXT after an option, whole
# first sentences in command lists, examples at the end, and a did-you-mean for a bad choice.

EXAMPLES: dict[str, list[str]] = {
    "catalogue list": ["soc2 catalogue list", "soc2 catalogue list --category privacy"],
    "catalogue show": ["soc2 catalogue show CC6.1", "soc2 catalogue show AC-01"],
    "catalogue export": [
        "soc2 catalogue export > catalogue.json",
        "soc2 catalogue export --format oscal -o catalog.json",
    ],
    "catalogue validate": ["soc2 catalogue validate my-overlay/"],
    "schema": ["soc2 schema assessment > schemas/assessment.schema.json"],
    "report": [
        "soc2 report assessment.yaml",
        "soc2 report assessment.yaml --format html -o report.html",
        "soc2 report assessment.yaml --format json --fail-under 80",
    ],
    "status": ["soc2 status assessment.yaml", "soc2 status assessment.yaml --as-of 2027-01-15"],
    "assess": [
        "soc2 assess client.yaml                  # scoping, then the questions",
        "soc2 assess client.yaml --section CC6.1  # only the controls for CC6.1",
        "soc2 assess client.yaml --review         # walk the answers again",
        "soc2 assess client.yaml --interviewer Jo --attendee CTO --attendee CFO",
        "soc2 assess client.yaml --non-interactive",
    ],
    "diff": [
        "soc2 diff old.yaml new.yaml",
        "soc2 diff main:assessment.yaml assessment.yaml --format md",
    ],
    "trend": ["soc2 trend assessment.yaml", "soc2 trend assessment.yaml --format html -o t.html"],
    "log": ["soc2 log assessment.yaml AC-06"],
    "waive": ["soc2 waive s3_bucket_public_access --reason 'public website assets'"],
    "import prowler": ["soc2 import prowler output/*.ocsf.json --file assessment.yaml --apply"],
    "import checks": ["soc2 import checks checks.json --file assessment.yaml"],
    "evidence add": [
        "soc2 evidence add assessment.yaml AC-06 --date 2027-03-01 --title 'Q1 review'"
    ],
    "evidence list": ["soc2 evidence list assessment.yaml --control AC-06"],
    "questionnaire export": ["soc2 questionnaire export assessment.yaml -o questions.xlsx"],
    "policies generate": ["soc2 policies generate assessment.yaml -o policies/"],
    "policies check": ["soc2 policies check policies/ --assessment assessment.yaml"],
    "describe": ["soc2 describe assessment.yaml -o system-description.md"],
    "portfolio": ["soc2 portfolio clients/", "soc2 portfolio clients/ --format html -o p.html"],
    "init": ["soc2 init clients/acme", "soc2 init clients/acme --from firm-overlay/"],
    "rfp": [
        "soc2 rfp assessment.yaml -o rfp.md",
        "soc2 rfp assessment.yaml --format xlsx -o bids.xlsx",
    ],
    "bridge-letter": ["soc2 bridge-letter assessment.yaml --as-of 2027-12-31 -o bridge.md"],
    "audit import": ["soc2 audit import assessment.yaml exceptions.csv"],
    "audit set": ["soc2 audit set assessment.yaml --auditor 'Example LLP' --opinion unmodified"],
    "audit close": ["soc2 audit close assessment.yaml AC-06"],
    "audit add-exception": [
        "soc2 audit add-exception assessment.yaml AC-06 --description 'Late review'"
    ],
}

_TYPE_NAMES = {"str": "TEXT", "path": "PATH", "int": "INTEGER", "float": "NUMBER"}


def _metavar(param: Any, ctx: typer.Context) -> str:
    """The placeholder after an option, from its type when it names none: TEXT, PATH, NUMBER;
    a choice lists its values."""
    if "YYYY-MM-DD" in (param.help or "") or str(param.name).startswith("as_of"):
        return "DATE"
    label = str(param.display_type(ctx)).strip("<>")
    if label.startswith("list[") and label.endswith("]"):
        label = label[5:-1]
    if "|" in label:
        return f"[{label}]"
    return _TYPE_NAMES.get(label.removesuffix(" range"), label.upper())


def _argument_name(param: Any) -> str:
    name = str(param.metavar or param.name).upper()
    return name + ("..." if param.nargs != 1 and not name.endswith("...") else "")


def _first_sentence(text: str) -> str:
    paragraph = " ".join(text.strip().split("\n\n")[0].split())
    sentence, dot, _ = paragraph.partition(". ")
    return sentence + dot.strip()


def _with_suggestion(exc: typer.BadParameter) -> typer.BadParameter:
    """A bad choice names the choices and the one meant: "'hmtl' ...; did you mean 'html'?"."""
    import difflib
    import re

    message = exc.message.removeprefix("Value error, ")
    found = re.fullmatch(r"'(.*)' is not one of (.*?)\.?", message)
    if found:
        value, rest = found.groups()
        choices = re.findall(r"'([^']*)'", rest)
        close = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
        message = f"{value!r} is not one of {', '.join(choices)}"
        if close:
            message += f"; did you mean {close[0]!r}?"
    exc.message = message
    param: Any = exc.param
    if param is not None and param.param_type_name == "argument" and exc.param_hint is None:
        exc.param_hint = f"'{_argument_name(param).removesuffix('...')}'"  # as the usage line
    return exc


class HelpCommand(TyperCommand):
    """A command whose help reads like a well-kept CLI's (see above)."""

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = _argument_name(param)
                pieces.append(
                    name
                    if param.required
                    else f"[{name.removesuffix('...')}]" + ("..." if name.endswith("...") else "")
                )
        return pieces

    def format_options(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        arguments, options = [], []
        params: list[Any] = self.get_params(ctx)  # typer's own parameter classes
        for param in params:
            if param.param_type_name == "argument":
                arguments.append((_argument_name(param), param.help or ""))
            elif param.param_type_name == "option" and not param.hidden:
                if param.metavar is None and not (param.is_flag or param.count):
                    param.metavar = _metavar(param, ctx)
                record = param.get_help_record(ctx)
                if record is not None:
                    options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def format_epilog(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        path = ctx.command_path.split(" ", 1)[-1]
        examples = EXAMPLES.get(path)
        if self.epilog or not examples:
            super().format_epilog(ctx, formatter)
            return
        with formatter.section("Examples"):
            for example in examples:
                formatter.write(" " * formatter.current_indent + example + "\n")

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        try:
            return super().parse_args(ctx, args)
        except typer.BadParameter as exc:
            raise _with_suggestion(exc) from None


class HelpGroup(TyperGroup):
    """A command group that lists each command with its whole first sentence, never cut."""

    def format_commands(self, ctx: typer.Context, formatter: Any) -> None:  # type: ignore[override]
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.short_help or _first_sentence(command.help or "")))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class App(typer.Typer):
    """A Typer app whose commands and groups use the help classes above."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", HelpGroup)
        super().__init__(**kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", HelpCommand)
        return super().command(*args, **kwargs)


def load_catalogue(directory: Path | None) -> "Catalogue":
    """The built-in catalogue, or ``directory``'s; its warnings go to stderr."""
    from soc2cli import ui
    from soc2cli.catalogue import load_catalogue as load

    result = load(directory)
    for message in result.warnings:
        ui.warn(message)
    return result.catalogue


def as_of(value: str | None) -> date:
    from soc2cli.dates import as_of as parse

    return parse(value)


def check_output_path(path: Path | None) -> None:
    """Fail before any work when ``path`` cannot be written: a folder, or in a missing folder."""
    from soc2cli.errors import InputError

    if path is None:
        return
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError("the output path is a directory; give a file name", file=str(path))
    if not parent.is_dir():
        raise InputError("the output folder does not exist", file=str(path))
    check_not_an_input(path)


# The command line being run (main() records it): what an output path must not overwrite.
ARGUMENTS: list[str] = []
_OUTPUT_OPTIONS = ("-o", "--output")


def check_not_an_input(output: Path) -> None:
    """Refuse an output path that names a file this command reads: writing it would destroy it.

    Every argument of the command line that names an existing file, other than the output's own,
    counts as an input, so every command with ``-o`` is covered, whatever its options are called.
    """
    from soc2cli.errors import InputError

    if not output.exists():
        return
    previous = ""
    for arg in ARGUMENTS:
        value = arg.partition("=")[2] if arg.startswith("--") and "=" in arg else arg
        is_output = previous in _OUTPUT_OPTIONS or arg.startswith("--output=")
        previous = arg
        if not is_output and _same_file(Path(value), output):
            raise InputError(
                f"-o names an input of this command ({value}); writing there would destroy it: "
                "choose another output file",
                file=str(output),
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.is_file() and a.samefile(b)
    except (OSError, ValueError):
        return False


def check_output_folder(directory: Path) -> None:
    """The output folder must exist, or its parent must (it is created later); never a file."""
    from soc2cli.errors import InputError

    if directory.exists():
        if not directory.is_dir():
            raise InputError("the output path is a file; give a folder", file=str(directory))
        return
    parent = directory.parent if str(directory.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(
            "the output folder's parent does not exist; create it first", file=str(directory)
        )


def write_output(
    output: Path | None, data: str | bytes | list[str], *, announce: bool = True
) -> None:
    """``data`` to stdout, or atomically to ``output`` (opened only now that there is data). A
    list is a document in pieces, written in turn: a large one is never joined or encoded whole."""
    from soc2cli import files, ui

    if output is None:
        assert not isinstance(data, bytes)
        for piece in [data] if isinstance(data, str) else data:
            ui.write(piece)
        return
    check_not_an_input(output)
    pieces = [data] if isinstance(data, str | bytes) else data
    files.atomic_write(
        output, (p if isinstance(p, bytes) else p.encode("utf-8") for p in pieces), backup=False
    )
    if announce:
        ui.status(f"wrote {output}")
