"""Read the versions of the spec files from a git repository, as parsed versions.

One ``git log`` lists the commits that touch the spec files (following renames), one
``git cat-file --batch`` streams every blob not already parsed, and parsed clauses are cached
under the workspace's ``.specdrift/`` folder keyed by blob sha, so a re-run parses nothing twice.
"""

from __future__ import annotations

import re
import subprocess
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from tracker.errors import SpecHistoryError
from tracker.history._links import (
    LINK_MODE,
    LinkProblem,
    LinkResolver,
    SpecSymlinkWarning,
    spec_paths,
)
from tracker.history._log import LoggedCommit, describe_commit, walk_commits
from tracker.history._parsing import (
    PROGRESS_THRESHOLD,
    ClauseCache,
    parse_versions,
)
from tracker.history.repository import inspect_repository, run_git
from tracker.spec.clauses import ClauseSplitter
from tracker.spec.models import Clause, ParsedVersion, SpecVersion

_RELEASE_IN_SUBJECT = re.compile(
    r"\brelease\b[\s:_-]*(?P<name>\d{4}-\d{2}-\d{2}|v?\d+(?:\.\d+)+[\w.+-]*)", re.I
)
_VERSION_IN_SUBJECT = re.compile(r"(?:^|[\s(\[])(?P<name>v\d+(?:\.\d+)+[\w.+-]*)")
_REVISION_IN_SUBJECT = re.compile(r"\brev(?:ision)?\.?\s*(?P<number>\d+)\b", re.I)


def release_from_subject(subject: str) -> str | None:
    """``Release 2025-10-27`` -> ``2025-10-27``; ``... (rev 2 - ...)`` adds `` rev 2``."""
    match = _RELEASE_IN_SUBJECT.search(subject) or _VERSION_IN_SUBJECT.search(subject)
    if match is None:
        return None
    name = match.group("name").rstrip(".")
    revision = _REVISION_IN_SUBJECT.search(subject, match.end())
    return f"{name} rev {revision.group('number')}" if revision else name


def _open_repository(repo: Path) -> bool:
    """Check that ``repo`` is a git repository, bare or not (one git call); whether shallow."""
    if not repo.exists():
        raise SpecHistoryError(f"{repo}: no such folder (expected a git repository)")
    info = inspect_repository(repo)
    if info is None or not info.top:
        raise SpecHistoryError(f"{repo}: not a git repository (expected the spec's repository)")
    return info.shallow


def resolve_revision(repo: Path, revision: str) -> str:
    """The full sha of ``revision`` (sha, branch, tag, ``:/message``...), or a SpecHistoryError."""

    def rev_parse(spec: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "--verify", "-q", "--end-of-options", spec],
            capture_output=True,
            text=True,
            check=False,
        )

    # Two steps, so ``:/message`` works: a ``^{commit}`` suffix would become part of its regex.
    named = rev_parse(revision)
    peeled = rev_parse(named.stdout.strip() + "^{commit}") if named.returncode == 0 else named
    if peeled.returncode != 0:
        if not run_git(repo, "for-each-ref", "--count=1").strip():
            raise SpecHistoryError(f"{repo}: the repository is empty (no commits yet)")
        raise SpecHistoryError(
            f"{repo}: unknown revision {revision!r} (not a commit, branch or tag)"
        )
    return peeled.stdout.strip()


def _check_shallow(repo: Path, tip: str, since: str | None) -> None:
    """A shallow clone whose cut falls inside the walked range cannot give the full history."""
    shallow_file = Path(run_git(repo, "rev-parse", "--git-path", "shallow").decode().strip())
    if not shallow_file.is_absolute():
        shallow_file = repo / shallow_file
    cut = set(shallow_file.read_text().split()) if shallow_file.is_file() else set()
    walked = run_git(repo, "rev-list", tip, *([f"^{since}"] if since else [])).decode().split()
    if cut & set(walked):
        raise SpecHistoryError(
            f"{repo}: a shallow clone, so the spec's history is cut; run "
            "`git fetch --unshallow` (in CI: actions/checkout with fetch-depth: 0)"
        )


