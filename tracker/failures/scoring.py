"""Whether a changed clause answers a failure: evidence per candidate pair, then a probability.

For one version, the candidates of each clause it adds or modifies are the failures observed in
the ``lookback_days`` before it. Each (clause, failure) pair gets the evidence a careful reviewer
weighs (``FEATURES``):

- ``cosine``: the sentence model's similarity of the clause's new text and the failure;
- ``bm25``: BM25 of the clause's new text against the failure, as the share of the clause's
  word weight the failure matches (``tracker.failures.lexical.matched_share``);
- ``standout``: how far the pair's fused score (the hub-corrected cosine, below, +
  LEXICAL_WEIGHT x bm25) stands above the clause's other candidates (plus a fixed background of
  typical unrelated pairs, so a window of a few candidates that all fit is not averaged away),
  in standard deviations; a window of fewer than POOLED_WINDOW candidates is measured against a
  typical window instead of its own spread;
- ``log_rank``: log(1 + the failure's rank among the clause's candidates), 0 for the best;
- ``margin``: cosine to this clause minus the best cosine to any rival text (the version's other
  changed clauses, its unchanged clauses, and a modified clause's old text): a failure that an
  older clause already answers did not prompt this change. As z-scores over the version's pairs:
  how far a cosine lead goes depends on who wrote clause and failure, its rank in the version
  does less (on the dev split, oncall seeds 50-57, recall 0.162 -> 0.186 at precision
  0.526 -> 0.523; named precision 0.919 -> 0.941);
- ``best_changed``: 1 when this clause is the failure's best match among the clauses the version
  changed;
- ``env_support``: log(1 + how many other failures of the same environment also stand out for
  this clause (standout >= 1) and have it as their best changed clause): a recurring incident;
- ``log_days``: log(1 + days from the failure to the commit);
- ``env_before``: log(1 + how many failures the same environment had in the ``lookback_days``
  before the window): a chronic environment, failing at its usual rate before and during the
  window, did not prompt this change; a new incident did (dev, oncall seeds 50-57, with
  ``lead_elsewhere``: recall 0.186 -> 0.332 at precision 0.523 -> 0.680; alone 0.257 / 0.633);
- ``lead_elsewhere``: the pair's standout minus the failure's best standout for any other
  change it is a candidate of, in this version or another (0 when it is no other change's
  candidate): a failure answered by the clause of a later version, or by a sibling change,
  is not this change's (``cross_version_leads``; alone: dev oncall recall 0.186 -> 0.211).

The hub-corrected cosine (cross-domain similarity local scaling, CSLS, halved) is the cosine
minus half of the failure's mean cosine to its HUB_NEIGHBOURS nearest clause texts of the
version (changed and unchanged) and half of the clause's mean cosine to its HUB_NEIGHBOURS
nearest candidates. A generic failure ("refused to explain how vaccines work") sits close to
every rule and a generic rule close to every failure; with clause and failure written by
different people such hubs, not the answer, top the raw cosine. Measured on the dev split
(tests/failures/splits.py; oncall, seeds 50-57), the mean average precision of the true
failures among their clause's candidates: raw cosine 0.546, hub-corrected 0.583.

A logistic model turns them into a probability, fitted on labelled generated histories by
``python -m tracker.failures.calibrate`` (coefficients in ``calibration.json``; never fitted at
run time). ``LinkSettings.threshold`` and ``high_confidence`` are in these probability units.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]

FEATURES = (
    "cosine",
    "bm25",
    "standout",
    "log_rank",
    "margin",
    "best_changed",
    "env_support",
    "log_days",
    "env_before",
    "lead_elsewhere",
)
LEXICAL_WEIGHT = 0.3
"""Weight of the BM25 matched share beside the hub-corrected cosine in the fused score."""
HUB_NEIGHBOURS = 10
"""Neighbours averaged for the hub correction of the cosine (the usual CSLS choice)."""
TYPICAL_COSINE = 0.11
"""Raw cosine of a typical unrelated pair (the median of the fit's false pairs is 0.109): the
neighbour a hub correction assumes where a window or a version has fewer than HUB_NEIGHBOURS."""
BACKGROUND_SCORE = -0.1
"""Fused score of a typical unrelated pair: the median of the fit's false pairs (-0.094 on
styles named and oncall, seeds 0-7; the true pairs' median is 0.220)."""
BACKGROUND_COUNT = 20
"""Pseudo-candidates at BACKGROUND_SCORE added to every window when measuring ``standout``."""
POOLED_WINDOW = 40
"""A window of fewer candidates is measured against a typical window (BACKGROUND_SCORE,
TYPICAL_SPREAD) rather than its own spread: a typical window holds 40-60 candidates."""
TYPICAL_SPREAD = 0.1
"""Standard deviation of the fused scores of a typical window: the median over the fit's
windows of at least POOLED_WINDOW candidates (0.0999 on styles named and oncall, seeds 0-7)."""
MATCH_LEXICAL_WEIGHT = 0.2
"""``links match``: weight of BM25's z-score beside the dense z-score (OpenAI Model Spec task)."""
CALIBRATION = Path(__file__).with_name("calibration.json")


@dataclass(frozen=True)
class Calibration:
    """A fitted logistic model over FEATURES (standardised first)."""

    mean: Floats
    scale: Floats
    coef: Floats
    intercept: float

    def probability(self, features: Floats) -> Floats:
        """P(the pair is a true link) for features of shape (..., len(FEATURES))."""
        logits = ((features - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -40.0, 40.0)))

    def to_json(self, **extra: object) -> str:
        payload: dict[str, object] = {
            "features": list(FEATURES),
            "mean": self.mean.round(6).tolist(),
            "scale": self.scale.round(6).tolist(),
            "coef": self.coef.round(6).tolist(),
            "intercept": round(self.intercept, 6),
            **extra,
        }
        return json.dumps(payload, indent=2) + "\n"


