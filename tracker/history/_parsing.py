"""Parse the spec files of many versions: from the cache, from diffs, or from blobs.

Parsed clauses are cached by (path, blob sha). Blobs not in the cache are parsed either by
replaying ``git log -p`` over one file (long linear histories: the diffs are small, and only the
chunks an edit touched are parsed again), or from full blobs read by gitpython's persistent
``git cat-file --batch``. Both give the same clauses; the diff path is checked against blob shas.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import warnings
from collections.abc import Callable
from pathlib import Path

from tracker._safe_files import exclusive_or_skip, replace_atomically
from tracker.history._patches import PatchMismatch, PatchStream, apply_hunks, read_patches
from tracker.history.git import GitRepo
from tracker.spec._markdown import ChunkedLines
from tracker.spec.clauses import PARSER_VERSION, ClauseSplitter
from tracker.spec.models import Clause, SpecVersion

BlobKey = tuple[str, str]
"""(repository path, blob sha)."""

Progress = Callable[[int, int], None]
"""Called with (blobs parsed, blobs to parse) after each blob parsed."""
PATCH_THRESHOLD = 50
"""Replay diffs instead of reading blobs when more versions than this need parsing."""
VERIFY_EVERY = 64
"""On the diff path, check the rebuilt text against git's blob sha this often (and last)."""


CACHE_LOCK_WAIT = 5.0
"""Seconds a cache save waits for another process's save before it is skipped."""

FileIdentity = tuple[int, int, int] | None
"""(inode, size, mtime in ns) of a file, None when absent: tells whether it was replaced."""


class SpecEncodingWarning(UserWarning):
    """A spec file is not valid UTF-8; its undecodable bytes were replaced with U+FFFD."""


class ClauseCache:
    """Parsed clauses by (path, blob sha), in one pickle per clause marker and parser version.

    One file for all blobs lets pickle store each shared clause and text once, so the cache of
    a long history is about the size of its distinct text and loads in one read. The file is
    written by specdrift itself under the workspace's ``.specdrift/`` folder.
    """

    def __init__(self, cache_dir: Path | None, clause_marker: str | None) -> None:
        self.entries: dict[BlobKey, tuple[Clause, ...]] = {}
        self._path: Path | None = None
        self._dirty = False
        self._seen: FileIdentity = None
        if cache_dir is None:
            return
        # The record's fields are part of the key: a cache written before a field was added
        # to Clause would unpickle into records without it.
        fields = ",".join(Clause.model_fields)
        key = f"{PARSER_VERSION}\0{fields}\0{clause_marker or ''}"
        digest = hashlib.sha1(key.encode()).hexdigest()
        self._path = cache_dir / f"clauses-{digest[:16]}.pickle"
        self.entries, self._seen = _read_clause_cache(self._path)

    def put(self, key: BlobKey, clauses: tuple[Clause, ...]) -> None:
        self.entries[key] = clauses
        self._dirty = True

    def save(self) -> None:
        """Write the entries, merged with any another process saved since we loaded.

        Under the cache's lock file; when another process holds it for long, this save is
        skipped (the blobs are parsed again next time), and a disk error is only a warning.
        """
        if self._path is None or not self._dirty:
            return
        try:
            with exclusive_or_skip(self._path, CACHE_LOCK_WAIT) as held:
                if not held:
                    return
                if _identity(self._path) != self._seen:
                    on_disk, _ = _read_clause_cache(self._path)
                    self.entries = on_disk | self.entries
                entries = self.entries
                replace_atomically(
                    self._path,
                    lambda stream: pickle.dump(entries, stream, protocol=pickle.HIGHEST_PROTOCOL),
                )
                self._seen = _identity(self._path)
                self._dirty = False
        except OSError as exc:
            warnings.warn(f"could not write the clause cache {self._path}: {exc}", stacklevel=2)


