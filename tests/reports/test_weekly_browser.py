"""Open the HTML weekly report from disk in headless Chromium: charts drawn, console clean."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.reports import records
from tracker.reports import build_weekly_report, iso_week, render_weekly_html
from tracker.reports.weekly_html import CHART_IDS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    report = build_weekly_report(records.weekly_inputs(), iso_week("2026-W47"))
    path = tmp_path_factory.mktemp("report") / "weekly-2026-W47.html"
    path.write_text(render_weekly_html(report), encoding="utf-8")
    return path


def test_charts_drawn_offline_and_console_clean(browser: Any, report_file: Path) -> None:
    messages: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    context = browser.new_context()
    try:
        page = context.new_page()
        page.on(
            "console",
            lambda m: (
                messages.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
            ),
        )
        page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(report_file.as_uri())
        for chart in CHART_IDS:
            page.wait_for_selector(f"#{chart} .main-svg", timeout=15_000)
        count = "els => els.length"
        traces = page.eval_on_selector_all("#chart-awareness .scatterlayer .trace", count)
        points = page.eval_on_selector_all("#chart-awareness .scatterlayer .point", count)
        bars = page.eval_on_selector_all("#chart-verdicts .barlayer .point path", count)
        escaped_text = page.inner_text("body")
    finally:
        context.close()
    # Two model lines x (awareness, misbehaviour); line-a has 2 weeks, line-b 1: 6 markers.
    assert (traces, points) == (4, 6)
    # Four verdicts x (all zeros, new this week); plotly draws a path per bar, zero-height too.
    assert bars == 8
    assert messages == []
    assert dialogs == []  # the <script> in a failure summary did not run
    assert records.SCRIPT in escaped_text  # ... it shows as text
    assert all(url.startswith("file://") for url in requests), requests


def test_saturation_chart_drawn_offline(browser: Any, tmp_path: Path) -> None:
    """The demo's report (from the CLI, with the suite's saturation) draws its timeline."""
    from tracker.cli import main

    assert main(["report", "weekly", "--week", "2026-W46", "--out", str(tmp_path)]) == 0
    messages: list[str] = []
    context = browser.new_context()
    try:
        page = context.new_page()
        page.on("console", lambda m: messages.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
        page.goto((tmp_path / "weekly-2026-W46.html").as_uri())
        page.wait_for_selector("#chart-saturation .main-svg", timeout=15_000)
        traces = page.eval_on_selector_all(
            "#chart-saturation .scatterlayer .trace", "els => els.length"
        )
        legend = " ".join(
            page.eval_on_selector_all(
                "#chart-saturation .legend text", "els => els.map(e => e.textContent)"
            )
        )
    finally:
        context.close()
    assert traces >= 4  # per model line: >= 1 stacked verdict, discriminating, effective
    assert "discriminating" in legend
    assert "saturated: patch-driven" in legend
    assert messages == []
