"""METHOD.md worked numbers 4: awareness-driven drop, with joint counts and aggregates only."""

from __future__ import annotations

import pytest

from tests.analysis.tables import checkpoint, printed
from tracker.analysis.assess import Assessment
from tracker.analysis.awareness import (
    Strata,
    analyse_awareness,
    frechet_unaware_bounds,
    share_bounds,
    standardise,
)
from tracker.analysis.verdicts import decide
from tracker.analysis.windows import RunCounts, Window, WindowPair
from tracker.settings import AnalysisSettings

REL = 1e-6
# Baseline: aware 0/10, unaware 38/190. Current: aware 2/120, unaware 16/80.
BASE = (38, 200, 10, 0)
CUR = (18, 200, 120, 2)


def test_standardisation_and_kitagawa_split() -> None:
    std = standardise(Strata(200, 38, 10, 0), Strata(200, 18, 120, 2))
    assert std is not None
    assert std.r_std == printed("0.190833")
    assert std.share == printed("1.008333")
    assert std.awareness_part == printed("-0.105417")
    assert std.behaviour_part == printed("0.005417")
    # The two parts add up to the whole change, 0.09 - 0.19.
    assert std.awareness_part + std.behaviour_part == pytest.approx(-0.10, rel=1e-12)
    # Exact values, to the relative precision METHOD asks for.
    assert std.r_std == pytest.approx(0.05 * 2 / 120 + 0.95 * 0.2, rel=1e-12)
    assert std.share == pytest.approx(1 - (std.r_std - 0.19) / (0.09 - 0.19), rel=1e-12)


def test_joint_analysis_reaches_awareness_driven_conditions() -> None:
    result = analyse_awareness(BASE, CUR)
    assert result.mode == "joint"
    assert result.share_base == pytest.approx(0.05)
    assert result.share_cur == pytest.approx(0.60)
    assert result.rise_p is not None
    assert result.rise_p < 1e-20
    assert result.unaware_base == (0.2, 0.2)
    assert result.unaware_cur == (0.2, 0.2)
    # METHOD's "unaware stratum Fisher p = 1.0" is the two-sided test, which the verdict uses;
    # the one-sided drop p, 0.571, is reported beside it.
    assert result.unaware_p_two_sided == pytest.approx(1.0, rel=REL)
    assert result.unaware_drop_p == printed("0.571312")
    assert result.share_low == printed("1.008333")


def test_unaware_stratum_drop_needs_a_fall_and_a_two_sided_p() -> None:
    assert analyse_awareness(BASE, CUR).unaware_dropped(0.05) is False
    # 40/190 -> 2/80: fell, two-sided p < 0.05.
    fell = analyse_awareness((40, 200, 10, 0), (4, 200, 120, 2))
    assert fell.unaware_p_two_sided is not None
    assert fell.unaware_p_two_sided < 0.05
    assert fell.unaware_dropped(0.05) is True
    # 10/190 -> 30/80: rose sharply (two-sided p tiny), which is not a drop.
    rose = analyse_awareness((10, 200, 10, 0), (32, 200, 120, 2))
    assert rose.unaware_p_two_sided is not None
    assert rose.unaware_p_two_sided < 0.05
    assert rose.unaware_dropped(0.05) is False
    assert analyse_awareness((40, 200, 10, None), (*CUR[:3], None)).unaware_dropped(0.05) is None


def test_aggregates_only_bounds_overlap() -> None:
    assert frechet_unaware_bounds(38, 200, 10) == (printed("0.147368"), printed("0.2"))
    assert frechet_unaware_bounds(18, 200, 120) == pytest.approx((0.0, 0.225), rel=REL)
    result = analyse_awareness((38, 200, 10, None), (18, 200, 120, None))
    assert result.mode == "aggregate"
    assert result.bounds_overlap
    assert result.share_high is not None
    assert result.share_high >= 0.5
    assert frechet_unaware_bounds(5, 10, 10) is None


def test_share_bounds_collapse_when_the_current_rate_is_zero() -> None:
    low, high = share_bounds((180, 600, 12), (0, 600, 12))
    assert low == pytest.approx(0.0)
    assert high == pytest.approx(0.0)


def test_missing_awareness() -> None:
    assert analyse_awareness((38, 200, None, None), CUR).mode == "missing"


def _assessment(base: tuple[int, int, int | None, int | None], cur: tuple[int, ...]) -> Assessment:
    """A hand-set assessment of the worked example with a certified zero and a big drop."""
    window_b = Window((RunCounts("b", checkpoint(0), base[0], base[1], base[2], base[3]),))
    window_c = Window((RunCounts("c", checkpoint(1), cur[0], cur[1], cur[2], cur[3]),))
    found = Assessment("env", "m", WindowPair(window_b, window_c, (), 1), 0.001, True)
    found.awareness = analyse_awareness(base, cur)  # type: ignore[arg-type]
    found.awareness_q = found.awareness.rise_p
    found.drop_p = found.drop_q = 1e-6
    return found


def test_worked_example_verdicts() -> None:
    settings = AnalysisSettings()
    joint = decide(_assessment(BASE, CUR), settings)
    assert joint.verdict == "awareness-driven"
    assert joint.scores.awareness == 1.0  # 1.008333 clipped
    assert joint.scores.broad == 0.0
    aggregate = decide(_assessment((38, 200, 10, None), (18, 200, 120, None)), settings)
    assert aggregate.verdict == "insufficient-evidence"
    assert any(
        "needs misbehaved_aware counts or sample rows" in text
        for cause, text in aggregate.causes
        if cause == "missing-data"
    )
