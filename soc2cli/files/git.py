"""Git plumbing for the history commands: which commits changed a file, and the blobs they wrote.

Self-contained on purpose (stdlib and ``soc2cli.errors`` only), so it can move into the module that
owns every file and git access without pulling the rest of the package along.

Dates are committer dates: the moment a change entered the history being replayed. The author
date can be far older (a rebased or cherry-picked commit), which would put points out of order.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from soc2cli.errors import InputError, UsageError

GIT_TIMEOUT_SECONDS = 120
# Record and field separators in the log format: never part of a hash, a date or (in practice) a name.
_RECORD = "\x1e"
_FIELD = "\x1f"
_LOG_FORMAT = f"{_RECORD}%H{_FIELD}%cI{_FIELD}%aN{_FIELD}%s"
_OBJECT_ID = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")
_NULL_ID = re.compile(r"^0+$")
# Keep the user's configuration from changing what the plumbing prints.
_QUIET_CONFIG = ("-c", "log.showSignature=false", "-c", "core.quotePath=false")


@dataclass(frozen=True)
class FileChange:
    """One commit that changed the file: who, when, where the file was, and the blob it wrote."""

    commit: str
    committed_at: datetime
    author: str
    subject: str
    path: str
    """The file's path at this commit, relative to the repository root."""
    blob: str | None
    """The blob id of the file after this commit; None when the commit deleted it."""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # Literal pathspecs: a file called ':(glob)*' is that file, not a pattern.
    env["GIT_LITERAL_PATHSPECS"] = "1"
    # Reading history must not take locks or rewrite the index of the user's checkout.
    env["GIT_OPTIONAL_LOCKS"] = "0"
    env.pop("GIT_DIR", None)
    env.pop("GIT_WORK_TREE", None)
    return env


def _run(
    args: Sequence[str], *, cwd: Path, file: Path | str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", *_QUIET_CONFIG, *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            timeout=GIT_TIMEOUT_SECONDS,
            check=False,
            env=_environment(),
        )
    except FileNotFoundError:
        raise InputError(
            "git is not installed, so the history cannot be read", file=str(file)
        ) from None
    except subprocess.TimeoutExpired:
        raise InputError(
            f"git did not answer within {GIT_TIMEOUT_SECONDS} seconds", file=str(file)
        ) from None
    except OSError as exc:
        raise InputError(f"cannot run git: {exc.strerror}", file=str(file)) from None


def _failure(proc: subprocess.CompletedProcess[bytes], file: Path | str) -> InputError:
    lines = [line.strip() for line in proc.stderr.decode("utf-8", "replace").splitlines()]
    # The "fatal:" line says what went wrong; hints and advice follow it.
    fatal = [line for line in lines if line.startswith(("fatal:", "error:"))]
    detail = (fatal or [line for line in lines if line] or [""])[0]
    detail = detail or f"git exited with status {proc.returncode}"
    if "not a git repository" in detail:
        detail = "not inside a git repository, so its history cannot be read"
    elif "does not have any commits yet" in detail or "bad revision 'HEAD'" in detail:
        detail = "the git repository has no commits yet"
    elif "dubious ownership" in detail:
        detail += " (git refuses a repository owned by another user: see git's safe.directory)"
    return InputError(detail.removeprefix("fatal: ").removeprefix("error: "), file=str(file))


class NotAtRevision(InputError):
    """``REV:PATH`` names a revision that exists, but PATH is not in it (a file added since)."""

    def __init__(self, message: str, *, file: str, revision: str) -> None:
        super().__init__(message, file=file)
        self.revision = revision


# git cat-file's words for a path the revision does not hold (the revision itself is fine).
_NOT_AT_REVISION = re.compile(r"path '.*' (?:exists on disk, but not in|does not exist in) '.*'")


def check_revision(revision: str) -> str:
    """Refuse a revision git could take for an option, or that cannot be a revision at all."""
    if not revision:
        raise UsageError("the revision is empty")
    if revision.startswith("-"):
        raise UsageError(f"{revision!r} is not a revision (a revision never starts with '-')")
    if any(c in revision for c in "\0\n\r"):
        raise UsageError(f"{revision!r} is not a revision (it holds a line break)")
    return revision


def show_file(spec: str) -> bytes:
    """The bytes of a file at a revision, ``spec`` being ``REV:PATH`` (PATH from the repository's
    top, or ``./PATH`` from here), read with ``git cat-file`` (no filters, no pager).

    The revision goes after ``--end-of-options``, so it can never be read as an option.
    """
    revision, _, name = spec.partition(":")
    if any(c in spec for c in "\0\n\r"):
        raise UsageError(f"{spec!r} holds a line break: it is neither a file nor REV:PATH")
    if not name:
        raise UsageError(
            f"{spec!r} is neither a file nor REV:PATH: name a file after the ':' "
            "(e.g. main:assessment.yaml)"
        )
    if revision:
        check_revision(revision)
    proc = _run(["cat-file", "blob", "--end-of-options", spec], cwd=Path("."), file=spec)
    if proc.returncode == 0:
        return proc.stdout
    error = _failure(proc, spec)
    if _NOT_AT_REVISION.match(error.message):
        error = NotAtRevision(
            f"{name!r} does not exist at {revision or 'the index'}", file=spec, revision=revision
        )
    elif "bad file" in error.message:
        error = InputError(
            f"{name!r} is a folder at {revision or 'the index'}, not a file", file=spec
        )
    elif "not inside a git repository" in error.message:
        error = InputError("not inside a git repository, so a revision cannot be read", file=spec)
    raise error


