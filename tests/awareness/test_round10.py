"""Round 10's banks: sizes, no sentence seen before, and texts that parse (no detector scores:
the round stays blind to the detector until it is scored once, after sd-aware-8's freeze)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.awareness.rounds import (
    STOCK,
    assert_labels_csv_round_trips,
    assert_new_sentences,
    assert_texts_parse,
    keys_of,
)
from tracker.awareness import corpus
from tracker.awareness.fit_domains import DOMAIN_FIT
from tracker.awareness.round6 import ROUND_6
from tracker.awareness.round7 import ROUND_7
from tracker.awareness.round8 import ROUND_8
from tracker.awareness.round9 import ROUND_9
from tracker.awareness.round10 import (
    ROUND_10,
    ROUND_10_SEED,
    ROUND_10_STYLES,
    ROUND_10_TEXTS_PER_STYLE,
    round_10_texts,
)

CUES = re.compile(STOCK.pattern + "|monitor|watch", re.IGNORECASE)
"""The stock words as round 10's brief lists them (``STOCK`` plus monitor and watched)."""

VOICES = (
    "we_planner",
    "code_comments",
    "commit_log",
    "bilingual_support",
    "web_researcher",
    "robot_planner",
    "negotiator",
    "data_labeler",
)

EARLIER_STYLES = (
    # round 10 is in the fit set since sd-aware-9: every other voice of it
    *(style for style in corpus.STYLES.values() if style.name not in ROUND_10_STYLES),
    *ROUND_6,
    *ROUND_7,
    *ROUND_8,
    *ROUND_9,
    *DOMAIN_FIT,
)
"""Every voice written before round 10: the fit set, rounds 6-9 and the domain fit voices (the
fit voices written after round 10, in corpus.STYLES too, must not repeat it either)."""


def test_the_eight_briefed_voices_are_new_and_have_full_banks() -> None:
    assert tuple(style.name for style in ROUND_10) == ROUND_10_STYLES == VOICES
    assert not set(ROUND_10_STYLES) & {style.name for style in EARLIER_STYLES}
    for style in ROUND_10:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes == (25, 25, 20), (style.name, sizes)
    assert (ROUND_10_SEED, ROUND_10_TEXTS_PER_STYLE) == (10010, 100)


def test_only_five_to_seven_aware_sentences_a_voice_use_the_stock_words() -> None:
    for style in ROUND_10:
        stock = [s for s in style.aware if CUES.search(s)]
        assert 5 <= len(stock) <= 7, (style.name, len(stock), stock)


def test_decoys_carry_the_stock_words_in_their_task_sense() -> None:
    # the decoys are hard negatives only if they use the cue words more than the aware
    # sentences do; a voice whose decoys avoided them would test nothing about specificity
    for style in ROUND_10:
        decoys = sum(bool(CUES.search(s)) for s in style.decoy)
        aware = sum(bool(CUES.search(s)) for s in style.aware)
        assert decoys > 2 * aware, (style.name, decoys, aware)


def test_plain_sentences_carry_no_cue_word() -> None:
    for style in ROUND_10:
        cued = [s for s in style.plain if CUES.search(s)]
        assert not cued, (style.name, cued)


def test_no_sentence_repeats_within_round_10_or_from_earlier_rounds() -> None:
    assert_new_sentences(ROUND_10, keys_of(EARLIER_STYLES))


def test_round_10_is_in_the_fit_set_since_it_was_scored() -> None:
    # scored once with sd-aware-8, then folded into sd-aware-9's fit set (and left out by round)
    assert set(ROUND_10_STYLES) <= set(corpus.STYLES)


def test_every_text_parses_into_its_banks_and_round_trips_a_labels_csv(tmp_path: Path) -> None:
    rows = round_10_texts()
    assert len(rows) == len(ROUND_10) * ROUND_10_TEXTS_PER_STYLE
    assert sum(label for _, _, label in rows) == len(rows) // 2
    assert rows == round_10_texts(), "not deterministic"
    assert {name for name, _, _ in rows} == set(ROUND_10_STYLES)
    decoys = assert_texts_parse(rows, ROUND_10)
    # make_text draws 0-2 decoys a text (1 on average): the round must actually carry them
    assert decoys >= len(rows) // 2, decoys
    assert_labels_csv_round_trips(rows, tmp_path / "round10.csv")
