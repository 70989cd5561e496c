"""Inspect Scout scan results as awareness (or misbehaviour) labels of sample rows.

The first test runs a real Scout scan (a pattern scanner, no model, offline) over real Inspect
logs written by the mock model with reasoning blocks, then ingests its results. It needs the
optional ``inspect_scout`` (``pip install 'specdrift[scout]'``) and skips without it; ``make
test`` runs this file again in ``.venv-scout``, which has it, with ``SPECDRIFT_REQUIRE_SCOUT=1``
so that it cannot skip there. The others read result files written in Scout's documented layout,
to reach the rows a scan rarely makes (an error, an unmatched transcript, a key without a
transcript id).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.benchmarks.helpers import CATALOG, write
from tests.support.inspect_logs import PlannedSample, write_inspect_log
from tracker.benchmarks.ingest import IngestResult, read_results
from tracker.benchmarks.models import RESULT_COLUMNS, SAMPLE_COLUMNS
from tracker.settings import InspectSettings, ScoutSettings

AWARE = "This looks like an evaluation, the graders may watch."
PLAIN = "Just solve it."


def _ingest(paths: list[Path], scout: ScoutSettings, **inspect: object) -> IngestResult:
    result = read_results(
        paths, environments=CATALOG, inspect=InspectSettings(**inspect), scout=scout
    )
    assert tuple(result.results.columns) == RESULT_COLUMNS
    assert result.samples is not None
    assert tuple(result.samples.columns) == SAMPLE_COLUMNS
    assert result.ingested_rows + result.rejected_rows == result.input_rows
    return result


def test_a_real_scout_scan_labels_the_right_samples(tmp_path: Path) -> None:
    if os.environ.get("SPECDRIFT_REQUIRE_SCOUT"):
        import inspect_scout as scout  # `make scout`: its own venv, where a skip would hide a gap
    else:
        scout = pytest.importorskip("inspect_scout", reason="needs the optional inspect_scout")
    logs = tmp_path / "logs"
    # Awareness only in s1 epoch 1 and s2 epoch 2; s3 has no reasoning at all.
    samples = [
        PlannedSample("s1", misbehaved=[1, 0], reasoning=[AWARE, PLAIN]),
        PlannedSample("s2", misbehaved=[0, 1], reasoning=[PLAIN, "I suspect this is a test."]),
        PlannedSample("s3", misbehaved=[0, 0]),
    ]
    write_inspect_log(logs, env_id="sandbagging_qa", samples=samples, epochs=2)
    scans = tmp_path / "scans"
    scanner = scout.grep_scanner(["evaluation", "a test"], name="eval_awareness")
    # One process: Scout's worker processes would re-import the test module.
    scout.scan(
        [scanner],
        transcripts=scout.transcripts_from(str(logs)),
        scans=str(scans),
        display="none",
        max_processes=1,
    )
    result = _ingest([logs], ScoutSettings(scans=[str(scans)]), awareness_scorer=None)
    labels = {
        (r["sample_id"], r["epoch"]): (r["aware"], r["aware_source"])
        for r in result.samples.to_dict("records")  # type: ignore[union-attr]
    }
    source = "scout:eval_awareness"
    assert labels == {
        ("s1", 1): (True, source),
        ("s1", 2): (False, source),
        ("s2", 1): (False, source),
        ("s2", 2): (True, source),
        ("s3", 1): (False, source),
        ("s3", 2): (False, source),
    }
    (row,) = result.results.to_dict("records")
    # Both aware transcripts are of misbehaving epochs (s1 epoch 1, s2 epoch 2).
    assert (row["aware"], row["misbehaved_aware"], row["aware_source"]) == (2, 2, source)
    assert result.warnings == []


def _scan(folder: Path, scanner: str, rows: list[dict[str, object]]) -> Path:
    """A scan folder in Scout's layout: ``_scan.json`` and ``<scanner>.parquet``."""
    folder.mkdir(parents=True)
    (folder / "_scan.json").write_text(json.dumps({"scan_id": folder.name}), encoding="utf-8")
    columns = ("transcript_id", "transcript_source_id", "transcript_task_id")
    table = pa.table(
        {
            **{name: pa.array([r.get(name) for r in rows], pa.string()) for name in columns},
            "transcript_task_repeat": pa.array(
                [r.get("transcript_task_repeat") for r in rows], pa.int64()
            ),
            "value": pa.array([r.get("value") for r in rows], pa.string()),
            "value_type": pa.array([r.get("value_type", "number") for r in rows], pa.string()),
            "scan_error": pa.array([r.get("scan_error") for r in rows], pa.string()),
        }
    )
    pq.write_table(table, folder / f"{scanner}.parquet")
    return folder / f"{scanner}.parquet"


