"""CLI command: ``review BASE HEAD``, the spec pull-request review."""

from __future__ import annotations

from pathlib import Path

import click

from tracker.cli.common import (
    EXIT_FINDINGS,
    emit_json,
    format_option,
    parse_choice_list,
    stderr_console,
    workspace_option,
)
from tracker.cli.spec_source import SpecSource


@click.command("review")
@click.argument("base")
@click.argument("head")
@workspace_option
@click.option(
    "--repo",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Spec repository to review (default: the workspace's). Without --workspace, the review "
    "has no benchmark data.",
)
@click.option(
    "--file",
    "file_globs",
    multiple=True,
    help="Spec file glob inside the repository (repeatable). Default: the workspace's spec files.",
)
@click.option("--clause-marker", help="Regex with a group 'id' marking clause paragraphs.")
@click.option(
    "--fail-on",
    "fail_on",
    help="Exit 1 on these findings (comma-separated): narrow-patch; contaminates-heldout (a clause "
    "targets a held-out or test environment, or its text quotes one's prompt: 13-gram overlap).",
)
@click.option(
    "--out",
    "out_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the output to this file (e.g. for a CI step that posts it).",
)
@format_option("markdown", "json", default="markdown")
def review(
    base: str,
    head: str,
    workspace_dir: Path | None,
    repo: Path | None,
    file_globs: tuple[str, ...],
    clause_marker: str | None,
    fail_on: str | None,
    out_file: Path | None,
    output_format: str,
) -> int:
    """Review the spec changes from BASE to HEAD (shas, branches, tags or release names).

    Riskiest first (authority and root/system-level changes, held-out targets, quoted prompts,
    narrow patches; style additions last). For each changed clause: the kind of change (a
    rename is one clause) and a word diff, the failures it answers (Prompted-by trailers,
    links.csv, else inferred links with scores), the environments it targets (held-out and test
    ones called out), text it shares with environments' prompts (13-gram overlap with Inspect
    sample inputs and [benchmarks] prompts), a narrowness score, and the controls and variant
    twins to run before crediting it. The Markdown fits a pull-request comment and starts
    with the marker <!-- specdrift-review -->. Exit codes: 0 ok, 1 a --fail-on finding, 2 bad
    input (including a shallow clone that lacks BASE).
    """
    import json

    from tracker.cli.common import to_jsonable
    from tracker.reports import REVIEW_FINDINGS, build_review, render_review_markdown
    from tracker.reports.sources import review_inputs

    failing = parse_choice_list(fail_on, REVIEW_FINDINGS, "--fail-on")
    # An empty --clause-marker falls back to the workspace's here (the review always did).
    source = SpecSource(workspace_dir, repo, file_globs, clause_marker or None)
    if source.workspace is None and not file_globs:
        # The "*.md" default of the spec commands would review every top-level Markdown file of a
        # repository nobody described: a pull-request review must be told which files.
        raise click.UsageError("--repo needs --file GLOB (the spec files) without --workspace")
    inputs = review_inputs(
        base,
        head,
        source.settings,
        workspace=source.workspace,
        repo=source.repo,
        cache_dir=source.cache_dir,
    )
    built = build_review(inputs)
    if output_format == "json":
        payload = {"by_kind": built.by_kind(), **built.model_dump(mode="json")}
        text = json.dumps(to_jsonable(payload), indent=2, ensure_ascii=False)
    else:
        text = render_review_markdown(built)
    if out_file is not None:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    if output_format == "json":
        emit_json(payload)
    else:
        click.echo(text, nl=False)
    found = [finding for finding in built.findings if finding in failing]
    if found:
        stderr_console().print(f"findings: {', '.join(found)} (--fail-on)")
        return EXIT_FINDINGS
    return 0


COMMANDS: list[click.Command] = [review]
