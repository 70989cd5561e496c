"""Per-run unweighted means across environments (the anti-scheming paper's averaging)."""

from __future__ import annotations

import pandas as pd
import pytest

from tracker.analysis.intervals import mean_across_environments
from tracker.analysis.summary import SUMMARY_COLUMNS, summarise_runs


def _results(rows: list[tuple[str, str, int, int, int | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "run_id": [r[0] for r in rows],
            "model": "o3-line",
            "date": pd.to_datetime(
                ["2026-02-01" if r[0] == "late" else "2026-01-01" for r in rows], utc=True
            ),
            "env_id": [r[1] for r in rows],
            "n": [r[2] for r in rows],
            "misbehaved": [r[3] for r in rows],
            "aware": pd.array([r[4] for r in rows], dtype="Int64"),
        }
    )


def test_each_environment_weighs_the_same() -> None:
    frame = summarise_runs(
        _results(
            [
                ("late", "big", 1000, 0, 10),
                ("late", "small", 10, 5, None),
                ("early", "big", 1000, 130, 20),
                ("early", "small", 10, 1, 1),
            ]
        )
    )
    assert tuple(frame.columns) == SUMMARY_COLUMNS
    assert frame["run_id"].tolist() == ["early", "late"]  # ordered by date
    early, late = frame.to_dict("records")
    assert late["mean"] == pytest.approx((0 / 1000 + 5 / 10) / 2)
    assert early["mean"] == pytest.approx((130 / 1000 + 1 / 10) / 2)
    assert late["posterior_mean"] == pytest.approx((1 / 1002 + 6 / 12) / 2)
    # Each mean with its own interval, never one's interval beside the other.
    assert late["mean_low"] < late["mean"] < late["mean_high"]
    assert late["posterior_low"] < late["posterior_mean"] < late["posterior_high"]
    assert late["environments"] == 2
    # Awareness averages only environments whose awareness is known.
    assert late["aware_mean"] == pytest.approx(10 / 1000)
    assert early["aware_mean"] == pytest.approx((20 / 1000 + 1 / 10) / 2)


def test_no_results_give_an_empty_summary() -> None:
    frame = summarise_runs(_results([]))
    assert frame.empty
    assert tuple(frame.columns) == SUMMARY_COLUMNS


def test_epochs_do_not_narrow_the_interval() -> None:
    # 20 sample ids x 5 epochs, 30 of 100 rows misbehaved: the interval is that of 6/20, not 30/100.
    frame = _results([("late", "big", 100, 30, None)])
    frame["n_ids"] = pd.array([20], dtype="Int64")
    frame["epochs"] = pd.array([5], dtype="Int64")
    with_epochs = summarise_runs(frame).iloc[0]
    as_rows = summarise_runs(_results([("late", "big", 100, 30, None)])).iloc[0]
    by_ids = summarise_runs(_results([("late", "big", 20, 6, None)])).iloc[0]
    assert with_epochs["mean"] == pytest.approx(0.3)
    for low, high in (("mean_low", "mean_high"), ("posterior_low", "posterior_high")):
        assert (with_epochs[low], with_epochs[high]) == pytest.approx((by_ids[low], by_ids[high]))
        assert with_epochs[high] - with_epochs[low] > as_rows[high] - as_rows[low]


def test_every_run_matches_the_single_run_computation() -> None:
    # The group-by over all runs gives, per run, what mean_across_environments gives alone.
    rows = [
        ("early", "a", 300, 40, None),
        ("early", "b", 50, 0, None),
        ("early", "c", 1000, 7, None),
        ("late", "a", 300, 0, None),
        ("late", "b", 50, 1, None),
    ]
    frame = summarise_runs(_results(rows)).set_index("run_id")
    for run_id in ("early", "late"):
        expected = mean_across_environments([(r[3], r[2]) for r in rows if r[0] == run_id])
        got = frame.loc[run_id]
        assert got["environments"] == expected.environments
        for key in ("mean", "mean_low", "mean_high"):
            assert got[key] == pytest.approx(getattr(expected, key), rel=1e-12)
        for key in ("posterior_mean", "posterior_low", "posterior_high"):
            assert got[key] == pytest.approx(getattr(expected, key), rel=1e-12)
        assert got["aware_mean"] is None


def test_impossible_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="misbehaved <= n"):
        summarise_runs(_results([("late", "big", 10, 11, None)]))
