"""``specdrift summary`` at scale, against ``specdrift ingest`` of the same file in the same run.

    make bench BENCH=bench_summary

100,002 aggregate rows: 33,334 runs x 3 environments, in a results-only workspace. Times
``specdrift ingest --format json`` and ``specdrift summary --format json``, each in its own
subprocess (``python -m tracker.cli``, output to /dev/null), alternated so both see the same load,
best of three. ``summary`` reads the results as ``ingest`` does and then averages every run, so
the ratio summary / ingest is the cost of the averaging (target <= 2). Before the group-by
(a per-run loop with 20,000 Monte Carlo draws each) the same file took 4 min 54 s.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

RUNS, ENVS, N = 33_334, 3, 200
REPEATS = 3
MODELS = ("o3-line", "o4-mini-line", "aurora")


def write_workspace(folder: Path) -> Path:
    """A results-only workspace whose results.csv holds RUNS x ENVS aggregate rows."""
    rng = np.random.default_rng(2026)
    runs = np.repeat(np.arange(RUNS), ENVS)
    envs = np.tile(np.arange(ENVS), RUNS)
    rates = np.array([0.2, 0.05, 0.0])[envs] * rng.uniform(0, 1, RUNS * ENVS)
    misbehaved = rng.binomial(N, rates)
    aware = rng.binomial(N, 0.03, RUNS * ENVS)
    days = runs // len(MODELS)
    dates = np.datetime64("2020-01-01") + days.astype("timedelta64[D]")
    lines = ["run_id,model,date,env_id,n,misbehaved,aware"]
    lines.extend(
        f"run-{r:06d},{MODELS[r % len(MODELS)]},{d},env_{e},{N},{x},{a}"
        for r, d, e, x, a in zip(runs, dates.astype(str), envs, misbehaved, aware, strict=True)
    )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "results.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "specdrift.toml").write_text(
        '[benchmarks]\nresults = ["results.csv"]\n', encoding="utf-8"
    )
    return folder


def _time(command: str, workspace: Path) -> float:
    args = [sys.executable, "-m", "tracker.cli", command, "--workspace", str(workspace)]
    started = time.perf_counter()
    subprocess.run(
        [*args, "--format", "json"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    return time.perf_counter() - started


def _summary_in_process(workspace: Path) -> tuple[float, float, int]:
    """Seconds to read the results and to summarise them, in this process (for reference)."""
    from tracker.analysis.summary import summarise_runs
    from tracker.workspace import open_workspace

    started = time.perf_counter()
    results = open_workspace(workspace).results
    read = time.perf_counter() - started
    started = time.perf_counter()
    frame = summarise_runs(results)
    return read, time.perf_counter() - started, len(frame)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        workspace = write_workspace(Path(tmp) / "workspace")
        took = time.perf_counter() - started
        print(f"wrote {RUNS * ENVS:,} aggregate rows over {RUNS:,} runs in {took:.1f} s")
        ingest: list[float] = []
        summary: list[float] = []
        for _ in range(REPEATS):
            ingest.append(_time("ingest", workspace))
            summary.append(_time("summary", workspace))
        read, averaged, runs = _summary_in_process(workspace)
        assert runs == RUNS, runs
        print(f"specdrift ingest --format json   {min(ingest):7.2f} s (best of {REPEATS})")
        print(f"specdrift summary --format json  {min(summary):7.2f} s (best of {REPEATS})")
        print(f"  in process: read {read:.2f} s, summarise_runs {averaged:.2f} s ({runs:,} runs)")
        ratio = min(summary) / min(ingest)
        print(f"ratio summary / ingest           {ratio:7.2f}  (target <= 2)")


if __name__ == "__main__":
    main()
