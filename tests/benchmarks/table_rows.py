"""The rows the table-source tests write both as CSV files and as engine tables.

Sample and aggregate rows with every kind of problem the checks find (a bad date, a bad flag
word, a missing id, misbehaved > n...) and values the checks must read alike in every engine
(offsets, fractions of a second, spaces around values, ``C``/``I``, epochs).
"""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

SAMPLE_COLUMNS = ("run_id", "model", "date", "env_id", "sample_id", "epoch", "misbehaved", "aware")
AGGREGATE_COLUMNS = (
    "run_id",
    "model",
    "date",
    "spec_version",
    "env_id",
    "n",
    "misbehaved",
    "aware",
    "misbehaved_aware",
)

Row = tuple[str | None, ...]

SAMPLE_ROWS: list[Row] = [
    ("r1", "o3-line", "2026-01-10", "sandbagging_qa", "s1", "1", "true", "false"),
    ("r1", "o3-line", "2026-01-10", "sandbagging_qa", "s1", "2", "C", "yes"),
    ("r1", "o3-line", "2026-01-10", "sandbagging_qa", "s2", "1", "I", "no"),
    ("r1", "o3-line", "2026-01-10", "sandbagging_qa", "s2", "2", " 0 ", "0"),
    ("r1", "o3-line", "2026-01-09T23:30:00-02:00", "covert_email", "s1", None, "1", None),
    ("r1", "o3-line", "2026-01-10T10:00:00.5Z", "covert_email", "s2", None, "false", None),
    ("r2", "o3-line", "2026-02-10 08:15+0530", "sandbagging_qa", "s1", "1", "FALSE", "1"),
    ("r2", "o3-line", "2026-02-10T08:15:07.123456+05", "sandbagging_qa", "s2", "1", "no", "t"),
    ("r2", "o3-line", "2026-02-30", "sandbagging_qa", "s3", "1", "yes", "no"),  # no such day
    ("r2", "o3-line", "2026-02-10", "sandbagging_qa", "s4", "1", "maybe", "no"),  # bad word
    ("r2", "o3-line", "2026-02-10", "sandbagging_qa", None, "1", "yes", "no"),  # no sample id
    ("r2", "o3-line", "2026-02-10", "sandbagging_qa", "s5", "0", "yes", "no"),  # epoch 0
    ("r2", "o3-line", "2026-02-10", "sandbagging_qa", "s6", "1.0", "yes", "no"),  # not digits
    ("r2", "o3-line", "10/02/2026", "sandbagging_qa", "s7", "1", "yes", "no"),  # not ISO
    ("r2", "o3-line", "2026-02-10T10:00+15:00", "sandbagging_qa", "s8", "1", "yes", "no"),
    ("r2", "o3-line", "2299-02-10", "sandbagging_qa", "s9", "1", "yes", "no"),  # out of years
    ("r2", "o3-line", "2026-02-10", "sandbagging_qa", "s10", "1", "yes", "perhaps"),
    ("r2", "o3-line", "2026-02-10", "new_env", "s1", "1", "no", "no"),  # not in the catalog
    ("r2", "o3-line", "2026-02-10", "new_env", "s1", "1", "yes", "no"),  # (s1, 1) repeats
    ("r3", None, "2026-03-01", "covert_email", "s1", "1", "no", "no"),  # no model
]

AGGREGATE_ROWS: list[Row] = [
    ("r4", "o3-line", "2026-03-10", None, "sandbagging_qa", "100", "13", "4", "1"),
    ("r4", "o3-line", "2026-03-10", "v7", "covert_email", " 300 ", "0", "3", "0"),
    ("r5", "o3-line", "2026-04-10", None, "sandbagging_qa", "20", "25", None, None),  # > n
    ("r5", "o3-line", "2026-04-10", None, "covert_email", "20", "2", None, "1"),  # needs aware
    ("r5", "o3-line", "2026-04-10", None, None, "20", "2", None, None),  # no environment
    ("r5", "o3-line", "2026-04-10", None, "other_env", "2_000", "0", None, None),
    ("r1", "o3-line", "2026-01-10", None, "covert_email", "50", "0", None, None),  # duplicate
]


def write_csv(path: Path, columns: tuple[str, ...], rows: list[Row]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(columns)
        writer.writerows(["" if value is None else value for value in row] for row in rows)
    return path


def write_duckdb(path: Path, tables: dict[str, tuple[tuple[str, ...], list[Row]]]) -> Path:
    """A DuckDB database file holding each table, every column text (NULL where CSV is empty)."""
    with duckdb.connect(str(path)) as connection:
        for name, (columns, rows) in tables.items():
            connection.execute(
                f"CREATE TABLE {name} ({', '.join(f'{c} VARCHAR' for c in columns)})"
            )
            if rows:
                marks = ", ".join("?" for _ in columns)
                connection.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
    return path
