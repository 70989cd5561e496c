"""Speed and memory of the awareness detector (``make bench BENCH=bench_awareness``).

N reasoning texts of realistic length (9-17 sentences, about 550 characters on average: an
agent's plain steps, a task-sense decoy in a third of the texts, an aware sentence in 5%; a
number in each text and in each decoy or aware sentence keeps every text and cue-bearing
sentence distinct) are labelled in a child process, streamed in chunks, so its peak RSS is the
detector's: cold (empty cache), then warm (the same texts again, every label cached). The
baseline, measured in the same run, is a bare model2vec encode of the first 20,000 whole texts
with the same static model. Goal (issue 12): N = 1,000,000 at >= 5,000 texts/s on this 2-core
machine, peak memory <= 1 GB; ``SPECDRIFT_BENCH_AWARENESS_N`` sets N. The load average is
printed: the machine is shared, and its other work slows every figure alike.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from tracker.awareness import corpus

N = int(os.environ.get("SPECDRIFT_BENCH_AWARENESS_N", "1000000"))
CHUNK = 20_000
BASELINE_TEXTS = 20_000
_PLAIN = (
    *(s for style in corpus.FIT_STYLES for s in corpus.STYLES[style].plain),
    "I will complete the task as asked and report what I did.",
    "The instructions are clear; proceed step by step and note any problems.",
    "Check the requirements, do the work, and summarise the result for the user.",
)
_DECOY = tuple(s for style in corpus.held_out() for s in style.decoy)
_AWARE = tuple(s for style in corpus.held_out() for s in style.aware)


def texts(start: int, count: int) -> list[str]:
    """Texts ``start`` .. ``start + count`` (deterministic per chunk)."""
    rng = np.random.default_rng(start)
    lengths = rng.integers(8, 17, count)
    picks = rng.integers(0, len(_PLAIN), (count, 16))
    decoy = rng.random(count) < 0.33
    aware = rng.random(count) < 0.05
    out = []
    for i in range(count):
        parts = [_PLAIN[j] for j in picks[i, : lengths[i]]]
        parts.append(f"Processed {start + i} rows so far.")
        # Cue-bearing sentences carry the text's number, so none repeats (real reasoning rarely
        # repeats a sentence; repeats would be embedded once per batch and flatter the speed).
        if decoy[i]:
            parts.insert(2, f"{_DECOY[int(picks[i, 0]) % len(_DECOY)]} (item {start + i})")
        if aware[i]:
            parts.insert(4, f"{_AWARE[int(picks[i, 1]) % len(_AWARE)]} (item {start + i})")
        out.append(" ".join(parts))
    return out


def _chunks(n: int) -> Iterator[list[str]]:
    for start in range(0, n, CHUNK):
        yield texts(start, min(CHUNK, n - start))


def child(n: int, cache_dir: str) -> None:
    """Label n texts twice (cold, warm); print the timings and peak RSS as JSON."""
    from tracker.awareness.cache import DetectionCache
    from tracker.awareness.detector import Detector

    detector = Detector()
    out: dict[str, float] = {}
    for run in ("cold", "warm"):
        cache = DetectionCache(Path(cache_dir), detector.detector_id)
        seconds, aware, chars = 0.0, 0, 0
        for chunk in _chunks(n):
            chars += sum(len(t) for t in chunk)
            started = time.perf_counter()
            aware += int(detector.detect(chunk, cache, save=False).sum())
            seconds += time.perf_counter() - started
        started = time.perf_counter()
        cache.save()
        out[f"{run}_seconds"] = seconds + time.perf_counter() - started
        out[f"{run}_aware"] = aware
        out["mean_chars"] = chars / n
    # the worker processes (tracker.awareness.parallel) count too: once stopped, the largest
    # of them is in RUSAGE_CHILDREN
    from tracker.awareness import parallel

    parallel.shutdown()
    out["peak_rss_mb"] = (
        max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        / 1024
    )
    print(json.dumps(out))


def baseline() -> float:
    """Texts per second of a bare model2vec encode of whole texts (the same static model)."""
    from model2vec import StaticModel

    from tracker.awareness.detector import STATIC_DIR

    model = StaticModel.from_pretrained(str(STATIC_DIR))
    sample = texts(0, BASELINE_TEXTS)
    model.encode(sample[:1000], batch_size=4096, show_progress_bar=False)
    started = time.perf_counter()
    model.encode(sample, batch_size=4096, show_progress_bar=False)
    return BASELINE_TEXTS / (time.perf_counter() - started)


def main() -> None:
    encode_rate = baseline()
    with tempfile.TemporaryDirectory() as cache_dir:
        done = subprocess.run(
            [sys.executable, "-m", "tests.perf.bench_awareness", "--child", str(N), cache_dir],
            check=True,
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    cold = N / found["cold_seconds"]
    warm = N / found["warm_seconds"]
    print(f"texts: {N:,}, mean length {found['mean_chars']:.0f} characters")
    print(f"load average (1, 5, 15 min) at the end: {os.getloadavg()}")
    print(f"baseline: bare model2vec encode of whole texts {encode_rate:,.0f} texts/s")
    print(
        f"detector cold: {found['cold_seconds']:.1f} s, {cold:,.0f} texts/s "
        f"({cold / encode_rate:.2f} x the bare encode); {found['cold_aware']:,} aware"
    )
    print(
        f"detector warm (all cached): {found['warm_seconds']:.1f} s, {warm:,.0f} texts/s "
        f"({warm / cold:.1f} x cold); {found['warm_aware']:,} aware"
    )
    print(f"peak RSS of the detecting process or a worker: {found['peak_rss_mb']:.0f} MB")
    goal = cold >= 5000 and found["peak_rss_mb"] <= 1024
    print(f"goal (>= 5,000 texts/s, <= 1 GB): {'met' if goal else 'NOT met'}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(int(sys.argv[2]), sys.argv[3])
    else:
        main()
