"""A small on-disk cache for work that depends only on file contents (parsed catalogues).

Entries are keyed by a hash of the tool version and every input file's path and bytes, so an
edited catalogue is never served stale. SOC2_NO_CACHE=1 turns the cache off; SOC2_CACHE_DIR
moves it. Failing to read or write the cache is never an error: the work is simply redone.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from soc2cli._version import __version__


def cache_dir() -> Path | None:
    """Where cached entries live, or None when caching is off."""
    if os.environ.get("SOC2_NO_CACHE"):
        return None
    if custom := os.environ.get("SOC2_CACHE_DIR"):
        return Path(custom)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "soc2"


def key_for(kind: str, files: Iterable[Path]) -> str:
    digest = hashlib.sha256(f"{kind}\0{__version__}\0".encode())
    for path in files:
        digest.update(str(path).encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def load(kind: str, key: str) -> Any | None:
    directory = cache_dir()
    if directory is None:
        return None
    try:
        with open(directory / f"{kind}-{key}.pickle", "rb") as handle:
            return pickle.load(handle)
    except Exception:  # a missing, partial or incompatible entry is just a miss
        return None


def store(kind: str, key: str, value: Any) -> None:
    directory = cache_dir()
    if directory is None:
        return
    with contextlib.suppress(Exception):
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, directory / f"{kind}-{key}.pickle")
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
