"""CSV and JSON Lines results, read line by line so every problem has an exact line number.

Input rows are counted from the file's physical lines (grouped into records where a quoted CSV
field holds line breaks), never from what a parser recovered: a missing quote or a line that is
not JSON is one rejected row, and the rows around it are still read and counted.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from tracker.benchmarks.adapters.base import LoadedTable, SuffixAdapter, UnreadableFile, detect_form
from tracker.benchmarks.models import RowProblem
from tracker.errors import InputError, Location
from tracker.settings import InspectSettings


def read_utf8(path: Path) -> str:
    """The file's text without a byte-order mark; a non-UTF-8 file names its first bad byte.

    Its records are still counted (and all rejected, ``UnreadableFile.rows``) so that a file in
    the wrong encoding does not vanish from the row accounting.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read ({exc.strerror})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        readable = data.decode("utf-8-sig", errors="replace")
        rows = _data_records(readable) if path.suffix.lower() == ".csv" else _data_lines(readable)
        raise UnreadableFile(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8",
            row=line,
            rows=rows,
        ) from exc
    if not text.strip():
        raise UnreadableFile("empty file; expected a header row and data rows")
    return text


def physical_lines(text: str) -> list[str]:
    """The text's lines with their endings, split where Python's csv module splits them.

    A line ends at ``\n``, ``\r\n`` or a lone ``\r``, and nowhere else: ``str.splitlines``
    would also split at U+2028, U+0085 and form feeds, which JSON strings may hold as they are.
    """
    return io.StringIO(text, newline="").readlines()


def _data_lines(text: str) -> int:
    """JSON Lines rows: the non-blank lines."""
    return sum(1 for line in physical_lines(text) if line.strip())


def _data_records(text: str) -> int:
    """CSV rows: the non-blank records after the header (the header itself when there is none)."""
    records = [r for r in split_records(physical_lines(text)) if not r.blank]
    return max(len(records) - 1, 0)


@dataclass(frozen=True)
class CsvRecord:
    """Where one CSV record sits: lines ``[start, end)`` (0-based) of the file."""

    start: int
    end: int
    open_quote: int | None = None
    """The 0-based line where a quoted field opens that never closes (the record ends there)."""
    blank: bool = False
    """Only whitespace: not a row."""


def _open_at_end(line: str, quoted: bool) -> tuple[bool, bool]:
    """Whether a quoted field is open at the end of ``line``, and whether it opened in ``line``.

    ``quoted`` says whether the line starts inside a quoted field. This follows the states of
    CPython's csv reader for the default dialect (comma, double quote, doubled quotes, not
    strict): a quote opens a quoted field only as the first character of a field; inside one,
    ``""`` is a literal quote and any other quote closes it; after the closing quote, the field
    runs on unquoted (with literal quotes) to the next comma.
    """
    if '"' not in line:
        return quoted, False
    opened = False
    position, size = 0, len(line)
    at_field_start = not quoted
    while True:
        if quoted:
            close = line.find('"', position)
            if close < 0:
                return True, opened
            if line.startswith('"', close + 1):  # a doubled quote: still inside
                position = close + 2
                continue
            quoted, position = False, close + 1
            at_field_start = line.startswith(",", position)
            if at_field_start:
                position += 1
        elif at_field_start and position < size and line[position] == '"':
            quoted, opened, position = True, True, position + 1
        else:
            comma = line.find(",", position)
            if comma < 0:
                return False, False
            position, at_field_start = comma + 1, True


def split_records(lines: list[str]) -> Iterator[CsvRecord]:
    """The file's records, found without the csv module's recovery from a missing quote.

    On well-formed text these are exactly the records ``csv.reader`` yields (a quoted field may
    hold line breaks). Where a quoted field never closes, csv.reader would swallow the rest of
    the file into it; here the record ends on the line where that field opened and the lines
    after it are read again as records of their own, so every line belongs to some record.
    """
    index, count = 0, len(lines)
    while index < count:
        start, quoted, opened_on = index, False, -1
        while index < count:
            quoted, opened_here = _open_at_end(lines[index], quoted)
            if opened_here:
                opened_on = index
            index += 1
            if not quoted:
                break
        if quoted:  # the end of the file inside a quoted field
            index = opened_on + 1
            yield CsvRecord(start, index, open_quote=opened_on)
        elif index - start == 1 and not lines[start].strip():
            yield CsvRecord(start, index, blank=True)
        else:
            yield CsvRecord(start, index)


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
    """Comma-separated values with a header row (UTF-8).

    Rows are counted from ``split_records`` (physical lines grouped by quoted fields), not from
    what csv.reader recovers, so ingested + rejected rows always add up to the file's records.
    """

    name = "CSV (.csv)"
    suffixes: tuple[str, ...] = (".csv",)

    def load(
        self,
        path: Path,
        connection: duckdb.DuckDBPyConnection,
        relation: str,
        inspect: InspectSettings,
    ) -> LoadedTable:
        lines = physical_lines(read_utf8(path))
        records = [record for record in split_records(lines) if not record.blank]
        header_record, data = records[0], records[1:]
        if header_record.open_quote is not None:
            raise UnreadableFile(
                'the header has a quoted field that never closes (a missing "?)',
                row=header_record.open_quote + 1,
                rows=len(data),
            )
        parsed = _parse_fields(lines, [header_record, *(r for r in data if r.open_quote is None)])
        header_line = header_record.start + 1
        header = [name.strip() for name in _header_fields(next(parsed)[1], header_line, len(data))]
        named = _named_columns(path, header, header_line, len(data))
        fields_of = dict(parsed)
        rows: list[dict[str, str | None]] = []
        row_lines: list[int] = []
        problems: list[RowProblem] = []
        for record in data:
            line = record.start + 1
            fields = None if record.open_quote is not None else fields_of[record.start]
            reason = _record_problem(record, fields, len(header))
            if reason is not None:
                row = line if record.open_quote is None else record.open_quote + 1
                problems.append(RowProblem(file=str(path), row=row, column=None, reason=reason))
                continue
            assert isinstance(fields, list)
            rows.append({name: (fields[i].strip() or None) for i, name in named})
            row_lines.append(line)
        names = [name for _, name in named]
        loaded = _loaded(path, connection, relation, names, rows, row_lines, problems)
        unnamed = [str(i) for i, name in enumerate(header, start=1) if not name]
        if unnamed:
            loaded.problems.append(
                RowProblem(
                    file=str(path),
                    row=header_line,
                    column=None,
                    reason=f"ignored column(s) {', '.join(unnamed)}: no name in the header",
                    severity="warning",
                )
            )
        return loaded


