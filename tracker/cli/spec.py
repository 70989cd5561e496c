"""``specdrift spec``: the spec's history, versions, diffs and per-clause blame.

Each command reads the workspace's spec repository, or the one given with ``--repo`` and
``--file`` (which override the workspace). ``spec log --format json`` is a public contract.
"""

from __future__ import annotations

from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from tracker.cli.common import emit_json, format_option, stdout_console
from tracker.cli.spec_git import VERSIONING_COMMANDS
from tracker.cli.spec_source import SpecSource, source_options
from tracker.errors import SpecHistoryError, UsageError
from tracker.spec.models import CHANGE_KINDS, ClauseChange, ParsedVersion, SpecVersion


def version_summary(parsed: ParsedVersion, changes: list[ClauseChange]) -> dict[str, Any]:
    """One entry of ``spec log --format json`` (the public contract)."""
    version = parsed.version
    entry: dict[str, Any] = {
        "commit": version.commit,
        "date": version.date.isoformat(),
        "author": version.author,
        "release": version.release,
        "message": version.message,
        "trailers": version.trailers,
        "clauses": len(parsed.clauses),
    }
    for kind in CHANGE_KINDS:
        entry[kind] = list(dict.fromkeys(c.clause_id for c in changes if c.kind == kind))
    return entry


@click.group()
def spec() -> None:
    """The spec's history: versions, clauses, diffs and per-clause blame."""


