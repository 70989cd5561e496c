"""Means across environments, each with its own interval (docs/method.md, "Means across
environments"): Fay-Feuer for the plain mean, a matched Beta for the mean of posteriors."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from tests.analysis.tables import printed
from tracker.analysis.intervals import (
    beta_matched_interval,
    fay_feuer_interval,
    implied_samples_per_environment,
    mean_across_environments,
    posterior_moments,
)

REL = 1e-6


def test_fay_feuer_worked_number() -> None:
    # docs/method.md: 0/1000 and 5/10. y = 0.25, v = (0 + 0.5/10) / 2**2 = 0.0125,
    # w_max = 1/(2*10) = 0.05: lower = Gamma(5, scale 0.05) 2.5% = 0.025 * chi2(10) 2.5%,
    # upper = Gamma(6, scale 0.05) 97.5% = 0.025 * chi2(12) 97.5%.
    summary = mean_across_environments([(0, 1000), (5, 10)])
    assert summary.mean_low == pytest.approx(0.025 * stats.chi2.ppf(0.025, 10), rel=REL)
    assert summary.mean_high == pytest.approx(0.025 * stats.chi2.ppf(0.975, 12), rel=REL)
    assert summary.mean_low == printed("0.081174")
    assert summary.mean_high == printed("0.583417")


def test_matched_beta_worked_number() -> None:
    # Posteriors Beta(1, 1001) and Beta(6, 6): mean 0.250499, variance of the mean 0.00480794;
    # the matched Beta has a + b = m(1 - m)/V - 1 = 38.049826.
    means, variances = posterior_moments([0, 5], [1000, 10])
    mean, variance = means.mean(), variances.sum() / 4
    assert mean == printed("0.250499")
    assert variance == printed("0.00480794")
    assert mean * (1 - mean) / variance - 1 == printed("38.049826")
    summary = mean_across_environments([(0, 1000), (5, 10)])
    assert summary.posterior_low == printed("0.128180")
    assert summary.posterior_high == printed("0.397615")


def test_fay_feuer_of_all_zeros_is_gamma_one() -> None:
    # y = 0: lower 0, upper = -w_max * ln(0.025) (the exponential's 97.5% quantile).
    low, high = fay_feuer_interval(0.0, 0.0, 1 / (20 * 1000))
    assert float(low) == 0.0
    assert float(high) == pytest.approx(-np.log(0.025) / 20000, rel=REL)


def test_fay_feuer_is_vectorised_and_clipped_to_one() -> None:
    low, high = fay_feuer_interval([0.0, 0.9], [0.0, 0.09], [0.05, 0.1])
    assert low.shape == high.shape == (2,)
    assert float(high[1]) == 1.0
    assert 0 < float(low[1]) < 0.9


def test_fay_feuer_covers_the_true_mean_where_the_normal_interval_fails() -> None:
    # 20 environments of 100 samples at Fig. 9's o4-mini rates after training (18 at 0%, 0.6%,
    # 0.1%): the Wald interval covers the true mean about half the time, Fay-Feuer >= 95%.
    rates = np.array([0.0] * 18 + [0.006, 0.001])
    rng = np.random.default_rng(11)
    k, n, reps = len(rates), 100, 4000
    observed = rng.binomial(n, rates, size=(reps, k)) / n
    mean = observed.mean(axis=1)
    low, high = fay_feuer_interval(mean, (observed / n).sum(axis=1) / k**2, 1 / (k * n))
    truth = rates.mean()
    covered = float(np.mean((low <= truth) & (truth <= high)))
    se = np.sqrt((observed * (1 - observed) / n).sum(axis=1)) / k
    wald = float(np.mean((mean - 1.96 * se <= truth) & (truth <= mean + 1.96 * se)))
    assert covered >= 0.95
    assert wald < 0.6


def test_matched_beta_agrees_with_monte_carlo() -> None:
    # The mean of 20 posteriors near zero (skewed): the matched Beta's 2.5% and 97.5% points
    # are within 1% of a 400,000-draw Monte Carlo of the mean of the independent posteriors.
    x = np.array([0] * 15 + [1, 1, 6, 6, 3])
    n = np.full(20, 1000)
    means, variances = posterior_moments(x, n)
    low, high = beta_matched_interval(means.mean(), variances.sum() / 400)
    draws = np.random.default_rng(3).beta(x + 1, n - x + 1, size=(400_000, 20)).mean(axis=1)
    assert float(low) == pytest.approx(np.quantile(draws, 0.025), rel=0.01)
    assert float(high) == pytest.approx(np.quantile(draws, 0.975), rel=0.01)


def test_matched_beta_refuses_an_impossible_variance() -> None:
    with pytest.raises(ValueError, match="variance"):
        beta_matched_interval(0.5, 0.3)


PAPER = ((0.1278, 0.130), (0.0840, 0.087), (0.00055, 0.004), (0.00035, 0.003))
"""(plain mean of Fig. 9's values, the paper's reported mean): o3, o4-mini before; o3, o4-mini
after."""


@pytest.mark.parametrize(
    ("plain", "reported", "n"),
    [
        # The anti-scheming paper's figures (o3 13.0%, o4-mini 8.7% before; 0.4%, 0.3% after)
        # against the plain means of Fig. 9's values (corpus README): n = (1 - 2P) / (P - m).
        (0.1278, 0.130, "336.36"),
        (0.0840, 0.087, "275.33"),
        (0.00055, 0.004, "287.54"),
        (0.00035, 0.003, "375.09"),
    ],
)
def test_paper_figures_imply_the_samples_per_evaluation(
    plain: float, reported: float, n: str
) -> None:
    implied = implied_samples_per_environment(plain, reported)
    assert implied == printed(n)
    # Round trip: with that n, the mean of posterior means is the reported figure.
    assert (implied * plain + 1) / (implied + 2) == pytest.approx(reported, rel=REL)


def test_rounded_paper_figures_allow_one_common_n() -> None:
    # Each reported figure is rounded to 0.1 point: P +- 0.0005 gives a range of n. The four
    # ranges overlap in [315.24, 330.80] (docs/method.md).
    ranges = [
        (
            implied_samples_per_environment(plain, reported + 0.0005),
            implied_samples_per_environment(plain, reported - 0.0005),
        )
        for plain, reported in PAPER
    ]
    assert max(low for low, _ in ranges) == printed("315.24")
    assert min(high for _, high in ranges) == printed("330.80")


def test_implied_samples_refuses_a_posterior_mean_below_the_plain_mean() -> None:
    with pytest.raises(ValueError, match="plain mean < posterior mean"):
        implied_samples_per_environment(0.01, 0.005)
