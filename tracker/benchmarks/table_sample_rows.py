"""Sample rows of a table source, asked of its engine one environment and model line at a time.

``TableSampleRows`` answers ``tracker.analysis.sample_rows.SampleRows`` for a
``[[benchmarks.tables]]`` source. Ingest has the engine check the table once and store its
usable rows, numbered, where they are (``tables.read_table`` with ``keep_rows``: a DuckDB
temporary table, a persisted Spark view); every question is a query on those stored rows
that the engine runs, and only its answer comes back. A group's rows are one query filtered on
``model`` and ``env_id``; joint and awareness counts are one aggregate query each, and so are
McNemar's pairs of a model line (``paired_changes``); the texts (failures, detection) come in
pages of at most ``batch_rows`` rows, each page its own query (keyset: the rows after the last
page's last (model, env_id, position), sorted, with a limit), since Spark's Ibis backend
collects a whole result in the driver before cutting it into batches. No call brings back
more than one group, and a page no more than asked for (``peak_rows`` counts the largest
answer; tests hold it to that).

Order and positions. A table has no order of its own, so the engine numbers each group's rows
by key (``table_checks.USABLE_ORDER``) once, as it stores them (``_pos``); groups follow each
other by model line then environment. A row's position is its source's index shifted as a
file's (``ingest._ROW_BITS``), plus the rows of earlier groups, plus its number in its group:
being stored, the same row has the same position in every query, ties included.

Labels of the awareness detector (``set_detected``) cannot be written back to a warehouse:
they are kept here, with the few columns the counts need, and applied to every later answer.

``SourcesSampleRows`` puts the files' sample table and the table sources' rows together as one
``SampleRows``, files first (their positions are lower).
"""

from __future__ import annotations

import bisect
import itertools
import os
import threading
import weakref
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa

from tracker.analysis.sample_rows import (
    AWARENESS_COUNT_COLUMNS,
    BATCH_ROWS,
    FAILURE_COLUMNS,
    UNLABELLED_COLUMNS,
    SampleRows,
)
from tracker.benchmarks.models import SAMPLE_COLUMNS
from tracker.benchmarks.sample_table import SampleTable, typed_samples, window_runs_columns

if TYPE_CHECKING:
    from tracker.benchmarks.tables import EngineRows, TableSource

ROW_BITS = 40
"""As ``ingest._ROW_BITS``: a row's position is its source's index shifted left by this."""

_ENGINE_TYPES = {
    "run_id": pa.string(),
    "model": pa.string(),
    "date": pa.int64(),  # microseconds since 1970, UTC (``table_checks.checked``)
    "env_id": pa.string(),
    "sample_id": pa.string(),
    "epoch": pa.int64(),
    "misbehaved": pa.bool_(),
    "aware": pa.bool_(),
    "reasoning": pa.string(),
    "_pos": pa.int64(),
}
"""The engine's columns and the types they are cast to (backends differ in widths)."""


class _Shared:
    """What a table's views (``before``) share: the source, its layout, the detector's labels,
    the engine's stored rows, and the largest answer."""

    def __init__(self, source: TableSource, index: int, kept: pd.DataFrame) -> None:
        self.source = source
        self.index = index
        self.spec_versions: dict[tuple[str, str], Any] = {
            (str(r), str(e)): v
            for r, e, v in zip(kept["run_id"], kept["env_id"], kept["spec_version"], strict=True)
        }
        # One connection for every thread (the dashboard answers callbacks from several), one
        # question at a time: the stored rows live in that connection (a DuckDB temporary
        # table is its own), and a DuckDB connection runs one query at a time anyway.
        self.lock = threading.RLock()
        self.engine: list[EngineRows] = []
        """The stored rows once opened (at most one), closed when the last view goes."""
        weakref.finalize(self, _close, self.engine)
        self.layout: _Layout | None = None
        self.labels = pd.DataFrame(
            {
                "row": pd.Series(dtype="int64"),
                "model": pd.Series(dtype="object"),
                "env_id": pd.Series(dtype="object"),
                "run_id": pd.Series(dtype="object"),
                "misbehaved": pd.Series(dtype="bool"),
                "old": pd.Series(dtype="boolean"),
                "date": pd.Series(dtype="int64"),
                "label": pd.Series(dtype="bool"),
                "source": pd.Series(dtype="object"),
            }
        )
        self.peak_rows = 0
        self.queries = 0


