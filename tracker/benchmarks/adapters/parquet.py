"""Parquet results, scanned by DuckDB in place (never loaded whole into Python)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from tracker.benchmarks.adapters.base import LoadedTable, SuffixAdapter, UnreadableFile, detect_form
from tracker.errors import InputError, Location
from tracker.settings import InspectSettings


def sql_string(text: str) -> str:
    """A SQL string literal (DuckDB views cannot take parameters)."""
    return "'" + text.replace("'", "''") + "'"


def parquet_rows_sql(path: Path) -> str:
    """The SELECT of a Parquet file's rows as ingest reads them: every column and ``_row``.

    The sample table reads a file again through the same SELECT (``sample_table.SampleView``)
    instead of copying its rows, so both see the same rows and positions.
    """
    source = f"read_parquet({sql_string(str(path))}, file_row_number = true)"
    return f"SELECT * EXCLUDE (file_row_number), file_row_number + 1 AS _row FROM {source}"


class ParquetAdapter(SuffixAdapter):
    """Apache Parquet; ``_row`` is the 1-based row number in the file."""

    name = "Parquet (.parquet, .pq)"
    suffixes: tuple[str, ...] = (".parquet", ".pq")

    def load(
        self,
        path: Path,
        connection: duckdb.DuckDBPyConnection,
        relation: str,
        inspect: InspectSettings,
    ) -> LoadedTable:
        source = f"read_parquet({sql_string(str(path))}, file_row_number = true)"
        try:
            described = connection.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()
            counted = connection.execute(
                f"SELECT sum(num_rows) FROM parquet_file_metadata({sql_string(str(path))})"
            ).fetchone()
        except duckdb.Error as exc:
            raise UnreadableFile(f"not a readable Parquet file ({_first_line(exc)})") from exc
        _refuse_repeated_columns(path)
        columns = {name: kind for name, kind, *_ in described if name != "file_row_number"}
        if not columns:
            raise UnreadableFile("no columns")
        connection.execute(f'CREATE OR REPLACE TEMP VIEW "{relation}" AS {parquet_rows_sql(path)}')
        return LoadedTable(
            file=path,
            form=detect_form(list(columns)),
            relation=relation,
            columns=columns,
            input_rows=int(counted[0] or 0) if counted else 0,
            row_unit="row",
        )


def _refuse_repeated_columns(path: Path) -> None:
    """A column name given twice is an error for the file, as in a CSV header.

    DuckDB would rename the second ``n`` to ``n_1`` and ingest would then ignore it with a
    warning: which one was meant cannot be known. Only the footer is read.
    """
    try:
        names = pq.read_schema(path).names
    except (OSError, ValueError):  # pyarrow cannot read what DuckDB could: leave it to DuckDB
        return
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise InputError(
                Location(str(path), None, name), "duplicate column; each column may appear once"
            )
        seen.add(name)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
