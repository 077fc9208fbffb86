"""`soc2 import prowler|checks` and `soc2 waive`: evidence from scanners, and accepted exceptions."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from soc2cli.cli.options import CatalogueOpt, load_catalogue, sub_app

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue
    from soc2cli.scanners.importer import ImportOutcome
    from soc2cli.scanners.records import Waiver
    from soc2cli.scanners.summary import ImportSummary

app = sub_app("Evidence from scanners: record their results per control (SPEC 7.1).")

FileOpt = Annotated[
    Path, typer.Option("--file", help="The assessment file to record the results in.")
]
ApplyOpt = Annotated[
    bool,
    typer.Option(
        "--apply",
        help="Also raise unanswered or unknown controls to implemented where every mapped "
        "check passes (never to operating).",
    ),
]
ResultsArg = Annotated[
    list[Path],
    typer.Argument(
        metavar="RESULTS...", help="Prowler output files: JSON-OCSF or CSV, one or more."
    ),
]


@app.command("prowler")
def import_prowler(
    results: ResultsArg,
    file: FileOpt = Path("assessment.yaml"),
    apply: ApplyOpt = False,
    catalogue: CatalogueOpt = None,
) -> None:
    """Import Prowler's findings (JSON-OCSF or CSV, detected from the content)."""
    from soc2cli.assessment import load_assessment

    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    mapping = cat.check_map("prowler")
    # Every file is read and checked before anything is written.
    summaries = [_read_prowler(path, mapping, assessment.waivers) for path in results]
    _finish(file, cat, assessment, summaries, apply=apply)


@app.command("checks")
def import_checks(
    results: Annotated[
        Path, typer.Argument(help="A results file in the checks format (soc2 schema checks).")
    ],
    file: FileOpt = Path("assessment.yaml"),
    apply: ApplyOpt = False,
    catalogue: CatalogueOpt = None,
) -> None:
    """Import any scanner's results in soc2's small checks format."""
    from soc2cli import files
    from soc2cli.assessment import load_assessment
    from soc2cli.dates import now_utc
    from soc2cli.scanners import checks
    from soc2cli.scanners.summary import summarise

    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    doc = files.load_yaml(results, what="results file")
    parsed = checks.parse_checks(doc.data, str(results), doc.locate)
    for index, result in enumerate(parsed.results):
        for position, control in enumerate(result.controls):
            if cat.control(control) is None:
                raise doc.error(
                    ("results", index, "controls", position), f"unknown control {control!r}"
                )
    summary = summarise(
        checks.findings(parsed),
        source=parsed.source,
        file=results.name,
        sha256=files.sha256_of(results),
        mapping=checks.mapping(parsed),
        waivers=assessment.waivers,
        fallback_time=now_utc(),
    )
    _finish(file, cat, assessment, [summary], apply=apply)


def _read_prowler(
    path: Path, mapping: dict[str, dict[str, list[str]]], waivers: "list[Waiver]"
) -> "ImportSummary":
    from soc2cli import files, ui
    from soc2cli.dates import now_utc
    from soc2cli.errors import InputError
    from soc2cli.scanners import prowler
    from soc2cli.scanners.summary import summarise

    progress = ui.Progress(f"reading {path.name}")
    try:
        with files.open_scan(path) as stream:
            return summarise(
                prowler.read_findings(stream, str(path), progress=progress),
                source="prowler",
                file=path.name,
                sha256=files.sha256_of(path),
                mapping=mapping,
                waivers=waivers,
                fallback_time=now_utc(),
            )
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8 text", file=str(path)) from None
    finally:
        progress.close()


def _finish(
    file: Path,
    cat: "Catalogue",
    assessment: object,
    summaries: "list[ImportSummary]",
    *,
    apply: bool,
) -> None:
    from soc2cli.assessment import Assessment, save_assessment
    from soc2cli.dates import now_utc
    from soc2cli.scanners.importer import merge_import

    assert isinstance(assessment, Assessment)
    outcome = merge_import(assessment, summaries, cat, apply=apply, now=now_utc())
    save_assessment(outcome.assessment, file, cat)
    _print_outcome(file, summaries, outcome, apply=apply)


def _print_outcome(
    file: Path, summaries: "list[ImportSummary]", outcome: "ImportOutcome", *, apply: bool
) -> None:
    from soc2cli import ui

    fresh = {scan.sha256 for scan in outcome.imported}
    for summary in summaries:
        scan = summary.scan
        if scan.sha256 not in fresh:
            ui.line(f"{scan.file}: already imported ({scan.sha256[:12]}); nothing changed")
            continue
        providers = ", ".join(scan.providers) or "unknown provider"
        ui.line(
            f"{scan.file}: {scan.findings} finding(s) from {scan.source} ({providers}), scanned "
            f"{scan.scanned_at.date().isoformat()}; results for {len(summary.results)} "
            f"control(s) recorded in {file}"
        )
        if scan.unknown_checks_total:
            listed = ", ".join(scan.unknown_checks[:5])
            more = "" if scan.unknown_checks_total <= 5 else ", ..."
            ui.warn(
                f"{scan.file}: {scan.unknown_checks_total} check id(s) not in the mapping, "
                f"counted only through their SOC 2 criteria: {listed}{more}"
            )
        for provider in summary.unknown_providers:
            ui.warn(f"{scan.file}: no check mapping for provider {provider!r}")
    if not outcome.proposals:
        return
    applied = set(outcome.applied)
    ui.line("")
    ui.line("Applied:" if apply else "Proposed changes (soc2 import ... --apply makes the raises):")
    for p in outcome.proposals:
        mark = "applied" if p.control in applied else p.action
        ui.line(f"  {p.control:8} {mark:8} {p.message}")


def waive(
    check: Annotated[
        str, typer.Argument(help="The scanner's check id, e.g. s3_bucket_public_access.")
    ],
    reason: Annotated[str, typer.Option("--reason", help="Why the failure is accepted.")],
    until: Annotated[
        str | None,
        typer.Option("--until", help="The last day the waiver holds (YYYY-MM-DD); none: open."),
    ] = None,
    provider: Annotated[
        str, typer.Option("--provider", help="Only for this provider (aws, azure, ...).")
    ] = "",
    file: FileOpt = Path("assessment.yaml"),
    catalogue: CatalogueOpt = None,
) -> None:
    """Accept a scanner check's failures as an exception, with a reason and an expiry."""
    from soc2cli import ui
    from soc2cli.assessment import load_assessment, save_assessment
    from soc2cli.dates import parse_date
    from soc2cli.errors import UsageError
    from soc2cli.scanners.importer import add_waiver
    from soc2cli.scanners.records import Waiver

    if not reason.strip():
        raise UsageError("--reason cannot be empty: say why the failure is accepted")
    if not check.strip() or check.startswith("-"):
        raise UsageError(f"{check!r} is not a check id")
    end = parse_date(until, "--until") if until else None
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    waiver = Waiver(
        check=check.strip(), reason=reason.strip(), until=end, provider=provider.strip().lower()
    )
    save_assessment(add_waiver(assessment, waiver), file, cat)
    controls = sorted(
        c for c, results in assessment.automated.items() if any(check in r.checks for r in results)
    )
    scope = f" ({waiver.provider})" if waiver.provider else ""
    limit = f" until {end.isoformat()}" if end else ""
    ui.line(
        f"waived {waiver.check}{scope}{limit} in {file}"
        + (f"; it affects {', '.join(controls)}" if controls else "")
    )


def register(parent: typer.Typer) -> None:
    parent.add_typer(app, name="import")
    parent.command("waive")(waive)
