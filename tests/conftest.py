"""Shared test helpers: the CLI runner, a file-tree builder and sample assessments."""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from soc2cli.catalogue import Catalogue, load_catalogue

REPO = Path(__file__).resolve().parent.parent
# Tests never read or write the user's real cache.
os.environ["SOC2_CACHE_DIR"] = tempfile.mkdtemp(prefix="soc2-test-cache-")


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


def run(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> Result:
    """Run the real entry point in-process, with its own streams and environment."""
    from soc2cli.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved_env = dict(os.environ)
    saved_stdin = sys.stdin
    os.environ.update(env or {})
    sys.stdin = io.StringIO(stdin)
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main(list(args))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        sys.stdin = saved_stdin
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="session")
def builtin() -> Catalogue:
    return load_catalogue().catalogue


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Create files under ``root`` from a {relative path: text} mapping (text is dedented)."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def assessment_doc(
    *,
    report_type: str = "type1",
    categories: list[str] | None = None,
    answers: dict[str, Any] | None = None,
    **scope: Any,
) -> dict[str, Any]:
    doc_scope: dict[str, Any] = {
        "organization": "Example Co",
        "report_type": report_type,
        "categories": categories or ["security"],
        "hosting": "cloud",
    }
    if report_type == "type2":
        doc_scope["observation_period"] = {"start": "2027-03-01", "end": "2027-08-31"}
    doc_scope.update(scope)
    return {"schema_version": 1, "scope": doc_scope, "answers": answers or {}}


def write_assessment(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.com",
}


def git(repo: Path, *args: str) -> None:
    """Run git in ``repo`` with a fixed identity."""
    import subprocess

    subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, env={**os.environ, **GIT_ENV}
    )


OVERLAY_CONTROL = """
controls:
  - id: {id}
    title: {title}
    description: A control added by an overlay.
    domain: access_control
    type: technical
    frequency: quarterly
    criteria: [{criterion}]
    question: Do you do the extra thing?
    guidance:
      good: Good looks like the extra thing being done every quarter and recorded.
      auditor_asks: The auditor asks for the quarterly record of the extra thing.
    evidence: [Quarterly record, Ticket export]
    remediation: [Start doing the extra thing.]
    effort_days: 1
    priority: low
    owner: IT Lead
"""


def all_answers(catalogue: Catalogue, status: str) -> dict[str, Any]:
    return {c.id: {"status": status} for c in catalogue.controls}


# A long fuzzing run outside CI: HYPOTHESIS_PROFILE=fuzz pytest tests/test_hostile.py
from hypothesis import settings as _settings  # noqa: E402

_settings.register_profile("ci", max_examples=200, deadline=None)
_settings.register_profile("fuzz", max_examples=5000, deadline=None)
_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
