"""Per-run summaries across environments, averaged as the anti-scheming paper does.

Every environment weighs the same. Two means per run, each with its own interval (docs/method.md,
"Means across environments"): the plain mean of the rates x/n with a Fay-Feuer gamma interval,
and the mean of the per-environment Beta(1, 1) posteriors (the paper's figure) with the interval
of the Beta matched to its mean and variance. One pandas group-by over every run at once: no
per-run Python loop, no sampling.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tracker.analysis.intervals import beta_matched_interval, fay_feuer_interval, posterior_moments

SUMMARY_COLUMNS: tuple[str, ...] = (
    "run_id",
    "model",
    "date",
    "environments",
    "mean",
    "mean_low",
    "mean_high",
    "posterior_mean",
    "posterior_low",
    "posterior_high",
    "aware_mean",
)


def _numeric(results: pd.DataFrame, column: str) -> np.ndarray:
    """A possibly absent, possibly NA integer column as floats (NaN where unknown)."""
    if column not in results.columns:
        return np.full(len(results), np.nan)
    return pd.to_numeric(results[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def summarise_runs(results: pd.DataFrame, level: float = 0.95) -> pd.DataFrame:
    """One row per run (``SUMMARY_COLUMNS``), ordered by date, then run id.

    - ``mean``: the unweighted mean of misbehaved / n over the run's environments (every epoch
      counted); ``mean_low``/``mean_high``: its Fay-Feuer interval, with weights 1/(k n_i) on
      independent units;
    - ``posterior_mean``: the unweighted mean of the Beta(x+1, n-x+1) posterior means;
      ``posterior_low``/``posterior_high``: the equal-tailed interval of the mean of those
      independent posteriors (a Beta matched to its exact mean and variance);
    - ``aware_mean``: the unweighted mean awareness rate over the environments whose awareness
      is known (None if none is).

    Independent units: for rows over several epochs, n is the number of sample ids and x the
    per-epoch rate times it, rounded: epochs of one sample are not independent (METHOD.md).
    """
    if results.empty:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in SUMMARY_COLUMNS})
    n = results["n"].to_numpy(dtype=float)
    x = results["misbehaved"].to_numpy(dtype=float)
    if np.any(n < 1) or np.any((x < 0) | (x > n)):
        raise ValueError("need 0 <= misbehaved <= n and n >= 1 in every results row")
    n_ids, epochs = _numeric(results, "n_ids"), _numeric(results, "epochs")
    with np.errstate(invalid="ignore"):  # NaN compares False: unknown ids mean rows count
        by_ids = (epochs > 1) & (n_ids > 0) & (n_ids < n)
    n_eff = np.where(by_ids, n_ids, n)
    x_eff = np.where(by_ids, np.rint(x * np.where(by_ids, n_ids, n) / n), x)
    rate = x / n
    post_mean, post_var = posterior_moments(x_eff, n_eff)
    table = pd.DataFrame(
        {
            "run_id": results["run_id"].astype(str).to_numpy(),
            "model": results["model"].astype(str).to_numpy(),
            "date": pd.to_datetime(results["date"], utc=True).array,
            "rate": rate,
            # Fay-Feuer sums without the 1/k factors, applied once k is known per run.
            "variance_term": rate / n_eff,
            "weight_term": 1 / n_eff,
            "post_mean": post_mean,
            "post_var": post_var,
            "aware_rate": _numeric(results, "aware") / n,
        }
    )
    runs = table.groupby("run_id", sort=False).agg(
        model=("model", "first"),
        date=("date", "min"),
        environments=("rate", "size"),
        mean=("rate", "mean"),
        variance=("variance_term", "sum"),
        max_weight=("weight_term", "max"),
        posterior_mean=("post_mean", "mean"),
        posterior_variance=("post_var", "sum"),
        aware_mean=("aware_rate", "mean"),  # NaN (unknown) skipped
    )
    k = runs["environments"].to_numpy(dtype=float)
    mean_low, mean_high = fay_feuer_interval(
        runs["mean"], runs["variance"] / k**2, runs["max_weight"] / k, level
    )
    posterior_low, posterior_high = beta_matched_interval(
        runs["posterior_mean"], runs["posterior_variance"] / k**2, level
    )
    aware = runs["aware_mean"]
    frame = pd.DataFrame(
        {
            "run_id": runs.index.astype(str),
            "model": runs["model"].to_numpy(),
            "date": runs["date"].array,
            "environments": runs["environments"].to_numpy(dtype=int),
            "mean": runs["mean"].to_numpy(),
            "mean_low": mean_low,
            "mean_high": mean_high,
            "posterior_mean": runs["posterior_mean"].to_numpy(),
            "posterior_low": posterior_low,
            "posterior_high": posterior_high,
            "aware_mean": aware.astype(object).where(aware.notna(), None).to_numpy(),
        }
    )
    return frame.sort_values(["date", "run_id"], kind="stable").reset_index(drop=True)
