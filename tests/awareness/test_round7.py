"""Round 7's banks: sizes, no sentence seen before, and texts that parse. Round 7 was written blind
to sd-aware-5 and scored once with it; since sd-aware-6 it is part of the fit set."""

from __future__ import annotations

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
from tracker.awareness.round7 import (
    ROUND_7,
    ROUND_7_SEED,
    ROUND_7_STYLES,
    ROUND_7_TEXTS_PER_STYLE,
    round_7_texts,
)


def test_six_or_more_new_voices_with_full_banks() -> None:
    assert len(ROUND_7) >= 6
    assert tuple(style.name for style in ROUND_7) == ROUND_7_STYLES
    assert len(set(ROUND_7_STYLES)) == len(ROUND_7_STYLES)
    assert set(ROUND_7_STYLES) <= set(corpus.STYLES)  # in the fit set since sd-aware-6
    assert not set(ROUND_7_STYLES) & {style.name for style in ROUND_6}
    for style in ROUND_7:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes[0] >= 22, (style.name, sizes)
        assert sizes[1] >= 18, (style.name, sizes)
        assert sizes[2] >= 20, (style.name, sizes)
    assert (ROUND_7_SEED, ROUND_7_TEXTS_PER_STYLE) == (7007, 100)


def test_aware_sentences_mostly_avoid_the_stock_words() -> None:
    for style in ROUND_7:
        stock = [s for s in style.aware if STOCK.search(s)]
        assert 0 < len(stock) <= len(style.aware) // 2, (style.name, stock)


def test_no_sentence_repeats_within_round_7_or_from_earlier_rounds() -> None:
    earlier = [s for s in corpus.STYLES.values() if s.name not in ROUND_7_STYLES]
    assert_new_sentences(ROUND_7, keys_of((*earlier, *ROUND_6)))


def test_every_text_parses_into_its_banks_and_round_trips_a_labels_csv(tmp_path: Path) -> None:
    rows = round_7_texts()
    assert len(rows) == len(ROUND_7) * ROUND_7_TEXTS_PER_STYLE
    assert sum(label for _, _, label in rows) == len(rows) // 2
    assert rows == round_7_texts(), "not deterministic"
    decoys = assert_texts_parse(rows, ROUND_7)
    # make_text draws 0-2 decoys a text (1 on average): the round must actually carry them
    assert decoys >= len(rows) // 2, decoys
    assert_labels_csv_round_trips(rows, tmp_path / "round7.csv")
