"""Dashboard benchmark, measured in headless Chromium on a generated large workspace.

200 environments x 60 runs x 2 model lines (drawn by ``tracker.simulate`` with 12 spec patches,
a broad training shift and an awareness rise). Measured:

- the time to read the workspace and compute every page's data (what ``specdrift dashboard``
  does before it prints its URL);
- the first render of each page in a fresh browser context (navigation to chart or table drawn),
  target <= 2 s;
- callback latency (a filter or version changed -> the page updated), p95 target <= 300 ms.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

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
CALLBACK_P95_TARGET = 0.300
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
            text=f"Clause {k + 1}: do not repeat the failure seen in environments {3 * k}-{3 * k + 2}.",
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


def _timed_page(browser: Any, url: str, ready: str) -> float:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(ready, timeout=30_000)
    elapsed = time.perf_counter() - started
    context.close()
    if errors:
        raise AssertionError(f"{url}: console errors {errors}")
    return elapsed


def _callback_latencies(browser: Any, base: str, version_count: int) -> list[float]:
    """Change the environment filters and the spec version back and forth; time each update."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    latencies: list[float] = []
    page.goto(base + "/environments")
    page.wait_for_selector("#environments-charts .js-plotly-plot .main-svg", timeout=30_000)
    choices = [[m] for m in MODELS] + [list(SPLITS[:2]), list(SPLITS[2:])]
    for index in range(CALLBACK_ROUNDS):
        before = page.locator("#environments-summary").inner_text()
        page.click("#environments-split" if index % 2 else "#environments-model")
        text = (list(SPLITS) if index % 2 else list(MODELS))[index % 2 + (index // 2) % 2]
        started = time.perf_counter()
        page.keyboard.type(text)
        page.keyboard.press("Enter")
        page.wait_for_function(
            "t => document.querySelector('#environments-summary').innerText !== t",
            arg=before,
            timeout=10_000,
        )
        page.wait_for_selector("#environments-charts .js-plotly-plot .main-svg", timeout=10_000)
        latencies.append(time.perf_counter() - started)
        page.keyboard.press("Escape")
        if index % 6 == 5:  # clear the filters now and then, so the table grows back
            page.goto(base + "/environments")
            page.wait_for_selector("#environments-charts .js-plotly-plot .main-svg", timeout=30_000)
    del choices
    context.close()
    return latencies


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
        workspace = open_workspace(root)
        started = time.perf_counter()
        app = create_app(workspace, warm=True)
        print(
            f"workspace read and every page's data computed: {time.perf_counter() - started:.1f} s"
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
        with serve(app.server) as base, chromium() as browser:
            _timed_page(browser, base + "/", "#overview-headline .main-svg")  # browser start-up
            worst = 0.0
            for name, path, ready in pages:
                seconds = _timed_page(browser, base + path, ready)
                worst = max(worst, seconds)
                print(f"first render {name:<13} {seconds * 1000:7.0f} ms")
            latencies = _callback_latencies(browser, base, len(data.versions))
        p95 = float(np.quantile(latencies, 0.95))
        print(
            f"callbacks: n={len(latencies)} median {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
        )
        print(
            f"first render worst {worst:.2f} s (target <= {FIRST_RENDER_TARGET} s): "
            f"{'ok' if worst <= FIRST_RENDER_TARGET else 'OVER'}; callback p95 "
            f"{'ok' if p95 <= CALLBACK_P95_TARGET else 'OVER'} (target <= 300 ms)"
        )
