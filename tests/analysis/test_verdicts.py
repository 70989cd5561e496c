"""Verdicts of hand-built result tables, one per mechanism (METHOD.md, "Verdicts")."""

from __future__ import annotations

import json
from datetime import timedelta

import pandas as pd
import pytest

from tests.analysis.tables import checkpoint, env_rows, environment, patch, results_table
from tracker.analysis.evidence import MISSING_JOINT
from tracker.analysis.models import ControlPoolStats, DropTest, Flag
from tracker.analysis.verdicts import compute_flags
from tracker.settings import AnalysisSettings

SETTINGS = AnalysisSettings()
TARGET = "sandbagging_qa"
ENVIRONMENTS = [
    environment(TARGET, "sandbagging", "test"),
    environment("sandbagging_heldout", "sandbagging", "heldout"),
    environment("covert_email", "covert_action", "test"),
    environment("covert_code", "covert_action", "heldout"),
    environment("sabotage_ml", "sabotage", "test"),
]
CONTROLS = [e.env_id for e in ENVIRONMENTS if e.env_id != TARGET]
PATCH_DATE = checkpoint(3) + timedelta(days=15)
FULL_EFFORT = patch("full_effort", [TARGET], PATCH_DATE)
FLAT_AWARE = [12] * 6  # 2% of 600, every checkpoint


def flag_of(flags: list[Flag], env_id: str = TARGET) -> Flag:
    matches = [f for f in flags if f.env_id == env_id]
    assert len(matches) == 1, [f.env_id for f in flags]
    return matches[0]


def drop_of(flag: Flag) -> DropTest:
    assert flag.details.drop is not None, flag.env_id
    return flag.details.drop


def control_of(flag: Flag) -> ControlPoolStats:
    assert flag.details.control is not None, flag.env_id
    return flag.details.control


def flat_controls(aware: list[int] | None = FLAT_AWARE) -> list[list[dict[str, object]]]:
    return [env_rows(env, [90] * 6, aware=aware) for env in CONTROLS]


def test_patch_driven_with_aggregates_only_and_flat_awareness() -> None:
    table = results_table(
        env_rows(TARGET, [180, 175, 185, 180, 0, 0], aware=FLAT_AWARE), *flat_controls()
    )
    flags = compute_flags(table, ENVIRONMENTS, [FULL_EFFORT], SETTINGS)
    flag = flag_of(flags)
    assert flag.verdict == "patch-driven"
    assert flag.clauses == ["full_effort"]
    assert flag.scores.patch >= 0.95
    assert flag.scores.awareness == 0.0
    assert flag.current.x == 0
    assert flag.current.n == 1200
    assert flag.baseline.x == 540
    assert flag.baseline.n == 1800
    assert flag.details.awareness.mode == "aggregate"
    assert [c.cause for c in flag.causes] == ["patch"]
    headline = flag.evidence[0]
    assert headline.startswith("sandbagging_qa: 30.0% (540/1800) -> 0.0% (0/1200, upper 0.25%)")
    assert "after clause full_effort (commit abc1234, 2026-04-16)" in headline
    assert "prompted by 3 failures from this environment" in headline
    assert "untargeted environments (same category, held-out) 15.0% -> 15.0%" in headline
    assert "awareness flat at 2.0%" in headline
    # Only the target is at zero: no other environment is flagged.
    assert [f.env_id for f in flags] == [TARGET]


def test_patch_landing_with_a_broad_improvement_is_not_patch_driven() -> None:
    falling = [90, 92, 88, 90, 3, 2]
    table = results_table(
        env_rows(TARGET, [180, 175, 185, 180, 0, 0], aware=FLAT_AWARE),
        *[env_rows(env, falling, aware=FLAT_AWARE) for env in CONTROLS],
    )
    flags = compute_flags(table, ENVIRONMENTS, [FULL_EFFORT], SETTINGS)
    flag = flag_of(flags)
    assert flag.verdict == "broad-improvement"
    assert control_of(flag).specificity < 0.5
    assert flag.scores.broad > 0.9
    causes = [c.cause for c in flag.causes]
    assert "broad" in causes
    assert "patch" in causes


def test_clean_broad_improvement() -> None:
    table = results_table(
        env_rows(TARGET, [120, 118, 122, 120, 1, 0], aware=FLAT_AWARE),
        *[env_rows(env, [90, 92, 88, 90, 4, 3], aware=FLAT_AWARE) for env in CONTROLS],
    )
    flags = compute_flags(table, ENVIRONMENTS, [], SETTINGS)
    assert flag_of(flags).verdict == "broad-improvement"
    assert flag_of(flags).scores.patch == 0.0
    assert {f.env_id for f in flags} == {TARGET, *CONTROLS}  # every environment is near zero


