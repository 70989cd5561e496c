"""``specdrift links propose|match|confirm|reject`` and ``specdrift patches``.

``links propose --format json`` prints ``[{"clause_id", "version", "failure_id", "env_id",
"score", "origin"}]``, missing-link candidates first (origin ``candidate``, score null unless
the pair is already a weak link); ``patches --format json`` prints every
patch with its clauses, targeted environments and the links that are the evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tracker.cli.common import (
    emit_json,
    format_option,
    load_workspace,
    stderr_console,
    stdout_console,
    workspace_option,
)
from tracker.errors import SpecdriftError
from tracker.failures.models import Failure, Link, LinkDecision, LinkProblem, Patch
from tracker.numbers import MISSING, format_score
from tracker.workspace import Workspace

if TYPE_CHECKING:
    from tracker.analysis.verdicts import MissingLink

DecisionStatus = Literal["confirmed", "rejected"]


@contextmanager
def _progress(description: str) -> Iterator[Callable[[int, int], None]]:
    """A rich progress bar on stderr, fed by an encoder's (done, total) callback."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr_console(),
        transient=True,
    ) as progress:
        task = progress.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def _warn(problems: list[LinkProblem]) -> None:
    console = stderr_console()
    for problem in problems:
        console.print(f"[yellow]warning:[/] {escape(str(problem))}")


def _compute_links(workspace: Workspace) -> list[Link]:
    """The workspace's links, with a progress bar while texts are embedded."""
    with _progress("embedding clauses and failures") as update:
        links = workspace.compute_links(progress=update)
    _warn(workspace.link_problems)
    return links


def _versions_since(workspace: Workspace, revision: str) -> set[str]:
    from tracker.history.reader import read_spec_history

    after = read_spec_history(
        workspace.spec_repo, workspace.settings.spec, workspace.cache_dir, since=revision
    )
    return {parsed.version.commit for parsed in after}


@click.group("links")
def links() -> None:
    """Clause-failure links: propose, match failures to clauses, confirm or reject."""


@links.command("propose")
@workspace_option
@format_option("text", "json")
@click.option("--since", "since", default=None, help="Only versions after this revision.")
def propose(workspace_dir: Path | None, output_format: str, since: str | None) -> None:
    """Every link of the spec history: from trailers, links.csv, and inferred from text.

    Origins: trailer (a Prompted-by trailer), file (confirmed in links.csv), inferred (a
    calibrated probability at or above [links] threshold; the score column is that
    probability, 1.00 for explicit links). Rejected pairs in links.csv are left out.

    Listed first, marked *: missing-link candidates, each clause of a spec change that landed
    between the windows of an environment whose drop is specific to it (its controls did not
    drop) but that no link ties to it, paired with that environment's failures from the
    lookback before the commit. Confirm the right pair with `specdrift links confirm`.
    """
    workspace = load_workspace(workspace_dir)
    found = _compute_links(workspace)
    missing = _missing_links(workspace)
    if since is not None:
        keep = _versions_since(workspace, since)
        found = [link for link in found if link.version in keep]
        missing = [m for m in missing if m.patch.commit in keep]
    # A candidate that already is a (weak) link keeps its probability; it moves to the top.
    by_pair = {(link.version, link.clause_id, link.failure_id): link for link in found}
    rows: list[dict[str, object]] = []
    first: set[tuple[str, str, str]] = set()
    for m in missing:
        key = (m.patch.commit, m.clause.clause_id, m.failure.failure_id)
        link = by_pair.get(key)
        first.add(key)
        rows.append(
            {
                "clause_id": m.clause.clause_id,
                "version": m.patch.commit,
                "failure_id": m.failure.failure_id,
                "env_id": m.failure.env_id,
                "score": link.score if link is not None else None,
                "origin": "candidate",
            }
        )
    rows.extend(
        {
            "clause_id": link.clause_id,
            "version": link.version,
            "failure_id": link.failure_id,
            "env_id": link.env_id,
            "score": link.score,
            "origin": link.origin,
        }
        for link in found
        if (link.version, link.clause_id, link.failure_id) not in first
    )
    if output_format == "json":
        emit_json(rows)
        return
    console = stdout_console()
    if not rows:
        console.print("No links: no trailers, no links.csv decisions, nothing above threshold.")
        return
    if missing:
        console.print(
            f"{len(missing)} candidate pairs (marked *) first: a spec change landed between the "
            "windows of an environment whose drop is specific to it, and no link targets it. "
            "Confirm one with `specdrift links confirm CLAUSE FAILURE`."
        )
    title = f"{len(rows) - len(missing)} links" + (
        f", {len(missing)} candidates" if missing else ""
    )
    table = Table(title=title, title_justify="left")
    headers = ("", "clause", "version", "failure", "environment", "P(link)", "origin", "status")
    for header in headers:
        table.add_column(header, justify="right" if header == "P(link)" else "left")
    statuses = ["unconfirmed"] * len(missing) + [
        link.status
        for link in found
        if (link.version, link.clause_id, link.failure_id) not in first
    ]
    for row, status in zip(rows, statuses, strict=True):
        score = row["score"]
        table.add_row(
            "*" if row["origin"] == "candidate" else "",
            escape(str(row["clause_id"])),
            str(row["version"])[:7],
            escape(str(row["failure_id"])),
            escape(str(row["env_id"])),
            format_score(score) if isinstance(score, float) else MISSING,
            str(row["origin"]),
            status,
        )
    console.print(table)


