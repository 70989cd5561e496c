"""Sample rows as the analysis reads them: one environment and model line at a time.

The sample-level analysis (joint aware x misbehaving counts, McNemar's paired test, failures from
reasoning, awareness detection) never needs every sample row at once. ``SampleRows`` is what it
asks of a store of sample rows; a store answers each question where the rows are (ingest's DuckDB
table over Parquet, ``tracker.benchmarks.sample_table``; any engine that can filter and count)
and returns only the rows or counts asked for, so ten million rows never sit in pandas.

A store that can group and join may also answer ``PairedSampleRows.paired_changes``: McNemar's
discordant pairs of every environment of a model line in one question rather than one
``group`` each. ``paired_changes`` asks it where it can and otherwise counts from ``group``,
so a store without it is still a ``SampleRows``.

``FrameSampleRows`` answers the same questions from a pandas frame (``SAMPLE_COLUMNS``), for
tables already in memory (simulated scenarios, tests); ``as_sample_rows`` accepts either. Rows
have an order (the order of the input files) and a position in it, ``row``, which labels written
back (``set_detected``) refer to.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

import pandas as pd

FAILURE_COLUMNS = ("row", "run_id", "model", "date", "env_id", "sample_id", "reasoning")
"""Columns of ``failure_rows``' batches."""
UNLABELLED_COLUMNS = ("row", "run_id", "env_id", "reasoning")
"""Columns of ``unlabelled_rows``' batches."""
AWARENESS_COUNT_COLUMNS = ("run_id", "env_id", "rows", "unknown", "aware", "both")
"""Columns of ``awareness_counts``: per run x environment, its rows, rows with no awareness
label, aware rows and rows both aware and misbehaving."""
BATCH_ROWS = 65_536
"""Rows per batch when texts are streamed (failures, detection): bounded memory, few calls."""
PAIRED_COLUMNS = ("run_id", "sample_id", "misbehaved")
"""Columns of a group that the paired test reads."""


@runtime_checkable
class SampleRows(Protocol):
    """A table of sample rows (``SAMPLE_COLUMNS``) answering the sample-level analysis' questions.

    No method returns the whole table: each returns one group's rows, counts, or a batch.
    """

    def __len__(self) -> int:
        """How many sample rows the table holds."""
        ...

    def joint_counts(self, model: str) -> dict[tuple[str, str], int]:
        """(run_id, env_id) -> rows of ``model`` both aware and misbehaving (aware known)."""
        ...

    def group(self, model: str, env_id: str, columns: Sequence[str]) -> pd.DataFrame:
        """The rows of one environment and model line, ``columns`` only, in table order."""
        ...

    def before(self, moment: datetime) -> SampleRows:
        """The rows dated before ``moment`` (a view: nothing is copied)."""
        ...

    def failure_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        """Misbehaving rows whose reasoning is not null, in table order, ``FAILURE_COLUMNS``."""
        ...

    def unlabelled_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        """Rows with no awareness label and reasoning not null, in table order,
        ``UNLABELLED_COLUMNS`` (blank reasoning is the caller's to skip)."""
        ...

    def set_detected(self, rows: Sequence[int], labels: Sequence[bool], source: str) -> None:
        """Label the rows at positions ``rows`` aware or not, their ``aware_source`` ``source``."""
        ...

    def awareness_counts(self, groups: Sequence[tuple[str, str]]) -> pd.DataFrame:
        """``AWARENESS_COUNT_COLUMNS`` of each (run_id, env_id) of ``groups`` that has rows."""
        ...


@runtime_checkable
class PairedSampleRows(SampleRows, Protocol):
    """A ``SampleRows`` that counts McNemar's discordant pairs of many environments at once."""

    def paired_changes(
        self, model: str, windows: Mapping[str, tuple[Sequence[str], Sequence[str]]]
    ) -> dict[str, tuple[int, int]]:
        """Of ``model``, per environment of ``windows`` (env_id -> (baseline run ids, current
        run ids)): (sample ids whose mean misbehaviour fell, ids whose mean rose) from baseline
        to current, as ``changes_in_group`` counts them; an environment not paired is absent."""
        ...


def changes_in_group(
    rows: pd.DataFrame, baseline_runs: Sequence[str], current_runs: Sequence[str]
) -> tuple[int, int] | None:
    """(ids whose mean fell, ids whose mean rose) between two windows of one group's rows
    (``PAIRED_COLUMNS``), or None unless both windows have every one of their runs and the
    same sample ids.

    Each window gives each sample id its mean over the window's rows (runs and epochs): with
    one row per id and window these are McNemar's discordant pairs, and otherwise the pairs of
    the exact sign test.
    """

    def per_sample(run_ids: Sequence[str]) -> pd.Series:
        subset = rows[rows["run_id"].isin(list(run_ids))]
        if subset["run_id"].nunique() != len(run_ids):
            return pd.Series(dtype=float)
        return subset["misbehaved"].astype(float).groupby(subset["sample_id"]).mean()

    base, cur = per_sample(baseline_runs), per_sample(current_runs)
    if base.empty or cur.empty or set(base.index) != set(cur.index):
        return None
    cur = cur.reindex(base.index)
    return int((base > cur).sum()), int((cur > base).sum())


