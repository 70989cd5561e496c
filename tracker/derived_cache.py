"""Derived results (flags, links, patches, saturation...) kept under ``.specdrift/`` between runs.

A warm ``specdrift flags`` or dashboard start-up reads these instead of re-reading every results
file, re-linking failures and re-running the analysis (issue 18). An entry is only ever valid for
the exact inputs it was computed from, so the file is named by a hash of all of them:

- the spec history: the sha of the spec repository's HEAD (a commit's files never change), and
  the export stream the repository is rebuilt from;
- every input file the settings name (results files and folders, failures, the environment
  catalog, ``links.csv``, Scout scans, the awareness validation set): small files by content,
  large ones by path, size and modification time (ns), so a rewrite of a file is noticed;
- the settings as validated (every threshold and path);
- the code: ``CACHE_VERSION``, the package version, and the path, size and modification time of
  every file of the ``tracker`` package (a checkout being edited changes results without a new
  version number; the awareness model's weights live there too).

A workspace with table sources (``[[benchmarks.tables]]``) is never stored: a table in a
database or warehouse cannot be hashed without reading it (a row count or a modification time is
not offered by every engine, and neither notices a row rewritten in place), and a key made of the
settings alone would serve last week's flags after the table changed. Its results are kept in
memory for the one process, and every command reads the tables afresh.

A link decision rewrites ``links.csv``, which changes the key: ``Workspace.record_link_decision``
starts a new cache and stores again only the results asked for with ``keep_on_decision`` (small
ones that do not read links); everything else is recomputed when next asked for. Any
cache file that cannot be read (truncated, from another Python, unpicklable) is ignored and
rebuilt. Each result is its own file, written atomically under its lock (``tracker._safe_files``),
so two processes storing results of the same inputs never mix them.

This module only decides *whether* a stored result can be reused; what is computed stays in the
workspace and the pure core.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from tracker._safe_files import Lease, exclusive_or_skip, replace_atomically, unleased

if TYPE_CHECKING:
    from tracker.workspace import Workspace

CACHE_VERSION = 2
"""Raise when the shape of a stored entry changes, so older files are never unpickled into it.
2: a flag's ``details`` is the typed ``FlagStatistics`` record, no longer a flat dict, and a
patch clause holds its ``changes`` as a list of kinds."""

PREFIX = "derived-"
SMALL_FILE = 1 << 20
"""Files up to this size are keyed by their content (cheap, and immune to coarse mtimes)."""
LOCK_TIMEOUT = 5.0
"""Seconds to wait for another writer of the same cache before skipping our write (the results
are still returned; the next run computes and stores them)."""
PACKAGE_ROOT = Path(__file__).resolve().parent

T = TypeVar("T")


def _walk(path: Path) -> Iterator[Path]:
    """``path`` itself, or every file under the folder ``path``, in a stable order."""
    if path.is_dir():
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                yield Path(folder) / name
    else:
        yield path


def _file_entry(path: Path) -> list[Any]:
    """What identifies one input file's state: its content hash if small, else size and mtime."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return [str(path), "absent"]
    if stat.st_size <= SMALL_FILE:
        try:
            digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
        except OSError:
            digest = "unreadable"
        return [str(path), stat.st_size, digest]
    return [str(path), stat.st_size, stat.st_mtime_ns]


