"""Writing workspace files so that neither a crash nor a second process loses or mixes them.

Every file specdrift writes into a workspace (``links.csv``, the caches under ``.specdrift/``)
goes through here:

- ``replace_atomically`` writes a temporary file in the same folder, flushes it to disk and
  renames it over the target, so a reader sees the old file or the new one, never half of one.
- ``exclusive`` holds a lock file beside the target for a read-modify-write, so two processes
  updating the same file take turns instead of the later rename dropping the earlier change
  (issue 13). The lock is an OS lock (``flock`` through the ``filelock`` library): the kernel
  releases it when its process dies, so a crashed run never leaves the workspace locked; the
  lock file itself stays in place, empty, so that every waiter locks the same inode.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import filelock

from tracker.errors import WorkspaceBusyError

POLL_INTERVAL = 0.005
"""Seconds between attempts on a busy lock. filelock's default of 50 ms would make a waiter lose
nearly every race against a writer that locks again at once, and our writes take milliseconds."""


def lock_path(path: Path) -> Path:
    """The lock file of ``path``: hidden, beside it (``links.csv`` -> ``.links.csv.lock``)."""
    return path.with_name(f".{path.name}.lock")


def _acquire(lock: Path, timeout: float) -> filelock.FileLock | None:
    """The held lock, or None when another holder kept it for ``timeout`` seconds."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    holder = filelock.FileLock(str(lock))
    try:
        holder.acquire(timeout=timeout, poll_interval=POLL_INTERVAL)
    except filelock.Timeout:
        return None
    return holder


@contextlib.contextmanager
def exclusive(path: Path, timeout: float, lock: Path | None = None) -> Iterator[None]:
    """Hold the lock of ``path`` (or the lock file ``lock``) for the ``with`` block.

    Waits at most ``timeout`` seconds for another holder, then raises ``WorkspaceBusyError``
    naming the file.
    """
    lock = lock or lock_path(path)
    holder = _acquire(lock, timeout)
    if holder is None:
        raise WorkspaceBusyError(
            f"{path}: another process has held its lock ({lock}) for more than {timeout:g} s; "
            "try again once the other specdrift command (or the dashboard's write) has finished"
        )
    try:
        yield
    finally:
        holder.release()


@contextlib.contextmanager
def exclusive_or_skip(path: Path, timeout: float, lock: Path | None = None) -> Iterator[bool]:
    """Like ``exclusive``, but yields False instead of raising when the lock stays busy.

    For caches: a write that another process is already making can be skipped, as it only
    costs the work of recomputing later.
    """
    holder = _acquire(lock or lock_path(path), timeout)
    if holder is None:
        yield False
        return
    try:
        yield True
    finally:
        holder.release()


class Lease:
    """A shared OS lock on ``path`` held while a process reads what it guards.

    A folder of derived results may be removed by another process once its inputs changed
    (a link decision gives the cache a new key); a process still reading that folder holds a
    lease on it, and the remover takes the folder only when it can lock it exclusively
    (``unleased``). ``flock`` locks of one file conflict across open files even within one
    process, so a process must ``release`` its own lease before removing that folder.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:  # a read-only workspace: nothing there can be removed by us either
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
        except OSError:
            os.close(fd)
            return
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file releases its lock
            self._fd = None

    def __del__(self) -> None:
        self.release()


@contextlib.contextmanager
def unleased(path: Path) -> Iterator[bool]:
    """Yield True while holding ``path`` exclusively (no process holds a ``Lease`` on it), else
    False at once: the caller then leaves what the lease guards in place."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def replace_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Replace ``path`` with what ``write`` puts into a binary stream, atomically.

    Temporary file ``.<name>.<random>.tmp`` in the same folder (a rename across file systems
    would not be atomic), flushed with fsync, renamed over ``path``, then the folder is flushed
    so the rename itself survives a power cut. On any error the temporary file is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            # mkstemp creates 0600; keep the permissions the user gave the file.
            os.chmod(temporary, path.stat().st_mode & 0o777)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (a rename or unlink) to disk; POSIX only, a no-op elsewhere."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def link_tree(source: Path, target: Path) -> None:
    """Hard-link every file under ``source`` into a new folder ``target``.

    Built under a temporary name beside ``target`` and renamed into place, so a reader never
    sees half of it; a ``target`` that another process made first stays (the rename fails).
    """
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.rmtree(temporary, ignore_errors=True)
    try:
        temporary.mkdir(parents=True)
        for path in sorted(source.rglob("*")):
            copy = temporary / path.relative_to(source)
            if path.is_dir():
                copy.mkdir(parents=True, exist_ok=True)
            else:
                copy.parent.mkdir(parents=True, exist_ok=True)
                os.link(path, copy)
        os.replace(temporary, target)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
