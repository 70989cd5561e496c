"""``run_counts_by_env`` (one pass over a model line) equals ``run_counts`` per environment."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.analysis.tables import env_rows, results_table
from tracker.analysis.windows import RunCounts, run_counts, run_counts_by_env
from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import Kind, make_plan

KINDS: list[Kind] = ["patch", "awareness", "patch_aggregate", "staggered"]


def _per_env(rows: pd.DataFrame, samples: pd.DataFrame | None) -> dict[str, list[RunCounts]]:
    """The reference: one ``run_counts`` per environment, as assess_all used to call it."""
    out = {}
    for env, group in rows.groupby("env_id", sort=True):
        env_samples = None if samples is None else samples[samples["env_id"] == env]
        out[str(env)] = run_counts(group, env_samples)
    return out


def test_a_shuffled_mixed_table_gives_the_same_runs() -> None:
    table = results_table(
        env_rows("b", [120, 3, 0], n=600, n_ids=[150] * 3, epochs=4, aware=[8, 8, 0]),
        env_rows("a", [20, 18, 0, 1], n=[100, 100, 0, 100], aware=[2, 2, 1, 0], joint=[1, 0, 0, 0]),
        env_rows("c", [2, 2], n=4, aware=[2, 1]),
    )
    # A run listed twice (same date and id): the tie keeps its input order in both.
    table = pd.concat([table, table.iloc[[0]].assign(misbehaved=7)], ignore_index=True)
    table = table.sample(frac=1.0, random_state=3).reset_index(drop=True)
    samples = pd.DataFrame(
        {
            "model": ["m1"] * 4,
            "run_id": ["m1-ckpt00"] * 4,
            "env_id": ["c"] * 4,
            "sample_id": ["s1", "s2", "s3", "s4"],
            "misbehaved": [True, True, False, False],
            "aware": [True, False, True, False],
        }
    )
    together = run_counts_by_env(table, samples)
    assert together == _per_env(table, samples)
    assert list(together) == ["a", "b", "c"]
    assert together["c"][0].misbehaved_aware == 1  # from the sample rows
    assert sorted(r.x for r in together["b"][:2]) == [2, 30]  # 120 and 7 of 600 rows, 150 ids


@pytest.mark.parametrize("kind", KINDS)
def test_simulated_scenarios_give_the_same_runs(kind: Kind) -> None:
    rng = np.random.default_rng(21)
    scenario = simulate(make_plan(kind, rng), rng)
    samples = None if scenario.samples.empty else scenario.samples
    for model, rows in scenario.results.groupby("model"):
        model_samples = None if samples is None else samples[samples["model"] == model]
        assert run_counts_by_env(rows, model_samples) == _per_env(rows, model_samples)
