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
  a filter until the environment charts on screen are redrawn, p95 target <= 300 ms (a chart
  off screen is drawn when it comes into view: scrolling to it is timed apart): timed in the
  page, from the input event to the first animation frame that shows the result, with
  Playwright's own cost (click to wait returned, minus that) printed apart (see Latency), and
  where the time went (see BREAKDOWN).
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
FILTER_ROUNDS = 25
"""Filters set and cleared on the environments page: 50 table and 50 chart latencies. A p95 of
20 (last session's count) is an interpolation between the two slowest, so one stall moved it
by 100 ms or more; the bench prints a bootstrap interval of each p95 to show how firm it is."""
VERSION_ROUNDS = 20
"""Spec versions switched: 20 lineage latencies."""


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


WATCH = """args => {
    const conditions = [%s];
    window.__benchInput = null;
    window.__benchShown = conditions.map(() => null);
    const mark = (event) => {
        if (window.__benchInput === null) window.__benchInput = event.timeStamp;
    };
    document.addEventListener('pointerdown', mark, {capture: true, once: true});
    document.addEventListener('mousedown', mark, {capture: true, once: true});
    const poll = () => {
        conditions.forEach((condition, index) => {
            if (window.__benchShown[index] === null) {
                window.__benchShown[index] = condition(args[index]) || null;
            }
        });
        if (window.__benchShown.includes(null)) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
}"""
"""Installed before a click: the page notes when its input began (the event's time stamp, on
the clock of ``performance.now()``) and, on every animation frame from then on, checks each
condition until it holds, noting the time of the first frame that shows it. So a latency runs
from the user's input to the frame that shows its result, in the page itself: neither
Playwright's round trips nor when its own wait reaches the page (measured: a wait installed
while the page drew the charts saw the table only after them, 300 ms late) are in it."""

CHANGED = """([s, t]) => document.querySelector(s).innerText !== t && performance.now()"""

CHARTS_DRAWN = """prev => {
    const key = document.querySelector('#environments-charts .charts-key');
    const cards = Array.from(
        document.querySelectorAll('#environments-charts .chart-card:not(.chart-pending)')
    );
    const drawn = (card) => {
        const chart = card.querySelector('.js-plotly-plot');
        const title = card.querySelector('.card-title');
        return chart && chart._fullLayout && title
            && title.getAttribute('href').endsWith('/' + chart._fullLayout.meta);
    };
    return key && key.innerText !== prev && cards.every(drawn) && performance.now();
}"""
"""The charts of new filters are on screen: the key names them and every card's chart is
drawn with its environment's figure (the figure names it, ``layout.meta``: a card updated in
place keeps the chart it had until Plotly has drawn the new one). A card off screen is drawn
when it comes into view (``chart-pending`` until then): SCROLLED times that apart."""

ALL_DRAWN = CHARTS_DRAWN.replace(":not(.chart-pending)", "").replace(
    "key.innerText !== prev", "!document.querySelector('#environments-charts .chart-pending')"
)
"""Every card's chart is drawn with its environment's figure, those that were off screen
too (``prev`` unused)."""


class Latency:
    """One interaction, timed twice: in the page, from the input event to the first animation
    frame showing each result (what a user sees, and what the targets are about; see WATCH),
    and by the harness, from before Playwright's click until its wait returned. The difference
    is Playwright's own cost (its actionability checks, the synthetic input's round trip,
    polling results sent back), reported separately."""

    def __init__(self, page: Any, watches: list[tuple[str, Any]]) -> None:
        self.page = page
        conditions = ", ".join(condition for condition, _ in watches)
        page.evaluate(WATCH % conditions, [arg for _, arg in watches])
        self.started = time.perf_counter()

    def wait(self, index: int) -> Timing:
        """Seconds in the page and in the harness until the ``index``-th condition held, and
        where the time in the page went."""
        shown = float(
            self.page.wait_for_function("i => window.__benchShown[i]", arg=index).json_value()
        )
        harness = time.perf_counter() - self.started
        began = self.page.evaluate("() => window.__benchInput")
        if began is None:
            raise AssertionError("the page saw no input event")
        parts = self.page.evaluate(BREAKDOWN, [began, shown])
        return Timing((shown - float(began)) / 1000, harness, parts)


class Timing(NamedTuple):
    """Seconds in the page and in the harness (see Latency), and the page's breakdown."""

    shown: float
    harness: float
    parts: dict[str, Any]


