"""Reading diff inputs: a file or a git revision (REV:PATH), holding an assessment or a JSON report."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from soc2cli.assessment import parse_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.errors import InputError
from soc2cli.report import Report
from soc2cli.scoring import score
from soc2cli.yamlio import MAX_BYTES, parse_yaml, read_text


def read_input(spec: str) -> str:
    """The text of ``spec``: a path, or ``REV:PATH`` read from git when no such file exists."""
    path = Path(spec)
    if path.exists() or ":" not in spec:
        return read_text(path, what="file")
    revision, _, name = spec.partition(":")
    try:
        proc = subprocess.run(
            ["git", "show", f"{revision}:{name}"], capture_output=True, timeout=60, check=False
        )
    except FileNotFoundError:
        raise InputError("git is not installed, so a revision cannot be read", file=spec) from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else "git show failed"
        if "not a git repository" in detail:
            detail = "not inside a git repository, so a revision cannot be read"
        raise InputError(detail.removeprefix("fatal: "), file=spec)
    if len(proc.stdout) > MAX_BYTES:
        raise InputError("file is too large", file=spec)
    try:
        return proc.stdout.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", file=spec) from None


def load_report(spec: str, catalogue: Catalogue, *, as_of: date, tool_version: str) -> Report:
    """A report from ``spec``: parsed as-is if it is a JSON report, scored if it is an assessment."""
    text = read_input(spec)
    doc = parse_yaml(text, spec)
    if isinstance(doc.data, dict) and "summary" in doc.data and "criteria" in doc.data:
        try:
            return Report.model_validate(doc.data)
        except ValidationError as exc:
            err = exc.errors()[0]
            path = tuple(p for p in err["loc"] if isinstance(p, str | int))
            raise doc.error(path, f"not a soc2 JSON report: {err['msg']}") from None
    assessment = parse_assessment(text, spec, catalogue)
    return score(catalogue, assessment, as_of=as_of, tool_version=tool_version)
