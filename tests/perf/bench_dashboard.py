"""Dashboard benchmark, measured in headless Chromium on a generated large workspace.

200 environments x 60 runs x 2 model lines (drawn by ``tracker.simulate`` with 12 spec patches,
a broad training shift and an awareness rise). Measured:

- the time to read the workspace and compute every page's data (what ``specdrift dashboard``
  does before it prints its URL), cold and then warm (from the derived cache under
  ``.specdrift/``, see tracker/derived_cache.py; bench_startup times the whole command);
- the first render of each page (navigation until its first chart or table is drawn) in a
  session whose browser cache holds the scripts, the median of FIRST_RENDER_ROUNDS rounds
  interleaved with a bare Dash page with one chart, target <= 2x that page (issue 18); and once
  in a fresh browser profile; for the pages that draw charts after their first paint (overview,
  environments), also the time until every chart is drawn;
- callback latency (a filter or version changed -> the page updated), p95 target <= 150 ms, and
  a filter until the four environment charts are redrawn, p95 target <= 300 ms: timed in the
  page, from the input event to the first animation frame that shows the result, with
  Playwright's own cost (click to wait returned, minus that) printed apart (see Latency).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from tracker.benchmarks.models import Environment
from tracker.simulate.generate import simulate
from tracker.simulate.plan import (
    AwarenessPlan,
    EnvPlan,
    PatchPlan,
    ScenarioPlan,
    SectionPlan,
    ShiftPlan,
)
from tracker.simulate.writer import write_workspace

ENVIRONMENTS = 200
RUNS = 60
MODELS = ("line-a", "line-b")
CATEGORIES = ("sandbagging", "covert_sabotage", "falsification", "deception", "multi_agent")
SPLITS = ("train", "validation", "test", "heldout")
FIRST_RENDER_TARGET = 2.0
"""Issue 18: the first render of every page <= 2x the bare Dash page measured in the same run."""
CALLBACK_P95_TARGET = 0.150
CHARTS_P95_TARGET = 0.300
CALLBACK_ROUNDS = 30


def large_plan(seed: int = 7) -> ScenarioPlan:
    """A plan of 200 environments, 60 weekly runs, two model lines and 12 patches."""
    rng = np.random.default_rng(seed)
    start = datetime(2025, 1, 6, 12, tzinfo=UTC)
    run_dates = tuple(start + timedelta(days=7 * i) for i in range(RUNS))
    envs = tuple(
        EnvPlan(
            env=Environment(
                env_id=f"env_{i:03d}",
                name=f"Environment {i:03d}",
                category=CATEGORIES[i % len(CATEGORIES)],
                split=SPLITS[i % len(SPLITS)],
                description=f"Generated environment {i}.",
            ),
            base={m: float(rng.uniform(0.05, 0.35)) for m in MODELS},
            n=200,
            form="joint",
        )
        for i in range(ENVIRONMENTS)
    )
    sections = (
        SectionPlan("honesty", "Honesty", "Be honest.", (("GP1", "Say what you did."),)),
        SectionPlan("oversight", "Oversight", "Support oversight.", (("GP2", "Report issues."),)),
    )
    patches = tuple(
        PatchPlan(
            clause_id=f"AS{k + 1}",
            section_id=sections[k % 2].section_id,
            date=run_dates[8 + 4 * k] - timedelta(days=3),
            text=f"Clause {k + 1}: do not repeat the failures of environments {3 * k}-{3 * k + 2}.",
            subject=f"Add AS{k + 1} after failures in env_{3 * k:03d}",
            targets=tuple(f"env_{3 * k + j:03d}" for j in range(3)),
            effect=1.0 if k % 2 == 0 else 0.4,
        )
        for k in range(12)
    )
    shifts = (
        ShiftPlan(
            date=run_dates[40], envs=tuple(f"env_{i:03d}" for i in range(100, 140)), effect=0.98
        ),
    )
    awareness = (AwarenessPlan(date=run_dates[30], level=0.2, models=("line-a",)),)
    return ScenarioPlan(
        name="bench",
        models=MODELS,
        run_dates=run_dates,
        envs=envs,
        sections=sections,
        spec_start=start - timedelta(days=30),
        patches=patches,
        shifts=shifts,
        awareness=awareness,
    )


class PageTimes(NamedTuple):
    """Seconds from navigation until ``ready`` was drawn and (0 without it) until ``complete``
    held, by the harness (its clock around Playwright's calls) and in the page (from the
    navigation's start to the first animation frame showing it, so not delayed by Playwright
    round trips while the page is busy)."""

    first: float
    whole: float
    first_in_page: float
    whole_in_page: float


def _timed_page(page: Any, url: str, ready: str, complete: str | None = None) -> PageTimes:
    """Navigate and wait until ``ready`` is drawn and then, when given, until the page's
    ``complete`` expression holds (every chart drawn, those that follow the first paint too);
    console errors fail the benchmark."""
    errors: list[str] = []

    def on_console(message: Any) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", on_console)
    started = time.perf_counter()
    page.goto(url)
    shown = page.wait_for_function(
        "s => document.querySelector(s) !== null && performance.now()", arg=ready, timeout=30_000
    ).json_value()
    elapsed = time.perf_counter() - started
    whole = whole_shown = 0.0
    if complete is not None:
        whole_shown = page.wait_for_function(
            f"() => ({complete}) && performance.now()", timeout=30_000
        ).json_value()
        whole = time.perf_counter() - started
    page.remove_listener("console", on_console)
    if errors:
        raise AssertionError(f"{url}: console errors {errors}")
    return PageTimes(elapsed, whole, float(shown) / 1000, float(whole_shown) / 1000)


ALL_CHARTS = (
    "Array.from(document.querySelectorAll('#environments-charts .chart-card'))"
    ".filter(c => c.querySelector('.main-svg')).length >= 4"
)
"""The four chart cards of the environments page are drawn (a chart has several .main-svg)."""
COMPLETE = {
    "overview": "document.querySelector('#overview-patches .main-svg') !== null",
    "environments": ALL_CHARTS,
}
"""Pages that draw charts after their first paint: when every chart is drawn."""


FIRST_RENDER_ROUNDS = 5
"""Rounds of first renders: each round loads the bare page, then every page once; medians are
reported, since on a shared machine one load can take twice another (measured: 337-873 ms for
the bare page in one run)."""


def _bare_app() -> Any:
    """A bare Dash app with one small Plotly chart: the floor that Dash, React and Plotly set on
    this machine, measured in the same run."""
    from dash import Dash, dcc, html

    bare = Dash(__name__, serve_locally=True)
    bare.layout = html.Div(
        dcc.Graph(id="g", figure={"data": [{"type": "scatter", "y": [1, 3, 2]}]})
    )
    return bare


Render = tuple[list[PageTimes], float]
"""A page's first renders over the rounds, and its first render in a fresh browser profile."""


