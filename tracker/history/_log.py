"""Walk the commits that touch the spec files with one ``git log`` per rename of a spec file."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from tracker.history.git import GitRepo
from tracker.spec.models import parse_trailers

_FIELD = "\x1f"
_RECORD = "\x1e"
_FORMAT = _RECORD + _FIELD.join(
    ["%H", "%P", "%an", "%ae", "%aI", "%D", "%(trailers:only,unfold)", "%B", ""]
)
_NULL_SHA = "0" * 40
_LINK_MODE = "120000"


@dataclass
class LoggedCommit:
    """One commit of the walk with the spec files it changed (path -> blob sha, None deleted)."""

    sha: str
    parents: list[str]
    author: str
    author_email: str
    date: datetime
    trailers: dict[str, list[str]]
    message: str
    changes: dict[str, str | None] = field(default_factory=dict)
    renames: dict[str, str] = field(default_factory=dict)
    """New path -> old path, for spec files renamed in this commit."""
    tags: list[str] = field(default_factory=list)
    """Tags on the commit, in natural order (v2 before v10)."""
    added: set[str] = field(default_factory=set)
    """Paths this commit created (status A): possibly a rename from outside the walked paths."""
    links: set[str] = field(default_factory=set)
    """Changed paths that are symbolic links after this commit (mode 120000)."""


def _natural(name: str) -> list[tuple[int, str]]:
    return [(int(part), "") if part.isdigit() else (0, part) for part in re.split(r"(\d+)", name)]


def glob_to_regex(pattern: str) -> re.Pattern[str]:
    """A glob over repository paths: ``*`` and ``?`` stay inside one folder, ``**`` crosses."""
    parts: list[str] = []
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            parts.append("(?:.*/)?")
            index += 3
        elif pattern.startswith("**", index):
            parts.append(".*")
            index += 2
        elif pattern[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif pattern[index] == "?":
            parts.append("[^/]")
            index += 1
        else:
            parts.append(re.escape(pattern[index]))
            index += 1
    return re.compile("".join(parts) + r"\Z")


def path_filter(globs: Sequence[str]) -> Callable[[str], bool]:
    """Whether a repository path is a spec file: it matches a glob and no ``!``-glob.

    The ``!`` form lets the default ``*.md`` leave out a repository's README and changelog,
    which are Markdown but not the spec (the Model Spec's repository carries a CHANGELOG.md).
    """
    wanted = [glob_to_regex(g) for g in globs if not g.startswith("!")]
    unwanted = [glob_to_regex(g[1:]) for g in globs if g.startswith("!")]

    def is_spec_file(path: str) -> bool:
        return any(p.match(path) for p in wanted) and not any(p.match(path) for p in unwanted)

    return is_spec_file


def _parse_log(output: str) -> list[LoggedCommit]:
    commits: list[LoggedCommit] = []
    for record in output.split(_RECORD)[1:]:
        sha, parents, author, email, date, refs, trailers, message, raw = record.split(_FIELD, 8)
        commit = LoggedCommit(
            sha=sha,
            parents=parents.split(),
            author=author,
            author_email=email,
            date=datetime.fromisoformat(date),
            trailers=parse_trailers(trailers),
            message=message.strip("\n"),
            tags=sorted(
                (ref[5:] for ref in refs.split(", ") if ref.startswith("tag: ")), key=_natural
            ),
        )
        for entry in _raw_entries(raw.lstrip("\0\n")):
            new_path = entry.paths[-1]
            if entry.status == "R":
                commit.renames[new_path] = entry.paths[0]
                commit.changes[entry.paths[0]] = None
            elif entry.status == "A":
                commit.added.add(new_path)
            commit.changes[new_path] = None if entry.blob == _NULL_SHA else entry.blob
            if entry.mode == _LINK_MODE:
                commit.links.add(new_path)
        commits.append(commit)
    return commits


def describe_commit(git: GitRepo, sha: str) -> LoggedCommit:
    """One commit's metadata (no file changes)."""
    output = git.run("log", "-1", "--no-walk", f"--format={_FORMAT}", sha)
    return _parse_log(output.decode("utf-8", "replace"))[0]


class _RawEntry(NamedTuple):
    """One ``--raw -z`` record of ``git log`` or ``git diff-tree``."""

    status: str
    """The status letter: A, M, D, T, R (rename) or C (copy)."""
    mode: str
    """The new mode (``120000`` for a symbolic link)."""
    blob: str
    """The new blob sha (all zeros when the path was deleted)."""
    paths: list[str]
    """``[path]``, or ``[old, new]`` for a rename or copy."""


def _raw_entries(raw: str) -> list[_RawEntry]:
    """``--raw -z`` records (of ``git log`` or ``git diff-tree``), in order."""
    tokens = raw.split("\0")
    entries: list[_RawEntry] = []
    position = 0
    while position < len(tokens):
        meta = tokens[position]
        if not meta.startswith(":"):
            position += 1
            continue
        fields = meta[1:].split()
        count = 2 if fields[4][0] in "RC" else 1
        paths = tokens[position + 1 : position + 1 + count]
        entries.append(_RawEntry(fields[4][0], fields[1], fields[3], paths))
        position += 1 + count
    return entries


def _renamed_from(git: GitRepo, commit: LoggedCommit, path: str) -> str | None:
    """The old path of ``path`` if ``commit`` created it by renaming another file.

    Moving a spec file and leaving a symbolic link under the old name is a rename too, though
    git shows the old path as a type change (file to link), never a rename source; breaking
    type changes apart (``-B``) lets git pair the old content with the new path as a copy.
    """
    if not commit.parents:
        return None
    diff = ["diff-tree", "-r", "-M", "-z", "--no-abbrev", commit.parents[0], commit.sha]
    entries = _raw_entries(git.run(*diff).decode("utf-8", "surrogateescape"))
    for entry in entries:
        if entry.status == "R" and entry.paths[1] == path:
            return entry.paths[0]
    to_links = {e.paths[0] for e in entries if e.status == "T" and e.mode == _LINK_MODE}
    if not to_links:
        return None
    diff.insert(1, "-B")
    broken = _raw_entries(git.run(*diff).decode("utf-8", "surrogateescape"))
    for entry in broken:
        if entry.status == "C" and entry.paths[1] == path and entry.paths[0] in to_links:
            return entry.paths[0]
    return None


def walk_args(
    revision: str, paths: list[str], *, first_parent: bool, since: str | None
) -> tuple[str, ...]:
    """The ``git log`` of one stretch of the walk (the reader may start it ahead of need)."""
    args = ["log", "-M", "--raw", "--no-abbrev", "-z", f"--format={_FORMAT}"]
    args += ["--first-parent"] if first_parent else ["--topo-order"]
    args += ["--diff-merges=first-parent", revision]
    if since:
        args.append(f"^{since}")
    return (*args, "--", *paths)


def walk_commits(
    git: GitRepo,
    revision: str,
    paths: list[str],
    *,
    first_parent: bool,
    since: str | None,
) -> list[LoggedCommit]:
    """Commits touching ``paths`` reachable from ``revision`` (not from ``since``), newest first.

    A spec file that was renamed is followed: when a commit adds a tracked path that is a
    rename of another file, the walk goes on before that commit under the old name.
    """
    found: list[LoggedCommit] = []
    start = revision
    tracked = list(paths)
    while True:
        args = walk_args(start, tracked, first_parent=first_parent, since=since)
        output = git.run(*args).decode("utf-8", "replace")
        restart: tuple[LoggedCommit, str, str] | None = None
        for commit in _parse_log(output):
            found.append(commit)
            for path in sorted(commit.added & set(tracked)):
                old = _renamed_from(git, commit, path)
                if old is not None:
                    commit.renames[path] = old
                    commit.changes[old] = None
                    restart = (commit, path, old)
                    break
            if restart:
                break
        if restart is None or not restart[0].parents:
            return found
        commit, path, old = restart
        tracked = [old if p == path else p for p in tracked]
        start = commit.parents[0]