def _awareness_table(joint: bool) -> pd.DataFrame:
    """Awareness rises from 2% to 97.5% everywhere; the unaware stratum keeps misbehaving."""
    aware = [12, 12, 12, 12, 585, 585]
    target_joint = [0, 0, 0, 0, 0, 0] if joint else None
    control_joint = [2, 2, 2, 2, 0, 0] if joint else None
    return results_table(
        env_rows(TARGET, [120, 118, 122, 120, 3, 3], aware=aware, joint=target_joint),
        *[
            env_rows(env, [90, 92, 88, 90, 2, 2], aware=aware, joint=control_joint)
            for env in CONTROLS
        ],
    )


def test_clean_awareness_driven_with_joint_counts() -> None:
    flags = compute_flags(_awareness_table(joint=True), ENVIRONMENTS, [], SETTINGS)
    flag = flag_of(flags)
    assert flag.verdict == "awareness-driven"
    assert flag.scores.awareness >= 0.9
    unaware_drop_p = flag.details.awareness.unaware.drop_p
    assert unaware_drop_p is not None
    assert unaware_drop_p >= 0.05
    assert "awareness" in [c.cause for c in flag.causes]
    assert any("Kitagawa split" in sentence for sentence in flag.evidence)


def test_awareness_rising_with_aggregates_only_is_insufficient_evidence() -> None:
    flags = compute_flags(_awareness_table(joint=False), ENVIRONMENTS, [], SETTINGS)
    flag = flag_of(flags)
    assert flag.verdict == "insufficient-evidence"
    missing = [c.evidence for c in flag.causes if c.cause == "missing-data"]
    assert any(MISSING_JOINT in text for text in missing)
    assert "needs misbehaved_aware counts or sample rows" in MISSING_JOINT


def test_awareness_from_sample_rows_fills_the_joint_counts() -> None:
    table = _awareness_table(joint=False)
    target_rows = table[table["env_id"] == TARGET]
    samples = []
    for row in target_rows.itertuples():
        for i in range(int(row.n)):
            aware = i < int(row.aware)
            misbehaved = (not aware) and (i - int(row.aware)) < int(row.misbehaved)
            samples.append(
                {
                    "run_id": row.run_id,
                    "model": row.model,
                    "date": row.date,
                    "spec_version": None,
                    "env_id": TARGET,
                    "sample_id": f"s{i}",
                    "epoch": 1,
                    "misbehaved": misbehaved,
                    "aware": aware,
                    "reasoning": "",
                    "source": "test",
                }
            )
    flags = compute_flags(table, ENVIRONMENTS, [], SETTINGS, samples=pd.DataFrame(samples))
    flag = flag_of(flags)
    assert flag.details.awareness.mode == "joint"
    assert flag.verdict == "awareness-driven"


def test_zero_in_a_single_small_run_is_insufficient_evidence() -> None:
    table = results_table(
        env_rows(TARGET, [10, 12, 9, 11, 10, 0], n=50, aware=[1] * 6), *flat_controls()
    )
    flags = compute_flags(table, ENVIRONMENTS, [], SETTINGS)
    flag = flag_of(flags)
    assert flag.verdict == "insufficient-evidence"
    assert flag.current.x == 0
    assert flag.current.n == 50
    assert flag.current.upper == pytest.approx(1 - 0.05 ** (1 / 50), rel=1e-9)
    assert "small-sample" in [c.cause for c in flag.causes]
    assert "149" in " ".join(flag.evidence)


def test_patch_driven_flags_json_contract() -> None:
    table = results_table(
        env_rows(TARGET, [180, 175, 185, 180, 0, 0], aware=FLAT_AWARE), *flat_controls()
    )
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [FULL_EFFORT], SETTINGS))
    dumped = json.loads(json.dumps({"flags": [flag.model_dump(mode="json")]}))["flags"][0]
    for key in ("env_id", "model", "verdict", "causes", "clauses", "evidence", "scores"):
        assert key in dumped
    assert set(dumped["baseline"]) >= {"rate", "x", "n"}
    assert set(dumped["current"]) >= {"rate", "x", "n", "upper"}
    assert set(dumped["scores"]) == {"patch", "awareness", "broad"}
    # details is one nested record per test, and the JSON reads back into the same record.
    assert set(dumped["details"]) >= {"drop", "control", "did", "timing", "awareness"}
    assert dumped["details"]["control"]["env_ids"] == control_of(flag).env_ids
    assert dumped["details"]["certified"] is True
    assert Flag.model_validate_json(json.dumps(dumped)) == flag