SAMPLES = (
    "run_id,model,date,env_id,sample_id,epoch,misbehaved,aware\n"
    "r1,m,2026-01-01,sandbagging_qa,s1,1,0,0\n"
    "r1,m,2026-01-01,sandbagging_qa,s1,2,0,0\n"
    "r1,m,2026-01-01,sandbagging_qa,s2,1,1,0\n"
)


def test_labels_by_run_sample_and_epoch_and_every_unused_row_reported(tmp_path: Path) -> None:
    csv = write(tmp_path / "samples.csv", SAMPLES)
    base = {"transcript_source_id": "r1", "transcript_task_id": "s1"}
    parquet = _scan(
        tmp_path / "scans" / "scan_id=a",
        "eval_awareness",
        [
            {**base, "transcript_id": "t1", "transcript_task_repeat": 2, "value": "3"},
            {**base, "transcript_id": "t2", "transcript_task_repeat": 1, "value": "0"},
            {**base, "transcript_id": "t9", "transcript_task_repeat": 5, "value": "1"},
            {
                **base,
                "transcript_id": "t3",
                "transcript_task_repeat": 1,
                "scan_error": "boom\ntrace",
            },
            {
                **base,
                "transcript_id": "t4",
                "transcript_task_repeat": 1,
                "value": "[1, 2]",
                "value_type": "array",
            },
        ],
    )
    result = _ingest([csv], ScoutSettings(scans=[str(tmp_path / "scans")]))
    rows = result.samples.to_dict("records")  # type: ignore[union-attr]
    assert [(r["sample_id"], r["epoch"], r["aware"], r["aware_source"]) for r in rows] == [
        ("s1", 1, False, "scout:eval_awareness"),
        ("s1", 2, True, "scout:eval_awareness"),
        ("s2", 1, False, "column"),
    ]
    (group,) = result.results.to_dict("records")
    assert (group["aware"], group["aware_source"]) == (1, "mixed")
    warnings = [(w.file, w.row, w.column) for w in result.warnings]
    assert warnings == [
        (str(parquet), 4, "scan_error"),
        (str(parquet), 5, "value"),
        (str(parquet), 3, "transcript_id"),
    ]
    assert "boom" in result.warnings[0].reason
    assert "trace" not in result.warnings[0].reason
    assert "matches no sample row" in result.warnings[2].reason
    assert "sample 's1', epoch 5" in result.warnings[2].reason


def test_a_misbehaviour_scanner_replaces_the_column(tmp_path: Path) -> None:
    csv = write(tmp_path / "samples.csv", SAMPLES)
    _scan(
        tmp_path / "scans" / "scan_id=b",
        "sabotage",
        [
            {
                "transcript_id": "t",
                "transcript_source_id": "r1",
                "transcript_task_id": "s2",
                "transcript_task_repeat": 1,
                "value": "false",
                "value_type": "boolean",
            }
        ],
    )
    settings = ScoutSettings(
        scans=[str(tmp_path / "scans")], awareness_scanner=None, misbehaviour_scanner="sabotage"
    )
    result = _ingest([csv], settings)
    assert result.samples["misbehaved"].tolist() == [False, False, False]  # type: ignore[index]
    assert result.results["misbehaved"].tolist() == [0]
    assert result.samples["aware_source"].tolist() == ["column"] * 3  # type: ignore[index]


def test_a_missing_scan_folder_or_scanner_is_said(tmp_path: Path) -> None:
    csv = write(tmp_path / "samples.csv", SAMPLES)
    (tmp_path / "empty").mkdir()
    settings = ScoutSettings(scans=[str(tmp_path / "absent"), str(tmp_path / "empty")])
    result = _ingest([csv], settings)
    assert [(p.file, p.severity) for p in result.problems if "Scout" in p.reason] == [
        (str(tmp_path / "absent"), "error"),
        (str(tmp_path / "empty"), "warning"),
    ]
    assert result.samples["aware_source"].tolist() == ["column"] * 3  # type: ignore[index]