TRACE = """(() => {
    // Where an interaction's time goes, noted by the page itself (the benchmark's breakdown):
    // long tasks (> 50 ms on the main thread: script, style, layout, GC), Plotly's draws
    // (Plotly.react and the resize dcc.Graph asks for after a new chart's first draw: their
    // synchronous part) and the dashboard's requests to the server (sent, first byte, done).
    const log = (window.__benchTrace = {tasks: [], draws: [], requests: []});
    try {
        new PerformanceObserver((list) => {
            for (const e of list.getEntries()) log.tasks.push([e.startTime, e.duration]);
        }).observe({type: 'longtask', buffered: true});
    } catch (e) {}
    const timed = (name, f) => function (...args) {
        const started = performance.now();
        try {
            return f.apply(this, args);
        } finally {
            log.draws.push([name, started, performance.now() - started]);
        }
    };
    let plotly;
    // plotly.min.js sets window.Plotly when dcc.Graph loads it: its draws are wrapped then.
    Object.defineProperty(window, 'Plotly', {
        configurable: true,
        get: () => plotly,
        set: (value) => {
            plotly = value;
            if (value && value.react && !value.react.__timed) {
                value.react = timed('react', value.react);
                value.react.__timed = true;
                value.Plots.resize = timed('resize', value.Plots.resize);
            }
        },
    });
    new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
            if (e.name.includes('_dash-update-component')) {
                log.requests.push([e.startTime, e.responseStart, e.responseEnd]);
            }
        }
    }).observe({type: 'resource', buffered: true});
})()"""
"""Installed in every page of the latency context before its scripts (see Breakdown)."""

BREAKDOWN = """([began, shown]) => {
    const log = window.__benchTrace;
    const within = (start, end) => end > began && start < shown;
    const tasks = log.tasks.filter(([s, d]) => within(s, s + d));
    const draws = log.draws.filter(([, s, d]) => within(s, s + d));
    const requests = log.requests.filter(([s, , e]) => within(s, e));
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    return {
        tasks: tasks.length,
        task_ms: sum(tasks.map(([s, d]) => Math.min(s + d, shown) - Math.max(s, began))),
        longest_task_ms: Math.max(0, ...tasks.map(([, d]) => d)),
        draws: draws.length,
        draw_ms: sum(draws.map(([, , d]) => d)),
        requests: requests.length,
        request_wait_ms: sum(requests.map(([s, , e]) => e - s)),
        server_ms: sum(requests.map(([s, first]) => first - s)),
        first_request_after_ms: requests.length ? requests[0][0] - began : null,
    };
}"""
"""Of one interaction (input event to the frame that shows it, page clock): its long tasks
(time inside the interaction, and the longest), Plotly draws, and requests (time waiting,
time to first byte: the server's work plus the local round trip; and how long after the
input the first was sent, which is the browser's work and Dash's queue before it)."""


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
    watches = [(CHANGED, [summary, before])]
    if charts_before is not None:
        watches.append((CHARTS_DRAWN, charts_before))
    latency = Latency(page, watches)
    option.click()
    table = latency.wait(0)
    charts = None if charts_before is None else latency.wait(1)
    page.keyboard.press("Escape")
    return table, charts


SCROLLED: list[Timing] = []
"""Scroll -> the charts that were off screen drawn, one per filter that left any off screen."""


def _scroll_to_pending(page: Any) -> None:
    """When a filter left charts off screen to be drawn in view, scroll to the last card and
    time until every chart is drawn (in SCROLLED), then scroll back to the top, so every filter
    starts from the same view."""
    if not page.evaluate("() => !!document.querySelector('#environments-charts .chart-pending')"):
        return
    latency = Latency(page, [(ALL_DRAWN, None)])
    # A wheel scroll is an input (the page notes a pointer-less input by its own clock).
    page.evaluate(
        "() => { window.__benchInput = performance.now(); Array.from(document.querySelectorAll("
        "'#environments-charts .chart-pending')).pop().scrollIntoView({block: 'end'}); }"
    )
    SCROLLED.append(latency.wait(0))
    page.evaluate("() => window.scrollTo(0, 0)")


def _clear(page: Any, dropdown: str, summary: str) -> tuple[Timing, Timing]:
    before = page.inner_text(summary)
    charts_before = _charts_key(page)
    latency = Latency(page, [(CHANGED, [summary, before]), (CHARTS_DRAWN, charts_before)])
    page.click(f"{dropdown} .dash-dropdown-clear")
    return latency.wait(0), latency.wait(1)


