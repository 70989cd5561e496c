"""Table sources (``[[benchmarks.tables]]``): rows in a DuckDB database read through Ibis.

The acceptance test of issue 16: the same rows in a DuckDB database file and in CSV files give
the same ingested table and the same problems, bad rows included. The engine runs the checks;
the tests compare what comes back with the file path's, which is tested on its own elsewhere.
"""

from __future__ import annotations

import gc
import json
import re
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import numpy as np
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
from tracker.benchmarks.models import SAMPLE_COLUMNS as SAMPLE_COLUMNS_ALL
from tracker.benchmarks.models import RowProblem
from tracker.benchmarks.sample_table import SampleTable
from tracker.benchmarks.table_sample_rows import TableSampleRows
from tracker.benchmarks.tables import TableSource, TableSourceError, read_table, redact_url
from tracker.errors import InputError
from tracker.failures.loading import failures_from_samples
from tracker.settings import InspectSettings
from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import open_workspace

CATALOG_CSV = (
    "env_id,name,category,split,variant_of,description\n"
    "sandbagging_qa,Sandbagging QA,sandbagging,test,,\n"
    "covert_email,Covert email,covert_action,test,,\n"
)


def _from_files(folder: Path) -> IngestResult:
    samples = write_csv(folder / "samples.csv", SAMPLE_COLUMNS, SAMPLE_ROWS)
    aggregates = write_csv(folder / "aggregates.csv", AGGREGATE_COLUMNS, AGGREGATE_ROWS)
    return read_results(
        [samples, aggregates], environments=CATALOG, inspect=InspectSettings(), keep_samples=False
    )


def _database(folder: Path) -> Path:
    return write_duckdb(
        folder / "evals.duckdb",
        {
            "samples": (SAMPLE_COLUMNS, SAMPLE_ROWS),
            "aggregates": (AGGREGATE_COLUMNS, AGGREGATE_ROWS),
        },
    )


def _from_tables(url: str, *, strict: bool = False) -> IngestResult:
    return read_results(
        [],
        environments=CATALOG,
        inspect=InspectSettings(),
        tables=[TableSource(url, "samples"), TableSource(url, "aggregates")],
        strict=strict,
    )


