"""Writing files without losing anything: atomic replace, backups, locks, and the temp files a
killed run leaves behind.

- A regular file is replaced atomically (temp file in the same folder, fsync, rename), keeping its
  mode and owner; through a symlink, the file it points to is the one replaced.
- A character device, a FIFO or /dev/stdout is written through, never replaced by a regular file.
- A read-only file is refused, never silently replaced.
- A failed write names the file the user asked for, and leaves it as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from soc2cli.errors import InputError, warn_user

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: saves are not locked there
    fcntl = None  # type: ignore[assignment]


class Backup(Enum):
    """What to keep of the version a write replaces."""

    none = "none"
    # The previous version (an assessment saved after every answer): FILE.bak beside it, or, in a
    # git work tree, NAME.<hash of its path>.bak in the cache's backups folder (see locations.py).
    rolling = "rolling"
    numbered = "numbered"  # FILE.bak, then FILE.bak.1, ...: a backup is never overwritten


MAX_BACKUPS = 50
# Our temp files: `.NAME.PID.XXXXXXXX.tmp` (PID since this version; before it, no PID).
_TEMP = re.compile(r"\.(?:bak(?:\.\d+)?\.)?(?:(?P<pid>\d+)\.)?[a-z0-9_]{8}\.tmp")
STALE_TEMP_SECONDS = 3600


Data = bytes | Iterable[bytes]
"""What ``atomic_write`` writes: bytes, or pieces of them (a generator is read once)."""


def atomic_write(path: Path, data: Data, *, backup: bool | Backup = True) -> None:
    """Write ``data`` (bytes, or pieces of bytes written in turn) to ``path`` without ever
    leaving a torn file.

    ``backup`` True keeps numbered backups (a backup is never overwritten), False none; a
    ``Backup`` says which. When a backup cannot be made, the write goes on with a warning.
    """
    kind = backup if isinstance(backup, Backup) else Backup.numbered if backup else Backup.none
    if _writes_through(path):
        _write_through(path, data)
        return
    real = Path(os.path.realpath(path))
    if not real.parent.is_dir():
        raise InputError("the folder to write into does not exist", file=str(path))
    info = _existing(real, path)
    clean_stale_temps(real.parent, real.name)
    try:
        tmp = _write_temp(real, data, info)
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        if info is not None and kind is not Backup.none:
            _keep_backup(real, path, kind)
        os.replace(tmp, real)
    except OSError as exc:
        _remove(tmp)
        raise write_error(path, exc) from None
    except BaseException:
        _remove(tmp)
        raise
    _sync_folder(real.parent)


def write_error(path: Path, exc: OSError) -> InputError:
    """The message for a write that failed, naming the file the user asked for."""
    reason = {
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "the disk quota is used up",
        errno.EFBIG: "the file would be larger than allowed (ulimit -f)",
        errno.EROFS: "the file system is read-only",
        errno.EACCES: "permission denied (the folder must be writable)",
        errno.EPERM: "operation not permitted",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return InputError(f"cannot write the file: {reason}; it was left as it was", file=str(path))


def _writes_through(path: Path) -> bool:
    """Whether ``path`` is a device, a FIFO or a /dev or /proc name, written in place."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and (stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)):
        kind = "a block device" if stat.S_ISBLK(mode) else "a socket"
        raise InputError(f"is {kind}, not a file; nothing was written", file=str(path))
    if mode is not None and stat.S_ISDIR(mode):
        raise InputError("is a folder; give a file name", file=str(path))
    if str(path).startswith(("/dev/", "/proc/")):
        return True
    return mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode))


def _write_through(path: Path, data: Data) -> None:
    try:
        with open(path, "wb") as handle:
            _put(handle, data)
    except OSError as exc:
        raise write_error(path, exc) from None


def _existing(real: Path, path: Path) -> os.stat_result | None:
    """The file about to be replaced, if any; a read-only one is refused."""
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise write_error(path, exc) from None
    # root may write anything: the file's own write bits say whether it is meant to change.
    writable = info.st_mode & 0o222 if os.geteuid() == 0 else os.access(real, os.W_OK)
    if not writable:
        raise InputError(
            "the file is read-only, so it was not replaced; make it writable (chmod u+w) to save",
            file=str(path),
        )
    return info


def _put(handle: BinaryIO, data: Data) -> None:
    if isinstance(data, bytes):
        handle.write(data)
    else:
        handle.writelines(data)