@spec.command("log")
@source_options
@click.option("--since", default=None, help="Only versions after this revision.")
@format_option("text", "json")
def log_command(source: SpecSource, since: str | None, output_format: str) -> None:
    """Every version of the spec, oldest first, with the clauses each one changed."""
    lineage = source.lineage
    entries = [version_summary(p, lineage.changes_in(p.version.commit)) for p in source.versions]
    if since:
        cut = source.resolve(since).version.commit
        commits = [e["commit"] for e in entries]
        entries = entries[commits.index(cut) + 1 :] if cut in commits else entries
    if output_format == "json":
        emit_json(entries)
        return
    table = Table(title=f"Spec history of {source.repo.name} ({len(entries)} versions)")
    for column in ("date", "commit", "release", "clauses", "changes", "subject"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        counts = [f"{_SYMBOLS[kind]}{len(entry[kind])}" for kind in CHANGE_KINDS if entry[kind]]
        date = entry["date"][:10]
        release = entry["release"] or ""
        table.add_row(
            date,
            entry["commit"][:7],
            # A release named after its date is named once, in the date column.
            escape("" if release == date else release),
            str(entry["clauses"]),
            " ".join(counts),
            escape(_subject(entry["message"], release)),
        )
    console = stdout_console()
    console.print(table)
    legend = " ".join(f"{_SYMBOLS[kind]} {kind}" for kind in CHANGE_KINDS)
    console.print(f"changes: {legend}", style="dim")


_SYMBOLS = {
    "added": "+",
    "removed": "-",
    "modified": "~",
    "retitled": "R",
    "moved": "M",
    "reattributed": "A",
    "renamed": "I",
}
"""One-character marks of the change kinds in the ``spec log`` table."""


def _subject(message: str, release: str) -> str:
    """The commit subject without the release name the release column already shows
    ("Release 2025-09-12" says nothing more; "(rev 2 - include small missed patch)" does)."""
    subject = message.splitlines()[0].strip() if message else ""
    name = release.split(" rev ")[0]
    for prefix in (f"release {name}", name):
        if name and subject.lower().startswith(prefix.lower()):
            return subject[len(prefix) :].strip(" :-")
    return subject


@spec.command("show")
@source_options
@click.argument("rev", required=False)
@click.option("--clause", "clause_id", default=None, help="Print this clause's text.")
@format_option("text", "json")
def show_command(
    source: SpecSource, rev: str | None, clause_id: str | None, output_format: str
) -> None:
    """The clauses of the spec at REV (a sha, release name or git revision; default latest)."""
    if rev is None:
        if not source.versions:
            raise SpecHistoryError(f"{source.repo}: no commit touches {', '.join(source.files)}")
        parsed = source.versions[-1]
    else:
        parsed = source.resolve(rev)
    clauses = list(parsed.clauses)
    if clause_id is not None:
        clauses = [c for c in clauses if c.id == clause_id]
        if not clauses:
            raise UsageError(f"no clause {clause_id!r} at {parsed.version.label}")
    if output_format == "json":
        emit_json({"version": parsed.version, "clauses": clauses})
        return
    console = stdout_console()
    version = parsed.version
    console.print(
        f"[bold]{escape(version.label)}[/]  {version.commit}  {version.date.isoformat()}  "
        f"{escape(version.author)}\n{escape(version.subject)}"
    )
    if clause_id is not None:
        clause = clauses[0]
        console.print(f"\n[bold]{escape(' > '.join(clause.path))}[/] ({escape(clause.id)})")
        console.print(escape(clause.text), soft_wrap=True)
        return
    table = Table(title=f"{len(clauses)} clauses")
    for column in ("id", "title", "attributes", "lines"):
        table.add_column(column, overflow="fold")
    for clause in clauses:
        indent = "  " * max(clause.level - 1, 0)
        attributes = " ".join(f"{k}={v}" for k, v in clause.attributes.items())
        lines = f"{clause.line_start}-{clause.line_end}"
        table.add_row(escape(clause.id), escape(indent + clause.title), escape(attributes), lines)
    console.print(table)


@spec.command("diff")
@source_options
@click.argument("old_rev", metavar="A")
@click.argument("new_rev", metavar="B")
@click.option("--patch/--no-patch", default=True, help="Show text diffs of modified clauses.")
@format_option("text", "json")
def diff_command(
    source: SpecSource, old_rev: str, new_rev: str, patch: bool, output_format: str
) -> None:
    """Clause changes from version A to version B (shas, release names or git revisions)."""
    from tracker.spec.lineage import diff_clauses

    old, new = source.resolve(old_rev), source.resolve(new_rev)
    changes = diff_clauses(
        old.clauses,
        new.clauses,
        commit=new.version.commit,
        date=new.version.date,
        rename_threshold=source.settings.rename_threshold,
    )
    if output_format == "json":
        emit_json({"from": old.version, "to": new.version, "changes": changes})
        return
    console = stdout_console()
    console.print(f"[bold]{escape(old.version.label)} -> {escape(new.version.label)}[/]")
    if not changes:
        console.print("no clause changed")
    renamed = {c.clause_id for c in changes if c.kind == "renamed"}
    for change in changes:
        _print_change(console, change, patch, change.clause_id in renamed)


def _evidence(change: ClauseChange) -> str:
    from tracker.spec.renames import describe_evidence

    return ", ".join(describe_evidence(change.rename_evidence, change.similarity)) or "same slug"


def _print_change(
    console: Any, change: ClauseChange, patch: bool, any_renamed: bool = False, show_id: bool = True
) -> None:
    detail = {
        "renamed": f"from {change.previous_id} ({_evidence(change)})",
        "added": f"under {change.new_parent or '(top)'}",
        "removed": f"was under {change.old_parent or '(top)'}",
        "modified": "",
        "retitled": f"{change.old_title!r} -> {change.new_title!r}",
        "moved": f"{change.old_parent or '(top)'} -> {change.new_parent or '(top)'}",
        "reattributed": f"{_attributes(change.old_attributes)} -> "
        f"{_attributes(change.new_attributes)}",
    }[change.kind]
    # The rename's own line names the old id; the other kinds of that change need not repeat it.
    renamed = f" (was {change.previous_id})" if change.previous_id and not any_renamed else ""
    shown = f" {escape(change.clause_id)}{escape(renamed)} " if show_id else ""
    console.print(f"[bold]{change.kind:<12}[/]{shown} {escape(detail)}".rstrip())
    if patch and change.diff:
        for line in change.diff.splitlines()[2:]:
            style = "green" if line.startswith("+") else "red" if line.startswith("-") else "dim"
            console.print(f"    {escape(line)}", style=style, soft_wrap=True)


def _attributes(attributes: dict[str, str]) -> str:
    return " ".join(f"{k}={v}" for k, v in attributes.items()) or "(none)"


@spec.command("blame")
@source_options
@click.argument("clause_id", metavar="CLAUSE")
@click.option("--patch/--no-patch", default=True, help="Show text diffs of each change.")
@format_option("text", "json")
def blame_command(source: SpecSource, clause_id: str, patch: bool, output_format: str) -> None:
    """The history of one clause (by its current or an earlier id): when it appeared and changed."""
    lineage = source.lineage
    try:
        history = lineage.history(clause_id)
    except KeyError:
        raise UsageError(
            f"no version of the spec has a clause {clause_id!r} "
            "(see `specdrift spec show` for the ids)"
        ) from None
    if output_format == "json":
        emit_json(history)
        return
    versions = {p.version.commit: p.version for p in source.versions}
    console = stdout_console()
    aliases = f" (earlier: {', '.join(history.aliases)})" if history.aliases else ""
    console.print(f"[bold]{escape(history.clause_id)}[/]{escape(aliases)}")
    introduced = _when(versions.get(history.introduced), history.introduced)
    state = (
        f"removed in {_when(versions.get(history.removed_in), history.removed_in)}"
        if history.removed_in
        else "in the spec now"
    )
    console.print(escape(f"introduced in {introduced}; {state}"))
    # One heading per version, then what happened to the clause in it.
    by_commit: dict[str, list[ClauseChange]] = {}
    for change in history.changes:
        by_commit.setdefault(change.commit, []).append(change)
    shown_id = history.clause_id
    for commit, changes in by_commit.items():
        console.print(f"\n[cyan]{escape(_when(versions.get(commit), commit))}[/]")
        renamed = any(c.kind == "renamed" for c in changes)
        for change in changes:
            console.print("  ", end="")
            # The clause's id is in the heading: name it again only where it was another.
            _print_change(console, change, patch, renamed, change.clause_id != shown_id)


def _when(version: SpecVersion | None, commit: str) -> str:
    """A version named once: its release (with the date only when the name is not that date),
    else its short sha and date."""
    if version is None:
        return commit[:7]
    date = f"{version.date.date()}"
    if version.release is None:
        return f"{version.short} ({date})"
    if version.release.startswith(date):
        return f"release {version.release}"
    return f"release {version.release} ({date})"


for command in VERSIONING_COMMANDS:
    spec.add_command(command)

COMMANDS: list[click.Command] = [spec]
