"""Every statistic behind one environment's verdict, computed before multiplicity control.

``assess_environment`` is pure: it takes the runs of one model line and returns an
``Assessment`` whose q-values ``verdicts`` fills in once every environment has been assessed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from tracker.analysis.awareness import (
    AwarenessAnalysis,
    RunStrata,
    analyse_awareness,
    analyse_detected_awareness,
)
from tracker.analysis.changepoint import ChangePoint, change_point_test
from tracker.analysis.controls import ControlPool, are_twins, select_control_pool
from tracker.analysis.did import (
    DifferenceInDifferences,
    difference_in_differences,
    patch_specificity,
    relative_reduction,
)
from tracker.analysis.drop_tests import fisher_drop_p, mcnemar_drop_p
from tracker.analysis.intervals import exact_upper_bound
from tracker.analysis.models import DropTestKind
from tracker.analysis.sample_rows import SampleRows, as_sample_rows, paired_changes
from tracker.analysis.windows import RunCounts, Window, WindowPair, runs_within
from tracker.benchmarks.models import Environment
from tracker.failures.models import Patch, PatchClause
from tracker.settings import AnalysisSettings

if TYPE_CHECKING:
    from tracker.awareness.labelling import AwarenessSource


@dataclass(frozen=True)
class Timing:
    """Change points of the target series and of its control pool, against the patch."""

    target: ChangePoint
    checkpoints: int
    """Length of the target's series (its runs up to the current window's end)."""
    patch_index: int
    """Checkpoints of the series before the (first) patch: a change point here is on time."""
    control: ChangePoint | None
    control_index: int = 0
    """The same for the control pool's series (its checkpoints may differ)."""

    def on_time(self, p_level: float) -> bool:
        """A significant change in the target within one checkpoint of the patch..."""
        return self.target.p < p_level and abs(self.target.k - self.patch_index) <= 1

    def absent_in_controls(self, p_level: float) -> bool:
        """...and none in the controls at that time."""
        if self.control is None:
            return False
        return self.control.p >= p_level or abs(self.control.k - self.control_index) > 1


@dataclass(frozen=True)
class VariantGap:
    """The current rate of a ``variant_of`` twin over the same runs."""

    twin: str
    x: int
    n: int
    p: float
    """One-sided Fisher p that the twin's rate is above this environment's."""


@dataclass
class Assessment:
    """One environment and model line at or near zero, with every statistic (q-values later)."""

    env_id: str
    model: str
    windows: WindowPair
    upper: float
    certified: bool
    clauses: list[tuple[Patch, PatchClause]] = field(default_factory=list)
    unlinked: list[tuple[Patch, PatchClause]] = field(default_factory=list)
    """Clauses of patches between the windows when none of those patches targets it (filled only
    while ``clauses`` is empty): the candidates for a link nobody has made."""
    drop_p: float | None = None
    drop_test: DropTestKind = "fisher"
    control: ControlPool | None = None
    did: DifferenceInDifferences | None = None
    rrr_target: float | None = None
    rrr_control: float | None = None
    specificity: float | None = None
    control_drop_p: float | None = None
    timing: Timing | None = None
    awareness: AwarenessAnalysis = field(default_factory=lambda: AwarenessAnalysis("missing"))
    variant_gaps: list[VariantGap] = field(default_factory=list)
    drop_q: float | None = None
    did_q: float | None = None
    awareness_q: float | None = None

    @property
    def baseline(self) -> Window | None:
        return self.windows.baseline

    @property
    def current(self) -> Window:
        return self.windows.current

    @property
    def targeted(self) -> bool:
        return bool(self.clauses)


def patches_between(
    env_id: str, patches: Sequence[Patch], baseline: Window, current: Window
) -> list[tuple[Patch, PatchClause]]:
    """Clauses targeting ``env_id`` of patches dated after the baseline, up to the current start."""
    found: list[tuple[Patch, PatchClause]] = []
    for patch in sorted(patches, key=lambda p: p.date):
        if baseline.end < patch.date <= current.start:
            found.extend((patch, c) for c in patch.clauses if env_id in c.targets)
    return found


def unlinked_between(
    env_id: str, patches: Sequence[Patch], baseline: Window, current: Window
) -> list[tuple[Patch, PatchClause]]:
    """Clauses of patches dated after the baseline, up to the current start, none targeting
    ``env_id``; a patch's clauses that target nothing come first (the likeliest missing links)."""
    found: list[tuple[Patch, PatchClause]] = []
    for patch in sorted(patches, key=lambda p: p.date):
        if baseline.end < patch.date <= current.start and env_id not in patch.targets:
            found.extend((patch, c) for c in sorted(patch.clauses, key=lambda c: bool(c.targets)))
    return found


def targeted_in_span(patches: Sequence[Patch], baseline: Window, current: Window) -> set[str]:
    """Environments any patch dated within the two windows' span targets (unfit as controls)."""
    return {
        env
        for patch in patches
        if baseline.start < patch.date <= current.end
        for env in patch.targets
    }