def _directory(file: Path) -> Path:
    directory = file.parent if str(file.parent) else Path(".")
    if not directory.is_dir():
        raise InputError("folder not found", file=str(file))
    return directory


def repository_root(file: Path) -> Path:
    """The top of the working tree that holds ``file``; InputError outside a repository."""
    directory = _directory(file)
    proc = _run(["rev-parse", "--show-toplevel"], cwd=directory, file=file)
    if proc.returncode != 0:
        raise _failure(proc, file)
    return Path(os.fsdecode(proc.stdout.rstrip(b"\n")))


def is_shallow(file: Path) -> bool:
    """Whether the clone holding ``file`` is shallow, so its history stops early (CI checkouts)."""
    proc = _run(["rev-parse", "--is-shallow-repository"], cwd=_directory(file), file=file)
    if proc.returncode != 0:
        raise _failure(proc, file)
    return proc.stdout.strip() == b"true"


def file_history(
    file: Path, *, revision: str = "HEAD", first_parent: bool = False
) -> list[FileChange]:
    """Every commit reachable from ``revision`` that changed ``file``, oldest first, across renames.

    Merge commits count when they changed the file against a parent (a conflict resolved by hand);
    ``first_parent`` keeps to the main line, so side-branch commits appear only as their merges.
    """
    check_revision(revision)
    repository_root(file)  # the clear "not a git repository" error, before anything else
    args = [
        "log",
        "--follow",
        "-m",  # show merges that changed the file, once per parent: deduplicated below
        "--no-abbrev",
        "--raw",
        "-z",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        f"--format={_LOG_FORMAT}",
    ]
    if first_parent:
        args.append("--first-parent")
    args += ["--end-of-options", revision, "--", file.name]
    proc = _run(args, cwd=_directory(file), file=file)
    if proc.returncode != 0:
        raise _failure(proc, file)
    return list(reversed(parse_log(proc.stdout)))


def parse_log(output: bytes) -> list[FileChange]:
    """Parse ``git log -z --raw --format=<_LOG_FORMAT>`` output, newest first as git prints it."""
    changes: list[FileChange] = []
    seen: set[str] = set()
    header: list[str] | None = None
    tokens = output.split(b"\0")
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        text = token.lstrip(b"\n")
        if text.startswith(_RECORD.encode()):
            header = text[1:].decode("utf-8", "replace").split(_FIELD, 3)
            continue
        if not text.startswith(b":") or header is None:
            continue
        # ":<old mode> <new mode> <old blob> <new blob> <status>", then one path, or two for
        # renames and copies (old, new).
        meta = text[1:].decode("ascii", "replace").split(" ")
        status = meta[4] if len(meta) > 4 else "M"
        paths = 2 if status[:1] in ("R", "C") else 1
        path = os.fsdecode(tokens[i + paths - 1]) if i + paths - 1 < len(tokens) else ""
        i += paths
        commit, committed, author, subject = [*header, "", "", ""][:4]
        if commit in seen:
            continue  # a merge printed once per parent: the blob it wrote is the same
        seen.add(commit)
        blob = meta[3] if len(meta) > 3 else ""
        changes.append(
            FileChange(
                commit=commit,
                committed_at=datetime.fromisoformat(committed),
                author=author,
                subject=subject,
                path=path,
                blob=None if status.startswith("D") or _NULL_ID.match(blob) else blob,
            )
        )
    return changes


def read_blobs(file: Path, blobs: Iterable[str]) -> dict[str, bytes]:
    """The contents of each blob id, read by one ``git cat-file --batch`` process."""
    wanted = list(dict.fromkeys(blobs))
    for blob in wanted:
        if not _OBJECT_ID.match(blob):
            raise UsageError(f"{blob!r} is not a git object id")
    if not wanted:
        return {}
    request = "".join(f"{blob}\n" for blob in wanted).encode()
    # communicate() writes and reads together, so a long list cannot fill both pipes and hang.
    proc = _run(["cat-file", "--batch"], cwd=_directory(file), file=file, stdin=request)
    if proc.returncode != 0:
        raise _failure(proc, file)
    out = proc.stdout
    contents: dict[str, bytes] = {}
    pos = 0
    for blob in wanted:
        end = out.index(b"\n", pos)
        head = out[pos:end].decode("ascii", "replace").split(" ")
        pos = end + 1
        if len(head) != 3 or head[1] != "blob":
            raise InputError(f"git object {blob} is missing from the repository", file=str(file))
        size = int(head[2])
        contents[blob] = out[pos : pos + size]
        pos += size + 1  # the newline after the contents
    return contents


def read_at(file: Path, revision: str) -> bytes:
    """The bytes of ``file`` (a path in the working tree) as it was at ``revision``."""
    check_revision(revision)
    repository_root(file)
    proc = _run(
        ["cat-file", "blob", "--end-of-options", f"{revision}:./{file.name}"],
        cwd=_directory(file),
        file=file,
    )
    if proc.returncode != 0:
        raise _failure(proc, file)
    return proc.stdout
