"""The project's errors: expected failures that the CLI turns into one line and an exit code."""

from __future__ import annotations


class Soc2Error(Exception):
    """An expected failure; the CLI prints it on one line and exits with ``exit_code``."""

    exit_code = 2


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


class CatalogueError(Soc2Error):
    """A catalogue failed validation; carries every problem found, each already located."""

    def __init__(self, problems: list[InputError]) -> None:
        self.problems = problems
        first = problems[0].format() if problems else "invalid catalogue"
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first + more)


class UsageError(Soc2Error):
    """The command line asked for something that cannot be done."""


class FindingError(Soc2Error):
    """A finding the user asked to fail on (a regression, readiness under a threshold)."""

    exit_code = 1
