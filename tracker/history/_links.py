"""Symbolic links among the spec files: followed inside the repository, refused outside it.

Git stores a symbolic link as a blob of mode 120000 whose content is the target path, so a
reader that takes every blob for Markdown would parse ``docs/spec.md`` (the link text) as the
spec. Here a spec path that is a link at the tip is replaced by the file it points to, so the
history walked is the real file's (its edits never touch the link); a path that was a link in
an earlier version is read through it at that commit, with git's own ``--follow-symlinks``. A
link out of the repository (absolute, or climbing above its top), to nothing, to a folder or in
a loop is never read: it is named in a ``SpecSymlinkWarning``, or an error when it leaves no
spec file to read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from tracker.history._log import path_filter
from tracker.history.git import Batch, GitRepo

LINK_MODE = "120000"
MAX_HOPS = 40
"""Links followed for one path before it counts as a loop (the limit of Linux's own lookup)."""


class SpecSymlinkWarning(UserWarning):
    """A spec file is a symbolic link that cannot be followed; it was not read."""


class LinkProblem(Exception):
    """Why a symbolic link cannot be followed (the message names the link)."""


@dataclass(frozen=True, slots=True)
class TreeEntry:
    mode: str
    kind: str
    sha: str


def list_tree(git: GitRepo, revision: str) -> dict[str, TreeEntry]:
    """Every file of ``revision``'s tree (links and submodules included), by path."""
    listed = git.run("ls-tree", "-r", "-z", revision).decode("utf-8", "surrogateescape")
    entries: dict[str, TreeEntry] = {}
    for record in filter(None, listed.split("\0")):
        meta, _, path = record.partition("\t")
        mode, kind, sha = meta.split()
        entries[path] = TreeEntry(mode, kind, sha)
    return entries


def _folders(paths: Sequence[str]) -> set[str]:
    return {path.rsplit("/", depth)[0] for path in paths for depth in range(1, path.count("/") + 1)}


def resolve_in_tree(
    path: str,
    entries: Mapping[str, TreeEntry],
    folders: set[str],
    read_link: Callable[[str], bytes],
) -> str:
    """The path of the file that ``path`` names once every link on the way is followed.

    Pure: ``entries`` is the tree, ``read_link`` gives a link blob's content. Raises
    LinkProblem for a link out of the tree, to nothing, to a folder, or in a loop.
    """
    pending = path.split("/")
    resolved: list[str] = []
    first_target: str | None = None
    hops = 0

    def problem(what: str) -> LinkProblem:
        return LinkProblem(f"{path} is a symbolic link to {first_target!r}, {what}")

    while pending:
        part = pending.pop(0)
        if part in ("", "."):
            continue
        if part == "..":
            if not resolved:
                raise problem("outside the repository")
            resolved.pop()
            continue
        candidate = "/".join([*resolved, part])
        entry = entries.get(candidate)
        if entry is not None and entry.mode == LINK_MODE:
            hops += 1
            if hops > MAX_HOPS:
                raise LinkProblem(f"{path} is a symbolic link in a loop")
            target = read_link(entry.sha).decode("utf-8", "surrogateescape")
            first_target = target if first_target is None else first_target
            if target.startswith("/"):
                raise problem("outside the repository")
            # The target is relative to the link's folder, which is what ``resolved`` holds.
            pending = target.split("/") + pending
            continue
        if entry is None and candidate not in folders:
            raise problem("which does not exist")
        resolved.append(part)
    final = "/".join(resolved)
    entry = entries.get(final)
    if entry is None:
        raise problem("a folder")
    if entry.kind != "blob":
        raise problem(f"a {entry.kind} (not a file)")
    return final


def spec_paths(git: GitRepo, revision: str, globs: Sequence[str]) -> tuple[list[str], list[str]]:
    """The spec files at ``revision`` (links replaced by their targets), and the links refused.

    Globs match the paths as listed (a link's own name); each matched link stands for the
    file it points to, so a link and its target both matched are one spec file.
    """
    entries = list_tree(git, revision)
    is_spec_file = path_filter(globs)
    matched = sorted(p for p in entries if is_spec_file(p))
    if not any(entries[p].mode == LINK_MODE for p in matched):
        return matched, []  # the usual case: no link, nothing more to read
    folders = _folders(list(entries))
    paths: set[str] = set()
    problems: list[str] = []
    for path in matched:
        try:
            paths.add(resolve_in_tree(path, entries, folders, git.read_blob))
        except LinkProblem as refused:
            problems.append(f"{refused}; not read")
    return sorted(paths), problems


class LinkResolver:
    """The blob a path names at a commit, through its links: one ``git cat-file`` batch.

    ``--follow-symlinks`` makes git resolve ``commit:path`` inside the commit's tree and say
    when it cannot (a link out of the tree, dangling, in a loop, through a file).
    """

    def __init__(self, git: GitRepo) -> None:
        self._git = git
        self._batch: Batch | None = None  # started on the first link, ended with ``git``

    def blob(self, commit: str, path: str) -> str:
        """The sha of the file ``path`` points to at ``commit``, or a LinkProblem."""
        where = f"{path} at {commit[:7]}"
        if "\n" in path:  # the batch protocol is one request per line
            raise LinkProblem(f"{where} is a symbolic link whose name holds a line break")
        if self._batch is None:
            self._batch = self._git.batch("--batch-check", "--follow-symlinks")
        answer = self._batch.ask(f"{commit}:{path}".encode("utf-8", "surrogateescape"))
        header = answer.decode("utf-8", "surrogateescape").split()
        if len(header) == 3 and header[1] == "blob":
            return header[0]
        if len(header) == 3:
            raise LinkProblem(f"{where} is a symbolic link to a {header[1]} (not a file)")
        if len(header) == 2 and header[0] in ("symlink", "dangling", "loop", "notdir"):
            # These answers carry one more record: the (part of the) name git stopped at.
            detail = self._batch.read(int(header[1]) + 1)[:-1]
            target = detail.decode("utf-8", "surrogateescape")
            what = {
                "symlink": f"to {target!r}, outside the repository",
                "dangling": "to a file which does not exist",
                "loop": "in a loop",
                "notdir": "through a file, as if it were a folder",
            }[header[0]]
            raise LinkProblem(f"{where} is a symbolic link {what}")
        raise LinkProblem(f"{where}: git cat-file cannot resolve it ({' '.join(header)})")
