"""CSV and JSON Lines results, read line by line so every problem has an exact line number."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from tracker.benchmarks.adapters.base import LoadedTable, SuffixAdapter, UnreadableFile, detect_form
from tracker.benchmarks.models import RowProblem
from tracker.settings import InspectSettings


def read_utf8(path: Path) -> str:
    """The file's text; a non-UTF-8 file names the line of its first bad byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read ({exc.strerror})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UnreadableFile(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8",
            row=line,
        ) from exc
    if not text.strip():
        raise UnreadableFile("empty file; expected a header row and data rows")
    return text


def _loaded(
    path: Path,
    connection: duckdb.DuckDBPyConnection,
    relation: str,
    names: list[str],
    records: list[dict[str, str | None]],
    lines: list[int],
    problems: list[RowProblem],
) -> LoadedTable:
    """Register the parsed rows as ``relation``; rows that could not be parsed count as rejected."""
    return LoadedTable(
        file=path,
        form=detect_form(names),
        relation=relation,
        columns=_register(connection, relation, names, records, lines),
        input_rows=len(records) + len(problems),
        problems=problems,
        rejected_rows=len(problems),
    )


def _register(
    connection: duckdb.DuckDBPyConnection,
    relation: str,
    columns: list[str],
    records: list[dict[str, str | None]],
    lines: list[int],
) -> dict[str, str]:
    arrays = {name: pa.array([r.get(name) for r in records], pa.string()) for name in columns}
    arrays["_row"] = pa.array(lines, pa.int64())
    connection.register(relation, pa.table(arrays))
    return dict.fromkeys(columns, "VARCHAR")


class CsvAdapter(SuffixAdapter):
    """Comma-separated values with a header row (UTF-8)."""

    name = "CSV (.csv)"
    suffixes: tuple[str, ...] = (".csv",)

    def load(
        self,
        path: Path,
        connection: duckdb.DuckDBPyConnection,
        relation: str,
        inspect: InspectSettings,
    ) -> LoadedTable:
        reader = csv.reader(io.StringIO(read_utf8(path), newline=""))
        try:
            header = [name.strip() for name in next(reader)]
            records: list[dict[str, str | None]] = []
            lines: list[int] = []
            problems: list[RowProblem] = []
            line = reader.line_num
            for fields in reader:
                start, line = line + 1, reader.line_num
                if not any(value.strip() for value in fields):
                    continue  # a blank line is not a row
                if len(fields) != len(header):
                    problems.append(
                        RowProblem(
                            file=str(path),
                            row=start,
                            column=None,
                            reason=f"expected {len(header)} fields, got {len(fields)}",
                        )
                    )
                    continue
                records.append(
                    {name: (v.strip() or None) for name, v in zip(header, fields, strict=True)}
                )
                lines.append(start)
        except csv.Error as exc:
            raise UnreadableFile(f"not valid CSV ({exc})", row=reader.line_num) from exc
        if not header or not any(header):
            raise UnreadableFile("no header row", row=1)
        return _loaded(path, connection, relation, header, records, lines, problems)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(value)


class JsonLinesAdapter(SuffixAdapter):
    """One JSON object per line (UTF-8); blank lines are skipped."""

    name = "JSON Lines (.jsonl, .ndjson)"
    suffixes: tuple[str, ...] = (".jsonl", ".ndjson")

    def load(
        self,
        path: Path,
        connection: duckdb.DuckDBPyConnection,
        relation: str,
        inspect: InspectSettings,
    ) -> LoadedTable:
        columns: dict[str, None] = {}
        records: list[dict[str, str | None]] = []
        lines: list[int] = []
        problems: list[RowProblem] = []
        for number, raw in enumerate(read_utf8(path).splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw)
            except json.JSONDecodeError as exc:
                reason = f"not valid JSON ({exc.msg} at character {exc.colno})"
                problems.append(RowProblem(file=str(path), row=number, column=None, reason=reason))
                continue
            if not isinstance(value, dict):
                reason = f"expected a JSON object, got {type(value).__name__}"
                problems.append(RowProblem(file=str(path), row=number, column=None, reason=reason))
                continue
            record = {str(k).strip(): _as_text(v) for k, v in value.items()}
            columns.update(dict.fromkeys(record))
            records.append(record)
            lines.append(number)
        names = list(columns)
        if not names and not problems:
            raise UnreadableFile("no JSON objects found")
        return _loaded(path, connection, relation, names, records, lines, problems)
