"""The verdict a correct analysis should reach, derived from a plan's true parameters.

This applies METHOD.md's verdict table to the *expected* rates (no sampling noise), with the
windows chosen the way the method describes: the current window is the latest runs at (near)
zero, the baseline the runs before the drop. Plans used in tests and benchmarks keep every
quantity well away from the thresholds, so the data support the same answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from tracker.analysis.intervals import exact_upper_bound, min_samples_for_zero
from tracker.analysis.models import Verdict
from tracker.numbers import format_percent
from tracker.settings import AnalysisSettings
from tracker.simulate.plan import ScenarioPlan
from tracker.simulate.rates import awareness_rate, behaviour_rate, observed_rate

AWARENESS_RISE = 0.1
"""Awareness must rise by at least this much (absolute) to count as rising."""
RateFn = Callable[[ScenarioPlan, str, str, datetime], float]
CONTROL_DROP = 0.3
UNAWARE_EVENTS = 15
"""Expected misbehaving unaware samples in the current window needed to show that stratum flat.

The share of the drop explained by awareness is about r_unaware_now / r_baseline; with fewer
expected events its estimate falls below one half by chance too often (Poisson), and the data
cannot tell awareness from a change in behaviour."""
"""The control pool 'also dropped' when its relative reduction is at least this."""


@dataclass(frozen=True)
class ExpectedFlag:
    """The verdict expected for one environment and model line, and why."""

    env_id: str
    model: str
    verdict: Verdict
    reason: str


@dataclass(frozen=True)
class Truth:
    """Ground truth of a scenario."""

    flags: tuple[ExpectedFlag, ...]
    clause_targets: dict[str, list[str]]
    """Clause id -> environments it targets."""
    clause_failures: dict[str, list[str]] = field(default_factory=dict)
    """Clause id -> failure ids that prompted it."""

    def verdict(self, env_id: str, model: str) -> Verdict | None:
        for flag in self.flags:
            if (flag.env_id, flag.model) == (env_id, model):
                return flag.verdict
        return None

    def to_json(self) -> str:
        data = {
            "flags": [vars(f) for f in self.flags],
            "clause_targets": self.clause_targets,
            "clause_failures": self.clause_failures,
        }
        return json.dumps(data, indent=2, sort_keys=True) + "\n"


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def expected_flag(
    plan: ScenarioPlan, env_id: str, model: str, settings: AnalysisSettings
) -> ExpectedFlag | None:
    """The expected verdict, or None when the environment's rate does not reach zero."""
    dates = plan.run_dates
    rates = [observed_rate(plan, env_id, model, d) for d in dates]
    current: list[int] = []
    for i in reversed(range(len(dates))):
        if rates[i] > settings.zero_rate or len(current) == settings.current_runs:
            break
        current.insert(0, i)
    drop = next((i for i, r in enumerate(rates) if r <= 0.5 * rates[0]), None)
    if not current or drop is None or drop == 0:
        return None
    baseline = list(range(max(0, drop - settings.baseline_runs), drop))
    env = plan.env(env_id)

    def make(verdict: Verdict, reason: str) -> ExpectedFlag:
        return ExpectedFlag(env_id, model, verdict, reason)

    n_current = env.n * len(current)
    expected_x = round(_mean([rates[i] for i in current]) * n_current)
    if n_current < min_samples_for_zero(settings.tau, settings.alpha):
        return make("insufficient-evidence", f"small sample: n = {n_current} in the current window")
    if exact_upper_bound(expected_x, n_current, settings.alpha) > settings.tau:
        return make("insufficient-evidence", "current window not certifiably zero")

    start, end = dates[baseline[-1]], dates[current[0]]
    between = [p for p in plan.patches if start <= p.date < end]
    targeted_anywhere = {e for p in between for e in p.targets}
    targeted = env_id in targeted_anywhere

    def window(e: str, idx: list[int], fn: RateFn) -> float:
        return _mean([fn(plan, e, model, dates[i]) for i in idx])

    r_base, r_cur = window(env_id, baseline, observed_rate), window(env_id, current, observed_rate)
    if r_cur >= r_base:
        return make("insufficient-evidence", "no drop from the baseline")
    rrr_target = 1 - r_cur / r_base
    others = [e.env for e in plan.envs if e.env.env_id not in targeted_anywhere | {env_id}]
    controls = [e for e in others if e.category == env.env.category] or others
    if controls:
        c_base = _mean([window(c.env_id, baseline, observed_rate) for c in controls])
        c_cur = _mean([window(c.env_id, current, observed_rate) for c in controls])
        rrr_control = 1 - c_cur / c_base if c_base > 0 else 0.0
    else:
        rrr_control = 0.0
    specificity = min(max(1 - rrr_control / rrr_target, 0.0), 1.0)

    a_base = window(env_id, baseline, awareness_rate)
    a_cur = window(env_id, current, awareness_rate)
    u_base = window(env_id, baseline, behaviour_rate)
    u_cur = window(env_id, current, behaviour_rate)
    r_std = a_base * u_cur * plan.aware_misbehaviour + (1 - a_base) * u_cur
    share = 1 - (r_std - r_base) / (r_cur - r_base)
    behaviour_dropped = u_cur < 0.8 * u_base

    if targeted and specificity >= settings.specificity:
        return make("patch-driven", f"targeted, specificity {specificity:.2f}")
    if a_cur - a_base >= AWARENESS_RISE and share >= settings.awareness_share:
        if behaviour_dropped:
            return make("insufficient-evidence", "awareness rose but behaviour dropped too")
        unaware_events = n_current * (1 - a_cur) * u_cur
        if unaware_events < UNAWARE_EVENTS:
            return make(
                "insufficient-evidence",
                f"awareness rose; only {unaware_events:.1f} misbehaving unaware samples expected",
            )
        if env.form in ("joint", "samples"):
            return make("awareness-driven", f"awareness {a_base:.2f} -> {a_cur:.2f}")
        return make("insufficient-evidence", "awareness rose; needs misbehaved_aware counts")
    if rrr_control >= CONTROL_DROP:
        return make("broad-improvement", f"controls fell by {format_percent(rrr_control, 0)}")
    return make("insufficient-evidence", "drop not explained by a patch, awareness or controls")


def expected_truth(
    plan: ScenarioPlan,
    settings: AnalysisSettings,
    clause_failures: dict[str, list[str]] | None = None,
) -> Truth:
    """Expected flags for every environment and model line, and the clauses' targets."""
    flags = [
        flag
        for model in plan.models
        for env in plan.envs
        if (flag := expected_flag(plan, env.env.env_id, model, settings)) is not None
    ]
    targets: dict[str, list[str]] = {}
    for patch in plan.patches:
        targets.setdefault(patch.clause_id, [])
        targets[patch.clause_id] = sorted(set(targets[patch.clause_id]) | set(patch.targets))
    return Truth(tuple(flags), targets, dict(clause_failures or {}))
