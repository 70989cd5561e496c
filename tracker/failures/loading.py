"""Failure records: from ``failures.jsonl`` files and from misbehaving sample rows with text.

``failures.jsonl`` has one JSON object per line with ``failure_id``, ``date``, ``env_id``,
``summary`` (required), ``model`` and ``excerpt`` (optional). A sample row that misbehaved and
carries reasoning text becomes the failure ``S-<run_id>-<env_id>-<sample_id>`` (one per sample,
whatever its epochs), summarised by the reasoning's first sentence.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from tracker import dates
from tracker.analysis.sample_rows import BATCH_ROWS, SampleRows, as_sample_rows
from tracker.errors import InputError, Location, WorkspaceError
from tracker.failures.models import Failure

REQUIRED_FIELDS = ("failure_id", "date", "env_id", "summary")
OPTIONAL_FIELDS = ("model", "excerpt")
SUMMARY_CHARS = 200
EXCERPT_CHARS = 1000
SAMPLE_SOURCE = "samples"


def load_failures(
    paths: Sequence[Path], samples: SampleRows | pd.DataFrame | None
) -> list[Failure]:
    """Every failure from the files (in order) and then from the sample rows.

    Raises ``WorkspaceError`` for a listed file that does not exist and ``InputError`` (file,
    line, column) for a line that cannot be used or a failure id seen twice.
    """
    failures: list[Failure] = []
    seen: dict[str, str] = {}
    for path in paths:
        if not path.is_file():
            raise WorkspaceError(
                f"{path}: failures file not found"
                " (listed in [benchmarks] failures of specdrift.toml)"
            )
        for line_number, failure in read_failures_file(path):
            _check_unique(failure, seen, Location(str(path), line_number, "failure_id"))
            failures.append(failure)
    if samples is not None:
        for failure in failures_from_samples(samples):
            _check_unique(failure, seen, Location(SAMPLE_SOURCE, None, "sample_id"))
            failures.append(failure)
    return failures


def _check_unique(failure: Failure, seen: dict[str, str], location: Location) -> None:
    if failure.failure_id in seen:
        raise InputError(
            location,
            f"duplicate failure id {failure.failure_id!r}"
            f" (first seen in {seen[failure.failure_id]})",
        )
    seen[failure.failure_id] = str(location)


def read_failures_file(path: Path) -> list[tuple[int, Failure]]:
    """The failures of one JSONL file with their line numbers; blank lines are skipped."""
    try:
        # utf-8-sig: a byte-order mark (as Windows editors write) is allowed, as in results files.
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Location(str(path)), f"not UTF-8 text ({exc.reason})") from exc
    # Lines end at \n, \r\n or \r only (str.splitlines also splits at U+2028, which a JSON
    # string may hold as it is), so line numbers match an editor's.
    lines = [line.rstrip("\r\n") for line in io.StringIO(text, newline="")]
    out: list[tuple[int, Failure]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        out.append((number, parse_failure_line(line, Location(str(path), number))))
    return out


def parse_failure_line(line: str, where: Location) -> Failure:
    """One JSONL line as a Failure; errors name the line and the column."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg} at character {exc.pos + 1})") from exc
    if not isinstance(raw, dict):
        raise InputError(where, f"expected a JSON object, got {type(raw).__name__}")
    for name in REQUIRED_FIELDS:
        value = raw.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise InputError(_at(where, name), "missing; expected a non-empty value")
    unknown = sorted(set(raw) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS))
    if unknown:
        expected = ", ".join(REQUIRED_FIELDS + OPTIONAL_FIELDS)
        raise InputError(_at(where, unknown[0]), f"unknown field; expected only {expected}")
    values: dict[str, str] = {}
    for name in ("failure_id", "env_id", "summary", *OPTIONAL_FIELDS):
        value = raw.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InputError(_at(where, name), f"expected text, got {json.dumps(value)}")
        values[name] = value.strip()
    return Failure(
        failure_id=values["failure_id"],
        date=parse_date(raw["date"], _at(where, "date")),
        env_id=values["env_id"],
        model=values["model"],
        summary=values["summary"],
        excerpt=values["excerpt"],
        source=where.file,
    )


def _at(where: Location, column: str) -> Location:
    return Location(where.file, where.line, column)


def parse_date(value: Any, where: Location) -> datetime:
    """An ISO date or datetime as a tz-aware datetime (naive values are taken as UTC).

    The accepted text is ``tracker.dates``'s, the same as for results: years 1900 to 2200,
    offsets of at most 14:00.
    """
    if not isinstance(value, str):
        raise InputError(
            where, f"expected an ISO date {dates.EXAMPLES} as text, got {json.dumps(value)}"
        )
    try:
        return dates.parse_timestamp(value)
    except dates.DateError as exc:
        raise InputError(where, f"{exc}, got {value!r}") from exc


def failures_from_samples(
    samples: SampleRows | pd.DataFrame | None, batch_rows: int = BATCH_ROWS
) -> list[Failure]:
    """One failure per misbehaving sample whose reasoning has text (its first such epoch).

    The rows come in batches of misbehaving rows with reasoning, in input order: the texts of a
    large sample table never sit in memory all at once, only the failures made from them.
    """
    table = as_sample_rows(samples)
    if table is None:
        return []
    failures: list[Failure] = []
    seen: set[str] = set()
    for batch in table.failure_rows(batch_rows):
        # Whole columns as Python lists: a row at a time over Arrow-backed columns cost more
        # than the failures made from them.
        names = ("run_id", "model", "date", "env_id", "sample_id", "reasoning")
        columns = [batch[name].tolist() for name in names]
        for run_id, model, dated, env_id, sample_id, text in zip(*columns, strict=True):
            reasoning = _text(text)
            if not reasoning:
                continue
            failure_id = f"S-{run_id}-{env_id}-{sample_id}"
            if failure_id in seen:
                continue
            seen.add(failure_id)
            failures.append(
                Failure(
                    failure_id=failure_id,
                    date=_sample_date(dated),
                    env_id=str(env_id),
                    model=_text(model),
                    summary=summarise(reasoning),
                    excerpt=reasoning[:EXCERPT_CHARS],
                    source=SAMPLE_SOURCE,
                )
            )
    return failures


_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def summarise(text: str) -> str:
    """The first sentence of ``text``, at most 200 characters (cut at a word, with an ellipsis)."""
    flat = " ".join(text.split())
    first = _SENTENCE_END.split(flat, maxsplit=1)[0]
    if len(first) <= SUMMARY_CHARS:
        return first
    cut = first[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _text(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _sample_date(value: Any) -> datetime:
    stamp = pd.Timestamp(value)
    result: datetime = stamp.to_pydatetime()
    if isinstance(result, datetime):
        return result if result.tzinfo is not None else result.replace(tzinfo=UTC)
    return datetime.combine(date.fromisoformat(str(value)), datetime.min.time(), UTC)
