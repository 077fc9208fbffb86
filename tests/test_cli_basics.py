"""The CLI surface: version, help, schema, error handling."""

from __future__ import annotations

import json
from typing import Any

from conftest import REPO, run

from soc2cli import __version__


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"soc2 {__version__}\n"


def _command_paths() -> list[list[str]]:
    """Every command of the app, as the words that invoke it: derived, never listed by hand."""
    import typer

    from soc2cli.cli import app

    def walk(command: Any, path: list[str]) -> list[list[str]]:
        subcommands = getattr(command, "commands", None)  # a group of commands
        if subcommands is None:
            return [path]
        return [p for name, sub in subcommands.items() for p in walk(sub, [*path, name])]

    return walk(typer.main.get_command(app), [])


def test_the_command_list_is_complete() -> None:
    paths = {" ".join(p) for p in _command_paths()}
    assert {"catalogue list", "report", "schema", "assess", "diff", "describe"} <= paths
    assert len(paths) >= 14


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for top in {p[0] for p in _command_paths()}:
        assert top in result.stdout


def test_every_command_has_help_and_is_in_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for args in _command_paths():
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


def test_version_is_the_installed_distribution_version() -> None:
    from importlib.metadata import version

    assert version("soc2cli") == __version__


def test_a_run_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    before = gc.get_threshold()
    assert run("schema", "report").exit_code == 0
    assert gc.get_threshold() == before
