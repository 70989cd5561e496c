"""Every reader of a workspace file: byte-order marks, repeated columns and the date rule.

A UTF-8 byte-order mark (as Windows editors write) is accepted by every reader; a column named
twice is refused with the file and column; failures.jsonl follows the same date rule as results.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.benchmarks.helpers import AGGREGATE_HEADER, ingest
from tracker.benchmarks.environments import read_environments
from tracker.errors import InputError
from tracker.failures.link_store import read_link_decisions
from tracker.failures.loading import load_failures

BOM = b"\xef\xbb\xbf"
CATALOG = "env_id,name,category,split\ncovert_email,Covert email,covert_action,test\n"
FAILURE = {"failure_id": "F-1", "date": "2026-01-02", "env_id": "e", "summary": "s"}


def _with_bom(path: Path, text: str) -> Path:
    path.write_bytes(BOM + text.encode("utf-8"))
    return path


def test_every_reader_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    results = _with_bom(
        tmp_path / "results.csv", AGGREGATE_HEADER + "\nr1,m,2026-01-05,,covert_email,10,1,,\n"
    )
    samples = _with_bom(
        tmp_path / "samples.jsonl",
        json.dumps(
            {"run_id": "r1", "model": "m", "date": "2026-01-05", "env_id": "sandbagging_qa"}
            | {"sample_id": "a", "misbehaved": True}
        )
        + "\n",
    )
    result = ingest([results, samples])
    assert result.problems == []
    assert (result.input_rows, len(result.results)) == (2, 2)
    (environment,) = read_environments(_with_bom(tmp_path / "environments.csv", CATALOG))
    assert environment.env_id == "covert_email"
    # Issue 13: failures.jsonl rejected the mark that results files accepted.
    (failure,) = load_failures([_with_bom(tmp_path / "f.jsonl", json.dumps(FAILURE))], None)
    assert failure.failure_id == "F-1"
    (decision,) = read_link_decisions(
        _with_bom(tmp_path / "links.csv", "clause_id,failure_id,status,note\nAS1,F-1,confirmed,\n")
    )
    assert decision.clause_id == "AS1"


def test_environments_csv_refuses_a_column_named_twice(tmp_path: Path) -> None:
    path = tmp_path / "environments.csv"
    path.write_text(
        "env_id,name,category,split,split\ncovert_email,C,covert_action,test,heldout\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_environments(path)
    assert caught.value.location == caught.value.location.__class__(str(path), 1, "split")
    assert "duplicate column (columns 4 and 5 of the header)" in str(caught.value)


def test_failures_jsonl_lines_end_only_at_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    # An unescaped U+2028 is valid inside a JSON string; it is not the end of a line.
    text = json.dumps(FAILURE | {"summary": "a\u2028b"}, ensure_ascii=False) + "\r\n"
    path.write_text(text + "{broken\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"f\.jsonl, line 2: not valid JSON"):
        load_failures([path], None)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("9999-12-31T23:59:59-12:00", "years 1900 to 2200"),
        ("1899-12-31", "years 1900 to 2200"),
        ("2026-01-05T10:00:00+25:00", "offset of at most 14:00"),
        ("2026-01-05T10:00:00+05:75", "offset of at most 14:00"),
        ("2026-01-05T10:00:00-14:01", "offset of at most 14:00"),
        ("2026-02-30", "day is out of range"),
        ("20260105", "ISO 8601"),
        ("2026-01-05T10:00:00 Europe/Paris", "ISO 8601"),
    ],
)
def test_failure_dates_follow_the_results_rule(tmp_path: Path, date: str, expected: str) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(FAILURE | {"date": date}) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_failures([path], None)
    message = str(caught.value)
    assert f"{path}, line 1, column 'date': " in message
    assert expected in message
    assert repr(date) in message


def test_failure_dates_keep_their_offset(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    lines = [
        FAILURE | {"date": "2026-01-05T10:00:00+14:00"},
        FAILURE | {"failure_id": "F-2", "date": "2026-01-05t10:00z"},
        FAILURE | {"failure_id": "F-3", "date": "2201-01-01T01:00+0200"},
    ]
    path.write_text("\n".join(map(json.dumps, lines)) + "\n", encoding="utf-8")
    first, second, third = load_failures([path], None)
    assert first.date == datetime(2026, 1, 5, 10, tzinfo=timezone(timedelta(hours=14)))
    assert first.date.utcoffset() == timedelta(hours=14)
    assert second.date == datetime(2026, 1, 5, 10, tzinfo=UTC)
    assert third.date == datetime(2200, 12, 31, 23, tzinfo=UTC)