def _callback_latencies(
    browser: Any, base: str, version_labels: list[str]
) -> tuple[list[Timing], list[Timing]]:
    """Filters on the environments page set and cleared, and spec versions switched: the time
    until the table (or lineage) changed, and until the environment charts were redrawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(script=TRACE)
    page = context.new_page()
    tables: list[Timing] = []
    charts: list[Timing] = []
    page.goto(base + "/environments")
    page.wait_for_function(f"() => {ALL_CHARTS}", timeout=30_000)
    summary = "#environments-summary"
    for index in range(FILTER_ROUNDS):
        dropdown, text = (
            ("#environments-model", MODELS[index % 2])
            if index % 2
            else ("#environments-split", SPLITS[index % 4])
        )
        for clearing in (False, True):
            table, chart = (
                _clear(page, dropdown, summary)
                if clearing
                else _pick(page, dropdown, text, summary)
            )
            tables.append(table)
            if chart is not None:
                charts.append(chart)
            _scroll_to_pending(page)
    page.goto(base + "/spec")
    page.wait_for_selector("#spec-lineage tbody td", timeout=30_000)
    others = max(1, len(version_labels) - 2)
    for index in range(VERSION_ROUNDS):
        # Every other pick is the oldest changed version, so each pick changes the table.
        label = version_labels[0] if index % 2 == 0 else version_labels[-2 - (index // 2) % others]
        tables.append(_pick(page, "#spec-version", label, "#spec-lineage-summary")[0])
    context.close()
    return tables, charts


def _p95_interval(shown: list[float], draws: int = 2000) -> tuple[float, float]:
    """A bootstrap 90% interval of the p95 of ``shown``: how much it would move with another
    sample of as many interactions."""
    rng = np.random.default_rng(0)
    samples = rng.choice(np.asarray(shown), size=(draws, len(shown)), replace=True)
    p95s = np.quantile(samples, 0.95, axis=1)
    return float(np.quantile(p95s, 0.05)), float(np.quantile(p95s, 0.95))


def _latency_line(label: str, timings: list[Timing]) -> tuple[str, float]:
    """A printed line for ``timings`` (in the page, and the harness's extra), and the p95 in the
    page."""
    shown = [t.shown for t in timings]
    extra = [t.harness - t.shown for t in timings]
    p95 = float(np.quantile(shown, 0.95))
    low, high = _p95_interval(shown)
    return (
        f"{label}: n={len(shown)}, input event -> painted in the page: median "
        f"{statistics.median(shown) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (bootstrap 90%: "
        f"{low * 1000:.0f}-{high * 1000:.0f}), max {max(shown) * 1000:.0f} ms; Playwright's "
        f"own cost on top (click to wait returned, minus the above): median "
        f"{statistics.median(extra) * 1000:.0f} ms, p95 "
        f"{float(np.quantile(extra, 0.95)) * 1000:.0f} ms",
        p95,
    )


def _breakdown_lines(timings: list[Timing]) -> list[str]:
    """Where the time went (see BREAKDOWN): the median of each part over the interactions, over
    the slowest tenth (the tail that sets the p95), and the slowest three one by one."""
    order = sorted(timings, key=lambda t: t.shown)
    tail = order[-max(2, len(order) // 10) :]

    def parts(chosen: list[Timing]) -> str:
        def median(key: str) -> float:
            values = [t.parts[key] for t in chosen if t.parts[key] is not None]
            return statistics.median(values) if values else float("nan")

        return (
            f"total {statistics.median(t.shown for t in chosen) * 1000:.0f} ms; long tasks "
            f"{median('tasks'):.0f} ({median('task_ms'):.0f} ms, longest "
            f"{median('longest_task_ms'):.0f}); Plotly draws {median('draws'):.0f} "
            f"({median('draw_ms'):.0f} ms); requests {median('requests'):.0f} (waiting "
            f"{median('request_wait_ms'):.0f} ms, to first byte {median('server_ms'):.0f} ms, "
            f"first sent after {median('first_request_after_ms'):.0f} ms)"
        )

    lines = [f"all, median: {parts(order)}", f"slowest {len(tail)}, median: {parts(tail)}"]
    lines += [f"slow one: {parts([t])}" for t in order[-3:][::-1]]
    return lines


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
        filters = len(latencies) - VERSION_ROUNDS
        for label, kind in (
            ("of which filter -> table", latencies[:filters]),
            ("of which version -> lineage", latencies[filters:]),
        ):
            print("  " + _latency_line(label, kind)[0])
            print("\n".join("    " + part for part in _breakdown_lines(kind)))
        line, chart_p95 = _latency_line(
            "filter -> the environment charts on screen", chart_latencies
        )
        print(line)
        print("\n".join("    " + part for part in _breakdown_lines(chart_latencies)))
        if SCROLLED:
            # Not a target: the charts a filter left off screen, drawn when scrolled to.
            print(
                _latency_line(
                    "  then scroll -> the charts that were off screen drawn (filters that left "
                    f"any: {len(SCROLLED)} of {len(chart_latencies)})",
                    SCROLLED,
                )[0]
            )
        ratio = worst / baseline
        print(
            f"first render worst {worst:.2f} s = {ratio:.1f} x baseline (target <= "
            f"{FIRST_RENDER_TARGET:g}x): {'ok' if ratio <= FIRST_RENDER_TARGET else 'OVER'}; "
            f"callback p95 {'ok' if p95 <= CALLBACK_P95_TARGET else 'OVER'} (target <= "
            f"{CALLBACK_P95_TARGET * 1000:.0f} ms); charts p95 "
            f"{'ok' if chart_p95 <= CHARTS_P95_TARGET else 'OVER'} (target <= "
            f"{CHARTS_P95_TARGET * 1000:.0f} ms)"
        )
