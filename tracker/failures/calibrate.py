"""Refit the link probability model: ``python -m tracker.failures.calibrate`` (from the repo root).

Fits a logistic regression (scikit-learn) on every candidate pair of labelled generated
histories and writes ``tracker/failures/calibration.json``, which linking reads; nothing is
fitted at run time. The histories come from the test generators (``tests/failures``), so run
it from a checkout. The fit uses FIT_STYLES and FIT_SEEDS only; the benchmark
(tests/perf/bench_links.py) reports on other seeds and on the held-out styles.
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


def fit(features: np.ndarray, labels: np.ndarray) -> Calibration:
    """Standardise, then an L2 logistic regression (C = 1)."""
    from sklearn.linear_model import LogisticRegression

    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit((features - mean) / scale, labels)
    return Calibration(
        mean=mean,
        scale=scale,
        coef=model.coef_[0].astype(np.float64),
        intercept=float(model.intercept_[0]),
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