def read_spec_versions(
    repo: Path,
    files: Sequence[str],
    *,
    clause_marker: str | None = None,
    first_parent: bool = True,
    cache_dir: Path | None = None,
    revision: str = "HEAD",
    since: str | None = None,
    progress: bool = False,
) -> list[ParsedVersion]:
    """Every version of the spec files reachable from ``revision``, oldest first, with clauses.

    Only commits that touch a spec file are versions; a renamed spec file is followed. With
    ``since``, only versions after that revision (as for a review of ``since..revision``).
    """
    repo = Path(repo)
    shallow = _open_repository(repo)
    tip = resolve_revision(repo, revision)
    base = resolve_revision(repo, since) if since else None
    paths = _spec_paths(repo, tip, revision, files)
    if shallow:
        _check_shallow(repo, tip, base)
    logged = walk_commits(repo, tip, paths, first_parent=first_parent, since=base)
    logged.reverse()
    versions, through_links = _versions(repo, logged, paths, base)
    # Diffs of a path that was a link are diffs of the link text: read those versions' blobs.
    walk = (tip, base, first_parent and not through_links)
    return _parse_versions(repo, versions, clause_marker, cache_dir, progress, walk)


def _spec_paths(repo: Path, tip: str, revision: str, files: Sequence[str]) -> list[str]:
    """The spec files at ``tip``, links followed; refused links warn (fail if nothing is left)."""
    paths, refused = spec_paths(repo, tip, list(files))
    if not paths and refused:
        raise SpecHistoryError(f"{repo}: " + "; ".join(refused))
    if not paths:
        raise SpecHistoryError(
            f"{repo}: no file at {revision} matches {', '.join(files) or '(no globs)'} "
            "(spec file globs are matched against repository paths, e.g. spec.md or docs/*.md)"
        )
    for problem in refused:
        warnings.warn(SpecSymlinkWarning(problem), stacklevel=3)
    return paths


def _versions(
    repo: Path,
    logged: list[LoggedCommit],
    paths: list[str],
    base: str | None,
) -> tuple[list[SpecVersion], bool]:
    """The versions, with each file's blob; and whether any file was read through a link."""
    current: dict[str, str] = {}
    links: set[str] = set()  # paths that are symbolic links in the version being built
    if base is not None and logged:
        # Files the first version in the range does not touch stand as they were at the base.
        listed = run_git(repo, "ls-tree", "-r", "-z", base).decode("utf-8", "surrogateescape")
        wanted = set(paths) | {old for c in logged for old in c.renames.values()}
        for entry in filter(None, listed.split("\0")):
            meta, _, path = entry.partition("\t")
            mode, kind, sha = meta.split()
            if path in wanted and kind == "blob":
                current[path] = sha
                if mode == LINK_MODE:
                    links.add(path)
    versions: list[SpecVersion] = []
    warned: set[tuple[str, str]] = set()
    through_links = False
    with LinkResolver(repo) as resolver:
        for commit in logged:
            for path, blob in commit.changes.items():
                if blob is None:
                    current.pop(path, None)
                else:
                    current[path] = blob
                if blob is not None and path in commit.links:
                    links.add(path)
                else:
                    links.discard(path)
            files = dict(sorted(current.items()))
            for path in sorted(links & files.keys()):
                # Never the link text: the file it points to at this commit, or nothing.
                try:
                    files[path] = resolver.blob(commit.sha, path)
                    through_links = True
                except LinkProblem as refused:
                    del files[path]
                    if (path, current[path]) not in warned:
                        warned.add((path, current[path]))
                        warnings.warn(SpecSymlinkWarning(f"{refused}; not read"), stacklevel=4)
            subject = commit.message.splitlines()[0] if commit.message else ""
            versions.append(
                SpecVersion.model_construct(  # values typed by construction (git's own fields)
                    commit=commit.sha,
                    author=commit.author,
                    author_email=commit.author_email,
                    date=commit.date,
                    message=commit.message,
                    trailers=commit.trailers,
                    release=commit.tags[0] if commit.tags else release_from_subject(subject),
                    files=files,
                )
            )
    return versions, through_links


