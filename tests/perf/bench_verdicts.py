"""Accuracy benchmark: the verdict confusion matrix over generated scenarios.

    make bench BENCH=bench_verdicts

Fast path: each scenario's in-memory tables and Patch records built from its plan go straight to
``compute_flags``. Six scenarios also go through the whole workspace pipeline (git history,
ingest, links, patches). Targets (issue #5): at least 95% accuracy for each true verdict, and no
patch-driven or awareness-driven truth called broad-improvement.

Timing is printed as a ratio to a baseline measured in the same run: one Fisher exact test per
environment and model line on the same tables (the least any drop analysis must do).
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import stats

from tracker.analysis.models import VERDICTS
from tracker.analysis.verdicts import compute_flags
from tracker.settings import AnalysisSettings
from tracker.simulate.generate import Scenario, simulate
from tracker.simulate.records import patch_records
from tracker.simulate.scenarios import KINDS, STRESS_KINDS, Kind, make_plan
from tracker.simulate.writer import write_workspace

PER_KIND = 20
FULL_PIPELINE = 6
SEED = 2026
NONE = "none"
CLASSES = (*VERDICTS, NONE)
HIDDEN_ZERO = {("patch-driven", "broad-improvement"), ("awareness-driven", "broad-improvement")}


def _truth(scenario: Scenario) -> dict[tuple[str, str], str]:
    return {(f.env_id, f.model): f.verdict for f in scenario.truth.flags}


def _fast(scenario: Scenario, settings: AnalysisSettings) -> dict[tuple[str, str], str]:
    samples = None if scenario.samples.empty else scenario.samples
    flags = compute_flags(
        scenario.results,
        [e.env for e in scenario.plan.envs],
        patch_records(scenario),
        settings,
        samples=samples,
    )
    return {(f.env_id, f.model): f.verdict for f in flags}


def _baseline(scenario: Scenario) -> None:
    """One Fisher test per environment and line: first three runs vs last two."""
    for (_, _), rows in scenario.results.groupby(["env_id", "model"]):
        first, last = rows.iloc[:3], rows.iloc[-2:]
        x0, n0 = int(first["misbehaved"].sum()), int(first["n"].sum())
        x1, n1 = int(last["misbehaved"].sum()), int(last["n"].sum())
        stats.fisher_exact([[x0, n0 - x0], [x1, n1 - x1]], alternative="greater")


def _print_matrix(matrix: Counter[tuple[str, str]]) -> None:
    width = max(len(c) for c in CLASSES) + 2
    print("truth \\ called".ljust(width) + "".join(c[:13].rjust(15) for c in CLASSES))
    for truth in CLASSES:
        cells = "".join(str(matrix[(truth, called)]).rjust(15) for called in CLASSES)
        print(truth.ljust(width) + cells)


Matrix = Counter[tuple[str, str]]


def _evaluate(
    kinds: tuple[Kind, ...], rng: np.random.Generator, settings: AnalysisSettings
) -> tuple[Matrix, list[str], dict[str, float], list[Scenario]]:
    """Generate PER_KIND scenarios of each kind and compare compute_flags with the truth."""
    matrix: Matrix = Counter()
    misses: list[str] = []
    timings = {"simulate": 0.0, "compute_flags": 0.0, "baseline": 0.0}
    scenarios: list[Scenario] = []
    for kind in kinds:
        for i in range(PER_KIND):
            started = time.perf_counter()
            scenario = simulate(make_plan(kind, rng, name=f"{kind}-{i}"), rng, settings)
            timings["simulate"] += time.perf_counter() - started
            started = time.perf_counter()
            called = _fast(scenario, settings)
            timings["compute_flags"] += time.perf_counter() - started
            started = time.perf_counter()
            _baseline(scenario)
            timings["baseline"] += time.perf_counter() - started
            truth = _truth(scenario)
            every = {(e.env.env_id, m) for e in scenario.plan.envs for m in scenario.plan.models}
            for key in sorted(every | set(truth) | set(called)):
                pair = (truth.get(key, NONE), called.get(key, NONE))
                matrix[pair] += 1
                if pair[0] != pair[1]:
                    misses.append(
                        f"{scenario.plan.name} {key[0]}: truth {pair[0]}, called {pair[1]}"
                    )
            scenarios.append(scenario)
    return matrix, misses, timings, scenarios


def _report(matrix: Matrix, misses: list[str]) -> bool:
    """Print the matrix, accuracy per true verdict and the misses; True if targets are met."""
    print(f"env x model pairs compared: {sum(matrix.values())} ('none': no flag)\n")
    _print_matrix(matrix)
    print()
    ok = True
    for truth in CLASSES:
        total = sum(matrix[(truth, c)] for c in CLASSES)
        if total == 0:
            continue
        accuracy = matrix[(truth, truth)] / total
        target = " (target >= 95%)" if truth != NONE else ""
        ok &= truth == NONE or accuracy >= 0.95
        print(f"accuracy {truth:<22} {accuracy:7.1%} of {total}{target}")
    hidden = sum(matrix[pair] for pair in HIDDEN_ZERO)
    ok &= hidden == 0
    print(f"patch/awareness-driven truths called broad-improvement: {hidden} (target 0)")
    print(f"targets met: {ok}")
    if misses:
        print(f"misses ({len(misses)}):")
        for line in misses[:25]:
            print("  " + line)
    return ok


def main() -> None:
    settings = AnalysisSettings()
    rng = np.random.default_rng(SEED)
    matrix, misses, timings, scenarios = _evaluate(KINDS, rng, settings)
    count = len(scenarios)
    print(f"{count} scenarios ({PER_KIND} of each of {len(KINDS)} kinds), seed {SEED}")
    _report(matrix, misses)
    per = 1000 / count
    print(
        f"\ntimings per scenario: simulate {timings['simulate'] * per:.1f} ms, compute_flags "
        f"{timings['compute_flags'] * per:.1f} ms, baseline (Fisher per env) "
        f"{timings['baseline'] * per:.1f} ms; compute_flags / baseline = "
        f"{timings['compute_flags'] / timings['baseline']:.1f}x"
    )

    print(f"\nstress kinds (beyond METHOD.md's letter): {', '.join(STRESS_KINDS)}")
    stress, stress_misses, _, _ = _evaluate(STRESS_KINDS, rng, settings)
    _report(stress, stress_misses)

    _full_pipeline(scenarios[:: max(1, count // FULL_PIPELINE)][:FULL_PIPELINE])


def _full_pipeline(scenarios: list[Scenario]) -> None:
    """A few scenarios through write -> open_workspace -> flags; verdicts must match the truth."""
    from tracker.workspace import open_workspace

    print(f"\nfull pipeline on {len(scenarios)} scenarios:")
    for scenario in scenarios:
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            write_workspace(scenario, Path(folder))
            written = time.perf_counter() - started
            try:
                flags = open_workspace(folder).flags
            except ModuleNotFoundError as exc:  # a pipeline piece not landed yet
                print(f"  {scenario.plan.name}: pipeline incomplete ({exc})")
                continue
            elapsed = time.perf_counter() - started - written
            called = {(f.env_id, f.model): f.verdict for f in flags}
            agree = called == _truth(scenario)
            print(
                f"  {scenario.plan.name}: write {written:.2f} s, open+flags {elapsed:.2f} s, "
                f"{len(called)} flags, matches truth: {agree}"
            )


if __name__ == "__main__":
    main()
