"""The true rates a plan implies for one environment, model line and checkpoint date.

A checkpoint reflects every patch, shift and capabilities run dated strictly before it. Aware
samples misbehave at ``aware_misbehaviour`` times the behaviour rate, so rising awareness lowers
the observed rate without any change in behaviour.
"""

from __future__ import annotations

from datetime import datetime

from tracker.simulate.plan import ScenarioPlan


def behaviour_rate(plan: ScenarioPlan, env_id: str, model: str, when: datetime) -> float:
    """Misbehaviour rate among samples that do not verbalise awareness."""
    rate = plan.env(env_id).base[model]
    for patch in plan.patches:
        if env_id in patch.targets and patch.date < when and plan.applies(patch.models, model):
            rate *= 1 - patch.effect
    for shift in plan.shifts:
        if env_id in shift.envs and shift.date < when and plan.applies(shift.models, model):
            rate *= 1 - shift.effect
    return rate


def awareness_rate(plan: ScenarioPlan, env_id: str, model: str, when: datetime) -> float:
    """Share of samples that verbalise evaluation awareness."""
    level = plan.env(env_id).awareness
    for run in plan.awareness:
        if run.date < when and plan.applies(run.models, model):
            level = max(level, run.levels.get(env_id, run.level))
    return level


def observed_rate(plan: ScenarioPlan, env_id: str, model: str, when: datetime) -> float:
    """The expected misbehaviour rate over all samples, aware and unaware."""
    behaviour = behaviour_rate(plan, env_id, model, when)
    aware = awareness_rate(plan, env_id, model, when)
    return (1 - aware) * behaviour + aware * behaviour * plan.aware_misbehaviour
