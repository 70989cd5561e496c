"""Refit the link probability model: ``python -m tracker.failures.calibrate`` (from the repo root).

Fits a logistic regression (L2, C = 1; scipy's L-BFGS-B, each weight's sign bounded by
SIGNS) on every candidate pair of labelled generated histories and writes
``tracker/failures/calibration.json``, which linking reads; nothing is fitted at run time. The
histories come from the test generators (``tests/failures``), so run it from a checkout. The
fit uses FIT_STYLES and FIT_SEEDS only; the benchmark (tests/perf/bench_links.py) reports on
other seeds and on the held-out styles (tests/failures/splits.py holds the split).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from tracker.failures.scoring import CALIBRATION, FEATURES, Calibration
from tracker.settings import LinkSettings

FIT_STYLES = ("named", "oncall")
"""Styles fitted on: the generator's own (clauses name their incident) and incident-log lines."""
HELD_OUT_STYLES = ("evaluator", "transcript")
"""Styles never fitted on (reported by the benchmark)."""
FIT_SEEDS = range(8)


def labelled_rows(
    styles: Sequence[str],
    seeds: Sequence[int],
    settings: LinkSettings,
    cache_dir: Path | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Features and 0/1 labels of every candidate pair of the generated histories."""
    try:
        from tests.failures.histories import make_history
    except ImportError as error:  # the generators live in the test tree, not the package
        raise SystemExit(
            f"cannot import the generated histories ({error}); run from the repository root"
        ) from error
    from tracker.failures.embeddings import Encoder
    from tracker.failures.linking import candidate_rows

    encoder = Encoder(settings.model, cache_dir)
    features: list[np.ndarray] = []
    labels: list[int] = []
    for style in styles:
        for seed in seeds:
            history = make_history(style, seed)
            for clause_id, failure_id, commit, vector in candidate_rows(
                history.versions, history.lineage, history.failures, settings, encoder=encoder
            ):
                features.append(vector)
                labels.append(int((clause_id, failure_id, commit) in history.truth))
    return np.asarray(features), np.asarray(labels)


SIGNS = {
    "cosine": 1,
    "bm25": 1,
    "standout": 1,
    "log_rank": -1,
    "margin": 1,
    "best_changed": 1,
    "env_support": 1,
    "log_days": 0,
    "env_before": -1,
    "lead_elsewhere": 1,
}
"""The direction each feature's weight may take (0: either). More of a kind of evidence never
lowers the probability: an unconstrained fit gave the cosine a negative weight (it is collinear
with the standout in the fit's windows), which turned a window of near-identical true pairs,
more similar than any pair fitted on, into a low probability."""


def fit(features: np.ndarray, labels: np.ndarray) -> Calibration:
    """Standardise, then an L2 logistic regression (C = 1) with the weights' signs of SIGNS
    (L-BFGS-B with bounds)."""
    from scipy.optimize import minimize

    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale < 1e-9] = 1.0
    standard = (features - mean) / scale
    target = labels.astype(np.float64)

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        weights, intercept = params[:-1], params[-1]
        logits = standard @ weights + intercept
        # log(1 + e^z) - y z, summed (scikit-learn's C = 1 objective: 0.5 |w|^2 + sum of losses).
        value = float(np.logaddexp(0.0, logits).sum() - target @ logits + 0.5 * weights @ weights)
        residual = 1.0 / (1.0 + np.exp(-logits)) - target
        gradient = np.append(standard.T @ residual + weights, residual.sum())
        return value, gradient

    bounds = [
        (0.0, None) if SIGNS[name] > 0 else (None, 0.0) if SIGNS[name] < 0 else (None, None)
        for name in FEATURES
    ] + [(None, None)]
    result = minimize(loss, np.zeros(len(FEATURES) + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return Calibration(
        mean=mean,
        scale=scale,
        coef=result.x[:-1].astype(np.float64),
        intercept=float(result.x[-1]),
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--styles", default=",".join(FIT_STYLES))
    parser.add_argument("--seeds", type=int, default=len(FIT_SEEDS), help="seeds 0..N-1")
    parser.add_argument("--output", type=Path, default=CALIBRATION)
    parser.add_argument("--cache", type=Path, default=None, help="embedding cache folder")
    args = parser.parse_args(argv)
    styles = tuple(args.styles.split(","))
    seeds = range(args.seeds)
    features, labels = labelled_rows(styles, seeds, LinkSettings(), args.cache)
    calibration = fit(features, labels)
    args.output.write_text(
        calibration.to_json(
            fitted_on=f"styles {', '.join(styles)}; seeds {seeds.start}-{seeds.stop - 1}",
            pairs=len(labels),
            true_pairs=int(labels.sum()),
        ),
        encoding="utf-8",
    )
    weights = ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, calibration.coef, strict=True))
    print(f"{len(labels)} pairs ({labels.sum()} true); weights: {weights}", file=sys.stderr)


if __name__ == "__main__":
    main()
