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
- Held-out bank: HELDOUT_STYLES on HELDOUT_SEEDS (tests/failures/heldout_bank.py), topics and
  writers of their own, for a learned component (whose fit has seen every topic of the shared bank).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

from tests.failures.heldout_bank import HELDOUT_STYLES
from tracker.failures.calibrate import FIT_SEEDS, FIT_STYLES

Part = Literal["dev", "test"]

DEV_SEEDS = range(50, 58)
"""Seeds of FIT_STYLES on which retrieval variants are compared (not the fit's, not the test's)."""
TEST_SEEDS = range(100, 124)
"""Seeds reported for every style; no fit or tuning ever read them."""
TEST_STYLES = ("evaluator", "transcript", "paraphrased")
"""Styles never fitted or tuned on."""
HELDOUT_SEEDS = range(200, 224)
"""Seeds of HELDOUT_STYLES, the held-out bank's styles (tests/failures/heldout_bank.py).

That bank (twelve failure-mode topics no other bank covers, three writing styles of its own) was
written blind to the scorer, in session 4, by another engineer than the scorer's, who neither read
nor ran it and computed no similarity. It is never to be fitted or tuned on: its figures are
measured once, with every choice frozen. A learned component (e.g. an embedding adapter) fitted
on the other banks' topics is validated here, on topics its fit never saw.
"""

__all__ = [
    "DEV_SEEDS",
    "FIT_SEEDS",
    "FIT_STYLES",
    "HELDOUT_SEEDS",
    "HELDOUT_STYLES",
    "TEST_SEEDS",
    "TEST_STYLES",
    "model_spec_split",
]


def model_spec_split(example_ids: Iterable[str]) -> dict[str, Part]:
    """Each example id of the Model Spec task with its half."""
    ordered = sorted(set(example_ids), key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())
    dev = (len(ordered) + 1) // 2
    return {example: "dev" if rank < dev else "test" for rank, example in enumerate(ordered)}