@lru_cache(maxsize=1)
def load_calibration(path: Path = CALIBRATION) -> Calibration:
    """The shipped coefficients; their feature list must be this module's."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    if tuple(payload["features"]) != FEATURES:
        raise RuntimeError(
            f"{path} was fitted on features {payload['features']}, this code computes "
            f"{list(FEATURES)}: refit with python -m tracker.failures.calibrate"
        )
    return Calibration(
        mean=np.asarray(payload["mean"], dtype=np.float64),
        scale=np.asarray(payload["scale"], dtype=np.float64),
        coef=np.asarray(payload["coef"], dtype=np.float64),
        intercept=float(payload["intercept"]),
    )


def pair_features(
    cosines: Floats,
    bm25: Floats,
    rival_cosines: Floats,
    days: Floats,
    env_codes: npt.NDArray[np.int64],
    clause_cosines: Floats,
    env_before: Floats | None = None,
) -> Floats:
    """Evidence of every (changed clause, candidate failure) pair of one version.

    ``cosines`` and ``bm25`` (matched shares) are changes x candidates; ``rival_cosines``
    is, per change, the best cosine of each candidate to a rival text (changes x candidates);
    ``days`` and ``env_codes`` are per candidate; ``clause_cosines`` are the cosines of every
    clause text of the version (changed and unchanged) to each candidate (texts x candidates),
    for the hub correction; ``env_before`` per candidate, the failures of its environment in the
    lookback period before the window (None: none). Returns changes x candidates x FEATURES,
    ``lead_elsewhere`` measured against this version's other changes only
    (``cross_version_leads`` widens it to every version).
    """
    changes, count = cosines.shape
    fused = hub_corrected(cosines, clause_cosines) + LEXICAL_WEIGHT * bm25
    if count >= POOLED_WINDOW:
        # Standing out is measured against the window plus BACKGROUND_COUNT pseudo-candidates at
        # BACKGROUND_SCORE (a typical unrelated failure).
        background = np.full((changes, BACKGROUND_COUNT), BACKGROUND_SCORE)
        pooled = np.concatenate([fused, background], axis=1)
        centre = pooled.mean(axis=1, keepdims=True)
        spread = pooled.std(axis=1, keepdims=True)
    else:
        # A smaller window has too few unrelated candidates to measure a spread: padded with
        # pseudo-candidates at one score (as it was), its only variance is its true pairs' own,
        # so two strong answers in a window of five hold each other's standout under 3 (the
        # monitoring-hook sample of tests/failures/workspace_builder.py fell to P 0.61 beside
        # F-2). It is measured against a typical window's unrelated pairs instead.
        centre = np.full((changes, 1), BACKGROUND_SCORE)
        spread = np.full((changes, 1), TYPICAL_SPREAD)
    standout = np.divide(fused - centre, spread, out=np.zeros_like(fused), where=spread > 1e-9)
    ranks = np.argsort(np.argsort(-fused, axis=1, kind="stable"), axis=1).astype(np.float64)
    # Other changed clauses of the version are rivals too.
    if changes > 1:
        others = np.stack(
            [np.delete(cosines, row, axis=0).max(axis=0) for row in range(changes)], axis=0
        )
        rivals = np.maximum(rival_cosines, others)
    else:
        rivals = rival_cosines
    # z-scored over the version (a version with one pair gets 0): module docstring.
    lead = cosines - rivals
    margin = (lead - lead.mean()) / max(float(lead.std()), 1e-9)
    best_changed = (fused >= fused.max(axis=0, keepdims=True)).astype(np.float64)
    standing = (best_changed > 0) & (standout >= 1.0)
    envs = np.zeros((count, int(env_codes.max(initial=0)) + 1))
    envs[np.arange(count), env_codes] = 1.0
    per_env = standing.astype(np.float64) @ envs
    support = per_env[:, env_codes] - standing
    before = np.zeros(count) if env_before is None else np.maximum(env_before, 0.0)
    stacked = np.stack(
        [
            cosines,
            bm25,
            standout,
            np.log1p(ranks),
            margin,
            best_changed,
            np.log1p(support),
            np.broadcast_to(np.log1p(np.maximum(days, 0.0)), (changes, count)),
            np.broadcast_to(np.log1p(before), (changes, count)),
            standout - _best_other_row(standout),
        ],
        axis=-1,
    )
    return stacked.astype(np.float64)


LEAD = FEATURES.index("lead_elsewhere")
STANDOUT = FEATURES.index("standout")


def _best_other_row(values: Floats) -> Floats:
    """Per cell, the column's largest value in the other rows (0 for a single row)."""
    if values.shape[0] < 2:
        return np.zeros_like(values)
    order = np.sort(values, axis=0)
    top, second = order[-1], order[-2]
    result: Floats = np.where(values >= top[None, :], second[None, :], top[None, :])
    return result