def _close(engine: list[EngineRows]) -> None:
    for opened in engine:
        opened.close()
    engine.clear()


class _Layout:
    """The groups of the usable rows: (model, env_id) in order, each one's first position and
    row count, and the kept runs of each."""

    def __init__(self, counts: pd.DataFrame, kept: set[tuple[str, str]]) -> None:
        totals = counts.groupby(["model", "env_id"], sort=True)["rows"].sum()
        self.groups: list[tuple[str, str]] = [(str(m), str(e)) for m, e in totals.index]
        self.sizes = [int(v) for v in totals]
        self.starts = [0, *itertools.accumulate(self.sizes)][:-1]
        runs: dict[tuple[str, str], list[str]] = {}
        self.kept_rows = 0
        for model, env, run, rows in counts.itertuples(index=False):
            if (str(run), str(env)) in kept:
                runs.setdefault((str(model), str(env)), []).append(str(run))
                self.kept_rows += int(rows)
        self.runs = {group: sorted(found) for group, found in runs.items()}

    def start(self, group: tuple[str, str]) -> int:
        return self.starts[self.groups.index(group)]

    def group_of(self, position: int) -> tuple[str, str]:
        return self.groups[bisect.bisect_right(self.starts, position) - 1]


class TableSampleRows:
    """``SampleRows`` of one table source's kept run x environment groups, asked of its engine.

    ``kept`` holds the groups ingest kept (``run_id``, ``env_id``, ``spec_version``); ``index``
    is the source's place after the files (its rows' positions start at ``index << ROW_BITS``).
    ``engine`` holds the usable rows ingest stored in the engine (``tables.read_table``); it
    is closed with the last of this table's views.
    """

    def __init__(
        self, source: TableSource, index: int, kept: pd.DataFrame, engine: EngineRows
    ) -> None:
        self._shared = _Shared(source, index, kept)
        self._shared.engine.append(engine)
        self._before_us: int | None = None
        self._rows: int | None = None

    def _view(self, before_us: int) -> TableSampleRows:
        view = object.__new__(TableSampleRows)
        view._shared, view._before_us, view._rows = self._shared, before_us, None
        return view

    def __repr__(self) -> str:
        return f"TableSampleRows({self._shared.source.name!r}, index={self._shared.index})"

    def __getstate__(self) -> dict[str, Any]:
        raise TypeError("a table source's sample rows live in its engine and are not pickled")

    @property
    def index(self) -> int:
        return self._shared.index

    def holds(self, engine: EngineRows) -> bool:
        """Whether these are ``engine``'s rows (ingest closes those no table took)."""
        return any(found is engine for found in self._shared.engine)

    @property
    def peak_rows(self) -> int:
        """The most sample rows one query (or one streamed batch) brought back, over this
        table and its views: tests check that no call reads more than one group."""
        return self._shared.peak_rows

    @property
    def queries(self) -> int:
        """How many queries the engine ran for this table and its views."""
        return self._shared.queries

    # -- the engine ----------------------------------------------------------------------------

    def _stored(self) -> Any:
        """The stored usable rows (``tables.EngineRows.rows``), opened and stored on first use
        with the URL's variables read from the environment then."""
        return self._shared.engine[0].rows

    @contextmanager
    def _counted(self) -> Iterator[None]:
        with self._shared.lock:
            self._shared.queries += 1
            yield

    def _failed(self, error: BaseException) -> Exception:
        from tracker.benchmarks.tables import reading_failed

        return reading_failed(self._shared.source, os.environ, error)

    def _fetch(self, expr: Any, *, rows: bool = True) -> pa.Table:
        """``expr``'s result; ``rows``: sample rows, cast to the engine columns' types and
        counted in ``peak_rows`` (an aggregate's counts keep theirs: its ``aware`` is a count)."""
        try:
            with self._counted():
                table: pa.Table = expr.to_pyarrow()
        except Exception as exc:
            raise self._failed(exc) from None
        if not rows:
            return table
        with self._shared.lock:
            self._shared.peak_rows = max(self._shared.peak_rows, table.num_rows)
        return _cast(table)

    def _pages(self, rows: Any, columns: Sequence[str], batch_rows: int) -> Iterator[pa.Table]:
        """``rows`` in pages of at most ``batch_rows``, ordered by group (model line, then
        environment) and position: each page is a query of its own for the first rows after
        the last page's last (model, env_id, _pos), keyset paging that every engine runs as
        a filter and a limit (no window, no offset). One query per page, not per group: a
        query per group cost 125 queries for the texts of 2M rows where 60k texts fit in one
        page."""
        order = ["model", "env_id", "_pos"]
        fetched = list(dict.fromkeys([*columns, *order]))
        after = rows
        while True:
            page = self._fetch(after.select(*fetched).order_by(order).limit(batch_rows))
            if page.num_rows:
                yield page
            if page.num_rows < batch_rows:
                return
            last = page.slice(page.num_rows - 1).to_pylist()[0]
            model, env, pos = rows["model"], rows["env_id"], rows["_pos"]
            same_model = model == last["model"]
            after = rows.filter(
                (model > last["model"])
                | (same_model & (env > last["env_id"]))
                | (same_model & (env == last["env_id"]) & (pos > last["_pos"]))
            )

    def _layout(self) -> _Layout:
        shared = self._shared
        with shared.lock:
            if shared.layout is None:
                usable = self._stored()
                counts = self._fetch(
                    usable.group_by(["model", "env_id", "run_id"]).aggregate(
                        rows=usable["run_id"].count()
                    ),
                    rows=False,
                ).to_pandas()
                columns = ["model", "env_id", "run_id", "rows"]
                shared.layout = _Layout(counts[columns], set(shared.spec_versions))
            return shared.layout

    def _dated(self, rows: Any) -> Any:
        if self._before_us is None:
            return rows
        return rows.filter(rows["date"] < self._before_us)

    def _group_rows(self, group: tuple[str, str], *, dated: bool = True) -> Any:
        """The kept rows of one (model, env_id) group, with ``_pos``, their number in it."""
        model, env = group
        rows = self._stored()
        runs = self._layout().runs.get(group, [])
        rows = rows.filter(rows["model"] == model, rows["env_id"] == env, rows["run_id"].isin(runs))
        return self._dated(rows) if dated else rows

    def _kept_groups(self) -> list[tuple[str, str]]:
        layout = self._layout()
        return [group for group in layout.groups if group in layout.runs]

    # -- the detector's labels -----------------------------------------------------------------

    def _labels(self, model: str | None = None) -> pd.DataFrame:
        labels = self._shared.labels
        if model is not None:
            labels = labels[labels["model"] == model]
        if self._before_us is not None:
            labels = labels[labels["date"] < self._before_us]
        return labels

    # -- SampleRows ----------------------------------------------------------------------------

    def __len__(self) -> int:
        if self._before_us is None:
            return self._layout().kept_rows
        if self._rows is None:
            usable = self._dated(self._stored())
            counts = self._fetch(
                usable.group_by(["run_id", "env_id"]).aggregate(rows=usable["run_id"].count()),
                rows=False,
            ).to_pandas()
            kept = self._shared.spec_versions
            self._rows = sum(
                int(n)
                for r, e, n in zip(counts["run_id"], counts["env_id"], counts["rows"], strict=True)
                if (str(r), str(e)) in kept
            )
        return self._rows

    def joint_counts(self, model: str) -> dict[tuple[str, str], int]:
        usable = self._dated(self._stored())
        usable = usable.filter(usable["model"] == model)
        known = usable.filter(usable["aware"].notnull() & usable["misbehaved"].notnull())
        table = self._fetch(
            known.group_by(["run_id", "env_id"]).aggregate(
                both=known["run_id"].count(where=known["aware"] & known["misbehaved"])
            ),
            rows=False,
        ).to_pandas()
        kept = self._shared.spec_versions
        counts = {
            (str(r), str(e)): int(c)
            for r, e, c in zip(table["run_id"], table["env_id"], table["both"], strict=True)
            if (str(r), str(e)) in kept
        }
        labels = self._labels(model)
        # Each labelled row counts with its new label, and no longer with the engine's.
        old = labels["old"]
        was = (old.fillna(False).astype(bool) & labels["misbehaved"]).astype("int64")
        now = (labels["label"] & labels["misbehaved"]).astype("int64")
        for run, env, change in zip(labels["run_id"], labels["env_id"], now - was, strict=True):
            key = (str(run), str(env))
            counts[key] = counts.get(key, 0) + int(change)
        return counts

    def group(self, model: str, env_id: str, columns: Sequence[str]) -> pd.DataFrame:
        group = (model, env_id)
        if group not in self._layout().runs:
            return _typed(pa.table({}), columns, self._shared, self._start(group))
        rows = self._group_rows(group)
        engine = [name for name in _ENGINE_TYPES if name != "_pos" and name in _needed(columns)]
        table = self._fetch(rows.select(*engine, "_pos").order_by("_pos"))
        frame = _typed(table, columns, self._shared, self._start(group))
        return frame

    def paired_changes(
        self, model: str, windows: Mapping[str, tuple[Sequence[str], Sequence[str]]]
    ) -> dict[str, tuple[int, int]]:
        """``changes_in_group`` of every environment of ``windows`` in one aggregate query
        (as ``SampleTable.paired_changes``): each window's rows joined to its runs, averaged
        per sample id by the engine, the two means compared there; per environment only its
        counts come back, where one ``group`` query each cost 63 queries of a group's rows."""
        import ibis

        if not windows:
            return {}
        envs, runs, sides = window_runs_columns(windows)
        asked = ibis.memtable(
            pa.table(
                {
                    "w_env": pa.array(envs, pa.string()),
                    "w_run": pa.array(runs, pa.string()),
                    "side": pa.array(sides, pa.int64()),
                }
            )
        )
        stored = self._dated(self._stored())
        stored = stored.filter(stored["model"] == model)
        rows = stored.join(
            asked, [stored["env_id"] == asked["w_env"], stored["run_id"] == asked["w_run"]]
        ).select("env_id", "side", "run_id", "sample_id", "misbehaved")
        counted = rows.group_by("env_id").aggregate(
            base_runs=rows["run_id"].nunique(where=rows["side"] == 0),
            current_runs=rows["run_id"].nunique(where=rows["side"] == 1),
        )
        # The mean of 0/1 integers: an exact sum divided once, as pandas' mean of the rows.
        means = rows.group_by(["env_id", "side", "sample_id"]).aggregate(
            rate=rows["misbehaved"].cast("int64").mean()
        )
        base = means.filter(means["side"] == 0).select(
            b_env="env_id", b_id="sample_id", base="rate"
        )
        cur = means.filter(means["side"] == 1).select(c_env="env_id", c_id="sample_id", cur="rate")
        pairs = base.outer_join(
            cur, [base["b_env"] == cur["c_env"], base["b_id"] == cur["c_id"]]
        ).select(env_id=ibis.coalesce(base["b_env"], cur["c_env"]), base="base", cur="cur")
        compared = pairs.group_by("env_id").aggregate(
            fell=pairs["env_id"].count(where=pairs["base"] > pairs["cur"]),
            rose=pairs["env_id"].count(where=pairs["cur"] > pairs["base"]),
            unmatched=pairs["env_id"].count(where=pairs["base"].isnull() | pairs["cur"].isnull()),
        )
        changes = self._fetch(compared, rows=False).to_pylist()
        complete = {
            str(record["env_id"]): (record["base_runs"], record["current_runs"])
            for record in self._fetch(counted, rows=False).to_pylist()
        }
        found: dict[str, tuple[int, int]] = {}
        for record in changes:
            env_id = str(record["env_id"])
            base_runs, current_runs = windows[env_id]
            # Both windows with every run, and the same sample ids (none unmatched).
            every = complete.get(env_id) == (len(base_runs), len(current_runs))
            if every and base_runs and current_runs and record["unmatched"] == 0:
                found[env_id] = (int(record["fell"]), int(record["rose"]))
        return found

    def _start(self, group: tuple[str, str]) -> int:
        layout = self._layout()
        start = layout.start(group) if group in layout.groups else 0
        return (self._shared.index << ROW_BITS) + start  # Ibis's row_number() counts from 0

    def before(self, moment: datetime) -> TableSampleRows:
        stamp = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        delta = stamp - datetime(1970, 1, 1, tzinfo=UTC)
        moment_us = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
        if self._before_us is not None:
            moment_us = min(moment_us, self._before_us)
        return self._view(moment_us)

    def _texts(
        self, columns: Sequence[str], condition: str, batch_rows: int
    ) -> Iterator[pd.DataFrame]:
        engine = [name for name in columns if name != "row"]
        rows = self._dated(self._stored())
        if condition == "failures":
            chosen = rows.filter(rows["misbehaved"] & rows["reasoning"].notnull())
        else:
            chosen = rows.filter(rows["aware"].isnull() & rows["reasoning"].notnull())
        layout = self._layout()
        kept = self._shared.spec_versions
        fetched = list(dict.fromkeys([*engine, "run_id"]))
        for page in self._pages(chosen, fetched, batch_rows):
            models = page.column("model").to_pylist()
            envs = page.column("env_id").to_pylist()
            runs = page.column("run_id").to_pylist()
            # Rows of runs ingest dropped (a duplicate run) are skipped here, not in the
            # engine: the kept runs differ per group, and a page is still one query.
            wanted = [
                (str(r), str(e)) in kept and (str(m), str(e)) in layout.runs
                for m, e, r in zip(models, envs, runs, strict=True)
            ]
            starts = [
                self._start((str(m), str(e))) if w else 0
                for m, e, w in zip(models, envs, wanted, strict=True)
            ]
            positions = page.column("_pos").to_numpy() + np.array(starts, dtype="int64")
            page = page.set_column(
                page.schema.get_field_index("_pos"), "_pos", pa.array(positions, pa.int64())
            ).filter(pa.array(wanted, pa.bool_()))
            frame = _typed(page, engine, self._shared, 0)
            frame.insert(0, "row", page.column("_pos").to_numpy())
            if condition == "unlabelled" and not self._shared.labels.empty:
                done = frame["row"].isin(self._shared.labels["row"]).to_numpy()
                frame = frame[~done].reset_index(drop=True)
            if len(frame):
                yield frame[list(columns)]

    def failure_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        return self._texts(FAILURE_COLUMNS, "failures", batch_rows)

    def unlabelled_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        return self._texts(UNLABELLED_COLUMNS, "unlabelled", batch_rows)

    def set_detected(self, rows: Sequence[int], labels: Sequence[bool], source: str) -> None:
        """Keep the labels here (the engine's table is only read), with what the counts need
        of each row: one query per group that has labelled rows, for its small columns."""
        if not len(rows):
            return
        shared = self._shared
        layout = self._layout()
        wanted = pd.DataFrame({"row": [int(r) for r in rows], "label": [bool(v) for v in labels]})
        wanted = wanted.drop_duplicates("row", keep="last")
        first = shared.index << ROW_BITS
        local = wanted["row"] - first
        groups = [layout.group_of(int(p)) for p in local]
        found: list[pd.DataFrame] = []
        for group in dict.fromkeys(groups):
            chosen = wanted[[g == group for g in groups]]
            start = self._start(group)
            in_group = self._group_rows(group, dated=False)
            table = self._fetch(
                in_group.select("run_id", "misbehaved", "aware", "date", "_pos")
            ).to_pandas()
            table["row"] = table["_pos"].astype("int64") + start
            table = table.merge(chosen, on="row", how="inner")
            table["model"], table["env_id"] = group[0], group[1]
            found.append(table)
        fresh = pd.concat(found, ignore_index=True)
        fresh = pd.DataFrame(
            {
                "row": fresh["row"].astype("int64"),
                "model": fresh["model"].astype("object"),
                "env_id": fresh["env_id"].astype("object"),
                "run_id": fresh["run_id"].astype("object"),
                "misbehaved": fresh["misbehaved"].astype("bool"),
                "old": fresh["aware"].astype("boolean"),
                "date": fresh["date"].astype("int64"),
                "label": fresh["label"].astype("bool"),
                "source": source,
            }
        )
        kept = shared.labels[~shared.labels["row"].isin(fresh["row"])]
        # A row labelled again keeps its first old label: the engine's is the one to undo.
        earlier = shared.labels.set_index("row")["old"]
        fresh["old"] = (
            fresh["row"]
            .map(earlier)
            .where(fresh["row"].isin(earlier.index), fresh["old"])
            .astype("boolean")
        )
        shared.labels = pd.concat([kept, fresh], ignore_index=True) if len(kept) else fresh

    def awareness_counts(self, groups: Sequence[tuple[str, str]]) -> pd.DataFrame:
        usable = self._dated(self._stored())
        aware, misbehaved = usable["aware"], usable["misbehaved"]
        table = self._fetch(
            usable.group_by(["run_id", "env_id"]).aggregate(
                rows=usable["run_id"].count(),
                unknown=usable["run_id"].count(where=aware.isnull()),
                aware=usable["run_id"].count(where=aware),
                both=usable["run_id"].count(where=aware & misbehaved),
            ),
            rows=False,
        ).to_pandas()
        wanted = {(str(r), str(e)) for r, e in groups} & set(self._shared.spec_versions)
        keys = list(zip(table["run_id"].astype(str), table["env_id"].astype(str), strict=True))
        table = table[[key in wanted for key in keys]].reset_index(drop=True)
        counts: pd.DataFrame = table[list(AWARENESS_COUNT_COLUMNS)].astype(
            dict.fromkeys(AWARENESS_COUNT_COLUMNS[2:], "int64")
        )
        labels = self._labels()
        if len(labels) and len(counts):
            old = labels["old"]
            change = pd.DataFrame(
                {
                    "run_id": labels["run_id"].astype(str),
                    "env_id": labels["env_id"].astype(str),
                    "unknown": -old.isna().astype("int64"),
                    "aware": labels["label"].astype("int64") - old.fillna(False).astype("int64"),
                    "both": (labels["label"] & labels["misbehaved"]).astype("int64")
                    - (old.fillna(False).astype(bool) & labels["misbehaved"]).astype("int64"),
                }
            )
            change = change.groupby(["run_id", "env_id"]).sum()
            counts["run_id"] = counts["run_id"].astype(str)
            counts["env_id"] = counts["env_id"].astype(str)
            indexed = counts.set_index(["run_id", "env_id"])
            delta = change.reindex(indexed.index).fillna(0).astype("int64")
            for name in ("unknown", "aware", "both"):
                indexed[name] = indexed[name] + delta[name]
            counts = indexed.reset_index()[list(AWARENESS_COUNT_COLUMNS)]
        return counts

    # -- not for the analysis ------------------------------------------------------------------

    def to_pandas(self) -> pd.DataFrame:
        """Every kept row in position order, group by group: for small tables and tests only."""
        frames = [self.group(m, e, SAMPLE_COLUMNS) for m, e in self._kept_groups()]
        if not frames:
            return self.group("", "", SAMPLE_COLUMNS)
        return pd.concat(frames, ignore_index=True)