def same_table(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Equal results, ``source`` aside, in run and environment order (an engine returns its
    groups in an order of its own)."""

    def ordered(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.drop(columns="source").sort_values(["run_id", "env_id"])
        return frame.reset_index(drop=True)

    pd.testing.assert_frame_equal(ordered(got), ordered(expected))


def comparable(
    problems: list[RowProblem], replace: tuple[str, str] = ("", "")
) -> list[tuple[str, str | None, str]]:
    """Problems without their locator (a line for a file, key columns for a table), sorted:
    a table has no row order, so its rejected rows come back in key order."""
    return sorted((p.severity, p.column, p.reason.replace(*replace)) for p in problems)


def test_duckdb_tables_give_the_csv_files_results_and_problems(tmp_path: Path) -> None:
    files = _from_files(tmp_path / "files")
    url = f"duckdb://{_database(tmp_path)}"
    tables = _from_tables(url)
    same_table(tables.results, files.results)
    assert set(tables.results["source"]) == {f"{url}#samples", f"{url}#aggregates"}
    assert (tables.input_rows, tables.rejected_rows, tables.ingested_rows) == (
        files.input_rows,
        files.rejected_rows,
        files.ingested_rows,
    )
    assert (files.input_rows, files.rejected_rows) == (27, 15)  # the rows hold what they should
    # The duplicate names where the first copy was: a file and its line, or the table.
    first_file = f"(first in {tmp_path / 'files' / 'samples.csv'}, row 6)"
    assert comparable(tables.problems, (f"(first in {url}#samples)", "(first in samples)")) == (
        comparable(files.problems, (first_file, "(first in samples)"))
    )
    reasons = {p.reason for p in tables.errors}
    assert "misbehaved (25) is more than n (20)" in reasons
    assert any(r.endswith("got '2026-02-30'") for r in reasons)  # no such day
    assert any(r.endswith("got 'maybe'") for r in reasons)
    assert "missing sample id" in reasons


def test_a_table_row_is_located_by_its_key_columns(tmp_path: Path) -> None:
    url = f"duckdb://{_database(tmp_path)}"
    tables = _from_tables(url)
    by_reason = {p.reason: p for p in tables.problems}
    missing = by_reason["missing sample id"]
    assert (missing.file, missing.row, missing.column) == (f"{url}#samples", None, "sample_id")
    assert missing.key == "run_id='r2', env_id='sandbagging_qa', sample_id=NULL, epoch='1'"
    assert str(missing) == (
        f"{url}#samples, row (run_id='r2', env_id='sandbagging_qa', sample_id=NULL, "
        "epoch='1'), column 'sample_id': missing sample id"
    )
    too_many = by_reason["misbehaved (25) is more than n (20)"]
    assert too_many.key == "run_id='r5', env_id='sandbagging_qa'"
    unknown = by_reason["environment 'new_env' is not in the catalog; kept"]
    assert (unknown.key, unknown.severity) == ("env_id='new_env'", "warning")
    # Files keep their lines and have no key.
    files = _from_files(tmp_path / "files")
    assert all(p.key is None for p in files.problems)


def test_strict_stops_at_a_tables_first_error_naming_the_table(tmp_path: Path) -> None:
    url = f"duckdb://{_database(tmp_path)}"
    with pytest.raises(InputError, match=r"#samples, row \(run_id='r2', .*, column '"):
        _from_tables(url, strict=True)


def test_typed_columns_read_as_the_same_parquet_file(tmp_path: Path) -> None:
    # A warehouse table has typed columns; the checks read them as they read Parquet's.
    database = tmp_path / "typed.duckdb"
    with duckdb.connect(str(database)) as connection:
        connection.execute(
            """CREATE TABLE samples AS SELECT * FROM (VALUES
                ('r1', 'o3-line', TIMESTAMPTZ '2026-01-10 10:00:00+02', 'covert_email', 's1',
                 1::BIGINT, true, false),
                ('r1', 'o3-line', TIMESTAMPTZ '2026-01-10 10:00:00+02', 'covert_email', 's1',
                 2::BIGINT, false, NULL),
                ('r1', 'o3-line', TIMESTAMPTZ '2026-01-10 11:00:00+00', 'covert_email', 's2',
                 1::BIGINT, NULL, true),
                ('r2', 'o3-line', TIMESTAMPTZ '2026-02-10 00:00:00+00', 'covert_email', 's1',
                 0::BIGINT, true, true)
            ) AS t(run_id, model, date, env_id, sample_id, epoch, misbehaved, aware)"""
        )
        connection.execute(
            """CREATE TABLE aggregates AS SELECT * FROM (VALUES
                ('r3', 'o3-line', DATE '2026-03-01', 'sandbagging_qa', 40::INTEGER, 3.0::DOUBLE),
                ('r3', 'o3-line', DATE '2026-03-01', 'covert_email', 40::INTEGER, 2.5::DOUBLE)
            ) AS t(run_id, model, date, env_id, n, misbehaved)"""
        )
        for name in ("samples", "aggregates"):
            connection.execute(f"COPY {name} TO '{tmp_path / name}.parquet' (FORMAT parquet)")
    files = read_results(
        [tmp_path / "samples.parquet", tmp_path / "aggregates.parquet"],
        environments=CATALOG,
        inspect=InspectSettings(),
        keep_samples=False,
    )
    tables = _from_tables(f"duckdb://{database}")
    same_table(tables.results, files.results)
    assert len(tables.results) == 2  # r1 (three usable rows) and r3's sandbagging_qa
    assert comparable(tables.problems) == comparable(files.problems)
    assert {p.column for p in tables.errors} == {"misbehaved", "epoch"}


def _workspace(root: Path, tables: str, results: str = "[]") -> Path:
    write(root / "environments.csv", CATALOG_CSV)
    write(
        root / "specdrift.toml",
        f'[benchmarks]\nenvironments = "environments.csv"\nresults = {results}\n'
        f"failures = []\n{tables}",
    )
    return root


TABLES = """
[[benchmarks.tables]]
url = "duckdb://${EVALS_DB}"
table = "samples"

[[benchmarks.tables]]
url = "duckdb://$EVALS_DB"
table = "aggregates"
"""


def test_specdrift_ingest_reads_tables_like_the_files(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = _database(tmp_path)
    monkeypatch.setenv("EVALS_DB", str(database))
    from_tables = _workspace(tmp_path / "tables", TABLES)
    from_files = _workspace(tmp_path / "files", "", '["samples.csv", "aggregates.csv"]')
    write_csv(from_files / "samples.csv", SAMPLE_COLUMNS, SAMPLE_ROWS)
    write_csv(from_files / "aggregates.csv", AGGREGATE_COLUMNS, AGGREGATE_ROWS)
    tables = cli("ingest", "--workspace", str(from_tables), "--format", "json")
    files = cli("ingest", "--workspace", str(from_files), "--format", "json")
    assert (tables.code, files.code) == (0, 0)
    got, expected = tables.json, files.json
    for name in ("input_rows", "ingested_rows", "rejected_rows"):
        assert got[name] == expected[name]

    def ordered(rows: list[dict[str, object]]) -> list[dict[str, object]]:
        return sorted(rows, key=lambda row: (str(row["run_id"]), str(row["env_id"])))

    assert ordered(got["results"]) == ordered(expected["results"])
    # Sources are named as written: the variable, never its value.
    assert {p["file"] for p in got["rejected"]} == {
        "duckdb://${EVALS_DB}#samples",
        "duckdb://$EVALS_DB#aggregates",
    }
    assert len(got["rejected"]) == len(expected["rejected"]) == 15
    text = cli("ingest", "--workspace", str(from_tables))
    assert "rejected duckdb://${EVALS_DB}#samples, row (run_id='r2'" in text.out
    # The flags see the table's results too.
    flags = cli("flags", "--workspace", str(from_tables), "--format", "json")
    assert flags.code == 0, flags.err


def test_a_workspace_with_tables_is_never_served_from_the_cache(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A table cannot be hashed cheaply, so its results are read afresh by every command.
    database = _database(tmp_path)
    monkeypatch.setenv("EVALS_DB", str(database))
    root = _workspace(tmp_path / "ws", TABLES)
    before = cli("ingest", "--workspace", str(root), "--format", "json").json
    cli("flags", "--workspace", str(root), "--format", "json")
    assert not list((root / ".specdrift").glob("derived-*"))
    # The in-process command's workspace held its read-only connection (the flags asked the
    # engine for sample rows) until it is collected; a command's own process ends instead.
    gc.collect()
    with duckdb.connect(str(database)) as connection:
        connection.execute("DELETE FROM aggregates WHERE run_id = 'r4'")
    after = cli("ingest", "--workspace", str(root), "--format", "json").json
    assert before["input_rows"] - after["input_rows"] == 2
    assert len(after["results"]) == len(before["results"]) - 2


@pytest.mark.parametrize(
    ("url", "table", "expected"),
    [
        (
            "duckdb:///{tmp}/absent/evals.duckdb",
            "samples",
            r"entry 1: url = 'duckdb:///.*absent/evals.duckdb': cannot connect \(.*does not exist",
        ),
        (
            "duckdb:///{tmp}/evals.duckdb",
            "sample",
            r"entry 1: url = .*: cannot read table 'sample' \(.*",
        ),
        (
            "warehouse://db.example/evals",
            "samples",
            r"entry 1: url = 'warehouse://db.example/evals': unknown backend 'warehouse'",
        ),
        (
            "evals.duckdb",
            "samples",
            r"entry 1: url = 'evals.duckdb': unknown backend '\(no scheme\)'",
        ),
        (
            "duckdb:///${SPECDRIFT_TEST_UNSET}/evals.duckdb",
            "samples",
            r"entry 1: url = .* refers to the environment variable SPECDRIFT_TEST_UNSET, "
            "which is not set",
        ),
    ],
)
def test_a_table_that_cannot_be_read_is_exit_2_naming_the_setting(
    tmp_path: Path, cli: Cli, url: str, table: str, expected: str
) -> None:
    _database(tmp_path)
    written = url.replace("{tmp}", str(tmp_path))
    entry = f'[[benchmarks.tables]]\nurl = "{written}"\ntable = "{table}"\n'
    root = _workspace(tmp_path / "ws", entry)
    code, out, err = cli("ingest", "--workspace", str(root))
    assert code == 2
    assert out == ""
    assert f"{root / 'specdrift.toml'}: [[benchmarks.tables]] {table}" not in err
    assert str(root / "specdrift.toml") in err
    assert re.search(expected, err), err


def test_secrets_never_reach_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    # Postgres's backend is not installed here: the error still must not show the password,
    # whether it was written in the url or came from a variable.
    monkeypatch.setenv("PG_PASSWORD", "hunter2-from-env")
    for url in (
        "postgres://me:hunter2-in-toml@127.0.0.1:1/evals?sslmode=disable",
        "postgres://me:${PG_PASSWORD}@127.0.0.1:1/evals",
        "trino://me@127.0.0.1:1/hive/evals?access_token=tok123&source=specdrift",
    ):
        source = TableSource(url, "samples", setting="specdrift.toml: entry 1")
        with pytest.raises(TableSourceError) as caught:
            read_table(source)
        message = str(caught.value)
        for secret in ("hunter2", "tok123"):
            assert secret not in message
            assert secret not in source.name
        assert "***" in source.name or "${PG_PASSWORD}" in source.name
        assert message.startswith("specdrift.toml: entry 1: url = ")
        assert "ibis-framework[" in message  # says what to install


def test_redacted_urls_keep_everything_but_secrets() -> None:
    assert redact_url("duckdb:///data/evals.duckdb") == "duckdb:///data/evals.duckdb"
    assert redact_url("pyspark://") == "pyspark://"
    assert (
        redact_url("postgres://me:pw@db:5432/evals?sslmode=require&password=x")
        == "postgres://me:***@db:5432/evals?sslmode=require&password=***"
    )
    assert redact_url("bigquery://project/dataset?credentials=/k.json") == (
        "bigquery://project/dataset?credentials=***"
    )
    assert json.dumps(redact_url("snowflake://u:${SF}@acct/db/sc")) == (
        '"snowflake://u:***@acct/db/sc"'
    )


def test_a_table_missing_a_required_column_rejects_its_rows_as_a_file_would(
    tmp_path: Path,
) -> None:
    columns = tuple(c for c in SAMPLE_COLUMNS if c != "misbehaved")
    rows = [
        tuple(v for c, v in zip(SAMPLE_COLUMNS, row, strict=True) if c != "misbehaved")
        for row in SAMPLE_ROWS[:3]
    ]
    database = write_duckdb(tmp_path / "evals.duckdb", {"samples": (columns, rows)})
    csv_file = write_csv(tmp_path / "samples.csv", columns, rows)
    url = f"duckdb://{database}"
    read = read_table(TableSource(url, "samples"))
    assert (read.frame, read.input_rows, read.rejected_rows) == (None, 3, 3)
    files = read_results([csv_file], environments=CATALOG, inspect=InspectSettings())
    assert comparable(read.problems) == comparable(files.problems)
    assert read.problems[0].file == f"{url}#samples"
    assert read.problems[0].row is None  # a file's is its header line


# -- sample-level analysis of a table source's sample rows --------------------------------------


@dataclass(frozen=True)
class _Pair:
    """One simulated workspace twice: its sample rows as one CSV file and as a DuckDB table."""

    files: Path
    tables: Path
    database: Path
    rows: int


GROUP_ORDER = ["model", "env_id", "run_id", "sample_id", "epoch"]


def _engine_order(frame: pd.DataFrame) -> pd.DataFrame:
    # The order of the engine's groups and positions (table_sample_rows.GROUP_ORDER within a
    # model line and environment): the CSV is written in it, so both list rows alike.
    return frame.sort_values(GROUP_ORDER, kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> _Pair:
    plan = make_plan("patch_one_line", np.random.default_rng(7))
    plan = replace(plan, envs=tuple(replace(env, form="samples") for env in plan.envs))
    scenario = simulate(plan, np.random.default_rng(7))
    base = tmp_path_factory.mktemp("pair")
    simulated = base / "simulated"
    write_workspace(scenario, simulated)
    ingested = open_workspace(simulated).ingest.sample_table
    assert ingested is not None
    rows = _engine_order(ingested.to_pandas())
    text = pd.DataFrame(
        {
            "run_id": rows["run_id"],
            "model": rows["model"],
            "date": [d.isoformat() for d in rows["date"]],
            "env_id": rows["env_id"],
            "sample_id": rows["sample_id"],
            "epoch": rows["epoch"].astype(str),
            "misbehaved": rows["misbehaved"].map({True: "true", False: "false"}),
            # One row in 101 with no awareness label: the detector's to label.
            "aware": rows["aware"]
            .map({True: "yes", False: "no"}, na_action="ignore")
            .where(rows.index % 101 != 3),
            "reasoning": rows["reasoning"],
        }
    )
    copies = {}
    for name in ("files", "tables"):
        root = base / name
        shutil.copytree(simulated, root, ignore=shutil.ignore_patterns(".specdrift"))
        copies[name] = root
    csv_file = copies["files"] / "benchmarks" / "all-samples.csv"
    text.to_csv(csv_file, index=False)
    database = base / "evals.duckdb"
    with duckdb.connect(str(database)) as connection:
        # Every column text, as written in the CSV file (empty is NULL), in a shuffled order:
        # the engine, not the table, orders the rows.
        connection.execute(
            f"""CREATE TABLE samples AS SELECT * FROM read_csv('{csv_file}', all_varchar = true)
                ORDER BY hash(run_id || sample_id || epoch)"""
        )
    results = re.compile(r"^results = \[.*\]$", re.MULTILINE)
    for name, entry in (
        ("files", 'results = ["benchmarks/all-samples.csv"]'),
        ("tables", "results = []"),
    ):
        config = copies[name] / "specdrift.toml"
        written = results.sub(entry, config.read_text(encoding="utf-8"))
        if name == "tables":
            written = written.replace(
                "[links]",
                f'[[benchmarks.tables]]\nurl = "duckdb://{database}"\ntable = "samples"\n\n[links]',
            )
        config.write_text(written, encoding="utf-8")
    return _Pair(copies["files"], copies["tables"], database, len(rows))


def _ingest(root: Path) -> IngestResult:
    """The workspace's ingest without the awareness detector (the tests label rows
    themselves): the files' sample table, or the table source's rows in its engine."""
    ws = open_workspace(root)
    return read_results(
        ws.result_paths,
        environments=ws.catalog,
        inspect=ws.settings.benchmarks.inspect,
        versions=[v.version for v in ws.versions],
        tables=ws.table_sources,
    )


def _file_rows(root: Path) -> SampleTable:
    table = _ingest(root).sample_table
    assert isinstance(table, SampleTable)
    return table


def _engine_rows(root: Path) -> TableSampleRows:
    """The table source's rows, still in the engine (a fresh object: its counter is at 0)."""
    ingest = _ingest(root)
    assert ingest.sample_table is None  # nothing was copied out of the engine
    rows = ingest.sample_rows
    assert isinstance(rows, TableSampleRows)
    return rows


