"""The one place that calls questionary: a Prompter for a person at a terminal."""

from __future__ import annotations

import shutil
import signal
import sys
import textwrap
from collections.abc import Callable, Sequence
from types import FrameType, TracebackType
from typing import Any

import questionary

from soc2cli.interview import Choice, Validator


def _adapt(validate: Validator | None) -> Callable[[str], bool | str]:
    def check(value: str) -> bool | str:
        problem = None if validate is None else validate(value)
        return True if problem is None else problem

    return check


class TerminalPrompter:
    """Asks with questionary; Ctrl-C raises KeyboardInterrupt so the caller can save and exit.

    Use it as a context manager: between questions the terminal turns Ctrl-C into SIGINT, and
    Python drops the KeyboardInterrupt if it lands while the garbage collector runs a callback.
    The handler also remembers it, and the next question raises it instead of asking.
    """

    def __init__(self) -> None:
        self._interrupted = False
        self._previous: Any = None

    def __enter__(self) -> TerminalPrompter:
        self._previous = signal.signal(signal.SIGINT, self._on_interrupt)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        signal.signal(signal.SIGINT, self._previous)

    def _on_interrupt(self, signum: int, frame: FrameType | None) -> None:
        self._interrupted = True
        raise KeyboardInterrupt

    def _check(self) -> None:
        if self._interrupted:
            raise KeyboardInterrupt

    def text(self, message: str, *, default: str = "", validate: Validator | None = None) -> str:
        self._check()
        # The default is shown, not pre-filled: typing replaces it, Enter keeps it.
        shown = f"{message} [{default}]" if default else message
        check = _adapt(validate)
        answer: str = questionary.text(
            shown, validate=lambda value: check(value or default)
        ).unsafe_ask()
        return answer or default

    def select(self, message: str, choices: Sequence[Choice], *, default: str | None = None) -> str:
        self._check()
        options = [questionary.Choice(title=c.title, value=c.value) for c in choices]
        answer: str = questionary.select(
            message,
            choices=options,
            default=default if default in {c.value for c in choices} else None,
            use_shortcuts=len(options) <= 36,
            use_indicator=True,
        ).unsafe_ask()
        return answer

    def checkbox(
        self, message: str, choices: Sequence[Choice], *, checked: Sequence[str] = ()
    ) -> list[str]:
        self._check()
        options = [
            questionary.Choice(title=c.title, value=c.value, checked=c.value in checked)
            for c in choices
        ]
        answer: list[str] = questionary.checkbox(message, choices=options).unsafe_ask()
        return answer

    def confirm(self, message: str, *, default: bool = True) -> bool:
        self._check()
        answer: bool = questionary.confirm(message, default=default).unsafe_ask()
        return answer

    def say(self, message: str) -> None:
        self._check()
        width = max(40, min(shutil.get_terminal_size((80, 24)).columns, 100) - 1)
        lines = [textwrap.fill(line, width) if line else "" for line in message.split("\n")]
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
