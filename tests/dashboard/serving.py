"""Serve a Dash app on 127.0.0.1 in a thread, and copy workspaces.

Shared by the browser tests and the dashboard benchmark.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from werkzeug.serving import WSGIRequestHandler, make_server

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, ConsoleLog, chromium

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "ConsoleLog", "chromium", "copy_workspace", "serve"]


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
