"""Pure table derivations for the dashboard: rates with intervals, headline means, patch marks.

Every function here takes plain data (DataFrames with ``RESULT_COLUMNS``, domain records) and
returns plain data, so the figures and pages stay thin and the numbers are unit-testable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from tracker.failures.models import Patch

if TYPE_CHECKING:
    from tracker.awareness.labelling import AwarenessSource

RATE_COLUMNS: tuple[str, ...] = (
    "model",
    "run_id",
    "date",
    "env_id",
    "n",
    "n_eff",
    "misbehaved",
    "rate",
    "low",
    "high",
    "aware_rate",
    "aware_corrected",
    "aware_corrected_low",
    "aware_corrected_high",
)
"""Columns of :func:`run_rates`: one row per run and environment, sorted by model, env, date."""

HEADLINE_COLUMNS: tuple[str, ...] = (
    "model",
    "run_id",
    "date",
    "environments",
    "mean",
    "low",
    "high",
    "aware_mean",
)


def run_rates(results: pd.DataFrame, awareness: AwarenessSource | None = None) -> pd.DataFrame:
    """Misbehaviour and awareness rate of every run and environment, with a 95% Wilson band.

    The interval uses the number of distinct sample ids when known (epochs of one sample are
    not independent, METHOD.md), else ``n``; the rate itself is ``misbehaved / n``. Where the
    awareness labels came from the built-in detector (``awareness``), ``aware_corrected`` and
    its band are the Rogan-Gladen correction of the detected rate (docs/method.md); elsewhere
    they are NaN and ``aware_rate`` is the rate as labelled.
    """
    if results.empty:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in RATE_COLUMNS})
    # statsmodels (and the scipy it pulls in) is imported only when rates are computed: a warm
    # dashboard start-up reads them from the derived cache and skips ~1.5 s of imports.
    from statsmodels.stats.proportion import proportion_confint

    frame = results.loc[results["n"] > 0].copy()
    n = frame["n"].astype(float).to_numpy()
    misbehaved = frame["misbehaved"].astype(float).to_numpy()
    n_ids = pd.to_numeric(frame["n_ids"], errors="coerce").to_numpy(dtype=float)
    n_eff = np.where(np.isnan(n_ids) | (n_ids <= 0), n, n_ids)
    rate = misbehaved / n
    low, high = proportion_confint(rate * n_eff, n_eff, alpha=0.05, method="wilson")
    aware = pd.to_numeric(frame["aware"], errors="coerce").to_numpy(dtype=float)
    out = pd.DataFrame(
        {
            "model": frame["model"].astype(str).to_numpy(),
            "run_id": frame["run_id"].astype(str).to_numpy(),
            "date": pd.to_datetime(frame["date"], utc=True).to_numpy(),
            "env_id": frame["env_id"].astype(str).to_numpy(),
            "n": n.astype(int),
            "n_eff": n_eff,
            "misbehaved": misbehaved.astype(int),
            "rate": rate,
            "low": np.asarray(low, dtype=float),
            "high": np.asarray(high, dtype=float),
            "aware_rate": aware / n,
        }
    )
    corrected = _corrected_awareness(out, frame["aware"], awareness)
    for column, values in corrected.items():
        out[column] = values
    out["date"] = pd.to_datetime(out["date"], utc=True)
    return out.sort_values(["model", "env_id", "date", "run_id"], ignore_index=True)


def _corrected_awareness(
    out: pd.DataFrame, aware: pd.Series, awareness: AwarenessSource | None
) -> dict[str, np.ndarray]:
    """The corrected awareness rate and its 95% band of the detected (run, env) groups."""
    size = len(out)
    columns = {
        name: np.full(size, np.nan)
        for name in ("aware_corrected", "aware_corrected_low", "aware_corrected_high")
    }
    if awareness is None or not awareness.detected_groups:
        return columns
    from tracker.awareness.correction import corrected_share

    counts = pd.to_numeric(aware, errors="coerce").to_numpy(dtype=float)
    sizes = out["n"].to_numpy(dtype=float)
    keys = zip(out["run_id"], out["env_id"], strict=True)
    for i, key in enumerate(keys):
        if key not in awareness.detected_groups or np.isnan(counts[i]):
            continue
        share = corrected_share(counts[i], sizes[i], awareness.accuracy)
        columns["aware_corrected"][i] = share.corrected
        columns["aware_corrected_low"][i] = share.low
        columns["aware_corrected_high"][i] = share.high
    return columns


def headline_series(rates: pd.DataFrame) -> pd.DataFrame:
    """Per model line and checkpoint: the unweighted mean misbehaviour across environments.

    The interval is the mean's own (Fay-Feuer, docs/method.md), from
    :func:`tracker.analysis.intervals.mean_across_environments`; awareness is averaged the
    same unweighted way over the environments that report it.
    """
    rows: list[dict[str, object]] = []
    if rates.empty:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in HEADLINE_COLUMNS})
    # Imported here, as in run_rates: it pulls in scipy.stats, which a warm start does not need.
    from tracker.analysis.intervals import mean_across_environments

    for (model, run_id), run in rates.groupby(["model", "run_id"], sort=False):
        n_eff = run["n_eff"].to_numpy()
        x_eff = np.clip(np.rint(run["rate"].to_numpy() * n_eff), 0, n_eff)
        counts = [(int(x), int(n)) for x, n in zip(x_eff, n_eff, strict=True)]
        summary = mean_across_environments(counts)
        aware = run["aware_rate"].dropna()
        rows.append(
            {
                "model": model,
                "run_id": run_id,
                "date": run["date"].min(),
                "environments": len(run),
                "mean": float(run["rate"].mean()),
                "low": summary.mean_low,
                "high": summary.mean_high,
                "aware_mean": float(aware.mean()) if len(aware) else float("nan"),
            }
        )
    frame = pd.DataFrame(rows, columns=list(HEADLINE_COLUMNS))
    return frame.sort_values(["model", "date"], ignore_index=True)


@dataclass(frozen=True)
class PatchMark:
    """A spec patch as the charts mark it: when, what it is called, which clauses, which targets."""

    commit: str
    date: datetime
    label: str
    subject: str
    clauses: tuple[str, ...]
    targets: tuple[str, ...] = field(default_factory=tuple)

    def targets_env(self, env_id: str) -> bool:
        return env_id in self.targets


def patch_marks(patches: Iterable[Patch]) -> list[PatchMark]:
    """The patches, oldest first, as chart marks."""
    marks = [
        PatchMark(
            commit=patch.commit,
            date=patch.date,
            label=patch.release or patch.commit[:7],
            subject=patch.subject,
            clauses=tuple(clause.clause_id for clause in patch.clauses),
            targets=tuple(patch.targets),
        )
        for patch in patches
    ]
    return sorted(marks, key=lambda mark: mark.date)


def latest_rates(rates: pd.DataFrame) -> pd.DataFrame:
    """The last run of every environment and model line."""
    if rates.empty:
        return rates
    return rates.groupby(["model", "env_id"], sort=False).tail(1).reset_index(drop=True)


def filter_table(
    table: pd.DataFrame,
    column_choices: Sequence[tuple[str, Sequence[str] | None]],
) -> pd.DataFrame:
    """Rows whose value in each named column is one of the chosen ones (no choice keeps all)."""
    keep = np.ones(len(table), dtype=bool)
    for column, chosen in column_choices:
        if chosen:
            keep &= table[column].isin(list(chosen)).to_numpy()
    return table.loc[keep].reset_index(drop=True)
