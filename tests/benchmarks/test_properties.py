"""Property tests: random aggregate and sample rows, good and bad, against a plain-Python oracle.

Whatever the rows, ingest never raises in lenient mode, keeps exactly the rows the oracle accepts,
reports one located problem per rejected row, and ingested + rejected == input rows. CSV record
boundaries are checked against CPython's csv module, and the SQL date check against the Python
date parser failures.jsonl uses.
"""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.benchmarks.helpers import ingest
from tracker import dates
from tracker.benchmarks import checks
from tracker.benchmarks.adapters.text import physical_lines, split_records

RUNS = st.sampled_from(["r1", "r2", ""])
ENVS = st.sampled_from(["sandbagging_qa", "covert_email", "new_env"])
COUNT = st.one_of(
    st.integers(-2, 12).map(str),
    st.sampled_from(["", "x", "2.5", "3.0", "1_0", "1e1", "+3", " 7 ", "0x1", "\u0664"]),
)
DATES = st.one_of(
    st.dates(date(2025, 1, 1), date(2027, 1, 1)).map(str),
    st.sampled_from(["", "soon", "2026-02-30", "2026-01-05T10:00:00+02:00"]),
)


def _int(text: str) -> int | None:
    """A count as ingest reads text: plain ASCII decimal digits, else nothing."""
    digits = text.strip()
    return int(digits) if digits and all(c in "0123456789" for c in digits) else None


def _valid_date(text: str) -> bool:
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def _aggregate_ok(row: dict[str, str]) -> bool:
    n, x = _int(row["n"]), _int(row["misbehaved"])
    aware = _int(row["aware"]) if row["aware"] else None
    both = _int(row["misbehaved_aware"]) if row["misbehaved_aware"] else None
    if not row["run_id"] or not _valid_date(row["date"]) or n is None or n < 1:
        return False
    if x is None or not 0 <= x <= n:
        return False
    if row["aware"] and (aware is None or not 0 <= aware <= n):
        return False
    if row["misbehaved_aware"]:
        if both is None or aware is None or both < 0:
            return False
        return both <= min(x, aware)
    return True


