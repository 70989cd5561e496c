"""When did the rate change? A binomial likelihood-ratio change point with a permutation p-value.

See METHOD.md, "Timing". The statistic for a split after ``k`` checkpoints is
``2 * (loglik(first k) + loglik(rest) - loglik(all))`` with one binomial rate per part. The
permutation p-value asks how often a random order of the same checkpoints gives a maximal
statistic at least as large: exact (every order) for short series, seeded Monte Carlo otherwise.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray
from scipy.special import xlogy

EXACT_MAX_LENGTH = 8
"""Series up to this length are permuted exhaustively (8! = 40320 orders)."""
MONTE_CARLO_DRAWS = 10000


@dataclass(frozen=True)
class ChangePoint:
    """The best split: the first ``k`` checkpoints differ from the rest."""

    k: int
    lr: float
    p: float
    """Permutation p-value of the maximal statistic."""
    exact: bool
    """True when every order was enumerated."""
    before: float
    """Pooled rate of the first k checkpoints."""
    after: float


@lru_cache(maxsize=EXACT_MAX_LENGTH)
def _all_orders(length: int) -> NDArray[np.intp]:
    """Every order of ``length`` checkpoints (built once per length)."""
    orders = np.array(list(itertools.permutations(range(length))), dtype=np.intp)
    orders.flags.writeable = False
    return orders


def _loglik(x: NDArray[np.float64], n: NDArray[np.float64]) -> NDArray[np.float64]:
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n > 0, x / np.where(n > 0, n, 1), 0.0)
    result: NDArray[np.float64] = xlogy(x, p) + xlogy(n - x, 1 - p)
    return result


def _statistics(x: NDArray[np.float64], n: NDArray[np.float64]) -> NDArray[np.float64]:
    """LR statistic for every split k = 1..m-1; rows of x and n are orders of the series."""
    cx, cn = np.cumsum(x, axis=-1), np.cumsum(n, axis=-1)
    tx, tn = cx[..., -1:], cn[..., -1:]
    head_x, head_n = cx[..., :-1], cn[..., :-1]
    total = _loglik(tx, tn)
    stats: NDArray[np.float64] = 2 * (
        _loglik(head_x, head_n) + _loglik(tx - head_x, tn - head_n) - total
    )
    return stats


def likelihood_ratio_change_point(
    x: Sequence[int], n: Sequence[int], max_split: int | None = None, drop_only: bool = False
) -> tuple[int, float]:
    """The split k (1 <= k <= max_split) with the largest LR statistic, and that statistic.

    With ``drop_only`` only splits where the rate falls count (the others score 0). Ties go to
    the latest split. A series of one checkpoint has no split: (1, 0.0).
    """
    if len(x) != len(n):
        raise ValueError("x and n must have the same length")
    if len(x) < 2:
        return 1, 0.0
    xs, ns = np.asarray(x, dtype=float), np.asarray(n, dtype=float)
    stats = _statistics(xs, ns)
    if drop_only:
        head_x, head_n = np.cumsum(xs)[:-1], np.cumsum(ns)[:-1]
        with np.errstate(divide="ignore", invalid="ignore"):
            falls = head_x / head_n > (xs.sum() - head_x) / (ns.sum() - head_n)
        stats = np.where(falls, stats, 0.0)
    limit = len(stats) if max_split is None else max(1, min(max_split, len(stats)))
    usable = stats[:limit]
    best = int(len(usable) - 1 - np.argmax(usable[::-1]))
    return best + 1, float(usable[best])


def change_point_test(
    x: Sequence[int], n: Sequence[int], rng: np.random.Generator | None = None
) -> ChangePoint:
    """The best change point and its permutation p-value (exact up to EXACT_MAX_LENGTH points)."""
    xs, ns = np.asarray(x, dtype=float), np.asarray(n, dtype=float)
    k, lr = likelihood_ratio_change_point(x, n)
    m = len(xs)
    if m < 2:
        rate = float(xs.sum() / ns.sum()) if ns.sum() else 0.0
        return ChangePoint(1, 0.0, 1.0, True, rate, rate)
    if m <= EXACT_MAX_LENGTH:
        orders = _all_orders(m)
        exact = True
    else:
        generator = rng if rng is not None else np.random.default_rng(0)
        orders = np.argsort(generator.random((MONTE_CARLO_DRAWS, m)), axis=1)
        exact = False
    maxima = _statistics(xs[orders], ns[orders]).max(axis=1)
    # A relative tolerance so that orders giving the same statistic count as "at least as large".
    hits = int(np.count_nonzero(maxima >= lr * (1 - 1e-9)))
    p = hits / len(orders) if exact else (hits + 1) / (len(orders) + 1)
    before = float(xs[:k].sum() / ns[:k].sum()) if ns[:k].sum() else 0.0
    after = float(xs[k:].sum() / ns[k:].sum()) if ns[k:].sum() else 0.0
    return ChangePoint(k, lr, p, exact, before, after)
