"""CLI commands: ``ingest`` (the checked results table) and ``summary`` (per-run means)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.markup import escape
from rich.table import Table

from tracker.cli.common import (
    emit_json,
    format_option,
    load_workspace,
    stdout_console,
    workspace_option,
)
from tracker.numbers import format_interval, format_rate, or_missing
from tracker.settings import AnalysisSettings

if TYPE_CHECKING:
    import pandas as pd

    from tracker.benchmarks.ingest import IngestResult
    from tracker.workspace import Workspace


def _ingest(workspace: Workspace, strict: bool) -> IngestResult:
    if not strict:
        return workspace.ingest
    # Strict mode stops at the first bad row, so it cannot reuse the workspace's lenient read.
    return workspace.read_results(strict=True)


def _none_if_na(value: Any, na: Any) -> Any:
    """None for a missing value (None, NaN or ``na``, pandas' NA)."""
    return (
        None
        if value is None or value is na or (isinstance(value, float) and math.isnan(value))
        else value
    )


def result_rows(results: pd.DataFrame, analysis: AnalysisSettings) -> list[dict[str, Any]]:
    """The ingest table: per run and environment, the rate with its intervals on independent units.

    With sample rows over several epochs, ``n`` is the number of distinct sample ids and ``x``
    those that misbehaved in any epoch (METHOD.md: epochs of one sample are a cluster); otherwise
    ``n`` and ``x`` are the rows' counts. The intervals are computed for every row at once.
    """
    # pandas is imported here, not with the module: every command imports this one, and a
    # warm weekly report reads no table (it is ~0.7 s of every start-up).
    import numpy as np
    import pandas as pd
    from statsmodels.stats.proportion import proportion_confint

    from tracker.analysis.intervals import exact_upper_bounds

    if results.empty:
        return []
    epochs = pd.to_numeric(results["epochs"], errors="coerce").to_numpy(dtype=float)
    n_ids = pd.to_numeric(results["n_ids"], errors="coerce").to_numpy(dtype=float)
    ids_x = pd.to_numeric(results["misbehaved_ids"], errors="coerce").to_numpy(dtype=float)
    rows_n = results["n"].to_numpy(dtype=np.int64)
    with np.errstate(invalid="ignore"):  # NaN compares False: no epochs, count rows
        by_id = (epochs > 1) & ~np.isnan(n_ids)
    rows_x = results["misbehaved"].to_numpy(dtype=float)
    # Aggregates without misbehaved_ids: rows rescaled to ids, a non-zero count never zero.
    rescaled = np.where(rows_x > 0, np.maximum(np.rint(rows_x * n_ids / rows_n), 1), 0)
    n = np.where(by_id, n_ids, rows_n).astype(np.int64)
    x = np.where(by_id, np.where(np.isnan(ids_x), rescaled, ids_x), rows_x)
    x = np.minimum(x, n).astype(np.int64)
    if np.any(n < 1) or np.any((x < 0) | (x > n)):
        raise ValueError("need 0 <= x <= n and n >= 1 in every results row")
    low, high = proportion_confint(x, n, alpha=0.05, method="wilson")
    # Exact ends at x = 0 and x = n (statsmodels leaves float noise such as 2e-19 there).
    low = np.where(x == 0, 0.0, np.asarray(low, dtype=float))
    high = np.where(x == n, 1.0, np.asarray(high, dtype=float))
    # The one-sided exact (Clopper-Pearson) upper bound, for every row at once.
    upper = exact_upper_bounds(x, n, analysis.alpha)
    aware = pd.to_numeric(results["aware"], errors="coerce").to_numpy(dtype=float)
    aware_rate = aware / rows_n
    columns = {
        "run_id": results["run_id"].astype(str).tolist(),
        "model": results["model"].astype(str).tolist(),
        "date": [when.isoformat() for when in results["date"]],
        "spec_version": [_none_if_na(v, pd.NA) for v in results["spec_version"]],
        "env_id": results["env_id"].astype(str).tolist(),
        "n": n.tolist(),
        "x": x.tolist(),
        "rate": (x / n).tolist(),
        "wilson_low": np.asarray(low, dtype=float).tolist(),
        "wilson_high": np.asarray(high, dtype=float).tolist(),
        "upper": upper.tolist(),
        "certified_zero": (upper <= analysis.tau).tolist(),
        "aware_rate": [None if np.isnan(v) else v for v in aware_rate.tolist()],
        "epochs": [None if np.isnan(v) else int(v) for v in epochs.tolist()],
        "aware_source": [_none_if_na(v, pd.NA) for v in results["aware_source"]]
        if "aware_source" in results
        else [None] * len(results),
    }
    names = list(columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]


@click.command()
@workspace_option
@click.option("--strict", is_flag=True, help="Stop at the first unusable row (exit code 2).")
@format_option("text", "json")
def ingest(workspace_dir: Path | None, strict: bool, output_format: str) -> None:
    """Read the results files and show each run x environment with honest intervals.

    Columns: run_id, model, date, spec_version, env_id, n, x, rate, Wilson 95% interval, the
    one-sided exact upper bound (upper), certified_zero (upper <= tau), aware_rate, epochs,
    aware_source (where awareness came from: column, scorer:NAME, scout:SCANNER, detector:ID,
    mixed).
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
                "awareness": result.awareness.as_dict() if result.awareness else None,
            }
        )
        return
    console = stdout_console()
    table = _table(
        f"Results ({len(rows)} run x environment rows)",
        ("run", "model", "date", "spec", "environment", "x/n", "rate", "Wilson 95%", "upper"),
        ("zero?", "aware", "aware from"),
    )
    for row in rows:
        table.add_row(
            *_run_cells(row),
            escape(or_missing(str(row["spec_version"] or ""))[:12]),
            escape(row["env_id"]),
            f"{row['x']}/{row['n']}",
            format_rate(row["rate"]),
            format_interval(row["wilson_low"], row["wilson_high"]),
            format_rate(row["upper"]),
            "certified" if row["certified_zero"] else "",
            format_rate(row["aware_rate"]),
            escape(or_missing(row["aware_source"])),
        )
    console.print(table)
    console.print(
        f"{result.input_rows} input rows: {result.ingested_rows} ingested, "
        f"{result.rejected_rows} rejected."
    )
    if result.awareness is not None:
        console.print(escape(result.awareness.describe()))
    for problem in result.problems:
        label = "[red]rejected[/]" if problem.severity == "error" else "[yellow]warning[/]"
        console.print(f"{label} {escape(str(problem))}")


@click.command()
@workspace_option
@format_option("text", "json")
def summary(workspace_dir: Path | None, output_format: str) -> None:
    """Per run, the unweighted mean misbehaviour rate across environments, two ways.

    Every environment weighs the same, as in the anti-scheming paper. mean: the plain mean of
    the rates x/n, with its Fay-Feuer 95% interval (mean_low, mean_high). posterior_mean: the
    mean of each environment's Beta(1, 1) posterior (the paper's figure), with the 95% interval
    of that mean (posterior_low, posterior_high). aware_mean averages the awareness rates of the
    environments whose awareness is known. See docs/method.md.
    """
    import pandas as pd

    from tracker.analysis.summary import summarise_runs

    workspace = load_workspace(workspace_dir)
    workspace.require_results()
    frame = summarise_runs(workspace.results)
    frame["date"] = [when.isoformat() for when in frame["date"]]
    records = [
        {key: _none_if_na(value, pd.NA) for key, value in record.items()}
        for record in frame.to_dict("records")
    ]
    if output_format == "json":
        emit_json({"runs": records})
        return
    table = _table(
        "Unweighted mean across environments, per run (95% intervals)",
        ("run", "model", "date", "envs", "mean", "interval"),
        ("posterior mean", "interval", "aware"),
    )
    for record in records:
        table.add_row(
            *_run_cells(record),
            str(record["environments"]),
            format_rate(record["mean"]),
            format_interval(record["mean_low"], record["mean_high"]),
            format_rate(record["posterior_mean"]),
            format_interval(record["posterior_low"], record["posterior_high"]),
            format_rate(record["aware_mean"]),
        )
    stdout_console().print(table)
    stdout_console().print(
        "mean: plain mean of x/n (Fay-Feuer interval); posterior mean: mean of Beta(1, 1) "
        "posteriors, as the anti-scheming paper reports (docs/method.md)."
    )


def _table(title: str, *columns: tuple[str, ...]) -> Table:
    """A rich table with these column names (given in groups to fit a line), in order."""
    table = Table(title=title)
    for group in columns:
        for name in group:
            table.add_column(name)
    return table


def _run_cells(record: Mapping[Any, Any]) -> list[str]:
    """The run, model and day that open a row of both tables (names escaped for rich)."""
    return [escape(record["run_id"]), escape(record["model"]), record["date"][:10]]


COMMANDS: list[click.Command] = [ingest, summary]