def _csv(rows: list[dict[str, str]], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


AGGREGATE_ROW = st.fixed_dictionaries(
    {
        "run_id": RUNS,
        "model": st.just("o3-line"),
        "date": DATES,
        "env_id": ENVS,
        "n": COUNT,
        "misbehaved": COUNT,
        "aware": st.one_of(st.just(""), COUNT),
        "misbehaved_aware": st.one_of(st.just(""), COUNT),
    }
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(AGGREGATE_ROW, max_size=12))
def test_aggregate_rows_match_the_oracle(rows: list[dict[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "results.csv"
        path.write_text(_csv(rows, list(AGGREGATE_ROW_COLUMNS)), encoding="utf-8")
        result = ingest([path])
    expected_lines, seen = [], set()
    for line, row in enumerate(rows, start=2):
        if _aggregate_ok(row):
            key = (row["run_id"], row["env_id"])
            if key not in seen:
                seen.add(key)
                expected_lines.append(line)
    assert result.input_rows == len(rows)
    assert len(result.results) == len(expected_lines)
    assert result.rejected_rows == len(rows) - len(expected_lines)
    # One located problem per rejected row; the kept rows hold every invariant.
    assert sorted(p.row for p in result.errors) == sorted(
        set(range(2, len(rows) + 2)) - set(expected_lines)
    )
    kept = result.results
    assert (kept["n"] >= 1).all()
    assert ((kept["misbehaved"] >= 0) & (kept["misbehaved"] <= kept["n"])).all()
    aware = kept["aware"].dropna()
    assert (aware <= kept.loc[aware.index, "n"]).all()
    both = kept["misbehaved_aware"].dropna()
    assert (both <= kept.loc[both.index, ["misbehaved", "aware"]].min(axis=1)).all()
    assert not kept.duplicated(["run_id", "env_id"]).any()


AGGREGATE_ROW_COLUMNS = ("run_id", "model", "date", "env_id", "n", "misbehaved", "aware")
AGGREGATE_ROW_COLUMNS += ("misbehaved_aware",)

FLAG = st.sampled_from(["0", "1", "true", "false", "yes", "no", "C", "I", "", "maybe", "2"])
SAMPLE_ROW = st.fixed_dictionaries(
    {
        "run_id": RUNS,
        "model": st.just("o3-line"),
        "date": st.sampled_from(["2026-01-05", "2026-01-05", "nope"]),
        "env_id": ENVS,
        "sample_id": st.sampled_from(["a", "b", "c", ""]),
        "epoch": st.sampled_from(["1", "2", "3", "", "0", "x"]),
        "misbehaved": FLAG,
        "aware": FLAG,
    }
)
TRUE = {"1", "true", "yes", "c"}
FALSE = {"0", "false", "no", "i"}


def _flag(text: str) -> bool | None:
    word = text.strip().lower()
    return True if word in TRUE else False if word in FALSE else None


def _sample_ok(row: dict[str, str]) -> bool:
    epoch_ok = row["epoch"] == "" or (_int(row["epoch"]) or 0) >= 1
    aware_ok = row["aware"] == "" or _flag(row["aware"]) is not None
    return bool(
        row["run_id"]
        and row["sample_id"]
        and row["date"] != "nope"
        and epoch_ok
        and _flag(row["misbehaved"]) is not None
        and aware_ok
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(SAMPLE_ROW, max_size=20))
def test_sample_rows_aggregate_like_the_oracle(rows: list[dict[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "samples.csv"
        path.write_text(_csv(rows, list(SAMPLE_COLUMNS_IN)), encoding="utf-8")
        result = ingest([path])
    good = [r for r in rows if _sample_ok(r)]
    assert result.input_rows == len(rows)
    assert result.rejected_rows == len(rows) - len(good)
    assert len(result.errors) == len(rows) - len(good)
    expected: dict[tuple[str, str], dict[str, int]] = {}
    for row in good:
        counts = expected.setdefault((row["run_id"], row["env_id"]), {"n": 0, "x": 0, "aware": 0})
        counts["n"] += 1
        counts["x"] += int(bool(_flag(row["misbehaved"])))
        counts["aware"] += int(bool(_flag(row["aware"])))
    got = {
        (r["run_id"], r["env_id"]): {"n": int(r["n"]), "x": int(r["misbehaved"])}
        for r in result.results.to_dict("records")
    }
    assert got == {k: {"n": v["n"], "x": v["x"]} for k, v in expected.items()}
    for record in result.results.to_dict("records"):
        key = (record["run_id"], record["env_id"])
        group = [r for r in good if (r["run_id"], r["env_id"]) == key]
        assert record["n_ids"] == len({r["sample_id"] for r in group})
        misbehaving = {r["sample_id"] for r in group if _flag(r["misbehaved"])}
        assert record["misbehaved_ids"] == len(misbehaving)
        if all(r["aware"] for r in group):
            assert record["aware"] == expected[key]["aware"]
        else:
            assert record["aware"] is None or str(record["aware"]) == "<NA>"


SAMPLE_COLUMNS_IN = ("run_id", "model", "date", "env_id", "sample_id", "epoch", "misbehaved")
SAMPLE_COLUMNS_IN += ("aware",)


# -- CSV record boundaries: split_records against CPython's csv module ----------------------

CSV_TEXT = st.text(alphabet=st.sampled_from(list('ab ,"\n\r')), max_size=60)


def _csv_module_spans(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) line spans of the records csv.reader yields, from its line_num."""
    reader = csv.reader(lines)
    spans, start = [], 0
    for _ in reader:
        spans.append((start, reader.line_num))
        start = reader.line_num
    return spans


@settings(max_examples=300, deadline=None)
@given(text=CSV_TEXT)
def test_split_records_ends_records_where_the_csv_module_does(text: str) -> None:
    lines = physical_lines(text)
    ours = list(split_records(lines))
    theirs = _csv_module_spans(lines)
    # Every line is in exactly one record, in order.
    assert [line for r in ours for line in range(r.start, r.end)] == list(range(len(lines)))
    broken = [r for r in ours if r.open_quote is not None]
    if not broken:
        assert [(r.start, r.end) for r in ours] == theirs
        return
    # Up to the first unclosed quote the records agree; there csv.reader swallows the rest of
    # the file into one record, and split_records ends the record on the quote's own line.
    first = broken[0]
    before = [(r.start, r.end) for r in ours if r.end <= first.start]
    assert theirs[: len(before)] == before
    assert theirs[len(before)] == (first.start, len(lines))
    assert first.open_quote == first.end - 1


@settings(max_examples=100, deadline=None)
@given(
    rows=st.lists(
        st.lists(st.text(alphabet=st.sampled_from(list('xy ,"\n\r')), max_size=8), min_size=1),
        max_size=6,
    )
)
def test_split_records_reads_what_csv_writer_wrote(rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    records = list(split_records(physical_lines(buffer.getvalue())))
    assert all(r.open_quote is None for r in records)
    assert len(records) == len(rows)


# -- Dates: the SQL check and the Python parser accept the same text ------------------------

DATE_TEXT = st.builds(
    lambda year, month, day, time, zone: f"{year:04d}-{month:02d}-{day:02d}{time}{zone}",
    st.sampled_from([1899, 1900, 2026, 2200, 2201, 9999]),
    st.integers(0, 13),
    st.integers(0, 32),
    st.sampled_from(["", "T00:00", " 23:59:59", "t10:00:00.5", "T24:00", "T10:60", "T10"]),
    st.sampled_from(["", "Z", "z", "+14:00", "-14:01", "+05:30", "+0530", "-12", "+25:00"]),
)


def _sql_date(text: str) -> datetime | None:
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    connection.execute("CREATE TABLE t AS SELECT CAST(? AS VARCHAR) AS date", [text])
    parsed = checks._time("date", {"date": "VARCHAR"})
    value = connection.execute(f"SELECT {parsed.value} FROM t").fetchone()
    connection.close()
    assert value is not None
    result: datetime | None = value[0]
    return result


@settings(max_examples=150, deadline=None)
@given(text=DATE_TEXT)
def test_results_and_failures_accept_the_same_dates(text: str) -> None:
    try:
        python: datetime | None = dates.parse_timestamp(text)
    except dates.DateError:
        python = None
    sql = _sql_date(text)
    assert (python is None) == (sql is None), (text, python, sql)
    if python is not None:
        assert sql == python
        assert dates.FIRST_YEAR <= python.astimezone(UTC).year <= dates.LAST_YEAR
