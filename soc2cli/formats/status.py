"""The one-screen status: readiness, top risks, key dates and how to get each deliverable.

Rendered as rich markup lines (``templates/status.txt.j2``): the terminal styles them, and piped
output is the same lines as plain text. Not a report format: it is what a person sees first.
"""

from __future__ import annotations

import shlex

from soc2cli.formats.common import context
from soc2cli.report import Report
from soc2cli.templating import render_template, tidy

SCREEN_WIDTH = 80


def render(report: Report, *, file: str, width: int = SCREEN_WIDTH) -> str:
    """The status of ``report`` as rich markup; ``file`` is the assessment as the user named it,
    quoted for the shell in the commands shown; ``width`` the screen's columns."""
    quoted = shlex.quote(file)
    return tidy(
        render_template("text", "status.txt.j2", file=quoted, width=width, **context(report))
    )