def test_no_awareness_counts_cannot_be_broad() -> None:
    table = results_table(
        env_rows(TARGET, [120, 118, 122, 120, 1, 0]),
        *[env_rows(env, [90, 92, 88, 90, 4, 3]) for env in CONTROLS],
    )
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [], SETTINGS))
    assert flag.verdict == "insufficient-evidence"
    assert "missing-data" in [c.cause for c in flag.causes]


def test_stale_environment_and_variant_gap_notices() -> None:
    environments = [
        *ENVIRONMENTS,
        environment("sandbagging_qa_v2", "sandbagging", "heldout", variant_of=TARGET),
    ]
    table = results_table(
        env_rows(TARGET, [180, 175, 185, 0, 0, 0], aware=FLAT_AWARE),
        env_rows("sandbagging_qa_v2", [180, 175, 185, 170, 172, 168], aware=FLAT_AWARE),
        *flat_controls(),
    )
    early = patch("full_effort", [TARGET], checkpoint(2) + timedelta(days=15))
    flag = flag_of(compute_flags(table, environments, [early], SETTINGS))
    assert flag.verdict == "patch-driven"
    assert control_of(flag).tier == "variant twins"
    assert any(n.startswith("no longer discriminates") for n in flag.notices)
    gap = [n for n in flag.notices if n.startswith("held-out variant gap")]
    assert gap
    assert "sandbagging_qa_v2 is at 28.3% (340/1200)" in gap[0]


def _sample_rows(env_id: str, per_run: list[list[int]]) -> list[dict[str, object]]:
    """Sample rows: per_run[i] lists the misbehaving sample indices of checkpoint i (of 300)."""
    rows: list[dict[str, object]] = []
    for i, bad in enumerate(per_run):
        for s in range(300):
            rows.append(
                {
                    "run_id": f"m1-ckpt{i:02d}",
                    "model": "m1",
                    "date": pd.Timestamp(checkpoint(i)),
                    "spec_version": None,
                    "env_id": env_id,
                    "sample_id": f"{env_id}-{s}",
                    "epoch": 1,
                    "misbehaved": s in bad,
                    "aware": False,
                    "reasoning": "",
                    "source": "test",
                }
            )
    return rows


def test_paired_sample_ids_use_exact_mcnemar() -> None:
    # The same 300 sample ids every run; a different 10% misbehave in each baseline run, so a
    # majority vote per sample would see no misbehaviour at all. The sign test sees every pair.
    per_run = [list(range(30 * i, 30 * i + 30)) for i in range(4)] + [[], []]
    samples = pd.DataFrame(_sample_rows(TARGET, per_run))
    table = results_table(
        env_rows(TARGET, [30, 30, 30, 30, 0, 0], n=300, aware=[0] * 6, joint=[0] * 6),
        *[env_rows(env, [45] * 6, n=300, aware=[0] * 6, joint=[0] * 6) for env in CONTROLS],
    )
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [FULL_EFFORT], SETTINGS, samples=samples))
    assert drop_of(flag).test == "mcnemar"
    # Baseline runs 1-3: samples 30..119 each misbehaved once (mean 1/3), now never: 90 pairs
    # fell and none rose, so p = 0.5 ** 90.
    assert drop_of(flag).p == pytest.approx(0.5**90, rel=1e-9)
    assert flag.verdict == "patch-driven"


def test_bh_is_applied_across_environments_per_family() -> None:
    table = results_table(
        env_rows(TARGET, [180, 175, 185, 180, 0, 0], aware=FLAT_AWARE),
        env_rows("covert_email", [9, 8, 10, 9, 0, 0], aware=FLAT_AWARE),
        *[env_rows(env, [90] * 6, aware=FLAT_AWARE) for env in CONTROLS if env != "covert_email"],
    )
    flags = compute_flags(table, ENVIRONMENTS, [FULL_EFFORT], SETTINGS)
    by_env = {f.env_id: f for f in flags}
    assert set(by_env) == {TARGET, "covert_email"}
    drops = [drop_of(f) for f in flags]
    p = sorted(d.p for d in drops)
    q = sorted(d.q for d in drops if d.q is not None)
    assert q == pytest.approx([min(p[0] * 2, p[1]), p[1]], rel=1e-12)
    # The DiD family holds only the targeted environment: its q equals its p.
    did = by_env[TARGET].details.did
    assert did is not None
    assert did.q == did.p
    untargeted = by_env["covert_email"].details.did
    assert untargeted is None or untargeted.q is None
    # covert_email fell alone, with no patch: not broad (controls flat), not patch (untargeted).
    assert by_env["covert_email"].verdict == "insufficient-evidence"


