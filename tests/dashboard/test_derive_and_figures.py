"""Derived tables and figures on hand-built results (RESULT_COLUMNS)."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.derive import filter_table, headline_series, latest_rates, patch_marks, run_rates
from dashboard.figures import (
    PATCH_OTHER,
    PATCH_TARGETED,
    env_rate_figure,
    headline_figure,
    patch_timeline_figure,
    versions_timeline_figure,
)
from tracker.analysis.intervals import mean_across_environments, wilson_interval
from tracker.benchmarks.models import RESULT_COLUMNS
from tracker.failures.models import Patch, PatchClause
from tracker.numbers import format_interval


def _row(run: str, model: str, day: int, env: str, n: int, x: int, aware: int | None, n_ids=None):
    return {
        "run_id": run,
        "model": model,
        "date": pd.Timestamp(datetime(2026, 1, day, tzinfo=UTC)),
        "spec_version": None,
        "env_id": env,
        "n": n,
        "n_ids": n_ids,
        "epochs": None,
        "misbehaved": x,
        "aware": aware,
        "misbehaved_aware": None,
        "source": "hand",
    }


@pytest.fixture
def results() -> pd.DataFrame:
    rows = [
        _row("r1", "m", 1, "a", 100, 30, 5),
        _row("r1", "m", 1, "b", 100, 10, None),
        _row("r2", "m", 10, "a", 100, 0, 20),
        _row("r2", "m", 10, "b", 200, 8, None, n_ids=50),
        _row("q1", "other", 2, "a", 50, 5, 1),
    ]
    return pd.DataFrame(rows, columns=list(RESULT_COLUMNS))


@pytest.fixture
def patches() -> list[Patch]:
    return [
        Patch(
            commit="b" * 40,
            date=datetime(2026, 1, 5, tzinfo=UTC),
            release=None,
            subject="Add AS9",
            clauses=[PatchClause(clause_id="AS9", changes=["added"], targets=["a"])],
        ),
        Patch(
            commit="a" * 40,
            date=datetime(2026, 1, 3, tzinfo=UTC),
            release="Release 1",
            subject="Reword GP1",
            clauses=[PatchClause(clause_id="GP1", changes=["modified"], targets=[])],
        ),
    ]


def test_run_rates_uses_wilson_with_distinct_ids(results: pd.DataFrame) -> None:
    rates = run_rates(results)
    first = rates.loc[(rates.run_id == "r1") & (rates.env_id == "a")].iloc[0]
    assert first["rate"] == pytest.approx(0.3)
    assert (first["low"], first["high"]) == pytest.approx(wilson_interval(30, 100))
    assert first["aware_rate"] == pytest.approx(0.05)
    # 8/200 with 50 distinct ids: the band is that of 2/50, wider than 8/200's.
    epochs = rates.loc[(rates.run_id == "r2") & (rates.env_id == "b")].iloc[0]
    assert epochs["rate"] == pytest.approx(0.04)
    assert (epochs["low"], epochs["high"]) == pytest.approx(wilson_interval(2, 50))
    assert pd.isna(rates.loc[rates.env_id == "b", "aware_rate"]).all()
    assert list(rates["model"]) == ["m", "m", "m", "m", "other"]


def test_headline_is_unweighted_mean_with_beta_interval(results: pd.DataFrame) -> None:
    headline = headline_series(run_rates(results))
    r2 = headline.loc[headline.run_id == "r2"].iloc[0]
    assert r2["mean"] == pytest.approx((0.0 + 0.04) / 2)
    expected = mean_across_environments([(0, 100), (2, 50)])
    assert (r2["low"], r2["high"]) == pytest.approx((expected.mean_low, expected.mean_high))
    assert r2["low"] < r2["mean"] < r2["high"]  # the plain mean's own interval
    # Awareness is averaged over the environments that report it (only "a" here).
    assert r2["aware_mean"] == pytest.approx(0.2)
    assert list(headline["run_id"]) == ["r1", "r2", "q1"]


def test_latest_and_filter(results: pd.DataFrame) -> None:
    latest = latest_rates(run_rates(results))
    assert sorted(zip(latest.model, latest.env_id, latest.run_id, strict=True)) == [
        ("m", "a", "r2"),
        ("m", "b", "r2"),
        ("other", "a", "q1"),
    ]
    kept = filter_table(latest, [("model", ["m"]), ("env_id", None)])
    assert set(kept["env_id"]) == {"a", "b"}
    assert set(kept["model"]) == {"m"}


def test_patch_marks_sorted_with_targets(patches: list[Patch]) -> None:
    marks = patch_marks(patches)
    assert [m.label for m in marks] == ["Release 1", "bbbbbbb"]
    assert marks[1].targets == ("a",)
    assert marks[1].clauses == ("AS9",)


def test_env_figure_marks_targeting_patches_solid(results: pd.DataFrame, patches) -> None:
    marks = patch_marks(patches)
    rates = run_rates(results)
    fig = env_rate_figure(rates.loc[rates.env_id == "a"], marks, "a")
    go.Figure(fig)  # valid Plotly
    shapes = {s["x0"][:10]: s for s in fig["layout"]["shapes"]}
    assert shapes["2026-01-05"]["line"]["dash"] == "solid"
    assert shapes["2026-01-05"]["line"]["color"] == PATCH_TARGETED
    assert shapes["2026-01-03"]["line"]["dash"] == "dot"
    assert shapes["2026-01-03"]["line"]["color"] == PATCH_OTHER
    names = [t.get("name") for t in fig["data"]]
    assert "m misbehaviour" in names
    assert "other awareness" in names
    hover = next(t for t in fig["data"] if t.get("name") == "patch (targets)")["text"][0]
    assert "AS9" in hover
    assert "targets this environment" in hover
    assert fig["layout"]["yaxis2"]["overlaying"] == "y"
    # For env "b" the same patch is faint: it does not target b.
    fig_b = env_rate_figure(rates.loc[rates.env_id == "b"], marks, "b")
    assert all(s["line"]["dash"] == "dot" for s in fig_b["layout"]["shapes"])
    assert not any(t.get("yaxis") == "y2" for t in fig_b["data"])  # no awareness data for b


def test_headline_and_timelines_are_valid(results: pd.DataFrame, patches) -> None:
    marks = patch_marks(patches)
    fig = headline_figure(headline_series(run_rates(results)), marks)
    go.Figure(fig)
    assert any(t.get("yaxis") == "y2" for t in fig["data"])
    assert len(fig["layout"]["shapes"]) == 2
    timeline = patch_timeline_figure(marks)
    go.Figure(timeline)
    assert timeline["data"][0]["y"] == [0, 1]
    versions = pd.DataFrame(
        {
            "date": [pd.Timestamp("2026-01-01", tz="UTC")],
            "label": ["v1"],
            "subject": ["<b>bold</b> subject"],
            "changes": [3],
        }
    )
    vfig = versions_timeline_figure(versions)
    go.Figure(vfig)
    # Hover text is data, not markup.
    assert vfig["data"][0]["customdata"][0][0] == "&lt;b&gt;bold&lt;/b&gt; subject"


def test_empty_inputs_give_empty_figures() -> None:
    empty = run_rates(pd.DataFrame(columns=list(RESULT_COLUMNS)))
    assert empty.empty
    fig = env_rate_figure(empty, [], "a")
    go.Figure(fig)
    assert fig["data"] == []
    assert headline_series(empty).empty


def test_hovers_write_rates_as_the_reports_do() -> None:
    # 2 misbehaving of 5,000 is 0.04%: Plotly's ".1%" had shown it as "0.0%", a zero that is not.
    rows = [_row("r1", "m", 1, "a", 5000, 2, 1), _row("r2", "m", 10, "a", 5000, 0, 0)]
    rates = run_rates(pd.DataFrame(rows, columns=list(RESULT_COLUMNS)))
    fig = env_rate_figure(rates, [], "a")
    go.Figure(fig)  # valid Plotly
    line = next(t for t in fig["data"] if t.get("name") == "m misbehaviour")
    assert line["hovertemplate"] == "%{customdata[2]} (%{customdata[0]}/%{customdata[1]})"
    assert [c[2] for c in line["customdata"]] == ["0.04%", "0.0%"]
    aware = next(t for t in fig["data"] if t.get("name") == "m awareness")
    assert aware["customdata"] == ["0.02%", "0.0%"]

    series = headline_series(rates)
    headline = headline_figure(series, [])
    go.Figure(headline)
    mean = next(t for t in headline["data"] if t.get("name") == "m: mean misbehaviour")
    first = series.iloc[0]
    assert mean["customdata"][0] == ("0.04%", format_interval(first["low"], first["high"]))
