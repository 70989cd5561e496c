"""CLI commands ``dashboard`` and ``demo``: serve the Dash dashboard on a workspace."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from tracker.cli.common import stderr_console, workspace_option
from tracker.errors import UsageError
from tracker.workspace import Workspace, open_workspace


def _host_port(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option(
        "--allow-remote",
        is_flag=True,
        help="Allow a --host other than loopback. The dashboard has no authentication: anyone "
        "who can reach it reads the workspace and can record link decisions.",
    )(func)
    func = click.option(
        "--port", type=click.IntRange(1, 65535), default=8050, show_default=True, help="Port."
    )(func)
    return click.option(
        "--host",
        default="127.0.0.1",
        show_default=True,
        help="Interface to bind; the default serves this machine only (others need "
        "--allow-remote).",
    )(func)


NO_AUTH = (
    "the dashboard has no authentication: anyone who can reach it reads the workspace and "
    "can record link decisions in its links file"
)


def _check_host(host: str, allow_remote: bool) -> None:
    """Refuse a non-loopback ``--host`` unless ``--allow-remote`` says the user means it."""
    from dashboard.binding import is_loopback

    if not is_loopback(host) and not allow_remote:
        raise UsageError(
            f"--host {host} would serve other machines, and {NO_AUTH}; pass --allow-remote "
            "to do so anyway, or bind 127.0.0.1 (the default)"
        )


def _serve(workspace: Workspace, host: str, port: int) -> None:
    # Dash is imported here, not at module import: every other command stays fast.
    from dashboard import create_app
    from dashboard.binding import accepted_hosts, bound_url, is_loopback

    console = stderr_console()
    console.print(f"Loading {workspace.root} ...")
    app = create_app(workspace, warm=True, host=host)
    if not is_loopback(host):
        names = ", ".join(sorted(accepted_hosts(host, port)))
        console.print(
            f"[bold yellow]warning:[/] serving beyond this machine on {escape(host)}:{port}; "
            f"{NO_AUTH}. Requests must name this server as one of: {escape(names)}.",
            highlight=False,
        )
    # The address actually bound: for a wildcard bind that is 0.0.0.0, not a loopback URL.
    click.echo(f"specdrift dashboard: {bound_url(host, port)}  (Ctrl+C to stop)")
    app.run(host=host, port=port, debug=False)


@click.command("dashboard")
@workspace_option
@_host_port
def dashboard(workspace_dir: Path | None, host: str, port: int, allow_remote: bool) -> None:
    """Serve the dashboard of a workspace (verdicts, environments, spec, failures and links).

    It binds to 127.0.0.1 unless --host says otherwise (with --allow-remote: it has no
    authentication), and reads everything once before serving, so bad input is reported here,
    with its file and row, not in the browser. It answers only requests addressed to it (the
    Host header) and takes writes only from its own pages.
    """
    _check_host(host, allow_remote)
    _serve(open_workspace(workspace_dir), host, port)


@click.command("demo")
@_host_port
def demo(host: str, port: int, allow_remote: bool) -> None:
    """Serve the dashboard on the bundled demo workspace and print its URL.

    In a source checkout the demo is the checkout's own; an installed specdrift generates it
    once (about a second) into $XDG_CACHE_HOME/specdrift/demo-VERSION (default ~/.cache).
    """
    _check_host(host, allow_remote)
    from tracker.demo import demo_workspace

    console = stderr_console()
    root = demo_workspace(announce=lambda line: console.print(line, markup=False))
    _serve(open_workspace(root), host, port)


COMMANDS: list[click.Command] = [dashboard, demo]
