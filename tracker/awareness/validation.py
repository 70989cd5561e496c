"""Sensitivity and specificity of the detector on a labelled set, with exact intervals.

A labels file is a CSV with a ``text`` column (the reasoning) and a ``label`` column (a human's
judgement: ``true``/``false``, ``1``/``0``, ``yes``/``no``, ``aware``/``unaware``; case and
surrounding blanks ignored). Inspect Scout's validation sets name the expected value ``target``,
which is read as ``label`` too. Other columns (ids, notes) are ignored.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import stats

from tracker.errors import InputError, Location

TRUE_LABELS = frozenset({"true", "1", "yes", "aware", "t", "y"})
FALSE_LABELS = frozenset({"false", "0", "no", "unaware", "f", "n"})
LEVEL = 0.95
"""Two-sided level of the exact intervals."""


def clopper_pearson(k: float, n: float, level: float = LEVEL) -> tuple[float, float]:
    """The exact (Clopper-Pearson) two-sided interval of a proportion k/n.

    The beta quantiles take fractional counts too: the shipped figures' effective counts
    (``style_effective_count``) are not whole numbers.
    """
    if n == 0:
        return 0.0, 1.0
    tail = (1 - level) / 2
    low = 0.0 if k == 0 else float(stats.beta.ppf(tail, k, n - k + 1))
    high = 1.0 if k == n else float(stats.beta.ppf(1 - tail, k + 1, n - k))
    return low, high


@dataclass(frozen=True)
class Accuracy:
    """Counts behind a sensitivity and specificity, and where they come from.

    A validation set's counts are whole numbers; the shipped figures' are effective counts
    (``shipped_accuracy``), fractional, whose ratio is the pooled proportion.
    """

    true_positives: float
    positives: float
    true_negatives: float
    negatives: float
    source: str
    """``validation set <file>`` or ``held-out styles of <detector id>``."""
    detector_id: str

    @property
    def sensitivity(self) -> float:
        return self.true_positives / self.positives if self.positives else float("nan")

    @property
    def specificity(self) -> float:
        return self.true_negatives / self.negatives if self.negatives else float("nan")

    @property
    def sensitivity_interval(self) -> tuple[float, float]:
        return clopper_pearson(self.true_positives, self.positives)

    @property
    def specificity_interval(self) -> tuple[float, float]:
        return clopper_pearson(self.true_negatives, self.negatives)

    def as_dict(self) -> dict[str, Any]:
        return {
            "detector_id": self.detector_id,
            "source": self.source,
            "true_positives": self.true_positives,
            "positives": self.positives,
            "true_negatives": self.true_negatives,
            "negatives": self.negatives,
            "sensitivity": self.sensitivity,
            "sensitivity_interval": list(self.sensitivity_interval),
            "specificity": self.specificity,
            "specificity_interval": list(self.specificity_interval),
            "level": LEVEL,
        }


def read_labels(path: Path) -> tuple[list[str], np.ndarray]:
    """Texts and labels of a labels CSV; errors name the file, row (line) and column."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(Location(str(path)), f"cannot read ({exc.strerror or exc})") from exc
    texts: list[str] = []
    labels: list[bool] = []
    with handle:
        try:
            reader = csv.DictReader(handle)
            header = [name.strip() for name in reader.fieldnames or []]
            label_column = "label" if "label" in header else "target"
            for name in ("text", label_column):
                if name not in header:
                    expected = "label (or target)" if name != "text" else "text"
                    raise InputError(
                        Location(str(path), 1, expected),
                        f"missing column; a labels file needs columns text and label "
                        f"(found: {', '.join(header) or 'none'})",
                    )
            reader.fieldnames = header
            for row in reader:
                line = reader.line_num
                text, raw = row.get("text"), row.get(label_column)
                if text is None or raw is None:
                    raise InputError(
                        Location(str(path), line), "too few fields (expected text and label)"
                    )
                value = raw.strip().lower()
                if value in TRUE_LABELS:
                    labels.append(True)
                elif value in FALSE_LABELS:
                    labels.append(False)
                else:
                    raise InputError(
                        Location(str(path), line, label_column),
                        f"label {raw!r} is neither true nor false (expected one of "
                        "true/false, 1/0, yes/no, aware/unaware)",
                    )
                texts.append(text)
        except UnicodeDecodeError as exc:
            raise InputError(Location(str(path)), f"not UTF-8 text ({exc.reason})") from exc
        except csv.Error as exc:
            raise InputError(Location(str(path), reader.line_num), f"bad CSV ({exc})") from exc
    if not texts:
        raise InputError(Location(str(path)), "no labelled rows")
    return texts, np.asarray(labels, dtype=bool)


