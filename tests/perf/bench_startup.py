"""Warm start-up at lab scale (issue 18, item 4): ``specdrift flags``, the dashboard, reports.

    make bench BENCH=bench_startup                          # 200 envs x 60 runs x 2 model lines
    SPECDRIFT_BENCH_FULL=1 make bench BENCH=bench_startup   # 1,000 x 100 x 5

Every figure is a ratio to a floor measured in the same run, in fresh processes, alternated with
the measured command and best of ``REPEATS`` (the 2 shared cores make single runs noisy):

- ``flags`` floor: ``python -c "import pandas, duckdb, scipy.stats"`` (what any analysis in
  Python pays before reading a byte). Targets: warm flags <= 2x (issue 18), <= 1.5x (issue 11).
- dashboard floor: ``python -c "import dash, pandas, duckdb, scipy.stats"``. Target: warm
  ``specdrift dashboard`` answering its first page (``/`` and its layout) <= 3x.
- the cold runs (the derived cache under ``.specdrift/`` removed) are printed beside them, and
  at the full size start-up <= 15 s and peak memory <= 2 GB (the server's VmHWM);
- the weekly report and the review of the whole spec history, warm, <= 10 s each (printed with
  their first run and as a ratio to the ``flags`` floor, measured again beside them).

"Warm" means a previous run on the same inputs left its caches (embeddings, parsed spec
versions, derived results); every input change is a cold run (tests/test_derived_cache.py).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import numpy as np

from tests.perf.bench_dashboard import large_plan
from tracker.benchmarks.models import Environment
from tracker.simulate.generate import simulate
from tracker.simulate.plan import EnvPlan, ScenarioPlan
from tracker.simulate.writer import write_workspace

FULL = os.environ.get("SPECDRIFT_BENCH_FULL") == "1"
REPEATS = 3
PYTHON = sys.executable
SPECDRIFT = str(Path(sys.executable).with_name("specdrift"))
FLAGS_FLOOR = "import pandas, duckdb, scipy.stats"
DASH_FLOOR = "import dash, pandas, duckdb, scipy.stats"
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def full_plan() -> ScenarioPlan:
    """The bench plan widened to 1,000 environments x 100 runs x 5 model lines."""
    base = large_plan()
    rng = np.random.default_rng(3)
    models = tuple(f"line-{c}" for c in "abcde")
    start = base.run_dates[0]
    run_dates = tuple(start + timedelta(days=7 * i) for i in range(100))
    template = base.envs
    envs = tuple(
        EnvPlan(
            env=Environment(
                env_id=f"env_{i:04d}",
                name=f"Environment {i:04d}",
                category=template[i % len(template)].env.category,
                split=template[i % len(template)].env.split,
                description=f"Generated environment {i}.",
            ),
            base={m: float(rng.uniform(0.05, 0.35)) for m in models},
            n=200,
            form="joint",
        )
        for i in range(1000)
    )
    # The same 12 patches and training shift, on the renamed environments (env_012 -> env_0012).
    patches = tuple(
        replace(
            p,
            targets=tuple(t.replace("env_", "env_0") for t in p.targets),
            subject=p.subject.replace("env_", "env_0"),
        )
        for p in base.patches
    )
    shifts = tuple(
        replace(s, envs=tuple(e.replace("env_", "env_0") for e in s.envs)) for s in base.shifts
    )
    return ScenarioPlan(
        name="bench-full",
        models=models,
        run_dates=run_dates,
        envs=envs,
        sections=base.sections,
        spec_start=base.spec_start,
        patches=patches,
        shifts=shifts,
        awareness=base.awareness,
    )


def _run(args: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(args, cwd=cwd, env=ENV, check=False, capture_output=True)
    return time.perf_counter() - started


def _best(measure: Callable[[], float]) -> float:
    return min(measure() for _ in range(REPEATS))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _peak_kb(pid: int) -> int:
    """The process's peak resident memory (VmHWM), in kB; 0 where /proc is absent."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def dashboard_start(root: Path) -> tuple[float, int]:
    """Seconds from launching ``specdrift dashboard`` until ``/`` and its layout answered, and
    the server's peak memory (kB) at that moment."""
    port = _free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [SPECDRIFT, "dashboard", "--workspace", str(root), "--port", str(port)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"specdrift dashboard exited with {process.returncode}")
            try:
                with urllib.request.urlopen(base + "/", timeout=60) as answer:
                    answer.read()
                with urllib.request.urlopen(base + "/_dash-layout", timeout=60) as answer:
                    answer.read()
                break
            except OSError:
                time.sleep(0.02)
        elapsed = time.perf_counter() - started
        return elapsed, _peak_kb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)


