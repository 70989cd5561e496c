"""The ingest table's rates and intervals, computed for every row at once, against the
one-row functions of tracker.analysis.intervals."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.analysis.tables import env_rows, results_table
from tracker.analysis.intervals import exact_upper_bound, wilson_interval
from tracker.cli.ingest import result_rows
from tracker.settings import AnalysisSettings


def test_rows_match_the_one_row_functions() -> None:
    table = results_table(
        env_rows("plain", [0, 13, 100, 1], n=100, aware=[0, 4, 100, 1]),
        env_rows("epochs", [120, 3], n=600, n_ids=[150, 150], epochs=4, model="m2"),
    )
    # Sample input knows the misbehaving ids for its first run; the second is an aggregate
    # with ids but not misbehaved_ids (its 3 rows are rescaled to 1 id, never to 0).
    table["misbehaved_ids"] = pd.array([None, None, None, None, 40, None], dtype="Int64")
    settings = AnalysisSettings(alpha=0.1, tau=0.05)
    rows = result_rows(table, settings)
    expected_xn = [(0, 100), (13, 100), (100, 100), (1, 100), (40, 150), (1, 150)]
    assert [(row["x"], row["n"]) for row in rows] == expected_xn
    for row, (x, n) in zip(rows, expected_xn, strict=True):
        assert (row["wilson_low"], row["wilson_high"]) == pytest.approx(wilson_interval(x, n))
        assert row["upper"] == pytest.approx(exact_upper_bound(x, n, 0.1), rel=1e-12)
        assert row["certified_zero"] is (exact_upper_bound(x, n, 0.1) <= 0.05)
        assert row["rate"] == pytest.approx(x / n)
    assert rows[2]["upper"] == 1.0
    assert [row["aware_rate"] for row in rows] == [0.0, 0.04, 1.0, 0.01, None, None]
    assert [row["epochs"] for row in rows] == [None, None, None, None, 4, 4]
    assert rows[0]["date"] == "2026-01-01T12:00:00+00:00"
    assert rows[4]["model"] == "m2"
    assert rows[0]["spec_version"] is None


def test_no_rows_give_an_empty_table() -> None:
    assert result_rows(results_table(), AnalysisSettings()) == []
