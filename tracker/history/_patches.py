"""Rebuild the versions of one spec file from ``git log -p`` (the fast path for long histories).

Reading every full version of a 270 KB spec from a 2,000-commit history moves half a gigabyte;
the diffs are a few megabytes. Each version is the previous one with its commit's hunks applied;
every removed line is checked against the text it removes, and the caller checks the result
against git's blob sha from time to time, so a patch that does not apply is never trusted.
The diffs are streamed oldest first (``--reverse``): versions are parsed on one core while git
writes the later diffs on another.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass
from types import TracebackType

from tracker.history.git import GitRepo

_HUNK = re.compile(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchMismatch(Exception):
    """A patch does not apply to the text it was made from (internal: falls back to blobs)."""


@dataclass(frozen=True, slots=True)
class Hunk:
    old_start: int
    old_count: int
    removed: tuple[str, ...]
    added: tuple[str, ...]


def read_patches(
    git: GitRepo, tip: str, since: str | None, path: str, *, first_parent: bool
) -> PatchStream:
    """The hunks of each commit for ``path``, read from one ``git log -p`` as they are asked for."""
    args = ["log", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames"]
    args += ["--format=%x1e%H", "--diff-merges=first-parent", "--reverse"]
    args += ["--first-parent"] if first_parent else ["--topo-order"]
    args += [tip, *([f"^{since}"] if since else []), "--", path]
    return PatchStream(git.records(*args, separator=b"\x1e"))


class PatchStream:
    """Commit sha -> its hunks for one path, read from git's output only as far as needed.

    The caller asks in the order git writes (oldest first), so nothing waits in memory; a
    commit asked for out of order is found further on, the records passed on the way kept.
    """

    def __init__(self, records: Generator[bytes, None, None]) -> None:
        self._records = records
        self._passed: dict[str, list[Hunk] | None] = {}

    def __enter__(self) -> PatchStream:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._records.close()  # ends git if the replay stopped early

    def get(self, sha: str) -> list[Hunk] | None:
        """The commit's hunks; None when it has no usable diff (binary, not UTF-8) or none."""
        if sha in self._passed:
            return self._passed.pop(sha)
        for record in self._records:
            commit, _, diff = record.partition(b"\n")
            try:
                hunks = parse_hunks(diff.decode("utf-8"))
            except (UnicodeDecodeError, PatchMismatch):
                hunks = None
            if commit.decode() == sha:
                return hunks
            self._passed[commit.decode()] = hunks
        return None


def parse_hunks(diff: str) -> list[Hunk] | None:
    """The hunks of a zero-context unified diff of one file, None for a binary diff."""
    hunks: list[Hunk] = []
    lines = diff.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.startswith(("Binary files", "GIT binary patch")):
            return None
        match = _HUNK.match(line)
        if match is None:
            continue
        old_count = int(match.group(2) or 1) if match.group(2) != "0" else 0
        new_count = int(match.group(4) or 1) if match.group(4) != "0" else 0
        removed: list[str] = []
        added: list[str] = []
        while len(removed) < old_count or len(added) < new_count:
            if index >= len(lines):
                raise PatchMismatch("a hunk ends early")
            body = lines[index]
            index += 1
            if body.startswith("-") and len(removed) < old_count:
                removed.append(body[1:] + "\n")
            elif body.startswith("+") and len(added) < new_count:
                added.append(body[1:] + "\n")
            elif body.startswith("\\"):
                _strip_last_newline(added if added else removed)
            else:
                raise PatchMismatch(f"unexpected line in a hunk: {body[:40]!r}")
        while index < len(lines) and lines[index].startswith("\\"):
            _strip_last_newline(added if added else removed)
            index += 1
        hunks.append(Hunk(int(match.group(1)), old_count, tuple(removed), tuple(added)))
    return hunks


def _strip_last_newline(lines: list[str]) -> None:
    """``\\ No newline at end of file`` applies to the line just before it."""
    if lines and lines[-1].endswith("\n"):
        lines[-1] = lines[-1][:-1]


def apply_hunks(old: list[str], hunks: list[Hunk]) -> tuple[list[str], int, int]:
    """The new lines, and the new line range [low, high) that the hunks changed."""
    result: list[str] = []
    position = 0
    low: int | None = None
    for hunk in hunks:
        start = hunk.old_start - 1 if hunk.old_count else hunk.old_start
        end = start + hunk.old_count
        if start < position or end > len(old) or tuple(old[start:end]) != hunk.removed:
            raise PatchMismatch(f"hunk at line {hunk.old_start} does not apply")
        result.extend(old[position:start])
        if low is None:
            low = len(result)
        result.extend(hunk.added)
        position = end
    high = len(result)
    result.extend(old[position:])
    return result, low or 0, high if low is not None else 0
