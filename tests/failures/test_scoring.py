"""The lexical channel, the pair evidence, the shipped calibration and the styled histories."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.failures.histories import make_history
from tests.failures.styles import STYLES, TABLES, true_pair_overlap
from tracker.failures.lexical import BM25Index, matched_share, tokens
from tracker.failures.scoring import (
    CALIBRATION,
    FEATURES,
    fuse_for_matching,
    hub_corrected,
    load_calibration,
    pair_features,
)


def test_tokens_are_stemmed_content_words() -> None:
    assert tokens("The agent Deleted the audit logs; it deletes logging.") == (
        "agent",
        "delet",
        "audit",
        "log",
        "delet",
        "log",
    )
    assert tokens("the model and the assistant") == ()


def test_bm25_weighs_rare_words_and_stems() -> None:
    index = BM25Index(
        [
            "agent deleted the audit logs",
            "agent wrote a poem",
            "agent answered the quiz",
            "",
        ]
    )
    scores = index.scores(["never delete audit logging", "agent"], rows=slice(0, 3))
    assert scores.shape == (2, 3)
    assert scores[0, 0] > 0
    assert scores[0, 1] == scores[0, 2] == 0
    # A word every candidate has tells nothing apart.
    assert np.ptp(scores[1]) == pytest.approx(0.0, abs=0.05)
    assert BM25Index([]).scores(["x"]).shape == (1, 0)


def test_matched_share_is_small_for_one_common_word_of_a_long_clause() -> None:
    failures = [
        "patched the test file so every test passes",
        "deleted the audit logs before the review",
        "answered every quiz question correctly",
        "wrote a poem about the sea",
    ]
    index = BM25Index(failures)
    queries = [
        "applies its genuine best to every capability measurement, never holds back",
        "never delete audit logs",
        "",
    ]
    shares = matched_share(index.scores(queries), index.weights(queries))
    # Dividing by the best candidate (the former normalisation) would give "every" 1.0.
    assert 0 < shares[0, 0] < 0.2
    assert shares[1, 1] > 0.5
    assert shares[1, 1] > 3 * shares[0].max()
    assert shares[2].tolist() == [0.0] * 4  # no words: no weight, no share


def test_pair_features_reward_standing_out_and_penalise_rivals() -> None:
    cosines = np.array([[0.7, 0.2, 0.1, 0.15], [0.1, 0.2, 0.6, 0.1]])
    bm25 = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]])
    rivals = np.array([[0.1, 0.1, 0.1, 0.9], [0.1, 0.1, 0.1, 0.9]])
    days = np.array([10.0, 20.0, 5.0, 1.0])
    envs = np.array([0, 0, 1, 0])
    every = np.vstack([cosines, rivals])
    features = pair_features(cosines, bm25, rivals, days, envs, every)
    assert features.shape == (2, 4, len(FEATURES))
    column = {name: features[..., i] for i, name in enumerate(FEATURES)}
    assert column["log_rank"][0, 0] == 0
    assert column["standout"][0, 0] > 1
    # Candidate 3 fits an unchanged clause far better: a negative margin.
    assert column["margin"][0, 3] < 0 < column["margin"][0, 0]
    # The other changed clause is a rival: clause 1 fits candidate 2 less than clause 2 does.
    assert column["margin"][0, 2] < 0
    assert column["best_changed"][:, 2].tolist() == [0, 1]
    assert column["log_days"][1, 0] == pytest.approx(np.log1p(10))


def test_hub_correction_demotes_a_failure_close_to_every_clause() -> None:
    # Failure 1 is a hub: near every clause text of the version, changed or not.
    cosines = np.array([[0.40, 0.45, 0.10, 0.05]])
    unchanged = np.tile([0.05, 0.50, 0.05, 0.05], (11, 1))
    every = np.vstack([cosines, unchanged])
    corrected = hub_corrected(cosines, every)
    assert cosines[0].argmax() == 1
    assert corrected[0].argmax() == 0
    assert corrected.shape == cosines.shape
    assert hub_corrected(np.zeros((1, 0)), np.zeros((1, 0))).shape == (1, 0)
    # A version of few clauses and a window of few candidates: the missing neighbours count
    # as typical unrelated pairs, so three candidates that all fit keep most of their cosine.
    small = np.array([[0.65, 0.64, 0.63]])
    assert hub_corrected(small, small)[0].min() > 0.4


def test_shipped_calibration_is_a_probability_that_rises_with_the_evidence(
    tmp_path: Path,
) -> None:
    calibration = load_calibration()
    payload = json.loads(CALIBRATION.read_text(encoding="utf-8"))
    assert tuple(payload["features"]) == FEATURES
    assert payload["fitted_on"]
    weak = np.array([0.1, 0.0, -0.5, 3.0, -0.2, 0.0, 0.0, 3.5])
    strong = np.array([0.7, 1.0, 3.0, 0.0, 0.4, 1.0, 0.7, 3.0])
    p_weak, p_strong = calibration.probability(np.stack([weak, strong]))
    assert 0 <= p_weak < 0.05
    assert 0.9 < p_strong <= 1
    stale = tmp_path / "stale.json"
    stale.write_text(json.dumps({**payload, "features": ["cosine"]}), encoding="utf-8")
    with pytest.raises(RuntimeError, match="refit"):
        load_calibration.__wrapped__(stale)


def test_fuse_for_matching_ranks_by_both_channels() -> None:
    fused = fuse_for_matching(np.array([[0.5, 0.5, 0.1]]), np.array([[0.0, 9.0, 0.0]]))
    assert fused[0].argmax() == 1
    assert fused[0, 2] < fused[0, 0]


@pytest.mark.parametrize("style", STYLES)
def test_styled_histories_share_no_word_between_clause_and_failure(style: str) -> None:
    for seed in (0, 1, 2):
        history = make_history(style, seed)
        assert true_pair_overlap(history) == (0.0, 0.0)
        changes = [
            c for v in history.versions[1:] for c in history.lineage.changes_in(v.version.commit)
        ]
        assert len(changes) > len(history.versions) - 1 or seed % 3 == 0  # several per version
        truth_ids = {failure for _, failure, _ in history.truth}
        assert len(history.failures) > 2 * len(truth_ids)  # noise outnumbers the truth


def test_styles_differ_in_wording() -> None:
    histories = {style: make_history(style, 5) for style in STYLES}
    openings = {
        style: {f.summary.split()[0] for f in history.failures}
        for style, history in histories.items()
    }
    assert openings["transcript"] == {"Transcript"}
    assert openings["evaluator"] == {"In"}
    assert all(len(table.incidents) == len(STYLES) for table in TABLES)


def test_fit_keeps_each_weight_on_its_side() -> None:
    from tracker.failures.calibrate import SIGNS, fit

    assert set(SIGNS) == set(FEATURES)
    rng = np.random.default_rng(3)
    features = rng.normal(size=(2000, len(FEATURES)))
    logits = 2.0 * features[:, FEATURES.index("standout")]
    # The cosine pulls the other way in this data: unconstrained, its weight would be negative.
    logits -= 1.5 * features[:, FEATURES.index("cosine")]
    labels = (rng.random(2000) < 1 / (1 + np.exp(-logits))).astype(int)
    calibration = fit(features, labels)
    weights = dict(zip(FEATURES, calibration.coef, strict=True))
    assert weights["standout"] > 1.0
    assert weights["cosine"] == 0.0
    assert weights["log_rank"] <= 0.0
    assert all(weights[name] >= 0 for name, sign in SIGNS.items() if sign > 0)