def _parse_versions(
    repo: Path,
    versions: list[SpecVersion],
    clause_marker: str | None,
    cache_dir: Path | None,
    progress: bool,
    walk: tuple[str, str | None, bool] | None = None,
) -> list[ParsedVersion]:
    cache = ClauseCache(cache_dir, clause_marker)
    splitter = ClauseSplitter(clause_marker)
    missing = {key for v in versions for key in v.files.items() if key not in cache.entries}
    with _progress_bar(progress and len(missing) > PROGRESS_THRESHOLD) as advance:
        parse_versions(
            repo,
            versions,
            cache,
            splitter,
            walk=walk or (versions[-1].commit if versions else "HEAD", None, True),
            progress=advance,
        )
    cache.save()
    parsed: list[ParsedVersion] = []
    renamed: dict[tuple[str, str, frozenset[str]], tuple[Clause, ...]] = {}
    for version in versions:
        clauses: list[Clause] = []
        taken: set[str] = set()
        if len(version.files) == 1:  # the usual case: no other file's ids to clash with
            (only,) = version.files.items()
            parsed.append(
                ParsedVersion.model_construct(version=version, clauses=cache.entries[only])
            )
            continue
        for path, sha in version.files.items():
            own = cache.entries[(path, sha)]
            clashes = frozenset(c.id for c in own) & taken
            if clashes:
                key = (path, sha, clashes)
                own = renamed.get(key) or renamed.setdefault(key, _qualify(own, path, clashes))
            taken.update(c.id for c in own)
            clauses.extend(own)
        parsed.append(ParsedVersion.model_construct(version=version, clauses=tuple(clauses)))
    return parsed


def _qualify(clauses: tuple[Clause, ...], path: str, clashes: frozenset[str]) -> tuple[Clause, ...]:
    """Ids already used by an earlier spec file become ``path:id`` in this one."""

    def qualified(clause_id: str | None) -> str | None:
        return f"{path}:{clause_id}" if clause_id in clashes else clause_id

    return tuple(
        clause.model_copy(
            update={"id": qualified(clause.id), "parent_id": qualified(clause.parent_id)}
        )
        if clause.id in clashes or clause.parent_id in clashes
        else clause
        for clause in clauses
    )


class _progress_bar:
    """A transient rich progress bar on standard error, or nothing."""

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled
        self._progress: object | None = None

    def __enter__(self) -> Callable[[int], None]:
        if not self._enabled:
            return lambda total: None
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
        progress.start()
        task = progress.add_task("parsing spec versions", total=None)
        self._progress = progress

        def advance(total: int) -> None:
            progress.update(task, advance=1, total=total)

        return advance

    def __exit__(self, *exc: object) -> None:
        from rich.progress import Progress

        if isinstance(self._progress, Progress):
            self._progress.stop()


def read_spec_at(
    repo: Path, files: Sequence[str], rev: str, *, clause_marker: str | None = None
) -> ParsedVersion:
    """The spec files as they stand at ``rev``, with the commit's own metadata."""
    repo = Path(repo)
    _open_repository(repo)
    sha = resolve_revision(repo, rev)
    paths = _spec_paths(repo, sha, rev, files)
    listed = run_git(repo, "ls-tree", "-z", sha, "--", *paths).decode("utf-8", "surrogateescape")
    commit = describe_commit(repo, sha)
    for entry in filter(None, listed.split("\0")):
        meta, _, path = entry.partition("\t")
        mode, _, blob = meta.split()
        commit.changes[path] = blob
        if mode == LINK_MODE:
            commit.links.add(path)
    version = _versions(repo, [commit], paths, None)[0][0]
    return _parse_versions(repo, [version], clause_marker, None, False)[0]
