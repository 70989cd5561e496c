"""Options and output helpers shared by every command. Only ``tracker.cli`` prints or exits."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from tracker.workspace import Workspace, open_workspace

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_FINDINGS = 1
"""A ``--fail-on`` asked to fail on something that was found."""
EXIT_BAD_INPUT = 2


def stdout_console() -> Console:
    """A console for data; wide enough that tables are not cut when output is piped."""
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160, highlight=False)


def stderr_console() -> Console:
    """Progress bars and warnings go to standard error, so data on stdout stays clean.

    Soft wrap: a message that names a path must stay on one line to be copied or grepped.
    """
    return Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def progress_bar(
    description: str, *, more_than: int = 0, console: Console | None = None
) -> Iterator[Callable[[int, int], None]]:
    """A ``(done, total)`` callback drawing a transient bar on stderr when it is a terminal.

    The bar appears only once ``total`` exceeds ``more_than``: work that short would only
    flash a bar. ``console`` (tests) draws on that console whether or not it is a terminal.
    """
    if console is None and not sys.stderr.isatty():
        yield lambda done, total: None
        return
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console or stderr_console(),
        transient=True,
    )
    task: list[TaskID] = []  # the bar's task, once shown

    def update(done: int, total: int) -> None:
        if not task:
            if total <= more_than:
                return
            bar.start()
            task.append(bar.add_task(description, total=total))
        bar.update(task[0], completed=done, total=total)

    try:
        yield update
    finally:
        if task:
            bar.stop()


def workspace_option(func: F) -> F:
    """``--workspace DIR``: default the current folder's specdrift.toml, else the bundled demo."""
    return click.option(
        "--workspace",
        "workspace_dir",
        type=click.Path(path_type=Path, file_okay=True, dir_okay=True),
        default=None,
        help="Workspace folder (with specdrift.toml). Default: the current one's, else the demo.",
    )(func)


def format_option(*choices: str, default: str = "text") -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(list(choices)),
            default=default,
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


def load_workspace(workspace_dir: Path | None) -> Workspace:
    return open_workspace(workspace_dir)


def to_jsonable(value: Any) -> Any:
    """Pydantic models, paths and datetimes as plain JSON values."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def emit_json(value: Any) -> None:
    """Print ``value`` as indented JSON on standard output."""
    click.echo(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False, default=str))


def parse_choice_list(raw: str | None, allowed: tuple[str, ...], option: str) -> list[str]:
    """Split ``a,b`` into names, refusing any name not in ``allowed`` (exit 2)."""
    if not raw:
        return []
    names = [part.strip() for part in raw.split(",") if part.strip()]
    unknown = [name for name in names if name not in allowed]
    if unknown:
        raise click.BadParameter(
            f"unknown {', '.join(unknown)}; expected one or more of {', '.join(allowed)}",
            param_hint=option,
        )
    return names


def warn_about_inputs(workspace: Workspace) -> None:
    """Say on stderr what the verdicts were computed without: rejected rows, unmade links.

    Verdicts read only the usable rows; the user must know when some were not usable.
    """
    console = stderr_console()
    rejected = workspace.rejected_rows
    if rejected:
        console.print(
            f"[yellow]warning:[/] {rejected} input rows of the results were rejected and are "
            "not in these verdicts; `specdrift ingest` lists each with its reason"
        )
    for problem in workspace.link_problems:
        console.print(f"[yellow]warning:[/] {escape(str(problem))}")
