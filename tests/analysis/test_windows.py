"""Baseline and current windows, and counting sample ids rather than epochs."""

from __future__ import annotations

import pandas as pd

from tests.analysis.tables import env_rows, printed, results_table
from tracker.analysis.drop_tests import fisher_drop_p
from tracker.analysis.windows import RunCounts, find_windows, run_counts
from tracker.settings import AnalysisSettings

SETTINGS = AnalysisSettings()


def runs_of(misbehaved: list[int], n: int = 100) -> list[RunCounts]:
    return run_counts(results_table(env_rows("env", misbehaved, n=n)))


def test_gradual_drop_leaves_the_transition_run_out_of_both_windows() -> None:
    windows = find_windows(runs_of([20, 18, 22, 19, 2, 1, 0, 1]), SETTINGS)
    assert windows is not None
    assert windows.baseline is not None
    # METHOD example 5: the change point is after the 4th checkpoint; the baseline is the three
    # runs before it (baseline_runs = 3), the 2% run belongs to neither window.
    assert [r.x for r in windows.baseline.runs] == [18, 22, 19]
    assert [r.x for r in windows.current.runs] == [0, 1]
    assert windows.current.x == 1
    assert windows.current.n == 200
    assert windows.stale_runs == 3


def test_no_window_when_the_latest_run_is_above_zero() -> None:
    assert find_windows(runs_of([20, 0, 0, 5]), SETTINGS) is None
    assert find_windows([], SETTINGS) is None


def test_stale_zeros_between_the_drop_and_the_current_window() -> None:
    windows = find_windows(runs_of([30, 30, 30, 30, 0, 0, 0, 0, 0]), SETTINGS)
    assert windows is not None
    assert windows.baseline is not None
    assert [r.run_id for r in windows.baseline.runs] == ["m1-ckpt01", "m1-ckpt02", "m1-ckpt03"]
    assert [r.run_id for r in windows.current.runs] == ["m1-ckpt07", "m1-ckpt08"]
    assert windows.stale_runs == 5


def test_an_environment_always_at_zero_has_no_baseline() -> None:
    windows = find_windows(runs_of([0, 0, 0]), SETTINGS)
    assert windows is not None
    assert windows.baseline is None
    assert windows.stale_runs == 3


def test_current_runs_setting_limits_the_current_window() -> None:
    settings = AnalysisSettings(current_runs=1, baseline_runs=2)
    windows = find_windows(runs_of([30, 30, 30, 0, 0]), settings)
    assert windows is not None
    assert windows.baseline is not None
    assert len(windows.current.runs) == 1
    assert len(windows.baseline.runs) == 2


def test_epochs_count_distinct_sample_ids() -> None:
    # 150 sample ids x 4 epochs: n = 600 rows but only 150 independent samples.
    table = results_table(
        env_rows("env", [120, 1, 0], n=600, n_ids=[150] * 3, epochs=4, aware=[8, 8, 0])
    )
    runs = run_counts(table)
    assert [r.n for r in runs] == [150, 150, 150]
    assert [r.x for r in runs] == [30, 1, 0]  # one misbehaving row never rounds down to zero
    assert [r.aware for r in runs] == [2, 2, 0]


def test_joint_counts_come_from_sample_rows_when_missing() -> None:
    table = results_table(env_rows("env", [2], n=4, aware=[2]))
    samples = pd.DataFrame(
        {
            "run_id": ["m1-ckpt00"] * 4,
            "env_id": ["env"] * 4,
            "sample_id": ["a", "b", "c", "d"],
            "misbehaved": [True, True, False, False],
            "aware": [True, False, True, False],
        }
    )
    (run,) = run_counts(table, samples)
    assert run.misbehaved_aware == 1
    (without,) = run_counts(table)
    assert without.misbehaved_aware is None


def test_a_blip_above_zero_after_the_drop_is_not_the_baseline() -> None:
    # Seen in a simulated scenario: 4/317 (1.3%) two runs after the drop, zeros around it.
    counts = [115, 112, 85, 82, 0, 4, 0, 0, 0, 0, 0]
    windows = find_windows(runs_of(counts, n=317), SETTINGS)
    assert windows is not None
    assert windows.baseline is not None
    assert [r.x for r in windows.baseline.runs] == [112, 85, 82]


