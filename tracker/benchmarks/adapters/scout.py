"""Inspect Scout scan results, read as per-sample labels (awareness or misbehaviour).

A Scout scan is a folder ``scan_id=<id>/`` holding ``_scan.json`` and one Parquet file per
scanner, ``<scanner>.parquet``, with one row per scanner result (Scout's documented result
layout). The columns read here: ``transcript_id`` (for an Inspect log, the sample's ``uuid``),
``transcript_source_id`` (the eval's id), ``transcript_task_id`` (the sample id),
``transcript_task_repeat`` (the epoch), ``value`` (text; ``value_type`` says how to read it) and
``scan_error``. They are read with DuckDB rather than through ``inspect_scout``: the package
requires ``duckdb<2`` while specdrift runs on DuckDB 2, so it is an optional extra
(``specdrift[scout]``, for running scans), never needed to read them.

A transcript may have several result rows (a scanner can return a list): its label is true when
any of them is. A row that errored is a warning and labels nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from tracker.benchmarks.adapters.inspect_logs import score_to_flag
from tracker.benchmarks.models import RowProblem
from tracker.settings import InspectSettings, ScoutSettings

SCAN_SPEC = "_scan.json"
REQUIRED = ("transcript_id", "value")
OPTIONAL = (
    "transcript_source_id",
    "transcript_task_id",
    "transcript_task_repeat",
    "value_type",
    "scan_error",
)


@dataclass
class ScoutLabels:
    """Every usable Scout result row, as a DuckDB relation, with the problems found."""

    relation: str | None
    """Columns: label_kind ('aware' or 'misbehaved'), scanner, file, row, transcript_id,
    source_id, task_id, epoch, label (boolean). None when no scan was given."""
    rows: int
    problems: list[RowProblem]


def scanner_files(paths: Sequence[Path], scanner: str) -> Iterator[Path]:
    """``<scanner>.parquet`` in every scan folder (one holding ``_scan.json``) under ``paths``."""
    for path in paths:
        folders = [path] if (path / SCAN_SPEC).is_file() else sorted(path.rglob(SCAN_SPEC))
        for folder in folders:
            scan = folder if folder.is_dir() else folder.parent
            candidate = scan / f"{scanner}.parquet"
            if candidate.is_file():
                yield candidate


def read_scout_labels(
    paths: Sequence[Path],
    settings: ScoutSettings,
    connection: duckdb.DuckDBPyConnection,
    relation: str = "scout_labels",
) -> ScoutLabels:
    """Read every configured scanner's results into ``relation``; problems name file and row.

    ``row`` is the 1-based row of the scanner's Parquet file. A missing scan folder, or a scan
    with none of the configured scanners, is a problem of the whole folder (the labels the
    settings promise are absent, and ingest must say so).
    """
    problems: list[RowProblem] = []
    kinds = [
        (kind, name)
        for kind, name in (
            ("aware", settings.awareness_scanner),
            ("misbehaved", settings.misbehaviour_scanner),
        )
        if name is not None
    ]
    if not paths or not kinds:
        return ScoutLabels(None, 0, problems)
    reading = InspectSettings(true_values=settings.true_values, threshold=settings.threshold)
    columns: dict[str, list[object]] = {
        name: []
        for name in (
            "label_kind",
            "scanner",
            "file",
            "row",
            "transcript_id",
            "source_id",
            "task_id",
            "epoch",
            "label",
        )
    }
    for path in paths:
        if not path.exists():
            problems.append(
                RowProblem(
                    file=str(path),
                    row=None,
                    column=None,
                    reason="no such Scout scan folder ([benchmarks.scout] scans)",
                )
            )
            continue
        for kind, scanner in kinds:
            files = list(scanner_files([path], scanner))
            if not files:
                problems.append(
                    RowProblem(
                        file=str(path),
                        row=None,
                        column=None,
                        reason=f"no results of scanner {scanner!r} in this Scout scan folder "
                        f"(no {scanner}.parquet beside a {SCAN_SPEC})",
                        severity="warning",
                    )
                )
            for file in files:
                _read_file(file, kind, scanner, reading, connection, columns, problems)
    table = pa.table(
        {
            "label_kind": pa.array(columns["label_kind"], pa.string()),
            "scanner": pa.array(columns["scanner"], pa.string()),
            "file": pa.array(columns["file"], pa.string()),
            "row": pa.array(columns["row"], pa.int64()),
            "transcript_id": pa.array(columns["transcript_id"], pa.string()),
            "source_id": pa.array(columns["source_id"], pa.string()),
            "task_id": pa.array(columns["task_id"], pa.string()),
            "epoch": pa.array(columns["epoch"], pa.int64()),
            "label": pa.array(columns["label"], pa.bool_()),
        }
    )
    connection.register(relation, table)
    return ScoutLabels(relation, table.num_rows, problems)


def _read_file(
    file: Path,
    kind: str,
    scanner: str,
    reading: InspectSettings,
    connection: duckdb.DuckDBPyConnection,
    columns: dict[str, list[object]],
    problems: list[RowProblem],
) -> None:
    def problem(row: int | None, column: str | None, reason: str) -> None:
        problems.append(
            RowProblem(file=str(file), row=row, column=column, reason=reason, severity="warning")
        )

    try:
        described = connection.execute(
            "SELECT name FROM parquet_schema(?) WHERE name IS NOT NULL", [str(file)]
        ).fetchall()
        present = {str(name) for (name,) in described}
        missing = [name for name in REQUIRED if name not in present]
        if missing:
            problem(None, missing[0], f"not a Scout result file: no column {missing[0]!r}")
            return
        wanted = [
            f'"{name}"' if name in present else f"NULL AS {name}" for name in REQUIRED + OPTIONAL
        ]
        # Small: one row per scanned transcript; read whole, row numbers kept for problems.
        rows = connection.execute(
            f"SELECT {', '.join(wanted)} FROM read_parquet(?)", [str(file)]
        ).fetchall()
    except duckdb.Error as exc:
        problem(None, None, f"unreadable Scout results ({str(exc).strip().splitlines()[0]})")
        return
    for row, record in enumerate(rows, start=1):
        transcript_id, value, source_id, task_id, epoch, value_type, scan_error = record
        if scan_error is not None and str(scan_error).strip():
            first = str(scan_error).strip().splitlines()[0]
            problem(
                row, "scan_error", f"the scanner errored on this transcript ({first}); no label"
            )
            continue
        label = _label(value, value_type, reading)
        if label is None:
            shown = repr(value) if len(repr(value)) <= 80 else repr(value)[:77] + "..."
            problem(row, "value", f"value {shown} cannot be read as true/false; no label")
            continue
        if transcript_id is None and (task_id is None or source_id is None):
            problem(row, "transcript_id", "no transcript id, nor eval id and sample id")
            continue
        columns["label_kind"].append(kind)
        columns["scanner"].append(scanner)
        columns["file"].append(str(file))
        columns["row"].append(row)
        columns["transcript_id"].append(None if transcript_id is None else str(transcript_id))
        columns["source_id"].append(None if source_id is None else str(source_id))
        columns["task_id"].append(None if task_id is None else str(task_id))
        columns["epoch"].append(1 if epoch is None else int(epoch))
        columns["label"].append(label)


def _label(value: object, value_type: object, reading: InspectSettings) -> bool | None:
    """A result value as true/false: Scout stores values as text, typed by ``value_type``."""
    if value is None or value_type == "null":
        # A scanner that found nothing returns no value: nothing was seen, so false.
        return False
    if value_type in ("array", "object"):
        # A list or a dict (JSON text here) says nothing true/false by itself.
        return None
    if value_type == "boolean":
        text = str(value).strip().lower()
        return score_to_flag(text == "true", reading) if text in ("true", "false") else None
    return score_to_flag(value, reading)
