"""What every results adapter shares: the loaded-table record and the adapter protocol.

An adapter reads one file into a DuckDB relation of raw rows (one row per aggregate row or per
sample and epoch) with a ``_row`` locator column; the checks and the aggregation that follow are
the same for every format (``tracker.benchmarks.checks``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

import duckdb

from tracker.benchmarks.models import RowProblem
from tracker.settings import InspectSettings

Form = Literal["aggregate", "sample"]
"""Aggregate rows carry counts (``n``, ``misbehaved``); sample rows carry a ``sample_id``."""


def detect_form(columns: list[str]) -> Form:
    """Sample form has a ``sample_id`` column; everything else is read as aggregate rows."""
    return "sample" if "sample_id" in columns else "aggregate"


class UnreadableFile(Exception):
    """The file cannot be read at all; ingest reports it as one problem and moves on.

    ``rows`` is how many data rows the file holds as far as they can be counted (a CSV or JSON
    Lines file in the wrong encoding still has lines); they count as input rows, all rejected.
    """

    def __init__(
        self, reason: str, row: int | None = None, column: str | None = None, rows: int = 0
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.row = row
        self.column = column
        self.rows = rows


@dataclass
class LoadedTable:
    """The raw rows of one file, registered in a DuckDB connection under ``relation``."""

    file: Path
    form: Form
    relation: str
    """A view or table with the file's columns plus ``_row`` (line number or 1-based row)."""
    columns: dict[str, str]
    """Column name -> DuckDB type name, ``_row`` excluded."""
    input_rows: int
    """Data rows in the file, including those the adapter already rejected."""
    problems: list[RowProblem] = field(default_factory=list)
    """Problems the adapter found itself (a line that is not JSON, a sample without a score)."""
    rejected_rows: int = 0
    """Rows the adapter rejected itself (counted in ``input_rows``, absent from ``relation``)."""
    row_unit: Literal["line", "row"] = "line"
    """Whether ``_row`` is a file line (CSV, JSONL) or a 1-based row or sample position."""


class SuffixAdapter:
    """An adapter chosen by the file's suffix (case-insensitive), as every built-in one is."""

    suffixes: tuple[str, ...] = ()

    def handles(self, path: Path) -> bool:
        return path.suffix.lower() in self.suffixes


class Adapter(Protocol):
    """Reads one kind of results file."""

    name: str
    """The format's name, as listed in the unknown-format error."""
    suffixes: tuple[str, ...]

    def handles(self, path: Path) -> bool:
        """Whether this adapter reads ``path`` (decided from the name, without reading it)."""
        ...

    def load(
        self,
        path: Path,
        connection: duckdb.DuckDBPyConnection,
        relation: str,
        inspect: InspectSettings,
    ) -> LoadedTable:
        """Register the file's rows as ``relation``; raise ``UnreadableFile`` if it cannot."""
        ...
