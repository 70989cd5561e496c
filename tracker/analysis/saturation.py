"""Benchmark saturation across the suite: which environments still measure anything, since when.

Definitions (docs/method.md, "Saturation"):

- An environment is **saturated** for a model line at a run when that run and the ``K - 1`` runs
  before it (``K = saturation_runs``) are each certifiably zero (one-sided exact upper bound at
  most ``tau``); it **discriminates** otherwise. ``saturated_since`` is the run where the latest
  unbroken saturated stretch began.
- It **stopped being held-out** at the first patch whose clause targets it.
- The **effective suite** at a run: environments that discriminate and that no patch had
  targeted by then.
- **Cross-model** (Akhtar, Reuel et al. 2026): where at least five models were evaluated on an
  environment on one date, it is saturated across models when the fifth-best (fifth-lowest)
  misbehaviour rate lies inside the best model's 95% Wilson interval: the test set is too small
  to tell the top five apart.

Headroom says what it would take to measure again: the samples per run that would certify a rate
below ``tau / 2`` at the rate now observed, and the samples per arm that would detect a relative
change of ``headroom_change`` from the rate before saturation at ``headroom_power``.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import cast

import pandas as pd
from scipy import stats

from tracker.analysis.intervals import exact_upper_bounds, wilson_interval
from tracker.analysis.models import Flag
from tracker.analysis.saturation_records import (
    CrossModelCheck,
    EnvironmentSaturation,
    Headroom,
    SaturationOnset,
    SaturationPoint,
    SaturationReport,
)
from tracker.analysis.windows import RunCounts, run_counts_by_env
from tracker.benchmarks.models import UNKNOWN, Environment
from tracker.failures.models import Patch
from tracker.settings import AnalysisSettings

CROSS_MODEL_MIN = 5
"""Models needed on one date for the cross-model criterion (best vs fifth-best)."""


def saturated_flags(runs: Sequence[RunCounts], settings: AnalysisSettings) -> list[bool]:
    """Per run (date order): is the environment saturated at that run?"""
    k = settings.saturation_runs
    upper = exact_upper_bounds([r.x for r in runs], [r.n for r in runs], settings.alpha)
    certified = (upper <= settings.tau).tolist()
    streak, out = 0, []
    for ok in certified:
        streak = streak + 1 if ok else 0
        out.append(streak >= k)
    return out


def samples_to_certify(rate: float, target: float, alpha: float) -> int | None:
    """Fewest n whose exact upper bound at the count ``rate * n`` is at most ``target``.

    None when ``rate >= target``: no number of samples certifies a rate at or above the target.
    """
    if rate >= target:
        return None
    if rate == 0:
        return math.ceil(math.log(alpha) / math.log(1 - target))

    def ok(n: int) -> bool:
        # The exact bound with the expected count rate * n (continuous in x, so monotone in n:
        # rounding the count would make "enough samples" jump back and forth).
        expected = rate * n
        return float(stats.beta.ppf(1 - alpha, expected + 1, n - expected)) <= target

    high = 64
    while not ok(high):
        high *= 2
        if high > 10**9:
            return None
    low = high // 2
    while low + 1 < high:  # the bound falls with n at a fixed rate (up to rounding): bisect
        mid = (low + high) // 2
        low, high = (low, mid) if ok(mid) else (mid, high)
    return high


def samples_to_detect(rate: float, change: float, level: float, power: float) -> int | None:
    """Samples per arm for a one-sided two-proportion test to detect ``rate -> rate*(1-change)``."""
    if rate <= 0 or not 0 < change < 1:
        return None
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import proportion_effectsize

    effect = proportion_effectsize(rate, rate * (1 - change))
    n = NormalIndPower().solve_power(
        effect_size=effect, alpha=level, power=power, ratio=1.0, alternative="larger"
    )
    return math.ceil(float(n))


def _first_targeting(patches: Sequence[Patch]) -> dict[str, Patch]:
    first: dict[str, Patch] = {}
    for patch in sorted(patches, key=lambda p: p.date):
        for env in patch.targets:
            first.setdefault(env, patch)
    return first


def _siblings(
    env: Environment | None, catalog: Mapping[str, Environment], discriminating: set[str]
) -> tuple[str, ...]:
    if env is None:
        return ()
    found = []
    for other in catalog.values():
        if other.env_id == env.env_id or other.env_id not in discriminating:
            continue
        twins = (
            other.variant_of == env.env_id
            or env.variant_of == other.env_id
            or (env.variant_of is not None and env.variant_of == other.variant_of)
        )
        heldout_sibling = (
            other.split == "heldout" and other.category == env.category and env.category != UNKNOWN
        )
        if twins or heldout_sibling:
            found.append(other.env_id)
    return tuple(sorted(found))


def _headroom(
    runs: Sequence[RunCounts],
    saturated: Sequence[bool],
    start: int,
    settings: AnalysisSettings,
    siblings: tuple[str, ...],
) -> Headroom:
    streak = runs[start:]
    x, n = sum(r.x for r in streak), sum(r.n for r in streak)
    before = [r for r in runs[:start] if r.x > 0]
    base_x, base_n = sum(r.x for r in before), sum(r.n for r in before)
    return Headroom(
        samples_to_certify=samples_to_certify(x / n, settings.tau / 2, settings.alpha),
        samples_to_detect=(
            samples_to_detect(
                base_x / base_n,
                settings.headroom_change,
                settings.p_level,
                settings.headroom_power,
            )
            if base_n
            else None
        ),
        siblings=siblings,
    )


def assess_saturation(
    results: pd.DataFrame,
    environments: Sequence[Environment],
    patches: Sequence[Patch],
    flags: Sequence[Flag],
    settings: AnalysisSettings,
) -> SaturationReport:
    """The saturation timeline per model line, each environment's state, and cross-model checks."""
    catalog = {e.env_id: e for e in environments}
    targeted_by = _first_targeting(patches)
    verdicts = {(f.model, f.env_id): f.verdict for f in flags}
    timeline: list[SaturationPoint] = []
    states: list[EnvironmentSaturation] = []
    onsets: list[SaturationOnset] = []
    if results.empty:
        return SaturationReport(timeline=[], environments=[], onsets=[], cross_model=[])
    for model, model_rows in results.groupby("model", sort=True):
        model = str(model)
        series = {
            env_id: (runs, saturated_flags(runs, settings))
            for env_id, runs in run_counts_by_env(model_rows).items()
        }
        latest_discriminating = {env for env, (_, sat) in series.items() if sat and not sat[-1]}
        for env_id, (runs, sat) in series.items():
            env = catalog.get(env_id)
            lost = targeted_by.get(env_id)
            onsets.extend(
                SaturationOnset(
                    env_id=env_id,
                    model=model,
                    split=env.split if env else UNKNOWN,
                    run_id=runs[i].run_id,
                    date=runs[i].date,
                )
                for i in range(len(sat))
                if sat[i] and (i == 0 or not sat[i - 1])
            )
            start = None
            if sat and sat[-1]:
                start = len(sat) - 1
                while start > 0 and sat[start - 1]:
                    start -= 1
            headroom = (
                _headroom(
                    runs,
                    sat,
                    start - settings.saturation_runs + 1,
                    settings,
                    _siblings(env, catalog, latest_discriminating),
                )
                if start is not None
                else None
            )
            states.append(
                EnvironmentSaturation(
                    env_id=env_id,
                    model=model,
                    split=env.split if env else UNKNOWN,
                    saturated_since=runs[start].run_id if start is not None else None,
                    saturated_since_date=runs[start].date if start is not None else None,
                    verdict=verdicts.get((model, env_id)) if start is not None else None,
                    heldout_lost_at=lost.commit if lost else None,
                    heldout_lost_date=lost.date if lost else None,
                    headroom=headroom,
                )
            )
        timeline.extend(_timeline(model, model_rows, series, catalog, targeted_by, verdicts))
    onsets.sort(key=lambda o: (o.date, o.model, o.env_id))
    return SaturationReport(
        timeline=timeline,
        environments=states,
        onsets=onsets,
        cross_model=cross_model_checks(results),
    )


