"""The weekly report built from literal records: contents, ordering, rendering, escaping."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.reports import records
from tests.reports.snapshot import assert_snapshot
from tracker.errors import UsageError
from tracker.reports import (
    WeeklyInputs,
    build_weekly_report,
    choose_week,
    iso_week,
    render_weekly_html,
    render_weekly_markdown,
)
from tracker.reports.weekly_html import CHART_IDS

WEEK = iso_week("2026-W47")


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return build_weekly_report(records.weekly_inputs(), WEEK)


def test_week_bounds_are_monday_to_monday_utc() -> None:
    assert WEEK.start == datetime(2026, 11, 16, tzinfo=UTC)
    assert WEEK.end == datetime(2026, 11, 23, tzinfo=UTC)


@pytest.mark.parametrize(
    ("week", "now", "latest", "label", "source"),
    [
        ("2026-W02", None, None, "2026-W02", "option"),
        (None, datetime(2027, 1, 1, tzinfo=UTC), None, "2026-W53", "now"),
        (None, None, datetime(2026, 11, 19, tzinfo=UTC), "2026-W47", "latest-run"),
        (None, None, None, "2026-W48", "clock"),
    ],
)
def test_choose_week(week, now, latest, label, source) -> None:  # type: ignore[no-untyped-def]
    chosen = choose_week(week, now, latest, datetime(2026, 11, 25, tzinfo=UTC))
    assert (chosen.label, chosen.source) == (label, source)


@pytest.mark.parametrize("bad", ["2026-47", "W47", "2025-W53", "2026-W00"])
def test_bad_week_is_a_usage_error(bad: str) -> None:
    with pytest.raises(UsageError, match="--week"):
        iso_week(bad)


def test_only_the_weeks_patches_and_runs(report) -> None:  # type: ignore[no-untyped-def]
    assert [p.commit for p in report.patches] == [records.PATCH_SHA]
    assert [c.clause_id for c in report.patches[0].clauses] == ["AS9", "GP2"]
    assert report.patches[0].clauses[0].failures[0].summary.endswith(records.SCRIPT)
    assert [r.run_id for r in report.runs] == ["r2", "r3", "r4"]
    assert report.runs[1].spec_version == "2026-11-17"


def test_new_zeros_first_with_previous_verdict(report) -> None:  # type: ignore[no-untyped-def]
    assert [(z.env_id, z.is_new, z.previous_verdict) for z in report.zeros] == [
        ("sandbag_qa", True, None),
        ("sandbag_math", True, "awareness-driven"),
        ("covert_email", False, "broad-improvement"),
    ]
    assert report.verdict_counts == {
        "patch-driven": 1,
        "awareness-driven": 0,
        "broad-improvement": 1,
        "insufficient-evidence": 1,
    }


def test_heldout_losses_name_the_patch(report) -> None:  # type: ignore[no-untyped-def]
    assert [(h.env_id, h.split, h.clauses) for h in report.heldout_losses] == [
        ("sandbag_qa", "heldout", ["AS9"])
    ]


def test_awareness_trend_is_unweighted_per_week(report) -> None:  # type: ignore[no-untyped-def]
    by_key = {(p.week, p.model): p for p in report.awareness}
    # W46 run r1 (Nov 9): sandbag_qa aware 14/100, covert_email unknown -> mean of known = 0.14.
    assert by_key[("2026-W46", "line-a")].awareness == pytest.approx(0.14)
    # W47 line-a runs r2 (21/100) and r3 (23/100): mean 0.22; misbehaviour (0.1 + 0.0) / 2.
    point = by_key[("2026-W47", "line-a")]
    assert (point.runs, point.awareness, point.misbehaviour) == (2, pytest.approx(0.22), 0.05)


def test_markdown_snapshot(report) -> None:  # type: ignore[no-untyped-def]
    text = render_weekly_markdown(report)
    assert "<script>" not in text
    assert "&lt;script&gt;alert" in text
    assert_snapshot("weekly.md", text)


def test_rendering_is_deterministic() -> None:
    first = build_weekly_report(records.weekly_inputs(), WEEK)
    second = build_weekly_report(records.weekly_inputs(), WEEK)
    assert render_weekly_markdown(first) == render_weekly_markdown(second)
    assert render_weekly_html(first) == render_weekly_html(second)


def test_html_escapes_untrusted_text_and_inlines_plotly_once(report) -> None:  # type: ignore[no-untyped-def]
    page = render_weekly_html(report)
    assert "alert('pwned')" not in page.replace("&#x27;", "'").split("</head>")[0]
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert page.count("<script") == 1 + len(CHART_IDS)  # plotly.js once, one per chart
    assert page.count("Plotly.newPlot") >= len(CHART_IDS)
    assert "cdn" not in page.split("<script", 2)[1][:200].lower()
    for chart in CHART_IDS:
        assert f'id="{chart}"' in page


def test_an_empty_week_renders_every_section() -> None:
    empty = records.results_table().iloc[0:0]
    inputs = WeeklyInputs(
        environments=[], results=empty, problems=[], failures=[], patches=[], flags_now=[]
    )
    report = build_weekly_report(inputs, WEEK)
    text = render_weekly_markdown(report)
    for line in (
        "No spec patch landed this week.",
        "No environment reached zero, or changed verdict, this week.",
        "No runs in the trend window.",
        "No run dated in this week.",
        "None found.",
    ):
        assert line in text
    page = render_weekly_html(report)
    assert "no runs in the trend window" in page
    assert all(f'id="{chart}"' in page for chart in CHART_IDS)


def test_a_drop_first_seen_this_week_is_new_with_the_same_verdict() -> None:
    """Fig. 9's legal_reporting_cn: 'never above zero' at the week's start (an empty baseline),
    then a drop 1.0% -> 0% by its end, both insufficient-evidence: a new zero all the same."""
    from dataclasses import replace

    from tracker.analysis.models import WindowRate

    inputs = records.weekly_inputs()
    flag = inputs.flags_now[0]
    before = flag.model_copy(update={"baseline": WindowRate(rate=0.0, x=0, n=0)})
    now = flag.model_copy(update={"verdict": before.verdict})
    inputs = replace(inputs, flags_now=[now], flags_before=[before])
    report = build_weekly_report(inputs, iso_week("2026-W47"))
    (zero,) = report.zeros
    assert zero.previous_verdict == zero.verdict
    assert zero.dropped_this_week
    assert zero.is_new
    assert "its drop first seen this week" in render_weekly_markdown(report)
    unchanged = replace(inputs, flags_before=[now])
    assert not build_weekly_report(unchanged, iso_week("2026-W47")).zeros[0].is_new
