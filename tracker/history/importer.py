"""Put a spec under git: import dated snapshots, and commit spec changes with trailers.

``import_snapshots`` turns a folder of spec snapshots into a git history with those dates: the
date comes from a manifest (``manifest.json`` or ``manifest.csv`` in the folder: ``file``,
``date``, optional ``message`` and ``author``), else from the file name (``spec-2025-10-27.md``).
``commit_spec`` commits the spec files with ``Prompted-by`` and ``Targets-env`` trailers.
"""

from __future__ import annotations

import csv
import json
import os
import posixpath
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from tracker.errors import InputError, Location, SpecHistoryError, UsageError
from tracker.history._log import path_filter
from tracker.history.git import GitRepo
from tracker.history.repository import bare_repository_error, inspect_repository
from tracker.spec.models import PROMPTED_BY, TARGETS_ENV

MANIFEST_NAMES = ("manifest.json", "manifest.csv")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
DEFAULT_AUTHOR = ("specdrift import", "specdrift@example.invalid")


@dataclass(frozen=True)
class Snapshot:
    """One spec snapshot to commit."""

    path: Path
    date: datetime
    message: str
    author: str | None = None


@dataclass(frozen=True)
class ImportedCommit:
    """What ``import_snapshots`` did with one snapshot: its commit, or why it was skipped."""

    snapshot: Snapshot
    commit: str | None
    skipped: str | None = None


def parse_snapshot_date(value: str, where: Location) -> datetime:
    """ISO date or date-time; a date alone is noon UTC, a time without offset is UTC."""
    text = value.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(12), tzinfo=UTC)
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise InputError(where, f"{value!r} is not an ISO date (e.g. 2025-10-27)") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def find_snapshots(folder: Path) -> list[Snapshot]:
    """The snapshots of ``folder``, oldest first, from its manifest or the file names."""
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of spec snapshots")
    manifests = [folder / name for name in MANIFEST_NAMES if (folder / name).is_file()]
    if manifests:
        snapshots = _from_manifest(manifests[0])
    else:
        snapshots = []
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            if not _inside(path, folder):
                raise InputError(
                    Location(str(path)),
                    f"a symbolic link to {path.resolve()}, outside the snapshots folder "
                    "(expected the snapshot file itself)",
                )
            match = _DATE_IN_NAME.search(path.name)
            if match is None:
                raise InputError(
                    Location(str(path)),
                    "no date in the file name (expected e.g. spec-2025-10-27.md) and no "
                    f"manifest ({' or '.join(MANIFEST_NAMES)}) in the folder",
                )
            day = "-".join(match.groups())
            when = parse_snapshot_date(day, Location(str(path)))
            snapshots.append(Snapshot(path, when, f"Snapshot {day} ({path.name})"))
    if not snapshots:
        raise UsageError(f"{folder}: no spec snapshots in this folder")
    return sorted(snapshots, key=lambda s: s.date)


