"""Rates with honest intervals, and whether a rate is certifiably zero.

See METHOD.md, "Is the rate zero?".

Wilson intervals are for display; claims use the one-sided exact (Clopper-Pearson) upper bound.
Means across environments (the anti-scheming paper's headline) have closed-form, vectorised
intervals: Fay-Feuer for the plain mean, a matched Beta for the mean of Beta(1, 1) posteriors
(docs/method.md, "Means across environments").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

FloatArray = npt.NDArray[np.float64]


def _check_counts(x: int, n: int) -> None:
    if n < 1 or x < 0 or x > n:
        raise ValueError(f"need 0 <= x <= n and n >= 1, got x={x}, n={n}")


def wilson_interval(x: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Two-sided Wilson score interval for x successes in n trials."""
    _check_counts(x, n)
    low, high = proportion_confint(x, n, alpha=1 - level, method="wilson")
    # At x = 0 (x = n) the bound is exactly 0 (1); statsmodels leaves float noise (2e-19).
    return (0.0 if x == 0 else float(low)), (1.0 if x == n else float(high))


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


def exact_upper_bounds(x: npt.ArrayLike, n: npt.ArrayLike, alpha: float = 0.05) -> FloatArray:
    """``exact_upper_bound`` of many (x, n) pairs in one scipy call (1.0 where x == n)."""
    xs, ns = np.asarray(x, dtype=float), np.asarray(n, dtype=float)
    bounds = stats.beta.ppf(1 - alpha, xs + 1, np.maximum(ns - xs, 1))
    return np.where(xs >= ns, 1.0, bounds).astype(np.float64)


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


def fay_feuer_interval(
    y: npt.ArrayLike, v: npt.ArrayLike, w_max: npt.ArrayLike, level: float = 0.95
) -> tuple[FloatArray, FloatArray]:
    """Fay-Feuer gamma interval of a weighted sum of Poisson counts, clipped to [0, 1].

    ``y`` = sum of w_i x_i, ``v`` = sum of w_i**2 x_i, ``w_max`` = the largest weight (Fay and
    Feuer 1997, the interval for directly standardised rates). Vectorised: one interval per
    element. An unweighted mean of k binomial rates x_i/n_i is y with w_i = 1/(k n_i); Poisson
    variance is at least the binomial one, so the interval is conservative.
    """
    y_, v_, w_ = (np.asarray(a, dtype=float) for a in np.broadcast_arrays(y, v, w_max))
    tail = (1 - level) / 2
    positive = y_ > 0
    # y = 0 gives v = 0: the lower end is 0 and the upper one Gamma(1, w_max)'s quantile.
    safe_y, safe_v = np.where(positive, y_, 1.0), np.where(positive, v_, 1.0)
    low = np.where(positive, stats.gamma.ppf(tail, safe_y**2 / safe_v, scale=safe_v / safe_y), 0.0)
    shape = (y_ + w_) ** 2 / (v_ + w_**2)
    high = stats.gamma.ppf(1 - tail, shape, scale=(v_ + w_**2) / (y_ + w_))
    return np.asarray(low, dtype=float), np.minimum(np.asarray(high, dtype=float), 1.0)


def beta_matched_interval(
    mean: npt.ArrayLike, variance: npt.ArrayLike, level: float = 0.95
) -> tuple[FloatArray, FloatArray]:
    """Equal-tailed interval of the Beta with this mean and variance (vectorised).

    For the mean of independent Beta posteriors: its mean and variance are exact, and the Beta
    that matches them agrees with a 200,000-draw Monte Carlo of the mean to about 1e-5 on the
    anti-scheming paper's rates (docs/method.md).
    """
    m, var = (np.asarray(a, dtype=float) for a in np.broadcast_arrays(mean, variance))
    if np.any(var <= 0) or np.any(var >= m * (1 - m)):
        raise ValueError("need 0 < variance < mean * (1 - mean)")
    common = m * (1 - m) / var - 1
    tail = (1 - level) / 2
    low = stats.beta.ppf(tail, m * common, (1 - m) * common)
    high = stats.beta.ppf(1 - tail, m * common, (1 - m) * common)
    return np.asarray(low, dtype=float), np.asarray(high, dtype=float)


def posterior_moments(x: npt.ArrayLike, n: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Mean and variance of each Beta(x + 1, n - x + 1) posterior (a Beta(1, 1) prior)."""
    a = np.asarray(x, dtype=float) + 1
    b = np.asarray(n, dtype=float) - a + 2
    total = a + b
    return a / total, a * b / (total**2 * (total + 1))


@dataclass(frozen=True)
class MeanAcrossEnvironments:
    """The unweighted mean of per-environment rates, as the anti-scheming paper averages, and the
    mean of their Beta(1, 1) posteriors: each with its own interval."""

    mean: float
    """Unweighted mean of the raw rates x/n."""
    mean_low: float
    mean_high: float
    """Fay-Feuer gamma interval of ``mean`` (weights 1/(k n_i))."""
    posterior_mean: float
    """Unweighted mean of Beta(x+1, n-x+1) posterior means (lifts zero counts by ~1/(n+2))."""
    posterior_low: float
    posterior_high: float
    """Equal-tailed interval of the mean of the independent posteriors (a matched Beta)."""
    environments: int


def mean_across_environments(
    counts: Sequence[tuple[int, int]], level: float = 0.95
) -> MeanAcrossEnvironments:
    """Average per-environment rates with equal weight, each mean with its own interval.

    ``counts`` holds (x, n) per environment. The plain mean's interval is Fay-Feuer's; the
    posterior mean's is the Beta matched to the exact mean and variance of the average of the
    independent Beta(x + 1, n - x + 1) posteriors. Deterministic: no sampling.
    """
    if not counts:
        raise ValueError("need at least one environment")
    for x, n in counts:
        _check_counts(x, n)
    xs = np.array([c[0] for c in counts], dtype=float)
    ns = np.array([c[1] for c in counts], dtype=float)
    k = len(counts)
    rates = xs / ns
    mean_low, mean_high = fay_feuer_interval(
        rates.mean(), (rates / ns).sum() / k**2, 1 / (k * ns.min()), level
    )
    post_mean, post_var = posterior_moments(xs, ns)
    posterior_low, posterior_high = beta_matched_interval(
        post_mean.mean(), post_var.sum() / k**2, level
    )
    return MeanAcrossEnvironments(
        mean=float(rates.mean()),
        mean_low=float(mean_low),
        mean_high=float(mean_high),
        posterior_mean=float(post_mean.mean()),
        posterior_low=float(posterior_low),
        posterior_high=float(posterior_high),
        environments=k,
    )


def implied_samples_per_environment(plain_mean: float, posterior_mean: float) -> float:
    """The n per environment at which the mean of Beta(1, 1) posterior means is
    ``posterior_mean`` given the plain mean: (n m + 1) / (n + 2) = P, so n = (1 - 2P) / (P - m).

    Exact when every environment has the same n (docs/method.md: the paper's 13.0% and 12.78%).
    """
    if not 0 <= plain_mean < posterior_mean < 0.5:
        raise ValueError(
            f"need 0 <= plain mean < posterior mean < 0.5, got {plain_mean}, {posterior_mean}"
        )
    return (1 - 2 * posterior_mean) / (posterior_mean - plain_mean)
