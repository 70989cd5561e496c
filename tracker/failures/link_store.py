"""``links.csv``: curated decisions about clause-failure pairs, read and updated atomically.

Columns: ``clause_id, failure_id, status, note`` with ``status`` one of ``confirmed`` or
``rejected``. An update rewrites the whole file to a temporary file in the same folder, flushes it
to disk, and renames it over the original, so a crash leaves either the old file or the new one,
never half of one. Row order is kept; a pair already present changes in place.

The read-modify-write of an update runs under a lock file beside it (``.links.csv.lock``): two
``links confirm`` at once (or the CLI and the dashboard) otherwise both read the old file and the
later rename drops the other's decision (issue 13).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import get_args

from tracker._safe_files import exclusive, replace_atomically
from tracker.errors import InputError, Location, UsageError
from tracker.failures.models import LinkDecision

COLUMNS = ("clause_id", "failure_id", "status", "note")
DecisionStatus = LinkDecision.model_fields["status"].annotation
STATUSES: tuple[str, ...] = tuple(get_args(DecisionStatus))
LOCK_TIMEOUT = 10.0
"""Seconds an update waits for another writer of the same file before giving up (an update
itself takes milliseconds, so only a stuck process holds the lock this long)."""


def read_link_decisions(path: Path) -> list[LinkDecision]:
    """The decisions in ``path``, in file order; a missing file means no decisions yet.

    Raises ``InputError`` naming the line and column of a row that cannot be used, including a
    pair that appears twice.
    """
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark is allowed
    except UnicodeDecodeError as exc:
        raise InputError(Location(str(path)), f"not UTF-8 text ({exc.reason})") from exc
    return _parse(text, str(path))


def _parse(text: str, name: str) -> list[LinkDecision]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        return []
    header = [column.strip() for column in header]
    missing = [column for column in COLUMNS[:3] if column not in header]
    if missing:
        raise InputError(
            Location(name, 1, missing[0]),
            f"missing column; expected a header with {', '.join(COLUMNS)}",
        )
    extra = [column for column in header if column not in COLUMNS]
    if extra:
        # Rewriting the file would lose an unknown column, so refuse it up front.
        raise InputError(
            Location(name, 1, extra[0]), f"unknown column; expected only {', '.join(COLUMNS)}"
        )
    index = {column: header.index(column) for column in COLUMNS if column in header}
    decisions: list[LinkDecision] = []
    first_line: dict[tuple[str, str], int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise InputError(Location(name, line), f"{len(row)} fields, header has {len(header)}")
        cells = {column: (row[i].strip() if i < len(row) else "") for column, i in index.items()}
        for column in ("clause_id", "failure_id"):
            if not cells[column]:
                raise InputError(Location(name, line, column), "empty; expected an id")
        if cells["status"] not in STATUSES:
            raise InputError(
                Location(name, line, "status"),
                f"got {cells['status']!r}; expected one of {', '.join(STATUSES)}",
            )
        pair = (cells["clause_id"], cells["failure_id"])
        if pair in first_line:
            raise InputError(
                Location(name, line, "failure_id"),
                f"the pair {pair[0]} / {pair[1]} is already decided on line {first_line[pair]}",
            )
        first_line[pair] = line
        decisions.append(
            LinkDecision(
                clause_id=pair[0],
                failure_id=pair[1],
                status=cells["status"],  # checked against STATUSES above
                note=cells.get("note", ""),
            )
        )
    return decisions


def write_link_decision(
    path: Path,
    decision: LinkDecision,
    *,
    known_clauses: set[str],
    known_failures: set[str],
    lock_timeout: float | None = None,
) -> bool:
    """Record ``decision`` in ``path`` atomically; return False when it was already recorded.

    An existing row for the same pair is updated in place (status, and the note when one is
    given); otherwise the row is appended. Unknown clause or failure ids raise ``UsageError``.
    The file is read and rewritten under its lock; a lock held by another process for more than
    ``lock_timeout`` seconds (default ``LOCK_TIMEOUT``) raises ``WorkspaceBusyError``.
    """
    if decision.clause_id not in known_clauses:
        raise UsageError(f"unknown clause id {decision.clause_id!r}: no clause of the spec has it")
    if decision.failure_id not in known_failures:
        raise UsageError(f"unknown failure id {decision.failure_id!r}: no failure has it")
    # The read belongs inside the lock: reading first would let two writers both start from
    # the same old file.
    with exclusive(path, LOCK_TIMEOUT if lock_timeout is None else lock_timeout):
        updated, changed = _apply(read_link_decisions(path), decision)
        if changed:
            write_atomically(path, render(updated))
    return changed


def _apply(
    decisions: list[LinkDecision], decision: LinkDecision
) -> tuple[list[LinkDecision], bool]:
    """``decisions`` with ``decision`` recorded, and whether that changed anything."""
    updated: list[LinkDecision] = []
    found = changed = False
    for existing in decisions:
        if (existing.clause_id, existing.failure_id) == (decision.clause_id, decision.failure_id):
            found = True
            note = decision.note or existing.note
            if existing.status != decision.status or existing.note != note:
                changed = True
                existing = existing.model_copy(update={"status": decision.status, "note": note})
        updated.append(existing)
    if not found:
        updated.append(decision)
        changed = True
    return updated, changed


def render(decisions: list[LinkDecision]) -> str:
    """The CSV text of ``decisions`` with the standard header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for decision in decisions:
        writer.writerow([decision.clause_id, decision.failure_id, decision.status, decision.note])
    return buffer.getvalue()


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``: temp file in the same folder, fsync, then rename.

    Atomic only: callers that read the file first must hold its lock (``write_link_decision``).
    """
    data = text.encode("utf-8")
    replace_atomically(path, lambda stream: stream.write(data))