def _first_renders(
    browser: Any, base: str, bare: str, pages: list[tuple[str, str, str]]
) -> tuple[list[PageTimes], dict[str, Render]]:
    """First renders in a session whose browser cache holds the scripts, as after any visit:
    the bare page's, and per page its times over the rounds and the first render in a fresh
    browser profile that must download and compile them."""
    viewport = {"width": 1400, "height": 1000}
    bare_tab = browser.new_context(viewport=viewport).new_page()
    _timed_page(bare_tab, bare + "/", "#g .main-svg")
    session = browser.new_context(viewport=viewport)
    tab = session.new_page()
    _timed_page(tab, base + "/spec", "#spec-lineage tbody td")
    baseline: list[PageTimes] = []
    times: dict[str, list[PageTimes]] = {name: [] for name, _, _ in pages}
    for _ in range(FIRST_RENDER_ROUNDS):
        # Interleaved, so a burst of load elsewhere falls on the baseline and pages alike.
        baseline.append(_timed_page(bare_tab, bare + "/", "#g .main-svg"))
        for name, path, ready in pages:
            times[name].append(_timed_page(tab, base + path, ready, COMPLETE.get(name)))
    fresh: dict[str, float] = {}
    for name, path, ready in pages:
        fresh_context = browser.new_context(viewport=viewport)
        fresh[name] = _timed_page(fresh_context.new_page(), base + path, ready).first
        fresh_context.close()
    session.close()
    bare_tab.context.close()
    return baseline, {name: (times[name], fresh[name]) for name, _, _ in pages}


INPUT_MARK = """() => {
    window.__benchInput = null;
    const mark = (event) => {
        if (window.__benchInput === null) window.__benchInput = event.timeStamp;
    };
    document.addEventListener('pointerdown', mark, {capture: true, once: true});
    document.addEventListener('mousedown', mark, {capture: true, once: true});
}"""
"""Installed before a click: the page notes when its input began (the event's time stamp, on
the clock of ``performance.now()``), so a latency runs from the user's input to the frame that
shows its result, in the page itself, without Playwright's own round trips."""

CHANGED = """([s, t]) => document.querySelector(s).innerText !== t && performance.now()"""

CHARTS_DRAWN = """prev => {
    const key = document.querySelector('#environments-charts .charts-key');
    const cards = Array.from(document.querySelectorAll('#environments-charts .chart-card'));
    return key && key.innerText !== prev && cards.every(c => c.querySelector('.main-svg'))
        && performance.now();
}"""
"""The charts of new filters are on screen: the key names them and every card has its chart.
Checked on every animation frame (Playwright's default polling), so the time is that of the
first frame that paints them."""