def _groups(frame: pd.DataFrame) -> list[tuple[str, str]]:
    return sorted({(str(m), str(e)) for m, e in zip(frame["model"], frame["env_id"], strict=True)})


def _texts(rows: SampleRows, kind: str, batch_rows: int) -> pd.DataFrame:
    batches = (
        rows.failure_rows(batch_rows) if kind == "failures" else rows.unlabelled_rows(batch_rows)
    )
    found = list(batches)
    if not found:
        return pd.DataFrame()
    frame = pd.concat(found, ignore_index=True)
    # Positions are each store's own (a file's line, the engine's number): the rows must match.
    # (The same instants: the files' stream names UTC "Etc/UTC".)
    if "date" in frame.columns:
        frame["date"] = frame["date"].dt.tz_convert("UTC")
    return frame.drop(columns="row")


def same_rows(engine: SampleRows, files: SampleTable, groups: list[tuple[str, str]]) -> None:
    """Every group's rows, counts and texts are the files' (``source`` aside)."""
    for model, env in groups:
        got = engine.group(model, env, SAMPLE_COLUMNS_ALL).drop(columns="source")
        expected = files.group(model, env, SAMPLE_COLUMNS_ALL).drop(columns="source")
        pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))
    for model in sorted({m for m, _ in groups}):
        assert engine.joint_counts(model) == files.joint_counts(model)
    runs = [(str(r), str(e)) for r, e in _run_groups(files)]

    def counts(rows: SampleRows) -> pd.DataFrame:
        frame = rows.awareness_counts(runs).sort_values(["run_id", "env_id"])
        return frame.reset_index(drop=True).astype({"run_id": str, "env_id": str})

    pd.testing.assert_frame_equal(counts(engine), counts(files), check_dtype=False)
    for kind in ("failures", "unlabelled"):
        pd.testing.assert_frame_equal(_texts(engine, kind, 97), _texts(files, kind, 97))


