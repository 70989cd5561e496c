"""``specdrift dashboard`` and ``specdrift demo``: a real server process, and bad input."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.dashboard.serving import copy_workspace
from tracker.cli import main


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_dashboard_serves_a_workspace_on_localhost(demo_data: object, tmp_path: Path) -> None:
    from dashboard.data import DashboardData

    assert isinstance(demo_data, DashboardData)
    workspace = copy_workspace(demo_data.workspace.root, tmp_path / "ws", with_cache=True)
    port = _free_port()
    specdrift = Path(sys.executable).parent / "specdrift"
    command = [str(specdrift), "dashboard", "--workspace", str(workspace)]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith(f"specdrift dashboard: http://127.0.0.1:{port}/"), line
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/environments") as reply:
                    body = reply.read().decode()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert reply.status == 200
        assert "<title>specdrift</title>" in body
        # Dash's scripts are served by the app itself, not from a CDN.
        assert "unpkg.com" not in body
        assert "cdn." not in body
        assert "/_dash-component-suites/" in body
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_dashboard_refuses_a_folder_without_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["dashboard", "--workspace", str(tmp_path)])
    assert code == 2
    # Rich wraps long lines; compare the words.
    assert "no specdrift.toml here" in " ".join(capsys.readouterr().err.split())


def test_dashboard_refuses_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--port", "0"]) == 2
    assert "--port" in capsys.readouterr().err
