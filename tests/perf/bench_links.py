"""Accuracy and speed of clause-failure linking (``make bench BENCH=bench_links``).

1. Precision and recall of proposed links at the default threshold on generated histories with
   known truth (seeds not used to fit the score), in two styles: ``named`` (each patch answers
   one recurring incident and names it in general words: the case specdrift is for) and
   ``paraphrased`` (the clause only paraphrases the failure mode; reported, not a target); the
   no-shared-word styles of tests/failures/styles.py; and the held-out bank's styles
   (tests/failures/heldout_bank.py, seeds HELDOUT_SEEDS), topics no fit or tuning has seen.
   Also on scenario-simulator workspaces (``tracker.simulate``, kinds with patches) with trailers
   and links.csv withheld, against the simulator's truth (``simulated_accuracy``).
   On the dev seeds of the fit styles, where recall is lost (``retrieval_limits``). Per style
   (fit styles on the dev seeds, the test styles on the test seeds, the held-out bank on its
   seeds), the ceiling of any decision over the retrieval (``ceilings``): the recall an oracle
   reaches at pooled precision >= 0.9 and its best F1, with per-clause cutoffs or one global
   cutoff, on the fused score's and the probability's rankings. The truth only measures there.
2. Top-1 / top-5 accuracy of ``links match`` on the real OpenAI Model Spec: each
   ``examples/<id>.md`` (its first line, which names the section, removed) is a "failure" and the
   clauses that cite ``[^id]`` are the truth; reported per half (dev: where retrieval was tuned;
   test: measured once with the choices frozen; ``tests/failures/splits.py``).
3. Speed: linking N clause versions against M failures, cold (empty cache) and warm (second
   run), against the bare model's encode time of the same unique texts measured in this run.
   Default N=500, M=10,000 (minutes on 2 shared cores); ``SPECDRIFT_BENCH_FULL=1`` runs the
   issue's 2,000 x 50,000.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tests.failures.generated import generate_scale
from tests.failures.histories import ALL_STYLES, make_history
from tests.failures.splits import (
    DEV_SEEDS,
    HELDOUT_SEEDS,
    HELDOUT_STYLES,
    TEST_SEEDS,
    TEST_STYLES,
    Part,
    model_spec_split,
)
from tests.failures.styles import true_pair_overlap
from tracker.failures.calibrate import FIT_SEEDS, FIT_STYLES
from tracker.failures.embeddings import Encoder
from tracker.failures.linking import candidate_rows, collect_links, match_failures
from tracker.failures.models import Failure
from tracker.failures.scoring import FEATURES, load_calibration
from tracker.failures.texts import change_text, failure_text
from tracker.settings import LinkSettings
from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import KINDS, make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import open_workspace

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "openai-model-spec"
EVALUATION_SEEDS = TEST_SEEDS
"""The probability model was fitted on seeds 0-7 of FIT_STYLES; these seeds are held out
(``tests/failures/splits.py``)."""
SIMULATOR_SEEDS = range(1000, 1026)
"""Scenario simulator seeds reported here. The generated clause wording (tracker/simulate/texts.py)
was written looking at seeds 0-25 and the sample-form scenarios 2, 46, 79, 123, 145; seeds
500-525 were looked at once (they exposed sample reasoning echoed by the wording), so the reported
range is a fresh one."""
SIMULATOR_PATCH_KINDS = tuple(kind for kind in KINDS if kind not in ("broad", "noise"))
STANDOUT = FEATURES.index("standout")
BEST_CHANGED = FEATURES.index("best_changed")
"""The simulator's kinds whose plans carry patches (``broad`` and ``noise`` have none)."""
Rows = list[tuple[str, str, str, npt.NDArray[np.float64]]]
"""One history's candidate pairs (``candidate_rows``): clause id, failure id, commit, features."""
CEILING_PRECISION = 0.9
"""The issue's precision goal, at which ``ceilings`` reports the reachable recall."""


