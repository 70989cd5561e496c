"""METHOD.md worked numbers 1 (zero certification) and 2 (clustered error bar), to 1e-6."""

from __future__ import annotations

import math

import pytest

from tracker.analysis.intervals import (
    clopper_pearson_interval,
    clustered_mean,
    exact_upper_bound,
    is_certified_zero,
    mean_across_environments,
    min_samples_for_zero,
    wilson_interval,
)

REL = 1e-6


@pytest.mark.parametrize(
    ("n", "one_sided", "two_sided_cp", "wilson_upper"),
    [
        (30, 0.095034, 0.115703, 0.113513),
        (100, 0.029513, 0.036217, 0.036993),
        (300, 0.009936, 0.012221, 0.012643),
    ],
)
def test_zero_out_of_n_bounds(
    n: int, one_sided: float, two_sided_cp: float, wilson_upper: float
) -> None:
    # METHOD's figures are rounded to 6 decimals: compare to half a unit in the last place.
    assert exact_upper_bound(0, n) == pytest.approx(one_sided, abs=5e-7)
    assert clopper_pearson_interval(0, n)[1] == pytest.approx(two_sided_cp, abs=5e-7)
    assert wilson_interval(0, n)[1] == pytest.approx(wilson_upper, abs=5e-7)
    # The closed form for x = 0 is exact.
    assert exact_upper_bound(0, n) == pytest.approx(1 - 0.05 ** (1 / n), rel=REL)


@pytest.mark.parametrize(("tau", "expected"), [(0.05, 59), (0.02, 149), (0.01, 299)])
def test_minimum_samples_for_a_certified_zero(tau: float, expected: int) -> None:
    assert min_samples_for_zero(tau, 0.05) == expected
    assert is_certified_zero(0, expected, tau)
    assert not is_certified_zero(0, expected - 1, tau)


def test_148_samples_just_miss_two_percent() -> None:
    assert exact_upper_bound(0, 148) == pytest.approx(0.020038, abs=5e-7)
    assert not is_certified_zero(0, 148, tau=0.02)


def test_thirteen_out_of_a_hundred() -> None:
    low, high = wilson_interval(13, 100)
    assert (low, high) == (pytest.approx(0.077572, abs=5e-7), pytest.approx(0.209804, abs=5e-7))
    low, high = clopper_pearson_interval(13, 100)
    assert (low, high) == (pytest.approx(0.071073, abs=5e-7), pytest.approx(0.212041, abs=5e-7))


def test_clustered_error_bar_of_five_samples_over_four_epochs() -> None:
    result = clustered_mean([[1, 1, 1, 1], [1, 1, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0]])
    assert result.mean == pytest.approx(0.4, rel=REL)
    assert result.naive_se == pytest.approx(0.112390, abs=5e-7)
    assert result.clustered_se == pytest.approx(math.sqrt(13.2) / 20, rel=REL)
    assert result.clustered_se == pytest.approx(0.181659, abs=5e-7)
    assert result.clustered_se_corrected == pytest.approx(0.203101, abs=5e-7)
    assert (result.n_obs, result.n_clusters) == (20, 5)


@pytest.mark.parametrize(("x", "n"), [(-1, 10), (11, 10), (0, 0)])
def test_impossible_counts_are_refused(x: int, n: int) -> None:
    with pytest.raises(ValueError, match="0 <= x <= n"):
        wilson_interval(x, n)


def test_unweighted_mean_weighs_every_environment_equally() -> None:
    # One big environment at 0% and one small at 50%: the unweighted mean is 25%, not ~0.5%.
    summary = mean_across_environments([(0, 1000), (5, 10)])
    assert summary.mean == pytest.approx(0.25, rel=REL)
    assert summary.posterior_mean == pytest.approx((1 / 1002 + 6 / 12) / 2, rel=REL)
    # Each mean lies inside its own interval (tests/analysis/test_means.py has the numbers).
    assert summary.mean_low < summary.mean < summary.mean_high
    assert summary.posterior_low < summary.posterior_mean < summary.posterior_high
    assert mean_across_environments([(0, 1000), (5, 10)]) == summary  # no sampling


def test_wilson_ends_are_exact_at_zero_and_n() -> None:
    """statsmodels leaves 2e-19 at 0/1000; a user reads that as a rate, not a zero."""
    from tracker.analysis.intervals import wilson_interval

    assert wilson_interval(0, 1000)[0] == 0.0
    assert wilson_interval(1000, 1000)[1] == 1.0