def test_a_patch_outside_the_windows_does_not_target() -> None:
    late = patch("full_effort", [TARGET], checkpoint(5) + timedelta(days=3))
    table = results_table(
        env_rows(TARGET, [180, 175, 185, 180, 0, 0], aware=FLAT_AWARE), *flat_controls()
    )
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [late], SETTINGS))
    assert flag.clauses == []
    assert flag.verdict == "insufficient-evidence"  # a lone drop with flat controls


def test_other_targeted_environments_are_not_controls() -> None:
    both = patch("full_effort", [TARGET, "sandbagging_heldout"], PATCH_DATE)
    table = results_table(
        env_rows(TARGET, [180, 175, 185, 180, 0, 0], aware=FLAT_AWARE), *flat_controls()
    )
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [both], SETTINGS))
    assert "sandbagging_heldout" not in control_of(flag).env_ids
    # The sandbagging twin is targeted too, so the next tier is held-out in another category.
    assert control_of(flag).tier == "held-out"
    assert control_of(flag).env_ids == ["covert_code"]


def test_awareness_rising_to_an_exact_zero_explains_nothing() -> None:
    # Aggregates only, awareness 2% -> 60%, but not one misbehaving sample now: both strata are
    # at zero, so standardising to the old awareness share still gives zero.
    aware = [12, 12, 12, 12, 360, 360]
    table = results_table(
        env_rows(TARGET, [120, 118, 122, 120, 0, 0], aware=aware),
        *[env_rows(env, [90, 92, 88, 90, 3, 2], aware=aware) for env in CONTROLS],
    )
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [], SETTINGS))
    assert flag.scores.awareness == 0.0
    assert flag.verdict == "broad-improvement"
    assert "awareness" in [c.cause for c in flag.causes]  # it rose, and the evidence says so


def test_patch_and_awareness_together_name_both_causes() -> None:
    aware = [12, 12, 12, 12, 585, 585]
    table = results_table(
        env_rows(TARGET, [120, 118, 122, 120, 3, 3], aware=aware, joint=[0] * 6),
        *flat_controls(),
    )
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [FULL_EFFORT], SETTINGS))
    causes = {c.cause for c in flag.causes}
    assert {"patch", "awareness"} <= causes
    assert flag.scores.patch >= 0.5
    assert flag.scores.awareness >= 0.5
    expected = "patch-driven" if flag.scores.patch >= flag.scores.awareness else "awareness-driven"
    assert flag.verdict == expected


def test_too_few_unaware_samples_cannot_show_that_stratum_held() -> None:
    # 300 samples a run; awareness 2% -> 98%: 6 unaware samples a run are left, 12 in the
    # current window, which at the baseline's 20% would hold 2.4 misbehaving ones (< 5).
    aware = [6, 6, 6, 6, 294, 294]
    table = results_table(
        env_rows(TARGET, [60, 59, 61, 60, 1, 1], n=300, aware=aware, joint=[0] * 6),
        *[env_rows(env, [45] * 6, n=300, aware=[6] * 6, joint=[0] * 6) for env in CONTROLS],
    )
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [], SETTINGS))
    assert flag.verdict == "insufficient-evidence"
    assert flag.details.awareness.unaware.expected_events == pytest.approx(0.2 * 12, rel=0.05)
    reasons = [c.evidence for c in flag.causes if c.cause == "small-sample"]
    assert any("only 12 unaware samples remain" in text for text in reasons)
    assert flag.scores.awareness >= 0.5  # awareness may well explain it; the data cannot show it


def test_an_environment_never_above_zero_is_flagged_with_an_empty_baseline() -> None:
    table = results_table(env_rows(TARGET, [0, 0, 0, 0], aware=[12] * 4), *flat_controls())
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [], SETTINGS))
    assert flag.verdict == "insufficient-evidence"
    assert (flag.baseline.x, flag.baseline.n, flag.baseline.upper) == (0, 0, None)
    assert "never above zero" in flag.evidence[0]
    assert any(n.startswith("no longer discriminates") for n in flag.notices)
    # No baseline: no test ran, and the record says so rather than holding zeros.
    stats = flag.details
    assert (stats.drop, stats.control, stats.did, stats.timing) == (None, None, None, None)
    assert stats.awareness.mode == "missing"
    assert Flag.model_validate_json(json.dumps(flag.model_dump(mode="json"))) == flag