def accuracy(
    style: str, seeds: Sequence[int], settings: LinkSettings, cache: Path | None = None
) -> dict[str, float]:
    """Precision and recall of proposed links at ``threshold`` and of targeting links at
    ``high_confidence``, pooled over ``seeds``; the true pairs' word overlap too. ``cache``: an
    embedding cache folder shared by the styles (texts recur across seeds; the figures are the
    same with or without it)."""
    counts = {"tp": 0, "proposed": 0, "tp_high": 0, "high": 0, "truth": 0}
    overlaps: list[float] = []
    # Without ``cache`` no disk cache: every text is encoded by the model.
    encoder = Encoder(settings.model, cache)
    for seed in seeds:
        history = make_history(style, seed)
        links = collect_links(
            history.versions, history.lineage, history.failures, [], settings, encoder=encoder
        )
        found = {(x.clause_id, x.failure_id, x.version) for x in links}
        high = {
            (x.clause_id, x.failure_id, x.version)
            for x in links
            if x.score >= settings.high_confidence
        }
        counts["tp"] += len(found & history.truth)
        counts["proposed"] += len(found)
        counts["tp_high"] += len(high & history.truth)
        counts["high"] += len(high)
        counts["truth"] += len(history.truth)
        overlaps.append(true_pair_overlap(history)[0])
    return {
        "precision": counts["tp"] / max(counts["proposed"], 1),
        "recall": counts["tp"] / max(counts["truth"], 1),
        "precision_high": counts["tp_high"] / max(counts["high"], 1),
        "recall_high": counts["tp_high"] / max(counts["truth"], 1),
        "truth": counts["truth"],
        "overlap": float(np.mean(overlaps)),
    }


def retrieval_limits(
    histories: Sequence[tuple[Rows, set[tuple[str, str, str]]]], settings: LinkSettings
) -> dict[str, float]:
    """Where recall is lost, pooled over ``histories`` (``history_rows``): per true link,
    whether its clause is the failure's best among the clauses its version changed
    (``best_changed``), whether the failure ranks above every false candidate of the clause (the
    fused score orders a clause's candidates, as ``standout`` does), and the share of those
    reaching ``threshold``."""
    calibration = load_calibration()
    best = above = linked_above = truth = above_probability = 0
    for rows, true_links in histories:
        top_false: dict[tuple[str, str], float] = {}
        top_false_probability: dict[tuple[str, str], float] = {}
        for clause_id, failure_id, commit, vector in rows:
            if (clause_id, failure_id, commit) not in true_links:
                key = (clause_id, commit)
                top_false[key] = max(top_false.get(key, -np.inf), float(vector[STANDOUT]))
                top_false_probability[key] = max(
                    top_false_probability.get(key, -np.inf),
                    float(calibration.probability(vector)),
                )
        for clause_id, failure_id, commit, vector in rows:
            if (clause_id, failure_id, commit) not in true_links:
                continue
            truth += 1
            best += int(vector[BEST_CHANGED] > 0)
            above_probability += int(
                float(calibration.probability(vector))
                > top_false_probability.get((clause_id, commit), -np.inf)
            )
            if vector[STANDOUT] > top_false.get((clause_id, commit), -np.inf):
                above += 1
                linked_above += int(calibration.probability(vector) >= settings.threshold)
    return {
        "truth": truth,
        "best_changed": best / max(truth, 1),
        "above_false": above / max(truth, 1),
        "linked_above": linked_above / max(above, 1),
        "above_false_probability": above_probability / max(truth, 1),
    }


def history_rows(
    style: str, seeds: Sequence[int], settings: LinkSettings, cache: Path | None = None
) -> list[tuple[Rows, set[tuple[str, str, str]]]]:
    """Each seed's candidate rows with its truth: computed once, read by ``retrieval_limits``
    and ``ceilings``."""
    encoder = Encoder(settings.model, cache)
    histories = []
    for seed in seeds:
        history = make_history(style, seed)
        rows = candidate_rows(
            history.versions, history.lineage, history.failures, settings, encoder=encoder
        )
        histories.append((rows, history.truth))
    return histories


