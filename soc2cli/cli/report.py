"""`soc2 report FILE`: score the assessment and write the report in a format."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from soc2cli.cli.options import (
    AssessmentArg,
    BrandingOpt,
    CatalogueOpt,
    OutputOpt,
    TemplateDirOpt,
    as_of,
    check_output_path,
    load_catalogue,
    write_output,
)
from soc2cli.formats import Format

if TYPE_CHECKING:
    from soc2cli.branding import Branding
    from soc2cli.catalogue import Catalogue
    from soc2cli.report import Report

FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: md; without -o on a terminal, a one-screen summary).",
        show_default=False,
    ),
]
FailUnderOpt = Annotated[
    float | None,
    typer.Option(
        "--fail-under",
        min=0,
        max=100,
        metavar="PCT",
        help="Exit 1 when readiness (percent) is below this.",
    ),
]
PlanFromOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Plan from this date (default: SOURCE_DATE_EPOCH or today)."),
]
FrameworkOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--framework",
        metavar="NAME",
        help="Framework coverage in detail: iso27001, nist-csf, hipaa, pci-dss or gdpr (repeatable).",
        show_default=False,
    ),
]
PoliciesOpt = Annotated[
    Path | None,
    typer.Option(
        "--policies",
        metavar="DIR",
        help="A folder of policies (soc2 policies generate): missing or overdue ones become gaps.",
        show_default=False,
    ),
]
CapacityOpt = Annotated[
    float | None,
    typer.Option(
        "--capacity",
        min=0.5,
        metavar="DAYS",
        help="Person-days a week the team spends on remediation "
        "(default: scope.capacity_days_per_week, else 5).",
        show_default=False,
    ),
]
RequireCompleteOpt = Annotated[
    bool,
    typer.Option(
        "--require-complete",
        help="Exit 1 when the assessment is a draft (applicable controls still unanswered).",
    ),
]


def report(
    file: AssessmentArg,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    fail_under: FailUnderOpt = None,
    as_of_date: PlanFromOpt = None,
    framework: FrameworkOpt = None,
    policies: PoliciesOpt = None,
    capacity: CapacityOpt = None,
    require_complete: RequireCompleteOpt = False,
    branding: BrandingOpt = None,
    template_dir: TemplateDirOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Score the gaps and write the report and remediation plan (Markdown to stdout by default).

    On a terminal, without --format and -o, a one-screen summary instead (as `soc2 status`).
    """
    from soc2cli import __version__, ui
    from soc2cli.assessment import load_assessment, unknown_id_warnings
    from soc2cli.branding import find_branding
    from soc2cli.errors import UsageError
    from soc2cli.scoring import score

    start = as_of(as_of_date)
    check_output_path(output)
    focus = [_framework(name) for name in framework or []]
    brand = find_branding(file, branding)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat, strict_ids=True)  # AC-6 for AC-06 is an error
    for warning in unknown_id_warnings(assessment, cat, str(file)):
        ui.warn(warning)
    result = score(
        cat,
        assessment,
        as_of=start,
        tool_version=__version__,
        capacity_days_per_week=capacity,
        frameworks=focus,
    )
    if policies is not None:
        from soc2cli.policies import with_policy_gaps

        result = with_policy_gaps(result, policies, cat, assessment, start)
    if fmt is None and output is None and ui.stdout_is_terminal():
        from soc2cli.cli.status import show

        show(file, result)
        _finish(file, result, require_complete=require_complete, fail_under=fail_under, shown=True)
        return
    fmt = fmt or Format.md
    if output is None and fmt.binary:
        raise UsageError(f"--format {fmt.value} writes a binary file: give one with -o FILE")
    write_output(output, _render(result, fmt, cat, brand, template_dir))
    _finish(file, result, require_complete=require_complete, fail_under=fail_under)


def _render(
    result: "Report",
    fmt: Format,
    cat: "Catalogue",
    brand: "Branding | None",
    template_dir: Path | None,
) -> str | bytes | list[str]:
    """The document; Jinja loads only when the format renders a template (not for JSON)."""
    from soc2cli.formats import render

    if fmt is Format.json:  # in pieces, written in turn (a 100x report is 55 MB of text)
        from soc2cli.formats import json

        return json.pieces(result)
    if template_dir is None:
        return render(result, fmt, cat, branding=brand)
    from soc2cli.templating import user_templates

    with user_templates(template_dir):
        return render(result, fmt, cat, branding=brand)


def _framework(name: str) -> str:
    from soc2cli.catalogue import FRAMEWORK_ALIASES, framework_id
    from soc2cli.errors import UsageError

    found = framework_id(name)
    if found is None:
        raise UsageError(
            f"--framework: unknown framework {name!r}; expected one of {', '.join(FRAMEWORK_ALIASES)}"
        )
    return found


def _finish(
    file: Path,
    result: "Report",
    *,
    require_complete: bool,
    fail_under: float | None,
    shown: bool = False,
) -> None:
    """The warnings after the report, and the exit 1 the user asked for, if any; ``shown`` when
    the summary on the screen already says it is a draft."""
    from soc2cli import ui
    from soc2cli.errors import FindingError
    from soc2cli.labels import report_type_label

    for warning in result.warnings:
        ui.warn(f"{file}: {warning}")
    summary = result.summary
    unanswered = summary.applicable - summary.answered
    if summary.draft and not shown:
        ui.warn(
            f"{file}: draft: {unanswered} of {summary.applicable} "
            "applicable controls not yet answered"
        )
    if require_complete and summary.draft:
        raise FindingError(
            f"{file} is a draft: {unanswered} applicable controls are unanswered (--require-complete)"
        )
    if fail_under is not None and (readiness := summary.readiness * 100) < fail_under:
        raise FindingError(
            f"{report_type_label(summary.report_type)} readiness {readiness:.1f} % "
            f"is below --fail-under {fail_under:g} %"
        )


def register(app: typer.Typer) -> None:
    app.command("report")(report)