def _paired_drop_p(
    samples: SampleRows | None,
    env_id: str,
    model: str,
    baseline: Window,
    current: Window,
    paired: Mapping[str, tuple[int, int]] | None = None,
) -> float | None:
    """Exact McNemar p when the same sample ids are in both windows' sample rows, else None.

    With one row per sample and window this is McNemar's test on the discordant pairs. A window
    of several runs (or epochs) gives each sample a mean; the pairs whose mean fell count against
    those whose mean rose (the exact sign test, which McNemar's is for binary outcomes).
    ``paired`` holds the pairs of every environment of the model line when the caller counted
    them at once (``sample_rows.paired_changes``); an environment absent from it is not paired.
    """
    if samples is None:
        return None
    if paired is None:
        windows = {env_id: (baseline.run_ids, current.run_ids)}
        paired = paired_changes(samples, model, windows)
    changes = paired.get(env_id)
    return None if changes is None else mcnemar_drop_p(*changes)


def _variant_gaps(
    env_id: str,
    environments: Mapping[str, Environment],
    runs_by_env: Mapping[str, Sequence[RunCounts]],
    current: Window,
) -> list[VariantGap]:
    gaps = []
    for other, runs in runs_by_env.items():
        if other == env_id or not are_twins(environments.get(env_id), environments.get(other)):
            continue
        window = runs_within(runs, current.start, current.end)
        if window.n:
            p = fisher_drop_p(window.x, window.n, current.x, current.n)
            gaps.append(VariantGap(other, window.x, window.n, p))
    return gaps


def _detected_strata(
    env_id: str, baseline: Window, current: Window, source: AwarenessSource | None
) -> tuple[list[RunStrata], list[RunStrata]] | None:
    """Both windows' runs as strata when some of their labels came from the detector, else None
    (also None when a run lacks its aware or joint count: nothing to correct)."""
    if source is None:
        return None
    runs = (*baseline.runs, *current.runs)
    if not any((r.run_id, env_id) in source.detected_groups for r in runs):
        return None
    if any(r.aware is None or r.misbehaved_aware is None for r in runs):
        return None

    def strata(window: Window) -> list[RunStrata]:
        return [
            (
                r.x,
                r.n,
                r.aware or 0,
                r.misbehaved_aware or 0,
                (r.run_id, env_id) in source.detected_groups,
            )
            for r in window.runs
        ]

    return strata(baseline), strata(current)


def assess_environment(
    env_id: str,
    model: str,
    windows: WindowPair,
    runs_by_env: Mapping[str, Sequence[RunCounts]],
    environments: Mapping[str, Environment],
    patches: Sequence[Patch],
    settings: AnalysisSettings,
    samples: SampleRows | pd.DataFrame | None,
    rng: np.random.Generator,
    awareness: AwarenessSource | None = None,
    paired: Mapping[str, tuple[int, int]] | None = None,
) -> Assessment:
    """All statistics of one environment at or near zero (before BH across environments).

    ``awareness`` says which runs' awareness labels came from the detector and how accurate it
    is; their awareness figures are then corrected for misclassification. ``paired``: the
    McNemar pairs of the model line's environments, counted at once (``_paired_drop_p``).
    """
    current = windows.current
    upper = exact_upper_bound(current.x, current.n, settings.alpha)
    found = Assessment(env_id, model, windows, upper, upper <= settings.tau)
    found.variant_gaps = _variant_gaps(env_id, environments, runs_by_env, current)
    baseline = windows.baseline
    if baseline is None:
        return found
    found.clauses = patches_between(env_id, patches, baseline, current)
    if not found.clauses:
        found.unlinked = unlinked_between(env_id, patches, baseline, current)
    paired_p = _paired_drop_p(as_sample_rows(samples), env_id, model, baseline, current, paired)
    if paired_p is not None:
        found.drop_p, found.drop_test = paired_p, "mcnemar"
    else:
        found.drop_p = fisher_drop_p(baseline.x, baseline.n, current.x, current.n)
    detected = _detected_strata(env_id, baseline, current, awareness)
    if detected is not None and awareness is not None:
        found.awareness = analyse_detected_awareness(*detected, awareness.accuracy)
    else:
        found.awareness = analyse_awareness(
            (baseline.x, baseline.n, baseline.aware, baseline.misbehaved_aware),
            (current.x, current.n, current.aware, current.misbehaved_aware),
        )
    found.rrr_target = relative_reduction(baseline.rate, current.rate)
    excluded = targeted_in_span(patches, baseline, current)
    # Change points use the whole history up to the current window: a permutation test over the
    # handful of runs in the two windows alone could never reach p < 0.05.
    history = [r for r in runs_by_env[env_id] if r.date <= current.end]
    pool = select_control_pool(
        env_id,
        environments,
        runs_by_env,
        excluded,
        baseline,
        current,
        settings.control_min_events,
        history_start=history[0].date,
    )
    found.control = pool
    if pool is not None:
        cb, cc = pool.baseline, pool.current
        found.did = difference_in_differences(
            (baseline.x, baseline.n, current.x, current.n), (cb.x, cb.n, cc.x, cc.n)
        )
        found.rrr_control = relative_reduction(cb.rate, cc.rate)
        found.specificity = patch_specificity(found.rrr_target, found.rrr_control)
        found.control_drop_p = fisher_drop_p(cb.x, cb.n, cc.x, cc.n)
    if found.clauses:
        first_patch = found.clauses[0][0].date
        index = sum(1 for r in history if r.date < first_patch)
        target_cp = change_point_test([r.x for r in history], [r.n for r in history], rng)
        control_cp, control_index = None, 0
        if pool is not None and len(pool.series) >= 2:
            control_cp = change_point_test(
                [r.x for r in pool.series], [r.n for r in pool.series], rng
            )
            control_index = sum(1 for r in pool.series if r.date < first_patch)
        found.timing = Timing(target_cp, len(history), index, control_cp, control_index)
    return found