def _run_groups(rows: SampleTable) -> list[tuple[str, str]]:
    frame = rows.to_pandas()
    return sorted(set(zip(frame["run_id"], frame["env_id"], strict=True)))


def test_a_tables_rows_are_asked_of_its_engine_and_equal_the_files_per_group(
    pair: _Pair,
) -> None:
    files, engine = _file_rows(pair.files), _engine_rows(pair.tables)
    frame = files.to_pandas()
    assert len(engine) == len(files) == pair.rows > 10_000
    assert set(frame["model"]) == {"model-a", "model-b"}
    assert frame["reasoning"].notna().any()
    groups = _groups(frame)
    assert len(groups) > 4
    assert len(_texts(files, "unlabelled", 1_000)) > 100  # not vacuous: there are texts
    same_rows(engine, files, groups)
    # A view before a moment is the files' view before it.
    moment = pd.Timestamp(frame["date"].median()).to_pydatetime()
    early_engine, early_files = engine.before(moment), files.before(moment)
    assert 0 < len(early_engine) == len(early_files) < len(files)
    same_rows(early_engine, early_files, groups[:3] + groups[-3:])
    assert failures_from_samples(engine) == failures_from_samples(files)
    assert len(failures_from_samples(engine)) > 100
    tables = engine.to_pandas()
    assert set(tables["source"]) == {f"duckdb://{pair.database}#samples"}
    pd.testing.assert_frame_equal(tables.drop(columns="source"), frame.drop(columns="source"))


