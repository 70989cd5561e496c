"""Read results files of every format into one results table, reporting every unusable row.

Counting rows: an aggregate row is one input row; a sample row (one sample in one epoch, a CSV
record, a Parquet row, or an Inspect sample summary) is one input row. Text files are counted
from their lines, not from what a parser recovered (``adapters.text``). A file that cannot be
read at all contributes one file-level problem and the rows it can still be seen to hold
(``UnreadableFile.rows``: a CSV or JSON Lines file that is not UTF-8), all rejected. Always
``ingested_rows + rejected_rows == input_rows``, where ingested rows are the aggregate rows kept
plus the sample rows kept.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd
import pyarrow as pa

from tracker.benchmarks.adapters import (
    LoadedTable,
    ScoutLabels,
    UnreadableFile,
    aware_source,
    find_adapter,
    known_formats,
    read_scout_labels,
)
from tracker.benchmarks.adapters.parquet import ParquetAdapter, parquet_rows_sql
from tracker.benchmarks.checks import (
    checked_sql,
    known_columns,
    required_columns,
    sample_groups_sql,
)
from tracker.benchmarks.models import RESULT_COLUMNS, Environment, RowProblem
from tracker.benchmarks.sample_table import (
    KEPT_RELATION,
    SampleTable,
    SampleView,
    write_sample_parts,
)
from tracker.benchmarks.table_sample_rows import ROW_BITS, SourcesSampleRows, TableSampleRows
from tracker.benchmarks.versions import version_in_force
from tracker.errors import InputError, Location
from tracker.settings import InspectSettings, ScoutSettings
from tracker.spec.models import SpecVersion

if TYPE_CHECKING:
    from tracker.analysis.sample_rows import SampleRows
    from tracker.awareness.labelling import AwarenessSource
    from tracker.benchmarks.tables import EngineRows, TableSource

_NULLABLE_COUNTS = ("n_ids", "epochs", "aware", "misbehaved_aware", "misbehaved_ids")


@dataclass
class IngestResult:
    """The results table, the sample table when samples were given, and every problem found."""

    results: pd.DataFrame
    """One row per run and environment, columns ``RESULT_COLUMNS``."""
    sample_table: SampleTable | None
    """The files' rows, one per sample and epoch (``SAMPLE_COLUMNS``), in Parquet files queried
    per group (``tracker.benchmarks.sample_table``); None when no file had sample rows."""
    problems: list[RowProblem] = field(default_factory=list)
    """Errors (rows dropped) and warnings (rows kept), in the order they were found."""
    input_rows: int = 0
    rejected_rows: int = 0
    ingested_rows: int = 0
    """Aggregate rows kept plus sample rows kept."""
    awareness: AwarenessSource | None = None
    """Set when the awareness detector labelled sample rows (``tracker.awareness.labelling``)."""
    table_rows: list[TableSampleRows] = field(default_factory=list)
    """The table sources' sample rows, which stay in their engines and are asked for by group
    (``tracker.benchmarks.table_sample_rows``)."""

    @property
    def sample_rows(self) -> SampleRows | None:
        """Every source's sample rows as one ``SampleRows`` (None without any): the files'
        sample table, else with the table sources' rows after it."""
        if not self.table_rows:
            return self.sample_table
        if self.sample_table is None and len(self.table_rows) == 1:
            return self.table_rows[0]
        return SourcesSampleRows(self.sample_table, self.table_rows)

    @property
    def samples(self) -> pd.DataFrame | None:
        """Every sample row in pandas, in input order: for small tables and tests. The analysis
        reads ``sample_rows`` one group at a time instead."""
        if not self.table_rows:
            return self.sample_table.to_pandas() if self.sample_table is not None else None
        return SourcesSampleRows(self.sample_table, self.table_rows).to_pandas()

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "warning"]


