"""Where the tool keeps its own files: the cache folder, and the backups of assessments that
live in a git work tree (kept out of the repository, so they are never committed by accident)."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path


def cache_home() -> Path:
    """The cache folder: SOC2_CACHE_DIR, else soc2 under XDG_CACHE_HOME or ~/.cache."""
    if custom := os.environ.get("SOC2_CACHE_DIR"):
        return Path(custom)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "soc2"


def backup_folder() -> Path:
    """Where the backups of assessments inside a git work tree go."""
    return cache_home() / "backups"


def backup_name(real: Path) -> str:
    """The backup's name for the file at ``real`` (a resolved path): its own name, to recognise
    it, and a hash of its full path, so two clients' ``assessment.yaml`` never share a backup."""
    digest = hashlib.sha256(os.fsencode(real)).hexdigest()[:16]
    return f"{real.name}.{digest}.bak"


def in_git_work_tree(folder: Path) -> bool:
    """Whether ``folder`` is inside a git work tree: it or a folder above has a ``.git`` (a
    folder, or the file a linked work tree or submodule has). Found without running git: it is
    asked on every save of an interview."""
    return any(os.path.lexists(candidate / ".git") for candidate in (folder, *folder.parents))


def private_folder(path: Path) -> bool:
    """Create ``path`` (and missing parents) readable by its owner only; False when it cannot be
    trusted or made.

    An existing folder is trusted only if it is a folder, ours, and nobody else may write to it:
    what is read from it shapes every report. Any failure (read-only, a file in the way) is False.
    """
    try:
        missing = [p for p in (path, *path.parents) if not os.path.lexists(p)]
        for folder in reversed(missing):
            folder.mkdir(mode=0o700)
        info = path.stat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & 0o022
        and info.st_mode & 0o700 == 0o700
    )
