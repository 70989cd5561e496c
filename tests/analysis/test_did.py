"""METHOD.md worked numbers 3: the patch-specific drop and its counter-example."""

from __future__ import annotations

import pytest

from tests.analysis.tables import printed
from tracker.analysis.did import (
    difference_in_differences,
    log_odds_ratio,
    patch_specificity,
    relative_reduction,
)

REL = 1e-6


def test_patch_specific_drop_worked_example() -> None:
    result = difference_in_differences((30, 100, 0, 100), (60, 400, 54, 400))
    assert result.target.haldane
    assert not result.control.haldane
    assert result.target.estimate == printed("-4.465419")
    assert result.target.variance == printed("2.056922")
    assert result.control.estimate == printed("-0.122854")
    assert result.control.variance == printed("0.041017")
    assert result.did == printed("-4.342565")
    assert result.se == printed("1.448426")
    assert result.z == printed("-2.998127")
    assert result.p == printed("0.001358")
    specificity = patch_specificity(
        relative_reduction(0.30, 0.0), relative_reduction(60 / 400, 54 / 400)
    )
    assert specificity == pytest.approx(0.9, rel=REL)


def test_broad_counter_example() -> None:
    result = difference_in_differences((25, 100, 5, 100), (60, 400, 12, 400))
    assert not result.target.haldane
    assert not result.control.haldane
    assert result.did == printed("-0.1043")
    assert result.se == printed("0.6078")
    assert result.p == printed("0.4319")
    specificity = patch_specificity(
        relative_reduction(0.25, 0.05), relative_reduction(60 / 400, 12 / 400)
    )
    assert specificity == pytest.approx(0.0, abs=1e-12)


def test_haldane_applies_to_every_cell_only_when_one_is_zero() -> None:
    plain = log_odds_ratio(10, 100, 5, 100)
    assert plain.variance == pytest.approx(1 / 10 + 1 / 90 + 1 / 5 + 1 / 95)
    corrected = log_odds_ratio(10, 10, 5, 100)  # a zero cell: n - x = 0 at baseline
    assert corrected.haldane
    assert corrected.variance == pytest.approx(1 / 10.5 + 1 / 0.5 + 1 / 5.5 + 1 / 95.5)


@pytest.mark.parametrize(
    ("rrr_target", "rrr_control", "expected"),
    [(1.0, 0.1, 0.9), (0.8, 0.8, 0.0), (1.0, -0.5, 1.0), (0.0, 0.3, 0.0), (0.5, 1.0, 0.0)],
)
def test_specificity_is_clipped(rrr_target: float, rrr_control: float, expected: float) -> None:
    assert patch_specificity(rrr_target, rrr_control) == pytest.approx(expected)


def test_relative_reduction_of_a_zero_baseline_is_zero() -> None:
    assert relative_reduction(0.0, 0.0) == 0.0
    with pytest.raises(ValueError, match="need samples"):
        log_odds_ratio(0, 0, 0, 10)
