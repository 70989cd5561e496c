"""``specdrift dashboard`` and ``specdrift demo``: a real server process, and bad input."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.dashboard.serving import copy_workspace
from tracker.cli import main


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(workspace: Path, port: int, *options: str) -> subprocess.Popen[str]:
    specdrift = Path(sys.executable).parent / "specdrift"
    command = [str(specdrift), "dashboard", "--workspace", str(workspace), "--port", str(port)]
    return subprocess.Popen(
        [*command, *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _get(url: str, host: str | None = None) -> tuple[int, str]:
    """GET ``url`` once the server answers (it reads the workspace first); ``host`` forges Host."""
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(request) as reply:
                return reply.status, reply.read().decode()
        except urllib.error.HTTPError as refused:
            return refused.code, refused.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _stop(process: subprocess.Popen[str]) -> str:
    """Stop the server; its standard error."""
    process.terminate()
    _, err = process.communicate(timeout=10)
    return err


def test_dashboard_serves_a_workspace_on_localhost(demo_data: object, tmp_path: Path) -> None:
    from dashboard.data import DashboardData

    assert isinstance(demo_data, DashboardData)
    workspace = copy_workspace(demo_data.workspace.root, tmp_path / "ws", with_cache=True)
    port = _free_port()
    process = _start(workspace, port)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith(f"specdrift dashboard: http://127.0.0.1:{port}/"), line
        status, body = _get(f"http://127.0.0.1:{port}/environments")
        assert status == 200
        assert "<title>specdrift</title>" in body
        # Dash's scripts are served by the app itself, not from a CDN.
        assert "unpkg.com" not in body
        assert "cdn." not in body
        assert "/_dash-component-suites/" in body
        # A name that merely resolves here (DNS rebinding) is not this server's.
        assert _get(f"http://127.0.0.1:{port}/", host=f"evil.example:{port}")[0] == 403
    finally:
        err = _stop(process)
    assert "no authentication" not in err


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "dashboard.example"])
def test_remote_host_needs_allow_remote(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--host", host]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert f"--host {host}" in err
    assert "--allow-remote" in err
    assert "no authentication" in err
    assert "Traceback" not in err


def test_allow_remote_warns_and_prints_the_bound_url(demo_data: object, tmp_path: Path) -> None:
    from dashboard.data import DashboardData

    assert isinstance(demo_data, DashboardData)
    workspace = copy_workspace(demo_data.workspace.root, tmp_path / "ws", with_cache=True)
    port = _free_port()
    process = _start(workspace, port, "--host", "0.0.0.0", "--allow-remote")
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        # The address it is bound to, not a loopback one it merely also answers on.
        assert line.startswith(f"specdrift dashboard: http://0.0.0.0:{port}/"), line
        assert _get(f"http://127.0.0.1:{port}/")[0] == 200
        assert _get(f"http://127.0.0.1:{port}/", host=f"evil.example:{port}")[0] == 403
    finally:
        err = _stop(process)
    flat = " ".join(err.split())
    assert "no authentication" in flat
    assert f"0.0.0.0:{port}" in flat


def test_loopback_hosts_need_no_flag() -> None:
    from dashboard.binding import is_loopback

    for host in ("127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]", "LOCALHOST"):
        assert is_loopback(host), host
    for host in ("0.0.0.0", "::", "", "192.0.2.10", "localhost.evil.example", "10.0.0.1"):
        assert not is_loopback(host), host


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