def _missing_links(workspace: Workspace) -> list[MissingLink]:
    """(clause, failure) pairs behind ``unlinked-patch`` verdicts (docs/links.md)."""
    if not workspace.has_spec:
        return []
    from tracker.analysis.verdicts import assess_all, missing_link_candidates

    try:
        assessments = assess_all(
            workspace.results,
            workspace.environments,
            workspace.patches,
            workspace.settings.analysis,
            samples=workspace.sample_table,
            awareness=workspace.ingest.awareness,
        )
    except SpecdriftError as error:
        # Links do not need results; without usable ones there are only no candidates to add.
        stderr_console().print(
            f"[yellow]warning:[/] no missing-link candidates: {escape(str(error))}"
        )
        return []
    return missing_link_candidates(
        assessments,
        workspace.failures,
        workspace.settings.analysis,
        workspace.settings.links.lookback_days,
    )


@links.command("match")
@workspace_option
@format_option("text", "json")
@click.argument("failures_file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--rev",
    "revision",
    default=None,
    help="Spec version (commit or release name) to match against; default the latest.",
)
@click.option(
    "--top", default=5, show_default=True, type=click.IntRange(1, 100), help="Clauses per failure."
)
def match(
    workspace_dir: Path | None,
    output_format: str,
    failures_file: Path,
    revision: str | None,
    top: int,
) -> None:
    """For each failure in FAILURES_FILE (failures.jsonl format), the clauses that fit it best.

    Triage: which clause of the spec should have covered this failure? The score ranks the
    clauses for one failure (dense and BM25 evidence fused); it is not a probability.
    """
    from tracker.failures.linking import match_failures
    from tracker.failures.loading import load_failures

    workspace = load_workspace(workspace_dir)
    failures = load_failures([failures_file], None)
    if revision is None:
        clauses = list(workspace.versions[-1].clauses) if workspace.versions else []
    else:
        clauses = list(workspace.lineage.version(revision).clauses)
    with _progress("embedding clauses and failures") as update:
        matches = match_failures(
            failures, clauses, encoder=workspace.encoder, top=top, progress=update
        )
    if output_format == "json":
        emit_json(
            [
                {
                    "failure_id": failure.failure_id,
                    "matches": [
                        {"clause_id": c.id, "title": c.title, "score": score} for c, score in best
                    ],
                }
                for failure, best in matches
            ]
        )
        return
    console = stdout_console()
    for failure, best in matches:
        console.print(f"[bold]{escape(failure.failure_id)}[/] {escape(failure.summary)}")
        for clause, score in best:
            console.print(
                f"  {format_score(score)}  {escape(clause.id)}  [dim]{escape(clause.title)}[/]"
            )


def _decide(
    workspace_dir: Path | None, clause_id: str, failure_id: str, status: DecisionStatus, note: str
) -> None:
    workspace = load_workspace(workspace_dir)
    decision = LinkDecision(clause_id=clause_id, failure_id=failure_id, status=status, note=note)
    changed = workspace.record_link_decision(decision)
    verb = "recorded" if changed else "already recorded"
    stderr_console().print(
        f"{verb}: {escape(clause_id)} / {escape(failure_id)} {status} in {workspace.links_file}"
    )


def _decision_command(status: DecisionStatus, help_text: str) -> click.Command:
    """``links confirm`` or ``links reject``: the same arguments, one status each."""

    @workspace_option
    @click.argument("clause_id")
    @click.argument("failure_id")
    @click.option("--note", default="", help="Why (kept in links.csv).")
    def command(workspace_dir: Path | None, clause_id: str, failure_id: str, note: str) -> None:
        _decide(workspace_dir, clause_id, failure_id, status, note)

    command.__doc__ = help_text
    return links.command("confirm" if status == "confirmed" else "reject")(command)


confirm = _decision_command(
    "confirmed",
    "Record in links.csv that CLAUSE_ID answers FAILURE_ID (overrides anything inferred).",
)
reject = _decision_command(
    "rejected",
    "Record in links.csv that CLAUSE_ID does not answer FAILURE_ID (removes any such link).",
)


def _patch_json(patch: Patch) -> dict[str, object]:
    return {
        "commit": patch.commit,
        "date": patch.date.isoformat(),
        "release": patch.release,
        "subject": patch.subject,
        "targets": patch.targets,
        "clauses": [clause.model_dump(mode="json") for clause in patch.clauses],
    }


@click.command("patches")
@workspace_option
@format_option("text", "json")
def patches(workspace_dir: Path | None, output_format: str) -> None:
    """Spec versions that add or change clauses, the environments they target, and why."""
    from tracker.failures.patches import build_patches

    workspace = load_workspace(workspace_dir)
    found = _compute_links(workspace)
    failures: list[Failure] = workspace.failures
    result = build_patches(
        workspace.versions, workspace.lineage, found, failures, workspace.settings.links
    )
    if output_format == "json":
        emit_json([_patch_json(patch) for patch in result])
        return
    console = stdout_console()
    if not result:
        console.print("No patches: no version after the first adds or changes a clause.")
        return
    for patch in result:
        targets = ", ".join(patch.targets) or "no environment"
        console.print(
            f"[bold]{patch.commit[:7]}[/] {patch.date:%Y-%m-%d} {escape(patch.release or '')} "
            f"{escape(patch.subject)} -> [bold]{escape(targets)}[/]"
        )
        for clause in patch.clauses:
            evidence = ", ".join(
                f"{link.failure_id} ({link.origin} {format_score(link.score)})"
                for link in clause.links
            )
            named = (
                f" Targets-env: {', '.join(clause.targets_env_trailer)}"
                if clause.targets_env_trailer
                else ""
            )
            console.print(
                f"  {escape(clause.change)} {escape(clause.clause_id)}: "
                f"{escape(', '.join(clause.targets)) or '-'}"
                f"{escape(named)}  [dim]{escape(evidence)}[/]"
            )


COMMANDS: list[click.Command] = [links, patches]
