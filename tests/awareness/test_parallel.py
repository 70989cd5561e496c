"""Labelling split over worker processes gives the labels one process gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tracker.awareness import corpus, parallel
from tracker.awareness.cache import DetectionCache
from tracker.awareness.detector import BATCH, Detector


def test_worker_processes_label_as_one_process_does(tmp_path: Path) -> None:
    rows = corpus.labelled_texts(corpus.FIT_STYLES[:12], 250, 31)
    texts = [text for _, text, _ in rows]
    assert len(texts) >= parallel.MIN_TEXTS
    assert parallel.WORKERS > 1
    detector = Detector()
    serial = np.concatenate(
        [detector.detect_batch(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
    )
    parallel.shutdown()
    cache = DetectionCache(tmp_path, detector.detector_id)
    found = detector.detect(texts, cache)
    assert parallel._pool is not None, "the workers were not used"
    assert (found == serial).all()
    assert serial.any()
    assert not serial.all()
    # every label is now cached: the second call asks no worker
    parallel.shutdown()
    again = detector.detect(texts, DetectionCache(tmp_path, detector.detector_id))
    assert parallel._pool is None
    assert (again == serial).all()
