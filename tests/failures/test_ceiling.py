"""The oracle ceiling of tests/perf/bench_links.py (``ceilings``) on rows worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from tests.perf.bench_links import ceilings
from tracker.failures.scoring import FEATURES, STANDOUT


def _row(clause: str, failure: str, standout: float) -> tuple[str, str, str, np.ndarray]:
    vector = np.zeros(len(FEATURES))
    vector[STANDOUT] = standout
    return clause, failure, "c1", vector


def test_per_clause_cutoffs_beat_one_global_cutoff() -> None:
    # Clause A: true 3.0, false 2.0, true 1.0; clause B: true 0.5, false 0.2; and one true link
    # that is no candidate at all (recall's denominator is 4).
    rows = [
        _row("A", "t1", 3.0),
        _row("A", "f1", 2.0),
        _row("A", "t2", 1.0),
        _row("B", "t3", 0.5),
        _row("B", "f2", 0.2),
    ]
    truth = {("A", "t1", "c1"), ("A", "t2", "c1"), ("B", "t3", "c1"), ("C", "t4", "c1")}
    result = ceilings([(rows, truth)])
    assert result["truth"] == 4
    # Only the standout differs between the rows, so the probability orders them the same way.
    for ranking in ("standout", "probability"):
        # Per clause: A's top one and B's top one (precision 1, recall 0.5); then A's next two
        # (one true of two: 3 of 4 linked true, recall 0.75, the best F1 0.75).
        assert result[f"{ranking}_clause_recall_at"] == pytest.approx(0.5)
        assert result[f"{ranking}_clause_f1"] == pytest.approx(0.75)
        assert result[f"{ranking}_clause_p"] == pytest.approx(0.75)
        # One cutoff for all: A's false 2.0 comes before B's true 0.5, so precision >= 0.9
        # holds only for the top pair.
        assert result[f"{ranking}_global_recall_at"] == pytest.approx(0.25)
        assert result[f"{ranking}_global_f1"] == pytest.approx(0.75)
        assert result[f"{ranking}_global_r"] == pytest.approx(0.75)


def test_tied_scores_are_linked_together() -> None:
    # A true and a false pair at one score: no cutoff separates them.
    rows = [_row("A", "t1", 1.0), _row("A", "f1", 1.0)]
    result = ceilings([(rows, {("A", "t1", "c1")})])
    assert result["standout_clause_recall_at"] == 0.0
    assert result["standout_global_recall_at"] == 0.0
    assert result["standout_clause_f1"] == pytest.approx(2 / 3)
