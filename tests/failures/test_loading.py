"""Failure records from failures.jsonl and from misbehaving sample rows."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from tracker.benchmarks.models import SAMPLE_COLUMNS
from tracker.errors import InputError, WorkspaceError
from tracker.failures.loading import load_failures, summarise


def _write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps(
    {"failure_id": "F-1", "date": "2026-01-02", "env_id": "e", "model": "m", "summary": "s"}
)


def test_reads_records_with_aware_dates(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "f.jsonl",
        GOOD,
        "",
        json.dumps(
            {
                "failure_id": "F-2",
                "date": "2026-01-03T10:00:00+02:00",
                "env_id": "e",
                "summary": " two ",
                "excerpt": "x",
            }
        ),
    )
    first, second = load_failures([path], None)
    assert first.date == datetime(2026, 1, 2, tzinfo=UTC)
    assert second.date.utcoffset() is not None
    assert (second.summary, second.excerpt, second.model, second.source) == (
        "two",
        "x",
        "",
        str(path),
    )


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("{not json", "line 2: not valid JSON"),
        ("[1]", "line 2: expected a JSON object"),
        ('{"failure_id": "F-9", "date": "2026-01-01", "env_id": "e"}', "line 2, column 'summary'"),
        (
            '{"failure_id": "F-9", "date": "soon", "env_id": "e", "summary": "s"}',
            "line 2, column 'date'",
        ),
        (
            '{"failure_id": "F-9", "date": "2026-01-01", "env_id": 3, "summary": "s"}',
            "line 2, column 'env_id'",
        ),
        (
            '{"failure_id": "F-9", "date": "2026-01-01", "env_id": "e", "summary": "s", "x": 1}',
            "line 2, column 'x'",
        ),
        (GOOD, "line 2, column 'failure_id': duplicate failure id 'F-1'"),
    ],
)
def test_bad_lines_name_file_line_column(tmp_path: Path, line: str, where: str) -> None:
    path = _write(tmp_path / "f.jsonl", GOOD, line)
    with pytest.raises(InputError) as caught:
        load_failures([path], None)
    assert f"{path}, {where}" in str(caught.value)


def test_missing_listed_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match=r"absent\.jsonl: failures file not found"):
        load_failures([tmp_path / "absent.jsonl"], None)


def test_one_failure_per_misbehaving_sample_with_text() -> None:
    rows = [
        ("r1", "m", "2026-02-01", None, "env", "s1", 1, True, False, "First idea. Second."),
        ("r1", "m", "2026-02-01", None, "env", "s1", 2, True, False, "Another epoch."),
        ("r1", "m", "2026-02-01", None, "env", "s2", 1, False, False, "Behaved."),
        ("r1", "m", "2026-02-01", None, "env", "s3", 1, True, False, None),
        ("r2", "m", "2026-03-01", None, "env", "s1", 1, True, True, "x " * 300),
    ]
    samples = pd.DataFrame([(*row, "file.csv", None) for row in rows], columns=list(SAMPLE_COLUMNS))
    samples["date"] = pd.to_datetime(samples["date"], utc=True)
    failures = load_failures([], samples)
    assert [f.failure_id for f in failures] == ["S-r1-env-s1", "S-r2-env-s1"]
    assert failures[0].summary == "First idea."
    assert failures[0].excerpt == "First idea. Second."
    assert failures[0].date == datetime(2026, 2, 1, tzinfo=UTC)
    assert failures[0].source == "samples"
    assert len(failures[1].summary) <= 200
    assert failures[1].summary.endswith("…")


def test_sample_failure_colliding_with_file_id(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "f.jsonl",
        json.dumps({"failure_id": "S-r-e-s", "date": "2026-01-01", "env_id": "e", "summary": "s"}),
    )
    samples = pd.DataFrame(
        [("r", "m", pd.Timestamp("2026-01-01", tz="UTC"), None, "e", "s", 1, 1, 0, "t.", "x")],
        columns=list(SAMPLE_COLUMNS[:-1]),  # aware_source is not needed here
    )
    with pytest.raises(InputError, match="duplicate failure id 'S-r-e-s'"):
        load_failures([path], samples)


def test_summarise() -> None:
    assert summarise("  One sentence here!  And more.") == "One sentence here!"
    assert summarise("word " * 100).endswith("…")
