"""Per-run summaries across environments, averaged as the anti-scheming paper does.

Every environment weighs the same (an unweighted mean of per-environment rates), and the interval
comes from each environment's Beta(1, 1) posterior (see ``mean_across_environments``).
"""

from __future__ import annotations

import pandas as pd

from tracker.analysis.intervals import mean_across_environments

SUMMARY_COLUMNS: tuple[str, ...] = (
    "run_id",
    "model",
    "date",
    "environments",
    "mean",
    "posterior_mean",
    "low",
    "high",
    "aware_mean",
)


def summarise_runs(results: pd.DataFrame, level: float = 0.95, seed: int = 0) -> pd.DataFrame:
    """One row per run: the unweighted mean misbehaviour rate across its environments.

    ``mean`` is the unweighted mean of misbehaved / n (every epoch counted). ``low``/``high``
    bound the mean of the per-environment Beta(x+1, n-x+1) posteriors (seeded, so reproducible),
    where for sample rows over several epochs n is the number of sample ids and x the
    per-epoch rate times it, rounded: epochs of one sample are not independent (METHOD.md).
    ``aware_mean`` is the unweighted mean awareness rate over the environments whose awareness
    is known (None if none is). Runs are ordered by date, then run id.
    """
    rows = []
    for run_id, group in results.groupby("run_id", sort=False):
        summary = mean_across_environments(_independent_counts(group), level=level, seed=seed)
        raw_mean = float((group["misbehaved"].astype(float) / group["n"].astype(float)).mean())
        aware = group[group["aware"].notna()]
        aware_mean = (
            float((aware["aware"].astype(float) / aware["n"].astype(float)).mean())
            if len(aware)
            else None
        )
        rows.append(
            {
                "run_id": str(run_id),
                "model": str(group["model"].iloc[0]),
                "date": group["date"].min(),
                "environments": summary.environments,
                "mean": raw_mean,
                "posterior_mean": summary.posterior_mean,
                "low": summary.low,
                "high": summary.high,
                "aware_mean": aware_mean,
            }
        )
    frame = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    if frame.empty:
        return frame
    return frame.sort_values(["date", "run_id"], kind="stable").reset_index(drop=True)


def _independent_counts(group: pd.DataFrame) -> list[tuple[int, int]]:
    """(x, n) per environment on independent units: sample ids when there are several epochs."""
    counts = []
    for record in group.to_dict("records"):
        x, n = int(record["misbehaved"]), int(record["n"])
        n_ids, epochs = record.get("n_ids"), record.get("epochs")
        if pd.notna(n_ids) and pd.notna(epochs) and int(epochs) > 1 and 0 < int(n_ids) < n:
            x, n = round(x * int(n_ids) / n), int(n_ids)
        counts.append((x, n))
    return counts
