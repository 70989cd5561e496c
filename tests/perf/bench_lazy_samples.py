"""Sample-level analysis on 10M Parquet sample rows, read per group: time and peak memory.

10M sample rows (8 runs x 250 environments x 2,500 ids x 2 epochs), awareness labelled on every
row, reasoning text on the misbehaving rows of one sample id in ten. Half the environments drop
to zero after run 4, so their verdicts take the sample-level paths: joint aware x misbehaving
counts, McNemar's paired test on the same sample ids, and failures from the reasoning texts.
Each measurement runs in its own subprocess (peak memory is its ``ru_maxrss``):

- aggregated: ingest without sample rows, then the verdicts on the aggregates (the baseline);
- lazy: ingest keeping the sample rows (a view of the Parquet input, asked set-based
  questions), the verdicts with them, and the failures from their reasoning (targets: peak
  <= 1 GB, time <= 2x aggregated);

``SPECDRIFT_BENCH_FULL=1`` adds the eager path for reference (what the sample path cost before:
the same analysis with every sample row in one pandas frame, about 9x the lazy time) and 100M
rows (80 runs) as a hive-partitioned Parquet dataset (one folder per run, written by DuckDB's
``COPY ... PARTITION_BY``) through the lazy path (target: peak <= 2 GB); it needs a few GB of
disk for the data and DuckDB's spill files, deleted after.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from tests.perf.processes import measure_in_process

RUNS, ENVS, IDS, EPOCHS = 8, 250, 2500, 2
FULL_RUNS = 80
"""Runs of the 100M-row dataset (same environments, ids and epochs)."""

_MEASURE = r"""
import json, resource, sys, time
from pathlib import Path
kind, target = sys.argv[1], Path(sys.argv[2])
started = time.perf_counter()
from tracker.analysis.verdicts import compute_flags
from tracker.benchmarks.environments import environments_from_ids
from tracker.benchmarks.ingest import read_results
from tracker.failures.loading import failures_from_samples
from tracker.settings import AnalysisSettings, InspectSettings
result = read_results([target], environments=None, inspect=InspectSettings(),
                      keep_samples=kind != "aggregated")
assert result.rejected_rows == 0, result.errors[:3]
ingested = time.perf_counter() - started
environments = environments_from_ids(sorted(set(result.results["env_id"])))
samples = None
if kind == "lazy":
    samples = result.sample_table
elif kind == "eager":
    samples = result.samples
