"""``specdrift saturation``: how much of the suite still discriminates, since when, and why not.

``--format json`` prints ``{"timeline", "environments", "onsets", "cross_model"}`` (docs/method.md).
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from tracker.analysis.saturation_records import SaturationReport
from tracker.cli.common import (
    emit_json,
    format_option,
    load_workspace,
    stdout_console,
    warn_about_inputs,
    workspace_option,
)
from tracker.numbers import format_count, or_missing


def _render_text(report: SaturationReport) -> None:
    console = stdout_console()
    if not report.timeline:
        console.print("No results: nothing to measure.")
        return
    table = Table(title="Suite per run: environments that still discriminate", title_justify="left")
    for header in ("model", "run", "date", "envs", "discriminating", "saturated", "effective"):
        table.add_column(header, justify="right" if header not in ("model", "run") else "left")
    table.add_column("saturated by verdict")
    for point in report.timeline:
        verdicts = or_missing(", ".join(f"{k} {v}" for k, v in point.by_verdict.items()))
        table.add_row(
            escape(point.model),
            escape(point.run_id),
            point.date.date().isoformat(),
            str(point.environments),
            str(point.discriminating),
            str(point.saturated),
            str(point.effective),
            escape(verdicts),
        )
    console.print(table)
    saturated = [e for e in report.environments if e.saturated_since is not None]
    if not saturated:
        console.print("No environment is saturated at its latest run.")
    else:
        envs = Table(title="Saturated environments at their latest run", title_justify="left")
        for header in ("environment", "model", "split", "since", "verdict", "targeted by"):
            envs.add_column(header)
        envs.add_column("n to certify < tau/2", justify="right")
        envs.add_column("n to detect change", justify="right")
        envs.add_column("still discriminating nearby")
        for e in saturated:
            head = e.headroom
            envs.add_row(
                escape(e.env_id),
                escape(e.model),
                e.split,
                escape(e.saturated_since or ""),
                or_missing(e.verdict),
                or_missing((e.heldout_lost_at or "")[:7]),
                format_count((head.samples_to_certify or None) if head else None),
                format_count((head.samples_to_detect or None) if head else None),
                escape(or_missing(", ".join(head.siblings) if head else "")),
            )
        console.print(envs)
    computed = [c for c in report.cross_model if c.saturated is not None]
    if computed:
        hits = sum(1 for c in computed if c.saturated)
        console.print(
            f"Cross-model (best vs fifth-best): {hits} of {len(computed)} environment-dates "
            "saturated across models."
        )
    else:
        console.print(
            "Cross-model criterion: cannot be computed (fewer than 5 models on every date)."
        )


@click.command("saturation")
@workspace_option
@format_option("text", "json")
def saturation(workspace_dir: Path | None, output_format: str) -> None:
    """Which environments still discriminate between checkpoints, since when, and why not.

    An environment is saturated for a model line from the run where its last K runs
    ([analysis] saturation_runs, default 3) are each certifiably zero (one-sided exact upper
    bound <= tau). Per model line and run: environments, how many discriminate, how many are
    saturated (by split and by the verdict that explains the zero), and the effective suite
    (discriminating and never targeted by a patch). Per saturated environment: since when, its
    verdict, the patch that ended its held-out status, and the headroom (samples per run to
    certify a rate below tau/2; samples per arm to detect [analysis] headroom_change at
    headroom_power). Also the cross-model criterion where five or more models share a date.
    """
    workspace = load_workspace(workspace_dir)
    workspace.require_results()
    report = workspace.saturation
    warn_about_inputs(workspace)
    if output_format == "json":
        emit_json(report)
        return
    _render_text(report)


COMMANDS: list[click.Command] = [saturation]
