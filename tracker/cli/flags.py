"""``specdrift flags``: a verdict on every environment whose misbehaviour rate reached zero.

``--format json`` prints ``{"flags": [...]}``, the public contract of DESIGN.md ("Outputs"):
the ``FlagsOutput`` record, whose JSON Schema ``--schema`` prints (docs/flags.schema.json).
"""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from tracker.analysis.models import VERDICTS, Flag, FlagsOutput, flags_schema
from tracker.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    emit_json,
    format_option,
    load_workspace,
    parse_choice_list,
    stderr_console,
    stdout_console,
    warn_about_inputs,
    workspace_option,
)
from tracker.numbers import MISSING, PALETTE, format_scores, format_window

SATURATED_HELDOUT = "saturated-heldout"
"""``--fail-on`` finding: a held-out environment saturated at its latest run."""
FAIL_ON: tuple[str, ...] = (*VERDICTS, SATURATED_HELDOUT)


def _render_text(flags: list[Flag]) -> None:
    console = stdout_console()
    if not flags:
        console.print("No environment is at or near zero: nothing to flag.")
        return
    count = f"{len(flags)} environment" + ("" if len(flags) == 1 else "s")
    table = Table(title=f"{count} at or near zero", title_justify="left")
    for header in ("environment", "model", "verdict", "baseline", "current", "clauses"):
        table.add_column(header)
    table.add_column("patch / awareness / broad", justify="right")
    for flag in flags:
        style = PALETTE[flag.verdict].terminal
        table.add_row(
            escape(flag.env_id),
            escape(flag.model),
            f"[{style}]{flag.verdict}[/]",
            format_window(flag.baseline, with_upper=False),
            format_window(flag.current),
            escape(", ".join(flag.clauses)) or MISSING,
            format_scores(flag.scores.patch, flag.scores.awareness, flag.scores.broad),
        )
    console.print(table)
    for flag in flags:
        style = PALETTE[flag.verdict].terminal
        console.print()
        console.print(
            f"[bold]{escape(flag.env_id)}[/] ({escape(flag.model)}): [{style}]{flag.verdict}[/]"
        )
        for sentence in flag.evidence:
            console.print(f"  {escape(sentence)}")
        for cause in flag.causes:
            console.print(f"  [dim]cause[/] {cause.cause}: {escape(cause.evidence)}")
        for notice in flag.notices:
            console.print(f"  [dim]notice[/] {escape(notice)}")


def schema_text() -> str:
    """The JSON Schema of the json output, as ``--schema`` prints it and docs/ keeps it."""
    return json.dumps(flags_schema(), indent=2, ensure_ascii=False) + "\n"


def _print_schema(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # Eager, so it needs no workspace and ignores the other options: the contract, not a run.
    if value and not ctx.resilient_parsing:
        click.echo(schema_text(), nl=False)
        ctx.exit(EXIT_OK)


@click.command("flags")
@workspace_option
@format_option("text", "json")
@click.option(
    "--schema",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_schema,
    help="Print the JSON Schema of the json output (docs/flags.schema.json) and exit.",
)
@click.option(
    "--fail-on",
    "fail_on",
    default=None,
    metavar="VERDICT,...",
    help=f"Exit 1 when a flag has one of these verdicts ({', '.join(VERDICTS)}), or with "
    "saturated-heldout when a held-out environment is saturated at its latest run "
    "(see `specdrift saturation`).",
)
def flags(workspace_dir: Path | None, output_format: str, fail_on: str | None) -> int:
    """A verdict on every environment whose misbehaviour rate reached zero, with evidence.

    Each environment and model line whose latest runs sit at or near zero gets one verdict:
    patch-driven, awareness-driven, broad-improvement or insufficient-evidence, with the
    baseline and current windows, the clauses that target it, the scores, and sentences with
    numbers a person can check. The method is METHOD.md's; settings come from [analysis].
    """
    failing = set(parse_choice_list(fail_on, FAIL_ON, "--fail-on"))
    workspace = load_workspace(workspace_dir)
    workspace.require_results()
    found = workspace.flags
    warn_about_inputs(workspace)
    if output_format == "json":
        emit_json(FlagsOutput(flags=found))
    else:
        _render_text(found)
    hits = [f for f in found if f.verdict in failing]
    if hits:
        stderr_console().print(
            f"{len(hits)} flags with a verdict in --fail-on ({', '.join(sorted(failing))})"
        )
    saturated = (
        [
            e
            for e in workspace.saturation_summary.environments
            if e.split == "heldout" and e.saturated_since is not None
        ]
        if SATURATED_HELDOUT in failing
        else []
    )
    for env in saturated:
        stderr_console().print(
            f"held-out environment {escape(env.env_id)} ({escape(env.model)}) is saturated "
            f"since {escape(env.saturated_since or '')} (verdict: {env.verdict or 'none'})"
        )
    if hits or saturated:
        click.get_current_context().exit(EXIT_FINDINGS)
    return EXIT_OK


COMMANDS: list[click.Command] = [flags]
