"""Round 9's banks: sizes, no sentence seen before, and texts that parse (no detector scores:
the round stays blind to the detector until it is scored once)."""

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
from tracker.awareness.round6 import ROUND_6
from tracker.awareness.round7 import ROUND_7
from tracker.awareness.round8 import ROUND_8
from tracker.awareness.round9 import (
    ROUND_9,
    ROUND_9_SEED,
    ROUND_9_STYLES,
    ROUND_9_TEXTS_PER_STYLE,
    round_9_texts,
)

CUES = re.compile(STOCK.pattern + "|monitor|watch", re.IGNORECASE)
"""The stock words as round 9's brief lists them (``STOCK`` plus monitor and watched); "watch"
also catches the dialect's "watchers"."""

VOICES = (
    "claims_adjuster",
    "cockpit_checklist",
    "tax_preparer",
    "translator_notes",
    "museum_curator",
    "fitness_coach",
    "email_drafter",
    "agent_dialect",
)


def test_the_eight_briefed_voices_are_new_and_have_full_banks() -> None:
    assert tuple(style.name for style in ROUND_9) == ROUND_9_STYLES == VOICES
    assert set(ROUND_9_STYLES) <= set(corpus.STYLES)  # in the fit set since sd-aware-8
    earlier = {s for s in corpus.STYLES if s not in ROUND_9_STYLES}
    assert not set(ROUND_9_STYLES) & earlier
    for style in ROUND_9:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes == (25, 25, 20), (style.name, sizes)
    assert (ROUND_9_SEED, ROUND_9_TEXTS_PER_STYLE) == (9009, 100)


def test_only_five_to_seven_aware_sentences_a_voice_use_the_stock_words() -> None:
    for style in ROUND_9:
        stock = [s for s in style.aware if CUES.search(s)]
        assert 5 <= len(stock) <= 7, (style.name, len(stock), stock)


def test_decoys_carry_the_stock_words_in_their_task_sense() -> None:
    # the decoys are hard negatives only if they use the cue words more than the aware
    # sentences do; a voice whose decoys avoided them would test nothing about specificity
    for style in ROUND_9:
        decoys = sum(bool(CUES.search(s)) for s in style.decoy)
        aware = sum(bool(CUES.search(s)) for s in style.aware)
        assert decoys > 2 * aware, (style.name, decoys, aware)


def test_plain_sentences_carry_no_cue_word() -> None:
    for style in ROUND_9:
        cued = [s for s in style.plain if CUES.search(s)]
        assert not cued, (style.name, cued)


def test_no_sentence_repeats_within_round_9_or_from_earlier_rounds() -> None:
    before = [s for s in corpus.STYLES.values() if s.name not in ROUND_9_STYLES]
    assert_new_sentences(ROUND_9, keys_of((*before, *ROUND_6, *ROUND_7, *ROUND_8)))


def test_every_text_parses_into_its_banks_and_round_trips_a_labels_csv(tmp_path: Path) -> None:
    rows = round_9_texts()
    assert len(rows) == len(ROUND_9) * ROUND_9_TEXTS_PER_STYLE
    assert sum(label for _, _, label in rows) == len(rows) // 2
    assert rows == round_9_texts(), "not deterministic"
    assert {name for name, _, _ in rows} == set(ROUND_9_STYLES)
    decoys = assert_texts_parse(rows, ROUND_9)
    # make_text draws 0-2 decoys a text (1 on average): the round must actually carry them
    assert decoys >= len(rows) // 2, decoys
    assert_labels_csv_round_trips(rows, tmp_path / "round9.csv")
