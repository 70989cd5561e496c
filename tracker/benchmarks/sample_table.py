"""The ingested sample rows as a Parquet file, queried with DuckDB one group at a time.

Ingest writes the usable sample rows of the kept run x environment groups to one Parquet file
(``SAMPLE_COLUMNS`` and ``_row``, their position in the order of the input files; a table
source's rows follow the files', in the order its engine gave them), sorted by
model line, environment and position. Sorted, each row group of the file holds few groups and
its min/max statistics let DuckDB skip the others, so the rows of one environment and model
line are read without scanning the rest. ``SampleTable`` answers ``tracker.analysis.sample_rows
.SampleRows`` from that file: only what a call asks for comes back into pandas.

A ``SampleTable`` pickles as its file, filter and row count (the workspace keeps it with its
derived results); a table made without a file of the caller's lives in a temporary folder that
is removed with the object that made it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from tracker.analysis.sample_rows import (
    AWARENESS_COUNT_COLUMNS,
    BATCH_ROWS,
    FAILURE_COLUMNS,
    UNLABELLED_COLUMNS,
)
from tracker.benchmarks.models import SAMPLE_COLUMNS

QUERY_MEMORY_LIMIT = "256MB"
"""DuckDB's buffer limit for the queries on the file (one group's rows, counts, sorted batches
spill beyond it)."""
ROW_GROUP_ROWS = 32_768
"""Rows per Parquet row group: small enough that one group's rows span few row groups."""


