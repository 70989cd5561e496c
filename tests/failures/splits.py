"""The dev/test split of every link-accuracy measurement, fixed before any retrieval was tuned.

Issue 11 asks for figures on text no one tuned for. So every choice of retrieval (how a clause or
a failure is represented, how BM25 and dense scores are fused) is tried on the DEV parts only,
and the TEST parts are measured once, at the end, with the choices frozen:

- OpenAI Model Spec examples -> citing clause (``links match``): the task's examples sorted by the
  SHA-256 of their id (the file stem, e.g. ``092i``); the first half (rounded up) is dev, the rest
  test. The hash, not the section, decides, so both halves span the spec's sections and neither
  can be picked to suit a method; sorting (not the hash's parity) makes the halves equal.
- Generated histories: the probability model is fitted on FIT_STYLES, seeds FIT_SEEDS
  (``tracker.failures.calibrate``); retrieval is tuned on FIT_STYLES, seeds DEV_SEEDS; the reported
  figures are TEST_STYLES (never fitted or tuned on) on TEST_SEEDS, with FIT_STYLES on TEST_SEEDS
  beside them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

from tracker.failures.calibrate import FIT_SEEDS, FIT_STYLES

Part = Literal["dev", "test"]

DEV_SEEDS = range(50, 58)
"""Seeds of FIT_STYLES on which retrieval variants are compared (not the fit's, not the test's)."""
TEST_SEEDS = range(100, 124)
"""Seeds reported for every style; no fit or tuning ever read them."""
TEST_STYLES = ("evaluator", "transcript", "paraphrased")
"""Styles never fitted or tuned on."""

__all__ = ["DEV_SEEDS", "FIT_SEEDS", "FIT_STYLES", "TEST_SEEDS", "TEST_STYLES", "model_spec_split"]


def model_spec_split(example_ids: Iterable[str]) -> dict[str, Part]:
    """Each example id of the Model Spec task with its half."""
    ordered = sorted(set(example_ids), key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())
    dev = (len(ordered) + 1) // 2
    return {example: "dev" if rank < dev else "test" for rank, example in enumerate(ordered)}