class Latency:
    """One interaction, timed twice: in the page, from the input event to the first animation
    frame showing the result (what a user sees, and what the targets are about), and by the
    harness, from before Playwright's click until its wait returned. The difference is
    Playwright's own cost (its actionability checks, the synthetic input's round trip, polling
    results sent back), reported separately."""

    def __init__(self, page: Any) -> None:
        self.page = page
        page.evaluate(INPUT_MARK)
        self.started = time.perf_counter()

    def wait(self, expression: str, arg: Any) -> tuple[float, float]:
        """Seconds in the page and in the harness until ``expression`` returns a time."""
        shown = float(self.page.wait_for_function(expression, arg=arg).json_value())
        harness = time.perf_counter() - self.started
        began = self.page.evaluate("() => window.__benchInput")
        if began is None:
            raise AssertionError("the page saw no input event")
        return (shown - float(began)) / 1000, harness


Timing = tuple[float, float]
"""Seconds in the page and in the harness (see Latency)."""


def _charts_key(page: Any) -> str:
    return str(page.eval_on_selector("#environments-charts .charts-key", "e => e.innerText"))


def _pick(page: Any, dropdown: str, text: str, summary: str) -> tuple[Timing, Timing | None]:
    """Choose the option containing ``text``: the time until the summary changed and, on the
    environments page, until the charts of the new filters were drawn."""
    before = page.inner_text(summary)
    charts_before = _charts_key(page) if dropdown.startswith("#environments") else None
    page.click(dropdown)
    option = page.locator("[role=option]", has_text=text).first
    option.wait_for()
    latency = Latency(page)
    option.click()
    table = latency.wait(CHANGED, [summary, before])
    charts = None if charts_before is None else latency.wait(CHARTS_DRAWN, charts_before)
    page.keyboard.press("Escape")
    return table, charts


def _clear(page: Any, dropdown: str, summary: str) -> tuple[Timing, Timing]:
    before = page.inner_text(summary)
    charts_before = _charts_key(page)
    latency = Latency(page)
    page.click(f"{dropdown} .dash-dropdown-clear")
    table = latency.wait(CHANGED, [summary, before])
    return table, latency.wait(CHARTS_DRAWN, charts_before)