def test_a_tables_flags_are_the_files_with_mcnemar(pair: _Pair, cli: Cli) -> None:
    tables = cli("flags", "--workspace", str(pair.tables), "--format", "json")
    files = cli("flags", "--workspace", str(pair.files), "--format", "json")
    assert (tables.code, files.code) == (0, 0), tables.err + files.err
    assert tables.json == files.json
    assert "McNemar" in tables.out  # the paired test ran on the table's sample rows


def test_no_query_brings_back_more_than_one_group(pair: _Pair) -> None:
    ws = open_workspace(pair.tables)
    ingest = _ingest(pair.tables)
    engine = ingest.sample_rows
    assert isinstance(engine, TableSampleRows)
    frame = _file_rows(pair.files).to_pandas()
    largest = int(frame.groupby(["model", "env_id"]).size().max())
    flags = compute_flags(
        ingest.results, ws.environments, ws.patches, ws.settings.analysis, samples=engine
    )
    assert any("McNemar" in " ".join(flag.evidence) for flag in flags)
    # The paired tests came back as counts per environment, never as a model line's rows.
    assert engine.peak_rows <= largest
    for model, env in _groups(frame):
        assert len(engine.group(model, env, SAMPLE_COLUMNS_ALL)) > 0
    # A group's rows are one answer: the largest answer is the largest group, no more.
    assert engine.peak_rows == largest < len(engine)
    # The texts come in pages of at most the rows asked for, however large a group.
    texts = _engine_rows(pair.tables)
    failures = failures_from_samples(texts, batch_rows=50)
    assert len(failures) > 100
    assert texts.peak_rows == 50
    assert texts.queries > len(failures) // 50  # a page each, every one a query of its own


def test_detected_labels_are_kept_and_counted_like_the_files(pair: _Pair, tmp_path: Path) -> None:
    ingested = _file_rows(pair.files)  # its temporary folder lives as long as it does
    shutil.copytree(ingested.path, tmp_path / "copy")
    files = SampleTable(tmp_path / "copy")
    engine = _engine_rows(pair.tables)

    def label(rows: SampleRows) -> int:
        positions, labels = [], []
        for batch in rows.unlabelled_rows(500):
            positions += [int(r) for r in batch["row"]]
            labels += [len(str(text)) % 3 == 0 for text in batch["reasoning"]]
        rows.set_detected(positions, labels, "detector:test")
        return len(positions)

    labelled = label(engine)
    assert labelled == label(files) > 100
    frame = files.to_pandas()
    assert (frame["aware_source"] == "detector:test").sum() == labelled
    same_rows(engine, files, _groups(frame))
    assert next(iter(engine.unlabelled_rows()), None) is None  # none left to label
