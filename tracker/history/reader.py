"""Read the versions of the spec files from a git repository, as parsed versions.

One ``git log`` lists the commits that touch the spec files (following renames), the blobs not
already parsed come from a streamed ``git log -p`` or gitpython's persistent ``git cat-file``
(all through ``tracker.history.git``), and parsed clauses are cached under the workspace's
``.specdrift/`` folder keyed by blob sha, so a re-run parses nothing twice.

Progress is reported to an optional ``progress(done, total)`` callback; drawing it is the
caller's business (the CLI draws a bar on a terminal).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.errors import SpecHistoryError
from tracker.history._links import (
    LINK_MODE,
    LinkProblem,
    LinkResolver,
    SpecSymlinkWarning,
    spec_paths,
)
from tracker.history._log import LoggedCommit, describe_commit, walk_args, walk_commits
from tracker.history._parsing import ClauseCache, Progress, parse_versions
from tracker.history.git import GitRepo
from tracker.history.repository import inspect_repository
from tracker.spec.clauses import ClauseSplitter
from tracker.spec.models import Clause, ParsedVersion, SpecVersion

if TYPE_CHECKING:
    from tracker.settings import SpecSettings

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
    with GitRepo(repo) as git:
        return _resolve(git, revision)


def _resolve(git: GitRepo, revision: str) -> str:
    def rev_parse(spec: str) -> tuple[int, str]:
        return git.probe("rev-parse", "--verify", "-q", "--end-of-options", spec)

    # Two steps, so ``:/message`` works: a ``^{commit}`` suffix would become part of its regex.
    named, sha = rev_parse(revision)
    peeled, sha = rev_parse(sha.strip() + "^{commit}") if named == 0 else (named, sha)
    if peeled != 0:
        if not git.run("for-each-ref", "--count=1").strip():
            raise SpecHistoryError(f"{git.path}: the repository is empty (no commits yet)")
        raise SpecHistoryError(
            f"{git.path}: unknown revision {revision!r} (not a commit, branch or tag)"
        )
    return sha.strip()


def _check_shallow(git: GitRepo, tip: str, since: str | None) -> None:
    """A shallow clone whose cut falls inside the walked range cannot give the full history."""
    repo = git.path
    shallow_file = Path(git.run("rev-parse", "--git-path", "shallow").decode().strip())
    if not shallow_file.is_absolute():
        shallow_file = repo / shallow_file
    cut = set(shallow_file.read_text().split()) if shallow_file.is_file() else set()
    walked = git.run("rev-list", tip, *([f"^{since}"] if since else [])).decode().split()
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
    progress: Progress | None = None,
) -> list[ParsedVersion]:
    """Every version of the spec files reachable from ``revision``, oldest first, with clauses.

    Only commits that touch a spec file are versions; a renamed spec file is followed. With
    ``since``, only versions after that revision (as for a review of ``since..revision``).
    ``progress(done, total)`` is called after each blob parsed (none when all are cached).
    """
    repo = Path(repo)
    shallow = _open_repository(repo)
    with GitRepo(repo) as git:
        tip = _resolve(git, revision)
        base = _resolve(git, since) if since else None
        paths = _spec_paths(git, tip, revision, files)
        if shallow:
            _check_shallow(git, tip, base)
        # git walks the history on one core while the clause cache loads on the other.
        git.prefetch(*walk_args(tip, paths, first_parent=first_parent, since=base))
        cache = ClauseCache(cache_dir, clause_marker)
        logged = walk_commits(git, tip, paths, first_parent=first_parent, since=base)
        logged.reverse()
        versions, through_links = _versions(git, logged, paths, base)
        # Diffs of a path that was a link are diffs of the link text: read those versions' blobs.
        walk = (tip, base, first_parent and not through_links)
        return _parse_versions(git, versions, cache, clause_marker, progress, walk)


def read_spec_history(
    repo: Path,
    spec: SpecSettings,
    cache_dir: Path | None,
    *,
    revision: str = "HEAD",
    since: str | None = None,
    progress: Progress | None = None,
) -> list[ParsedVersion]:
    """``read_spec_versions`` with the files, clause marker and first-parent walk of ``spec``:
    the workspace, the spec commands and the review read a history alike."""
    return read_spec_versions(
        repo,
        spec.files,
        clause_marker=spec.clause_marker,
        first_parent=spec.first_parent,
        cache_dir=cache_dir,
        revision=revision,
        since=since,
        progress=progress,
    )


def _spec_paths(git: GitRepo, tip: str, revision: str, files: Sequence[str]) -> list[str]:
    """The spec files at ``tip``, links followed; refused links warn (fail if nothing is left)."""
    repo = git.path
    paths, refused = spec_paths(git, tip, list(files))
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
    git: GitRepo,
    logged: list[LoggedCommit],
    paths: list[str],
    base: str | None,
) -> tuple[list[SpecVersion], bool]:
    """The versions, with each file's blob; and whether any file was read through a link."""
    current: dict[str, str] = {}
    links: set[str] = set()  # paths that are symbolic links in the version being built
    if base is not None and logged:
        # Files the first version in the range does not touch stand as they were at the base.
        listed = git.run("ls-tree", "-r", "-z", base).decode("utf-8", "surrogateescape")
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
    resolver = LinkResolver(git)
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
    git: GitRepo,
    versions: list[SpecVersion],
    cache: ClauseCache,
    clause_marker: str | None,
    progress: Progress | None,
    walk: tuple[str, str | None, bool] | None = None,
) -> list[ParsedVersion]:
    splitter = ClauseSplitter(clause_marker)
    parse_versions(
        git,
        versions,
        cache,
        splitter,
        walk=walk or (versions[-1].commit if versions else "HEAD", None, True),
        progress=progress,
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


def read_spec_at(
    repo: Path, files: Sequence[str], rev: str, *, clause_marker: str | None = None
) -> ParsedVersion:
    """The spec files as they stand at ``rev``, with the commit's own metadata."""
    repo = Path(repo)
    _open_repository(repo)
    with GitRepo(repo) as git:
        sha = _resolve(git, rev)
        paths = _spec_paths(git, sha, rev, files)
        listed = git.run("ls-tree", "-z", sha, "--", *paths).decode("utf-8", "surrogateescape")
        commit = describe_commit(git, sha)
        for entry in filter(None, listed.split("\0")):
            meta, _, path = entry.partition("\t")
            mode, _, blob = meta.split()
            commit.changes[path] = blob
            if mode == LINK_MODE:
                commit.links.add(path)
        version = _versions(git, [commit], paths, None)[0][0]
        cache = ClauseCache(None, clause_marker)
        return _parse_versions(git, [version], cache, clause_marker, None)[0]
