"""The lazy sample table answers as the sample frame did, and never hands back the whole table.

A simulated workspace whose every environment reports sample rows (two model lines, so every
question is asked per line) is written to disk and ingested for real; the DuckDB ``SampleTable``
over ingest's Parquet file is compared with ``FrameSampleRows`` over the same rows in pandas.
"""

from __future__ import annotations

import os
import pickle
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from tracker.analysis.sample_rows import (
    FrameSampleRows,
    PairedSampleRows,
    SampleRows,
    paired_changes,
)
from tracker.analysis.verdicts import compute_flags
from tracker.benchmarks.sample_table import SampleTable
from tracker.failures.loading import failures_from_samples
from tracker.failures.models import LinkDecision
from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import Workspace, open_workspace


@pytest.fixture(scope="module", params=["csv", "parquet"])
def workspace(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Workspace:
    plan = make_plan("patch_one_line", np.random.default_rng(5))
    plan = replace(plan, envs=tuple(replace(env, form="samples") for env in plan.envs))
    scenario = simulate(plan, np.random.default_rng(5))
    root = tmp_path_factory.mktemp("lazy")
    write_workspace(scenario, root)
    if request.param == "parquet":
        # The same rows as Parquet: the sample table reads that file again (a view), no copy.
        _to_parquet(root)
    return open_workspace(root)


def _to_parquet(root: Path) -> None:
    csv = next(root.rglob("samples.csv"))
    parquet = csv.with_suffix(".parquet")
    connection = duckdb.connect()
    connection.execute(
        f"COPY (FROM read_csv('{csv}', all_varchar = true)) TO '{parquet}' (FORMAT parquet)"
    )
    connection.close()
    csv.unlink()
    toml = root / "specdrift.toml"
    toml.write_text(toml.read_text().replace("samples.csv", "samples.parquet"))


def _table(workspace: Workspace) -> SampleTable:
    table = workspace.ingest.sample_table
    assert isinstance(table, SampleTable)
    return table


def _frame(workspace: Workspace) -> FrameSampleRows:
    frame = workspace.ingest.samples
    assert frame is not None
    return FrameSampleRows(frame)


def _groups(frame: pd.DataFrame) -> list[tuple[str, str]]:
    return sorted({(str(m), str(e)) for m, e in zip(frame["model"], frame["env_id"], strict=True)})


def test_the_workspace_has_sample_rows_of_two_model_lines(workspace: Workspace) -> None:
    frame = _frame(workspace).frame
    assert set(frame["model"]) == {"model-a", "model-b"}
    assert len(_table(workspace)) == len(frame) > 10_000
    assert len(SampleTable(_table(workspace).path)) == len(frame)  # counted, not given
    assert frame["reasoning"].notna().any()


def test_a_parquet_input_is_viewed_not_copied(workspace: Workspace, tmp_path: Path) -> None:
    table = _table(workspace)
    written = sorted(p.name for p in table.path.glob("part-*.parquet"))
    inputs = [Path(f) for f in _frame(workspace).frame["source"].unique()]
    if inputs[0].suffix == ".csv":
        assert written == ["part-00000.parquet"]
        assert not (table.path / "views.json").exists()
        return
    assert written == []
    assert (table.path / "views.json").is_file()
    # An input changed since ingest: the table counts as gone, so the workspace reads again.
    copy = tmp_path / "samples"
    shutil.copytree(table.path, copy)
    moved = SampleTable(copy)
    assert moved.exists()
    assert len(moved) == len(table)
    stamp = inputs[0].stat()
    os.utime(inputs[0], ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
    try:
        assert not moved.exists()
    finally:
        os.utime(inputs[0], ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert moved.exists()


def test_paired_changes_of_the_table_are_the_frames(workspace: Workspace) -> None:
    table, frame = _table(workspace), _frame(workspace)
    runs = sorted(set(frame.frame["run_id"]))
    for model in ("model-a", "model-b"):
        mine = [r for r in runs if r.startswith(model)]
        envs = sorted(set(frame.frame.loc[frame.frame["model"] == model, "env_id"]))
        windows: dict[str, tuple[list[str], list[str]]] = dict.fromkeys(envs, (mine[:2], mine[-2:]))
        windows[envs[0]] = (mine[:1], [*mine[-1:], "no-such-run"])  # a run missing: unpaired
        windows["no-such-env"] = (mine[:1], mine[-1:])
        got = table.paired_changes(model, windows)
        want = paired_changes(frame, model, windows)  # FrameSampleRows: counted per group
        assert got == want
        assert envs[0] not in got
        assert "no-such-env" not in got
        assert len(got) == len(envs) - 1
        assert any(fell or rose for fell, rose in got.values())


def test_each_group_and_its_joint_counts_are_the_frames(workspace: Workspace) -> None:
    table, frame = _table(workspace), _frame(workspace)
    columns = ("run_id", "sample_id", "epoch", "misbehaved", "aware", "date")
    groups = _groups(frame.frame)
    assert len(groups) == 24  # 12 environments x 2 model lines
    for model, env in groups:
        got = table.group(model, env, columns)
        want = frame.group(model, env, columns).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want, check_dtype=False)
        assert len(got) > 0
    for model in ("model-a", "model-b"):
        joint = table.joint_counts(model)
        assert joint == frame.joint_counts(model)
        assert joint
        assert all(run.startswith(model) for run, _ in joint)
    assert table.group("model-a", "no-such-env", columns).empty


def test_streamed_texts_are_the_frames_in_input_order(workspace: Workspace) -> None:
    table, frame = _table(workspace), _frame(workspace)
    got = pd.concat(table.failure_rows(batch_rows=100), ignore_index=True)
    want = pd.concat(frame.failure_rows(batch_rows=100), ignore_index=True)
    assert len(got) > 100
    # Positions differ in kind (file and row against frame position), not in order.
    assert got["row"].is_monotonic_increasing
    pd.testing.assert_frame_equal(
        got.drop(columns="row"), want.drop(columns="row"), check_dtype=False
    )
    # Every simulated row has its awareness label (the detector's tests label the others).
    assert list(table.unlabelled_rows()) == list(frame.unlabelled_rows()) == []
    assert failures_from_samples(table) == failures_from_samples(frame.frame)
    assert len(failures_from_samples(table)) > 100


def test_verdicts_from_the_table_are_the_frames(workspace: Workspace) -> None:
    settings = workspace.settings.analysis
    args = (workspace.results, workspace.environments, workspace.patches, settings)
    lazy = compute_flags(*args, samples=_table(workspace))
    eager = compute_flags(*args, samples=_frame(workspace).frame)
    assert lazy == eager
    assert any("McNemar" in " ".join(flag.evidence) for flag in lazy)
    assert workspace.flags == lazy


def test_the_analysis_never_reads_the_whole_table(workspace: Workspace) -> None:
    table = SampleTable(_table(workspace).path)  # a fresh count of rows per call
    frame = _frame(workspace).frame
    largest = int(frame.groupby(["model", "env_id"]).size().max())
    settings = workspace.settings.analysis
    flags = compute_flags(
        workspace.results, workspace.environments, workspace.patches, settings, samples=table
    )
    assert flags
    assert 0 < table.peak_rows <= largest < len(table)
    failures_from_samples(table, batch_rows=50)
    assert table.peak_rows <= largest
    assert "to_pandas" not in dir(SampleRows)
    assert isinstance(table, PairedSampleRows)
    assert not isinstance(_frame(workspace), PairedSampleRows)


def test_a_view_before_a_moment_is_the_frames_rows_before_it(workspace: Workspace) -> None:
    table, frame = _table(workspace), _frame(workspace).frame
    moment = frame["date"].min().to_pydatetime() + timedelta(days=30)
    earlier = table.before(moment)
    expected = frame[frame["date"] < moment]
    assert 0 < len(earlier) == len(expected) < len(table)
    model, env = _groups(expected)[0]
    pd.testing.assert_frame_equal(
        earlier.group(model, env, ("run_id", "sample_id")),
        FrameSampleRows(expected).group(model, env, ("run_id", "sample_id")).reset_index(drop=True),
        check_dtype=False,
    )


def test_detected_labels_are_written_and_counted_like_the_frames(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = _table(workspace)
    copy = tmp_path / "samples"
    shutil.copytree(source.path, copy)
    table = SampleTable(copy)
    frame = FrameSampleRows(_frame(workspace).frame.copy())
    for rows in (table, frame):
        first = next(rows.failure_rows(batch_rows=5))
        labels = [True, False, True, False, True][: len(first)]
        rows.set_detected(list(first["row"]), labels, "detector:test")
    groups = _groups(frame.frame)
    keys = sorted(
        {
            (str(r), str(e))
            for r, e in zip(frame.frame["run_id"], frame.frame["env_id"], strict=True)
        }
    )
    want = frame.awareness_counts(keys).sort_values(["run_id", "env_id"]).reset_index(drop=True)
    got = table.awareness_counts(keys).sort_values(["run_id", "env_id"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert groups
    relabelled = table.to_pandas()
    assert relabelled["aware_source"].eq("detector:test").sum() == len(labels)
    pd.testing.assert_frame_equal(relabelled, frame.frame.reset_index(drop=True), check_dtype=False)


def test_a_table_pickles_as_its_file(workspace: Workspace) -> None:
    table = _table(workspace)
    again = pickle.loads(pickle.dumps(table))
    assert (again.path, len(again)) == (table.path, len(table))
    assert again.joint_counts("model-a") == table.joint_counts("model-a")
    assert table.path.parent == workspace.derived.folder


def test_a_deleted_sample_file_is_read_again(workspace: Workspace, tmp_path: Path) -> None:
    root = tmp_path / "copy"
    shutil.copytree(workspace.root, root, ignore=shutil.ignore_patterns(".specdrift"))
    first = open_workspace(root)
    shutil.rmtree(_table(first).path)
    again = open_workspace(root)
    assert again.ingest.sample_table is not None
    assert again.ingest.sample_table.exists()
    assert "ingest" in again.derived.hits  # the stored ingest was read, its file was gone
    assert again.ingest.sample_table.path != first.ingest.sample_table.path
    assert again.flags == first.flags


def test_a_sample_file_removed_with_an_old_cache_folder_is_read_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A link decision changes the cache key; the old folder, with the sample file, is removed
    # while this process still holds the ingest that named it.
    root = tmp_path / "copy"
    shutil.copytree(workspace.root, root, ignore=shutil.ignore_patterns(".specdrift"))
    ws = open_workspace(root)
    before = ws.flags
    shutil.rmtree(_table(ws).path.parent)
    ws.forget()
    assert ws.flags == before
    assert ws.sample_table is not None
    assert ws.sample_table.exists()


def test_a_link_decision_moves_the_sample_file_and_keeps_the_ingest(
    workspace: Workspace, tmp_path: Path
) -> None:
    root = tmp_path / "copy"
    shutil.copytree(workspace.root, root, ignore=shutil.ignore_patterns(".specdrift"))
    ws = open_workspace(root)
    ingest, old_folder = ws.ingest, _table(ws).path.parent
    clause = ws.versions[-1].clauses[0].id
    failure = next(f.failure_id for f in ws.failures if f.source == "samples")
    assert ws.record_link_decision(
        LinkDecision(clause_id=clause, failure_id=failure, status="rejected")
    )
    assert ws.derived.folder != old_folder
    assert _table(ws).path.parent == ws.derived.folder
    assert _table(ws).exists()
    assert ws.flags  # stored under the new key: the old folder is gone
    assert not old_folder.exists()
    assert ws.ingest is ingest
    assert _table(ws).exists()
