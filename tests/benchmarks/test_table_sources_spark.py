"""The same workspace read from Spark (PySpark in local mode) and from DuckDB, for real.

Spark runs in this process on one core with its UI off and its folders under the test's
temporary folder, and downloads nothing (no ``spark.jars.packages``: the pyspark wheel holds
Spark's jars; Java comes from Debian, ``make java-deps``). The session is started once for the
module. specdrift names a Spark table as ``url = "pyspark://"`` and the name of a table or view
in the session's catalog; ``ibis.connect`` attaches to the session already running in the
process (a new process gets a local session, whose catalog is Spark's configured one).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tests.benchmarks.helpers import CATALOG, write
from tests.benchmarks.table_rows import (
    AGGREGATE_COLUMNS,
    AGGREGATE_ROWS,
    SAMPLE_COLUMNS,
    SAMPLE_ROWS,
    write_csv,
    write_duckdb,
)
from tests.conftest import Cli
from tracker.analysis.sample_rows import SampleRows
from tracker.analysis.verdicts import compute_flags
from tracker.benchmarks.ingest import IngestResult, read_results
from tracker.benchmarks.models import SAMPLE_COLUMNS as TABLE_COLUMNS
from tracker.benchmarks.table_sample_rows import TableSampleRows
from tracker.benchmarks.tables import TableSource
from tracker.settings import AnalysisSettings, InspectSettings

pytestmark = pytest.mark.slow

CATALOG_CSV = (
    "env_id,name,category,split,variant_of,description\n"
    "sandbagging_qa,Sandbagging QA,sandbagging,test,,\n"
    "covert_email,Covert email,covert_action,test,,\n"
)


@pytest.fixture(scope="module")
def spark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from pyspark.sql import SparkSession

    folder = tmp_path_factory.mktemp("spark")
    session = (
        SparkSession.builder.master("local[1]")
        .appName("specdrift-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .config("spark.default.parallelism", "1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.warehouse.dir", str(folder / "warehouse"))
        .config("spark.local.dir", str(folder / "local"))
        .config("spark.driver.extraJavaOptions", f"-Djava.io.tmpdir={folder / 'java'}")
        # The checks are wide CASE expressions: whole-stage code generation of them passes
        # Java's 64 KB method limit, fails to compile and falls back to the interpreted plan;
        # skipping the attempt halves a sample table's read (89 s and 37 s with it, 35 s and
        # 18 s without, alternating in one session on this loaded machine).
        .config("spark.sql.codegen.wholeStage", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    for name, columns, rows in (
        ("samples", SAMPLE_COLUMNS, SAMPLE_ROWS),
        ("aggregates", AGGREGATE_COLUMNS, AGGREGATE_ROWS),
    ):
        schema = ", ".join(f"{column} string" for column in columns)
        # A view in the session's catalog: written as a table it would cost a Parquet write.
        session.createDataFrame(rows, schema=schema).createOrReplaceTempView(name)
    yield session
    session.stop()


def _workspace(root: Path, url: str) -> Path:
    write(root / "environments.csv", CATALOG_CSV)
    tables = "".join(
        f'\n[[benchmarks.tables]]\nurl = "{url}"\ntable = "{name}"\n'
        for name in ("samples", "aggregates")
    )
    write(
        root / "specdrift.toml",
        '[benchmarks]\nenvironments = "environments.csv"\nresults = []\nfailures = []\n' + tables,
    )
    return root


def _ingest(cli: Cli, root: Path, url: str) -> dict[str, Any]:
    result = cli("ingest", "--workspace", str(root), "--format", "json")
    assert result.code == 0, result.err
    data: dict[str, Any] = result.json
    data["results"].sort(key=lambda row: (row["run_id"], row["env_id"]))
    for name in ("rejected", "warnings"):
        for problem in data[name]:
            assert problem["file"].startswith(f"{url}#")
            problem["file"] = problem["file"].removeprefix(url)
            # The duplicate's reason names the source of the first copy.
            problem["reason"] = problem["reason"].replace(url, "")
        data[name].sort(key=lambda p: json.dumps(p, sort_keys=True))
    return data


def test_spark_and_duckdb_give_the_same_results_and_problems(
    spark: Any, tmp_path: Path, cli: Cli
) -> None:
    database = write_duckdb(
        tmp_path / "evals.duckdb",
        {
            "samples": (SAMPLE_COLUMNS, SAMPLE_ROWS),
            "aggregates": (AGGREGATE_COLUMNS, AGGREGATE_ROWS),
        },
    )
    duckdb_url = f"duckdb://{database}"
    from_spark = _ingest(cli, _workspace(tmp_path / "spark", "pyspark://"), "pyspark://")
    from_duckdb = _ingest(cli, _workspace(tmp_path / "duckdb", duckdb_url), duckdb_url)
    assert from_spark == from_duckdb
    # Not vacuous: every kind of row the data holds came through.
    assert (from_spark["input_rows"], from_spark["rejected_rows"]) == (27, 15)
    assert len(from_spark["results"]) == 6
    assert {p["column"] for p in from_spark["rejected"]} == {
        "date",
        "misbehaved",
        "sample_id",
        "epoch",
        "aware",
        "model",
        "n",
        "env_id",
        "misbehaved_aware",
    }
    # Key columns locate a rejected row the same way in both engines.
    assert {
        "file": "#samples",
        "row": None,
        "column": "sample_id",
        "reason": "missing sample id",
        "severity": "error",
        "key": "run_id='r2', env_id='sandbagging_qa', sample_id=NULL, epoch='1'",
    } in from_spark["rejected"]


def test_a_missing_spark_table_is_exit_2_naming_the_setting(
    spark: Any, tmp_path: Path, cli: Cli
) -> None:
    root = _workspace(tmp_path / "ws", "pyspark://")
    text = (root / "specdrift.toml").read_text().replace('"samples"', '"sample"')
    (root / "specdrift.toml").write_text(text)
    code, _, err = cli("ingest", "--workspace", str(root))
    assert code == 2
    assert "[[benchmarks.tables]] entry 1: url = 'pyspark://': cannot read table 'sample'" in err
    # The session the workspace attached to is still the caller's, still running.
    assert spark.sql("SELECT count(*) AS n FROM samples").collect()[0]["n"] == len(SAMPLE_ROWS)


def test_spark_sample_rows_reach_the_sample_table_as_duckdbs(spark: Any, tmp_path: Path) -> None:
    database = write_duckdb(tmp_path / "evals.duckdb", {"samples": (SAMPLE_COLUMNS, SAMPLE_ROWS)})

    def sample_rows(url: str) -> pd.DataFrame:
        read = read_results(
            [],
            environments=CATALOG,
            inspect=InspectSettings(),
            tables=[TableSource(url, "samples")],
        )
        assert read.sample_table is None  # the rows stay in the engine
        assert read.samples is not None
        frame = read.samples.drop(columns="source")
        # Sorted by every column: the repeated (sample_id, epoch) of new_env ties in the
        # engines' order, which each engine breaks its own way.
        return frame.sort_values(list(frame.columns), kind="stable").reset_index(drop=True)

    from_spark = sample_rows("pyspark://")
    pd.testing.assert_frame_equal(from_spark, sample_rows(f"duckdb://{database}"))
    assert len(from_spark) == 10  # the usable rows: r1 six, r2 two and new_env two


TEXT_COLUMNS = (*SAMPLE_COLUMNS, "reasoning")
TEXT_ROWS = [
    (*row, f"reasoning {index}" if index % 4 else None) for index, row in enumerate(SAMPLE_ROWS)
]
"""The sample rows with reasoning (one in four without): texts to stream."""


def _rows(read: IngestResult) -> SampleRows:
    rows = read.sample_rows
    assert rows is not None
    return rows


def _comparable(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.drop(columns=[c for c in ("source", "row") if c in frame.columns])
    if "date" in frame.columns:
        frame["date"] = frame["date"].dt.tz_convert("UTC")
    # Sorted by every column: the repeated (sample_id, epoch) of new_env tie.
    return frame.sort_values(list(frame.columns), kind="stable").reset_index(drop=True)


def test_spark_rows_are_asked_per_group_in_bounded_pages_and_equal_the_files(
    spark: Any, tmp_path: Path
) -> None:
    spark.createDataFrame(
        TEXT_ROWS, schema=", ".join(f"{column} string" for column in TEXT_COLUMNS)
    ).createOrReplaceTempView("texts")
    csv_file = write_csv(tmp_path / "texts.csv", TEXT_COLUMNS, TEXT_ROWS)

    def read(url: str | None) -> IngestResult:
        tables = [] if url is None else [TableSource(url, "texts")]
        paths = [csv_file] if url is None else []
        return read_results(paths, environments=CATALOG, inspect=InspectSettings(), tables=tables)

    from_files, from_spark = read(None), read("pyspark://")
    files, engine = _rows(from_files), _rows(from_spark)
    assert isinstance(engine, TableSampleRows)
    assert from_spark.sample_table is None  # nothing was copied out of Spark
    frame = from_files.samples
    assert frame is not None
    groups = sorted(set(zip(frame["model"], frame["env_id"], strict=True)))
    assert len(groups) == 3
    for model, env in groups:
        got = engine.group(model, env, TABLE_COLUMNS)
        pd.testing.assert_frame_equal(
            _comparable(got), _comparable(files.group(model, env, TABLE_COLUMNS))
        )
    assert engine.joint_counts("o3-line") == files.joint_counts("o3-line")
    runs = sorted(set(zip(frame["run_id"], frame["env_id"], strict=True)))
    pd.testing.assert_frame_equal(
        _comparable(engine.awareness_counts(runs)),
        _comparable(files.awareness_counts(runs)),
        check_dtype=False,
    )
    largest = max(len(files.group(m, e, ["run_id"])) for m, e in groups)
    assert 0 < engine.peak_rows <= largest < len(engine)
    # Texts in pages of one row, each page its own query: no call brings back more, and each
    # page starts after the last one's group and position (the two texts are in two groups).
    asked = engine.queries
    pages = list(engine.failure_rows(1))
    assert engine.peak_rows <= largest
    assert [len(page) for page in pages] == [1, 1]
    assert engine.queries - asked == 3  # two full pages, then an empty one
    failures = pd.concat(pages, ignore_index=True)
    pd.testing.assert_frame_equal(
        _comparable(failures), _comparable(pd.concat(list(files.failure_rows(1))))
    )
    assert _texts_bounded(read("pyspark://"), 1)
    settings = AnalysisSettings()
    flags = compute_flags(from_spark.results, CATALOG, [], settings, samples=engine)
    assert flags == compute_flags(from_files.results, CATALOG, [], settings, samples=files)
    print("FLAGS", len(flags))


def _texts_bounded(read: IngestResult, batch_rows: int) -> bool:
    """A fresh table's largest answer, having streamed only texts, is one page."""
    rows = read.sample_rows
    assert isinstance(rows, TableSampleRows)
    streamed = list(rows.failure_rows(batch_rows)) + list(rows.unlabelled_rows(batch_rows))
    return bool(streamed) and 0 < rows.peak_rows <= batch_rows