def ceilings(histories: Sequence[tuple[Rows, set[tuple[str, str, str]]]]) -> dict[str, float]:
    """The best any decision over the retrieval could do, pooled over ``histories``.

    The truth is used only to measure the ranking, never to fit anything. For two rankings of
    each clause's candidates (the fused retrieval score, as ``standout`` measures it; the
    calibrated probability): an oracle that knows the truth picks, per (clause, commit), how
    many of the top candidates to link (per-clause cutoffs), adding the cutoffs greedily in
    order of marginal precision (the steps of each clause's upper convex hull of (linked, true)
    counts, steepest first); or one cutoff on the score for every pair (global cutoff). Per
    ranking and cutoff kind: the recall reachable at pooled precision >= CEILING_PRECISION and
    the best F1 (with its precision and recall). The recall's denominator is every true link,
    candidate or not.
    """
    calibration = load_calibration()
    truth_count = 0
    per_clause: dict[str, list[tuple[float, int, int]]] = {"standout": [], "probability": []}
    pooled: dict[str, list[tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]]] = {
        "standout": [],
        "probability": [],
    }
    for rows, truth in histories:
        truth_count += len(truth)
        if not rows:
            continue
        features = np.stack([vector for *_, vector in rows])
        labels = np.asarray([(c, f, v) in truth for c, f, v, _ in rows])
        scores = {
            "standout": features[:, STANDOUT],
            "probability": calibration.probability(features),
        }
        groups: dict[tuple[str, str], list[int]] = {}
        for index, (clause_id, _, commit, _) in enumerate(rows):
            groups.setdefault((clause_id, commit), []).append(index)
        for name, score in scores.items():
            pooled[name].append((score, labels))
            for members in groups.values():
                per_clause[name].extend(_hull_steps(score[members], labels[members]))
    result: dict[str, float] = {"truth": truth_count}
    for name in ("standout", "probability"):
        # Per-clause oracle: hull steps, steepest first (ties: the larger step first).
        steps = sorted(per_clause[name], key=lambda s: (-s[0], -s[1]))
        linked = np.cumsum([s[1] for s in steps])
        true = np.cumsum([s[2] for s in steps])
        result.update(_curve_figures(f"{name}_clause", linked, true, truth_count))
        # One global cutoff: every pair at or above a score is linked.
        score = np.concatenate([s for s, _ in pooled[name]])
        label = np.concatenate([y for _, y in pooled[name]])
        order = np.argsort(-score, kind="stable")
        score, label = score[order], label[order]
        # Only cutoffs between distinct scores: tied pairs are linked together.
        last = np.flatnonzero(np.append(score[1:] != score[:-1], True))
        linked = last + 1
        true = np.cumsum(label)[last]
        result.update(_curve_figures(f"{name}_global", linked, true, truth_count))
    return result


def _hull_steps(
    score: npt.NDArray[np.float64], label: npt.NDArray[np.bool_]
) -> list[tuple[float, int, int]]:
    """One clause's cutoffs on its ranking as steps (marginal precision, linked, true) of the
    upper convex hull of its (linked, true) counts, from (0, 0): an oracle adding a worse step
    before a better one of the same clause would never gain."""
    order = np.argsort(-score, kind="stable")
    score, label = score[order], label[order]
    last = np.flatnonzero(np.append(score[1:] != score[:-1], True))
    points = [(0, 0), *zip((last + 1).tolist(), np.cumsum(label)[last].tolist(), strict=True)]
    hull: list[tuple[int, int]] = [points[0]]
    for point in points[1:]:
        # Drop the last hull point while it lies on or under the chord to this one.
        while len(hull) >= 2:
            (x1, y1), (x2, y2) = hull[-2], hull[-1]
            if (y2 - y1) * (point[0] - x1) <= (point[1] - y1) * (x2 - x1):
                hull.pop()
            else:
                break
        hull.append(point)
    steps = []
    for (x1, y1), (x2, y2) in itertools.pairwise(hull):
        if y2 > y1:
            steps.append(((y2 - y1) / (x2 - x1), x2 - x1, y2 - y1))
    return steps