def _write_temp(real: Path, data: Data, info: os.stat_result | None) -> str:
    fd, tmp = tempfile.mkstemp(
        prefix=f".{real.name}.{os.getpid()}.", suffix=".tmp", dir=real.parent
    )
    try:
        if info is not None and (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
            with contextlib.suppress(OSError):  # only root may give a file away
                os.fchown(fd, info.st_uid, info.st_gid)
        # mkstemp makes the file private; give it the mode the file had, or the usual one.
        os.fchmod(fd, stat.S_IMODE(info.st_mode) if info is not None else _new_file_mode())
        with os.fdopen(fd, "wb") as handle:
            _put(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _remove(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def _sync_folder(directory: Path) -> None:
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


# --- backups -------------------------------------------------------------------------------------


def _keep_backup(real: Path, path: Path, kind: Backup) -> None:
    """Copy the current version aside; a failure is a warning, never a lost save."""
    first = rolling_backup(real) if kind is Backup.rolling else real.with_name(real.name + ".bak")
    bak = first
    try:
        current = real.read_bytes()
        if first.parent != real.parent:
            _private_folder(first.parent)
        target = _backup_target(real, first, current, kind)
        if target is not None:
            bak = target
            _copy(current, target, os.stat(real))
    except OSError as exc:
        # Beside the file it is named by its name; in the cache folder, by its whole path.
        shown = bak.name if bak.parent == real.parent else str(bak)
        warn_user(
            f"{path}: could not keep the previous version as {shown} "
            f"({exc.strerror or exc}); saved without a backup"
        )


def rolling_backup(real: Path) -> Path:
    """Where the previous version of the file at ``real`` (resolved) is kept: ``FILE.bak`` beside
    it, or, inside a git work tree, a file in the cache's backups folder named for its path, so
    no backup is ever committed (or left untracked) in the repository."""
    from soc2cli.files.locations import backup_folder, backup_name, in_git_work_tree

    if in_git_work_tree(real.parent):
        return backup_folder() / backup_name(real)
    return real.with_name(real.name + ".bak")


def _private_folder(folder: Path) -> None:
    """Create the backups folder readable by its owner only; OSError when it is not safe to use."""
    from soc2cli.files.locations import private_folder

    if not private_folder(folder):
        raise OSError(errno.EACCES, "the folder is not private to this user, or cannot be made")


def _backup_target(real: Path, first: Path, current: bytes, kind: Backup) -> Path | None:
    """Where the backup goes (``first``, or for numbered backups the first free ``first.N``);
    None when a backup with these bytes is already there."""
    if kind is Backup.rolling:
        return None if _holds(first, current) else first
    for number in range(MAX_BACKUPS + 1):
        candidate = first if number == 0 else first.with_name(f"{first.name}.{number}")
        if not os.path.lexists(candidate):
            return candidate
        if _holds(candidate, current):
            return None
    raise InputError(
        f"{MAX_BACKUPS + 1} backups ({first.name}, {first.name}.1, ...) already exist; "
        "remove the ones you no longer need. Nothing was written",
        file=str(real),
    )


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _copy(data: bytes, target: Path, info: os.stat_result) -> None:
    # A copy (not a rename) so the real file never disappears, even for an instant; it has the
    # original's owner and mode, so a backup is never readable by more people than the file.
    fd, tmp = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent
    )
    try:
        if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
            with contextlib.suppress(OSError):
                os.fchown(fd, info.st_uid, info.st_gid)
        os.fchmod(fd, stat.S_IMODE(info.st_mode))
        with os.fdopen(fd, "wb") as handle:
            _put(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        _remove(tmp)
        raise


# --- temp files a killed run left ----------------------------------------------------------------


def clean_stale_temps(directory: Path, name: str) -> None:
    """Remove our temp files for ``name`` whose writer is gone (kill -9, power cut)."""
    prefix = f".{name}."
    try:
        entries = [e for e in os.scandir(directory) if e.name.startswith(prefix)]
    except OSError:
        return
    for entry in entries:
        match = _TEMP.fullmatch(entry.name[len(prefix) - 1 :])
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = match.group("pid")
        with contextlib.suppress(OSError):
            if pid is not None:
                stale = not _alive(int(pid))
            else:  # written before temp names carried a PID: stale once old
                stale = time.time() - entry.stat().st_mtime > STALE_TEMP_SECONDS
            if stale:
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


# --- locks ---------------------------------------------------------------------------------------

LOCK_TIMEOUT_SECONDS = 15.0


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold ``FILE.lock`` beside ``path`` (through symlinks) for a read-modify-write.

    Another soc2 saving the same file waits for it, up to SOC2_LOCK_TIMEOUT seconds (default 15),
    then stops with a message naming the process that holds it. The lock is the kernel's (flock),
    so a killed process never leaves the file locked; the lock file is removed when done.
    """
    real = Path(os.path.realpath(path))
    lock_path = real.with_name(real.name + ".lock")
    if fcntl is None:  # pragma: no cover
        yield
        return
    fd = _acquire(lock_path, path, time.monotonic() + _lock_timeout())
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _lock_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get("SOC2_LOCK_TIMEOUT", LOCK_TIMEOUT_SECONDS)))
    except ValueError:
        return LOCK_TIMEOUT_SECONDS


def _acquire(lock_path: Path, path: Path, deadline: float) -> int:
    delay = 0.005
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
        except OSError as exc:
            raise InputError(
                f"cannot create the lock file {lock_path.name}: {exc.strerror}; nothing was saved",
                file=str(path),
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                raise InputError(
                    f"another soc2 process{holder} is saving this file (it holds "
                    f"{lock_path.name}); nothing was saved: try again when it has finished",
                    file=str(path),
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
            continue
        if _still_there(fd, lock_path):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            return fd
        os.close(fd)  # the holder before us removed it: lock the one at the path now


def _still_there(fd: int, lock_path: Path) -> bool:
    try:
        return os.stat(lock_path, follow_symlinks=False).st_ino == os.fstat(fd).st_ino
    except OSError:
        return False


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(os.pread(fd, 32, 0).decode("ascii").strip())
        return f" (pid {pid})"
    return ""
