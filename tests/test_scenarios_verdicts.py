"""End to end: simulated workspaces, one mechanism each, through the whole pipeline.

Each test writes a real workspace (a git spec history with or without trailers, result files,
failures, links.csv), opens it with ``open_workspace`` and compares the flags with the
simulator's ground truth: spec history reader, ingest, links, patches and verdicts together.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from tracker.analysis.models import Flag
from tracker.simulate.generate import Scenario, simulate
from tracker.simulate.plan import ScenarioPlan
from tracker.simulate.scenarios import Kind, make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import open_workspace


def _run(plan: ScenarioPlan, dest: Path, seed: int = 1) -> tuple[Scenario, dict[str, Flag]]:
    scenario = simulate(plan, np.random.default_rng(seed))
    write_workspace(scenario, dest)
    flags = open_workspace(dest).flags
    return scenario, {f.env_id: f for f in flags}


def _kind(kind: Kind, seed: int, dest: Path) -> tuple[Scenario, dict[str, Flag]]:
    return _run(make_plan(kind, np.random.default_rng(seed)), dest, seed)


def _verdicts(scenario: Scenario) -> dict[str, str]:
    return {f.env_id: f.verdict for f in scenario.truth.flags}


def _assert_matches_truth(scenario: Scenario, flags: dict[str, Flag]) -> None:
    got = {env: flag.verdict for env, flag in flags.items()}
    assert got == _verdicts(scenario), [f.evidence for f in flags.values()]
    for flag in flags.values():
        assert flag.evidence, flag.env_id


def test_patch_driven_zero(tmp_path: Path) -> None:
    scenario, flags = _kind("patch", 11, tmp_path)
    target = scenario.plan.patches[0].targets[0]
    assert _verdicts(scenario) == {target: "patch-driven"}
    _assert_matches_truth(scenario, flags)
    assert scenario.plan.patches[0].clause_id in flags[target].clauses


def test_patch_driven_zero_in_aggregates_only_with_flat_awareness(tmp_path: Path) -> None:
    scenario, flags = _kind("patch_aggregate", 12, tmp_path)
    assert all(e.form == "aggregate" for e in scenario.plan.envs)
    assert set(_verdicts(scenario).values()) == {"patch-driven"}
    _assert_matches_truth(scenario, flags)


def test_patch_without_trailers_is_linked_through_links_csv(tmp_path: Path) -> None:
    plan = make_plan("patch", np.random.default_rng(13))
    plan = replace(plan, patches=(replace(plan.patches[0], trailers=False),))
    scenario, flags = _run(plan, tmp_path, 13)
    assert "confirmed" in (tmp_path / "links.csv").read_text(encoding="utf-8")
    assert set(_verdicts(scenario).values()) == {"patch-driven"}
    _assert_matches_truth(scenario, flags)


def test_patch_landing_with_a_broad_improvement_is_not_patch_driven(tmp_path: Path) -> None:
    scenario, flags = _kind("patch_broad", 14, tmp_path)
    target = scenario.plan.patches[0].targets[0]
    assert _verdicts(scenario)[target] == "broad-improvement"
    assert flags[target].verdict == "broad-improvement"
    assert all(f.verdict != "patch-driven" for f in flags.values())


def test_awareness_driven_with_joint_counts(tmp_path: Path) -> None:
    scenario, flags = _kind("awareness", 15, tmp_path)
    assert list(_verdicts(scenario).values()) == ["awareness-driven"]
    _assert_matches_truth(scenario, flags)


def test_awareness_rising_with_aggregates_only_is_insufficient(tmp_path: Path) -> None:
    scenario, flags = _kind("awareness_aggregate", 16, tmp_path)
    (env_id,) = _verdicts(scenario)
    flag = flags[env_id]
    assert flag.verdict == "insufficient-evidence"
    text = " ".join([*flag.evidence, *(c.evidence for c in flag.causes)])
    assert "misbehaved_aware" in text


def test_zero_in_a_single_small_run_is_insufficient(tmp_path: Path) -> None:
    plan = make_plan("patch", np.random.default_rng(17))
    patch = plan.patches[0]
    target = patch.targets[0]
    last = plan.run_dates[-1]
    plan = replace(
        plan,
        patches=(replace(patch, date=last - timedelta(days=10)),),
        envs=tuple(replace(e, n=60) if e.env.env_id == target else e for e in plan.envs),
    )
    scenario, flags = _run(plan, tmp_path, 17)
    assert _verdicts(scenario) == {target: "insufficient-evidence"}
    assert flags[target].verdict == "insufficient-evidence"
    assert flags[target].current.n == 60


def test_broad_improvement(tmp_path: Path) -> None:
    scenario, flags = _kind("broad", 18, tmp_path)
    assert set(_verdicts(scenario).values()) == {"broad-improvement"}
    _assert_matches_truth(scenario, flags)


def test_staggered_patches_are_each_patch_driven(tmp_path: Path) -> None:
    scenario, flags = _kind("staggered", 19, tmp_path)
    assert list(_verdicts(scenario).values()) == ["patch-driven", "patch-driven"]
    _assert_matches_truth(scenario, flags)


@pytest.mark.parametrize("seed", [20, 21])
def test_noise_and_failed_patches_raise_no_false_patch_verdict(tmp_path: Path, seed: int) -> None:
    scenario, flags = _kind("patch_fails", seed, tmp_path)
    _assert_matches_truth(scenario, flags)


def test_patch_trained_into_one_model_line_flags_only_that_line(tmp_path: Path) -> None:
    plan = make_plan("patch_one_line", np.random.default_rng(22))
    scenario = simulate(plan, np.random.default_rng(22))
    write_workspace(scenario, tmp_path)
    flags = open_workspace(tmp_path).flags
    target = plan.patches[0].targets[0]
    assert [(f.env_id, f.model, f.verdict) for f in flags] == [(target, "model-a", "patch-driven")]
    assert [(f.env_id, f.model) for f in scenario.truth.flags] == [(target, "model-a")]


def test_awareness_driven_with_sample_rows(tmp_path: Path) -> None:
    scenario, flags = _kind("awareness", 2, tmp_path)
    assert all(e.form == "samples" for e in scenario.plan.envs)
    assert (tmp_path / "benchmarks" / "samples.csv").is_file()
    assert list(_verdicts(scenario).values()) == ["awareness-driven"]
    _assert_matches_truth(scenario, flags)
