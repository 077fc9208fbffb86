"""The project's errors: expected failures that the CLI turns into a message and an exit code."""

from __future__ import annotations

import warnings


class Soc2Error(Exception):
    """An expected failure; the CLI writes ``for_terminal()`` to stderr and exits ``exit_code``."""

    exit_code = 2

    def for_terminal(self) -> str:
        """What the command line prints for it: one `error:` line."""
        return f"error: {self}\n"


class InputError(Soc2Error):
    """Bad input: names the file, the place in it, and what was expected."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        key_path: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.key_path = key_path
        super().__init__(self.format())

    def format(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.key_path:
            where += f": {self.key_path}"
        return f"{where}: {self.message}"


class InputErrors(InputError):
    """Several located problems in one input; the command line prints each on its own line.

    It reads as its first problem where one line is wanted, so it is caught as an InputError.
    """

    SHOWN = 20

    def __init__(self, problems: list[InputError]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(
            first.message,
            file=first.file,
            line=first.line,
            column=first.column,
            key_path=first.key_path,
        )

    def format(self) -> str:
        more = len(self.problems) - 1
        if not more:
            return self.problems[0].format()
        return f"{self.problems[0].format()} (and {more} more problem{'s' if more > 1 else ''})"

    def for_terminal(self) -> str:
        lines = [f"error: {problem.format()}\n" for problem in self.problems[: self.SHOWN]]
        hidden = len(self.problems) - self.SHOWN
        if hidden > 0:
            lines.append(
                f"error: {self.file or '<input>'}: and {hidden} more "
                f"problem{'s' if hidden > 1 else ''} (fix these first)\n"
            )
        return "".join(lines)


class CatalogueError(Soc2Error):
    """A catalogue failed validation; carries every problem found, each already located.

    Shown as the first problem and a count, or, with ``itemise``, one line per problem.
    """

    def __init__(self, problems: list[InputError], *, itemise: bool = False) -> None:
        self.problems = problems
        self.itemise = itemise
        first = problems[0].format() if problems else "invalid catalogue"
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first + more)

    def for_terminal(self) -> str:
        if not self.itemise:
            return super().for_terminal()
        return "".join(f"error: {problem.format()}\n" for problem in self.problems)


class UsageError(Soc2Error):
    """The command line asked for something that cannot be done."""


class Interrupted(Soc2Error):
    """Ctrl-C in the middle of a flow; the message says what was kept and how to go on."""

    exit_code = 130

    def for_terminal(self) -> str:
        # The prompt that was cut off leaves the cursor mid-line.
        return f"\n{self}\n"


class FindingError(Soc2Error):
    """A finding the user asked to fail on (a regression, readiness under a threshold)."""

    exit_code = 1


class Soc2Warning(UserWarning):
    """Something the user should know that does not stop the command (a backup that could not be
    made, a comment that could not be kept); the command line prints it as a `warning:` line."""


def warn_user(message: str) -> None:
    """Tell the user ``message`` as a warning, from any layer (the core never prints)."""
    warnings.warn(message, Soc2Warning, stacklevel=2)
