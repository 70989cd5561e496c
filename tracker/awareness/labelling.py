"""Label sample rows that have reasoning and no awareness label, and say where labels came from.

``apply_detector`` runs after ingest: each sample row whose ``aware`` is unknown and whose
``reasoning`` is not blank gets the detector's label, and each run x environment whose rows all
have a label now gets its aggregate ``aware`` and ``misbehaved_aware`` counts from those rows
(so the counts the analysis reads are the detected ones). The ``AwarenessSource`` it returns
names the detector and the sensitivity and specificity the analysis corrects with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from tracker.analysis.sample_rows import SampleRows, as_sample_rows
from tracker.awareness.cache import DetectionCache
from tracker.awareness.correction import corrected_share
from tracker.awareness.detector import Detector
from tracker.awareness.validation import Accuracy, accuracy_of, read_labels, shipped_accuracy
from tracker.numbers import format_interval, format_rate


@dataclass(frozen=True)
class AwarenessSource:
    """Where the awareness labels of detected runs came from, and how good the detector is."""

    detector_id: str
    accuracy: Accuracy
    detected_groups: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    """(run_id, env_id) whose awareness counts come (wholly or partly) from the detector."""
    detected_rows: int = 0
    detected_aware: int = 0

    def as_dict(self) -> dict[str, object]:
        share = corrected_share(self.detected_aware, self.detected_rows, self.accuracy)
        return {
            "from": "detector",
            "detector_id": self.detector_id,
            "detected_rows": self.detected_rows,
            "detected_aware": self.detected_aware,
            "detected_groups": len(self.detected_groups),
            "detected_share": share.detected,
            "corrected_share": share.corrected,
            "corrected_interval": [share.low, share.high],
            "accuracy": self.accuracy.as_dict(),
        }

    def describe(self) -> str:
        """One plain sentence for text outputs (untrusted parts are file names: escape them)."""
        share = corrected_share(self.detected_aware, self.detected_rows, self.accuracy)
        acc = self.accuracy
        return (
            f"Awareness of {self.detected_rows} sample rows with reasoning and no aware label "
            f"came from the detector {self.detector_id} ({len(self.detected_groups)} run x "
            f"environment groups): {self.detected_aware} detected aware, share "
            f"{format_rate(share.detected)}, corrected for misclassification "
            f"{format_rate(share.corrected)} (95% {format_interval(share.low, share.high)}) with "
            f"sensitivity {acc.sensitivity:.3f} "
            f"and specificity {acc.specificity:.3f} from the {acc.source}."
        )


def workspace_accuracy(
    detector: Detector, validation: Path | None, cache: DetectionCache | None = None
) -> Accuracy:
    """The validation set's figures when the workspace names one, else the shipped ones."""
    if validation is None:
        return shipped_accuracy()
    texts, truth = read_labels(validation)
    detected = detector.detect(texts, cache)
    return accuracy_of(detected, truth, f"validation set {validation}", detector.detector_id)


def apply_detector(
    samples: SampleRows | pd.DataFrame | None,
    results: pd.DataFrame,
    *,
    cache_dir: Path | None,
    validation: Path | None = None,
    detector: Detector | None = None,
    progress: Callable[[int], None] | None = None,
) -> AwarenessSource | None:
    """Fill unknown awareness from reasoning, in place; None when no row needed the detector.

    The rows to label are read in batches (``SampleRows.unlabelled_rows``), so only their
    positions and labels are kept; the counts of the groups they fall in are then recounted where
    the rows are.
    """
    table = as_sample_rows(samples)
    if table is None:
        return None
    cache: DetectionCache | None = None
    active: Detector | None = None
    positions: list[int] = []
    labels: list[bool] = []
    detected: dict[tuple[str, str], int] = {}
    done = 0
    for batch in table.unlabelled_rows():
        texts = batch["reasoning"].astype(str)
        batch = batch[texts.str.strip() != ""]
        if batch.empty:
            continue
        if active is None:  # the first texts to label: a table with none never loads the model
            active = detector or Detector()
            if cache_dir is not None:
                cache = DetectionCache(cache_dir, active.detector_id)
        found = active.detect(
            batch["reasoning"].astype(str).tolist(),
            cache,
            None if progress is None else _offset(progress, done),
            save=False,  # once, after the last batch
        )
        done += len(batch)
        positions.extend(int(r) for r in batch["row"])
        labels.extend(bool(v) for v in found)
        for run, env in zip(batch["run_id"], batch["env_id"], strict=True):
            key = (str(run), str(env))
            detected[key] = detected.get(key, 0) + 1
    if cache is not None and positions:
        cache.save()
    if active is None:
        return None
    table.set_detected(positions, labels, f"detector:{active.detector_id}")
    _recount(table, results, detected, active.detector_id)
    return AwarenessSource(
        detector_id=active.detector_id,
        accuracy=workspace_accuracy(active, validation, cache),
        detected_groups=frozenset(detected),
        detected_rows=len(positions),
        detected_aware=int(np.count_nonzero(labels)),
    )


def _offset(progress: Callable[[int], None], done: int) -> Callable[[int], None]:
    """``progress`` counting on from the rows of earlier batches."""
    return lambda count: progress(done + count)


def _recount(
    samples: SampleRows,
    results: pd.DataFrame,
    detected: dict[tuple[str, str], int],
    detector_id: str,
) -> None:
    """Aggregate awareness counts of the ``detected`` groups (rows labelled by the detector in
    each) from their sample rows (row counts, as ingest), left unknown where some row still has
    no label."""
    counts = samples.awareness_counts(list(detected)).set_index(["run_id", "env_id"])
    labelled = counts["rows"] - pd.Series(
        [detected.get((str(r), str(e)), 0) for r, e in counts.index], index=counts.index
    )
    counts = counts.assign(labelled=labelled)
    counts = counts[counts["unknown"] == 0]
    where = pd.MultiIndex.from_arrays([results["run_id"], results["env_id"]])
    found = counts.reindex(where)
    known = found["aware"].notna().to_numpy()
    if known.any():
        results.loc[known, "aware"] = found["aware"].to_numpy()[known].astype("int64")
        results.loc[known, "misbehaved_aware"] = found["both"].to_numpy()[known].astype("int64")
        if "aware_source" in results.columns:  # provenance column of ingest, when it has one
            mixed = found["labelled"].to_numpy()[known] > 0
            results.loc[known, "aware_source"] = np.where(mixed, "mixed", f"detector:{detector_id}")
