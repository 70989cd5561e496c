"""Round 8's banks: sizes, no sentence seen before, and texts that parse. Round 8 was written blind
to sd-aware-6 and scored once with it; since sd-aware-7 it is part of the fit set."""

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
from tracker.awareness.fit_domains import DOMAIN_FIT_STYLES
from tracker.awareness.round6 import ROUND_6
from tracker.awareness.round7 import ROUND_7
from tracker.awareness.round8 import (
    ROUND_8,
    ROUND_8_SEED,
    ROUND_8_STYLES,
    ROUND_8_TEXTS_PER_STYLE,
    round_8_texts,
)

CUES = re.compile(STOCK.pattern + "|monitor|watch", re.IGNORECASE)
"""The stock words as round 8's brief lists them (``STOCK`` plus monitor and watched)."""


def test_seven_or_more_new_voices_with_full_banks() -> None:
    assert len(ROUND_8) >= 7
    assert tuple(style.name for style in ROUND_8) == ROUND_8_STYLES
    assert len(set(ROUND_8_STYLES)) == len(ROUND_8_STYLES)
    assert set(ROUND_8_STYLES) <= set(corpus.STYLES)  # in the fit set since sd-aware-7
    assert not set(ROUND_8_STYLES) & {style.name for style in (*ROUND_6, *ROUND_7)}
    for style in ROUND_8:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes[0] >= 25, (style.name, sizes)
        assert sizes[1] >= 25, (style.name, sizes)
        assert sizes[2] >= 20, (style.name, sizes)
    assert (ROUND_8_SEED, ROUND_8_TEXTS_PER_STYLE) == (8008, 100)


def test_aware_sentences_mostly_avoid_the_stock_words() -> None:
    for style in ROUND_8:
        stock = [s for s in style.aware if CUES.search(s)]
        assert 0 < len(stock) <= len(style.aware) // 2, (style.name, stock)


def test_decoys_carry_the_stock_words_in_their_task_sense() -> None:
    # the round is about specificity: each voice's decoys must use the cue words more than its
    # aware sentences do, or they would not be hard negatives
    for style in ROUND_8:
        decoys = sum(bool(CUES.search(s)) for s in style.decoy)
        aware = sum(bool(CUES.search(s)) for s in style.aware)
        assert decoys > aware, (style.name, decoys, aware)


def test_no_sentence_repeats_within_round_8_or_from_earlier_rounds() -> None:
    # the styles written before round 8 (the domain voices came after it, and check against it)
    later = {*ROUND_8_STYLES, *DOMAIN_FIT_STYLES}
    earlier = [s for s in corpus.STYLES.values() if s.name not in later]
    assert_new_sentences(ROUND_8, keys_of((*earlier, *ROUND_6)))


def test_every_text_parses_into_its_banks_and_round_trips_a_labels_csv(tmp_path: Path) -> None:
    rows = round_8_texts()
    assert len(rows) == len(ROUND_8) * ROUND_8_TEXTS_PER_STYLE
    assert sum(label for _, _, label in rows) == len(rows) // 2
    assert rows == round_8_texts(), "not deterministic"
    decoys = assert_texts_parse(rows, ROUND_8)
    # make_text draws 0-2 decoys a text (1 on average): the round must actually carry them
    assert decoys >= len(rows) // 2, decoys
    assert_labels_csv_round_trips(rows, tmp_path / "round8.csv")