def cross_version_leads(
    features: list[Floats], windows: list[tuple[int, int]], failures: int
) -> None:
    """Set ``lead_elsewhere`` of every version's pairs (in place) against every other change.

    ``features[g]`` holds version g's pairs (changes x candidates x FEATURES) whose candidates
    are the failures ``windows[g][0]`` to ``windows[g][1] - 1`` of ``failures`` in all. A
    failure's rival standout is its best for any other (version, change) whose window holds it;
    0 when none does (a typical unrelated pair's standout).
    """
    if not features:
        return
    index = np.concatenate(
        [
            np.broadcast_to(np.arange(start, stop), block.shape[:2]).ravel()
            for block, (start, stop) in zip(features, windows, strict=True)
        ]
    )
    value = np.concatenate([block[..., STANDOUT].ravel() for block in features])
    top = np.full(failures, -np.inf)
    np.maximum.at(top, index, value)
    holds_top = value >= top[index]
    # A failure whose best standout two changes share has that standout as its second best too.
    holders = np.bincount(index, weights=holds_top.astype(np.float64), minlength=failures)
    second = np.full(failures, -np.inf)
    np.maximum.at(second, index, np.where(holds_top, -np.inf, value))
    second = np.where(holders >= 2, top, second)
    # No other change holds the failure: the rival is a typical unrelated pair's standout, 0.
    second[np.isneginf(second)] = 0.0
    rival = np.where(holds_top, second[index], top[index])
    lead = value - rival
    position = 0
    for block in features:
        size = block.shape[0] * block.shape[1]
        block[..., LEAD] = lead[position : position + size].reshape(block.shape[:2])
        position += size


def hub_corrected(cosines: Floats, clause_cosines: Floats) -> Floats:
    """``cosines`` (changes x candidates) minus half of each candidate's mean cosine to its
    HUB_NEIGHBOURS nearest rows of ``clause_cosines`` and half of each change's mean cosine to
    its HUB_NEIGHBOURS nearest candidates (CSLS, halved, so the scale stays a cosine's)."""
    if not cosines.size:
        return cosines.copy()
    # Fewer than HUB_NEIGHBOURS neighbours are padded with TYPICAL_COSINE: a window of three
    # candidates that all answer the clause must not have the clause's level set by them alone.
    hub = _nearest_mean(clause_cosines, axis=0)
    level = _nearest_mean(cosines, axis=1)
    corrected: Floats = cosines - 0.5 * (hub[None, :] + level[:, None])
    return corrected


def _nearest_mean(cosines: Floats, axis: int) -> Floats:
    """Mean of the HUB_NEIGHBOURS largest values along ``axis``, padded with TYPICAL_COSINE."""
    padding = max(HUB_NEIGHBOURS - cosines.shape[axis], 0)
    shape = list(cosines.shape)
    shape[axis] = padding
    padded = np.concatenate([cosines, np.full(shape, TYPICAL_COSINE)], axis=axis)
    top = -np.sort(-padded, axis=axis).take(np.arange(HUB_NEIGHBOURS), axis=axis)
    result: Floats = top.mean(axis=axis)
    return result


def zscores(scores: Floats) -> Floats:
    """Each row as z-scores (a constant row becomes zeros)."""
    spread = scores.std(axis=1, keepdims=True)
    centred = scores - scores.mean(axis=1, keepdims=True)
    result: Floats = np.divide(centred, spread, out=np.zeros_like(centred), where=spread > 1e-12)
    return result


def fuse_for_matching(cosines: Floats, bm25: Floats) -> Floats:
    """``links match`` ranking: dense and BM25 z-scores per failure, BM25 weighted down."""
    return zscores(cosines) + MATCH_LEXICAL_WEIGHT * zscores(bm25)
