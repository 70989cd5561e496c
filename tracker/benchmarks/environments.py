"""Read the environment catalog (``environments.csv``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from tracker.benchmarks.adapters.text import physical_lines, split_records
from tracker.benchmarks.models import SPLITS, UNKNOWN, Environment
from tracker.errors import InputError, Location, WorkspaceError

CATALOG_COLUMNS: tuple[str, ...] = (
    "env_id",
    "name",
    "category",
    "split",
    "variant_of",
    "description",
)
REQUIRED_CATALOG_COLUMNS: tuple[str, ...] = ("env_id", "name", "category", "split")
"""``variant_of`` and ``description`` may be left out of the header (they default to empty)."""


def environments_from_ids(env_ids: Iterable[str]) -> list[Environment]:
    """Environments known only from the results (no catalog): split and category unknown."""
    return [
        Environment(env_id=env_id, name=env_id, category=UNKNOWN, split=UNKNOWN)
        for env_id in sorted(set(env_ids))
    ]


def read_environments(path: Path) -> list[Environment]:
    """The catalog's environments in file order.

    Raises ``WorkspaceError`` when the file is missing and ``InputError`` (file, line, column) for
    a missing or repeated column, an empty id, an unknown split, a duplicate ``env_id``, or a
    ``variant_of`` that names no environment in the catalog.
    """
    if not path.is_file():
        raise WorkspaceError(
            f"{path}: environment catalog not found "
            "(set [benchmarks] environments in specdrift.toml)"
        )
    text = _read_text(path)
    for span in split_records(physical_lines(text)):
        if span.open_quote is not None:
            # csv.DictReader would read every line after it into that one field, silently.
            raise InputError(
                Location(str(path), span.open_quote + 1),
                'a quoted field opens on this line and never closes; expected a closing "',
            )
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    if not header:
        raise InputError(Location(str(path), 1), "empty file; expected a header row")
    for position, column in enumerate(header):
        if column and column in header[:position]:
            # DictReader would keep the last of the two silently.
            raise InputError(
                Location(str(path), 1, column),
                f"duplicate column (columns {header.index(column) + 1} and {position + 1} of "
                "the header); each column may appear once",
            )
    reader.fieldnames = header
    for column in REQUIRED_CATALOG_COLUMNS:
        if column not in header:
            raise InputError(
                Location(str(path), 1, column),
                f"missing column; expected {', '.join(CATALOG_COLUMNS)}",
            )
    environments: list[Environment] = []
    first_line: dict[str, int] = {}
    variant_lines: list[tuple[int, str]] = []
    for record in reader:
        line = reader.line_num
        values = {key: (value or "").strip() for key, value in record.items() if key is not None}
        env_id = values.get("env_id", "")
        if not env_id:
            raise InputError(Location(str(path), line, "env_id"), "empty environment id")
        if env_id in first_line:
            raise InputError(
                Location(str(path), line, "env_id"),
                f"duplicate environment {env_id!r} (first on line {first_line[env_id]})",
            )
        split = values.get("split", "")
        if split not in SPLITS:
            raise InputError(
                Location(str(path), line, "split"),
                f"unknown split {split!r}; expected one of {', '.join(SPLITS)}",
            )
        variant_of = values.get("variant_of") or None
        environments.append(
            Environment(
                env_id=env_id,
                name=values.get("name") or env_id,
                category=values.get("category", ""),
                split=split,
                variant_of=variant_of,
                description=values.get("description", ""),
            )
        )
        first_line[env_id] = line
        if variant_of is not None:
            variant_lines.append((line, variant_of))
    for line, variant_of in variant_lines:
        if variant_of not in first_line:
            raise InputError(
                Location(str(path), line, "variant_of"),
                f"names unknown environment {variant_of!r}",
            )
    _refuse_variant_cycles(path, environments, first_line)
    return environments


def _refuse_variant_cycles(
    path: Path, environments: list[Environment], first_line: dict[str, int]
) -> None:
    """A twin of itself, or a ring of twins, has no original: it cannot serve as a control."""
    parent = {env.env_id: env.variant_of for env in environments if env.variant_of}
    for start in parent:
        chain = [start]
        while (step := parent.get(chain[-1])) is not None:
            if step in chain:
                ring = [*chain[chain.index(step) :], step]
                raise InputError(
                    Location(str(path), first_line[step], "variant_of"),
                    "variant_of forms a cycle: "
                    + " -> ".join(ring)
                    + "; a variant must point to an original that is not itself a variant of it",
                )
            chain.append(step)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(Location(str(path), line), f"not UTF-8 text ({exc.reason})") from exc
