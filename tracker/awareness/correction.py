"""Awareness rates corrected for the detector's misclassification (Rogan-Gladen).

With sensitivity Se and specificity Sp, a detected share q estimates the true share p by
p = (q + Sp - 1) / (Se + Sp - 1), clipped to [0, 1]. Its interval is the delta method's:

    Var(p) = [q(1-q)/n + p^2 Var(Se) + (1-p)^2 Var(Sp)] / (Se + Sp - 1)^2

with Var(Se), Var(Sp) the variances of their Jeffreys posteriors Beta(k + 1/2, n - k + 1/2)
(never zero, so Se = 1 on a finite validation set still carries uncertainty). See
docs/method.md, "Awareness from the detector".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tracker.awareness.validation import Accuracy

Z95 = 1.959963984540054


def jeffreys_variance(k: float, n: float) -> float:
    a, b = k + 0.5, n - k + 0.5
    return a * b / ((a + b) ** 2 * (a + b + 1))


def rogan_gladen(q: float, se: float, sp: float) -> float:
    """The true share implied by a detected share q, clipped to [0, 1]."""
    youden = se + sp - 1
    if youden <= 0:
        raise ValueError(f"sensitivity + specificity must exceed 1 (got {se:.3f} + {sp:.3f})")
    return min(1.0, max(0.0, (q + sp - 1) / youden))


@dataclass(frozen=True)
class CorrectedShare:
    detected: float
    corrected: float
    low: float
    high: float


def corrected_share(aware: float, n: float, accuracy: Accuracy) -> CorrectedShare:
    """The detected share aware/n, its Rogan-Gladen correction and the delta-method 95% interval."""
    se, sp = accuracy.sensitivity, accuracy.specificity
    q = aware / n if n else 0.0
    p = rogan_gladen(q, se, sp)
    var_se = jeffreys_variance(accuracy.true_positives, accuracy.positives)
    var_sp = jeffreys_variance(accuracy.true_negatives, accuracy.negatives)
    var_q = q * (1 - q) / n if n else 0.0
    var = (var_q + p**2 * var_se + (1 - p) ** 2 * var_sp) / (se + sp - 1) ** 2
    half = Z95 * math.sqrt(var)
    return CorrectedShare(q, p, max(0.0, p - half), min(1.0, p + half))


def corrected_joint(
    x: float, n: float, a: float, m: float, se: float, sp: float
) -> tuple[float, float]:
    """Corrected (aware, misbehaved-and-aware) counts of one run's detected strata.

    Rogan-Gladen is applied within the misbehaving samples (m of x detected aware) and within
    the others (a - m of n - x), which assumes the detector errs alike on both (non-differential
    misclassification); the corrected aware count is the sum.
    """
    m_true = rogan_gladen(m / x, se, sp) * x if x else 0.0
    rest = n - x
    other = rogan_gladen((a - m) / rest, se, sp) * rest if rest else 0.0
    return m_true + other, m_true
