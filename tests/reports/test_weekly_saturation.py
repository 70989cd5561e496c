"""The weekly report says what saturated this week and draws the suite's saturation timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.cli import main
from tracker.reports.weekly_html import SATURATION_CHART_ID
from tracker.workspace import open_workspace


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("weekly")
    assert main(["report", "weekly", "--week", "2026-W46", "--out", str(out)]) == 0
    return (
        (out / "weekly-2026-W46.md").read_text(encoding="utf-8"),
        (out / "weekly-2026-W46.html").read_text(encoding="utf-8"),
    )


def test_markdown_lists_what_saturated_this_week(demo_report: tuple[str, str]) -> None:
    markdown, _ = demo_report
    section = markdown.split("## Saturation", 1)[1].split("\n## ", 1)[0]
    saturation = open_workspace().saturation
    expected = {
        (o.env_id, o.model) for o in saturation.onsets if o.date.isocalendar()[:2] == (2026, 46)
    }
    assert expected, "the demo's week 46 has environments that became saturated"
    for env_id, model in expected:
        assert f"| `{env_id}` | {model} |" in section
    last = {p.model: p for p in saturation.timeline}
    for model, point in last.items():
        assert (
            f"{point.discriminating} of {point.environments} environments discriminate" in section
        ), model


def test_html_draws_the_saturation_chart(demo_report: tuple[str, str]) -> None:
    _, html = demo_report
    assert f'id="{SATURATION_CHART_ID}"' in html
    assert "saturated: patch-driven" in html
    assert "effective suite (never targeted)" in html


def test_chart_marks_heldout_losses_and_escapes_names() -> None:
    from datetime import UTC, datetime

    import plotly.graph_objects as go

    from tracker.analysis.saturation import EnvironmentSaturation, SaturationPoint
    from tracker.reports.charts import saturation_figure

    when = datetime(2026, 3, 1, tzinfo=UTC)
    points = [
        SaturationPoint(
            model="<b>m</b>",
            run_id=f"r{i}",
            date=datetime(2026, 1 + i, 1, tzinfo=UTC),
            environments=3,
            discriminating=3 - i,
            saturated=i,
            effective=2 - min(i, 2),
            by_verdict={"patch-driven": i} if i else {},
        )
        for i in range(3)
    ]
    lost = EnvironmentSaturation(
        env_id="<img src=x onerror=alert(1)>",
        model="<b>m</b>",
        split="heldout",
        saturated_since=None,
        saturated_since_date=None,
        verdict=None,
        heldout_lost_at="abc1234",
        heldout_lost_date=when,
    )
    figure = saturation_figure(points, [lost])
    go.Figure(figure)  # a valid Plotly figure
    assert [s["x0"] for s in figure["layout"]["shapes"]] == [when.isoformat()]
    texts = " ".join(a["text"] for a in figure["layout"]["annotations"])
    assert "<img" not in texts
    assert "&lt;img" in texts
    stacked = [t for t in figure["data"] if t.get("stackgroup")]
    assert [t["y"] for t in stacked] == [[0, 1, 2]]


def test_a_week_without_onsets_says_so(tmp_path: Path) -> None:
    assert main(["report", "weekly", "--week", "2026-W02", "--out", str(tmp_path)]) == 0
    markdown = (tmp_path / "weekly-2026-W02.md").read_text(encoding="utf-8")
    assert "No environment became saturated this week." in markdown
