"""Tests of a drop between two windows, and multiplicity control (METHOD.md)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import stats
from statsmodels.stats.multitest import multipletests


def fisher_drop_p(x_base: int, n_base: int, x_cur: int, n_cur: int) -> float:
    """One-sided Fisher exact p-value that the current rate is lower than the baseline rate."""
    table = [[x_base, n_base - x_base], [x_cur, n_cur - x_cur]]
    return float(stats.fisher_exact(table, alternative="greater").pvalue)


def mcnemar_drop_p(base_only: int, current_only: int) -> float:
    """One-sided exact McNemar p-value for paired samples (same sample ids in both windows).

    ``base_only`` counts samples that misbehaved in the baseline but not now; ``current_only`` the
    reverse. Under no change the discordant pairs split 50/50.
    """
    discordant = base_only + current_only
    if discordant == 0:
        return 1.0
    return float(stats.binomtest(base_only, discordant, 0.5, alternative="greater").pvalue)


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (q-values), in the input's order."""
    if len(p_values) == 0:
        return []
    _, adjusted, _, _ = multipletests(np.asarray(p_values, dtype=float), method="fdr_bh")
    return [float(q) for q in adjusted]
