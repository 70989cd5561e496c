"""METHOD.md worked numbers 5: the change point and its exact permutation p; BH."""

from __future__ import annotations

import numpy as np
import pytest

from tests.analysis.tables import printed
from tracker.analysis.changepoint import (
    EXACT_MAX_LENGTH,
    change_point_test,
    likelihood_ratio_change_point,
)
from tracker.analysis.drop_tests import benjamini_hochberg

COUNTS = [20, 18, 22, 19, 2, 1, 0, 1]
SIZES = [100] * 8


def test_worked_change_point() -> None:
    k, lr = likelihood_ratio_change_point(COUNTS, SIZES)
    assert k == 4
    assert lr == printed("90.857565")
    result = change_point_test(COUNTS, SIZES)
    assert result.exact
    assert result.k == 4
    assert result.p == printed("0.028571")
    assert result.p == pytest.approx(2 / 70, rel=1e-12)  # 4!4! orders of each side, of 8!
    assert result.before == pytest.approx(79 / 400)
    assert result.after == pytest.approx(4 / 400)


def test_worked_benjamini_hochberg() -> None:
    q = benjamini_hochberg([0.0027, 0.004, 0.019, 0.03, 0.2, 0.45, 0.6, 0.9])
    expected = ["0.016", "0.016", "0.050667", "0.06", "0.32", "0.6", "0.685714", "0.9"]
    assert q == [printed(v) for v in expected]


def test_flat_series_has_no_significant_change() -> None:
    result = change_point_test([10, 10, 10, 10, 10], [100] * 5)
    assert result.lr == pytest.approx(0.0, abs=1e-9)
    assert result.p == pytest.approx(1.0)


def test_long_series_uses_seeded_monte_carlo() -> None:
    counts = [20, 21, 19, 22, 20, 18, 21, 2, 1, 0, 1, 0]
    length = len(counts)
    assert length > EXACT_MAX_LENGTH
    first = change_point_test(counts, [100] * length, np.random.default_rng(7))
    again = change_point_test(counts, [100] * length, np.random.default_rng(7))
    assert not first.exact
    assert first.k == 7
    assert first.p == again.p
    assert first.p < 0.01


def test_max_split_limits_the_search() -> None:
    k, _ = likelihood_ratio_change_point(COUNTS, SIZES, max_split=2)
    assert k == 2
    assert likelihood_ratio_change_point([3], [10]) == (1, 0.0)
