"""Fixtures for the dashboard tests: copies of the demo workspace, its app served, a browser."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
# Remote resources written into a clause: none may be fetched when the clause page renders.
REMOTE_CLAUSE = "AS4"
REMOTE_ALT = "tracking pixel"
REMOTE_MARKDOWN = (
    f' ![{REMOTE_ALT}](http://evil.example/track.png "pixel")'
    ' ![by reference][pixel] <img src="http://evil.example/raw.png">'
    " [a plain link](http://evil.example/page) [a script link](javascript:alert(1))"
    "\n\n[pixel]: http://evil.example/ref.png"
)


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


GIT_IDENTITY = [
    "-c",
    "user.name=Spec Author",
    "-c",
    "user.email=author@example.invalid",
    "-c",
    "commit.gpgsign=false",
]


@pytest.fixture(scope="session")
def remote_image_workspace(
    tmp_path_factory: pytest.TempPathFactory, demo_data: DashboardData
) -> Path:
    """A demo copy whose spec gets one more commit: clause AS4 with remote images and links."""
    dest = copy_workspace(
        demo_copy_path(demo_data), tmp_path_factory.mktemp("remote"), with_cache=True
    )
    repo = open_workspace(dest).spec_repo
    spec_file = repo / "spec.md"
    text = spec_file.read_text(encoding="utf-8")
    start = text.index(f"\n{REMOTE_CLAUSE}: ") + 1
    end = text.index("\n", start)
    spec_file.write_text(text[:end] + REMOTE_MARKDOWN + text[end:], encoding="utf-8")
    last = subprocess.run(
        ["git", "log", "-1", "--format=%cI"], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()
    date = (datetime.fromisoformat(last) + timedelta(days=1)).isoformat()
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    for args in (
        ["add", "spec.md"],
        [*GIT_IDENTITY, "commit", "-q", "-m", f"{REMOTE_CLAUSE}: remote images and links"],
    ):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    return dest


def demo_copy_path(data: DashboardData) -> Path:
    return data.workspace.root


@pytest.fixture(scope="session")
def demo_url(demo_copy: Path) -> Iterator[str]:
    from dashboard import create_app

    app = create_app(open_workspace(demo_copy), warm=True)
    with serve(app.server) as url:
        yield url


LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def is_local(url: str) -> bool:
    """Whether a URL the browser requested stays on this machine (data: and blob: never leave)."""
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in LOCAL_HOSTS


@pytest.fixture
def seen_requests() -> list[str]:
    """Every URL the ``page`` fixture's browser page requested, in order."""
    return []


@pytest.fixture
def page(browser: Any, seen_requests: list[str]) -> Iterator[tuple[Any, ConsoleLog]]:
    """A fresh page whose console errors, or any request leaving 127.0.0.1, fail the test."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    new_page = context.new_page()
    log = ConsoleLog()
    log.attach(new_page)
    new_page.on("request", lambda request: seen_requests.append(request.url))
    yield new_page, log
    context.close()
    assert log.errors == [], f"browser console errors: {log.errors}"
    remote = [url for url in seen_requests if not is_local(url)]
    assert remote == [], f"requests that left this machine: {remote}"
