"""Drop tests and multiplicity: METHOD.md worked number 5 (the BH part), Fisher and McNemar."""

from __future__ import annotations

import pytest
from scipy import stats

from tracker.analysis.drop_tests import benjamini_hochberg, fisher_drop_p, mcnemar_drop_p


def test_benjamini_hochberg_worked_number() -> None:
    p = [0.0027, 0.004, 0.019, 0.03, 0.2, 0.45, 0.6, 0.9]
    expected = [0.016, 0.016, 0.050667, 0.06, 0.32, 0.6, 0.685714, 0.9]
    assert benjamini_hochberg(p) == pytest.approx(expected, abs=5e-7)


def test_benjamini_hochberg_keeps_the_input_order() -> None:
    shuffled = [0.9, 0.0027, 0.6, 0.004]
    adjusted = benjamini_hochberg(shuffled)
    # By hand: sorted 0.0027, 0.004, 0.6, 0.9 -> 0.0108, 0.008 -> 0.008, 0.8, 0.9.
    assert adjusted == pytest.approx([0.9, 0.008, 0.8, 0.008])
    assert benjamini_hochberg([]) == []


def test_fisher_drop_is_one_sided_towards_a_lower_current_rate() -> None:
    dropped = fisher_drop_p(30, 100, 0, 100)
    risen = fisher_drop_p(0, 100, 30, 100)
    assert dropped < 1e-9
    assert risen == pytest.approx(1.0)
    table = [[20, 80], [5, 95]]
    assert fisher_drop_p(20, 100, 5, 100) == pytest.approx(
        stats.fisher_exact(table, alternative="greater").pvalue
    )


def test_exact_mcnemar_counts_only_discordant_pairs() -> None:
    # 8 samples stopped misbehaving, 1 started: P(X >= 8 | Bin(9, 0.5)) = 10/512.
    assert mcnemar_drop_p(8, 1) == pytest.approx(10 / 512, rel=1e-9)
    assert mcnemar_drop_p(0, 0) == 1.0