flags = compute_flags(result.results, environments, [], AnalysisSettings(), samples=samples)
flagged = time.perf_counter() - started
failures = failures_from_samples(samples) if samples is not None else []
seconds = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
paired = sum(1 for f in flags if "McNemar" in " ".join(f.evidence))
peak_rows = getattr(samples, "peak_rows", None)
print("RESULT " + json.dumps({
    "seconds": seconds, "ingest_seconds": ingested, "flags_seconds": flagged - ingested,
    "failures_seconds": seconds - flagged, "peak_mb": peak_mb, "flags": len(flags),
    "paired": paired, "failures": len(failures), "peak_rows": peak_rows,
}))
"""


def _measure(kind: str, target: Path) -> dict[str, float]:
    return measure_in_process(_MEASURE, kind, str(target))


def _rows_sql(runs: int) -> str:
    # Even environments stop misbehaving after the first half of the runs; reasoning text on the
    # misbehaving rows of one sample id in ten (failures from samples).
    return f"""
        SELECT 'run-' || lpad(CAST(r AS VARCHAR), 3, '0') AS run_id, 'o3-line' AS model,
               TIMESTAMPTZ '2026-01-01 00:00:00+00' + to_days(CAST(r * 7 AS INTEGER)) AS date,
               'env_' || e AS env_id, 's' || s AS sample_id, ep AS epoch,
               hash(r, e, s, ep) % 10 = 0 AND (e % 2 = 1 OR r < {runs // 2}) AS misbehaved,
               hash(s, ep, e) % 20 = 0 AS aware,
               CASE WHEN hash(r, e, s, ep) % 10 = 0 AND s % 10 = 0
                    THEN 'The model hid the request from the user in run ' || r
                         || '. It then claimed the task was done.' END AS reasoning
        FROM range({runs}) t1(r), range({ENVS}) t2(e), range({IDS}) t3(s),
             range(1, {EPOCHS + 1}) t4(ep)"""


def write_parquet(path: Path, runs: int = RUNS) -> None:
    import duckdb

    connection = duckdb.connect()
    connection.execute("SET enable_progress_bar = false")
    connection.execute(f"COPY ({_rows_sql(runs)}) TO '{path}' (FORMAT parquet)")


def write_partitioned(folder: Path, runs: int = FULL_RUNS) -> None:
    """A hive-partitioned dataset, ``run_id=<id>/data_0.parquet``; the files keep run_id (the
    results are read file by file, so each must hold every required column)."""
    import duckdb

    spill = folder.parent / "spill"  # beside the data, deleted with it
    connection = duckdb.connect(config={"memory_limit": "1GB", "temp_directory": str(spill)})
    connection.execute("SET enable_progress_bar = false")
    connection.execute("SET preserve_insertion_order = false")
    connection.execute(
        f"""COPY ({_rows_sql(runs)}) TO '{folder}'
            (FORMAT parquet, PARTITION_BY (run_id), WRITE_PARTITION_COLUMNS true)"""
    )


def _line(label: str, m: dict[str, float]) -> None:
    # The phases (ingest includes starting Python and importing): where a change has to cut.
    print(
        f"{label:<24}{m['seconds']:7.2f} s (ingest {m['ingest_seconds']:6.2f} s, verdicts "
        f"{m['flags_seconds']:5.2f} s, failures {m['failures_seconds']:5.2f} s)  "
        f"peak {m['peak_mb']:6.0f} MB  flags {m['flags']}, paired {m['paired']}, "
        f"failures {m['failures']}, most rows per call {m['peak_rows']}"
    )


def _load() -> str:
    """The 1-, 5- and 15-minute load averages: timings on a shared machine mean little without."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    full = os.environ.get("SPECDRIFT_BENCH_FULL") == "1"
    with tempfile.TemporaryDirectory() as tmp:
        parquet = Path(tmp) / "samples.parquet"
        started = time.perf_counter()
        write_parquet(parquet)
        took = time.perf_counter() - started
        print(f"wrote {RUNS * ENVS * IDS * EPOCHS:,} sample rows in {took:.1f} s; load {_load()}")
        # Alternated, fastest of two each: both see the same load on a shared machine.
        runs: dict[str, list[dict[str, float]]] = {"aggregated": [], "lazy": []}
        for _ in range(2):
            for kind, measured in runs.items():
                measured.append(_measure(kind, parquet))
        aggregated, lazy = (min(runs[k], key=lambda m: m["seconds"]) for k in runs)
        print(f"load average after       {_load()}")
        _line("aggregated", aggregated)
        _line("lazy sample table", lazy)
        # Every environment that dropped is assessed, each with the paired test on its rows.
        assert lazy["flags"] == aggregated["flags"] == lazy["paired"] == ENVS // 2, lazy
        ratio = lazy["seconds"] / aggregated["seconds"]
        print(f"ratio lazy / aggregated  {ratio:7.2f}  (target <= 2.0)")
        print(f"peak memory (lazy)       {lazy['peak_mb']:7.0f} MB (target <= 1024)")
        if full:
            eager = _measure("eager", parquet)
            _line("eager sample frame", eager)
            same = ("flags", "paired", "failures")
            assert [lazy[k] for k in same] == [eager[k] for k in same], (lazy, eager)
            print(f"ratio eager / aggregated {eager['seconds'] / aggregated['seconds']:7.2f}")

    if not full:
        print("(SPECDRIFT_BENCH_FULL=1 adds the eager frame and 100M hive-partitioned rows)")
        return
    folder = Path(tempfile.mkdtemp(prefix="specdrift-bench-100m-"))
    try:
        started = time.perf_counter()
        write_partitioned(folder / "samples")
        took = time.perf_counter() - started
        print(
            f"\nwrote {FULL_RUNS * ENVS * IDS * EPOCHS:,} rows, hive-partitioned, in {took:.1f} s"
        )
        hundred = _measure("lazy", folder / "samples")
        _line("lazy, 100M rows", hundred)
        print(f"peak memory (100M)       {hundred['peak_mb']:7.0f} MB (target <= 2048)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