def _from_manifest(manifest: Path) -> list[Snapshot]:
    if manifest.suffix == ".json":
        try:
            rows = json.loads(manifest.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(Location(str(manifest)), f"not valid JSON ({exc})") from exc
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InputError(Location(str(manifest)), "expected a list of objects")
        numbered = list(enumerate(rows, start=1))
    else:
        with manifest.open(encoding="utf-8", newline="") as handle:
            numbered = list(enumerate(csv.DictReader(handle), start=2))
    snapshots: list[Snapshot] = []
    for number, row in numbered:
        for column in ("file", "date"):
            if not str(row.get(column) or "").strip():
                raise InputError(Location(str(manifest), number, column), "missing value")
        entry = str(row["file"]).strip()
        path = manifest.parent / entry
        where = Location(str(manifest), number, "file")
        # A manifest names snapshots of its own folder: never /etc/hostname or ../../secret.
        if not _inside(path, manifest.parent):
            how = f"a symbolic link to {path.resolve()}, " if path.is_symlink() else ""
            raise InputError(
                where,
                f"{entry} is {how}outside the snapshots folder "
                f"(expected a file name relative to {manifest.parent})",
            )
        if not path.is_file():
            raise InputError(where, f"{path} does not exist")
        when = parse_snapshot_date(str(row["date"]), Location(str(manifest), number, "date"))
        message = str(row.get("message") or "").strip() or f"Snapshot {when.date()}"
        author = str(row.get("author") or "").strip() or None
        snapshots.append(Snapshot(path, when, message, author))
    return snapshots


def _git_env(git: GitRepo, when: datetime | None, author: str | None) -> dict[str, str]:
    """Dates and, where git has no identity configured, a default one (so CI machines work)."""
    env = dict(os.environ)
    if when is not None:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = when.isoformat()
    if author:
        env["GIT_AUTHOR_NAME"] = author
    for variable, default in zip(("name", "email"), DEFAULT_AUTHOR, strict=True):
        configured, _ = git.probe("config", f"user.{variable}")
        if configured != 0:
            for role in ("AUTHOR", "COMMITTER"):
                env.setdefault(f"GIT_{role}_{variable.upper()}", default)
    return env


def _commit(git: GitRepo, message: str, paths: Sequence[str], env: dict[str, str]) -> str:
    status, out, err = git.execute(
        "-c", "commit.gpgsign=false", "commit", "-q", "-m", message, "--", *paths, env=env
    )
    if status != 0:
        reason = err.strip() or out.decode("utf-8", "replace")
        raise SpecHistoryError(f"{git.path}: git commit failed: {reason}")
    return git.run("rev-parse", "HEAD").decode().strip()


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, every link followed, is in ``folder`` (and is not ``folder`` itself)."""
    resolved, top = path.resolve(), folder.resolve()
    return resolved != top and resolved.is_relative_to(top)


def _check_into(into: Path) -> bool:
    """Whether ``into`` is already a repository with a working tree; refuses where no spec
    file may be written: a regular file, a bare repository, the inside of a ``.git`` folder.
    """
    if into.exists() and not into.is_dir():
        raise UsageError(
            f"--into {into} exists and is not a folder "
            "(expected a git repository, an empty folder or a new folder's path)"
        )
    existing = into
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    info = inspect_repository(existing)
    if info is not None and info.bare and info.top and existing == into:
        raise bare_repository_error(
            into, "spec import", "writes each snapshot into a working tree to commit it"
        )
    if info is not None and info.inside_git_dir:
        raise SpecHistoryError(
            f"{into}: inside the git folder {info.git_dir} (expected a repository's top "
            "folder, an empty folder or a new folder's path)"
        )
    ready = info is not None and info.top and info.work_tree and existing == into
    if into.exists() and not ready and any(into.iterdir()):
        raise SpecHistoryError(f"{into} exists and is not a git repository (nor empty)")
    return ready


def _file_in_repository(root: Path, file_name: str) -> str:
    """``file_name`` as a clean path inside the repository ``root``, checked before writing.

    Lexical rules first (relative, no ``..`` above the top, nothing in ``.git``, in any case:
    git treats ``.GIT`` alike on case-insensitive disks), then what is on disk along the way:
    a symbolic link could lead anywhere, and git would commit the link, not the snapshot.
    """

    def refuse(why: str) -> UsageError:
        return UsageError(
            f"--file-name {file_name!r} {why} (expected a file path inside the repository "
            f"{root}, e.g. spec.md or docs/spec.md)"
        )

    if not file_name.strip():
        raise refuse("is empty")
    if file_name.startswith("/"):
        raise refuse("is an absolute path")
    normal = posixpath.normpath(file_name)
    if normal == ".." or normal.startswith("../"):
        raise refuse("leaves the repository")
    if normal == "." or file_name.endswith("/"):
        raise refuse("names a folder")
    parts = normal.split("/")
    if any(part.lower() == ".git" for part in parts):
        raise refuse("is inside .git, git's own folder")
    current = root
    for index, part in enumerate(parts):
        current = current / part
        shown = "/".join(parts[: index + 1])
        last = index == len(parts) - 1
        if current.is_symlink():
            raise refuse(
                "is a symbolic link" if last else f"goes through the symbolic link {shown}"
            )
        if last and current.is_dir():
            raise refuse("names a folder")
        if not last and current.exists() and not current.is_dir():
            raise refuse(f"cannot be written: {shown} is a file, not a folder")
    return normal


def import_snapshots(
    snapshots_folder: Path, into: Path, *, file_name: str = "spec.md"
) -> list[ImportedCommit]:
    """Commit each snapshot of the folder as ``file_name`` in ``into``, with its date.

    Every path is checked before anything is written: the snapshots stay inside their folder,
    ``file_name`` inside the repository (never in ``.git``), and ``into`` has a working tree.
    """
    snapshots = find_snapshots(snapshots_folder)
    ready = _check_into(into)
    file_name = _file_in_repository(into, file_name)
    if not ready:
        into.mkdir(parents=True, exist_ok=True)
        GitRepo(into).run("init", "-q", "-b", "main")
    target = into / file_name
    git = GitRepo(into)
    done: list[ImportedCommit] = []
    for snapshot in snapshots:
        content = snapshot.path.read_bytes()
        if target.is_file() and target.read_bytes() == content:
            done.append(ImportedCommit(snapshot, None, "same content as the previous snapshot"))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        git.run("add", "--", file_name)
        env = _git_env(git, snapshot.date, snapshot.author)
        done.append(ImportedCommit(snapshot, _commit(git, snapshot.message, [file_name], env)))
    return done


def spec_paths_in_worktree(repo: Path, globs: Sequence[str]) -> list[str]:
    """Tracked or new (not ignored) files of the working tree that match the spec globs."""
    listed = GitRepo(repo).run("ls-files", "-z", "--cached", "--others", "--exclude-standard")
    is_spec_file = path_filter(globs)
    paths = {p for p in listed.decode("utf-8", "surrogateescape").split("\0") if p}
    return sorted(p for p in paths if is_spec_file(p))


def build_message(message: str, prompted_by: Sequence[str], targets_env: Sequence[str]) -> str:
    """The commit message with its ``Prompted-by`` and ``Targets-env`` trailers."""
    trailers = []
    if prompted_by:
        trailers.append(f"{PROMPTED_BY}: {', '.join(prompted_by)}")
    if targets_env:
        trailers.append(f"{TARGETS_ENV}: {', '.join(targets_env)}")
    body = message.strip()
    return f"{body}\n\n" + "\n".join(trailers) if trailers else body


def commit_spec(
    repo: Path,
    globs: Sequence[str],
    message: str,
    *,
    prompted_by: Sequence[str] = (),
    targets_env: Sequence[str] = (),
    known_failures: Collection[str] | None = None,
    known_environments: Collection[str] | None = None,
) -> str:
    """Commit the spec files' current content with trailers; the new commit's sha.

    ``known_failures`` / ``known_environments`` (None: not known yet) make unknown ids an error.
    """
    if not message.strip():
        raise UsageError("the commit message is empty (give -m MESSAGE)")
    info = inspect_repository(repo)
    if info is None or not info.top:
        raise SpecHistoryError(f"{repo}: not a git repository (expected the spec's repository)")
    if not info.work_tree:
        raise bare_repository_error(
            repo,
            "spec commit",
            "commits the spec files as they stand in a working tree",
            git_folder=not info.bare,
        )
    for option, given, known in (
        ("--prompted-by", prompted_by, known_failures),
        ("--targets-env", targets_env, known_environments),
    ):
        unknown = [name for name in given if known is not None and name not in known]
        if unknown:
            kind = "failure" if option == "--prompted-by" else "environment"
            raise UsageError(
                f"{option}: unknown {kind} id {', '.join(unknown)} "
                f"(the workspace knows {len(known or ())} {kind}s)"
            )
    paths = spec_paths_in_worktree(repo, globs)
    if not paths:
        raise SpecHistoryError(f"{repo}: no spec file matches {', '.join(globs)}")
    git = GitRepo(repo)
    git.run("add", "--", *paths)
    if not git.run("diff", "--cached", "--name-only", "--", *paths).strip():
        raise SpecHistoryError(f"{repo}: nothing to commit, {', '.join(paths)} unchanged")
    env = _git_env(git, None, None)
    return _commit(git, build_message(message, prompted_by, targets_env), paths, env)
