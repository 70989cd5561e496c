"""Where ``specdrift spec`` commands read the spec from: the workspace, or --repo/--file."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.markup import escape

from tracker.cli.common import load_workspace, progress_bar, stderr_console, workspace_option
from tracker.errors import SpecHistoryError, UsageError
from tracker.settings import SpecSettings
from tracker.spec.models import ParsedVersion

R = TypeVar("R")

PROGRESS_AFTER = 300
"""Parsing more spec blobs than this draws a progress bar (fewer take about a second)."""


def source_options(command: Callable[..., R]) -> Callable[..., R]:
    """``--workspace``, ``--repo``, ``--file`` and ``--clause-marker``, handed to the command as
    one ``source: SpecSource`` (every spec command reads the spec the same way)."""

    @functools.wraps(command)
    def func(
        *args: Any,
        workspace_dir: Path | None,
        repo: Path | None,
        file_globs: tuple[str, ...],
        clause_marker: str | None,
        **kwargs: Any,
    ) -> R:
        source = SpecSource(workspace_dir, repo, file_globs, clause_marker)
        return command(*args, source=source, **kwargs)

    func = click.option(
        "--clause-marker",
        default=None,
        help="Regex with a group 'id' marking clauses in text (default: the workspace's).",
    )(func)
    func = click.option(
        "--file",
        "file_globs",
        multiple=True,
        help=(
            "Spec file glob inside the repository (repeatable; !GLOB leaves out; "
            "overrides the workspace)."
        ),
    )(func)
    func = click.option(
        "--repo",
        type=click.Path(path_type=Path, file_okay=True, dir_okay=True),
        default=None,
        help="The spec's git repository, bare or not (overrides the workspace).",
    )(func)
    return workspace_option(func)


@dataclass
class SpecSource:
    """Where the spec history comes from: the workspace, or ``--repo``/``--file``."""

    workspace_dir: Path | None
    repo_option: Path | None
    file_globs: tuple[str, ...]
    marker_option: str | None

    @property
    def workspace(self) -> Any:
        """The workspace, or None when only ``--repo`` was given."""
        return self._workspace

    @cached_property
    def _workspace(self) -> Any:
        if self.repo_option is not None and self.workspace_dir is None:
            return None  # --repo alone: no workspace needed
        return load_workspace(self.workspace_dir)

    @cached_property
    def repo(self) -> Path:
        if self.repo_option is not None:
            return self.repo_option.expanduser().resolve()
        repo: Path = self._workspace.spec_repo
        return repo

    @cached_property
    def settings(self) -> SpecSettings:
        """The workspace's ``[spec]`` settings (their defaults without a workspace), with
        ``--file`` and ``--clause-marker`` applied (an empty marker: no marker clauses)."""
        spec: SpecSettings = self._workspace.settings.spec if self._workspace else SpecSettings()
        given: dict[str, object] = {}
        if self.file_globs:
            given["files"] = list(self.file_globs)
        if self.marker_option is not None:
            given["clause_marker"] = self.marker_option or None
        return spec.model_copy(update=given)

    @property
    def files(self) -> list[str]:
        return self.settings.files

    @property
    def clause_marker(self) -> str | None:
        return self.settings.clause_marker

    @property
    def cache_dir(self) -> Path | None:
        """The workspace's cache, for its own repository only (``--repo`` reads another)."""
        if self._workspace is None or self.repo_option is not None:
            return None
        cache: Path = self._workspace.cache_dir
        return cache

    @cached_property
    def versions(self) -> list[ParsedVersion]:
        from tracker.history.reader import read_spec_history

        with (
            warnings_to_stderr(),
            progress_bar("parsing spec versions", more_than=PROGRESS_AFTER) as progress,
        ):
            return read_spec_history(self.repo, self.settings, self.cache_dir, progress=progress)

    @cached_property
    def lineage(self) -> Any:
        from tracker.spec.lineage import build_lineage

        return build_lineage(self.versions, rename_threshold=self.settings.rename_threshold)

    def resolve(self, ref: str) -> ParsedVersion:
        """A version by sha, short sha or release name; else the spec as of any git revision."""
        try:
            parsed: ParsedVersion = self.lineage.version(ref)
            return parsed
        except UsageError as not_a_version:
            from tracker.history.reader import read_spec_at, resolve_revision

            try:
                sha = resolve_revision(self.repo, ref)
            except SpecHistoryError:
                raise not_a_version from None
            for parsed in self.versions:
                if parsed.version.commit == sha:
                    return parsed
            with warnings_to_stderr():
                return read_spec_at(self.repo, self.files, sha, clause_marker=self.clause_marker)


@contextmanager
def warnings_to_stderr() -> Iterator[None]:
    """Warnings from reading (e.g. a non-UTF-8 byte) as one plain line each on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    console = stderr_console()
    for warning in caught:
        if not issubclass(warning.category, UserWarning):
            continue  # library deprecations and resource notices are not the user's business
        console.print(f"[yellow]warning:[/] {escape(str(warning.message))}", highlight=False)
