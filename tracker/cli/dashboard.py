"""CLI commands ``dashboard`` and ``demo``: serve the Dash dashboard on a workspace."""

from __future__ import annotations

from pathlib import Path

import click

from tracker.cli.common import stderr_console, workspace_option
from tracker.workspace import Workspace, open_workspace


def _host_port(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option(
        "--port", type=click.IntRange(1, 65535), default=8050, show_default=True, help="Port."
    )(func)
    return click.option(
        "--host",
        default="127.0.0.1",
        show_default=True,
        help="Interface to bind; the default serves this machine only.",
    )(func)


def _serve(workspace: Workspace, host: str, port: int) -> None:
    # Dash is imported here, not at module import: every other command stays fast.
    from dashboard import create_app

    console = stderr_console()
    console.print(f"Loading {workspace.root} ...")
    app = create_app(workspace, warm=True)
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    click.echo(f"specdrift dashboard: http://{shown}:{port}/  (Ctrl+C to stop)")
    app.run(host=host, port=port, debug=False)


@click.command("dashboard")
@workspace_option
@_host_port
def dashboard(workspace_dir: Path | None, host: str, port: int) -> None:
    """Serve the dashboard of a workspace (verdicts, environments, spec, failures and links).

    It binds to 127.0.0.1 unless --host says otherwise, and reads everything once before
    serving, so bad input is reported here, with its file and row, not in the browser.
    """
    _serve(open_workspace(workspace_dir), host, port)


@click.command("demo")
@_host_port
def demo(host: str, port: int) -> None:
    """Serve the dashboard on the bundled demo workspace and print its URL.

    In a source checkout the demo is the checkout's own; an installed specdrift generates it
    once (about a second) into $XDG_CACHE_HOME/specdrift/demo-VERSION (default ~/.cache).
    """
    from tracker.demo import demo_workspace

    console = stderr_console()
    root = demo_workspace(announce=lambda line: console.print(line, markup=False))
    _serve(open_workspace(root), host, port)


COMMANDS: list[click.Command] = [dashboard, demo]
