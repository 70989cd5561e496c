"""Fixtures for the dashboard tests: copies of the demo workspace, its app served, a browser."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dashboard.data import DashboardData
from tests.dashboard.serving import ConsoleLog, copy_workspace, serve
from tracker.demo import demo_workspace
from tracker.workspace import open_workspace

INJECTED_SUMMARY = (
    '<script>window.__xss = 1; alert("script ran")</script>'
    "<img src=x onerror=\"window.__xss = 2; alert('onerror ran')\"> covert edit of the grader"
)
INJECTED_ID = "F-INJECT"


def _demo_or_skip() -> Path:
    demo = demo_workspace()  # the checkout's own demo
    if not (demo / "benchmarks" / "results.csv").is_file():
        pytest.skip(f"the demo workspace's files are not generated yet (see {demo})")
    return demo


@pytest.fixture(scope="session")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo workspace that tests only read (never the committed one)."""
    return copy_workspace(_demo_or_skip(), tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="session")
def demo_data(demo_copy: Path) -> DashboardData:
    data = DashboardData(open_workspace(demo_copy))
    data.warm()
    return data


@pytest.fixture
def writable_demo(tmp_path: Path, demo_data: DashboardData, demo_copy: Path) -> Path:
    """A fresh copy of the demo whose links.csv a test may change (with the warm cache)."""
    return copy_workspace(demo_copy, tmp_path / "ws", with_cache=True)


@pytest.fixture(scope="session")
def injected_workspace(tmp_path_factory: pytest.TempPathFactory, demo_data: DashboardData) -> Path:
    """A demo copy with one failure whose summary and excerpt carry a script and an onerror."""
    dest = copy_workspace(
        demo_copy_path(demo_data), tmp_path_factory.mktemp("injected"), with_cache=True
    )
    ws = open_workspace(dest)
    failures_file = ws.path(ws.settings.benchmarks.failures[0])
    env_id = sorted(demo_data.environments)[0]
    model = demo_data.model_lines[0]
    record = {
        "failure_id": INJECTED_ID,
        "date": "2026-03-01T00:00:00+00:00",
        "env_id": env_id,
        "model": model,
        "summary": INJECTED_SUMMARY,
        "excerpt": INJECTED_SUMMARY,
    }
    with failures_file.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
    return dest


def demo_copy_path(data: DashboardData) -> Path:
    return data.workspace.root


@pytest.fixture(scope="session")
def demo_url(demo_copy: Path) -> Iterator[str]:
    from dashboard import create_app

    app = create_app(open_workspace(demo_copy), warm=True)
    with serve(app.server) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, ConsoleLog]]:
    """A fresh page whose console errors fail the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    new_page = context.new_page()
    log = ConsoleLog()
    log.attach(new_page)
    yield new_page, log
    context.close()
    assert log.errors == [], f"browser console errors: {log.errors}"