def _curve_figures(
    name: str, linked: npt.NDArray[np.int64], true: npt.NDArray[np.int64], truth: int
) -> dict[str, float]:
    """Recall at precision >= CEILING_PRECISION and the best F1 over a curve's points."""
    if not len(linked) or not truth:
        return {f"{name}_recall_at": 0.0, f"{name}_f1": 0.0, f"{name}_p": 0.0, f"{name}_r": 0.0}
    precision = true / np.maximum(linked, 1)
    recall = true / truth
    reachable = precision >= CEILING_PRECISION
    f1 = 2 * true / (linked + truth)
    best = int(np.argmax(f1))
    return {
        f"{name}_recall_at": float(recall[reachable].max()) if reachable.any() else 0.0,
        f"{name}_f1": float(f1[best]),
        f"{name}_p": float(precision[best]),
        f"{name}_r": float(recall[best]),
    }


def simulated_accuracy(
    seeds: Sequence[int], settings: LinkSettings, verbose: bool = False
) -> tuple[float, float, int, int]:
    """Precision and recall of INFERRED links on scenario-simulator workspaces.

    Each seed writes one scenario of a patch-carrying kind (cycling through them). The explicit
    links are withheld: versions lose their trailers and links.csv's decisions are not passed,
    so every link ``collect_links`` returns is inferred. The truth is the simulator's
    ``clause_failures`` (which failures prompted which clause). Returns precision, recall, the
    number of true links and the number of scenarios.
    """
    true_positive = proposed = truth = 0
    encoder = Encoder(settings.model)
    for seed in seeds:
        kind = SIMULATOR_PATCH_KINDS[seed % len(SIMULATOR_PATCH_KINDS)]
        plan = make_plan(kind, np.random.default_rng(seed))
        scenario = simulate(plan, np.random.default_rng(seed))
        expected = {
            (clause, failure)
            for clause, failures in scenario.truth.clause_failures.items()
            for failure in failures
        }
        with tempfile.TemporaryDirectory(prefix="bench-links-sim-") as folder:
            write_workspace(scenario, Path(folder) / "ws")
            workspace = open_workspace(Path(folder) / "ws")
            versions = [
                v.model_copy(update={"version": v.version.model_copy(update={"trailers": {}})})
                for v in workspace.versions
            ]
            links = collect_links(
                versions, workspace.lineage, workspace.failures, [], settings, encoder=encoder
            )
        assert all(link.origin == "inferred" for link in links), "explicit links leaked in"
        found = {(link.clause_id, link.failure_id) for link in links}
        if verbose and found != expected:
            extra = sorted(found - expected)
            print(
                f"  seed {seed} ({kind}): missed {sorted(expected - found)}, "
                f"{len(extra)} extra {extra[:5]}"
            )
        true_positive += len(found & expected)
        proposed += len(found)
        truth += len(expected)
    return true_positive / max(proposed, 1), true_positive / max(truth, 1), truth, len(seeds)