def typed_samples(table: pa.Table) -> pd.DataFrame:
    """Sample rows from DuckDB as the pandas types of the sample table (Arrow-backed strings:
    about half the memory of ``.df()``)."""
    frame: pd.DataFrame = table.to_pandas()
    if "epoch" in frame.columns:
        frame["epoch"] = frame["epoch"].astype("int64")
    if "aware" in frame.columns:
        frame["aware"] = frame["aware"].astype("boolean")
    if "misbehaved" in frame.columns:
        frame["misbehaved"] = frame["misbehaved"].astype("bool")
    return frame


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def write_sample_parts(
    connection: duckdb.DuckDBPyConnection, parts: Sequence[str], folder: Path
) -> None:
    """Write each query of ``parts`` (``SAMPLE_COLUMNS`` and ``_row``) to its own Parquet file in
    ``folder``, sorted for the groups, replacing what was there.

    One file per part (per input file), each sorted on its own: one sort of every row at once
    would need DuckDB to hold runs of all the inputs together (100M rows did not fit in the
    ingest's 512 MB), while a group's rows in each file still sit together for its statistics.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    partial = folder.with_name(folder.name + f".{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    for index, rows_sql in enumerate(parts):
        target = partial / f"part-{index:05d}.parquet"
        connection.execute(
            f"""COPY (SELECT * FROM ({rows_sql}) ORDER BY model, env_id, _row)
                TO {_text(str(target))} (FORMAT parquet, ROW_GROUP_SIZE {ROW_GROUP_ROWS})"""
        )
    old = folder.with_name(folder.name + f".{os.getpid()}.old")
    if folder.exists():
        folder.replace(old)
    partial.replace(folder)
    shutil.rmtree(old, ignore_errors=True)


class SampleTable:
    """``SampleRows`` over the Parquet files ingest wrote (the folder ``path``), rows matching
    ``where``."""

    def __init__(
        self,
        path: Path,
        rows: int | None = None,
        where: str = "TRUE",
        *,
        owner: object = None,
    ) -> None:
        self.path = path
        self.where = where
        self._owner = owner
        """What keeps a temporary file alive: the table whose view this is (``before``)."""
        self._local = threading.local()
        self._rows = rows if rows is not None else self._count()
        self.peak_rows = 0
        """The most rows one call returned (tests check no call reads the whole table)."""

    @staticmethod
    def temporary_path() -> Path:
        """Where a table goes when its caller names no folder: in a new temporary folder."""
        return Path(tempfile.mkdtemp(prefix="specdrift-samples-")) / "samples"

    def remove_with_self(self) -> None:
        """Remove the temporary folder once nothing refers to this table (or its views)."""
        weakref.finalize(self, shutil.rmtree, self.path.parent, ignore_errors=True)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "where": self.where, "rows": self._rows}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path, self.where, self._rows = state["path"], state["where"], state["rows"]
        self._owner = None
        self._local = threading.local()
        self.peak_rows = 0

    def __repr__(self) -> str:
        return f"SampleTable({str(self.path)!r}, rows={self._rows})"

    def __len__(self) -> int:
        return self._rows

    def exists(self) -> bool:
        return self.path.is_dir() and any(self.path.glob("part-*.parquet"))

    def _parts(self) -> list[Path]:
        return sorted(self.path.glob("part-*.parquet"))

    # -- queries -------------------------------------------------------------------------------

    def _connection(self) -> duckdb.DuckDBPyConnection:
        # One connection per thread: the dashboard answers callbacks from several threads.
        connection: duckdb.DuckDBPyConnection | None = getattr(self._local, "connection", None)
        if connection is None:
            # Sorted batches of a large table spill beyond the limit, to a folder of our own.
            spill = Path(tempfile.gettempdir()) / f"specdrift-duckdb-{os.getpid()}"
            connection = duckdb.connect(
                config={"memory_limit": QUERY_MEMORY_LIMIT, "temp_directory": str(spill)}
            )
            connection.execute("SET TimeZone = 'UTC'")
            connection.execute("SET enable_progress_bar = false")
            self._local.connection = connection
        return connection

    @property
    def _source(self) -> str:
        return f"read_parquet({_text(str(self.path / 'part-*.parquet'))})"

    def _query(self, sql: str, parameters: Sequence[object] = ()) -> pa.Table:
        table: pa.Table = self._connection().sql(sql, params=list(parameters)).to_arrow_table()
        self.peak_rows = max(self.peak_rows, table.num_rows)
        return table

    def _stream(self, sql: str, batch_rows: int) -> Iterator[pd.DataFrame]:
        cursor = self._connection().cursor()
        try:
            reader = cursor.sql(sql).to_arrow_reader(batch_rows)
            for batch in reader:
                self.peak_rows = max(self.peak_rows, batch.num_rows)
                yield typed_samples(pa.Table.from_batches([batch]))
        finally:
            cursor.close()

    def _count(self) -> int:
        rows = (
            self._connection()
            .sql(f"SELECT count(*) FROM {self._source} WHERE {self.where}")
            .fetchall()
        )
        return int(rows[0][0])

    def joint_counts(self, model: str) -> dict[tuple[str, str], int]:
        table = self._query(
            f"""SELECT run_id, env_id, count(*) FILTER (WHERE aware AND misbehaved) AS both
                FROM {self._source}
                WHERE model = ? AND aware IS NOT NULL AND misbehaved IS NOT NULL
                  AND {self.where}
                GROUP BY run_id, env_id""",
            [model],
        )
        runs, envs, counts = (table.column(i).to_pylist() for i in range(3))
        return {(str(r), str(e)): int(c) for r, e, c in zip(runs, envs, counts, strict=True)}

    def group(self, model: str, env_id: str, columns: Sequence[str]) -> pd.DataFrame:
        wanted = ", ".join(_quote(name) for name in columns)
        return typed_samples(
            self._query(
                f"""SELECT {wanted} FROM {self._source}
                    WHERE model = ? AND env_id = ? AND {self.where} ORDER BY _row""",
                [model, env_id],
            )
        )

    def before(self, moment: datetime) -> SampleTable:
        stamp = _text(moment.isoformat())
        where = f"({self.where}) AND date < CAST({stamp} AS TIMESTAMPTZ)"
        return SampleTable(self.path, where=where, owner=self)

    def failure_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        columns = ", ".join("_row AS row" if c == "row" else c for c in FAILURE_COLUMNS)
        return self._stream(
            f"""SELECT {columns} FROM {self._source}
                WHERE misbehaved AND reasoning IS NOT NULL AND {self.where} ORDER BY _row""",
            batch_rows,
        )

    def unlabelled_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        columns = ", ".join("_row AS row" if c == "row" else c for c in UNLABELLED_COLUMNS)
        return self._stream(
            f"""SELECT {columns} FROM {self._source}
                WHERE aware IS NULL AND reasoning IS NOT NULL AND {self.where} ORDER BY _row""",
            batch_rows,
        )

    def set_detected(self, rows: Sequence[int], labels: Sequence[bool], source: str) -> None:
        """Rewrite the files with these labels (the files are the table: new ones replace them)."""
        connection = self._connection()
        connection.register(
            "detected_labels",
            pa.table(
                {
                    "row": pa.array([int(r) for r in rows], pa.int64()),
                    "label": pa.array([bool(v) for v in labels], pa.bool_()),
                }
            ),
        )
        try:
            relabelled = [
                f"""SELECT s.* REPLACE (
                        CASE WHEN d.row IS NULL THEN s.aware ELSE d.label END AS aware,
                        CASE WHEN d.row IS NULL THEN s.aware_source ELSE {_text(source)} END
                            AS aware_source)
                    FROM read_parquet({_text(str(part))}) s
                    LEFT JOIN detected_labels d ON d.row = s._row"""
                for part in self._parts()
            ]
            write_sample_parts(connection, relabelled, self.path)
        finally:
            connection.unregister("detected_labels")

    def awareness_counts(self, groups: Sequence[tuple[str, str]]) -> pd.DataFrame:
        connection = self._connection()
        connection.register(
            "wanted_groups",
            pa.table(
                {
                    "run_id": pa.array([str(r) for r, _ in groups], pa.string()),
                    "env_id": pa.array([str(e) for _, e in groups], pa.string()),
                }
            ),
        )
        try:
            table = self._query(
                f"""SELECT s.run_id, s.env_id, count(*) AS rows,
                        count(*) FILTER (WHERE s.aware IS NULL) AS unknown,
                        count(*) FILTER (WHERE s.aware) AS aware,
                        count(*) FILTER (WHERE s.aware AND s.misbehaved) AS both
                    FROM {self._source} s
                    JOIN wanted_groups w ON w.run_id = s.run_id AND w.env_id = s.env_id
                    WHERE {self.where}
                    GROUP BY s.run_id, s.env_id"""
            )
        finally:
            connection.unregister("wanted_groups")
        frame: pd.DataFrame = table.to_pandas()
        return frame[list(AWARENESS_COUNT_COLUMNS)]

    # -- not for the analysis ------------------------------------------------------------------

    def to_pandas(self) -> pd.DataFrame:
        """Every row, in the order of the input files: for small tables and tests only (the
        analysis asks ``SampleRows``' questions instead)."""
        columns = ", ".join(_quote(name) for name in SAMPLE_COLUMNS)
        table = (
            self._connection()
            .sql(f"SELECT {columns} FROM {self._source} WHERE {self.where} ORDER BY _row")
            .to_arrow_table()
        )
        return typed_samples(table)