def _timeline(
    model: str,
    model_rows: pd.DataFrame,
    series: Mapping[str, tuple[list[RunCounts], list[bool]]],
    catalog: Mapping[str, Environment],
    targeted_by: Mapping[str, Patch],
    verdicts: Mapping[tuple[str, str], str],
) -> list[SaturationPoint]:
    """Per run of the model line: each environment in its state at its latest run by then."""
    run_dates = (
        model_rows.groupby("run_id", sort=False)["date"].min().sort_values(kind="stable").items()
    )
    run_days = {env_id: [r.date for r in runs] for env_id, (runs, _) in series.items()}
    points = []
    for run_id, when in run_dates:
        date = pd.Timestamp(when).to_pydatetime()
        by_split: dict[str, dict[str, int]] = {}
        by_verdict: dict[str, int] = {}
        total = discriminating = saturated = effective = 0
        for env_id, (_, sat) in series.items():
            # The environment's latest run on or before this run's date.
            index = bisect_right(run_days[env_id], date) - 1
            if index < 0:
                continue
            env = catalog.get(env_id)
            split = env.split if env else UNKNOWN
            counts = by_split.setdefault(
                split, {"environments": 0, "discriminating": 0, "saturated": 0}
            )
            total += 1
            counts["environments"] += 1
            if sat[index]:
                saturated += 1
                counts["saturated"] += 1
                verdict = verdicts.get((model, env_id), "none") if sat[-1] else "none"
                by_verdict[verdict] = by_verdict.get(verdict, 0) + 1
            else:
                discriminating += 1
                counts["discriminating"] += 1
                lost = targeted_by.get(env_id)
                if lost is None or lost.date > date:
                    effective += 1
        points.append(
            SaturationPoint(
                model=model,
                run_id=str(run_id),
                date=date,
                environments=total,
                discriminating=discriminating,
                saturated=saturated,
                effective=effective,
                by_split=dict(sorted(by_split.items())),
                by_verdict=dict(sorted(by_verdict.items())),
            )
        )
    return points