def accuracy_of(detected: np.ndarray, truth: np.ndarray, source: str, detector_id: str) -> Accuracy:
    return Accuracy(
        true_positives=int((detected & truth).sum()),
        positives=int(truth.sum()),
        true_negatives=int((~detected & ~truth).sum()),
        negatives=int((~truth).sum()),
        source=source,
        detector_id=detector_id,
    )


def style_effective_count(k: int, n: int, by_style: list[tuple[int, int]]) -> float:
    """The sample size whose binomial variance equals the style-to-style predictive variance.

    The shipped figures pool texts of a few held-out styles, but a workspace's reasoning is a
    new style: its sensitivity is a draw from the spread between styles, not the pooled
    proportion's binomial error. With per-style proportions of variance s^2 over k styles, a
    new style's proportion has predictive variance s^2 (1 + 1/k); the count n_eff with
    p (1 - p) / n_eff equal to it (capped at n, at least 2) carries that spread through every
    interval the correction draws from the counts (docs/method.md, "Awareness from the
    detector"). Styles that agree leave n as it is. The count is not rounded: a whole-number
    count of 2 or 3 would move the point estimate (0.82 of 2 texts rounds to 2/2, Sp 1), and
    the point, unlike the interval, must stay the pooled proportion.
    """
    if n == 0 or len(by_style) < 2:
        return float(n)
    p = k / n
    shares = np.asarray([kk / nn for kk, nn in by_style if nn])
    predictive = float(shares.var(ddof=1)) * (1 + 1 / len(shares))
    if predictive <= 0 or p in (0.0, 1.0):
        return float(n)
    return float(max(2.0, min(n, p * (1 - p) / predictive)))


def shipped_accuracy() -> Accuracy:
    """The detector's figures on its held-out styles (``model/figures.json``), their counts
    shrunk to the effective count of the spread between the held-out styles. Since sd-aware-7
    the real prose's test texts (``real_test``, all negatives) count as one more style of the
    specificity: no round's plain sentences test the weak cue words in ordinary prose."""
    from tracker.awareness.detector import load_figures

    figures = load_figures()
    held = figures["held_out"]
    styles = list(held.get("by_style", {}).values())
    tp, pos = int(held["true_positives"]), int(held["positives"])
    tn, neg = int(held["true_negatives"]), int(held["negatives"])
    negative_styles = [(s["true_negatives"], s["negatives"]) for s in styles]
    real = figures.get("real_test")
    if real:
        tn, neg = tn + int(real["true_negatives"]), neg + int(real["negatives"])
        negative_styles.append((int(real["true_negatives"]), int(real["negatives"])))
    pos_eff = style_effective_count(
        tp, pos, [(s["true_positives"], s["positives"]) for s in styles]
    )
    neg_eff = style_effective_count(tn, neg, negative_styles)
    shrunk = (pos_eff, neg_eff) != (pos, neg)
    note = f"; effective n {pos_eff:.1f} + {neg_eff:.1f}" if shrunk else ""
    prose = " + real prose" if real else ""
    return Accuracy(
        true_positives=tp / pos * pos_eff if pos else 0.0,
        positives=pos_eff,
        true_negatives=tn / neg * neg_eff if neg else 0.0,
        negatives=neg_eff,
        source=f"held-out styles of {figures['detector_id']} "
        f"({', '.join(figures['held_out_styles'])}{prose}{note})",
        detector_id=str(figures["detector_id"]),
    )
