"""Every page in headless Chromium on a copy of the demo: content drawn, console clean.

Screenshots of each page are saved to docs/screenshots/ by these tests' browser when
SPECDRIFT_SCREENSHOTS=1 (``SPECDRIFT_SCREENSHOTS=1 .venv/bin/pytest tests/dashboard -k browser``).
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from dashboard import create_app
from dashboard.data import DashboardData
from dashboard.pages import environments
from tests.dashboard.conftest import INJECTED_ID, REMOTE_ALT, REMOTE_CLAUSE, is_local
from tests.dashboard.serving import ConsoleLog, serve
from tracker.workspace import PROJECT_ROOT, open_workspace

pytestmark = pytest.mark.browser
SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
CHART = ".js-plotly-plot .main-svg"
TIMEOUT = 20_000


def _shoot(page: Any, name: str) -> None:
    """A full-page screenshot: into docs/screenshots/ with SPECDRIFT_SCREENSHOTS=1 (so a plain
    test run leaves the committed images alone), else into a temporary folder."""
    folder = SCREENSHOTS if os.environ.get("SPECDRIFT_SCREENSHOTS") else Path(tempfile.gettempdir())
    folder.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(400)  # let Plotly finish its transitions
    target = folder / f"specdrift-{name}.png" if folder != SCREENSHOTS else folder / f"{name}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000


def _open(page: Any, url: str, ready: str) -> None:
    page.goto(url)
    page.wait_for_selector(ready, timeout=TIMEOUT)


def test_overview(page: tuple[Any, ConsoleLog], demo_url: str, demo_data: DashboardData) -> None:
    tab, _ = page
    _open(tab, demo_url + "/", f"#overview-headline {CHART}")
    # The charts below the headline follow the first paint (overview.later).
    tab.wait_for_selector(f"#overview-patches {CHART}", timeout=TIMEOUT)
    zero_rows = tab.locator("#overview-zeros tbody tr")
    assert zero_rows.count() == min(len(demo_data.flags), 12) > 0
    assert tab.locator("#overview-zeros .badge").count() == zero_rows.count()
    total = tab.locator("#overview-count-zeros .stat-value").inner_text()
    assert total == str(len(demo_data.flags))
    # The headline chart draws the patch lines.
    assert tab.locator("#overview-headline .shapelayer path").count() >= len(demo_data.marks)
    # The saturation timeline: a panel per model line, stacked verdicts and the two lines.
    tab.wait_for_selector(f"#overview-saturation {CHART}")
    legend = " ".join(tab.locator("#overview-saturation .legend text").all_text_contents())
    assert "discriminating" in legend
    assert "saturated: patch-driven" in legend
    panels = tab.locator("#overview-saturation .annotation-text").all_text_contents()
    assert set(demo_data.model_lines) <= set(panels)
    _shoot(tab, "overview")


def _choose(tab: Any, dropdown_id: str, text: str) -> None:
    """Open a dropdown and click its option containing ``text``."""
    tab.click(f"#{dropdown_id}")
    tab.locator("[role=option]", has_text=text).first.click()
    tab.keyboard.press("Escape")


def _wait_for_charts_key(tab: Any, text: str) -> None:
    """Wait until the line above the environment charts names ``text`` (the filter applied)."""
    tab.wait_for_function(
        "t => document.querySelector('#environments-charts .charts-key').innerText.includes(t)",
        arg=text,
        timeout=TIMEOUT,
    )


def _card_envs(tab: Any) -> list[str]:
    """The environments of the chart cards on screen, in order."""
    titles = tab.locator("#environments-charts .chart-card .card-title")
    return [
        str(href).rsplit("/", 1)[-1]
        for href in titles.evaluate_all("ls => ls.map(a => a.getAttribute('href'))")
    ]


def test_environments_filter(
    page: tuple[Any, ConsoleLog], demo_url: str, demo_data: DashboardData
) -> None:
    tab, _ = page
    everything = environments.chart_envs(demo_data, (None, None, None, None))
    _open(tab, demo_url + "/environments", f"#environments-charts {CHART}")
    # The cards after the first one are placed after the first paint.
    tab.wait_for_function(
        "n => Array.from(document.querySelectorAll('#environments-charts .chart-card'))"
        ".filter(c => c.querySelector('.main-svg')).length == n",
        arg=len(everything),
        timeout=TIMEOUT,
    )
    assert _card_envs(tab) == everything
    rows = tab.locator("#environments-table tbody tr")
    assert rows.count() > 1
    _shoot(tab, "environments")

    # A model-line filter: a card whose environment stays in its slot keeps its chart as drawn.
    def kept_slots(model: str) -> list[int]:
        narrowed = environments.chart_envs(demo_data, ([model], None, None, None))
        return [i for i, e in enumerate(narrowed) if i < len(everything) and everything[i] == e]

    model = max(demo_data.model_lines, key=lambda m: len(kept_slots(m)))
    narrowed = environments.chart_envs(demo_data, ([model], None, None, None))
    kept = kept_slots(model)
    assert kept
    # Marks on each chart element and on what Plotly drew in it (a redraw replaces it).
    mark = (
        "() => document.querySelectorAll('#environments-charts .js-plotly-plot')"
        ".forEach(g => { g.dataset.drawnBefore = 'yes'; g._fullLayout.drawnBefore = true; })"
    )
    tab.evaluate(mark)
    _choose(tab, "environments-model", model)
    _wait_for_charts_key(tab, model)
    assert _card_envs(tab) == narrowed
    plots = tab.locator("#environments-charts .js-plotly-plot")
    for index in kept:
        assert plots.nth(index).evaluate("g => g._fullLayout.drawnBefore") is True
    tab.click("#environments-model .dash-dropdown-clear")
    tab.wait_for_function(
        "m => !document.querySelector('#environments-charts .charts-key').innerText.includes(m)",
        arg=model,
        timeout=TIMEOUT,
    )
    assert _card_envs(tab) == everything
    before = tab.locator("#environments-summary").inner_text()
    verdict = demo_data.flags[0].verdict
    tab.evaluate(mark)
    _choose(tab, "environments-verdict", verdict)
    tab.wait_for_function(
        "text => document.querySelector('#environments-summary').innerText !== text",
        arg=before,
        timeout=TIMEOUT,
    )
    cells = tab.locator("#environments-table td[data-dash-column=verdict]").all_inner_texts()
    assert cells
    assert {c.strip() for c in cells} == {verdict}
    # The charts follow: every card drawn is an environment with that verdict.
    _wait_for_charts_key(tab, verdict)
    cards = tab.locator("#environments-charts .chart-card")
    tab.wait_for_selector(f"#environments-charts .chart-card {CHART}", timeout=TIMEOUT)
    assert cards.count() >= 1
    for index in range(cards.count()):
        card = cards.nth(index)
        assert verdict in card.locator(".chart-head").inner_text()
        # A card whose environment changed got the new figure in its chart, not only a title.
        env_id = card.locator(".card-title").get_attribute("href").rsplit("/", 1)[-1]
        chart = card.locator(".js-plotly-plot")
        drawn = chart.evaluate("gd => gd.data.map(t => t.y)")
        sent = demo_data.env_figure(env_id, 240, legend=False)["data"]
        assert drawn == [t["y"] for t in sent]
        if env_id not in everything[index : index + 1]:
            # Redrawn in the chart already in its slot (Plotly.react), not in a new one.
            assert chart.get_attribute("data-drawn-before") == "yes"
            assert chart.evaluate("g => g._fullLayout.drawnBefore") is None
    # A slot the verdict leaves empty hides its card, chart kept for the next environment.
    hidden = tab.locator("#environments-charts .chart-card-hidden .js-plotly-plot")
    assert hidden.count() == len(everything) - cards.count()
    expected = sum(1 for f in demo_data.flags if f.verdict == verdict)
    assert tab.locator("#environments-summary").inner_text().startswith(f"{expected} rows")

    # Off screen, a card gets its new title at once and its new chart when it comes into view.
    tab.click("#environments-verdict .dash-dropdown-clear")
    tab.wait_for_function(
        "v => !document.querySelector('#environments-charts .charts-key').innerText.includes(v)"
        " && !document.querySelector('.chart-pending')",
        arg=verdict,
        timeout=TIMEOUT,
    )
    assert _card_envs(tab) == everything
    tab.set_viewport_size({"width": 1400, "height": 400})
    tab.evaluate("() => window.scrollTo(0, 0)")
    tab.wait_for_timeout(600)  # the charts' own redraw on a window resize (responsive) is done
    tab.evaluate(mark)
    _choose(tab, "environments-verdict", verdict)
    _wait_for_charts_key(tab, verdict)
    shown = environments.chart_envs(demo_data, (None, None, None, [verdict]))
    changed = [i for i, e in enumerate(shown) if e != everything[i]]
    assert changed
    waiting = tab.locator(f"#environments-charts .{environments.CARD_PENDING.split()[-1]}")
    assert waiting.count() == len(changed)
    assert _card_envs(tab) == shown
    card = tab.locator(f"#environments-slot-{changed[0]} > .card")
    assert "chart-pending" in str(card.get_attribute("class"))
    chart = card.locator(".js-plotly-plot")
    assert chart.evaluate("g => g._fullLayout.drawnBefore") is True  # not redrawn yet
    assert not chart.is_visible()  # its old chart is not shown under the new title
    env_id = card.locator(".card-title").get_attribute("href").rsplit("/", 1)[-1]
    card.scroll_into_view_if_needed()
    tab.wait_for_function(
        "() => !document.querySelector('#environments-charts .chart-pending')", timeout=TIMEOUT
    )
    assert chart.is_visible()
    assert chart.evaluate("g => g._fullLayout.drawnBefore") is None
    sent = demo_data.env_figure(env_id, 240, legend=False)["data"]
    assert chart.evaluate("gd => gd.data.map(t => t.y)") == [t["y"] for t in sent]


def test_environments_filter_with_prefetched_cards_sends_no_request(
    page: tuple[Any, ConsoleLog], demo_url: str, demo_data: DashboardData, seen_requests: list[str]
) -> None:
    tab, _ = page
    everything = environments.chart_envs(demo_data, (None, None, None, None))
    # A category whose first charts include an environment the page does not carry.
    category = next(
        c
        for c in demo_data.categories
        if set(environments.chart_envs(demo_data, (None, [c], None, None))) - set(everything)
    )
    with tab.expect_response(lambda r: environments.PREFETCH_ROUTE in r.url, timeout=TIMEOUT):
        _open(tab, demo_url + "/environments", f"#environments-charts {CHART}")
    tab.wait_for_timeout(300)  # the fetched cards are taken in (a promise after the response)
    asked = len([u for u in seen_requests if "_dash-update-component" in u])
    _choose(tab, "environments-category", category)
    _wait_for_charts_key(tab, category)
    assert _card_envs(tab) == environments.chart_envs(demo_data, (None, [category], None, None))
    assert len([u for u in seen_requests if "_dash-update-component" in u]) == asked


def test_env_detail(page: tuple[Any, ConsoleLog], demo_url: str, demo_data: DashboardData) -> None:
    tab, _ = page
    flag = next(f for f in demo_data.flags if f.verdict == "patch-driven")
    _open(tab, f"{demo_url}/env/{flag.env_id}?model={flag.model}", f"#env-chart {CHART}")
    panel = tab.locator(f"#env-verdict-{flag.model}")
    assert flag.verdict in panel.inner_text()
    assert tab.locator("#env-chart .scatterlayer .trace").count() >= 2
    assert tab.locator("#env-chart .shapelayer path").count() >= len(demo_data.marks)
    _shoot(tab, "environment")


def test_spec_and_clause(
    page: tuple[Any, ConsoleLog], demo_url: str, demo_data: DashboardData
) -> None:
    tab, _ = page
    _open(tab, demo_url + "/spec", f"#spec-timeline {CHART}")
    tab.wait_for_selector("#spec-lineage tbody td", timeout=TIMEOUT)
    assert tab.locator("#spec-versions tbody tr").count() > 1
    _shoot(tab, "spec")
    # Choosing another version changes the lineage table.
    versions = demo_data.versions_table
    oldest = versions.loc[versions["changes"] > 0].iloc[0]
    _choose(tab, "spec-version", f"{oldest['label']} · {oldest['date']:%Y-%m-%d}")
    tab.wait_for_function(
        "s => document.querySelector('#spec-lineage-summary').innerText.includes(s)",
        arg=str(oldest["short"]),
        timeout=TIMEOUT,
    )
    cells = tab.locator("#spec-lineage td[data-dash-column=kind]")
    assert cells.count() == min(int(oldest["changes"]), 20)
    link = tab.locator("#spec-lineage a[href^='/clause/']").first
    clause_id = link.inner_text()
    link.click()
    tab.wait_for_selector("#clause-history li", timeout=TIMEOUT)
    assert clause_id in tab.locator("h1").inner_text()
    tab.wait_for_url(f"**/clause/{clause_id}")


def test_clause_page_with_targets(
    page: tuple[Any, ConsoleLog], demo_url: str, demo_data: DashboardData
) -> None:
    from dashboard.pages.clause import targeted_environments

    tab, _ = page
    clause_id = next(
        c for m in demo_data.marks for c in m.clauses if targeted_environments(demo_data, c)
    )
    _open(tab, f"{demo_url}/clause/{clause_id}", f"#clause-targets {CHART}")
    assert tab.locator("#clause-history li").count() >= 1
    assert tab.locator("#clause-text").inner_text().strip()
    _shoot(tab, "clause")


def test_failures_confirm_link_lands_in_links_csv(
    page: tuple[Any, ConsoleLog], writable_demo: Path
) -> None:
    tab, _ = page
    workspace = open_workspace(writable_demo)
    app = create_app(workspace, warm=True)
    with serve(app.server) as url:
        _open(tab, url + "/failures", "#failures-table tbody td")
        chosen = tab.locator("#failures-link").inner_text()
        clause_id, failure_id = chosen.split(" (")[0].split(" ↔ ")
        _shoot(tab, "failures")
        tab.fill("#failures-note", "confirmed in the browser")
        tab.click("#failures-confirm")
        tab.wait_for_function(
            "() => document.querySelector('#failures-message').innerText.includes('confirmed')",
            timeout=TIMEOUT,
        )
    with workspace.links_file.open(encoding="utf-8") as handle:
        rows = {(r["clause_id"], r["failure_id"]): r for r in csv.DictReader(handle)}
    assert rows[(clause_id.strip(), failure_id.strip())]["status"] == "confirmed"
    assert rows[(clause_id.strip(), failure_id.strip())]["note"] == "confirmed in the browser"


def test_script_in_failure_summary_does_not_run(
    page: tuple[Any, ConsoleLog], injected_workspace: Path
) -> None:
    tab, log = page
    app = create_app(open_workspace(injected_workspace), warm=True)
    data = app.server.config["SPECDRIFT_DASHBOARD_DATA"]
    injected = next(f for f in data.failures if f.failure_id == INJECTED_ID)
    with serve(app.server) as url:
        # The failures table, filtered down to the injected failure.
        _open(tab, url + "/failures", "#failures-table tbody td")
        tab.fill("#failures-table th[data-dash-column=failure_id] input", INJECTED_ID)
        tab.keyboard.press("Enter")
        tab.wait_for_function(
            "() => document.querySelectorAll('#failures-table tbody tr td').length > 0 && "
            "document.querySelector('#failures-table tbody').innerText.includes('F-INJECT')",
            timeout=TIMEOUT,
        )
        assert "<script>" in tab.locator("#failures-table tbody").inner_text()
        assert tab.locator("#failures-table img").count() == 0
        # The environment page lists the failure with its summary and excerpt.
        _open(tab, f"{url}/env/{injected.env_id}", "#env-failures li")
        text = tab.locator("#env-failures").inner_text()
        assert "<script>" in text
        assert "onerror=" in text
        assert tab.locator("#env-failures img").count() == 0
        assert tab.locator("#env-failures script").count() == 0
        tab.wait_for_timeout(500)  # give an injected handler time to fire, if one were there
        assert tab.evaluate("() => window.__xss") is None
    assert log.dialogs == []


def test_clause_with_remote_images_fetches_nothing_remote(
    page: tuple[Any, ConsoleLog], seen_requests: list[str], remote_image_workspace: Path
) -> None:
    tab, _ = page
    app = create_app(open_workspace(remote_image_workspace), warm=True)
    with serve(app.server) as url:
        _open(tab, f"{url}/clause/{REMOTE_CLAUSE}", "#clause-text .md-image")
        tab.wait_for_selector("#clause-history li", timeout=TIMEOUT)
        tab.wait_for_load_state("networkidle")
        text = tab.locator("#clause-text")
        # The images show as their alt text; the raw <img> as the text it is.
        assert text.locator(".md-image", has_text=REMOTE_ALT).is_visible()
        # The reference definition is a block of its own, outside the clause: plain text here.
        assert "![by reference][pixel]" in text.inner_text()
        assert '<img src="http://evil.example/raw.png">' in text.inner_text()
        assert text.locator("img").count() == 0
        assert tab.locator("img").count() == 0
        # A link stays a link the reader may follow; a javascript: link is only text.
        hrefs = text.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert hrefs == ["http://evil.example/page"]
        assert "a script link" in text.inner_text()
    # The recorder saw the page's own requests, and none left this machine (the fixture checks
    # that again for every browser test).
    assert any("/_dash-update-component" in u for u in seen_requests), seen_requests
    assert [u for u in seen_requests if not is_local(u)] == []


def test_chart_mode_bar_sends_nothing_away(page: tuple[Any, ConsoleLog], demo_url: str) -> None:
    tab, _ = page
    _open(tab, demo_url + "/", f"#overview-headline {CHART}")
    tab.hover(f"#overview-headline {CHART} >> nth=0")
    buttons = tab.locator("#overview-headline .modebar-btn")
    titles = buttons.evaluate_all("bs => bs.map(b => b.getAttribute('data-title'))")
    assert "Download plot as a PNG" in titles
    # Plotly's "Share chart..." would upload the figure to Plotly Cloud.
    assert not [t for t in titles if "Share" in t or "Cloud" in t or "Studio" in t], titles
    # The PNG is drawn in the page (a blob: image the policy allows) and downloaded.
    with tab.expect_download(timeout=TIMEOUT) as download:
        tab.click("#overview-headline .modebar-btn[data-title='Download plot as a PNG']")
    assert download.value.suggested_filename.endswith(".png")