class _Problems:
    """Collects problems; in strict mode the first error stops ingest with an InputError."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.items: list[RowProblem] = []

    def add(self, problem: RowProblem) -> None:
        if self.strict and problem.severity == "error":
            # A table source's row has no line: its key columns say which row it is.
            where = problem.file if problem.key is None else f"{problem.file}, row ({problem.key})"
            raise InputError(Location(where, problem.row, problem.column), problem.reason)
        self.items.append(problem)


def iter_result_files(paths: Sequence[Path], problems: _Problems) -> Iterator[Path]:
    """Files in ``paths``; folders are walked recursively (hidden files and folders skipped)."""
    for path in paths:
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(folder) / name
        elif path.is_file():
            yield path
        else:
            problems.add(
                RowProblem(file=str(path), row=None, column=None, reason="no such file or folder")
            )


def read_results(
    paths: Sequence[Path],
    *,
    environments: Sequence[Environment] | None,
    inspect: InspectSettings,
    versions: Sequence[SpecVersion] = (),
    strict: bool = False,
    keep_samples: bool = True,
    scout: ScoutSettings | None = None,
    tables: Sequence[TableSource] = (),
    sample_file: Path | None = None,
) -> IngestResult:
    """Read every results file in ``paths`` (files or folders) into one checked results table.

    ``environments`` is the catalog; None means the workspace has none, and the environments are
    the ids found in the results (one warning says so). Lenient by default: each unusable row
    becomes a ``RowProblem`` and is counted as rejected.
    With ``strict=True`` the first error raises ``InputError``. ``keep_samples=False`` skips
    building the sample table (the results are the same); the sample table is written to the
    folder ``sample_file`` (Parquet), else to a temporary one removed with the table. ``scout``
    (its ``scans`` resolved) labels sample rows from Inspect Scout results; a result that labels
    no sample is a warning. ``tables`` are read after the files, checked and aggregated by their
    own engines (``tracker.benchmarks.tables``); a sample table's rows stay there, and the
    analysis asks its engine for them group by group (``table_rows``).
    """
    problems = _Problems(strict)
    counter = _Counter()
    connection = _connect()
    # The table sources with usable sample rows: _source_index, source, rows in its engine.
    with_samples: list[tuple[int, TableSource, EngineRows | None]] = []
    table_rows: list[TableSampleRows] = []
    try:
        labels = None
        if scout is not None and scout.scans:
            labels = read_scout_labels([Path(p) for p in scout.scans], scout, connection)
            for problem in labels.problems:
                problems.add(problem)
        candidates: list[pd.DataFrame] = []
        sample_sources: list[tuple[LoadedTable, str, str | None]] = []
        for index, path in enumerate(iter_result_files(paths, problems)):
            read = _read_file(
                path, f"input_{index}", connection, inspect, problems, counter, labels
            )
            if read is None:
                continue
            loaded, table, source_of_aware = read
            table["_source_index"] = len(sample_sources) if loaded.form == "sample" else -1
            candidates.append(table)
            if loaded.form == "sample":
                checked = checked_sql("sample", loaded.relation, loaded.columns)
                sample_sources.append((loaded, checked, source_of_aware))
        if labels is not None and labels.relation is not None:
            _report_unmatched(connection, labels, problems)
        if tables:
            candidates += _read_tables(
                tables, problems, counter, len(sample_sources), with_samples, keep_samples
            )
        results = _combine(candidates, environments, versions, problems, counter)
        samples = None
        if keep_samples:
            if sample_sources:
                samples = _sample_table(connection, sample_sources, results, sample_file)
            table_rows = _table_rows(with_samples, results)
    finally:
        connection.close()
        for _, _, engine in with_samples:  # rows no TableSampleRows took (an error, none kept)
            if engine is not None and not any(t.holds(engine) for t in table_rows):
                engine.close()
    return IngestResult(
        results=results[list(RESULT_COLUMNS)].reset_index(drop=True),
        sample_table=samples,
        problems=problems.items,
        input_rows=counter.input_rows,
        rejected_rows=counter.rejected_rows,
        ingested_rows=counter.input_rows - counter.rejected_rows,
        table_rows=table_rows,
    )


def _read_tables(
    tables: Sequence[TableSource],
    problems: _Problems,
    counter: _Counter,
    first_index: int,
    with_samples: list[tuple[int, TableSource, EngineRows | None]],
    keep_rows: bool,
) -> list[pd.DataFrame]:
    """Candidate result rows of each table source (imported here: Ibis costs a second); the
    sample tables with usable rows go to ``with_samples``, each with its ``_source_index``
    (after the files') and, with ``keep_rows``, those rows stored in its engine."""
    from tracker.benchmarks.tables import read_table

    candidates: list[pd.DataFrame] = []
    for source in tables:
        read = read_table(source, keep_rows=keep_rows)
        if read.engine is not None:  # listed first: closed on an error below
            with_samples.append((first_index + len(with_samples), source, read.engine))
        for problem in read.problems:
            problems.add(problem)
        counter.input_rows += read.input_rows
        counter.rejected_rows += read.rejected_rows
        if read.frame is not None:
            read.frame["_source_index"] = -1
            if read.has_samples:
                if read.engine is None:
                    with_samples.append((first_index + len(with_samples), source, None))
                read.frame["_source_index"] = with_samples[-1][0]
            if read.form == "sample":
                _warn_repeated_samples(source.name, read.frame, problems)
            candidates.append(read.frame)
    return candidates


def _table_rows(
    with_samples: Sequence[tuple[int, TableSource, EngineRows | None]], results: pd.DataFrame
) -> list[TableSampleRows]:
    """The sample rows of each table source's kept groups, left in its engine."""
    found = []
    for index, source, engine in with_samples:
        kept = results[results["_source_index"] == index][["run_id", "env_id", "spec_version"]]
        if len(kept) and engine is not None:
            found.append(TableSampleRows(source, index, kept.reset_index(drop=True), engine))
    return found


def _row_of(value: Any) -> int | None:
    """A candidate's ``first_row``; None for a table source's row, which has no line."""
    return None if value is None or pd.isna(value) else int(value)


def _group_key(run_id: object, env_id: object) -> str:
    """The locator of a table source's run x environment group (``RowProblem.key``)."""
    return f"run_id={str(run_id)!r}, env_id={str(env_id)!r}"


DUCKDB_MEMORY_LIMIT = "512MB"
"""DuckDB's buffer limit while ingesting; beyond it, aggregation spills to a temporary folder."""


def _connect() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB in UTC (a bare date is UTC) with bounded memory and no progress bar."""
    spill = Path(tempfile.gettempdir()) / f"specdrift-duckdb-{os.getpid()}"
    connection = duckdb.connect(
        config={"memory_limit": DUCKDB_MEMORY_LIMIT, "temp_directory": str(spill)}
    )
    connection.execute("SET TimeZone = 'UTC'")
    connection.execute("SET enable_progress_bar = false")
    return connection


@dataclass
class _Counter:
    input_rows: int = 0
    rejected_rows: int = 0


def _read_file(
    path: Path,
    relation: str,
    connection: duckdb.DuckDBPyConnection,
    inspect: InspectSettings,
    problems: _Problems,
    counter: _Counter,
    labels: ScoutLabels | None = None,
) -> tuple[LoadedTable, pd.DataFrame, str | None] | None:
    """One file's candidate result rows and where its awareness labels come from, or None."""
    adapter = find_adapter(path)
    if adapter is None:
        reason = (
            f"unknown format {path.suffix or '(no suffix)'!r}; known formats: {known_formats()}"
        )
        problems.add(RowProblem(file=str(path), row=None, column=None, reason=reason))
        return None
    try:
        loaded = adapter.load(path, connection, relation, inspect)
    except UnreadableFile as exc:
        problems.add(RowProblem(file=str(path), row=exc.row, column=exc.column, reason=exc.reason))
        counter.input_rows += exc.rows
        counter.rejected_rows += exc.rows
        return None
    for problem in loaded.problems:
        problems.add(problem)
    counter.input_rows += loaded.input_rows
    counter.rejected_rows += loaded.rejected_rows
    source_of_aware = aware_source(adapter, inspect)
    try:
        if labels is not None and labels.relation is not None and loaded.form == "sample":
            _apply_scout(connection, loaded, labels.relation)
        table = _read_loaded(loaded, connection, problems, counter, source_of_aware)
    except duckdb.Error as exc:  # e.g. a Parquet file whose pages are corrupt
        reason = f"unreadable ({str(exc).strip().splitlines()[0]})"
        problems.add(RowProblem(file=str(path), row=None, column=None, reason=reason))
        counter.rejected_rows += loaded.input_rows - loaded.rejected_rows
        return None
    return (loaded, table, source_of_aware) if table is not None else None


def _read_loaded(
    loaded: LoadedTable,
    connection: duckdb.DuckDBPyConnection,
    problems: _Problems,
    counter: _Counter,
    source_of_aware: str | None = "column",
) -> pd.DataFrame | None:
    """Candidate result rows of one file (``_input_rows`` each stands for), or None."""
    file = str(loaded.file)
    present = set(loaded.columns)
    missing = [name for name in required_columns(loaded.form) if name not in present]
    if missing:
        for name in missing:
            problems.add(
                RowProblem(
                    file=file,
                    row=1 if loaded.row_unit == "line" else None,
                    column=name,
                    reason=f"missing column; {loaded.form} rows need "
                    f"{', '.join(required_columns(loaded.form))}",
                )
            )
        counter.rejected_rows += loaded.input_rows - loaded.rejected_rows
        return None
    ignored = [name for name in loaded.columns if name not in known_columns(loaded.form)]
    if ignored:
        problems.add(
            RowProblem(
                file=file,
                row=None,
                column=None,
                reason=f"ignored unknown columns: {', '.join(ignored)}",
                severity="warning",
            )
        )
    checked = checked_sql(loaded.form, loaded.relation, loaded.columns)
    if loaded.form == "aggregate":
        frame = connection.execute(f"SELECT * FROM ({checked}) ORDER BY _row").df()
        bad = frame[frame["_problem"].notna()]
        _report_bad_rows(file, bad["_row"].tolist(), bad["_problem"].tolist(), problems)
        counter.rejected_rows += len(bad)
        good = frame[frame["_problem"].isna()].copy()
        good["n_ids"] = None
        good["epochs"] = None
        good["misbehaved_ids"] = None
        good["first_row"] = good["_row"]
        good["_input_rows"] = 1
        good["aware_source"] = good["aware"].map(lambda v: None if pd.isna(v) else source_of_aware)
    else:
        groups = connection.execute(sample_groups_sql(checked)).df()
        bad_count = int(groups["bad_rows"].sum()) if len(groups) else 0
        if bad_count:
            bad_rows = connection.execute(
                f"SELECT _row, _problem FROM ({checked}) WHERE _problem IS NOT NULL ORDER BY _row"
            ).fetchall()
            _report_bad_rows(file, [r for r, _ in bad_rows], [p for _, p in bad_rows], problems)
        counter.rejected_rows += bad_count
        good = groups[groups["n"] > 0].copy()
        unknown = good["aware_unknown"] > 0
        good["aware"] = good["aware"].astype("Int64").mask(unknown)
        good["misbehaved_aware"] = good["misbehaved_aware"].astype("Int64").mask(unknown)
        good["_input_rows"] = good["n"]
        good["aware_source"] = _group_aware_source(
            connection, loaded, checked, good, source_of_aware
        )
        _warn_repeated_samples(file, good, problems)
    good["source"] = file
    good["_row_unit"] = loaded.row_unit
    return good


def _warn_repeated_samples(file: str, groups: pd.DataFrame, problems: _Problems) -> None:
    """Warn where a group has more rows than ids x epochs: some (sample, epoch) came twice.

    A cheap test (an exact one needs another distinct count over every row); it catches every
    repeat when each sample ran every epoch, which is how evaluation harnesses write samples.
    """
    repeated = groups[groups["n"] > groups["n_ids"] * groups["epochs"]]
    for record in repeated.to_dict("records"):
        row = _row_of(record["first_row"])
        problems.add(
            RowProblem(
                file=file,
                row=row,
                key=_group_key(record["run_id"], record["env_id"]) if row is None else None,
                column="sample_id",
                reason=f"run {record['run_id']!r}, environment {record['env_id']!r}: "
                f"{int(record['n'])} rows for {int(record['n_ids'])} sample ids x "
                f"{int(record['epochs'])} epochs; some (sample_id, epoch) pairs repeat",
                severity="warning",
            )
        )


def _report_bad_rows(file: str, rows: list[int], reasons: list[str], problems: _Problems) -> None:
    for row, coded in zip(rows, reasons, strict=True):
        column, _, reason = str(coded).partition("\t")
        problems.add(RowProblem(file=file, row=int(row), column=column or None, reason=reason))


def _combine(
    candidates: list[pd.DataFrame],
    environments: Sequence[Environment] | None,
    versions: Sequence[SpecVersion],
    problems: _Problems,
    counter: _Counter,
) -> pd.DataFrame:
    """Concatenate candidates, reject duplicate (run, env), warn on unknown envs, set versions."""
    columns = [*RESULT_COLUMNS, "first_row", "_input_rows", "_source_index"]
    if not candidates:
        return _typed(pd.DataFrame({name: [] for name in columns}))
    frame = pd.concat([c.reindex(columns=columns) for c in candidates], ignore_index=True)
    duplicate = frame.duplicated(subset=["run_id", "env_id"], keep="first")
    if duplicate.any():
        first = frame[~duplicate].set_index(["run_id", "env_id"])
        for _, row in frame[duplicate].iterrows():
            kept = first.loc[(row["run_id"], row["env_id"])]
            line, kept_line = _row_of(row["first_row"]), _row_of(kept["first_row"])
            problems.add(
                RowProblem(
                    file=str(row["source"]),
                    row=line,
                    key=_group_key(row["run_id"], row["env_id"]) if line is None else None,
                    column="env_id",
                    reason=f"duplicate result for run {row['run_id']!r} and environment "
                    f"{row['env_id']!r} (first in {kept['source']}"
                    f"{'' if kept_line is None else f', row {kept_line}'}); "
                    f"{int(row['_input_rows'])} input row(s) rejected",
                )
            )
        counter.rejected_rows += int(frame.loc[duplicate, "_input_rows"].sum())
        frame = frame[~duplicate].reset_index(drop=True)
    if environments is None:
        if len(frame):
            problems.add(
                RowProblem(
                    file="specdrift.toml",
                    row=None,
                    column="environments",
                    reason=f"no environment catalog: the {frame['env_id'].nunique()} environments "
                    "are the ids found in the results, with split and category 'unknown' "
                    "(set [benchmarks] environments for controls by split and category)",
                    severity="warning",
                )
            )
        environments = ()
        known = set(frame["env_id"])
    else:
        known = {env.env_id for env in environments}
    unknown = frame[~frame["env_id"].isin(known)]
    for (source, env_id), group in unknown.groupby(["source", "env_id"], sort=False):
        lines = group["first_row"].dropna()
        problems.add(
            RowProblem(
                file=str(source),
                row=_row_of(lines.min()) if len(lines) else None,
                key=None if len(lines) else f"env_id={str(env_id)!r}",
                column="env_id",
                reason=f"environment {env_id!r} is not in the catalog; kept",
                severity="warning",
            )
        )
    frame = _typed(frame)
    if versions:
        missing = frame["spec_version"].isna()
        frame.loc[missing, "spec_version"] = [
            version_in_force(versions, when.to_pydatetime()) for when in frame.loc[missing, "date"]
        ]
    return frame


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["date"] = pd.to_datetime(frame["date"], utc=True)
    for name in ("n", "misbehaved"):
        frame[name] = frame[name].astype("int64")
    for name in _NULLABLE_COUNTS:
        frame[name] = pd.array(frame[name].tolist(), dtype="Int64")
    for name in ("run_id", "model", "env_id", "source"):
        frame[name] = frame[name].astype("str")
    frame["aware_source"] = (
        frame["aware_source"].astype("object").where(frame["aware_source"].notna(), None)
    )
    frame["spec_version"] = (
        frame["spec_version"].astype("object").where(frame["spec_version"].notna(), None)
    )
    return frame


def _sample_table(
    connection: duckdb.DuckDBPyConnection,
    sources: list[tuple[LoadedTable, str, str | None]],
    results: pd.DataFrame,
    path: Path | None,
) -> SampleTable:
    """The usable sample rows of the run x environment groups that were kept, in the folder
    ``path`` (else a temporary one): one part per file of ``sources``. A Parquet file's part
    is a view of the file (nothing is copied); the others' rows are written."""
    # The files' kept groups only: a table source's rows stay in its engine (``_table_rows``).
    of_files = results["_source_index"].between(0, len(sources) - 1)
    kept = results[of_files][["_source_index", "run_id", "env_id", "spec_version"]]
    connection.register(
        KEPT_RELATION,
        pa.table(
            {
                "source_index": pa.array(
                    kept["_source_index"].astype("int64").tolist(), pa.int64()
                ),
                "run_id": pa.array(kept["run_id"].tolist(), pa.string()),
                "env_id": pa.array(kept["env_id"].tolist(), pa.string()),
                "spec_version": pa.array(kept["spec_version"].tolist(), pa.string()),
            }
        ),
    )
    parts = []
    views = []
    for index, (loaded, checked, source_of_aware) in enumerate(sources):
        source = _sql_text(str(loaded.file))
        constant = _sql_text(source_of_aware) if source_of_aware is not None else "NULL"
        scout = _match_table(loaded)
        if scout is None:
            origin, join = constant, ""
        else:
            origin = f"coalesce('scout:' || m.scanner, {constant})"
            join = f"LEFT JOIN {scout} m ON m._row = s._row AND m.label_kind = 'aware'"
        # _row: the position in the input files (file by file, row by row), the table's order.
        select = f"""SELECT s.run_id, s.model, s.date, k.spec_version, s.env_id, s.sample_id,
                    CAST(s.epoch AS BIGINT) AS epoch, CAST(s.misbehaved AS BOOLEAN) AS misbehaved,
                    CAST(s.aware AS BOOLEAN) AS aware, s.reasoning, {source} AS source,
                    CASE WHEN s.aware IS NOT NULL THEN {origin} END AS aware_source,
                    (CAST({index} AS BIGINT) << {_ROW_BITS}) + s._row AS _row
                FROM ({checked}) s JOIN {KEPT_RELATION} k
                  ON k.source_index = {index} AND k.run_id = s.run_id AND k.env_id = s.env_id
                {join}
                WHERE s._problem IS NULL"""
        if scout is None and isinstance(find_adapter(loaded.file), ParquetAdapter):
            # Read again from the file at query time: the checks cost less than a copy.
            # The file by its absolute path: the table is read later, maybe from another folder.
            file = loaded.file.resolve()
            views.append(SampleView.of_file(file, loaded.relation, parquet_rows_sql(file), select))
        else:
            parts.append(select)
    target = SampleTable.temporary_path() if path is None else path
    try:
        write_sample_parts(connection, parts, target, views)
    except BaseException:
        if path is None:  # a temporary folder of ours: nothing will ever read it
            shutil.rmtree(target.parent, ignore_errors=True)
        raise
    # A file's kept group holds its n usable rows: counting them again would scan every view.
    table = SampleTable(target, int(results.loc[kept.index, "n"].sum()))
    if path is None:
        table.remove_with_self()
    return table


_ROW_BITS = ROW_BITS
"""``_row`` of a sample row is its file's index shifted left by this, plus its row in the file
(a file holds fewer than 2**40 rows); a table source's rows are numbered the same way."""


_SCOUTED = "_scouted"
"""Suffix of the view of a file's rows with Scout labels applied; ``_scout_match`` names the
table of which rows were labelled (``_row``, ``label_kind``, ``scanner``, ``label``)."""


def _match_table(loaded: LoadedTable) -> str | None:
    if not loaded.relation.endswith(_SCOUTED):
        return None
    return loaded.relation.removesuffix(_SCOUTED) + "_scout_match"


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _apply_scout(connection: duckdb.DuckDBPyConnection, loaded: LoadedTable, labels: str) -> None:
    """Label the file's sample rows from Scout results, in place of their column or scorer.

    A row matches a result by transcript id (an Inspect log's sample uuid), else by the eval
    id (Inspect) or run id (other files), sample id and epoch. Several results of one
    transcript: the label is true when any is. ``loaded`` then reads the labelled view.
    """
    raw = loaded.relation
    present = {str(row[0]) for row in connection.execute(f'DESCRIBE "{raw}"').fetchall()}
    source = "r._eval_id" if "_eval_id" in present else "CAST(r.run_id AS VARCHAR)"
    epoch = "coalesce(TRY_CAST(r.epoch AS BIGINT), 1)" if "epoch" in present else "1"
    key = (
        f"l.source_id = {source} AND l.task_id = trim(CAST(r.sample_id AS VARCHAR)) "
        f"AND l.epoch = {epoch}"
    )
    by_id = "l.transcript_id = r._transcript_id" if "_transcript_id" in present else None
    # Two equi-joins, not one OR join: DuckDB hashes each; the second only for rows the first
    # left unmatched, so a row is never labelled twice over.
    pairs = (
        "SELECT r._row, l.label_kind, l.scanner, l.label, l.file, l.row AS label_row "
        f'FROM "{raw}" r JOIN {labels} l ON {key}'
    )
    if by_id is not None:
        pairs = f"""
            WITH by_id AS (
                SELECT r._row, l.label_kind, l.scanner, l.label, l.file, l.row AS label_row
                FROM "{raw}" r JOIN {labels} l ON {by_id}
            ), by_key AS (
                SELECT r._row, l.label_kind, l.scanner, l.label, l.file, l.row AS label_row
                FROM "{raw}" r JOIN {labels} l ON {key}
                WHERE l.transcript_id IS NULL OR l.transcript_id NOT IN (
                    SELECT _transcript_id FROM "{raw}" WHERE _transcript_id IS NOT NULL)
            )
            SELECT * FROM by_id UNION ALL SELECT * FROM by_key"""
    base = raw.removesuffix(_SCOUTED)
    connection.execute(f'CREATE OR REPLACE TABLE "{base}_scout_pairs" AS {pairs}')
    connection.execute(
        f"""CREATE OR REPLACE TABLE "{base}_scout_match" AS
            SELECT _row, label_kind, min(scanner) AS scanner, bool_or(label) AS label
            FROM "{base}_scout_pairs" GROUP BY _row, label_kind"""
    )
    replaced, joins = [], []
    for kind in ("aware", "misbehaved"):
        old = f"CAST(r.{kind} AS VARCHAR)" if kind in present else "NULL"
        replaced.append(
            f"CASE WHEN m_{kind}.label IS NOT NULL THEN CAST(m_{kind}.label AS VARCHAR) "
            f"ELSE {old} END AS {kind}"
        )
        joins.append(
            f'LEFT JOIN "{base}_scout_match" m_{kind} '
            f"ON m_{kind}._row = r._row AND m_{kind}.label_kind = '{kind}'"
        )
    keep = ", ".join(f'r."{name}"' for name in present if name not in ("aware", "misbehaved"))
    connection.execute(
        f'CREATE OR REPLACE VIEW "{base}{_SCOUTED}" AS SELECT {keep}, {", ".join(replaced)} '
        f'FROM "{raw}" r {" ".join(joins)}'
    )
    loaded.relation = f"{base}{_SCOUTED}"
    loaded.columns = {**loaded.columns, "aware": "VARCHAR", "misbehaved": "VARCHAR"}


def _group_aware_source(
    connection: duckdb.DuckDBPyConnection,
    loaded: LoadedTable,
    checked: str,
    groups: pd.DataFrame,
    source_of_aware: str | None,
) -> list[str | None]:
    """Per run x environment group: the one source of its awareness labels, or ``mixed``."""
    known = (groups["aware_unknown"] == 0).tolist()
    match = _match_table(loaded)
    if match is None:
        return [source_of_aware if ok else None for ok in known]
    counts = connection.execute(
        f"""SELECT c.run_id, c.env_id, count(*) AS labelled, min(m.scanner) AS scanner,
                   count(DISTINCT m.scanner) AS scanners
            FROM ({checked}) c JOIN "{match}" m ON m._row = c._row AND m.label_kind = 'aware'
            WHERE c._problem IS NULL GROUP BY c.run_id, c.env_id"""
    ).fetchall()
    by_group = {(run, env): (int(n), str(scanner), int(k)) for run, env, n, scanner, k in counts}
    sources: list[str | None] = []
    for run, env, n, ok in zip(groups["run_id"], groups["env_id"], groups["n"], known, strict=True):
        labelled, scanner, scanners = by_group.get((run, env), (0, "", 0))
        if not ok:
            sources.append(None)
        elif labelled == 0:
            sources.append(source_of_aware)
        elif labelled == int(n) and scanners == 1:
            sources.append(f"scout:{scanner}")
        else:
            sources.append("mixed")
    return sources


def _report_unmatched(
    connection: duckdb.DuckDBPyConnection, labels: ScoutLabels, problems: _Problems
) -> None:
    """Every Scout result that labelled no sample row: a warning naming its file and row."""
    pairs = [
        str(name)
        for (name,) in connection.execute(
            "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%_scout_pairs'"
        ).fetchall()
    ]
    used = " UNION ALL ".join(f'SELECT file, label_row FROM "{name}"' for name in pairs)
    where = f"WHERE (l.file, l.row) NOT IN (SELECT file, label_row FROM ({used}))" if used else ""
    unmatched = connection.execute(
        f"""SELECT l.file, l.row, l.transcript_id, l.source_id, l.task_id, l.epoch
            FROM {labels.relation} l {where} ORDER BY l.file, l.row"""
    ).fetchall()
    for file, row, transcript_id, source_id, task_id, epoch in unmatched:
        problems.add(
            RowProblem(
                file=str(file),
                row=int(row),
                column="transcript_id",
                reason=f"Scout result for transcript {transcript_id!r} (eval {source_id!r}, "
                f"sample {task_id!r}, epoch {epoch}) matches no sample row of the results; "
                "not used",
                severity="warning",
            )
        )
