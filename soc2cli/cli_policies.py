"""`soc2 policies generate|check` and `soc2 describe`: parse options, call the core, write files.

Only typer is imported at module level, so `soc2 --version` stays cheap.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from soc2cli.cli_options import CatalogueOpt

policies_app = typer.Typer(
    help="Draft the policy pack from an assessment, and check a folder of policies.",
    no_args_is_help=True,
)

AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of", help="Date to work from (default: SOURCE_DATE_EPOCH or today), YYYY-MM-DD."
    ),
]


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


def _check_output_folder(directory: Path) -> None:
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


@policies_app.command("generate")
def policies_generate(
    file: Annotated[Path, typer.Argument(help="The assessment file.")],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="Folder to write the policies into; created if its parent exists.",
        ),
    ],
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace files that differ from the drafts (the old ones become .bak)."
        ),
    ] = False,
    as_of: AsOfOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Draft the Markdown policy pack the scope needs, from the assessment."""
    from soc2cli import ui
    from soc2cli.assessment import atomic_write, load_assessment
    from soc2cli.cli import _as_of, _load_catalogue
    from soc2cli.errors import UsageError
    from soc2cli.policies import generate

    start = _as_of(as_of)
    _check_output_folder(output)
    cat = _load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    drafts = generate(cat, assessment, start)
    planned: list[tuple[Path, bytes]] = []
    conflicts: list[str] = []
    unchanged = 0
    for draft in drafts:
        path = output / draft.filename
        data = draft.text.encode("utf-8")
        if path.exists():
            if path.is_file() and path.read_bytes() == data:
                unchanged += 1
                continue
            if not force or not path.is_file():
                conflicts.append(draft.filename)
                continue
        planned.append((path, data))
    if conflicts:
        raise UsageError(
            f"{len(conflicts)} file(s) in {output} differ from the new drafts: "
            f"{', '.join(conflicts)}; nothing was written. Rerun with --force to replace them "
            "(each old version is kept as FILE.bak)"
        )
    output.mkdir(exist_ok=True)
    for path, data in planned:
        atomic_write(path, data, backup=True)
    policies = [d for d in drafts if d.id != "policy-index"]
    open_items = sum(d.to_complete for d in policies)
    ui.status(
        f"wrote {len(planned)} file(s) to {output} ({unchanged} unchanged): "
        f"{len(policies)} policies and the index README.md"
    )
    ui.status(
        f"{open_items} item(s) to complete: see the 'To complete' list at the top of each policy"
    )


@policies_app.command("check")
def policies_check(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Folder of policy files.")],
    assessment_file: Annotated[
        Path | None,
        typer.Option(
            "--assessment",
            help="Assessment whose scope sets the expected policies (default: only the "
            "always-required ones).",
        ),
    ] = None,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", help="text for people, json for machines.")
    ] = CheckFormat.text,
    as_of: AsOfOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Report missing policies, overdue reviews and controls without a policy; exit 1 if any."""
    import json

    from soc2cli.assessment import load_assessment
    from soc2cli.cli import _as_of, _load_catalogue
    from soc2cli.errors import FindingError
    from soc2cli.policies import check

    start = _as_of(as_of)
    cat = _load_catalogue(catalogue)
    assessment = load_assessment(assessment_file, cat) if assessment_file is not None else None
    findings = check(directory, cat, assessment, start)
    if fmt is CheckFormat.json:
        sys.stdout.write(
            json.dumps(
                {"as_of": start.isoformat(), "findings": [f.to_dict() for f in findings]},
                indent=2,
                sort_keys=True,
            )
            + "\n"
        )
    else:
        for finding in findings:
            sys.stdout.write(f"{finding.kind.value}: {finding.message}\n")
        if not findings:
            sys.stdout.write(
                f"{directory}: every expected policy is present, valid and within its review date\n"
            )
    if findings:
        counts: dict[str, int] = {}
        for finding in findings:
            counts[finding.kind.value] = counts.get(finding.kind.value, 0) + 1
        summary = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())
        raise FindingError(f"{len(findings)} policy problem(s) in {directory}: {summary}")


def describe_command(
    file: Annotated[Path, typer.Argument(help="The assessment file.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    as_of: AsOfOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Draft the system description section of a SOC 2 report, with gaps marked for the author."""
    from soc2cli import __version__, ui
    from soc2cli.assessment import atomic_write, load_assessment
    from soc2cli.cli import _as_of, _check_output_path, _load_catalogue
    from soc2cli.describe import describe
    from soc2cli.scoring import score

    start = _as_of(as_of)
    if output is not None:
        _check_output_path(output)
    cat = _load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    report = score(cat, assessment, as_of=start, tool_version=__version__)
    text = describe(cat, assessment, report)
    if output is None:
        sys.stdout.write(text)
        return
    atomic_write(output, text.encode("utf-8"), backup=False)
    ui.status(f"wrote {output}")


def register(app: typer.Typer) -> None:
    """Add the `policies` command group and the `describe` command to ``app``."""
    app.add_typer(policies_app, name="policies")
    app.command("describe")(describe_command)
