"""Draw a scenario's data from its plan: results, samples, failures, spec commits, ground truth.

Pure: everything random comes from the ``numpy.random.Generator`` passed in, so the same plan
and seed give the same scenario. ``tracker.simulate.writer`` puts a scenario on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import pandas as pd

from tracker.benchmarks.models import RESULT_COLUMNS, SAMPLE_COLUMNS
from tracker.failures.models import Failure
from tracker.settings import AnalysisSettings
from tracker.simulate import texts
from tracker.simulate.plan import EnvPlan, ScenarioPlan
from tracker.simulate.rates import awareness_rate, behaviour_rate
from tracker.simulate.spec_doc import SpecCommit, patch_key, spec_commits
from tracker.simulate.truth import Truth, expected_truth


@dataclass(frozen=True)
class Scenario:
    """A generated workspace's content, in memory."""

    plan: ScenarioPlan
    results: pd.DataFrame
    """One row per run and environment, columns ``RESULT_COLUMNS`` (all forms, aggregated)."""
    samples: pd.DataFrame
    """Sample rows (``SAMPLE_COLUMNS``) of the environments reported as samples; may be empty."""
    failures: tuple[Failure, ...]
    commits: tuple[SpecCommit, ...]
    truth: Truth
    rejections: tuple[tuple[str, str, str], ...] = ()
    """(clause id, failure id, note) pairs that links.csv rejects."""


def run_id(model: str, index: int) -> str:
    return f"{model}-ckpt{index + 1:02d}"


def _draw_run(
    plan: ScenarioPlan, env: EnvPlan, model: str, index: int, rng: np.random.Generator
) -> tuple[dict[str, object], list[dict[str, object]]]:
    """One run's aggregate row and, for sample-form environments, its sample rows."""
    when = plan.run_dates[index]
    env_id = env.env.env_id
    jitter = float(np.exp(rng.normal(0.0, plan.noise))) if plan.noise > 0 else 1.0
    behaviour = min(behaviour_rate(plan, env_id, model, when) * jitter, 1.0)
    aware_share = awareness_rate(plan, env_id, model, when)
    aware = rng.random(env.n) < aware_share
    risk = np.where(aware, behaviour * plan.aware_misbehaviour, behaviour)
    misbehaved = rng.random(env.n) < risk
    row: dict[str, object] = {
        "run_id": run_id(model, index),
        "model": model,
        "date": pd.Timestamp(when),
        "spec_version": None,
        "env_id": env_id,
        "n": env.n,
        "n_ids": env.n if env.form == "samples" else None,
        "epochs": 1 if env.form == "samples" else None,
        "misbehaved": int(misbehaved.sum()),
        "aware": None if env.form == "bare" else int(aware.sum()),
        "misbehaved_aware": int((aware & misbehaved).sum())
        if env.form in ("joint", "samples")
        else None,
        "source": "simulated",
    }
    samples: list[dict[str, object]] = []
    if env.form == "samples":
        for k in range(env.n):
            samples.append(
                {
                    "run_id": row["run_id"],
                    "model": model,
                    "date": row["date"],
                    "spec_version": None,
                    "env_id": env_id,
                    "sample_id": f"s{k + 1:04d}",
                    "epoch": 1,
                    "misbehaved": bool(misbehaved[k]),
                    "aware": bool(aware[k]),
                    "reasoning": texts.reasoning(
                        bool(misbehaved[k]), bool(aware[k]), rng, env.env.category
                    ),
                    "source": "simulated",
                }
            )
    return row, samples


def _failures(
    plan: ScenarioPlan, rng: np.random.Generator
) -> tuple[list[Failure], dict[str, tuple[str, ...]]]:
    """Failures observed before each patch in the environments it targets, numbered by date."""
    drafts: list[tuple[object, str, Failure]] = []
    for patch in sorted(plan.patches, key=lambda p: p.date):
        models = [m for m in plan.models if plan.applies(patch.models, m)] or list(plan.models)
        for env_id in patch.targets:
            env = plan.env(env_id).env
            offset = int(rng.integers(100))
            # Observed after the first checkpoint where there is room, before the patch.
            room = (patch.date - plan.run_dates[0]).days
            latest = min(50, room) if room > 6 else 50
            for j in range(patch.failures_per_target):
                days = int(rng.integers(5, latest))
                failure = Failure(
                    failure_id="",
                    date=patch.date - timedelta(days=days, hours=int(rng.integers(0, 12))),
                    env_id=env_id,
                    model=models[int(rng.integers(len(models)))],
                    summary=texts.failure_summary(env, rng, offset + j),
                    excerpt=texts.failure_excerpt(env, rng),
                    source="simulated",
                )
                drafts.append((failure.date, patch_key(patch), failure))
    for extra in plan.failures:
        failure = Failure(
            failure_id="",
            date=extra.date,
            env_id=extra.env_id,
            model=extra.model,
            summary=extra.summary,
            excerpt=extra.excerpt,
            source="simulated",
        )
        drafts.append((failure.date, f"extra:{extra.summary}", failure))
    drafts.sort(key=lambda d: (d[0], d[1]))
    failures: list[Failure] = []
    by_patch: dict[str, list[str]] = {}
    for number, (_, key, draft) in enumerate(drafts, start=1):
        failure = draft.model_copy(update={"failure_id": f"F-{number:04d}"})
        failures.append(failure)
        by_patch.setdefault(key, []).append(failure.failure_id)
    return failures, {k: tuple(v) for k, v in by_patch.items()}


def simulate(
    plan: ScenarioPlan, rng: np.random.Generator, settings: AnalysisSettings | None = None
) -> Scenario:
    """Draw every table of ``plan`` with ``rng``; the truth uses ``settings`` (default: METHOD)."""
    settings = settings or AnalysisSettings()
    rows: list[dict[str, object]] = []
    sample_rows: list[dict[str, object]] = []
    for model in plan.models:
        for env in plan.envs:
            for index in range(len(plan.run_dates)):
                row, samples = _draw_run(plan, env, model, index, rng)
                rows.append(row)
                sample_rows.extend(samples)
    failures, by_patch = _failures(plan, rng)
    clause_failures: dict[str, list[str]] = {}
    for patch in plan.patches:
        clause_failures.setdefault(patch.clause_id, []).extend(by_patch.get(patch_key(patch), ()))
    rejections = tuple(
        (extra.rejected_for, by_patch[f"extra:{extra.summary}"][0], extra.note)
        for extra in plan.failures
        if extra.rejected_for is not None
    )
    results = pd.DataFrame(rows, columns=list(RESULT_COLUMNS))
    samples_df = pd.DataFrame(sample_rows, columns=list(SAMPLE_COLUMNS))
    return Scenario(
        plan=plan,
        results=results,
        samples=samples_df,
        failures=tuple(failures),
        commits=tuple(spec_commits(plan, by_patch)),
        truth=expected_truth(plan, settings, clause_failures),
        rejections=rejections,
    )
