"""A run builds only the command it names: the same output, exit code and messages as the whole
command tree gives, for every command, its help and its usage errors."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import typer
from test_cli_basics import _command_paths
from typer.testing import CliRunner

from soc2cli import __version__
from soc2cli.cli import Run, app, startup


def both(args: list[str]) -> None:
    runner = CliRunner()
    whole = runner.invoke(app, args, obj=Run())
    pruned = runner.invoke(startup.app_for(app, args), args, obj=Run())
    assert (pruned.exit_code, pruned.stdout, pruned.stderr) == (
        whole.exit_code,
        whole.stdout,
        whole.stderr,
    )
    assert type(pruned.exception) is type(whole.exception)


@pytest.mark.parametrize("path", [" ".join(p) for p in _command_paths()])
def test_every_command_reads_as_in_the_whole_tree(path: str) -> None:
    words = path.split()
    for args in (
        [*words, "--help"],
        ["--debug", *words, "--help"],
        [*words, "--no-such-option"],
        words,
        [*words, "a", "b", "c", "d"],
    ):
        both(args)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["--version"],
        ["--debug", "--version"],
        ["--version", "--help"],
        ["--debug"],
        ["repotr"],
        ["--no-such-option", "report"],
        ["--help", "report"],
        ["catalogue"],
        ["catalogue", "no-such-subcommand"],
    ],
)
def test_the_root_reads_as_in_the_whole_tree(args: list[str]) -> None:
    both(args)


def _names(app_: typer.Typer) -> list[str]:
    commands = [c.name or c.callback.__name__ for c in app_.registered_commands if c.callback]
    return commands + [str(g.name) for g in app_.registered_groups]


def test_only_the_named_command_is_built() -> None:
    assert _names(startup.app_for(app, ["report", "x.yaml"])) == ["report"]
    assert _names(startup.app_for(app, ["--debug", "catalogue", "list"])) == ["catalogue"]
    assert _names(startup.app_for(app, ["--version"])) == []
    # The root's help, and anything that is not a command, see the whole tree.
    assert startup.app_for(app, ["--help", "report"]) is app
    assert startup.app_for(app, ["repotr"]) is app
    assert startup.app_for(app, []) is app
    assert len(_names(app)) > 10


def test_the_installed_command_prints_its_version() -> None:
    soc2 = shutil.which("soc2")
    assert soc2 is not None
    done = subprocess.run([soc2, "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"soc2 {__version__}\n", "")