def _identity(path: Path | int) -> FileIdentity:
    """The identity of the file at ``path`` or open as descriptor ``path``."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def _read_clause_cache(path: Path) -> tuple[dict[BlobKey, tuple[Clause, ...]], FileIdentity]:
    """The cached entries of ``path`` (empty when absent or unreadable) and its identity."""
    collecting = gc.isenabled()
    try:
        with path.open("rb") as handle:
            seen = _identity(handle.fileno())  # the file read, even if replaced meanwhile
            # Unpickling makes hundreds of thousands of objects and no cycles to collect: with
            # the collector off it takes about 40% less time (the warm re-run's largest part).
            gc.disable()
            loaded = pickle.load(handle)
    except Exception:
        # Absent, damaged or from an incompatible version: whatever pickle raises, the cache is
        # rebuilt as versions are parsed (never a traceback).
        return {}, _identity(path)
    finally:
        if collecting:
            gc.enable()
    return (loaded if isinstance(loaded, dict) else {}), seen


def decode_spec(content: bytes, path: str, commit: str) -> tuple[str, bool]:
    """The text, and whether it is exact (False: undecodable bytes replaced, with a warning)."""
    try:
        return content.decode("utf-8"), True
    except UnicodeDecodeError as exc:
        line = content.count(b"\n", 0, exc.start) + 1
        column = exc.start - (content.rfind(b"\n", 0, exc.start) + 1) + 1
        warnings.warn(
            SpecEncodingWarning(
                f"{path} at {commit[:7]}, line {line}, column {column}: byte "
                f"0x{content[exc.start]:02x} is not valid UTF-8; undecodable bytes were "
                "replaced with U+FFFD"
            ),
            stacklevel=2,
        )
        return content.decode("utf-8", "replace"), False


def blob_sha(text: str) -> str:
    data = text.encode("utf-8")
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def parse_versions(
    git: GitRepo,
    versions: list[SpecVersion],
    cache: ClauseCache,
    splitter: ClauseSplitter,
    *,
    walk: tuple[str, str | None, bool],
    progress: Progress | None,
) -> None:
    """Fill ``cache`` with the clauses of every (path, blob) of ``versions``."""
    first_seen: dict[BlobKey, str] = {}
    for version in versions:
        for key in version.files.items():
            if key not in cache.entries:
                first_seen.setdefault(key, version.commit)
    paths = {path for version in versions for path in version.files}
    parsed = _Counter(len(first_seen), progress)
    # Replay needs a linear history: each version's diff is against the version before it.
    linear = walk[2]
    if len(first_seen) > PATCH_THRESHOLD and len(paths) == 1 and linear:
        # A diff that does not apply leaves the rest to the blob path below.
        with contextlib.suppress(PatchMismatch):
            _replay_diffs(git, versions, cache, splitter, walk, parsed)
    for (path, sha), commit in first_seen.items():
        if (path, sha) not in cache.entries:
            text, _ = decode_spec(git.read_blob(sha), path, commit)
            cache.put((path, sha), tuple(splitter.split(text, file=path)))
            parsed.done((path, sha))


class _Counter:
    """Reports each blob once, however many times it is parsed (a replay may stop midway)."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self._total = total
        self._progress = progress
        self._seen: set[BlobKey] = set()

    def done(self, key: BlobKey) -> None:
        if self._progress is None or key in self._seen:
            return
        self._seen.add(key)
        self._progress(len(self._seen), self._total)


def _replay_diffs(
    git: GitRepo,
    versions: list[SpecVersion],
    cache: ClauseCache,
    splitter: ClauseSplitter,
    walk: tuple[str, str | None, bool],
    parsed: _Counter,
) -> None:
    """Parse every version of the single spec file by applying each commit's diff in turn."""
    tip, since, first_parent = walk
    (path,) = {p for version in versions for p in version.files}
    with read_patches(git, tip, since, path, first_parent=first_parent) as patches:
        _replay(git, versions, cache, splitter, path, patches, parsed)


def _replay(
    git: GitRepo,
    versions: list[SpecVersion],
    cache: ClauseCache,
    splitter: ClauseSplitter,
    path: str,
    patches: PatchStream,
    parsed: _Counter,
) -> None:
    document = ChunkedLines()
    exact = False  # whether document.lines is exactly the previous version's blob
    unverified: list[tuple[BlobKey, tuple[Clause, ...]]] = []
    last_rebuilt = ""  # blob sha of the version the document was last rebuilt to by a diff

    def verify() -> None:
        """Check the rebuilt text against its blob sha, then trust what was parsed from it."""
        if blob_sha("".join(document.lines)) != last_rebuilt:
            raise PatchMismatch(f"{path}: the text rebuilt from diffs differs from its blob")
        for key, clauses in unverified:
            cache.put(key, clauses)
        unverified.clear()

    for index, version in enumerate(versions):
        sha = version.files.get(path)
        if sha is None:
            if unverified:
                verify()
            exact = False
            continue
        hunks = patches.get(version.commit)
        rebuilt = False
        if hunks is not None and (exact or index == 0):
            try:
                lines, low, high = apply_hunks(document.lines, hunks)
            except PatchMismatch:
                pass
            else:
                document.update(lines, low, high)
                rebuilt = exact = True
                last_rebuilt = sha
        if not rebuilt:
            if unverified:
                verify()
            text, exact = decode_spec(git.read_blob(sha), path, version.commit)
            document.reset(text)
        if (path, sha) not in cache.entries:
            clauses = tuple(splitter.split_chunked(document.chunks, file=path))
            if rebuilt:
                unverified.append(((path, sha), clauses))
            else:
                cache.put((path, sha), clauses)
            parsed.done((path, sha))
        if rebuilt and index % VERIFY_EVERY == 0:
            verify()
    if unverified or last_rebuilt:
        verify()
