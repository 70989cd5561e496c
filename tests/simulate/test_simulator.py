"""The scenario simulator: deterministic output, real git history, a truth that fits its plan."""

from __future__ import annotations

import csv
import json
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from tracker.simulate.demo import SEED, demo_plan, write_demo
from tracker.simulate.generate import simulate
from tracker.simulate.plan import ScenarioPlan
from tracker.simulate.scenarios import KINDS, make_plan
from tracker.simulate.writer import write_workspace

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _files(root: Path) -> dict[str, bytes]:
    """Every file under root except the spec repository's .git internals."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".git" not in p.parts
    }


def _log(repo: Path) -> list[tuple[str, str, str]]:
    """(sha, author date, full message) per commit, oldest first."""
    out = subprocess.run(
        ["git", "log", "--reverse", "--format=%H%x1f%aI%x1f%B%x1e"],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    entries = [e.strip("\n") for e in out.split("\x1e") if e.strip()]
    return [tuple(e.split("\x1f")) for e in entries]  # type: ignore[misc]


def _write(plan: ScenarioPlan, seed: int, dest: Path) -> list[str]:
    return write_workspace(simulate(plan, np.random.default_rng(seed)), dest)


def test_same_seed_gives_identical_workspaces(tmp_path: Path) -> None:
    plan = make_plan("patch", np.random.default_rng(3))
    shas_a = _write(plan, 42, tmp_path / "a")
    shas_b = _write(plan, 42, tmp_path / "b")
    assert shas_a == shas_b
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    shas_c = _write(plan, 43, tmp_path / "c")
    assert shas_c == shas_a  # the spec history does not depend on the data seed ...
    assert _files(tmp_path / "a") != _files(tmp_path / "c")  # ... the results do


def test_git_history_has_the_plan_dates_and_trailers(tmp_path: Path) -> None:
    plan = make_plan("staggered", np.random.default_rng(5))
    patches = sorted(plan.patches, key=lambda p: p.date)
    plan = replace(
        plan, patches=(replace(patches[0], trailers=True), replace(patches[1], trailers=False))
    )
    scenario = simulate(plan, np.random.default_rng(1))
    write_workspace(scenario, tmp_path)
    log = _log(tmp_path / "spec")
    assert len(log) == 3
    dates = [datetime.fromisoformat(date) for _, date, _ in log]
    assert dates == [plan.spec_start, plan.patches[0].date, plan.patches[1].date]
    assert all(d.tzinfo is not None for d in dates)
    first, second = log[1][2], log[2][2]
    prompted = scenario.truth.clause_failures[plan.patches[0].clause_id]
    assert f"Prompted-by: {', '.join(prompted)}" in first
    assert f"Targets-env: {plan.patches[0].targets[0]}" in first
    assert "Prompted-by" not in second
    assert "Targets-env" not in second
    # The untrailed patch's failures are curated in links.csv instead.
    with (tmp_path / "links.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["clause_id"], r["failure_id"], r["status"]) for r in rows} == {
        (plan.patches[1].clause_id, fid, "confirmed")
        for fid in scenario.truth.clause_failures[plan.patches[1].clause_id]
    }


def test_spec_versions_carry_marker_clauses_and_heading_ids(tmp_path: Path) -> None:
    plan = make_plan("patch", np.random.default_rng(8))
    write_workspace(simulate(plan, np.random.default_rng(1)), tmp_path)
    text = (tmp_path / "spec" / "spec.md").read_text(encoding="utf-8")
    patch = plan.patches[0]
    assert f"## {plan.sections[0].title} {{#{plan.sections[0].section_id}}}" in text
    assert f"\n{patch.clause_id}: {patch.text}\n" in text


def test_failures_precede_their_patch_and_come_from_its_targets(tmp_path: Path) -> None:
    scenario = simulate(demo_plan(), np.random.default_rng(SEED))
    by_id = {f.failure_id: f for f in scenario.failures}
    for patch in scenario.plan.patches:
        for fid in scenario.truth.clause_failures.get(patch.clause_id, []):
            failure = by_id[fid]
            assert failure.env_id in {
                t
                for p in scenario.plan.patches
                if p.clause_id == patch.clause_id
                for t in p.targets
            }
    for commit in scenario.commits:
        for fid in commit.failure_ids:
            assert by_id[fid].date < commit.date
            assert by_id[fid].date.tzinfo is UTC or by_id[fid].date.utcoffset() is not None


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("patch", {"patch-driven": 1}),
        ("patch_aggregate", {"patch-driven": 1}),
        ("awareness", {"awareness-driven": 1}),
        ("awareness_aggregate", {"insufficient-evidence": 1}),
        ("small_sample", {"insufficient-evidence": 1}),
        ("staggered", {"patch-driven": 2}),
        ("noise", {}),
    ],
)
def test_truth_of_each_kind(kind: str, expected: dict[str, int]) -> None:
    for seed in range(5):
        plan = make_plan(kind, np.random.default_rng(seed))  # type: ignore[arg-type]
        truth = simulate(plan, np.random.default_rng(seed)).truth
        counts: dict[str, int] = {}
        for flag in truth.flags:
            counts[flag.verdict] = counts.get(flag.verdict, 0) + 1
        assert counts == expected, (kind, seed, truth.flags)


def test_a_patch_that_lands_with_a_broad_improvement_is_broad_in_truth() -> None:
    plan = make_plan("patch_broad", np.random.default_rng(2))
    truth = simulate(plan, np.random.default_rng(2)).truth
    target = plan.patches[0].targets[0]
    assert truth.verdict(target, plan.models[0]) == "broad-improvement"
    assert {f.verdict for f in truth.flags} == {"broad-improvement"}


def test_every_kind_is_generated() -> None:
    for kind in KINDS:
        plan = make_plan(kind, np.random.default_rng(0))
        assert plan.envs
        assert plan.run_dates


def test_committed_demo_is_what_the_simulator_writes(tmp_path: Path) -> None:
    """The demo in the repository is regenerated byte for byte (python -m tracker.simulate.demo)."""
    write_demo(tmp_path)
    for relative in [
        "specdrift.toml",
        "benchmarks/prompts.csv",
        "specs_history/anti-scheming.fast-export",
        "specs_history/links.csv",
        "benchmarks/environments.csv",
        "benchmarks/results.csv",
        "benchmarks/results_aggregate.csv",
        "benchmarks/samples.csv",
        "benchmarks/failures.jsonl",
        "benchmarks/truth.json",
    ]:
        generated = (tmp_path / relative).read_bytes()
        committed = (PROJECT_ROOT / relative).read_bytes()
        if relative == "specdrift.toml":  # the header comment differs
            generated, committed = generated.split(b"\n", 1)[1], committed.split(b"\n", 1)[1]
        assert generated == committed, f"{relative} is stale: run python -m tracker.simulate.demo"


def test_demo_truth_has_all_four_verdicts() -> None:
    truth = json.loads((PROJECT_ROOT / "benchmarks" / "truth.json").read_text(encoding="utf-8"))
    verdicts = {flag["verdict"] for flag in truth["flags"]}
    assert verdicts == {
        "patch-driven",
        "awareness-driven",
        "broad-improvement",
        "insufficient-evidence",
    }
    assert truth["clause_targets"]["AS6"] == ["sandbagging_qa"]
