"""Parse the spec files of many versions: from the cache, from diffs, or from blobs.

Parsed clauses are cached by (path, blob sha). Blobs not in the cache are parsed either by
replaying ``git log -p`` over one file (long linear histories: the diffs are small, and only the
chunks an edit touched are parsed again), or from full blobs read by one ``git cat-file
--batch`` process. Both give the same clauses; the diff path is checked against blob shas.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import subprocess
import warnings
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from tracker._safe_files import exclusive_or_skip, replace_atomically
from tracker.errors import SpecHistoryError
from tracker.history._patches import PatchMismatch, apply_hunks, read_patches
from tracker.spec._markdown import ChunkedLines
from tracker.spec.clauses import PARSER_VERSION, ClauseSplitter
from tracker.spec.models import Clause, SpecVersion

BlobKey = tuple[str, str]
"""(repository path, blob sha)."""

PROGRESS_THRESHOLD = 300
"""Parsing more blobs than this shows a progress bar (when asked to)."""
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
    try:
        with path.open("rb") as handle:
            seen = _identity(handle.fileno())  # the file read, even if replaced meanwhile
            loaded = pickle.load(handle)
    except Exception:
        # Absent, damaged or from an incompatible version: whatever pickle raises, the cache is
        # rebuilt as versions are parsed (never a traceback).
        return {}, _identity(path)
    return (loaded if isinstance(loaded, dict) else {}), seen


class BlobReader:
    """One ``git cat-file --batch`` process answering blob requests one at a time."""

    def __init__(self, repo: Path) -> None:
        self._repo = repo
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._process is not None:
            assert self._process.stdin is not None
            assert self._process.stdout is not None
            self._process.stdin.close()
            self._process.stdout.close()
            self._process.wait()

    def read(self, sha: str) -> bytes:
        if self._process is None:
            self._process = subprocess.Popen(
                ["git", "-C", str(self._repo), "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write(f"{sha}\n".encode())
        self._process.stdin.flush()
        header = self._process.stdout.readline().decode().split()
        if len(header) < 3:
            raise SpecHistoryError(f"{self._repo}: git cat-file: object {sha} is missing")
        content = self._process.stdout.read(int(header[2]))
        self._process.stdout.read(1)
        return content


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
    repo: Path,
    versions: list[SpecVersion],
    cache: ClauseCache,
    splitter: ClauseSplitter,
    *,
    walk: tuple[str, str | None, bool],
    progress: Callable[[int], None],
) -> None:
    """Fill ``cache`` with the clauses of every (path, blob) of ``versions``."""
    first_seen: dict[BlobKey, str] = {}
    for version in versions:
        for key in version.files.items():
            if key not in cache.entries:
                first_seen.setdefault(key, version.commit)
    paths = {path for version in versions for path in version.files}
    with BlobReader(repo) as blobs:
        # Replay needs a linear history: each version's diff is against the version before it.
        linear = walk[2]
        if len(first_seen) > PATCH_THRESHOLD and len(paths) == 1 and linear:
            # A diff that does not apply leaves the rest to the blob path below.
            with contextlib.suppress(PatchMismatch):
                _replay_diffs(repo, versions, cache, splitter, blobs, walk, progress)
        for (path, sha), commit in first_seen.items():
            if (path, sha) not in cache.entries:
                text, _ = decode_spec(blobs.read(sha), path, commit)
                cache.put((path, sha), tuple(splitter.split(text, file=path)))
                progress(len(first_seen))


def _replay_diffs(
    repo: Path,
    versions: list[SpecVersion],
    cache: ClauseCache,
    splitter: ClauseSplitter,
    blobs: BlobReader,
    walk: tuple[str, str | None, bool],
    progress: Callable[[int], None],
) -> None:
    """Parse every version of the single spec file by applying each commit's diff in turn."""
    tip, since, first_parent = walk
    (path,) = {p for version in versions for p in version.files}
    patches = read_patches(repo, tip, since, path, first_parent=first_parent)
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
            text, exact = decode_spec(blobs.read(sha), path, version.commit)
            document.reset(text)
        if (path, sha) not in cache.entries:
            clauses = tuple(splitter.split_chunked(document.chunks, file=path))
            if rebuilt:
                unverified.append(((path, sha), clauses))
            else:
                cache.put((path, sha), clauses)
            progress(len(versions))
        if rebuilt and index % VERIFY_EVERY == 0:
            verify()
    if unverified or last_rebuilt:
        verify()