def paired_changes(
    samples: SampleRows, model: str, windows: Mapping[str, tuple[Sequence[str], Sequence[str]]]
) -> dict[str, tuple[int, int]]:
    """``PairedSampleRows.paired_changes`` of ``samples``: asked of the store when it can
    answer, else counted group by group (``group`` and ``changes_in_group``)."""
    if not windows:
        return {}
    if isinstance(samples, PairedSampleRows):
        return samples.paired_changes(model, windows)
    found: dict[str, tuple[int, int]] = {}
    for env_id, (baseline_runs, current_runs) in windows.items():
        rows = samples.group(model, env_id, PAIRED_COLUMNS)
        changes = changes_in_group(rows, baseline_runs, current_runs)
        if changes is not None:
            found[env_id] = changes
    return found


def as_sample_rows(samples: SampleRows | pd.DataFrame | None) -> SampleRows | None:
    """``samples`` as ``SampleRows``; None when there are none (None or no rows)."""
    if samples is None:
        return None
    rows: SampleRows = FrameSampleRows(samples) if isinstance(samples, pd.DataFrame) else samples
    return rows if len(rows) else None


def _batches(frame: pd.DataFrame, batch_rows: int) -> Iterator[pd.DataFrame]:
    for start in range(0, len(frame), batch_rows):
        yield frame.iloc[start : start + batch_rows].reset_index(drop=True)


class FrameSampleRows:
    """``SampleRows`` over a pandas frame in memory; ``set_detected`` writes into that frame."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame

    def __len__(self) -> int:
        return len(self.frame)

    def joint_counts(self, model: str) -> dict[tuple[str, str], int]:
        frame = self.frame
        # A frame without a model column is one model line's rows.
        rows = frame[frame["model"] == model] if "model" in frame.columns else frame
        known = rows[rows["aware"].notna() & rows["misbehaved"].notna()]
        both = known["aware"].astype(bool) & known["misbehaved"].astype(bool)
        counts = both.groupby([known["run_id"], known["env_id"]]).sum()
        keys: list[tuple[Any, Any]] = list(counts.index)
        return {(str(run), str(env)): int(v) for (run, env), v in zip(keys, counts, strict=True)}

    def group(self, model: str, env_id: str, columns: Sequence[str]) -> pd.DataFrame:
        frame = self.frame
        rows = frame[(frame["env_id"] == env_id) & (frame["model"] == model)]
        return rows[list(columns)]

    def before(self, moment: datetime) -> FrameSampleRows:
        return FrameSampleRows(self.frame[self.frame["date"] < moment])

    def _positioned(self) -> pd.DataFrame:
        return self.frame.assign(row=range(len(self.frame)))

    def failure_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        if "reasoning" not in self.frame.columns:
            return iter(())
        frame = self._positioned()
        misbehaved = frame["misbehaved"].fillna(False).astype(bool)
        chosen = frame[misbehaved & frame["reasoning"].notna()]
        return _batches(chosen[list(FAILURE_COLUMNS)], batch_rows)

    def unlabelled_rows(self, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        frame = self._positioned()
        chosen = frame[frame["aware"].isna() & frame["reasoning"].notna()]
        return _batches(chosen[list(UNLABELLED_COLUMNS)], batch_rows)

    def set_detected(self, rows: Sequence[int], labels: Sequence[bool], source: str) -> None:
        frame = self.frame
        where = frame.index[list(rows)]
        frame.loc[where, "aware"] = list(labels)
        if "aware_source" in frame.columns:  # ingest's provenance column, where it has one
            frame.loc[where, "aware_source"] = source

    def awareness_counts(self, groups: Sequence[tuple[str, str]]) -> pd.DataFrame:
        frame = self.frame
        keys = pd.MultiIndex.from_arrays([frame["run_id"], frame["env_id"]])
        rows = frame[keys.isin(list(groups))]
        aware = rows["aware"]
        known = aware.fillna(False).astype(bool)
        counted = pd.DataFrame(
            {
                "run_id": rows["run_id"],
                "env_id": rows["env_id"],
                "rows": 1,
                "unknown": aware.isna(),
                "aware": known,
                "both": known & rows["misbehaved"].astype(bool),
            }
        )
        counts = counted.groupby(["run_id", "env_id"], sort=False).sum().reset_index()
        return counts[list(AWARENESS_COUNT_COLUMNS)]