def _forget_derived(root: Path) -> None:
    for stored in (root / ".specdrift").glob("derived-*"):
        shutil.rmtree(stored)


def _verdict(ratio: float, target: float) -> str:
    return f"{ratio:4.2f}x (target <= {target:g}x): {'ok' if ratio <= target else 'OVER'}"


def main() -> None:
    plan = full_plan() if FULL else large_plan()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "bench"
        started = time.perf_counter()
        write_workspace(simulate(plan, np.random.default_rng(11)), root)
        print(
            f"generated {len(plan.envs)} environments x {len(plan.run_dates)} runs x "
            f"{len(plan.models)} model lines in {time.perf_counter() - started:.1f} s"
        )
        flags = [SPECDRIFT, "flags", "--workspace", str(root), "--format", "json"]
        # The first run also fills the embedding and spec caches, which are not ours to time.
        first = _run(flags, root)
        _forget_derived(root)
        cold_flags = _run(flags, root)
        print(f"flags: first run {first:.2f} s, cold (derived cache removed) {cold_flags:.2f} s")
        floor_times: list[float] = []
        warm_times: list[float] = []
        for _ in range(REPEATS):
            floor_times.append(_run([PYTHON, "-c", FLAGS_FLOOR], root))
            warm_times.append(_run(flags, root))
        floor, warm = min(floor_times), min(warm_times)
        print(f"import floor ({FLAGS_FLOOR}): {floor:.2f} s")
        print(
            f"warm flags {warm:.2f} s = {_verdict(warm / floor, 2.0)}; issue 11: "
            f"{'ok' if warm / floor <= 1.5 else 'OVER'} (target <= 1.5x)"
        )

        _forget_derived(root)
        cold_start, cold_peak = dashboard_start(root)
        dash_floor_times: list[float] = []
        starts: list[tuple[float, int]] = []
        for _ in range(REPEATS):
            dash_floor_times.append(_run([PYTHON, "-c", DASH_FLOOR], root))
            starts.append(dashboard_start(root))
        dash_floor = min(dash_floor_times)
        warm_start, warm_peak = min(starts)
        print(f"import floor ({DASH_FLOOR}): {dash_floor:.2f} s")
        print(
            f"dashboard first page answered: cold {cold_start:.2f} s (peak "
            f"{cold_peak / 1024:.0f} MB), warm {warm_start:.2f} s (peak {warm_peak / 1024:.0f} MB)"
            f" = {_verdict(warm_start / dash_floor, 3.0)}"
        )
        if FULL:
            print(
                f"full size: warm start-up {warm_start:.1f} s (target <= 15 s): "
                f"{'ok' if warm_start <= 15 else 'OVER'}; cold {cold_start:.1f} s; peak memory "
                f"{max(cold_peak, warm_peak) / 1024:.0f} MB (target <= 2048 MB): "
                f"{'ok' if max(cold_peak, warm_peak) <= 2 * 1024 * 1024 else 'OVER'}"
            )

        out = Path(folder) / "reports"
        last = plan.run_dates[-1]
        weekly = [
            SPECDRIFT, "report", "weekly", "--workspace", str(root), "--out", str(out),
            "--now", (last + timedelta(days=1)).isoformat(),
        ]  # fmt: skip
        weekly_cold = _run(weekly, root)
        shas = subprocess.run(
            ["git", "-C", str(root / "spec"), "rev-list", "--max-parents=0", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        review = [SPECDRIFT, "review", "--workspace", str(root), shas[0], "HEAD"]
        review_cold = _run(review, root)
        # Each warm run alternates with the flags floor, as above, so the ratio is of one moment.
        paired: dict[str, list[float]] = {"floor": [], "weekly": [], "review": []}
        for _ in range(REPEATS):
            paired["floor"].append(_run([PYTHON, "-c", FLAGS_FLOOR], root))
            paired["weekly"].append(_run(weekly, root))
            paired["review"].append(_run(review, root))
        report_floor = min(paired["floor"])
        print(f"import floor ({FLAGS_FLOOR}), beside the reports: {report_floor:.2f} s")
        for name, key, cold in (
            ("weekly report", "weekly", weekly_cold),
            ("review", "review", review_cold),
        ):
            seconds = min(paired[key])
            print(
                f"{name}: first run {cold:.2f} s, warm {seconds:.2f} s = "
                f"{seconds / report_floor:4.2f}x the import floor (target <= 10 s): "
                f"{'ok' if seconds <= 10 else 'OVER'}"
            )
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