def _callback_latencies(
    browser: Any, base: str, version_labels: list[str]
) -> tuple[list[Timing], list[Timing]]:
    """Filters on the environments page set and cleared, and spec versions switched: the time
    until the table (or lineage) changed, and until the environment charts were redrawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    tables: list[Timing] = []
    charts: list[Timing] = []
    page.goto(base + "/environments")
    page.wait_for_function(f"() => {ALL_CHARTS}", timeout=30_000)
    summary = "#environments-summary"
    for index in range(CALLBACK_ROUNDS // 3):
        dropdown, text = (
            ("#environments-model", MODELS[index % 2])
            if index % 2
            else ("#environments-split", SPLITS[index % 4])
        )
        for table, chart in (_pick(page, dropdown, text, summary), _clear(page, dropdown, summary)):
            tables.append(table)
            if chart is not None:
                charts.append(chart)
    page.goto(base + "/spec")
    page.wait_for_selector("#spec-lineage tbody td", timeout=30_000)
    for index in range(CALLBACK_ROUNDS // 3):
        # Every other pick is the oldest changed version, so each pick changes the table.
        label = version_labels[0] if index % 2 == 0 else version_labels[-2 - index // 2]
        tables.append(_pick(page, "#spec-version", label, "#spec-lineage-summary")[0])
    context.close()
    return tables, charts


def _latency_line(label: str, timings: list[Timing]) -> tuple[str, float]:
    """A printed line for ``timings`` (in the page, and the harness's extra), and the p95 in the
    page."""
    shown = [t[0] for t in timings]
    extra = [t[1] - t[0] for t in timings]
    p95 = float(np.quantile(shown, 0.95))
    return (
        f"{label}: n={len(shown)}, input event -> painted in the page: median "
        f"{statistics.median(shown) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max "
        f"{max(shown) * 1000:.0f} ms; Playwright's own cost on top (click to wait returned, "
        f"minus the above): median {statistics.median(extra) * 1000:.0f} ms, p95 "
        f"{float(np.quantile(extra, 0.95)) * 1000:.0f} ms",
        p95,
    )


def main() -> None:
    from dashboard import create_app
    from tests.dashboard.serving import chromium, serve
    from tracker.workspace import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "bench"
        started = time.perf_counter()
        scenario = simulate(large_plan(), np.random.default_rng(11))
        write_workspace(scenario, root)
        print(
            f"generated {ENVIRONMENTS} environments x {RUNS} runs x {len(MODELS)} model lines "
            f"in {time.perf_counter() - started:.1f} s"
        )
        started = time.perf_counter()
        create_app(open_workspace(root), warm=True)
        print(
            "workspace read and every page's data computed (cold: no derived cache): "
            f"{time.perf_counter() - started:.1f} s"
        )
        # What a user sees every later time: the same inputs, read from .specdrift/derived-*.
        started = time.perf_counter()
        app = create_app(open_workspace(root), warm=True)
        print(
            "the same, warm (derived cache of the run above): "
            f"{time.perf_counter() - started:.2f} s"
        )
        data = app.server.config["SPECDRIFT_DASHBOARD_DATA"]
        flag = data.flags[0] if data.flags else None
        env_id = flag.env_id if flag else "env_000"
        clause_id = data.marks[-1].clauses[0] if data.marks else "GP1"
        pages = [
            ("overview", "/", "#overview-headline .main-svg"),
            ("environments", "/environments", "#environments-charts .main-svg"),
            ("environment", f"/env/{env_id}", "#env-chart .main-svg"),
            ("spec", "/spec", "#spec-lineage tbody td"),
            ("clause", f"/clause/{clause_id}", "#clause-history li"),
            ("failures", "/failures", "#failures-table tbody td"),
        ]
        with serve(app.server) as base, serve(_bare_app().server) as bare, chromium() as browser:
            baselines, renders = _first_renders(browser, base, bare, pages)
            versions = data.versions_table
            changed = versions.loc[versions["changes"] > 0]
            # What the version dropdown's options start with; typed, it leaves one option.
            labels = [f"{row['label']} · {row['date']:%Y-%m-%d}" for _, row in changed.iterrows()]
            latencies, chart_latencies = _callback_latencies(browser, base, labels)
        baseline = statistics.median(t.first for t in baselines)
        in_page = statistics.median(t.first_in_page for t in baselines)
        print(
            f"baseline: bare Dash page with one chart, median of {len(baselines)}: "
            f"{baseline * 1000:.0f} ms (min {min(t.first for t in baselines) * 1000:.0f}, "
            f"max {max(t.first for t in baselines) * 1000:.0f}); in the page (navigation start "
            f"-> the frame that draws it): {in_page * 1000:.0f} ms"
        )
        medians = {
            name: statistics.median(t.first for t in times) for name, (times, _) in renders.items()
        }
        for name, (times, cold) in renders.items():
            warm = medians[name]
            first = [t.first for t in times]
            shown = statistics.median(t.first_in_page for t in times)
            print(
                f"first render {name:<13} {warm * 1000:6.0f} ms = {warm / baseline:4.1f} x baseline"
                f" (median of {len(times)}; min {min(first) * 1000:.0f}, max "
                f"{max(first) * 1000:.0f}; fresh browser profile: {cold * 1000:.0f} ms); in the "
                f"page {shown * 1000:.0f} ms = {shown / in_page:.1f} x"
            )
            if name in COMPLETE:
                done = statistics.median(t.whole for t in times)
                done_shown = statistics.median(t.whole_in_page for t in times)
                print(
                    f"  {name}: every chart drawn (those after the first paint too) "
                    f"{done * 1000:.0f} ms = {done / baseline:.1f} x baseline (median); in the "
                    f"page {done_shown * 1000:.0f} ms = {done_shown / in_page:.1f} x"
                )
        worst = max(medians.values())
        line, p95 = _latency_line("callbacks (filter -> table, version -> lineage)", latencies)
        print(line)
        # The two kinds apart: the table filter runs in the browser, the lineage asks the server.
        filters = len(latencies) - CALLBACK_ROUNDS // 3
        print("  " + _latency_line("of which filter -> table", latencies[:filters])[0])
        print("  " + _latency_line("of which version -> lineage", latencies[filters:])[0])
        line, chart_p95 = _latency_line("filter -> the four environment charts", chart_latencies)
        print(line)
        ratio = worst / baseline
        print(
            f"first render worst {worst:.2f} s = {ratio:.1f} x baseline (target <= "
            f"{FIRST_RENDER_TARGET:g}x): {'ok' if ratio <= FIRST_RENDER_TARGET else 'OVER'}; "
            f"callback p95 {'ok' if p95 <= CALLBACK_P95_TARGET else 'OVER'} (target <= "
            f"{CALLBACK_P95_TARGET * 1000:.0f} ms); charts p95 "
            f"{'ok' if chart_p95 <= CHARTS_P95_TARGET else 'OVER'} (target <= "
            f"{CHARTS_P95_TARGET * 1000:.0f} ms)"
        )
