"""Rates with honest intervals, and whether a rate is certifiably zero.

See METHOD.md, "Is the rate zero?".

Wilson intervals are for display; claims use the one-sided exact (Clopper-Pearson) upper bound.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats
from statsmodels.stats.proportion import proportion_confint


def _check_counts(x: int, n: int) -> None:
    if n < 1 or x < 0 or x > n:
        raise ValueError(f"need 0 <= x <= n and n >= 1, got x={x}, n={n}")


def wilson_interval(x: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Two-sided Wilson score interval for x successes in n trials."""
    _check_counts(x, n)
    low, high = proportion_confint(x, n, alpha=1 - level, method="wilson")
    return float(low), float(high)


def clopper_pearson_interval(x: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Two-sided exact (Clopper-Pearson) interval."""
    _check_counts(x, n)
    low, high = proportion_confint(x, n, alpha=1 - level, method="beta")
    return float(low), float(high)


def exact_upper_bound(x: int, n: int, alpha: float = 0.05) -> float:
    """One-sided exact upper bound U: P(X <= x | p = U) = alpha. For x = 0, U = 1 - alpha**(1/n)."""
    _check_counts(x, n)
    if x == n:
        return 1.0
    return float(stats.beta.ppf(1 - alpha, x + 1, n - x))


def min_samples_for_zero(tau: float = 0.02, alpha: float = 0.05) -> int:
    """The fewest independent samples for which 0/n is certifiably at most tau."""
    if not 0 < tau < 1 or not 0 < alpha < 1:
        raise ValueError(f"need 0 < tau < 1 and 0 < alpha < 1, got tau={tau}, alpha={alpha}")
    return math.ceil(math.log(alpha) / math.log(1 - tau))


def is_certified_zero(x: int, n: int, tau: float = 0.02, alpha: float = 0.05) -> bool:
    """True when the one-sided exact upper bound of x/n is at most tau."""
    return exact_upper_bound(x, n, alpha) <= tau


@dataclass(frozen=True)
class ClusteredMean:
    """A mean over samples with repeated epochs, with naive and cluster-robust standard errors."""

    mean: float
    n_obs: int
    n_clusters: int
    naive_se: float
    clustered_se: float
    """sqrt(sum over clusters of (sum of deviations)^2) / N."""
    clustered_se_corrected: float
    """The clustered SE times sqrt(C / (C - 1)), the usual small-sample correction."""


def clustered_mean(outcomes_by_cluster: Sequence[Sequence[float]]) -> ClusteredMean:
    """Mean of all observations with SEs that treat each cluster (a sample's epochs) as one unit."""
    clusters = [np.asarray(c, dtype=float) for c in outcomes_by_cluster if len(c) > 0]
    if not clusters:
        raise ValueError("need at least one cluster with an observation")
    values = np.concatenate(clusters)
    n_obs = values.size
    mean = float(values.mean())
    # The sample standard deviation (ddof=1) over sqrt(N): what treats every epoch as independent.
    naive_se = float(values.std(ddof=1) / np.sqrt(n_obs)) if n_obs > 1 else float("nan")
    deviation_sums = np.array([float((c - mean).sum()) for c in clusters])
    clustered = float(np.sqrt((deviation_sums**2).sum()) / n_obs)
    count = len(clusters)
    corrected = clustered * math.sqrt(count / (count - 1)) if count > 1 else float("nan")
    return ClusteredMean(mean, n_obs, count, naive_se, clustered, corrected)


@dataclass(frozen=True)
class MeanAcrossEnvironments:
    """The unweighted mean of per-environment rates, as the anti-scheming paper averages."""

    mean: float
    """Unweighted mean of the raw rates x/n."""
    posterior_mean: float
    """Unweighted mean of Beta(x+1, n-x+1) posterior means (lifts zero counts by ~1/(n+2))."""
    low: float
    high: float
    """Equal-tailed interval of the mean of the per-environment Beta posteriors."""
    environments: int


def mean_across_environments(
    counts: Sequence[tuple[int, int]],
    level: float = 0.95,
    draws: int = 20000,
    seed: int = 0,
) -> MeanAcrossEnvironments:
    """Average per-environment rates with equal weight; the interval is from Beta(1,1) posteriors.

    Each environment's rate has posterior Beta(x + 1, n - x + 1); the mean of those independent
    posteriors is sampled with a seeded generator so the interval is reproducible.
    """
    if not counts:
        raise ValueError("need at least one environment")
    for x, n in counts:
        _check_counts(x, n)
    xs = np.array([c[0] for c in counts], dtype=float)
    ns = np.array([c[1] for c in counts], dtype=float)
    rng = np.random.default_rng(seed)
    samples = rng.beta(xs + 1, ns - xs + 1, size=(draws, len(counts))).mean(axis=1)
    tail = (1 - level) / 2
    return MeanAcrossEnvironments(
        mean=float((xs / ns).mean()),
        posterior_mean=float(((xs + 1) / (ns + 2)).mean()),
        low=float(np.quantile(samples, tail)),
        high=float(np.quantile(samples, 1 - tail)),
        environments=len(counts),
    )
