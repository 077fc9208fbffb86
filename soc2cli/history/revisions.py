"""A file's revisions as the history commands replay them, and reading them from git."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from soc2cli.errors import InputError

# The size limit of the file loaders (yamlio.MAX_BYTES), restated to keep this module light.
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Revision:
    """The file as one commit left it. ``text`` is None when there is nothing to parse."""

    commit: str
    committed_at: datetime
    """Committer date, in the committer's own time zone."""
    author: str
    path: str
    text: str | None
    blob: str | None = None
    """The content id (git blob id): revisions with the same one are parsed and scored once."""
    subject: str = ""
    problem: str | None = None
    """Why ``text`` is None: the commit deleted the file, or its bytes are not UTF-8 text."""

    @property
    def as_of(self) -> date:
        """The date a point is scored as of: the commit's calendar day where it was committed."""
        return self.committed_at.date()

    @property
    def key(self) -> str:
        """The cache key: the blob id, else a hash of the text."""
        if self.blob is not None:
            return self.blob
        return "sha256:" + hashlib.sha256((self.text or "").encode()).hexdigest()


def decode(raw: bytes) -> tuple[str | None, str | None]:
    """(text, None) for UTF-8 text, else (None, why not): the rules of the file loaders."""
    if len(raw) > MAX_BYTES:
        return None, f"the file is too large ({len(raw)} bytes; the limit is {MAX_BYTES})"
    if b"\x00" in raw:
        return None, "the file is binary, expected UTF-8 YAML text"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, f"line {line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x})"


def read_revisions(
    file: Path, *, revision: str = "HEAD", first_parent: bool = False
) -> list[Revision]:
    """Every committed revision of ``file`` reachable from ``revision``, oldest first.

    Uncommitted changes in the working tree are not part of the history and are left out; a file
    no commit changed is an InputError.
    """
    from soc2cli.files import git

    changes = git.file_history(file, revision=revision, first_parent=first_parent)
    if not changes:
        raise InputError(
            f"no commit reachable from {revision} changes this file; commit it first",
            file=str(file),
        )
    blobs = git.read_blobs(file, (c.blob for c in changes if c.blob is not None))
    decoded = {blob: decode(raw) for blob, raw in blobs.items()}
    revisions = []
    for change in changes:
        text: str | None = None
        problem: str | None = "the commit deleted the file"
        if change.blob is not None:
            text, problem = decoded[change.blob]
        revisions.append(
            Revision(
                commit=change.commit,
                committed_at=change.committed_at,
                author=change.author,
                path=change.path,
                text=text,
                blob=change.blob,
                subject=change.subject,
                problem=problem,
            )
        )
    return revisions
