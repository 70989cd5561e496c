"""CLI commands: ``ingest`` (the checked results table) and ``summary`` (per-run means)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import pandas as pd
from rich.markup import escape
from rich.table import Table

from tracker.cli.common import (
    emit_json,
    format_option,
    load_workspace,
    stdout_console,
    workspace_option,
)
from tracker.settings import AnalysisSettings

if TYPE_CHECKING:
    from tracker.benchmarks.ingest import IngestResult
    from tracker.workspace import Workspace


def _ingest(workspace: Workspace, strict: bool) -> IngestResult:
    if not strict:
        return workspace.ingest
    # Strict mode stops at the first bad row, so it cannot reuse the workspace's lenient read.
    return workspace.read_results(strict=True)


def _none_if_na(value: Any) -> Any:
    return (
        None
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
        else value
    )


def result_rows(results: pd.DataFrame, analysis: AnalysisSettings) -> list[dict[str, Any]]:
    """The ingest table: per run and environment, the rate with its intervals on independent units.

    With sample rows over several epochs, ``n`` is the number of distinct sample ids and ``x``
    those that misbehaved in any epoch (METHOD.md: epochs of one sample are a cluster); otherwise
    ``n`` and ``x`` are the rows' counts.
    """
    from tracker.analysis.intervals import exact_upper_bound, wilson_interval

    rows = []
    for record in results.to_dict("records"):
        epochs = _none_if_na(record["epochs"])
        by_id = epochs is not None and int(epochs) > 1 and _none_if_na(record["n_ids"]) is not None
        n = int(record["n_ids"]) if by_id else int(record["n"])
        x = int(record["misbehaved_ids"]) if by_id else int(record["misbehaved"])
        low, high = wilson_interval(x, n)
        upper = exact_upper_bound(x, n, analysis.alpha)
        aware = _none_if_na(record["aware"])
        rows.append(
            {
                "run_id": record["run_id"],
                "model": record["model"],
                "date": record["date"].isoformat(),
                "spec_version": _none_if_na(record["spec_version"]),
                "env_id": record["env_id"],
                "n": n,
                "x": x,
                "rate": x / n,
                "wilson_low": low,
                "wilson_high": high,
                "upper": upper,
                "certified_zero": upper <= analysis.tau,
                "aware_rate": int(aware) / int(record["n"]) if aware is not None else None,
                "epochs": _none_if_na(epochs),
            }
        )
    return rows


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


@click.command()
@workspace_option
@click.option("--strict", is_flag=True, help="Stop at the first unusable row (exit code 2).")
@format_option("text", "json")
def ingest(workspace_dir: Path | None, strict: bool, output_format: str) -> None:
    """Read the results files and show each run x environment with honest intervals.

    Columns: run_id, model, date, spec_version, env_id, n, x, rate, Wilson 95% interval, the
    one-sided exact upper bound (upper), certified_zero (upper <= tau), aware_rate, epochs.
    With sample rows over several epochs, n counts distinct sample ids and x those that
    misbehaved in any epoch. Then every rejected row (file, line or row, column, reason) and
    warning.
    """
    workspace = load_workspace(workspace_dir)
    result = _ingest(workspace, strict)
    rows = result_rows(result.results, workspace.settings.analysis)
    if output_format == "json":
        emit_json(
            {
                "results": rows,
                "rejected": [p for p in result.problems if p.severity == "error"],
                "warnings": [p for p in result.problems if p.severity == "warning"],
                "input_rows": result.input_rows,
                "ingested_rows": result.ingested_rows,
                "rejected_rows": result.rejected_rows,
            }
        )
        return
    console = stdout_console()
    table = Table(title=f"Results ({len(rows)} run x environment rows)")
    for name in ("run", "model", "date", "spec", "environment", "x/n", "rate", "Wilson 95%"):
        table.add_column(name)
    for name in ("upper", "zero?", "aware"):
        table.add_column(name)
    for row in rows:
        table.add_row(
            escape(row["run_id"]),
            escape(row["model"]),
            row["date"][:10],
            escape(str(row["spec_version"] or "—")[:12]),
            escape(row["env_id"]),
            f"{row['x']}/{row['n']}",
            _percent(row["rate"]),
            f"[{_percent(row['wilson_low'])}, {_percent(row['wilson_high'])}]",
            _percent(row["upper"]),
            "certified" if row["certified_zero"] else "",
            _percent(row["aware_rate"]),
        )
    console.print(table)
    console.print(
        f"{result.input_rows} input rows: {result.ingested_rows} ingested, "
        f"{result.rejected_rows} rejected."
    )
    for problem in result.problems:
        label = "[red]rejected[/]" if problem.severity == "error" else "[yellow]warning[/]"
        console.print(f"{label} {escape(str(problem))}")


@click.command()
@workspace_option
@format_option("text", "json")
def summary(workspace_dir: Path | None, output_format: str) -> None:
    """Per run, the unweighted mean misbehaviour rate across environments with its interval.

    Every environment weighs the same, as in the anti-scheming paper; the 95% interval comes
    from each environment's Beta(1, 1) posterior. aware_mean averages the awareness rates of the
    environments whose awareness is known.
    """
    from tracker.analysis.summary import summarise_runs

    workspace = load_workspace(workspace_dir)
    frame = summarise_runs(workspace.results)
    records = [
        {key: _none_if_na(value) for key, value in record.items()}
        for record in frame.to_dict("records")
    ]
    for record in records:
        record["date"] = record["date"].isoformat()
    if output_format == "json":
        emit_json({"runs": records})
        return
    table = Table(title="Unweighted mean across environments, per run")
    for name in ("run", "model", "date", "envs", "mean", "posterior mean", "95% interval", "aware"):
        table.add_column(name)
    for record in records:
        table.add_row(
            escape(record["run_id"]),
            escape(record["model"]),
            record["date"][:10],
            str(record["environments"]),
            _percent(record["mean"]),
            _percent(record["posterior_mean"]),
            f"[{_percent(record['low'])}, {_percent(record['high'])}]",
            _percent(record["aware_mean"]),
        )
    stdout_console().print(table)


COMMANDS: list[click.Command] = [ingest, summary]
