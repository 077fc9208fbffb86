"""Build only the part of the command tree that a run uses.

Typer turns every registered command into a click command (reading each function's signature
and annotations) before it parses a single argument: about 15 ms of CPU for the whole tree, more
than `soc2 --version` itself costs. A run names at most one command or group, so the app it is
given holds only that one; the root's own options, help and errors are unchanged.
"""

from __future__ import annotations

import copy

import typer
from typer.main import get_command_name

# The root options that take no value and do not print the root's help.
_ROOT_FLAGS = frozenset({"--debug", "--version"})


def app_for(app: typer.Typer, args: list[str]) -> typer.Typer:
    """``app`` with only the command or group that ``args`` name; ``app`` itself whenever the
    whole tree could show (the root's help, an unknown command or option, no arguments)."""
    name = next((arg for arg in args if arg not in _ROOT_FLAGS), None)
    if name is None:
        # Only root flags: `--version` prints and exits before any command is looked up.
        return _with(app, []) if "--version" in args else app
    if name.startswith("-"):
        return app
    commands = [
        c
        for c in app.registered_commands
        if c.callback is not None and (c.name or get_command_name(c.callback.__name__)) == name
    ]
    groups = [g for g in app.registered_groups if g.name == name]
    if len(commands) + len(groups) != 1:
        return app  # not a command: the full tree, for click's message
    return _with(app, commands, groups)


def _with(
    app: typer.Typer,
    commands: list[typer.models.CommandInfo],
    groups: list[typer.models.TyperInfo] | None = None,
) -> typer.Typer:
    pruned = copy.copy(app)
    pruned.registered_commands = commands
    pruned.registered_groups = groups or []
    return pruned
