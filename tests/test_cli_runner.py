"""The Typer app driven through Typer's own CliRunner, as the framework's users would test it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from soc2cli.cli import app

runner = CliRunner()


def test_catalogue_list_json_through_cli_runner() -> None:
    result = runner.invoke(
        app, ["catalogue", "list", "--format", "json", "--category", "availability"]
    )
    assert result.exit_code == 0
    assert [c["id"] for c in json.loads(result.stdout)] == ["A1.1", "A1.2", "A1.3"]


def test_validate_through_cli_runner() -> None:
    result = runner.invoke(app, ["catalogue", "validate"])
    assert result.exit_code == 0
    assert "is valid: 61 criteria" in result.stdout


def test_usage_error_through_cli_runner() -> None:
    result = runner.invoke(app, ["report", "--format", "pdf", "x.yaml"])
    assert result.exit_code == 2
    assert "pdf" in result.output
