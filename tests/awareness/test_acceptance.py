"""Issue 12's acceptance: awareness detected from reasoning alone drives the right verdicts.

A simulated workspace (``tracker.simulate``, kind ``awareness``, sample rows) has its ``aware``
column removed and its reasoning rewritten in styles the detector was never fitted on
(``tests/awareness/styles.py``, with decoys that use the task sense of the cue words). The
detected awareness, corrected for misclassification, must be within 0.05 of the truth in every
run, and the verdicts must match the simulator's: the awareness-driven zero called
awareness-driven, nothing else flagged.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.awareness import styles
from tracker.awareness.correction import corrected_share
from tracker.awareness.validation import shipped_accuracy
from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import open_workspace

pytestmark = pytest.mark.slow
VALIDATION_TEXTS = 400


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame, list[str]]:
    root = tmp_path_factory.mktemp("acceptance")
    plan = make_plan("awareness", np.random.default_rng(2))
    scenario = simulate(plan, np.random.default_rng(2))
    write_workspace(scenario, root)
    path = root / "benchmarks" / "samples.csv"
    frame = pd.read_csv(path)
    assert frame["aware"].isin([0, 1]).all()
    truth = frame[["run_id", "env_id", "aware", "misbehaved"]].copy()
    rng = np.random.default_rng(77)
    # Misbehaving rows become failures whose text the links embed with MiniLM: a few distinct
    # texts keep that cheap; the other rows' reasoning is all fresh draws.
    pool = {a: [styles.reasoning(a, rng) for _ in range(8)] for a in (False, True)}
    frame["reasoning"] = [
        pool[bool(a)][int(rng.integers(8))] if m else styles.reasoning(bool(a), rng)
        for a, m in zip(frame["aware"], frame["misbehaved"], strict=True)
    ]
    frame.drop(columns=["aware"]).to_csv(path, index=False)
    # The workspace's own validation set: other texts of the same styles, labelled by hand in
    # real use (here by construction), as docs/awareness.md recommends.
    labels_rng = np.random.default_rng(78)
    labels = [bool(i % 2) for i in range(VALIDATION_TEXTS)]
    pd.DataFrame(
        {"text": [styles.reasoning(a, labels_rng) for a in labels], "label": labels}
    ).to_csv(root / "labels.csv", index=False)
    config = root / "specdrift.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + '\n[awareness]\nvalidation = "labels.csv"\n',
        encoding="utf-8",
    )
    return root, truth, [f"{f.env_id}:{f.verdict}" for f in scenario.truth.flags]


def test_corrected_awareness_per_run_is_within_005_of_the_truth(
    workspace: tuple[Path, pd.DataFrame, list[str]],
) -> None:
    root, truth, _ = workspace
    ws = open_workspace(root)
    source = ws.ingest.awareness
    assert source is not None
    assert source.detector_id == "sd-aware-11"
    assert source.detected_rows == len(truth)
    assert source.accuracy.source.startswith("validation set ")
    assert source.accuracy.positives == source.accuracy.negatives == VALIDATION_TEXTS // 2
    results = ws.results.set_index(["run_id", "env_id"])
    true_share = truth.groupby(["run_id", "env_id"])["aware"].mean()
    errors = []
    for key, share in true_share.items():
        row = results.loc[key]
        corrected = corrected_share(int(row["aware"]), int(row["n"]), source.accuracy)
        errors.append(abs(corrected.corrected - share))
    assert len(errors) == len(results)
    assert max(errors) <= 0.05, max(errors)


def test_awareness_driven_zero_is_called_and_nothing_else_flagged(
    workspace: tuple[Path, pd.DataFrame, list[str]],
) -> None:
    root, _, expected = workspace
    flags = open_workspace(root).flags
    assert [f"{f.env_id}:{f.verdict}" for f in flags] == expected
    assert expected
    assert expected[0].endswith(":awareness-driven")
    evidence = " ".join(flags[0].evidence)
    assert "detector sd-aware-11" in evidence
    assert "corrected (Rogan-Gladen)" in evidence
    detector = flags[0].details.awareness.detector
    assert detector is not None
    assert detector.detector_id == "sd-aware-11"
    # The record holds the correction the sentence quotes: a corrected share in its interval.
    for window in (detector.baseline, detector.current):
        assert window.low <= window.corrected <= window.high


def test_with_the_shipped_figures_every_interval_covers_the_truth(
    workspace: tuple[Path, pd.DataFrame, list[str]],
) -> None:
    """The shipped (round-10) figures do not transfer to these styles: the detector's
    sensitivity here is about 0.998, not 0.835 (its evidence shrunk to 5.1 effective texts),
    so the point correction over-corrects (by up to about 0.11; docs/awareness.md). Their
    intervals, widened by the spread between held-out styles
    (docs/method.md), must still cover the truth in every run x environment."""
    root, truth, _ = workspace
    accuracy = shipped_accuracy()
    assert "effective n" in accuracy.source
    results = open_workspace(root).results.set_index(["run_id", "env_id"])
    true_share = truth.groupby(["run_id", "env_id"])["aware"].mean()
    missed = []
    for key, share in true_share.items():
        row = results.loc[key]
        found = corrected_share(int(row["aware"]), int(row["n"]), accuracy)
        if not found.low <= share <= found.high:
            missed.append((key, share, found))
    assert len(true_share) == len(results)
    assert not missed, missed[:3]
