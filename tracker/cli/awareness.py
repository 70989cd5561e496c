"""``specdrift awareness``: the built-in detector of verbalised evaluation awareness.

``awareness validate LABELS.csv`` prints the detector's sensitivity and specificity on a
labelled set with exact (Clopper-Pearson) 95% intervals; ``awareness figures`` prints the ones
the detector ships (its held-out styles), which the analysis uses unless the workspace names a
validation set; ``awareness detect`` labels texts given as arguments or one per line on stdin.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from tracker.cli.common import emit_json, format_option, stdout_console
from tracker.numbers import format_count


@click.group()
def awareness() -> None:
    """The offline detector of verbalised evaluation awareness (docs/awareness.md)."""


def _print_accuracy(figures: dict[str, Any], title: str) -> None:
    console = stdout_console()
    console.print(f"[bold]{escape(title)}[/]")
    se_low, se_high = figures["sensitivity_interval"]
    sp_low, sp_high = figures["specificity_interval"]
    console.print(
        f"detector {escape(str(figures['detector_id']))}; source: {escape(str(figures['source']))}"
    )
    console.print(
        f"sensitivity {figures['sensitivity']:.3f} "
        f"({format_count(figures['true_positives'])}/{format_count(figures['positives'])} "
        "aware texts detected), "
        f"exact 95% interval [{se_low:.3f}, {se_high:.3f}]"
    )
    console.print(
        f"specificity {figures['specificity']:.3f} "
        f"({format_count(figures['true_negatives'])}/{format_count(figures['negatives'])} "
        "unaware texts passed), "
        f"exact 95% interval [{sp_low:.3f}, {sp_high:.3f}]"
    )


@awareness.command()
@click.argument("labels", type=click.Path(path_type=Path, dir_okay=False))
@format_option("text", "json")
def validate(labels: Path, output_format: str) -> None:
    """Sensitivity and specificity of the detector on LABELS.csv (columns text and label).

    label is true/false, 1/0, yes/no or aware/unaware (Inspect Scout's ``target`` column is read
    as label). Prints the counts, both rates with exact (Clopper-Pearson) 95% intervals and the
    detector id; --format json prints the same as one object.
    """
    from tracker.awareness.detector import Detector
    from tracker.awareness.validation import accuracy_of, read_labels

    texts, truth = read_labels(labels)
    detector = Detector()
    detected = detector.detect(texts)
    found = accuracy_of(detected, truth, f"validation set {labels}", detector.detector_id)
    if output_format == "json":
        emit_json(found.as_dict())
        return
    _print_accuracy(found.as_dict(), f"{labels}: {len(texts)} labelled texts")


@awareness.command()
@format_option("text", "json")
def figures(output_format: str) -> None:
    """The detector's shipped figures on its held-out styles (and, for reference, fit styles)."""
    from tracker.awareness.detector import load_figures
    from tracker.awareness.validation import shipped_accuracy

    shipped = load_figures()
    if output_format == "json":
        emit_json(shipped)
        return
    # What the correction uses: the held-out counts shrunk to the spread between styles.
    _print_accuracy(shipped_accuracy().as_dict(), "Used to correct detected rates")
    for part, title in (
        ("held_out", "Held-out styles (pooled texts)"),
        ("fit", "Fit styles (in-sample, for reference)"),
    ):
        found = dict(shipped[part])
        found["detector_id"] = shipped["detector_id"]
        found["source"] = ", ".join(
            shipped["held_out_styles" if part == "held_out" else "fit_styles"]
        )
        _print_accuracy(found, title)


@awareness.command()
@click.argument("texts", nargs=-1)
@format_option("text", "json")
def detect(texts: tuple[str, ...], output_format: str) -> None:
    """Label TEXTS (or stdin, one text per line): aware or not, with the sentence that fired."""
    from tracker.awareness.detector import Detector

    items = list(texts) or [line.rstrip("\n") for line in sys.stdin if line.strip()]
    detector = Detector()
    labels = detector.detect(items)
    threshold = detector.weights.threshold
    rows = []
    for text, label in zip(items, labels.tolist(), strict=True):
        scored = detector.sentence_probabilities(text)
        best = max(scored, key=lambda pair: pair[1], default=("", 0.0))
        rows.append(
            {
                "text": text,
                "aware": bool(label),
                "sentence": best[0] if best[1] >= threshold else None,
                "probability": best[1],
            }
        )
    if output_format == "json":
        emit_json({"detector_id": detector.detector_id, "texts": rows})
        return
    console = stdout_console()
    for row in rows:
        mark = "aware" if row["aware"] else "not aware"
        why = f" ({escape(str(row['sentence']))})" if row["sentence"] else ""
        console.print(f"{mark}{why}: {escape(str(row['text']))[:120]}")
    console.print(f"detector {escape(detector.detector_id)}")


COMMANDS: list[click.Command] = [awareness]
