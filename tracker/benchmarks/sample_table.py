"""The ingested sample rows as Parquet, queried with DuckDB: set-based questions, or one group.

The table is a folder. Ingest writes there the usable sample rows of the kept run x environment
groups (``SAMPLE_COLUMNS`` and ``_row``, their position in the order of the input files; a
table source's rows follow the files', in the order its engine gave them): one Parquet part
per input file, in the file's own order (not sorted: the analysis asks set-based questions that
read every row once, so the sort bought nothing for its cost, about as much as the rest of
ingest). A Parquet input is not copied at all: its part is a ``SampleView``, the same checked
SELECT ingest ran, read again from the input file at query time and joined with the kept
groups (``kept.parquet``, a few rows per run and environment). The checks cost a small part of
a scan; writing ten million rows again cost more than reading them. A view whose file changed
since ingest makes the table count as gone (``exists``), so the workspace reads it again.

``SampleTable`` answers ``tracker.analysis.sample_rows.SampleRows`` (and ``PairedSampleRows``)
from that folder: only what a call asks for comes back into pandas.

A ``SampleTable`` pickles as its folder, filter and row count (the workspace keeps it with its
derived results); a table made without a folder of the caller's lives in a temporary folder that
is removed with the object that made it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
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

QUERY_MEMORY_LIMIT = "1GB"
"""DuckDB's buffer limit for the queries on the table (counts, the paired test's per-sample
means, sorted batches spill beyond it). 256 MB ran out on the paired test over the 100M-row
benchmark's 80 viewed files (every file scanned at once holds its own buffers; no split of the
environments helped, one environment alone ran out too); at 1 GB that run peaked at 1.7 GB of
process memory, within the 2 GB target, and the 10M run's peak did not move (720 MB)."""
VIEWS_FILE = "views.json"
"""The folder's list of ``SampleView``s."""
KEPT_FILE = "kept.parquet"
"""The kept run x environment groups the views join with (``KEPT_RELATION``)."""
KEPT_RELATION = "kept_groups"
"""The name the views' SELECTs read the kept groups under (ingest's and the table's)."""


@dataclass(frozen=True)
class SampleView:
    """A part of the table read from its input file at query time instead of copied.

    ``relation_sql`` is the SELECT of the file's rows that ingest read as ``relation``;
    ``select`` is the part's SELECT of ``SAMPLE_COLUMNS`` and ``_row`` over ``relation`` and
    ``KEPT_RELATION``. ``size`` and ``mtime_ns`` are the file's when it was ingested.
    """

    file: str
    relation: str
    relation_sql: str
    select: str
    size: int
    mtime_ns: int

    @classmethod
    def of_file(cls, file: Path, relation: str, relation_sql: str, select: str) -> SampleView:
        stat = file.stat()
        return cls(str(file), relation, relation_sql, select, stat.st_size, stat.st_mtime_ns)

    def unchanged(self) -> bool:
        try:
            stat = Path(self.file).stat()
        except OSError:
            return False
        return (stat.st_size, stat.st_mtime_ns) == (self.size, self.mtime_ns)


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