def code_fingerprint(root: Path = PACKAGE_ROOT) -> str:
    """A hash of the path, size and modification time of every file of the ``tracker`` package."""
    digest = hashlib.blake2b(digest_size=16)
    for path in _walk(root):
        if path.suffix == ".pyc":
            continue
        with contextlib.suppress(FileNotFoundError):
            stat = path.stat()
            digest.update(
                f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("specdrift")
    except PackageNotFoundError:
        return "unknown"


def workspace_inputs(workspace: Workspace) -> dict[str, Any]:
    """Everything the derived results of ``workspace`` depend on, as plain JSON values."""
    settings = workspace.settings
    files: list[Path] = [*workspace.result_paths, *workspace.failure_paths, workspace.links_file]
    if workspace.catalog_path is not None:
        files.append(workspace.catalog_path)
    files.extend(workspace.path(scan) for scan in settings.benchmarks.scout.scans)
    validation = getattr(getattr(settings, "awareness", None), "validation", None)
    if validation:
        files.append(workspace.path(validation))
    spec: dict[str, Any] = {"present": workspace.has_spec}
    if workspace.has_spec:
        from tracker.history.reader import resolve_revision

        spec["head"] = resolve_revision(workspace.spec_repo, "HEAD")
        if settings.spec.export:
            spec["export"] = _file_entry(workspace.path(settings.spec.export))
    return {
        "cache_version": CACHE_VERSION,
        "package": _package_version(),
        "code": code_fingerprint(),
        "settings": settings.model_dump(mode="json"),
        "spec": spec,
        "files": [_file_entry(path) for top in files for path in _walk(top)],
    }


def inputs_key(inputs: dict[str, Any]) -> str:
    text = json.dumps(inputs, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class DerivedCache:
    """The stored derived results of one workspace's current inputs, by name.

    Each result is its own file in ``.specdrift/derived-<key>/``, so a command loads only what it
    reads (a warm ``flags`` does not unpickle the results table the dashboard stored). The key is
    computed on first use and kept: a workspace object sees one state of its inputs, and
    ``Workspace.forget`` drops this object so the next use hashes the files again.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._loaded: dict[str, Any] = {}
        self._kept: set[str] = set()
        self._memo: dict[str, Any] = {}
        self._cleaned = False
        self.hits: list[str] = []
        """Names served from a file (tests and benchmarks read this)."""
        self.stores = not workspace.settings.benchmarks.tables
        """False for a workspace with table sources: their content has no cheap key (above)."""

    @property
    def key(self) -> str:
        if "_key" not in self.__dict__:
            key = inputs_key(workspace_inputs(self.workspace))
            self.__dict__["_key"] = key
            # Held for as long as this object reads or writes the key's folder, so another
            # process's link decision does not remove the folder under it (``_remove_stale``).
            self._lease = Lease(self._lease_path(self.folder))
        return cast(str, self.__dict__["_key"])

    @staticmethod
    def _lease_path(folder: Path) -> Path:
        return folder.with_name(f".{folder.name}.lease")

    def release(self) -> None:
        """Stop holding this key's folder (``Workspace.forget``, before a new key is used)."""
        lease = self.__dict__.pop("_lease", None)
        if lease is not None:
            lease.release()

    @property
    def folder(self) -> Path:
        return self.workspace.cache_dir / f"{PREFIX}{self.key}"

    def path(self, name: str) -> Path:
        return self.folder / (re.sub(r"[^A-Za-z0-9._-]", "_", name) + ".pickle")

    def _read(self, name: str) -> tuple[bool, Any]:
        """(True, value) when ``name`` is stored for this key, else (False, None); a file that
        is absent, damaged or of another version or key counts as absent."""
        try:
            with self.path(name).open("rb") as stream:
                stored = pickle.load(stream)
        except Exception:  # any damaged or foreign cache is just recomputed
            return False, None
        if (
            not isinstance(stored, dict)
            or stored.get("version") != CACHE_VERSION
            or stored.get("key") != self.key
            or stored.get("name") != name
            or "value" not in stored
        ):
            return False, None
        return True, stored["value"]

    def get(self, name: str, compute: Callable[[], T], *, keep_on_decision: bool = False) -> T:
        """The stored ``name``, else ``compute()`` stored for the next run.

        ``keep_on_decision``: the result does not read links, and is small enough to store again
        under the new key after a link decision (``kept_on_decision``), so the next start after
        a decision still reads it; the rest is recomputed then.
        """
        if keep_on_decision:
            self._kept.add(name)
        if name in self._loaded:
            return cast(T, self._loaded[name])
        if not self.stores:
            self._loaded[name] = computed = compute()
            return computed
        found, value = self._read(name)
        if found:
            self.hits.append(name)
            self._loaded[name] = value
            return cast(T, value)
        computed = compute()
        self.put(name, computed)
        return computed

    def memo(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()`` kept in memory only, for as long as these inputs: an index that is quick
        to rebuild but read on every request, dropped with the cache when links.csv changes."""
        if name not in self._memo:
            self._memo[name] = compute()
        return cast(T, self._memo[name])

    def kept_on_decision(self) -> dict[str, Any]:
        """The loaded results asked for with ``keep_on_decision``, by name."""
        return {name: self._loaded[name] for name in sorted(self._kept) if name in self._loaded}

    def put(self, name: str, value: object) -> None:
        """Store ``name``; a busy, read-only or full cache is skipped (recomputed next time)."""
        self._loaded[name] = value
        if not self.stores:
            return
        path = self.path(name)
        try:
            data = pickle.dumps(
                {"version": CACHE_VERSION, "key": self.key, "name": name, "value": value},
                protocol=pickle.HIGHEST_PROTOCOL,
            )
            with exclusive_or_skip(path, LOCK_TIMEOUT) as locked:
                if locked:
                    replace_atomically(path, lambda stream: stream.write(data))
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            # A cache that cannot be written only costs recomputing next time; the result
            # itself is still correct.
            return
        self._remove_stale()

    def _remove_stale(self) -> None:
        """Delete the folders of other keys once: inputs that changed do not come back often
        enough to keep one folder per past state (each can be tens of MB on a large workspace)."""
        if self._cleaned:
            return
        self._cleaned = True
        for old in self.workspace.cache_dir.glob(f"{PREFIX}*"):
            if old == self.folder:
                continue
            lease = self._lease_path(old)
            with unleased(lease) as free:
                if not free:  # another process still reads it; a later store removes it
                    continue
                if old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        old.unlink()
                with contextlib.suppress(OSError):
                    lease.unlink()
