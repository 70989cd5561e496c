"""Labelling on every core: the detector's texts split over worker processes.

The detector is pure Python regular expressions for the most part (the cue scan, the lexicon
features of each unit), which hold the GIL, so threads do not help; processes do. On the
2-core machine the issue's bench runs on, one process labelled 4,200 texts per CPU second with
sd-aware-11 (docs/awareness.md, "Speed"), under the goal of 5,000. Workers are started once
per process and weights and kept for later calls, because the bench and the workspace both
label in chunks. They are forked, not spawned: a spawned worker imports the caller's main
module again, which fails in any script that labels texts without an ``if __name__ ==
"__main__"`` guard. The tokenizer's own thread pool is switched off first
(``TOKENIZERS_PARALLELISM``), as the tokenizers library asks of a process that forks.
A text's label depends only on its own sentences, so how the texts are split does not change
any label.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tracker.awareness.detector import Detector, Weights

WORKERS = min(2, os.cpu_count() or 1)
"""Worker processes (the issue's machine has 2 cores; more would only queue)."""
MIN_TEXTS = 1024
"""Fewer texts to label than this are labelled in the calling process: starting the workers
(about 2 s, once) and sending them the texts would cost more than it saves."""

_pool: ProcessPoolExecutor | None = None
_pool_weights: Weights | None = None
_worker: Detector | None = None


def _start_worker(weights: Weights) -> None:
    global _worker
    from tracker.awareness.detector import Detector

    _worker = Detector(weights)


def _label(texts: list[str]) -> np.ndarray:
    if _worker is None:
        raise RuntimeError("awareness worker used before it was started")
    return _worker.detect_batch(texts)


def _executor(weights: Weights) -> ProcessPoolExecutor:
    global _pool, _pool_weights
    if _pool is None or _pool_weights is not weights:
        shutdown()
        os.environ["TOKENIZERS_PARALLELISM"] = "false"
        _pool = ProcessPoolExecutor(
            WORKERS,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(weights,),
        )
        _pool_weights = weights
    return _pool


def shutdown() -> None:
    """Stop the workers (they are started again on the next large call)."""
    global _pool, _pool_weights
    if _pool is not None:
        _pool.shutdown()
    _pool, _pool_weights = None, None


atexit.register(shutdown)


def label(weights: Weights, texts: Sequence[str]) -> np.ndarray:
    """Aware or not for each text, the texts split evenly over the workers."""
    parts = 2 * WORKERS  # two parts a worker, so that one slow part does not idle the other
    size = -(-len(texts) // parts)
    pieces = [list(texts[i : i + size]) for i in range(0, len(texts), size)]
    return np.concatenate(list(_executor(weights).map(_label, pieces)))