def _header_fields(fields: list[str] | str, line: int, rows: int) -> list[str]:
    if isinstance(fields, str):
        raise UnreadableFile(f"the header is {fields}", row=line, rows=rows)
    return fields


def _record_problem(record: CsvRecord, fields: list[str] | str | None, width: int) -> str | None:
    """Why a data record cannot be a row, or None."""
    if record.open_quote is not None:
        opened = record.open_quote + 1
        where = (
            "" if opened == record.start + 1 else f" (its row starts on line {record.start + 1})"
        )
        return (
            'a quoted field opens on this line and never closes (a missing "?)'
            f"{where}; the lines after it are read as rows of their own"
        )
    if isinstance(fields, str):
        return fields
    assert fields is not None
    if len(fields) != width:
        reason = f"expected {width} fields, got {len(fields)}"
        if record.end - record.start > 1:
            reason += f" (a quoted field runs on to line {record.end}: check its quotes)"
        return reason
    if not any(value.strip() for value in fields):
        return "empty row (every field is empty)"
    return None


def _parse_fields(
    lines: list[str], records: list[CsvRecord]
) -> Iterator[tuple[int, list[str] | str]]:
    """(start line, fields) of each record, or (start line, reason) where csv cannot read it.

    One csv.reader reads the records' lines in order (it is markedly faster than one reader per
    record); since ``split_records`` ends records where csv.reader does, each ``next`` reads one
    record, which ``line_num`` confirms. After a csv error (a field over csv's size limit) the
    reader may have stopped inside the record, so a new one starts at the next record.
    """
    position = 0
    while position < len(records):
        rest = records[position:]
        reader = csv.reader(line for record in rest for line in lines[record.start : record.end])
        consumed = 0
        for record in rest:
            position += 1
            try:
                fields = next(reader)
            except csv.Error as exc:
                yield record.start, f"not valid CSV ({exc})"
                break
            consumed += record.end - record.start
            if reader.line_num != consumed:  # pragma: no cover - a bug in split_records
                raise RuntimeError(f"CSV record at line {record.start + 1} was split differently")
            yield record.start, fields


def _named_columns(path: Path, header: list[str], line: int, rows: int) -> list[tuple[int, str]]:
    """(position, name) of the named columns; a name given twice is an error for the file."""
    if not any(header):
        raise UnreadableFile("no header row (every column name is empty)", row=line, rows=rows)
    seen: dict[str, int] = {}
    for position, name in enumerate(header):
        if not name:
            continue
        if name in seen:
            # Which of the two is meant cannot be guessed, and silently taking one changes the
            # counts, so the file is refused (exit code 2) rather than read in part.
            raise InputError(
                Location(str(path), line, name),
                f"duplicate column (columns {seen[name] + 1} and {position + 1} of the header); "
                "each column may appear once",
            )
        seen[name] = position
    return [(position, name) for name, position in seen.items()]


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        # A JSON number's spelling is the writer's choice (300, 300.0, 3e2): its value counts.
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(value)


class _Object(dict[str, Any]):
    """A JSON object that remembers the first key it was given twice."""

    repeated: str | None = None


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object()
    for key, value in pairs:
        if key in result and result.repeated is None:
            result.repeated = key
        result[key] = value
    return result


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
        for number, raw in enumerate(physical_lines(read_utf8(path)), start=1):
            if not raw.strip():
                continue
            record, column, reason = _json_record(raw)
            if record is None:
                problems.append(
                    RowProblem(file=str(path), row=number, column=column, reason=reason)
                )
                continue
            columns.update(dict.fromkeys(record))
            records.append(record)
            lines.append(number)
        names = list(columns)
        if not names and not problems:
            raise UnreadableFile("no JSON objects found")
        return _loaded(path, connection, relation, names, records, lines, problems)


def _json_record(raw: str) -> tuple[dict[str, str | None] | None, str | None, str]:
    """The line's record, else (None, column, reason)."""
    try:
        value = json.loads(raw, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        return None, None, f"not valid JSON ({exc.msg} at character {exc.colno})"
    except RecursionError:
        return None, None, "not valid JSON (nested too deeply)"
    if not isinstance(value, dict):
        return None, None, f"expected a JSON object, got {type(value).__name__}"
    record: dict[str, str | None] = {}
    repeated = value.repeated if isinstance(value, _Object) else None
    for key, item in value.items():
        name = str(key).strip()
        if name in record:
            repeated = repeated or name
        record[name] = _as_text(item)
    if repeated is not None:
        # As with a CSV header naming a column twice, neither value can be trusted.
        reason = f"key {repeated.strip()!r} appears twice in the object; each key may appear once"
        return None, repeated.strip(), reason
    return record, None, ""
