"""A small on-disk cache of parsed catalogues, as JSON validated back through the models.

An entry's key is a hash of the tool version, the pydantic version, the code that shapes the result
and every input file's path and bytes, so an edited catalogue (or tool) is never served stale; an
entry is stored under the key of the bytes that were parsed, so an edit racing a run cannot file a
result under the wrong key. Only data is stored, never code: an entry planted in the folder can at
worst be a miss. SOC2_NO_CACHE=1 turns the cache off; SOC2_CACHE_DIR moves it. The newest few
entries are kept. Any failure to read, validate or write an entry is a miss: the work is simply
redone. A folder that is not ours or that others may write to is not used; an entry that is not a
plain file of ours (a FIFO, a link) is never opened for reading.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TypeVar

import pydantic

from soc2cli import files
from soc2cli._version import __version__

KEEP = 8  # entries of each kind; an entry is a few hundred kB

Model = TypeVar("Model", bound=pydantic.BaseModel)


def cache_dir() -> Path | None:
    """Where cached entries live, or None when caching is off."""
    from soc2cli.files.locations import cache_home

    if os.environ.get("SOC2_NO_CACHE"):
        return None
    return cache_home()


def key_for(kind: str, inputs: Iterable[Path], contents: Mapping[Path, bytes] | None = None) -> str:
    """A key over the tool and pydantic versions and the path and bytes of every input file.

    ``contents`` gives the bytes of inputs already read (the ones that were parsed); the others are
    read now. The order of the inputs does not matter. Raises OSError when an input cannot be
    read: then there is nothing to cache.
    """
    digest = hashlib.sha256(f"{kind}\0{__version__}\0{pydantic.VERSION}\0".encode())
    for path in sorted(set(inputs), key=str):
        data = contents[path] if contents is not None and path in contents else None
        digest.update(str(path).encode() + b"\0")
        digest.update(files.load_bytes(path) if data is None else data)
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def load(kind: str, key: str, model: type[Model]) -> Model | None:
    """The cached ``model`` for ``key``, or None on any miss (absent, unreadable, invalid)."""
    directory = cache_dir()
    if directory is None or not files.private_folder(directory):
        return None
    data = files.read_entry(directory / f"{kind}-{key}.json")
    if data is None:
        return None
    try:
        return model.model_validate_json(data)
    except Exception:  # whatever is wrong with an entry, it is only a miss
        return None


def store(kind: str, key: str, value: pydantic.BaseModel) -> None:
    """Keep ``value`` for ``key``, and only the newest entries of ``kind``."""
    directory = cache_dir()
    if directory is None or not files.private_folder(directory):
        return
    files.write_entry(directory / f"{kind}-{key}.json", value.model_dump_json().encode())
    files.keep_newest(directory.glob(f"{kind}-*.json"), KEEP)