def openai_match(settings: LinkSettings, part: Part) -> tuple[float, float, int]:
    """Top-1 / top-5 of ``links match`` on one half of the Model Spec examples (splits.py)."""
    from tracker.spec.clauses import split_clauses

    latest = sorted((CORPUS / "versions").iterdir())[-1]
    clauses = split_clauses((latest / "model_spec.md").read_text(encoding="utf-8"))
    citing: dict[str, set[str]] = {}
    for clause in clauses:
        for footnote in clause.footnotes:
            citing.setdefault(footnote, set()).add(clause.id)
    failures: list[Failure] = []
    halves = model_spec_split(
        p.stem for p in (latest / "examples").glob("*.md") if p.stem in citing
    )
    for path in sorted((latest / "examples").glob("*.md")):
        if halves.get(path.stem) != part:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        body = "\n".join(line for line in lines[1:] if line.strip() and not re.match(r"^~~~", line))
        # The whole example, line by line: match_failures reads a long failure in passages.
        failures.append(
            Failure(
                failure_id=path.stem, date=latest_date(), env_id="example", model="", summary=body
            )
        )
    matches = match_failures(failures, clauses, encoder=Encoder(settings.model), top=5)
    top1 = sum(best[0][0].id in citing[f.failure_id] for f, best in matches if best)
    top5 = sum(any(c.id in citing[f.failure_id] for c, _ in best) for f, best in matches)
    return top1 / len(matches), top5 / len(matches), len(matches)


def latest_date() -> datetime:
    return datetime(2025, 12, 18, tzinfo=UTC)


