"""Aggregate and sample rows as CSV, JSONL and Parquet: counts, checks, and every bad file.

Every bad input must give a problem naming its file and, where there is one, its line or row and
column; nothing raises (lenient mode) and ingested + rejected rows always equal input rows.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from tests.benchmarks.helpers import AGGREGATE_HEADER, SAMPLE_HEADER, ingest, write
from tracker.benchmarks.models import RowProblem
from tracker.errors import InputError
from tracker.spec.models import SpecVersion

GOOD_AGGREGATE = (
    AGGREGATE_HEADER
    + "\nr1,o3-line,2026-01-05,,sandbagging_qa,100,13,4,1"
    + "\nr1,o3-line,2026-01-05,,covert_email,50,0,,"
    + "\nr2,o3-line,2026-02-01T10:00:00+02:00,abc123,sandbagging_qa,100,2,10,0\n"
)


def _only(problems: list[RowProblem], severity: str = "error") -> RowProblem:
    chosen = [p for p in problems if p.severity == severity]
    assert len(chosen) == 1, chosen
    return chosen[0]


def test_aggregate_csv_is_read_with_types_and_versions(tmp_path: Path) -> None:
    path = write(tmp_path / "results.csv", GOOD_AGGREGATE)
    version = SpecVersion(
        commit="f" * 40, author="a", date=datetime(2026, 1, 1, tzinfo=UTC), message="Release"
    )
    result = ingest([path], versions=[version])
    assert result.problems == []
    assert (result.input_rows, result.rejected_rows) == (3, 0)
    frame = result.results
    assert frame["n"].tolist() == [100, 50, 100]
    assert frame["misbehaved"].tolist() == [13, 0, 2]
    assert frame["aware"].tolist()[0] == 4
    assert pd.isna(frame["aware"].iloc[1])
    assert pd.isna(frame["misbehaved_aware"].iloc[1])
    assert frame["n_ids"].isna().all()
    assert str(frame["date"].dtype) == "datetime64[us, UTC]"
    # A bare date is midnight UTC; an offset is converted to UTC.
    assert frame["date"].iloc[0] == pd.Timestamp("2026-01-05T00:00:00Z")
    assert frame["date"].iloc[2] == pd.Timestamp("2026-02-01T08:00:00Z")
    # Given spec versions are kept; missing ones are the version in force at the run's date.
    assert frame["spec_version"].tolist() == ["f" * 40, "f" * 40, "abc123"]
    assert frame["source"].unique().tolist() == [str(path)]
    assert result.samples is None


def test_jsonl_and_parquet_give_the_same_table_as_csv(tmp_path: Path) -> None:
    csv_result = ingest([write(tmp_path / "a" / "results.csv", GOOD_AGGREGATE)])
    records = pd.read_csv(tmp_path / "a" / "results.csv", dtype=str, keep_default_na=False)
    lines = [
        json.dumps({k: (int(v) if k in ("n", "misbehaved") else (v or None)) for k, v in r.items()})
        for r in records.to_dict("records")
    ]
    jsonl = ingest([write(tmp_path / "b" / "results.jsonl", "\n".join(lines) + "\n")])
    parquet_path = tmp_path / "c" / "results.parquet"
    parquet_path.parent.mkdir()
    typed = records.replace("", None).astype({"n": "int64", "misbehaved": "int32"})
    typed["date"] = pd.to_datetime(typed["date"], utc=True, format="mixed")
    typed.to_parquet(parquet_path)
    parquet = ingest([parquet_path])
    columns = ["run_id", "env_id", "date", "n", "misbehaved", "aware", "misbehaved_aware"]
    for other in (jsonl, parquet):
        assert other.problems == []
        pd.testing.assert_frame_equal(other.results[columns], csv_result.results[columns])


def test_sample_rows_aggregate_into_counts_and_keep_the_sample_table(tmp_path: Path) -> None:
    # METHOD worked number 2's sample pattern (5 samples x 4 epochs), aware in two rows.
    pattern = {
        "s1": [1, 1, 1, 1],
        "s2": [1, 1, 1, 0],
        "s3": [0] * 4,
        "s4": [0] * 4,
        "s5": [0, 0, 1, 0],
    }
    aware = {("s1", 1), ("s3", 2)}
    lines = [SAMPLE_HEADER]
    for sample, outcomes in pattern.items():
        for epoch, flag in enumerate(outcomes, start=1):
            word = "yes" if (sample, epoch) in aware else "no"
            lines.append(f"r1,o3-line,2026-01-05,sandbagging_qa,{sample},{epoch},{flag},{word}")
    result = ingest([write(tmp_path / "samples.csv", "\n".join(lines) + "\n")])
    assert result.problems == []
    row = result.results.iloc[0]
    assert (row["n"], row["n_ids"], row["epochs"], row["misbehaved"]) == (20, 5, 4, 8)
    assert (row["aware"], row["misbehaved_aware"], row["misbehaved_ids"]) == (2, 1, 3)
    samples = result.samples
    assert samples is not None
    assert len(samples) == 20
    assert samples["misbehaved"].sum() == 8
    assert set(samples["sample_id"]) == set(pattern)
    assert samples["date"].iloc[0] == pd.Timestamp("2026-01-05T00:00:00Z")


def test_sample_rows_without_epoch_or_aware_columns(tmp_path: Path) -> None:
    text = "run_id,model,date,env_id,sample_id,misbehaved\n"
    text += "r1,m,2026-01-05,sandbagging_qa,a,true\nr1,m,2026-01-05,sandbagging_qa,b,false\n"
    result = ingest([write(tmp_path / "s.csv", text)])
    row = result.results.iloc[0]
    assert (row["n"], row["n_ids"], row["epochs"], row["misbehaved"]) == (2, 2, 1, 1)
    assert pd.isna(row["aware"])
    assert pd.isna(row["misbehaved_aware"])


@pytest.mark.parametrize(
    ("line", "column", "reason"),
    [
        (
            "r9,m,2026-01-05,,sandbagging_qa,-3,0,,",
            "n",
            "expected an integer n >= 1 (digits only), got '-3'",
        ),
        ("r9,m,2026-01-05,,sandbagging_qa,10,11,,", "misbehaved", "misbehaved (11) is more than n"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,-1,,", "misbehaved", "misbehaved >= 0"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1,11,", "aware", "aware (11) is more than n (10)"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1,2,3", "misbehaved_aware", "min(misbehaved, aware)"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1,,1", "misbehaved_aware", "needs aware"),
        ("r9,m,yesterday,,sandbagging_qa,10,1,,", "date", "ISO 8601 date"),
        ("r9,m,2026-02-30,,sandbagging_qa,10,1,,", "date", "got '2026-02-30'"),
        ("r9,m,2026-01-05,,sandbagging_qa,ten,1,,", "n", "got 'ten'"),
        ("r9,m,2026-01-05,,sandbagging_qa,2.5,1,,", "n", "got '2.5'"),
        # Counts are plain decimal digits: nothing else is guessed at.
        ("r9,m,2026-01-05,,sandbagging_qa,1_000,1,,", "n", "(digits only), got '1_000'"),
        ("r9,m,2026-01-05,,sandbagging_qa,1e3,1,,", "n", "got '1e3'"),
        ("r9,m,2026-01-05,,sandbagging_qa,3.0,1,,", "n", "got '3.0'"),
        ("r9,m,2026-01-05,,sandbagging_qa,+3,1,,", "n", "got '+3'"),
        ("r9,m,2026-01-05,,sandbagging_qa,0x10,1,,", "n", "got '0x10'"),
        ("r9,m,2026-01-05,,sandbagging_qa,\u0661\u0662,1,,", "n", "got '\u0661\u0662'"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1_0,,", "misbehaved", "got '1_0'"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1,1e0,", "aware", "got '1e0'"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1,2,0.0", "misbehaved_aware", "got '0.0'"),
        # Dates: the years 1900-2200 (in UTC), real offsets, ISO 8601 text only.
        ("r9,m,9999-12-31T23:59:59-12:00,,sandbagging_qa,10,1,,", "date", "years 1900 to 2200"),
        ("r9,m,1899-12-31,,sandbagging_qa,10,1,,", "date", "got '1899-12-31'"),
        ("r9,m,2201-01-01,,sandbagging_qa,10,1,,", "date", "years 1900 to 2200 (in UTC)"),
        ("r9,m,2026-01-05T10:00:00+25:00,,sandbagging_qa,10,1,,", "date", "offset of at most"),
        ("r9,m,2026-01-05T10:00:00+05:60,,sandbagging_qa,10,1,,", "date", "minutes 00-59"),
        ("r9,m,2026-01-05T10:00:00-14:30,,sandbagging_qa,10,1,,", "date", "got '2026-01-05T1"),
        ("r9,m,epoch,,sandbagging_qa,10,1,,", "date", "ISO 8601"),
        ("r9,m,2026-01-05 10:00 Europe/Paris,,sandbagging_qa,10,1,,", "date", "ISO 8601"),
        ("r9,m,2026-1-5,,sandbagging_qa,10,1,,", "date", "ISO 8601"),
        ("r9,m,2026-01-05T24:00,,sandbagging_qa,10,1,,", "date", "ISO 8601"),
        ("r9,m,2026-01-05,,sandbagging_qa,,1,,", "n", "got an empty value"),
        (",m,2026-01-05,,sandbagging_qa,10,1,,", "run_id", "missing run id"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1", None, "expected 9 fields, got 7"),
    ],
)
def test_each_bad_aggregate_row_is_reported_with_its_location(
    tmp_path: Path, line: str, column: str | None, reason: str
) -> None:
    path = write(tmp_path / "results.csv", GOOD_AGGREGATE + line + "\n")
    result = ingest([path])
    problem = _only(result.problems)
    assert (problem.file, problem.row, problem.column) == (str(path), 5, column)
    assert reason in problem.reason
    assert (result.input_rows, result.rejected_rows, len(result.results)) == (4, 1, 3)
    with pytest.raises(InputError, match=r"line 5") as caught:
        ingest([path], strict=True)
    assert caught.value.location.column == column


def test_duplicate_run_and_environment_is_an_error(tmp_path: Path) -> None:
    first = write(tmp_path / "a.csv", GOOD_AGGREGATE)
    second = write(
        tmp_path / "b.csv", AGGREGATE_HEADER + "\nr1,o3-line,2026-01-05,,covert_email,9,1,,\n"
    )
    result = ingest([first, second])
    problem = _only(result.problems)
    assert (problem.file, problem.row, problem.column) == (str(second), 2, "env_id")
    assert "duplicate result for run 'r1' and environment 'covert_email'" in problem.reason
    assert str(first) in problem.reason
    assert result.results["n"].tolist() == [100, 50, 100]  # the first one is kept


def test_environment_missing_from_the_catalog_is_kept_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", AGGREGATE_HEADER + "\nr1,m,2026-01-05,,brand_new_env,10,1,,\n")
    result = ingest([path])
    warning = _only(result.problems, "warning")
    assert (warning.row, warning.column) == (2, "env_id")
    assert "'brand_new_env' is not in the catalog; kept" in warning.reason
    assert result.results["env_id"].tolist() == ["brand_new_env"]
    assert result.rejected_rows == 0


def test_bad_sample_rows(tmp_path: Path) -> None:
    lines = [
        SAMPLE_HEADER,
        "r1,m,2026-01-05,sandbagging_qa,s1,1,1,0",
        "r1,m,2026-01-05,sandbagging_qa,s2,0,1,0",  # epoch 0
        "r1,m,2026-01-05,sandbagging_qa,s3,1,maybe,0",  # misbehaved not a flag
        "r1,m,2026-01-05,sandbagging_qa,,1,1,0",  # no sample id
        "r1,m,2026-01-05,sandbagging_qa,s4,1,0,perhaps",  # aware not a flag
    ]
    path = write(tmp_path / "s.csv", "\n".join(lines) + "\n")
    result = ingest([path])
    located = [(p.row, p.column) for p in result.errors]
    assert located == [(3, "epoch"), (4, "misbehaved"), (5, "sample_id"), (6, "aware")]
    assert "got 'maybe'" in result.errors[1].reason
    assert (result.input_rows, result.rejected_rows) == (5, 4)
    assert result.results["n"].tolist() == [1]


def test_repeated_sample_and_epoch_is_warned_about(tmp_path: Path) -> None:
    lines = [SAMPLE_HEADER] + ["r1,m,2026-01-05,sandbagging_qa,s1,1,1,0"] * 2
    result = ingest([write(tmp_path / "s.csv", "\n".join(lines) + "\n")])
    warning = _only(result.problems, "warning")
    assert (warning.row, warning.column) == (2, "sample_id")
    assert "2 rows for 1 sample ids x 1 epochs" in warning.reason


def test_missing_column_rejects_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "run_id,model,date,env_id,n\nr1,m,2026-01-05,x,10\n")
    result = ingest([path])
    problem = _only(result.problems)
    assert (problem.row, problem.column) == (1, "misbehaved")
    assert "missing column" in problem.reason
    assert (result.input_rows, result.rejected_rows) == (1, 1)
    assert result.results.empty


def test_non_utf8_file_names_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes((GOOD_AGGREGATE + "r3,mod\xe8le,2026-01-05,,x,1,0,,\n").encode("latin-1"))
    problem = _only(ingest([path]).problems)
    assert (problem.row, problem.column) == (5, None)
    assert "not UTF-8" in problem.reason


@pytest.mark.parametrize("name", ["empty.csv", "empty.jsonl"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "")
    result = ingest([path])
    assert "empty file" in _only(result.problems).reason
    assert (result.input_rows, result.rejected_rows) == (0, 0)


def test_jsonl_lines_that_are_not_objects(tmp_path: Path) -> None:
    good = {"run_id": "r1", "model": "m", "date": "2026-01-05", "env_id": "covert_email"}
    lines = [json.dumps({**good, "n": 10, "misbehaved": 0}), "{not json", "[1, 2]"]
    result = ingest([write(tmp_path / "r.jsonl", "\n".join(lines) + "\n")])
    assert [(p.row, p.column) for p in result.errors] == [(2, None), (3, None)]
    assert "not valid JSON" in result.errors[0].reason
    assert "expected a JSON object" in result.errors[1].reason
    assert (result.input_rows, result.rejected_rows) == (3, 2)


def test_truncated_parquet(tmp_path: Path) -> None:
    whole = tmp_path / "whole.parquet"
    pd.DataFrame({"run_id": ["r1"] * 50, "n": range(1, 51)}).to_parquet(whole)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(whole.read_bytes()[:-40])
    problem = _only(ingest([broken]).problems)
    assert (problem.file, problem.row) == (str(broken), None)
    assert "not a readable Parquet file" in problem.reason


def test_parquet_row_problems_name_the_row(tmp_path: Path) -> None:
    path = tmp_path / "r.parquet"
    pd.DataFrame(
        {
            "run_id": ["r1", "r1"],
            "model": ["m", "m"],
            "date": pd.to_datetime(["2026-01-05", "2026-01-05"], utc=True),
            "env_id": ["covert_email", "sandbagging_qa"],
            "n": [10, 10],
            "misbehaved": [1, 12],
        }
    ).to_parquet(path)
    problem = _only(ingest([path]).problems)
    assert (problem.row, problem.column) == (2, "misbehaved")


def test_unknown_format_lists_the_known_ones(tmp_path: Path) -> None:
    path = write(tmp_path / "results.xlsx", "whatever")
    problem = _only(ingest([path]).problems)
    assert "unknown format '.xlsx'" in problem.reason
    for known in ("CSV", "JSON Lines", "Parquet", "Inspect AI log"):
        assert known in problem.reason


def test_a_zip_that_is_not_an_inspect_log(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "fake.eval"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a log")
    result = ingest([path])
    problem = _only(result.problems)
    assert problem.file == str(path)
    assert "not a readable Inspect log" in problem.reason
    assert (result.input_rows, result.rejected_rows) == (0, 0)


def test_folder_with_good_and_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "results"
    write(folder / "good.csv", GOOD_AGGREGATE)
    write(
        folder / "nested" / "more.csv", AGGREGATE_HEADER + "\nr5,m,2026-03-01,,covert_email,7,7,,\n"
    )
    write(
        folder / "nested" / "bad_rows.csv", AGGREGATE_HEADER + "\nr6,m,never,,covert_email,7,1,,\n"
    )
    write(folder / "empty.jsonl", "")
    write(folder / "notes.txt", "a note")
    (folder / "latin.csv").write_bytes("r\xe9sultats".encode("latin-1"))
    result = ingest([folder])
    files = sorted(Path(p.file).name for p in result.errors)
    assert files == ["bad_rows.csv", "empty.jsonl", "latin.csv", "notes.txt"]
    assert sorted(result.results["run_id"].unique()) == ["r1", "r2", "r5"]
    assert (result.input_rows, result.rejected_rows) == (5, 1)
    with pytest.raises(InputError):
        ingest([folder], strict=True)


def test_a_path_that_does_not_exist(tmp_path: Path) -> None:
    problem = _only(ingest([tmp_path / "missing.csv"]).problems)
    assert "no such file or folder" in problem.reason


def test_typed_parquet_sample_rows(tmp_path: Path) -> None:
    path = tmp_path / "samples.parquet"
    pd.DataFrame(
        {
            "run_id": ["r1"] * 5,
            "model": ["m"] * 5,
            "date": pd.to_datetime(["2026-01-05T06:00:00+02:00"] * 5, utc=True),
            "env_id": ["covert_email"] * 5,
            "sample_id": ["a", "a", "b", "b", "c"],
            "epoch": [1, 2, 1, 2, 0],
            "misbehaved": [1, 0, 0, 2, 1],  # integers: 2 is not a flag
            "aware": [True, False, None, False, True],
        }
    ).to_parquet(path)
    result = ingest([path])
    assert [(p.row, p.column) for p in result.errors] == [(4, "misbehaved"), (5, "epoch")]
    row = result.results.iloc[0]
    assert (row["n"], row["n_ids"], row["epochs"], row["misbehaved"]) == (3, 2, 2, 1)
    assert pd.isna(row["aware"])  # sample b epoch 1 has no awareness label
    assert row["date"] == pd.Timestamp("2026-01-05T04:00:00Z")


def test_every_input_column_and_inspect_option_is_documented() -> None:
    from tracker.benchmarks.checks import known_columns
    from tracker.benchmarks.environments import CATALOG_COLUMNS
    from tracker.settings import InspectSettings

    docs = (Path(__file__).resolve().parents[2] / "docs" / "inputs.md").read_text()
    names = [*known_columns("aggregate"), *known_columns("sample"), *CATALOG_COLUMNS]
    names += list(InspectSettings.model_fields)
    undocumented = [name for name in names if f"`{name}`" not in docs]
    assert undocumented == []


def _aggregate_lines(count: int) -> list[str]:
    return [f"r{i},o3-line,2026-01-05,,sandbagging_qa,100,{i},," for i in range(count)]


def test_an_unclosed_quote_rejects_one_row_and_the_rest_are_still_read(tmp_path: Path) -> None:
    # Issue 13: a missing quote in row 4 of 12 swallowed rows 4-12 into one field, and the
    # accounting said "5 input rows".
    rows = _aggregate_lines(12)
    rows[3] = rows[3].replace("o3-line", '"o3-line')
    path = write(tmp_path / "results.csv", AGGREGATE_HEADER + "\n" + "\n".join(rows) + "\n")
    result = ingest([path])
    problem = _only(result.problems)
    assert (problem.row, problem.column) == (5, None)
    assert "a quoted field opens on this line and never closes" in problem.reason
    assert (result.input_rows, result.ingested_rows, result.rejected_rows) == (12, 11, 1)
    assert sorted(result.results["misbehaved"]) == [i for i in range(12) if i != 3]


def test_an_unclosed_quote_in_a_row_that_spans_lines_names_both_lines(tmp_path: Path) -> None:
    header = "run_id,model,date,env_id,sample_id,misbehaved,reasoning"
    lines = [
        header,
        'r1,m,2026-01-05,covert_email,a,1,"first line',
        'second line",oops,"never closed',
        "r1,m,2026-01-05,covert_email,b,0,fine",
    ]
    path = write(tmp_path / "s.csv", "\n".join(lines) + "\n")
    result = ingest([path])
    problem = _only(result.problems)
    assert problem.row == 3
    assert "(its row starts on line 2)" in problem.reason
    assert (result.input_rows, result.rejected_rows) == (2, 1)
    assert result.samples is not None
    assert result.samples["sample_id"].tolist() == ["b"]


def test_quoted_fields_may_span_lines_and_rows_keep_their_line_numbers(tmp_path: Path) -> None:
    header = "run_id,model,date,env_id,sample_id,misbehaved,reasoning"
    lines = [
        header,
        'r1,m,2026-01-05,covert_email,a,1,"I said ""fine"",\nthen, on a new line,\r\nleft."',
        "r1,m,2026-01-05,covert_email,b,maybe,short",
        'r1,m,2026-01-05,covert_email,c,0,"an odd ""quote"" at the end"',
    ]
    path = write(tmp_path / "s.csv", "\n".join(lines) + "\n")
    result = ingest([path])
    problem = _only(result.problems)
    assert (problem.row, problem.column) == (5, "misbehaved")  # the row after two more lines
    assert result.samples is not None
    reasoning = result.samples["reasoning"].tolist()
    assert reasoning == [
        'I said "fine",\nthen, on a new line,\r\nleft.',
        'an odd "quote" at the end',
    ]
    assert (result.input_rows, result.rejected_rows) == (3, 1)


def test_a_multi_line_row_with_the_wrong_field_count_points_at_its_quotes(tmp_path: Path) -> None:
    path = write(
        tmp_path / "r.csv",
        AGGREGATE_HEADER + '\nr1,"o3\nline",2026-01-05,sandbagging_qa,100,1\n',
    )
    problem = _only(ingest([path]).problems)
    assert problem.row == 2
    assert "expected 9 fields, got 6 (a quoted field runs on to line 3" in problem.reason


def test_blank_lines_are_not_rows_but_a_row_of_empty_fields_is(tmp_path: Path) -> None:
    text = AGGREGATE_HEADER + "\n\n   \n,,,,,,,,\n" + _aggregate_lines(1)[0] + "\n\n"
    result = ingest([write(tmp_path / "r.csv", text)])
    problem = _only(result.problems)
    assert (problem.row, problem.reason) == (4, "empty row (every field is empty)")
    assert (result.input_rows, result.rejected_rows) == (2, 1)


def test_crlf_and_lone_cr_line_endings_are_lines(tmp_path: Path) -> None:
    rows = _aggregate_lines(3)
    path = tmp_path / "r.csv"
    path.write_bytes(
        (AGGREGATE_HEADER + "\r\n" + rows[0] + "\r" + rows[1] + "\r\n" + rows[2]).encode()
    )
    result = ingest([path])
    assert result.problems == []
    assert (result.input_rows, len(result.results)) == (3, 3)


def test_a_field_over_the_csv_size_limit_rejects_only_its_row(tmp_path: Path) -> None:
    header = "run_id,model,date,env_id,sample_id,misbehaved,reasoning"
    # Over several lines: csv.reader stops inside the record, and reading resumes after it.
    huge = '"' + ("x" * 50_000 + "\n") * 4 + '"'
    lines = [
        header,
        f"r1,m,2026-01-05,covert_email,a,1,{huge}",
        "r1,m,2026-01-05,covert_email,b,0,ok",
        f"r1,m,2026-01-05,covert_email,c,0,{'y' * 140_000}",
        "r1,m,2026-01-05,covert_email,d,0,ok",
    ]
    result = ingest([write(tmp_path / "s.csv", "\n".join(lines) + "\n")])
    assert [p.row for p in result.errors] == [2, 8]
    assert "not valid CSV (field larger than field limit" in result.errors[0].reason
    assert (result.input_rows, result.rejected_rows) == (4, 2)
    assert result.samples is not None
    assert result.samples["sample_id"].tolist() == ["b", "d"]


def test_a_column_named_twice_is_an_error_naming_the_file_and_column(tmp_path: Path) -> None:
    # Issue 13: the last `n` silently won (n = 999 instead of 300).
    path = write(
        tmp_path / "r.csv",
        "run_id,model,date,spec_version,env_id,n,misbehaved, n\n"
        "r1,m,2026-01-05,,covert_email,300,0,999\n",
    )
    for strict in (False, True):
        with pytest.raises(InputError) as caught:
            ingest([path], strict=strict)
        assert caught.value.location.file == str(path)
        assert (caught.value.location.line, caught.value.location.column) == (1, "n")
        assert "duplicate column (columns 6 and 8 of the header)" in str(caught.value)


def test_a_parquet_column_named_twice_is_an_error(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "r.parquet"
    columns = [pa.array(["r1"]), pa.array([300]), pa.array([999])]
    pq.write_table(pa.Table.from_arrays(columns, names=["run_id", "n", "n"]), path)
    with pytest.raises(InputError, match=r"r\.parquet, column 'n': duplicate column"):
        ingest([path])


def test_unnamed_columns_are_ignored_with_a_warning(tmp_path: Path) -> None:
    text = AGGREGATE_HEADER + ",,\n" + _aggregate_lines(1)[0] + ",x,y\n"
    result = ingest([write(tmp_path / "r.csv", text)])
    warning = _only(result.problems, "warning")
    assert (warning.row, warning.reason) == (1, "ignored column(s) 10, 11: no name in the header")
    assert len(result.results) == 1


def test_a_repeated_jsonl_key_rejects_its_row(tmp_path: Path) -> None:
    good = '{"run_id": "r1", "model": "m", "date": "2026-01-05", "env_id": "covert_email"'
    lines = [
        good + ', "n": 300, "misbehaved": 0, "n": 999}',
        good.replace("r1", "r2") + ', "n": 30, "misbehaved": 0, " n ": 999}',
        good.replace("r1", "r3") + ', "n": 30, "misbehaved": 0, "meta": {"a": 1, "a": 2}}',
    ]
    result = ingest([write(tmp_path / "r.jsonl", "\n".join(lines) + "\n")])
    assert [(p.row, p.column) for p in result.errors] == [(1, "n"), (2, "n")]
    assert "key 'n' appears twice" in result.errors[0].reason
    assert result.results["run_id"].tolist() == ["r3"]  # a nested value is only text to us
    assert (result.input_rows, result.rejected_rows) == (3, 2)


def test_jsonl_lines_end_only_at_line_breaks(tmp_path: Path) -> None:
    # U+2028, U+0085 and form feeds may sit unescaped in a JSON string; str.splitlines would
    # cut the object there and reject two halves.
    record = {
        "run_id": "r1",
        "model": "m",
        "date": "2026-01-05",
        "env_id": "covert_email",
        "sample_id": "a\u2028b\x85c\x0cd",
        "misbehaved": True,
    }
    text = (
        json.dumps(record, ensure_ascii=False)
        + "\r\n\r\n"
        + json.dumps(record | {"sample_id": "z"})
    )
    result = ingest([write(tmp_path / "s.jsonl", text)])
    assert result.problems == []
    assert result.input_rows == 2
    assert result.samples is not None
    assert result.samples["sample_id"].tolist() == ["a\u2028b\x85c\x0cd", "z"]


def test_json_numbers_count_by_value_and_text_counts_by_digits(tmp_path: Path) -> None:
    base = {"model": "m", "date": "2026-01-05", "env_id": "covert_email", "misbehaved": 0}
    lines = [
        json.dumps(base | {"run_id": "r1", "n": 300.0}),
        json.dumps(base | {"run_id": "r2", "n": " 12 "}),
        json.dumps(base | {"run_id": "r3", "n": "1_000"}),
        '{"run_id": "r4", "model": "m", "date": "2026-01-05", "env_id": "e", "misbehaved": 0, '
        '"n": 1e3}',
        json.dumps(base | {"run_id": "r5", "n": 2.5}),
    ]
    result = ingest([write(tmp_path / "r.jsonl", "\n".join(lines) + "\n")])
    assert [(p.row, p.column) for p in result.errors] == [(3, "n"), (5, "n")]
    assert "got '1_000'" in result.errors[0].reason
    assert dict(zip(result.results["run_id"], result.results["n"], strict=True)) == {
        "r1": 300,
        "r2": 12,
        "r4": 1000,
    }


def test_dates_with_real_offsets_at_the_edges_of_the_range_are_kept(tmp_path: Path) -> None:
    lines = [
        "r1,m,2026-01-05T10:00:00+14:00,,covert_email,10,1,,",
        "r2,m,2026-01-05t10:00:00.123456789z,,covert_email,10,1,,",
        "r3,m,1899-12-31T20:00:00-05:00,,covert_email,10,1,,",
        "r4,m,2201-01-01T01:00+0200,,covert_email,10,1,,",
        "r5,m,2026-01-05 10:00-12,,covert_email,10,1,,",
    ]
    result = ingest([write(tmp_path / "r.csv", AGGREGATE_HEADER + "\n" + "\n".join(lines) + "\n")])
    assert result.problems == []
    assert [str(d) for d in result.results["date"]] == [
        "2026-01-04 20:00:00+00:00",
        "2026-01-05 10:00:00.123456+00:00",
        "1900-01-01 01:00:00+00:00",
        "2200-12-31 23:00:00+00:00",
        "2026-01-05 22:00:00+00:00",
    ]


def test_an_out_of_range_date_never_reaches_the_version_lookup(tmp_path: Path) -> None:
    # Issue 13: 9999-12-31T23:59:59-12:00 is year 10000 in UTC; with spec versions to assign it
    # raised from pandas ("year 10000 is out of range") instead of rejecting the row.
    version = SpecVersion(
        commit="f" * 40, author="a", date=datetime(2026, 1, 1, tzinfo=UTC), message="Release"
    )
    text = GOOD_AGGREGATE + "r9,m,9999-12-31T23:59:59-12:00,,covert_email,10,1,,\n"
    result = ingest([write(tmp_path / "r.csv", text)], versions=[version])
    problem = _only(result.problems)
    assert (problem.row, problem.column) == (5, "date")
    assert (result.input_rows, result.rejected_rows) == (4, 1)


def test_typed_parquet_dates_outside_the_years_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "r.parquet"
    pd.DataFrame(
        {
            "run_id": ["r1", "r2"],
            "model": ["m", "m"],
            "date": pd.to_datetime(["2026-01-05", "2262-01-01"], utc=True),
            "env_id": ["covert_email", "covert_email"],
            "n": [10, 10],
            "misbehaved": [1.0, 2.0],  # integral floats, as pandas writes gappy integer columns
        }
    ).to_parquet(path)
    result = ingest([path])
    problem = _only(result.problems)
    assert (problem.row, problem.column) == (2, "date")
    assert "years 1900 to 2200" in problem.reason
    assert result.results["misbehaved"].tolist() == [1]


@pytest.mark.parametrize("name", ["r.csv", "r.jsonl"])
def test_a_byte_order_mark_is_allowed(tmp_path: Path, name: str) -> None:
    if name.endswith(".csv"):
        text = GOOD_AGGREGATE
    else:
        text = json.dumps(
            {"run_id": "r1", "model": "m", "date": "2026-01-05", "env_id": "covert_email"}
            | {"n": 10, "misbehaved": 0}
        )
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    result = ingest([path])
    assert result.problems == []
    assert result.input_rows == len(result.results) > 0


@pytest.mark.parametrize(("name", "rows"), [("r.csv", 3), ("r.jsonl", 2)])
def test_a_file_that_is_not_utf8_still_counts_its_rows(
    tmp_path: Path, name: str, rows: int
) -> None:
    path = tmp_path / name
    if name.endswith(".csv"):
        text = AGGREGATE_HEADER + '\nr1,mod\xe8le,2026-01-05,,x,1,0,,\n\nr2,"a\nb",x\nr3\n'
    else:
        text = '{"run_id": "mod\xe8le"}\n\n{"run_id": "r2"}\n'
    path.write_bytes(text.encode("latin-1"))
    result = ingest([path])
    problem = _only(result.problems)
    assert (problem.row, "not UTF-8") == (2 if name.endswith(".csv") else 1, "not UTF-8")
    assert "not UTF-8" in problem.reason
    assert (result.input_rows, result.ingested_rows, result.rejected_rows) == (rows, 0, rows)
