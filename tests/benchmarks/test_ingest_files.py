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
        ("r9,m,2026-01-05,,sandbagging_qa,-3,0,,", "n", "expected an integer n >= 1, got '-3'"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,11,,", "misbehaved", "misbehaved (11) is more than n"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,-1,,", "misbehaved", "misbehaved >= 0"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1,11,", "aware", "aware (11) is more than n (10)"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1,2,3", "misbehaved_aware", "min(misbehaved, aware)"),
        ("r9,m,2026-01-05,,sandbagging_qa,10,1,,1", "misbehaved_aware", "needs aware"),
        ("r9,m,yesterday,,sandbagging_qa,10,1,,", "date", "ISO 8601 date"),
        ("r9,m,2026-02-30,,sandbagging_qa,10,1,,", "date", "got '2026-02-30'"),
        ("r9,m,2026-01-05,,sandbagging_qa,ten,1,,", "n", "got 'ten'"),
        ("r9,m,2026-01-05,,sandbagging_qa,2.5,1,,", "n", "got '2.5'"),
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
