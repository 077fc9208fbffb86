"""`soc2 policies generate|check`: draft the policy pack, and check a folder of policies."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from soc2cli.cli.options import (
    AsOfOpt,
    AssessmentArg,
    BrandingOpt,
    CatalogueOpt,
    TemplateDirOpt,
    as_of,
    check_output_folder,
    load_catalogue,
    sub_app,
)

app = sub_app("Draft the policy pack from an assessment, and check a folder of policies.")


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


FolderOpt = Annotated[
    Path,
    typer.Option(
        "-o", "--output", help="Folder to write the policies into; created if its parent exists."
    ),
]
ForceOpt = Annotated[
    bool,
    typer.Option(
        "--force", help="Replace files that differ from the drafts (the old ones become .bak)."
    ),
]


@app.command("generate")
def policies_generate(
    file: AssessmentArg,
    output: FolderOpt,
    force: ForceOpt = False,
    as_of_date: AsOfOpt = None,
    branding: BrandingOpt = None,
    template_dir: TemplateDirOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Draft the Markdown policy pack the scope needs, from the assessment."""
    from soc2cli import ui
    from soc2cli.assessment import load_assessment
    from soc2cli.branding import find_branding
    from soc2cli.policies import branded, generate, write_pack
    from soc2cli.templating import user_templates

    start = as_of(as_of_date)
    check_output_folder(output)
    brand = find_branding(file, branding)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(file, cat)
    with user_templates(template_dir):
        drafts = generate(cat, assessment, start)
        if brand is not None:
            drafts = branded(drafts, brand)
    done = write_pack(drafts, output, force=force)
    ui.status(
        f"wrote {done.written} file(s) to {output} ({done.unchanged} unchanged): "
        f"{done.policies} policies and the index README.md"
    )
    ui.status(
        f"{done.open_items} item(s) to complete: see the 'To complete' list at the top of each policy"
    )


@app.command("check")
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
    as_of_date: AsOfOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    """Report missing policies, overdue reviews and controls without a policy; exit 1 if any."""
    from soc2cli import ui
    from soc2cli.assessment import load_assessment
    from soc2cli.errors import FindingError
    from soc2cli.labels import finding_kind_label
    from soc2cli.policies import check

    start = as_of(as_of_date)
    cat = load_catalogue(catalogue)
    assessment = load_assessment(assessment_file, cat) if assessment_file is not None else None
    findings = check(directory, cat, assessment, start)
    if fmt is CheckFormat.json:
        import json  # here, not at the top: every run of soc2 imports this module

        payload = {"as_of": start.isoformat(), "findings": [f.to_dict() for f in findings]}
        ui.write(json.dumps(payload, indent=2, sort_keys=True) + "\n")
    else:
        for finding in findings:
            ui.write(f"{finding_kind_label(finding.kind)}: {finding.message}\n")
        if not findings:
            ui.write(
                f"{directory}: every expected policy is present, valid and within its review date\n"
            )
    if findings:
        counts: dict[str, int] = {}
        for finding in findings:
            label = finding_kind_label(finding.kind)
            counts[label] = counts.get(label, 0) + 1
        summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        raise FindingError(f"{len(findings)} policy problem(s) in {directory}: {summary}")
