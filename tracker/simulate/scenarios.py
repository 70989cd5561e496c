"""Random scenario plans, one mechanism (or mixture) each, for tests and the accuracy benchmark.

Every kind keeps its quantities well clear of the method's thresholds (base rates of at least
5%, hundreds of samples a run, zeros that are really zero), so the ground truth is what a correct
analysis must find. ``make_plan(kind, rng)`` draws one plan of a kind.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Literal, get_args

import numpy as np

from tracker.benchmarks.models import Environment, Split
from tracker.simulate.plan import (
    AwarenessPlan,
    EnvPlan,
    PatchPlan,
    ResultForm,
    ScenarioPlan,
    SectionPlan,
    ShiftPlan,
)
from tracker.simulate.texts import generic_clause

Kind = Literal[
    "patch",
    "patch_aggregate",
    "awareness",
    "awareness_aggregate",
    "broad",
    "small_sample",
    "patch_broad",
    "patch_awareness",
    "noise",
    "staggered",
    "patch_fails",
    "patch_bare",
    "patch_one_line",
    "awareness_small",
]
STRESS_KINDS: tuple[Kind, ...] = ("awareness_small",)
"""Kinds beyond METHOD.md's letter: awareness explains the zero, but so few unaware samples
remain that the data cannot show their rate held (truth: insufficient-evidence)."""
KINDS: tuple[Kind, ...] = tuple(k for k in get_args(Kind) if k not in STRESS_KINDS)
"""The kinds of the accuracy benchmark: every kind but the stress kinds."""
MODEL = "model-a"
OTHER_MODEL = "model-b"
START = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
CATEGORIES = ("sandbagging", "covert_sabotage", "falsification")
_SPLITS: tuple[Split, ...] = ("test", "heldout", "validation", "test")


def _runs(count: int) -> tuple[datetime, ...]:
    return tuple(
        datetime(2026 + (i // 12), i % 12 + 1, 15, 12, 0, tzinfo=UTC) for i in range(count)
    )


def _envs(
    rng: np.random.Generator,
    per_category: int,
    n: int,
    form: ResultForm,
    models: tuple[str, ...],
) -> list[EnvPlan]:
    """``per_category`` environments in each category; the second is a twin of the first."""
    plans = []
    for category in CATEGORIES:
        for k in range(per_category):
            env_id = f"{category}_{k + 1}"
            plans.append(
                EnvPlan(
                    env=Environment(
                        env_id=env_id,
                        name=f"{category.replace('_', ' ').title()} {k + 1}",
                        category=category,
                        split=_SPLITS[k % len(_SPLITS)],
                        variant_of=f"{category}_1" if k == 1 else None,
                    ),
                    base={m: float(rng.uniform(0.08, 0.35)) for m in models},
                    n=n,
                    form=form,
                    awareness=float(rng.uniform(0.01, 0.03)),
                )
            )
    return plans


def _patch(
    env: EnvPlan, clause: str, when: datetime, effect: float, rng: np.random.Generator
) -> PatchPlan:
    return PatchPlan(
        clause_id=clause,
        section_id=f"sec_{env.env.category}",
        date=when - timedelta(days=int(rng.integers(3, 20))),
        # A child generator words the clause, so the plan's other draws stay as they were.
        text=generic_clause(env.env, rng.spawn(1)[0]),
        subject=f"Add {clause}: answer failures in {env.env.name}",
        targets=(env.env.env_id,),
        effect=effect,
        trailers=bool(rng.random() < 0.7),
    )


def make_plan(kind: Kind, rng: np.random.Generator, name: str = "") -> ScenarioPlan:
    """One scenario plan of ``kind``, its numbers drawn from ``rng``."""
    runs = _runs(int(rng.integers(9, 13)))
    n = int(rng.integers(300, 601))
    form: ResultForm = "joint"
    if kind in ("patch_aggregate", "awareness_aggregate"):
        form = "aggregate"
    elif kind == "patch_bare":
        form = "bare"
    elif kind == "awareness" and rng.random() < 0.3:
        form = "samples"  # sample rows are slower to analyse; used where they matter
    models = (MODEL, OTHER_MODEL) if kind == "patch_one_line" else (MODEL,)
    envs = _envs(rng, 4, n, form, models)
    at = int(rng.integers(3, len(runs) - 3))  # first checkpoint after the mechanism
    when = runs[at] - timedelta(days=2)
    target = int(rng.integers(0, len(CATEGORIES))) * 4  # the first of a category
    patches: list[PatchPlan] = []
    shifts: list[ShiftPlan] = []
    awareness: list[AwarenessPlan] = []
    all_ids = tuple(e.env.env_id for e in envs)
    patch_kinds = ("patch", "patch_aggregate", "patch_bare", "patch_awareness", "patch_broad")
    if kind in (*patch_kinds, "small_sample"):
        patches.append(_patch(envs[target], "AS10", when, 1.0, rng))
    if kind == "patch_one_line":  # only model-a is trained on the clause
        patches.append(replace(_patch(envs[target], "AS10", when, 1.0, rng), models=(MODEL,)))
    if kind == "small_sample":
        envs[target] = replace(envs[target], n=int(rng.integers(20, 60)))
    if kind in ("broad", "patch_broad"):
        shifts.append(ShiftPlan(when - timedelta(days=1), all_ids, float(rng.uniform(0.995, 1.0))))
    if kind == "patch_awareness":
        awareness.append(AwarenessPlan(when, level=float(rng.uniform(0.15, 0.3))))
    if kind in ("awareness", "awareness_aggregate", "awareness_small"):
        # Enough samples that the few unaware ones still show their unchanged rate (except in
        # awareness_small, which keeps the usual 300-600).
        base = {MODEL: float(rng.uniform(0.035, 0.045))}
        size = envs[target].n if kind == "awareness_small" else int(rng.integers(4000, 5001))
        envs[target] = replace(envs[target], base=base, n=size)
        awareness.append(
            AwarenessPlan(
                when,
                level=float(rng.uniform(0.03, 0.1)),
                levels={envs[target].env.env_id: float(rng.uniform(0.9, 0.92))},
            )
        )
        other = (target + 4) % len(envs)
        patches.append(_patch(envs[other], "AS11", when, float(rng.uniform(0.2, 0.5)), rng))
    if kind == "staggered":
        second = (target + 4) % len(envs)
        later = runs[min(at + 2, len(runs) - 2)] - timedelta(days=2)
        patches.append(_patch(envs[target], "AS10", when, 1.0, rng))
        patches.append(_patch(envs[second], "AS11", later, 1.0, rng))
    if kind == "patch_fails":
        early = runs[max(at - 2, 1)] - timedelta(days=2)
        patches.append(_patch(envs[target], "AS10", early, 0.0, rng))
        if rng.random() < 0.5:
            shifts.append(ShiftPlan(runs[-3] - timedelta(days=1), all_ids, 0.998))
    return ScenarioPlan(
        name=name or kind,
        models=models,
        run_dates=runs,
        envs=tuple(envs),
        sections=tuple(
            SectionPlan(
                f"sec_{c}",
                c.replace("_", " ").title(),
                f"Principles for {c.replace('_', ' ')}.",
                ((f"AS{i + 1}", f"Do not take covert actions in {c.replace('_', ' ')} tasks."),),
            )
            for i, c in enumerate(CATEGORIES)
        ),
        spec_start=runs[0] - timedelta(days=30),
        patches=tuple(patches),
        shifts=tuple(shifts),
        awareness=tuple(awareness),
        noise=0.3 if kind == "noise" else 0.1,
    )
