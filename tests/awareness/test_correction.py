"""Rogan-Gladen correction and its delta-method interval: docs/method.md's worked number."""

from __future__ import annotations

import pytest

from tracker.analysis.awareness import analyse_awareness, analyse_detected_awareness
from tracker.awareness.correction import corrected_joint, corrected_share, rogan_gladen
from tracker.awareness.validation import (
    Accuracy,
    clopper_pearson,
    shipped_accuracy,
    style_effective_count,
)

WORKED = Accuracy(90, 100, 196, 200, "validation set labels.csv", "sd-aware-5")
"""docs/method.md: Se = 90/100, Sp = 196/200, 130 of 1,000 samples detected aware."""


def test_worked_number_of_method_md() -> None:
    found = corrected_share(130, 1000, WORKED)
    assert found.detected == 0.13
    assert found.corrected == pytest.approx(0.125)  # (0.13 + 0.98 - 1) / (0.9 + 0.98 - 1)
    assert (round(found.low, 4), round(found.high, 4)) == (0.0927, 0.1573)


def test_clopper_pearson_intervals_of_the_worked_number() -> None:
    assert tuple(round(v, 4) for v in clopper_pearson(90, 100)) == (0.8238, 0.951)
    assert tuple(round(v, 4) for v in clopper_pearson(196, 200)) == (0.9496, 0.9945)
    assert clopper_pearson(0, 10)[0] == 0.0
    assert clopper_pearson(10, 10)[1] == 1.0


def test_rogan_gladen_clips_and_refuses_a_useless_detector() -> None:
    assert rogan_gladen(0.01, 0.9, 0.95) == 0.0  # below the false-positive floor
    assert rogan_gladen(0.99, 0.9, 0.95) == 1.0
    with pytest.raises(ValueError, match="must exceed 1"):
        rogan_gladen(0.3, 0.5, 0.5)


def test_joint_correction_within_each_outcome() -> None:
    aware, both = corrected_joint(40, 1000, 130, 10, 0.9, 0.98)
    assert aware == pytest.approx(125.0)  # 0.125 of 1,000, as the worked number
    assert both == pytest.approx((10 / 40 - 0.02) / 0.88 * 40)


def test_a_perfect_detector_changes_nothing() -> None:
    perfect = Accuracy(10**6, 10**6, 10**6, 10**6, "exact", "sd-aware-5")
    base, cur = (38, 200, 10, 0), (18, 200, 120, 2)
    plain = analyse_awareness(base, cur)
    detected = analyse_detected_awareness([(*base, True)], [(*cur, True)], perfect)
    assert detected.rise_p == plain.rise_p
    assert detected.standardised is not None
    assert plain.standardised is not None
    assert detected.standardised.share == pytest.approx(plain.standardised.share, abs=1e-4)
    assert detected.share_cur == pytest.approx(0.6, abs=1e-4)
    assert detected.detected is not None
    assert detected.detected.corrected_cur.corrected == pytest.approx(0.6, abs=1e-4)


def test_misclassification_moves_the_unaware_stratum_and_its_bounds_contain_it() -> None:
    # Current window: 60% truly aware, none of them misbehaving, unaware rate 20%; the detector
    # misses 10% of the aware, whose clean samples then dilute the detected-unaware stratum.
    acc = Accuracy(900, 1000, 980, 1000, "validation set v.csv", "sd-aware-5")
    n, true_aware, x = 1000, 600, 80
    detected_aware = round(true_aware * 0.9 + (n - true_aware) * 0.02)  # 548
    both = round((x) * 0.02)  # false positives among the misbehaving
    base = (100, 1000, round(100 * 0.9 + 900 * 0.02), 2)
    found = analyse_detected_awareness([(*base, True)], [(x, n, detected_aware, both, True)], acc)
    assert found.detected is not None
    naive_unaware = (x - both) / (n - detected_aware)
    low, high = found.detected.unaware_cur_bounds or (0.0, 0.0)
    assert found.unaware_cur is not None
    assert naive_unaware < 0.19  # contaminated: looks like a fall from 20%
    assert found.unaware_cur[0] == pytest.approx(0.2, abs=0.01)  # corrected
    assert low <= 0.2 <= high
    assert found.share_cur == pytest.approx(0.6, abs=0.01)


def test_style_spread_shrinks_the_shipped_counts_to_an_effective_count() -> None:
    # Four styles at 0.805, 0.86, 0.75, 0.72 (round 4): s^2 = 0.003825, predictive variance
    # s^2 (1 + 1/4) = 0.00478; 0.784 x 0.216 / 0.00478 = 35.5 (of 800), not rounded.
    by_style = [(161, 200), (172, 200), (150, 200), (144, 200)]
    assert style_effective_count(627, 800, by_style) == pytest.approx(35.47, abs=0.01)
    # A spread so wide that the count falls under 2 stops at the floor of 2.
    assert style_effective_count(205, 250, [(50, 50), (5, 50), (50, 50), (50, 50)]) == 2.0
    # Styles that agree, or a perfect record, keep every count.
    assert style_effective_count(600, 800, [(150, 200)] * 4) == 800
    assert style_effective_count(800, 800, [(200, 200)] * 4) == 800
    assert style_effective_count(627, 800, [(627, 800)]) == 800


def test_shipped_accuracy_carries_the_style_spread() -> None:
    shipped = shipped_accuracy()
    assert shipped.detector_id == "sd-aware-11"
    assert "effective n 33.9 + 40.3" in shipped.source
    assert shipped.positives < 100
    low, high = shipped.sensitivity_interval
    assert high - low > 0.15  # a new style's sensitivity, not the pooled texts' 0.05 width
    # The effective counts shrink the interval's evidence, never the point: Se and Sp stay the
    # pooled texts' (round 13: 375/400, and 396/400 with the real prose's 145/151 as one more
    # style; whole-number counts of 2 or 3 had moved the point, round 6's Sp became 2/2 = 1).
    assert shipped.sensitivity == pytest.approx(375 / 400)
    assert shipped.specificity == pytest.approx((396 + 145) / (400 + 151))
    # round 13's portuguese_bank_support (43/50) against sysadmin_oncall (49/50): evidence
    # worth about 34 texts, not 400
    assert 30 < shipped.positives < 40