def _needed(columns: Sequence[str]) -> set[str]:
    """The engine's columns a group's ``columns`` are made from."""
    needed = set(columns)
    if "spec_version" in needed:
        needed |= {"run_id", "env_id"}
    if "aware_source" in needed:
        needed.add("aware")
    return needed


def _cast(table: pa.Table) -> pa.Table:
    fields = [
        pa.field(name, _ENGINE_TYPES.get(name, table.schema.field(name).type))
        for name in table.column_names
    ]
    return table.cast(pa.schema(fields))


def _typed(table: pa.Table, columns: Sequence[str], shared: _Shared, start: int) -> pd.DataFrame:
    """A group's engine columns as the sample table's ``columns`` (``typed_samples``' types),
    with what ingest adds: ``spec_version`` of the kept group, ``source``, ``aware_source``."""
    count = table.num_rows
    arrays: dict[str, pa.Array] = {}
    for name in columns:
        if name == "date":
            values = table.column("date") if count else pa.array([], pa.int64())
            arrays[name] = values.cast(pa.timestamp("us", tz="UTC"))
        elif name == "spec_version":
            runs = table.column("run_id").to_pylist() if count else []
            envs = table.column("env_id").to_pylist() if count else []
            found = [
                shared.spec_versions.get((str(r), str(e))) for r, e in zip(runs, envs, strict=True)
            ]
            arrays[name] = pa.array([None if pd.isna(v) else str(v) for v in found], pa.string())
        elif name == "source":
            arrays[name] = pa.array([shared.source.name] * count, pa.string())
        elif name == "aware_source":
            aware = table.column("aware").to_pylist() if count else []
            arrays[name] = pa.array([None if a is None else "column" for a in aware], pa.string())
        elif count:
            arrays[name] = table.column(name)
        else:
            arrays[name] = pa.array([], _ENGINE_TYPES[name])
    frame = typed_samples(pa.table(arrays))
    if count:
        positions = pd.Series(table.column("_pos").to_numpy() + start)
        return _relabel(frame, positions, shared.labels)
    return frame


