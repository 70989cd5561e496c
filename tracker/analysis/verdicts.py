"""Verdicts on every environment whose misbehaviour rate reached zero (METHOD.md, "Verdicts").

``compute_flags`` is the entry point the workspace calls. It assesses each environment and model
line whose current window is at or near zero, applies Benjamini-Hochberg across environments per
family of tests (drop, DiD, awareness rise), then decides each verdict by the table of METHOD.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from tracker.analysis.assess import Assessment, assess_environment
from tracker.analysis.details import details
from tracker.analysis.drop_tests import benjamini_hochberg
from tracker.analysis.evidence import (
    cause_evidence,
    evidence_sentences,
    notices,
    unlinked_candidates,
    unlinked_sentence,
    why_not,
)
from tracker.analysis.models import Cause, CauseName, Flag, Scores, Verdict, WindowRate
from tracker.analysis.sample_rows import SampleRows, as_sample_rows, paired_changes
from tracker.analysis.windows import RunCounts, find_windows, run_counts_by_env
from tracker.benchmarks.models import Environment
from tracker.failures.models import Failure, Patch, PatchClause
from tracker.settings import AnalysisSettings

if TYPE_CHECKING:
    from tracker.awareness.labelling import AwarenessSource

REQUIRED_COLUMNS = ("run_id", "model", "date", "env_id", "n", "misbehaved")
"""Result columns the analysis cannot do without; the others may be absent or NA."""


@dataclass(frozen=True)
class Decision:
    """A verdict, the causes with evidence behind it, and the scores."""

    verdict: Verdict
    causes: list[tuple[CauseName, str]] = field(default_factory=list)
    scores: Scores = field(default_factory=lambda: Scores(patch=0.0, awareness=0.0, broad=1.0))


def _below(value: float | None, level: float) -> bool:
    return value is not None and value < level


def _scores(a: Assessment, settings: AnalysisSettings) -> Scores:
    patch = (a.specificity or 0.0) if a.targeted and _below(a.did_q, settings.q) else 0.0
    aw = a.awareness
    share = aw.share_high if aw.mode == "aggregate" else aw.share_low
    awareness = min(1.0, max(0.0, share)) if share is not None else 0.0
    return Scores(patch=patch, awareness=awareness, broad=(1 - patch) * (1 - awareness))


def decide(a: Assessment, settings: AnalysisSettings) -> Decision:
    """The verdict of one assessed environment, by METHOD.md's table (q-values already set).

    An insufficient-evidence verdict whose drop is specific to the environment, with a spec
    change between the windows that no link ties to it, names that change's clauses (cause
    ``unlinked-patch``): the missing link is for a person to confirm, never guessed here.
    """
    decision = _decide(a, settings)
    if decision.verdict != "insufficient-evidence":
        return decision
    sentence = unlinked_sentence(a, settings)
    if sentence is None:
        return decision
    return Decision(
        decision.verdict, [*decision.causes, ("unlinked-patch", sentence)], decision.scores
    )


def _decide(a: Assessment, settings: AnalysisSettings) -> Decision:
    scores = _scores(a, settings)
    causes = cause_evidence(a, settings)
    if a.baseline is None:
        return Decision("insufficient-evidence", causes, scores)
    if not a.certified:
        return Decision("insufficient-evidence", causes, scores)
    aw, q, p_level = a.awareness, settings.q, settings.p_level
    rose = _below(a.awareness_q, q)
    threshold = settings.awareness_share
    patch_ok = a.targeted and _below(a.did_q, q) and (a.specificity or 0.0) >= settings.specificity
    aware_ok = (
        aw.mode == "joint"
        and rose
        and aw.share_low is not None
        and aw.share_low >= threshold
        and aw.unaware_dropped(p_level) is False
        and (aw.unaware_expected or 0.0) >= settings.unaware_min_expected
    )
    if patch_ok and aware_ok:
        verdict: Verdict = (
            "patch-driven" if scores.patch >= scores.awareness else "awareness-driven"
        )
        return Decision(verdict, causes, scores)
    if patch_ok:
        return Decision("patch-driven", causes, scores)
    if aware_ok:
        return Decision("awareness-driven", causes, scores)
    share_high = aw.share_high
    aware_excluded = aw.mode != "missing" and (
        not rose or (share_high is not None and share_high < threshold)
    )
    broad_ok = (
        _below(a.drop_q, q)
        and aware_excluded
        and a.control is not None
        and _below(a.control_drop_p, p_level)
        and (a.specificity or 0.0) < settings.specificity
    )
    if broad_ok:
        return Decision("broad-improvement", causes, scores)
    if not any(name in ("small-sample", "missing-data") for name, _ in causes):
        causes = causes + why_not(a, settings)
    return Decision("insufficient-evidence", causes, scores)


def _apply_bh(assessments: Sequence[Assessment]) -> None:
    """BH across environments, separately for the drop, DiD and awareness-rise families."""
    drops = [a for a in assessments if a.drop_p is not None]
    for a, qv in zip(drops, benjamini_hochberg([a.drop_p or 0.0 for a in drops]), strict=True):
        a.drop_q = qv
    dids = [a for a in assessments if a.targeted and a.did is not None]
    did_ps = [a.did.p if a.did is not None else 1.0 for a in dids]
    for a, qv in zip(dids, benjamini_hochberg(did_ps), strict=True):
        a.did_q = qv
    rises = [a for a in assessments if a.awareness.rise_p is not None]
    rise_ps = [a.awareness.rise_p or 0.0 for a in rises]
    for a, qv in zip(rises, benjamini_hochberg(rise_ps), strict=True):
        a.awareness_q = qv


def assess_all(
    results: pd.DataFrame,
    environments: Sequence[Environment],
    patches: Sequence[Patch],
    settings: AnalysisSettings,
    *,
    samples: SampleRows | pd.DataFrame | None = None,
    awareness: AwarenessSource | None = None,
) -> list[Assessment]:
    """Assess every environment and model line at or near zero, with BH applied.

    ``samples`` are read per model line (joint counts, and the paired test's counts of all its
    environments assessed), never as a whole (``tracker.analysis.sample_rows``).
    """
    missing = [c for c in REQUIRED_COLUMNS if c not in results.columns]
    if missing:
        raise ValueError(f"results table lacks columns {', '.join(missing)}")
    env_map = {e.env_id: e for e in environments}
    rows_of_samples = as_sample_rows(samples)
    rng = np.random.default_rng(0)  # change-point Monte Carlo only; fixed seed, reproducible
    assessments: list[Assessment] = []
    if results.empty:
        return assessments
    for model, model_rows in results.groupby("model", sort=True):
        runs_by_env: dict[str, list[RunCounts]] = run_counts_by_env(model_rows, rows_of_samples)
        found = {env_id: find_windows(runs, settings) for env_id, runs in runs_by_env.items()}
        # The paired test's counts of every environment of the line in one question.
        paired = None
        if rows_of_samples is not None:
            asked = {
                env_id: (pair.baseline.run_ids, pair.current.run_ids)
                for env_id, pair in found.items()
                if pair is not None and pair.baseline is not None
            }
            paired = paired_changes(rows_of_samples, str(model), asked)
        for env_id, windows in found.items():
            if windows is None:
                continue
            assessments.append(
                assess_environment(
                    env_id,
                    str(model),
                    windows,
                    runs_by_env,
                    env_map,
                    patches,
                    settings,
                    rows_of_samples,
                    rng,
                    awareness,
                    paired,
                )
            )
    _apply_bh(assessments)
    return assessments


NO_SPEC_HISTORY = (
    "no spec history was given, so no clause can have targeted it: nothing can be patch-driven"
)
"""The evidence sentence of every flag of a workspace without a spec repository."""


def flag_from(a: Assessment, settings: AnalysisSettings, spec_history: bool = True) -> Flag:
    """The output record of one assessment (``spec_history``: the workspace has a spec)."""
    decision = decide(a, settings)
    evidence = evidence_sentences(a, decision.verdict, settings)
    evidence.extend(text for name, text in decision.causes if name == "unlinked-patch")
    if not spec_history:
        evidence.append(NO_SPEC_HISTORY)
    # No baseline: the environment never sat above zero; an empty window says so honestly.
    baseline = (
        a.baseline.to_rate(settings.alpha)
        if a.baseline is not None
        else WindowRate(rate=None, x=0, n=0, upper=None, runs=[])
    )
    return Flag(
        env_id=a.env_id,
        model=a.model,
        verdict=decision.verdict,
        causes=[Cause(cause=name, evidence=text) for name, text in decision.causes],
        baseline=baseline,
        current=a.current.to_rate(settings.alpha),
        clauses=sorted({clause.clause_id for _, clause in a.clauses}),
        evidence=evidence,
        scores=decision.scores,
        notices=notices(a, settings),
        details=details(a),
    )


def compute_flags(
    results: pd.DataFrame,
    environments: Sequence[Environment],
    patches: Sequence[Patch],
    settings: AnalysisSettings,
    *,
    samples: SampleRows | pd.DataFrame | None = None,
    spec_history: bool = True,
    awareness: AwarenessSource | None = None,
) -> list[Flag]:
    """One flag per environment and model line whose current window is at or near zero.

    ``spec_history=False`` (a results-only workspace) says in every flag's evidence that nothing
    could be patch-driven because no spec history was given. ``awareness`` names the runs whose
    awareness labels the detector made (their awareness figures are corrected).
    """
    assessments = assess_all(
        results, environments, patches, settings, samples=samples, awareness=awareness
    )
    return [flag_from(a, settings, spec_history) for a in assessments]


@dataclass(frozen=True)
class MissingLink:
    """A clause of an unlinked spec change and a failure of the environment whose drop followed."""

    patch: Patch
    clause: PatchClause
    failure: Failure


def missing_link_candidates(
    assessments: Sequence[Assessment],
    failures: Sequence[Failure],
    settings: AnalysisSettings,
    lookback_days: int,
) -> list[MissingLink]:
    """The (clause, failure) pairs an ``unlinked-patch`` cause points at, for a person to judge.

    For each insufficient-evidence verdict with that cause: every candidate clause, paired with
    each failure of the environment observed within ``lookback_days`` before the clause's commit
    (the same candidates linking considers). Newest failures first within a clause.
    """
    found: list[MissingLink] = []
    seen: set[tuple[str, str, str]] = set()
    for a in assessments:
        if decide(a, settings).verdict != "insufficient-evidence":
            continue
        for patch, clause in unlinked_candidates(a, settings):
            earliest = patch.date - timedelta(days=lookback_days)
            prior = [
                f for f in failures if f.env_id == a.env_id and earliest <= f.date <= patch.date
            ]
            for failure in sorted(prior, key=lambda f: (f.date, f.failure_id), reverse=True):
                key = (patch.commit, clause.clause_id, failure.failure_id)
                if key not in seen:
                    seen.add(key)
                    found.append(MissingLink(patch, clause, failure))
    return found
