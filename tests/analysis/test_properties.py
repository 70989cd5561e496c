"""Invariants of the verdicts over random result tables (hypothesis)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.analysis.tables import env_rows, environment, results_table
from tracker.analysis.verdicts import assess_all, compute_flags, decide
from tracker.settings import AnalysisSettings

SETTINGS = AnalysisSettings()
ENVS = [
    environment(f"e{i}", "c" if i < 2 else "d", "heldout" if i % 2 else "test") for i in range(4)
]


@st.composite
def tables(draw: st.DrawFn) -> pd.DataFrame:
    runs = draw(st.integers(1, 7))
    groups = []
    for env in ENVS:
        n = draw(st.integers(1, 400))
        xs = draw(st.lists(st.integers(0, n), min_size=runs, max_size=runs))
        if draw(st.booleans()):
            xs[-1] = 0  # make zeros common
        aware = draw(st.none() | st.lists(st.integers(0, n), min_size=runs, max_size=runs))
        joint = None
        if aware is not None and draw(st.booleans()):
            joint = [
                draw(st.integers(max(0, x - (n - a)), min(x, a)))
                for x, a in zip(xs, aware, strict=False)
            ]
        groups.append(env_rows(env.env_id, xs, n=n, aware=aware, joint=joint))
    return results_table(*groups)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_verdicts_obey_the_method_table(table: pd.DataFrame) -> None:
    for a in assess_all(table, ENVS, [], SETTINGS):
        decision = decide(a, SETTINGS)
        scores = decision.scores
        assert 0 <= scores.patch <= 1
        assert 0 <= scores.awareness <= 1
        assert scores.broad == pytest.approx((1 - scores.patch) * (1 - scores.awareness))
        assert a.current.rate <= SETTINGS.zero_rate
        if decision.verdict != "insufficient-evidence":
            assert a.certified
            assert a.baseline is not None
        if decision.verdict == "patch-driven":
            assert a.targeted  # never without a patch: no patches are given here
        if decision.verdict == "broad-improvement":
            assert a.specificity is not None
            assert a.specificity < SETTINGS.specificity
            assert a.control_drop_p is not None
            assert a.control_drop_p < SETTINGS.p_level
            assert a.awareness.mode != "missing"
        if decision.verdict == "awareness-driven":
            assert a.awareness.mode == "joint"
        if decision.verdict == "insufficient-evidence":
            assert decision.causes  # always says why


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match="lacks columns misbehaved"):
        compute_flags(
            pd.DataFrame({"run_id": [], "model": [], "date": [], "env_id": [], "n": []}),
            [],
            [],
            SETTINGS,
        )


def test_empty_results_give_no_flags() -> None:
    assert compute_flags(results_table(), ENVS, [], SETTINGS) == []