def _relabel(frame: pd.DataFrame, positions: pd.Series, labels: pd.DataFrame) -> pd.DataFrame:
    """``aware`` and ``aware_source`` of the rows the detector labelled."""
    if labels.empty:
        return frame
    found = labels.set_index("row").reindex(positions.to_numpy())
    hit = found["label"].notna().to_numpy()
    if not hit.any():
        return frame
    frame = frame.copy()
    if "aware" in frame.columns:
        aware = np.array(frame["aware"].astype("boolean").to_numpy(dtype=object))
        aware[hit] = found["label"].to_numpy()[hit]
        frame["aware"] = pd.array(aware, dtype="boolean")
    if "aware_source" in frame.columns:
        source = np.array(frame["aware_source"].astype("object").to_numpy(), dtype=object)
        source[hit] = found["source"].to_numpy()[hit]
        frame["aware_source"] = source
    return frame


class SourcesSampleRows:
    """One ``SampleRows`` over the files' sample table and the table sources' rows: answers are
    the parts' answers one after another (files first, as their positions are lower)."""

    def __init__(self, files: SampleTable | None, tables: Sequence[TableSampleRows]) -> None:
        self.files = files
        self.tables = list(tables)

    @property
    def _parts(self) -> list[SampleRows]:
        return ([self.files] if self.files is not None else []) + list(self.tables)

    def __repr__(self) -> str:
        return f"SourcesSampleRows({self.files!r}, {self.tables!r})"

    def __len__(self) -> int:
        return sum(len(part) for part in self._parts)

    def joint_counts(self, model: str) -> dict[tuple[str, str], int]:
        counts: dict[tuple[str, str], int] = {}
        for part in self._parts:
            counts.update(part.joint_counts(model))
        return counts

    def group(self, model: str, env_id: str, columns: Sequence[str]) -> pd.DataFrame:
        frames = [part.group(model, env_id, columns) for part in self._parts]
        found = [frame for frame in frames if len(frame)]
        if len(found) <= 1:
            return found[0] if found else frames[0]
        return pd.concat(found, ignore_index=True)

    def before(self, moment: datetime) -> SourcesSampleRows:
        files = self.files.before(moment) if self.files is not None else None
        return SourcesSampleRows(files, [table.before(moment) for table in self.tables])

    def failure_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        for part in self._parts:
            yield from part.failure_rows(batch_rows)

    def unlabelled_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        for part in self._parts:
            yield from part.unlabelled_rows(batch_rows)

    def set_detected(self, rows: Sequence[int], labels: Sequence[bool], source: str) -> None:
        owner: Mapping[int, TableSampleRows] = {table.index: table for table in self.tables}
        chosen: dict[int | None, tuple[list[int], list[bool]]] = {}
        for row, label in zip(rows, labels, strict=True):
            index = int(row) >> ROW_BITS
            key = index if index in owner else None
            picked = chosen.setdefault(key, ([], []))
            picked[0].append(int(row))
            picked[1].append(bool(label))
        for key, (positions, values) in chosen.items():
            if key is None:
                if self.files is not None:
                    self.files.set_detected(positions, values, source)
            else:
                owner[key].set_detected(positions, values, source)

    def awareness_counts(self, groups: Sequence[tuple[str, str]]) -> pd.DataFrame:
        frames = [part.awareness_counts(groups) for part in self._parts]
        found = [frame for frame in frames if len(frame)]
        if len(found) <= 1:
            return found[0] if found else frames[0]
        return pd.concat(found, ignore_index=True)

    def to_pandas(self) -> pd.DataFrame:
        """Every row, files first: for small tables and tests only."""
        frames = [self.files.to_pandas()] if self.files is not None else []
        frames += [table.to_pandas() for table in self.tables]
        return pd.concat(frames, ignore_index=True)
