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

    ``low``/``high`` bound the mean of the per-environment Beta(x+1, n-x+1) posteriors (seeded, so
    reproducible); ``aware_mean`` is the unweighted mean awareness rate over the environments
    whose awareness is known (None if none is). Runs are ordered by date, then run id.
    """
    rows = []
    for run_id, group in results.groupby("run_id", sort=False):
        counts = [(int(x), int(n)) for x, n in zip(group["misbehaved"], group["n"], strict=True)]
        summary = mean_across_environments(counts, level=level, seed=seed)
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
                "mean": summary.mean,
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
