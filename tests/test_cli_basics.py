"""The CLI surface: version, help, schema, error handling."""

from __future__ import annotations

import json
import re

from conftest import REPO, run

from soc2cli import __version__


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"soc2 {__version__}\n"


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("catalogue", "report", "schema", "assess"):
        assert command in result.stdout


def test_every_command_has_help_and_is_in_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for args in (
        ["catalogue", "list"],
        ["catalogue", "show"],
        ["catalogue", "export"],
        ["catalogue", "validate"],
        ["report"],
        ["schema"],
        ["assess"],
        ["diff"],
        ["questionnaire", "export"],
        ["evidence", "add"],
        ["evidence", "list"],
        ["policies", "generate"],
        ["policies", "check"],
        ["describe"],
    ):
        result = run(*args, "--help")
        assert result.exit_code == 0, args
        assert "Usage:" in result.stdout
        assert f"soc2 {' '.join(args)}" in readme, f"README does not document soc2 {' '.join(args)}"


def test_schema_outputs_json_schema() -> None:
    for name, key in (("catalogue", "controls"), ("assessment", "scope"), ("report", "gaps")):
        result = run("schema", name)
        assert result.exit_code == 0
        schema = json.loads(result.stdout)
        assert schema["$schema"].startswith("https://json-schema.org/")
        assert key in schema["properties"]


def test_unknown_schema_is_usage_error() -> None:
    result = run("schema", "bogus")
    assert result.exit_code == 2


def test_missing_file_is_one_line_error_without_traceback(tmp_path) -> None:
    result = run("report", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'nope.yaml'}: assessment file not found"
    assert "Traceback" not in result.stderr


def test_version_string_is_semver_like() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", __version__)