def speed(clause_versions: int, failure_count: int, settings: LinkSettings) -> None:
    versions, lineage, failures = generate_scale(
        np.random.default_rng(7), clause_versions=clause_versions, failures=failure_count
    )
    texts = [failure_text(f) for f in failures] + [
        change_text(c) for v in versions for c in lineage.changes_in(v.version.commit)
    ]
    unique = list(dict.fromkeys(texts))
    print(f"speed: {clause_versions} clause versions x {failure_count} failures")
    print(f"  unique texts: {len(unique)}")
    started = time.perf_counter()
    model_owner = Encoder(settings.model)
    model = model_owner.model
    print(f"  model load: {time.perf_counter() - started:.1f} s (excluded from every timing)")

    def bare_encode() -> float:
        started = time.perf_counter()
        model_owner.encode_raw(unique)
        return time.perf_counter() - started

    # The 2 cores are shared, so the baseline is measured before and after the runs and the
    # smaller (the least contended, the strictest for the ratio) is used.
    bare_before = bare_encode()
    print(f"  bare model encode of the unique texts (before): {bare_before:.1f} s")

    cache = Path(tempfile.mkdtemp(prefix="bench-links-"))
    try:
        timings = []
        for label in ("first run (empty cache)", "second run (cache on disk)"):
            # A fresh encoder per run (its cache read from disk), sharing the loaded model.
            fresh = Encoder(settings.model, cache)
            fresh._model = model
            started = time.perf_counter()
            links = collect_links(versions, lineage, failures, [], settings, encoder=fresh)
            timings.append(time.perf_counter() - started)
            print(f"  {label}: {timings[-1]:.1f} s, {len(links)} links proposed")
        bare_after = bare_encode()
        print(f"  bare model encode of the unique texts (after): {bare_after:.1f} s")
        bare = min(bare_before, bare_after)
        print(f"  first run / bare encode: {timings[0] / bare:.2f} (target <= 1.3)")
        print(f"  second run / first run: {timings[1] / timings[0]:.3f} (target <= 0.10)")
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    settings = LinkSettings()
    print(f"default threshold {settings.threshold}, high confidence {settings.high_confidence}")
    print(
        f"generated histories by style (threshold {settings.threshold} / high confidence "
        f"{settings.high_confidence}); fitted on styles {', '.join(FIT_STYLES)} seeds "
        f"{FIT_SEEDS.start}-{FIT_SEEDS.stop - 1}"
    )
    cache = Path(tempfile.mkdtemp(prefix="bench-links-accuracy-"))
    for style in (*ALL_STYLES, *HELDOUT_STYLES):
        role = "fit style" if style in FIT_STYLES else "held-out style"
        assert style in FIT_STYLES or style in TEST_STYLES or style in HELDOUT_STYLES, style
        if style in HELDOUT_STYLES:
            # The held-out bank's own topics and writers (tests/failures/heldout_bank.py).
            role = "held-out bank"
            runs: tuple[tuple[str, range], ...] = (("held-out seeds", HELDOUT_SEEDS),)
        elif style in FIT_STYLES:
            runs = (
                ("fit seeds", FIT_SEEDS),
                ("dev seeds", DEV_SEEDS),
                ("held-out seeds", EVALUATION_SEEDS),
            )
        else:
            runs = (("held-out seeds", EVALUATION_SEEDS),)
        for label, seeds in runs:
            m = accuracy(style, seeds, settings, cache)
            print(
                f"  {style:<11} ({role}, {label} {seeds.start}-{seeds.stop - 1}, "
                f"{m['truth']:.0f} true links, true-pair word overlap {m['overlap']:.3f}): "
                f"P {m['precision']:.3f} R {m['recall']:.3f}; at high confidence "
                f"P {m['precision_high']:.3f} R {m['recall_high']:.3f}"
            )
    print(
        "the ceiling of any decision over this retrieval (the truth used only to measure, never "
        f"to fit): recall at pooled precision >= {CEILING_PRECISION} / best F1 (P, R)"
    )
    for style in (*FIT_STYLES, *TEST_STYLES, *HELDOUT_STYLES):
        seeds = (
            DEV_SEEDS
            if style in FIT_STYLES
            else HELDOUT_SEEDS
            if style in HELDOUT_STYLES
            else EVALUATION_SEEDS
        )
        histories = history_rows(style, seeds, settings, cache)
        c = ceilings(histories)
        print(f"  {style:<11} (seeds {seeds.start}-{seeds.stop - 1}, {c['truth']:.0f} true links)")
        for ranking, label in (("standout", "fused score"), ("probability", "probability")):
            print(
                "    "
                + "; ".join(
                    f"{label}, {kind} cutoff: R {c[f'{ranking}_{key}_recall_at']:.3f}, "
                    f"F1 {c[f'{ranking}_{key}_f1']:.3f} (P {c[f'{ranking}_{key}_p']:.3f} "
                    f"R {c[f'{ranking}_{key}_r']:.3f})"
                    for key, kind in (("clause", "per-clause"), ("global", "one global"))
                )
            )
        if style in FIT_STYLES:
            # Where recall is lost, on the dev seeds only (docs/links.md, "Where recall is lost").
            limits = retrieval_limits(histories, settings)
            print(
                f"    {limits['truth']:.0f} true links that are candidates: clause best among "
                f"the version's changed clauses {limits['best_changed']:.2f}; failure above "
                f"every false candidate of its clause {limits['above_false']:.2f}, of those "
                f"linked {limits['linked_above']:.2f}; above every false candidate by "
                f"probability {limits['above_false_probability']:.2f}"
            )
    shutil.rmtree(cache, ignore_errors=True)
    precision, recall, truth, scenarios = simulated_accuracy(SIMULATOR_SEEDS, settings)
    print(
        f"scenario simulator ({scenarios} scenarios with patches, seeds "
        f"{SIMULATOR_SEEDS.start}-{SIMULATOR_SEEDS.stop - 1}, {truth} true links, explicit links "
        f"withheld): precision {precision:.3f}, recall {recall:.3f} (target >= 0.9 / >= 0.9)"
    )
    if CORPUS.is_dir():
        parts: tuple[Part, ...] = ("dev", "test")
        for part in parts:
            top1, top5, count = openai_match(settings, part)
            print(
                f"links match on the OpenAI Model Spec, {part} half ({count} examples): "
                f"top-1 {top1:.3f}, top-5 {top5:.3f} (goal >= 0.35 / >= 0.6)"
            )
    else:
        print(f"OpenAI Model Spec corpus absent at {CORPUS}: match accuracy not measured")
    if os.environ.get("SPECDRIFT_BENCH_LINKS_SPEED") == "0":
        print("speed: skipped (SPECDRIFT_BENCH_LINKS_SPEED=0)")
    elif os.environ.get("SPECDRIFT_BENCH_FULL") == "1":
        speed(2000, 50_000, settings)
    else:
        speed(500, 10_000, settings)
