"""Errors that specdrift knows how to explain.

Every known error is a ``SpecdriftError``; the CLI prints its message (no traceback) and exits
with code 2. The message says where the problem is and what was expected, so the user can act.

    SpecdriftError
    ├── WorkspaceError      specdrift.toml missing or invalid, a named file absent
    │   └── WorkspaceBusyError  another process holds a workspace file's lock too long
    ├── SpecHistoryError    not a git repository, shallow clone, unknown revision, no spec file
    ├── InputError          a data file (results, environments, failures, links) is unusable
    └── UsageError          arguments that do not fit together
"""

from __future__ import annotations

from dataclasses import dataclass


class SpecdriftError(Exception):
    """A known error, shown to the user as its message alone, with exit code 2."""


class WorkspaceError(SpecdriftError):
    """The workspace configuration is missing or invalid."""


class WorkspaceBusyError(WorkspaceError):
    """Another process kept a workspace file (e.g. links.csv) locked longer than the timeout."""


class SpecHistoryError(SpecdriftError):
    """The spec repository cannot be read as asked."""


class UsageError(SpecdriftError):
    """The command's arguments do not fit together."""


@dataclass(frozen=True)
class Location:
    """Where a problem sits in an input file: file, then line or row, then column."""

    file: str
    line: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column is not None:
            parts.append(f"column {self.column!r}")
        return ", ".join(parts)


class InputError(SpecdriftError):
    """An input file cannot be used; the message names the file, line or row, and column."""

    def __init__(self, location: Location, reason: str) -> None:
        self.location = location
        self.reason = reason
        super().__init__(f"{location}: {reason}")
