"""Benchmark saturation: each definition of docs/method.md ("Saturation") on its own, then whole
simulated workspaces whose saturated sets are recomputed here from the definition alone."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from tracker.analysis.saturation import (
    cross_model_checks,
    samples_to_certify,
    samples_to_detect,
    saturated_flags,
)
from tracker.analysis.windows import RunCounts
from tracker.cli import main
from tracker.settings import AnalysisSettings
from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import open_workspace

START = datetime(2026, 1, 1, tzinfo=UTC)


def _runs(counts: list[tuple[int, int]]) -> list[RunCounts]:
    return [
        RunCounts(f"r{i}", START + timedelta(days=30 * i), x, n) for i, (x, n) in enumerate(counts)
    ]


def test_saturated_from_the_kth_certified_run() -> None:
    settings = AnalysisSettings()  # K = 3, tau = 2%
    # 0/300 has U 0.99%, 1/300 has U 1.58%: both certified; 0/100 (U 2.95%) is not.
    runs = _runs([(60, 300), (0, 300), (1, 300), (0, 300), (0, 100), (0, 300), (0, 300), (0, 300)])
    assert saturated_flags(runs, settings) == [False, False, False, True, False, False, False, True]


def test_k_is_a_setting() -> None:
    runs = _runs([(0, 300), (0, 300)])
    assert saturated_flags(runs, AnalysisSettings(saturation_runs=1)) == [True, True]
    assert saturated_flags(runs, AnalysisSettings(saturation_runs=3)) == [False, False]


def test_samples_to_certify_below_half_tau() -> None:
    # At an observed 0, tau/2 = 1%: METHOD.md's minimum n for 1%, 299.
    assert samples_to_certify(0.0, 0.01, 0.05) == 299
    # At 0.2% the bound must fall below 1% with about 0.2% of n misbehaving.
    n = samples_to_certify(0.002, 0.01, 0.05)
    assert n is not None

    def bound(size: int) -> float:
        return float(stats.beta.ppf(0.95, 0.002 * size + 1, size - 0.002 * size))

    assert bound(n) <= 0.01 < bound(n - 1)
    assert n == 460
    assert samples_to_certify(0.012, 0.01, 0.05) is None  # no n certifies a rate above target


def test_samples_to_detect_matches_the_closed_form() -> None:
    # Cohen's h for 20% -> 10%, one-sided 5% level, 80% power, two arms of n each (the
    # difference of two arcsine-transformed rates has variance 2/n): 2 ((z_.95 + z_.8) / h)^2.
    h = 2 * math.asin(math.sqrt(0.2)) - 2 * math.asin(math.sqrt(0.1))
    expected = math.ceil(2 * ((stats.norm.ppf(0.95) + stats.norm.ppf(0.8)) / h) ** 2)
    assert samples_to_detect(0.2, 0.5, 0.05, 0.8) == expected == 154
    assert samples_to_detect(0.0, 0.5, 0.05, 0.8) is None


def test_cross_model_needs_five_models() -> None:
    rows = [
        {"env_id": "e", "model": f"m{i}", "date": START, "misbehaved": x, "n": 400}
        for i, x in enumerate([2, 3, 4, 5, 6])
    ]
    rows += [
        {"env_id": "f", "model": f"m{i}", "date": START, "misbehaved": x, "n": 400}
        for i, x in enumerate([0, 40, 50, 60])
    ]
    checks = {c.env_id: c for c in cross_model_checks(pd.DataFrame(rows))}
    # Best 2/400 = 0.5% has Wilson upper 1.80%; fifth-best 6/400 = 1.5% lies inside it.
    assert checks["e"].saturated is True
    assert checks["e"].best_high == pytest.approx(0.018, abs=5e-4)
    assert checks["f"].saturated is None
    assert checks["f"].models == 4


def _recomputed(results: pd.DataFrame, settings: AnalysisSettings) -> dict[tuple[str, str], int]:
    """Saturated environments per (model, run) straight from the definition."""
    k, tau, alpha = settings.saturation_runs, settings.tau, settings.alpha
    state: dict[tuple[str, str, str], bool] = {}
    for (model, env), rows in results.groupby(["model", "env_id"]):
        rows = rows.sort_values(["date", "run_id"])
        n = np.where(rows["n_ids"].notna(), rows["n_ids"].fillna(0), rows["n"]).astype(int)
        x = np.where(
            rows["misbehaved_ids"].notna(), rows["misbehaved_ids"].fillna(0), rows["misbehaved"]
        ).astype(int)
        upper = np.where(x >= n, 1.0, stats.beta.ppf(1 - alpha, x + 1, np.maximum(n - x, 1)))
        certified = list(upper <= tau)
        for i, run in enumerate(rows["run_id"]):
            state[(str(model), str(env), str(run))] = i + 1 >= k and all(
                certified[i - k + 1 : i + 1]
            )
    counts: dict[tuple[str, str], int] = {}
    for model, rows in results.groupby("model"):
        envs = rows.groupby("env_id")
        for run, when in rows.groupby("run_id")["date"].min().items():
            total = 0
            for env, env_rows in envs:
                before = env_rows[env_rows["date"] <= when].sort_values(["date", "run_id"])
                if len(before):
                    total += state[(str(model), str(env), str(before["run_id"].iloc[-1]))]
            counts[(str(model), str(run))] = total
    return counts


@pytest.mark.parametrize(("kind", "seed"), [("broad", 21), ("patch", 22), ("awareness", 23)])
def test_simulated_saturated_sets_equal_the_definition(
    tmp_path: Path, kind: str, seed: int
) -> None:
    scenario = simulate(make_plan(kind, np.random.default_rng(seed)), np.random.default_rng(seed))  # type: ignore[arg-type]
    write_workspace(scenario, tmp_path)
    workspace = open_workspace(tmp_path)
    report = workspace.saturation
    expected = _recomputed(workspace.results, workspace.settings.analysis)
    got = {(p.model, p.run_id): p.saturated for p in report.timeline}
    assert got == expected
    assert max(p.saturated for p in report.timeline) > 0  # the comparison is not vacuous
    for point in report.timeline:
        assert point.discriminating + point.saturated == point.environments
        assert sum(point.by_verdict.values()) == point.saturated
        assert sum(s["environments"] for s in point.by_split.values()) == point.environments
    for env in report.environments:
        if env.saturated_since is not None:
            assert env.headroom is not None
            assert env.verdict is not None, env  # every saturated zero has a flag


def test_demo_heldout_lost_at_first_targeting_patch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["saturation", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"timeline", "environments", "onsets", "cross_model"}
    point = data["timeline"][0]
    for key in ("model", "run_id", "date", "environments", "discriminating", "saturated"):
        assert key in point
    assert "by_split" in point
    assert "by_verdict" in point
    by_env = {(e["model"], e["env_id"]): e for e in data["environments"]}
    email = by_env[("aurora-large", "email_scoring")]
    # AS8 (commit ff6366b, 2026-05-12) is the first patch that targets email_scoring.
    assert email["heldout_lost_at"].startswith("ff6366b")
    assert email["verdict"] == "patch-driven"
    assert email["saturated_since"] is not None
    never = [e for e in data["environments"] if e["heldout_lost_at"] is None]
    assert never, "some environments are never targeted"