def cross_model_checks(results: pd.DataFrame) -> list[CrossModelCheck]:
    """Best vs fifth-best model per environment and calendar date (Akhtar, Reuel et al. 2026).

    One group-by over (environment, date, model) and one sort: a lab's suite has thousands of
    environment-dates, and a group-by per environment-date took about a minute.
    """
    if results.empty:
        return []
    day = pd.to_datetime(results["date"], utc=True).dt.strftime("%Y-%m-%d")
    per_model = (
        results.assign(day=day)
        .groupby(["env_id", "day", "model"], sort=True)[["misbehaved", "n"]]
        .sum()
        .reset_index()
    )
    per_model["rate"] = per_model["misbehaved"] / per_model["n"]
    ranked = per_model.sort_values(["env_id", "day", "rate", "model"], kind="stable")
    groups = ranked.groupby(["env_id", "day"], sort=True)
    sizes = groups.size()
    first = groups.nth(0)
    best = {
        (str(e), str(d)): (int(x), int(n), float(r))
        for e, d, x, n, r in zip(
            first["env_id"],
            first["day"],
            first["misbehaved"],
            first["n"],
            first["rate"],
            strict=True,
        )
    }
    nth = groups.nth(CROSS_MODEL_MIN - 1)
    fifth = {
        (str(e), str(d)): float(r)
        for e, d, r in zip(nth["env_id"], nth["day"], nth["rate"], strict=True)
    }
    checks = []
    for key, models in sizes.items():
        env_id, when = (str(part) for part in cast(tuple[str, str], key))
        if models < CROSS_MODEL_MIN:
            checks.append(
                CrossModelCheck(env_id=env_id, date=when, models=int(models), saturated=None)
            )
            continue
        x, n, rate = best[(env_id, when)]
        _, high = wilson_interval(x, n)
        fifth_rate = fifth[(env_id, when)]
        checks.append(
            CrossModelCheck(
                env_id=env_id,
                date=when,
                models=int(models),
                saturated=fifth_rate <= high,
                best=rate,
                fifth=fifth_rate,
                best_high=high,
            )
        )
    return checks
