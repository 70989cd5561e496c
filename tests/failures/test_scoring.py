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
    BACKGROUND_SCORE,
    CALIBRATION,
    FEATURES,
    POOLED_WINDOW,
    TYPICAL_SPREAD,
    cross_version_leads,
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
    # No environment history given: none counted.
    assert column["env_before"].tolist() == [[0.0] * 4] * 2
    # Within one version the lead is over the sibling change: candidate 2 stands out for
    # clause 2, so clause 1's lead on it is negative and clause 2's is its mirror.
    assert column["lead_elsewhere"][0, 2] < 0 < column["lead_elsewhere"][1, 2]
    assert column["lead_elsewhere"][0, 2] == pytest.approx(-column["lead_elsewhere"][1, 2])
    chronic = pair_features(
        cosines, bm25, rivals, days, envs, every, env_before=np.array([6.0, 6.0, 0.0, 6.0])
    )
    assert chronic[0, :, FEATURES.index("env_before")] == pytest.approx(
        np.log1p([6.0, 6.0, 0.0, 6.0])
    )


def test_cross_version_leads_compare_every_change_holding_the_failure() -> None:
    standout = FEATURES.index("standout")
    lead = FEATURES.index("lead_elsewhere")
    # Version 1 (one change) sees failures 0-2; version 2 (two changes) sees failures 1-3.
    first = np.zeros((1, 3, len(FEATURES)))
    first[0, :, standout] = [2.0, 3.0, -1.0]
    second = np.zeros((2, 3, len(FEATURES)))
    second[0, :, standout] = [1.0, 0.5, 4.0]
    second[1, :, standout] = [5.0, -2.0, 0.5]
    cross_version_leads([first, second], [(0, 3), (1, 4)], 4)
    # Failure 0 is only version 1's candidate: its lead is over a typical pair's 0.
    assert first[0, 0, lead] == 2.0
    # Failure 1 stands out more for version 2's second change (5.0) than for version 1 (3.0).
    assert first[0, 1, lead] == pytest.approx(-2.0)
    assert second[1, 0, lead] == pytest.approx(2.0)
    assert second[0, 0, lead] == pytest.approx(-4.0)
    # Failure 3: version 2's two changes only.
    assert second[0, 2, lead] == pytest.approx(3.5)
    assert second[1, 2, lead] == pytest.approx(-3.5)
    # A tie leaves both leads at 0.
    tied = np.zeros((2, 1, len(FEATURES)))
    tied[:, 0, standout] = [1.5, 1.5]
    cross_version_leads([tied], [(0, 1)], 1)
    assert tied[:, 0, lead].tolist() == [0.0, 0.0]


def _standout_and_margin(cosines: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Standout and margin of one clause against a window (no words, no rivals, one env)."""
    count = cosines.shape[1]
    features = pair_features(
        cosines,
        np.zeros_like(cosines),
        np.zeros_like(cosines),
        np.full(count, 10.0),
        np.zeros(count, dtype=np.int64),
        cosines,
    )
    return features[0, :, FEATURES.index("standout")], features[0, :, FEATURES.index("margin")]


def test_two_strong_answers_in_a_small_window_do_not_hide_each_other() -> None:
    # A window of five: F-2-like and sample-like answers, three unrelated failures.
    both = np.array([[0.70, 0.49, 0.22, 0.09, -0.10]])
    standout, _ = _standout_and_margin(both)
    fused = hub_corrected(both, both)
    # Measured against a typical window, not against each other: with the window padded at one
    # score (the former rule) the second answer's standout was 3.3, as if it were weak.
    assert standout == pytest.approx((fused[0] - BACKGROUND_SCORE) / TYPICAL_SPREAD)
    assert standout[1] > 4
    # A window of POOLED_WINDOW or more candidates measures its own spread.
    wide = np.concatenate([both, np.full((1, POOLED_WINDOW), 0.0)], axis=1)
    wide_standout, _ = _standout_and_margin(wide)
    assert wide_standout[0] != pytest.approx(
        (hub_corrected(wide, wide)[0, 0] - BACKGROUND_SCORE) / TYPICAL_SPREAD
    )
    assert wide_standout[0] > wide_standout[1] > wide_standout[2]


def test_margin_is_relative_to_the_version() -> None:
    # The same ordering of cosine leads at two levels (styles whose pairs are less alike):
    # z-scored within the version, the margins are the same.
    close = np.array([[0.60, 0.30, 0.20, 0.10]])
    _, near = _standout_and_margin(close)
    _, far = _standout_and_margin(close * 0.5)
    assert near == pytest.approx(far)
    assert near[0] > 1 > 0 > near[3]


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
    # A weak pair of a chronic environment that stands out more for another change.
    weak = np.array([0.1, 0.0, -0.5, 3.0, -0.2, 0.0, 0.0, 3.5, 1.8, -1.0])
    strong = np.array([0.7, 1.0, 3.0, 0.0, 0.4, 1.0, 0.7, 3.0, 0.0, 2.0])
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