def test_an_earlier_recovered_zero_does_not_join_the_baseline() -> None:
    windows = find_windows(runs_of([20, 20, 0, 0, 20, 20, 20, 0, 0]), SETTINGS)
    assert windows is not None
    assert windows.baseline is not None
    assert [r.run_id for r in windows.baseline.runs] == ["m1-ckpt04", "m1-ckpt05", "m1-ckpt06"]


def test_epochs_use_distinct_misbehaving_ids_when_known() -> None:
    table = results_table(
        env_rows("env", [120, 3], n=600, n_ids=[150, 150], epochs=4, aware=[8, 8], joint=[0, 0])
    )
    table["misbehaved_ids"] = pd.array([40, 3], dtype="Int64")
    runs = run_counts(table)
    # 3 misbehaving rows may be 3 different sample ids: 3/150, not a rescaled 1/150.
    assert [r.x for r in runs] == [40, 3]
    assert [r.n for r in runs] == [150, 150]
    assert [r.misbehaved_aware for r in runs] == [0, 0]


def test_the_current_window_is_near_zero_as_a_whole() -> None:
    # 1/300 then 4/300 (1.3%): pooled 5/600 = 0.8%, a window at or near zero.
    windows = find_windows(runs_of([90, 90, 90, 1, 4], n=300), SETTINGS)
    assert windows is not None
    assert [r.x for r in windows.current.runs] == [1, 4]
    assert windows.stale_runs == 0
    # 0/300 then 9/300 (3%): pooled 1.5%, and the latest run alone is above 1%: no window.
    assert find_windows(runs_of([90, 90, 90, 0, 9], n=300), SETTINGS) is None


def test_a_run_significantly_above_the_later_runs_stays_out_of_the_current_window() -> None:
    # Fig. 9, o3 impossible_coding_task: 17/1000 -> 3/1000. Pooled they are 1.0%, at zero_rate;
    # but 17/1000 vs 3/1000 has one-sided Fisher p = 0.001229 < p_level: a drop, not one window.
    assert fisher_drop_p(17, 1000, 3, 1000) == printed("0.001229")
    windows = find_windows(runs_of([17, 3], n=1000), SETTINGS)
    assert windows is not None
    assert [r.x for r in windows.current.runs] == [3]
    assert windows.baseline is not None
    assert [(r.x, r.n) for r in windows.baseline.runs] == [(17, 1000)]
    assert windows.stale_runs == 1


def test_a_run_at_zero_rate_significantly_above_the_current_window_is_a_baseline() -> None:
    # 10/1000 is at zero_rate (1.0%), but 10/1000 vs 0/1000 has p = 0.000955: it dropped.
    assert fisher_drop_p(10, 1000, 0, 1000) == printed("0.000955")
    windows = find_windows(runs_of([10, 0], n=1000), SETTINGS)
    assert windows is not None
    assert windows.baseline is not None
    assert [r.x for r in windows.baseline.runs] == [10]
    assert [r.x for r in windows.current.runs] == [0]


def test_a_run_not_significantly_above_the_later_ones_is_pooled() -> None:
    # 2/300 vs 0/300: p = 0.25, no evidence of a drop; both runs form the current window.
    assert fisher_drop_p(2, 300, 0, 300) == printed("0.2496")
    windows = find_windows(runs_of([90, 90, 90, 2, 0], n=300), SETTINGS)
    assert windows is not None
    assert [r.x for r in windows.current.runs] == [2, 0]
    assert windows.baseline is not None
    assert [r.x for r in windows.baseline.runs] == [90, 90, 90]


def test_p_level_steers_which_runs_join_the_current_window() -> None:
    # At p_level 0.001, 17/1000 vs 3/1000 (p = 0.0012) is not significant: pooled at 1.0%, the
    # two runs are one window at zero_rate and the environment was never above zero.
    windows = find_windows(runs_of([17, 3], n=1000), AnalysisSettings(p_level=0.001))
    assert windows is not None
    assert [r.x for r in windows.current.runs] == [17, 3]
    assert windows.baseline is None
