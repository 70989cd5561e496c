"""Per-run counts of one environment and model line, and its baseline and current windows.

See METHOD.md, "Units and windows". The independent unit is a sample id: with epochs, counts are
rescaled to the number of distinct sample ids (a conservative design-effect correction), so a
certification never counts one sample's epochs as independent evidence.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd

from tracker.analysis.changepoint import likelihood_ratio_change_point
from tracker.analysis.drop_tests import fisher_drop_p
from tracker.analysis.intervals import exact_upper_bound
from tracker.analysis.models import WindowRate
from tracker.analysis.sample_rows import SampleRows, as_sample_rows
from tracker.settings import AnalysisSettings


@dataclass(frozen=True)
class RunCounts:
    """One run of one environment: x misbehaved of n independent samples, with awareness."""

    run_id: str
    date: datetime
    x: int
    n: int
    aware: int | None = None
    """Aware samples, None when unknown."""
    misbehaved_aware: int | None = None
    """Samples both aware and misbehaving (the joint count), None when unknown."""

    @property
    def rate(self) -> float:
        return self.x / self.n


@dataclass(frozen=True)
class Window:
    """Adjacent runs pooled: the sums of their counts."""

    runs: tuple[RunCounts, ...]

    @property
    def x(self) -> int:
        return sum(r.x for r in self.runs)

    @property
    def n(self) -> int:
        return sum(r.n for r in self.runs)

    @property
    def rate(self) -> float:
        return self.x / self.n if self.n else 0.0

    @property
    def aware(self) -> int | None:
        """Pooled aware count, None unless every run has one."""
        values = [r.aware for r in self.runs]
        return None if any(v is None for v in values) else sum(v or 0 for v in values)

    @property
    def misbehaved_aware(self) -> int | None:
        values = [r.misbehaved_aware for r in self.runs]
        return None if any(v is None for v in values) else sum(v or 0 for v in values)

    @property
    def start(self) -> datetime:
        return self.runs[0].date

    @property
    def end(self) -> datetime:
        return self.runs[-1].date

    @property
    def run_ids(self) -> list[str]:
        return [r.run_id for r in self.runs]

    def to_rate(self, alpha: float) -> WindowRate:
        """The record for output, with the one-sided exact upper bound."""
        upper = exact_upper_bound(self.x, self.n, alpha) if self.n else None
        rate = self.rate if self.n else None
        return WindowRate(rate=rate, x=self.x, n=self.n, upper=upper, runs=self.run_ids)


@dataclass(frozen=True)
class WindowPair:
    """The baseline window (runs before the drop) and the current window (latest runs near zero)."""

    baseline: Window | None
    """None when the environment never sat above zero: there was no drop."""
    current: Window
    series: tuple[RunCounts, ...]
    """Every run from the baseline's start to the current window's end (for change points)."""
    stale_runs: int
    """How many of the latest runs sit at or near zero."""


def _optional_int(value: object) -> int | None:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return int(value)  # type: ignore[call-overload,no-any-return]


def _rescale(count: int | None, factor: float) -> int | None:
    """Scale a count to distinct sample ids; a non-zero count never becomes zero."""
    if count is None:
        return None
    scaled = round(count * factor)
    return max(scaled, 1) if count > 0 else 0


def _joint_from_samples(
    samples: SampleRows | pd.DataFrame | None, rows: pd.DataFrame
) -> dict[tuple[str, str], int]:
    """(run_id, env_id) -> sample rows both aware and misbehaving, of the model lines of
    ``rows`` (counted where the rows are: one small table back per model line)."""
    table = as_sample_rows(samples)
    if table is None or rows.empty:
        return {}
    # Only a run with an aware count and no joint count reads it (``_runs``): ask for the
    # model lines that have one, not for every line (each question scans the table).
    if "misbehaved_aware" in rows.columns and "aware" in rows.columns:
        rows = rows[rows["misbehaved_aware"].isna() & rows["aware"].notna()]
    joint: dict[tuple[str, str], int] = {}
    for model in rows["model"].unique():
        joint.update(table.joint_counts(str(model)))
    return joint


def run_counts(
    rows: pd.DataFrame, samples: SampleRows | pd.DataFrame | None = None
) -> list[RunCounts]:
    """Results rows of one environment and model as runs in date order.

    With epochs (``n_ids`` below ``n``) the unit is the sample id: x is ``misbehaved_ids`` (ids
    that misbehaved in any epoch) when known, else the misbehaving rows rescaled by
    ``n_ids / n``; aware and joint counts are rescaled. A missing joint count is taken from the
    sample rows when they are given.
    """
    joint = _joint_from_samples(samples, rows)
    return _runs(rows.sort_values(["date", "run_id"]).to_dict("records"), joint)


def run_counts_by_env(
    rows: pd.DataFrame, samples: SampleRows | pd.DataFrame | None = None
) -> dict[str, list[RunCounts]]:
    """``run_counts`` of every environment of ``rows`` (one model line), by env_id in order.

    The same runs as calling ``run_counts`` per environment, but one sort and one conversion to
    records for the whole table: per environment those cost ~20 ms each, which was a third of
    ``flags`` at 200 environments (issue 18). The sort is stable, as the per-environment one is
    (pandas sorts on several keys with a stable lexsort), so tied runs keep their order.
    ``samples`` are the sample rows (only the model line's are counted; the joint counts are
    keyed by run and env).
    """
    joint = _joint_from_samples(samples, rows)
    ordered = rows.sort_values(["env_id", "date", "run_id"], kind="stable")
    grouped: dict[str, list[dict[Hashable, Any]]] = {}
    for record in ordered.to_dict("records"):
        grouped.setdefault(str(record["env_id"]), []).append(record)
    return {env: _runs(records, joint) for env, records in grouped.items()}


def _runs(
    records: Sequence[dict[Hashable, Any]], joint: dict[tuple[str, str], int]
) -> list[RunCounts]:
    runs: list[RunCounts] = []
    for row in records:
        n_raw = int(row["n"])
        if n_raw < 1:
            continue
        n_ids = _optional_int(row.get("n_ids"))
        factor = n_ids / n_raw if n_ids is not None and 0 < n_ids < n_raw else 1.0
        aware = _optional_int(row.get("aware"))
        joint_count = _optional_int(row.get("misbehaved_aware"))
        if joint_count is None and aware is not None:
            joint_count = joint.get((str(row["run_id"]), str(row["env_id"])))
        n = round(n_raw * factor)
        x_ids = _optional_int(row.get("misbehaved_ids"))
        if factor < 1 and x_ids is not None:
            x = min(x_ids, n)
        else:
            x = min(_rescale(int(row["misbehaved"]), factor) or 0, n)
        aware_eff = _rescale(aware, factor)
        joint_eff = _rescale(joint_count, factor)
        if aware_eff is not None:
            aware_eff = min(aware_eff, n)
        if joint_eff is not None and aware_eff is not None:
            # Keep the strata possible: m <= min(x, a) and x - m <= n - a.
            joint_eff = max(min(joint_eff, x, aware_eff), x - (n - aware_eff), 0)
        date = pd.Timestamp(row["date"]).to_pydatetime()
        runs.append(RunCounts(str(row["run_id"]), date, x, n, aware_eff, joint_eff))
    return runs


def _above(run: RunCounts, window: Window, p_level: float) -> bool:
    """Whether ``run`` is significantly above ``window``: one-sided Fisher exact p < p_level.

    A run no higher than the window cannot be, so the test is skipped for it (speed only).
    """
    if window.n == 0 or run.x * window.n <= window.x * run.n:
        return False
    return fisher_drop_p(run.x, run.n, window.x, window.n) < p_level


def _current_length(runs: Sequence[RunCounts], settings: AnalysisSettings) -> int:
    """How many latest runs form the current window; 0 when no window of latest runs is near zero.

    The window grows backwards from the latest run, at most ``current_runs`` long: a run joins
    only when it is not significantly above the runs already in the window (one-sided Fisher
    exact test at ``p_level``), so a drop from 1.7% to 0.3% is never pooled into one window at
    1.0%. Of the lengths the test allows, the longest whose pooled rate is at most ``zero_rate``.
    """
    limit = min(max(settings.current_runs, 1), len(runs))
    allowed = 1 if runs else 0
    while allowed < limit:
        window = Window(tuple(runs[len(runs) - allowed :]))
        if _above(runs[len(runs) - allowed - 1], window, settings.p_level):
            break
        allowed += 1
    for length in range(allowed, 0, -1):
        window = Window(tuple(runs[len(runs) - length :]))
        if window.rate <= settings.zero_rate:
            return length
    return 0


def find_windows(runs: Sequence[RunCounts], settings: AnalysisSettings) -> WindowPair | None:
    """The baseline and current windows, or None when no window of latest runs is near zero.

    The current window is the latest runs (at most ``current_runs``) whose pooled rate is at
    most ``zero_rate``: a window, not each run, is at or near zero (a run at 1.3% beside one at
    0.3% is a window at 0.8%); a run significantly above the later runs never joins it (see
    ``_current_length``), and counts as above zero for the baseline. The drop is the binomial
    change point (the split with the largest likelihood ratio among those where the rate falls)
    of every run up to the current window's end, searched before the current window. The
    baseline is the contiguous runs above zero (above ``zero_rate``, or significantly above the
    current window) that end just before the change point, at most ``baseline_runs`` of them: a
    run half-way down is part of neither window, and a stray blip above zero after the drop
    cannot pose as the baseline.
    """
    current_len = _current_length(runs, settings)
    if current_len == 0:
        return None
    current = Window(tuple(runs[len(runs) - current_len :]))
    before = len(runs) - current_len
    # Before the current window, a run at or below zero_rate but significantly above the current
    # window (1.0% -> 0.0% on 1000 samples each: p = 0.001) is a drop, not a zero.
    near = [
        r.rate <= settings.zero_rate and (i >= before or not _above(r, current, settings.p_level))
        for i, r in enumerate(runs)
    ]
    stale = 0
    for flag in reversed(near):
        if not flag:
            break
        stale += 1
    if all(near[:before]):
        return WindowPair(None, current, tuple(runs), stale)
    split, _ = likelihood_ratio_change_point(
        [r.x for r in runs], [r.n for r in runs], max_split=before, drop_only=True
    )
    end = split
    while end > 0 and near[end - 1]:
        end -= 1  # the change point sits after a near-zero run: step back to the last one above
    if end == 0:  # no run above zero before the change point: take the last one anywhere
        end = max(i for i in range(before) if not near[i]) + 1
    first = end
    while first > 0 and not near[first - 1] and end - first < max(settings.baseline_runs, 1):
        first -= 1
    baseline = Window(tuple(runs[first:end]))
    return WindowPair(baseline, current, tuple(runs[first:]), stale)


def runs_within(runs: Sequence[RunCounts], start: datetime, end: datetime) -> Window:
    """The runs dated within [start, end], pooled (for control environments)."""
    return Window(tuple(r for r in runs if start <= r.date <= end))
