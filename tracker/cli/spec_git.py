"""``specdrift spec import`` and ``spec commit``: put a spec under git, with trailers."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from tracker.cli.common import emit_json, format_option, stdout_console
from tracker.cli.spec_source import SpecSource, source_options


@click.command("import")
@click.argument(
    "snapshots", type=click.Path(path_type=Path, file_okay=False, exists=True, readable=True)
)
@click.option(
    "--into",
    "into",
    type=click.Path(path_type=Path),
    required=True,
    help="The git repository to create (or add to); it needs a working tree (not bare).",
)
@click.option(
    "--file-name",
    default="spec.md",
    show_default=True,
    help="The spec's path in it: relative, inside the repository, not in .git.",
)
@format_option("text", "json")
def import_command(snapshots: Path, into: Path, file_name: str, output_format: str) -> None:
    """Turn a folder of dated spec snapshots into a git history with those dates.

    Dates come from manifest.json or manifest.csv in the folder (file, date, optional message
    and author), else from the file names (spec-2025-10-27.md). Snapshots must lie inside
    the folder; every path is checked before anything is written.
    """
    from tracker.history.importer import import_snapshots

    done = import_snapshots(snapshots, into, file_name=file_name)
    rows = [
        {
            "file": str(item.snapshot.path),
            "date": item.snapshot.date.isoformat(),
            "message": item.snapshot.message,
            "commit": item.commit,
            "skipped": item.skipped,
        }
        for item in done
    ]
    if output_format == "json":
        emit_json({"repo": str(into), "commits": rows})
        return
    table = Table(title=f"{sum(1 for r in rows if r['commit'])} commits in {into}")
    for column in ("date", "commit", "file", "message"):
        table.add_column(column, overflow="fold")
    for item in done:
        commit = item.commit[:7] if item.commit else f"skipped: {item.skipped}"
        table.add_row(
            f"{item.snapshot.date.date()}",
            commit,
            escape(str(item.snapshot.path)),
            escape(item.snapshot.message),
        )
    stdout_console().print(table)


def _split_ids(raw: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in raw for part in value.split(",") if part.strip()]


def _known_ids(source: SpecSource) -> tuple[set[str] | None, set[str] | None]:
    """Failure and environment ids of the workspace, None while it has none to check against."""
    workspace = source.workspace
    if workspace is None:
        return None, None
    from tracker.failures.loading import read_failures_file

    failure_files = [workspace.path(p) for p in workspace.settings.benchmarks.failures]
    failures = (
        {
            f.failure_id
            for path in failure_files
            if path.is_file()
            for _, f in read_failures_file(path)
        }
        if any(path.is_file() for path in failure_files)
        else None
    )
    environments_file = workspace.path(workspace.settings.benchmarks.environments)
    environments = (
        {env.env_id for env in workspace.environments} if environments_file.is_file() else None
    )
    return failures or None, environments or None


@click.command("commit")
@source_options
@click.option("-m", "--message", required=True, help="The commit message.")
@click.option(
    "--prompted-by",
    multiple=True,
    help="Failure ids that prompted this change, comma-separated (a Prompted-by trailer).",
)
@click.option(
    "--targets-env",
    multiple=True,
    help="Environment ids this change targets, comma-separated (a Targets-env trailer).",
)
@format_option("text", "json")
def commit_command(
    source: SpecSource,
    message: str,
    prompted_by: tuple[str, ...],
    targets_env: tuple[str, ...],
    output_format: str,
) -> None:
    """Commit the current spec file(s) with Prompted-by / Targets-env trailers.

    Unknown failure ids are refused once the workspace has failures (and unknown environment
    ids once it has an environments file). Needs a working tree: not a bare repository.
    """
    from tracker.history.importer import commit_spec

    known_failures, known_environments = _known_ids(source)
    sha = commit_spec(
        source.repo,
        source.files,
        message,
        prompted_by=_split_ids(prompted_by),
        targets_env=_split_ids(targets_env),
        known_failures=known_failures,
        known_environments=known_environments,
    )
    if output_format == "json":
        emit_json({"commit": sha, "repo": str(source.repo)})
        return
    stdout_console().print(f"committed {sha[:7]} in {escape(str(source.repo))}")


VERSIONING_COMMANDS: list[click.Command] = [import_command, commit_command]
