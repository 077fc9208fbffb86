"""Every help screen reads like a well-kept CLI's: placeholders, not Python types; whole
descriptions; examples; and a did-you-mean for a mistyped choice."""

from __future__ import annotations

import re

import pytest
from conftest import run
from test_cli_basics import _command_paths

WIDE = {"COLUMNS": "80"}


@pytest.mark.parametrize("path", [" ".join(p) for p in _command_paths()])
def test_help_shows_placeholders_and_examples(path: str) -> None:
    result = run(*path.split(), "--help", env=WIDE)
    assert result.exit_code == 0
    text = result.stdout
    # No Python types ("<str>", "<list[Path]>", "<float range>") and no braces in the usage line.
    assert not re.search(r"<[a-z][a-z \[\]|,_-]*>", text, re.IGNORECASE), text
    usage = text.splitlines()[0]
    assert usage.startswith(f"Usage: soc2 {path} [OPTIONS]")
    assert "{" not in usage and "[[" not in usage and "......" not in usage
    assert "\nExamples:\n" in text
    examples = text.split("\nExamples:\n", 1)[1].splitlines()
    assert examples and all(line.startswith(f"  soc2 {path}") for line in examples if line)
    assert all(len(line) <= 80 for line in text.splitlines() if not line.startswith("  -f, --f"))


def test_assess_help() -> None:
    text = run("assess", "--help", env=WIDE).stdout
    assert text.startswith("Usage: soc2 assess [OPTIONS] [FILE]...\n")
    flowing = " ".join(text.split())
    assert (
        "--section SECTION Only this section: a domain (access_control), a control prefix (AC), "
        "a criterion series (CC6) or a criterion (CC6.1)." in flowing
    )
    assert "--import WORKBOOK" in text and "--catalogue DIR" in text


def test_the_command_list_never_cuts_a_description() -> None:
    text = run("--help", env=WIDE).stdout
    commands = text.split("\nCommands:\n", 1)[1]
    assert "..." not in commands
    flowing = " ".join(commands.split())
    assert (
        "report Score the gaps and write the report and remediation plan "
        "(Markdown to stdout by default)." in flowing
    )


def test_report_options_name_what_they_take() -> None:
    text = run("report", "--help", env=WIDE).stdout
    for option in ("--fail-under PCT", "--as-of DATE", "--framework NAME", "--capacity DAYS"):
        assert option in text


def test_a_mistyped_choice_gets_a_did_you_mean(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run("report", str(tmp_path / "a.yaml"), "--format", "hmtl")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--format' / '-f': 'hmtl' is not one of md, html, json, csv, "
        "junit, xlsx, evidence, summary, summary-html, ics, oscal-ar, oscal-poam; "
        "did you mean 'html'?"
    )
    result = run("diff", "a", "b", "--format", "markdown")
    assert result.exit_code == 2
    # Nothing close enough to suggest: the choices alone.
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--format' / '-f': 'markdown' is not one of text, md, json"
    )


def test_a_mistyped_argument_is_named_as_in_the_usage_line() -> None:
    result = run("schema", "assesment")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == "Usage: soc2 schema [OPTIONS] NAME"
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for 'NAME': 'assesment' is not one of catalogue, assessment, "
        "report, checks; did you mean 'assessment'?"
    )
