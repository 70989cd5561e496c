"""Serve a Dash app on 127.0.0.1 in a thread, drive headless Debian Chromium, copy workspaces.

Shared by the browser tests and the dashboard benchmark.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkzeug.serving import WSGIRequestHandler, make_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # one line per request would bury the test output


@contextmanager
def serve(flask_app: Any) -> Iterator[str]:
    """Run ``flask_app`` with a real threaded server on a free port; yield its base URL."""
    server = make_server("127.0.0.1", 0, flask_app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser (Debian's), driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class ConsoleLog:
    """Console errors, uncaught page errors and dialogs seen by one page."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        page.on(
            "console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None
        )
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)


def copy_workspace(source: Path, dest: Path, *, with_cache: bool = False) -> Path:
    """Copy a workspace's config and its files (not a rebuilt spec repo); ``with_cache`` also
    copies ``.specdrift/`` (parsed versions, embeddings: content-keyed, so safe to share)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / "specdrift.toml", dest / "specdrift.toml")
    if with_cache and (source / ".specdrift").is_dir():
        shutil.copytree(source / ".specdrift", dest / ".specdrift")
    for folder in ("specs_history", "benchmarks"):
        if (source / folder).is_dir():
            shutil.copytree(
                source / folder,
                dest / folder,
                ignore=shutil.ignore_patterns(".specdrift", "__pycache__", "anti-scheming"),
            )
    return dest
