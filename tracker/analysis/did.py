"""Was the drop specific to the targeted environment? Difference in differences and specificity.

See METHOD.md, "Did it drop, and was the drop specific to targeted environments?". The change of
each arm is a log odds ratio (current vs baseline) with the Haldane correction (+0.5 on every cell)
when its 2x2 table has a zero, and Woolf's variance; the DiD is target minus control, tested
one-sided (the target fell more) with a normal z.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy import stats


@dataclass(frozen=True)
class LogOddsRatio:
    """log(odds current / odds baseline) of one arm and its Woolf variance."""

    estimate: float
    variance: float
    haldane: bool
    """True when +0.5 was added to every cell because one was zero."""


def log_odds_ratio(x_base: int, n_base: int, x_cur: int, n_cur: int) -> LogOddsRatio:
    """The change of one arm on the log-odds scale, Haldane-corrected when a cell is zero."""
    if n_base < 1 or n_cur < 1:
        raise ValueError(f"need samples in both windows, got n_base={n_base}, n_cur={n_cur}")
    cells = [float(x_base), float(n_base - x_base), float(x_cur), float(n_cur - x_cur)]
    haldane = any(c == 0 for c in cells)
    if haldane:
        cells = [c + 0.5 for c in cells]
    a, b, c, d = cells
    return LogOddsRatio(math.log((c / d) / (a / b)), 1 / a + 1 / b + 1 / c + 1 / d, haldane)


@dataclass(frozen=True)
class DifferenceInDifferences:
    """Target minus control change on the log-odds scale, with its one-sided test."""

    target: LogOddsRatio
    control: LogOddsRatio
    did: float
    se: float
    z: float
    p: float
    """One-sided p-value that the target fell more than the control."""


def difference_in_differences(
    target: tuple[int, int, int, int], control: tuple[int, int, int, int]
) -> DifferenceInDifferences:
    """DiD of two arms, each given as (x_base, n_base, x_cur, n_cur)."""
    lor_target = log_odds_ratio(*target)
    lor_control = log_odds_ratio(*control)
    did = lor_target.estimate - lor_control.estimate
    se = math.sqrt(lor_target.variance + lor_control.variance)
    z = did / se
    return DifferenceInDifferences(lor_target, lor_control, did, se, z, float(stats.norm.cdf(z)))


def relative_reduction(rate_base: float, rate_cur: float) -> float:
    """RRR = 1 - rate_current / rate_baseline (0 when the baseline is zero: nothing to reduce)."""
    if rate_base <= 0:
        return 0.0
    return 1 - rate_cur / rate_base


def patch_specificity(rrr_target: float, rrr_control: float) -> float:
    """S = clip(1 - RRR_control / RRR_target, 0, 1); 0 when the target did not fall."""
    if rrr_target <= 0:
        return 0.0
    return min(1.0, max(0.0, 1 - rrr_control / rrr_target))