_SOURCE = "sample_rows"
"""The view of every part's rows in a table's connection."""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def write_sample_parts(
    connection: duckdb.DuckDBPyConnection,
    parts: Sequence[str],
    folder: Path,
    views: Sequence[SampleView] = (),
) -> None:
    """Write each query of ``parts`` (``SAMPLE_COLUMNS`` and ``_row``) to its own Parquet file in
    ``folder``, and ``views`` with the kept groups they join with (``KEPT_RELATION`` of
    ``connection``), replacing what was there.

    One file per part (per input file), in its query's order: rows are not sorted here (a sort
    of ten million rows cost more than the rest of ingest, and no question needs it).
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    partial = folder.with_name(folder.name + f".{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    for index, rows_sql in enumerate(parts):
        target = partial / f"part-{index:05d}.parquet"
        connection.execute(f"COPY ({rows_sql}) TO {_text(str(target))} (FORMAT parquet)")
    if views:
        kept = partial / KEPT_FILE
        connection.execute(f"COPY {KEPT_RELATION} TO {_text(str(kept))} (FORMAT parquet)")
        listed = [asdict(view) for view in views]
        (partial / VIEWS_FILE).write_text(json.dumps(listed, indent=1), encoding="utf-8")
    old = folder.with_name(folder.name + f".{os.getpid()}.old")
    if folder.exists():
        folder.replace(old)
    partial.replace(folder)
    shutil.rmtree(old, ignore_errors=True)


def window_runs_columns(
    windows: Mapping[str, tuple[Sequence[str], Sequence[str]]],
) -> tuple[list[str], list[str], list[int]]:
    """The runs of each environment's two windows as three columns (environment, run, side 0
    for before and 1 for after), the small table a paired query joins its rows to."""
    envs: list[str] = []
    runs: list[str] = []
    sides: list[int] = []
    for env_id, window_runs in windows.items():
        for side, run_ids in enumerate(window_runs):
            envs += [env_id] * len(run_ids)
            runs += [str(r) for r in run_ids]
            sides += [side] * len(run_ids)
    return envs, runs, sides


class SampleTable:
    """``SampleRows`` over the Parquet parts and views ingest wrote (the folder ``path``), rows
    matching ``where``."""

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
        """The folder is there, and no file a view reads changed since ingest."""
        if not self.path.is_dir():
            return False
        views = self._views()
        return (bool(views) or bool(self._parts())) and all(v.unchanged() for v in views)

    def _parts(self) -> list[Path]:
        return sorted(self.path.glob("part-*.parquet"))

    def _views(self) -> list[SampleView]:
        listed = self.path / VIEWS_FILE
        if not listed.is_file():
            return []
        return [SampleView(**view) for view in json.loads(listed.read_text(encoding="utf-8"))]

    def _part_selects(self) -> list[str]:
        """One SELECT of ``SAMPLE_COLUMNS`` and ``_row`` per part, written or viewed."""
        written = [f"SELECT * FROM read_parquet({_text(str(part))})" for part in self._parts()]
        return written + [view.select for view in self._views()]

    # -- queries -------------------------------------------------------------------------------

    def _connection(self) -> duckdb.DuckDBPyConnection:
        # One connection per thread: the dashboard answers callbacks from several threads. A
        # rewrite (set_detected) replaces the folder, and the workspace may move it: a
        # connection set up for the old folder or place is made again.
        stat = self.path.stat()
        state = (str(self.path), stat.st_ino, stat.st_mtime_ns)
        connection: duckdb.DuckDBPyConnection | None = getattr(self._local, "connection", None)
        if connection is not None and getattr(self._local, "state", None) != state:
            connection.close()
            connection = None
        if connection is None:
            # Sorted batches of a large table spill beyond the limit, to a folder of our own.
            spill = Path(tempfile.gettempdir()) / f"specdrift-duckdb-{os.getpid()}"
            connection = duckdb.connect(
                config={"memory_limit": QUERY_MEMORY_LIMIT, "temp_directory": str(spill)}
            )
            connection.execute("SET TimeZone = 'UTC'")
            connection.execute("SET enable_progress_bar = false")
            self._define_rows(connection)
            self._local.connection, self._local.state = connection, state
        return connection

    def _define_rows(self, connection: duckdb.DuckDBPyConnection) -> None:
        """``_SOURCE``: every part's rows, as one view of ``connection``."""
        views = self._views()
        if views:
            kept = _text(str(self.path / KEPT_FILE))
            connection.execute(f"CREATE VIEW {KEPT_RELATION} AS FROM read_parquet({kept})")
        for view in views:
            connection.execute(f'CREATE VIEW "{view.relation}" AS {view.relation_sql}')
        union = " UNION ALL BY NAME ".join(f"({select})" for select in self._part_selects())
        connection.execute(f"CREATE VIEW {_SOURCE} AS {union}")

    @property
    def _source(self) -> str:
        return _SOURCE

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

    def paired_changes(
        self, model: str, windows: Mapping[str, tuple[Sequence[str], Sequence[str]]]
    ) -> dict[str, tuple[int, int]]:
        """``changes_in_group`` of every environment of ``windows`` in one query: each window's
        rows are joined to its runs, averaged per sample id, and the two means compared."""
        if not windows:
            return {}
        envs, runs, sides = window_runs_columns(windows)
        connection = self._connection()
        connection.register(
            "paired_windows",
            pa.table(
                {
                    "env_id": pa.array(envs, pa.string()),
                    "run_id": pa.array(runs, pa.string()),
                    "side": pa.array(sides, pa.int8()),
                }
            ),
        )
        try:
            # avg of 0/1 integers: an exact sum divided once, as pandas' mean of the same rows.
            table = self._query(
                f"""WITH rows AS (
                        SELECT w.env_id, w.side, s.run_id, s.sample_id, s.misbehaved
                        FROM {self._source} s
                        JOIN paired_windows w ON w.env_id = s.env_id AND w.run_id = s.run_id
                        WHERE s.model = ? AND {self.where}),
                    runs AS (
                        SELECT env_id,
                            count(DISTINCT run_id) FILTER (WHERE side = 0) AS base_runs,
                            count(DISTINCT run_id) FILTER (WHERE side = 1) AS current_runs
                        FROM rows GROUP BY env_id),
                    means AS (
                        SELECT env_id, side, sample_id, avg(CAST(misbehaved AS INTEGER)) AS rate
                        FROM rows GROUP BY env_id, side, sample_id),
                    pairs AS (
                        SELECT coalesce(b.env_id, c.env_id) AS env_id, b.rate AS base,
                            c.rate AS cur
                        FROM (FROM means WHERE side = 0) b
                        FULL JOIN (FROM means WHERE side = 1) c
                          ON c.env_id = b.env_id AND c.sample_id = b.sample_id)
                SELECT p.env_id, count(*) FILTER (WHERE p.base > p.cur) AS fell,
                    count(*) FILTER (WHERE p.cur > p.base) AS rose,
                    count(*) FILTER (WHERE p.base IS NULL OR p.cur IS NULL) AS unmatched,
                    any_value(r.base_runs) AS base_runs, any_value(r.current_runs) AS current_runs
                FROM pairs p JOIN runs r ON r.env_id = p.env_id
                GROUP BY p.env_id""",
                [model],
            )
        finally:
            connection.unregister("paired_windows")
        found: dict[str, tuple[int, int]] = {}
        for record in table.to_pylist():
            env_id = str(record["env_id"])
            base_runs, current_runs = windows[env_id]
            complete = (record["base_runs"], record["current_runs"]) == (
                len(base_runs),
                len(current_runs),
            )
            # Both windows with every run, and the same sample ids (none unmatched).
            if complete and base_runs and current_runs and record["unmatched"] == 0:
                found[env_id] = (int(record["fell"]), int(record["rose"]))
        return found

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
            # Views are written out too: their labels now live in the table, not the input.
            relabelled = [
                f"""SELECT s.* REPLACE (
                        CASE WHEN d.row IS NULL THEN s.aware ELSE d.label END AS aware,
                        CASE WHEN d.row IS NULL THEN s.aware_source ELSE {_text(source)} END
                            AS aware_source)
                    FROM ({select}) s
                    LEFT JOIN detected_labels d ON d.row = s._row"""
                for select in self._part_selects()
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
