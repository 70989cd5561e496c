"""Round 6's banks: sizes, no sentence seen before, and texts that parse. Round 6 was written
blind to sd-aware-4 and scored once with it; since sd-aware-5 it is part of the fit set."""

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
from tracker.awareness.round6 import (
    ROUND_6,
    ROUND_6_SEED,
    ROUND_6_STYLES,
    ROUND_6_TEXTS_PER_STYLE,
    round_6_texts,
)


def test_five_new_voices_with_full_banks() -> None:
    assert len(ROUND_6) >= 5
    assert tuple(style.name for style in ROUND_6) == ROUND_6_STYLES
    assert len(set(ROUND_6_STYLES)) == len(ROUND_6_STYLES)
    assert set(ROUND_6_STYLES) <= set(corpus.FIT_STYLES)  # folded in after it was scored
    for style in ROUND_6:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes[0] >= 20, (style.name, sizes)
        assert sizes[1] >= 15, (style.name, sizes)
        assert sizes[2] >= 20, (style.name, sizes)
    assert (ROUND_6_SEED, ROUND_6_TEXTS_PER_STYLE) == (6006, 100)


def test_aware_sentences_mostly_avoid_the_stock_words() -> None:
    for style in ROUND_6:
        stock = [s for s in style.aware if STOCK.search(s)]
        assert 0 < len(stock) <= len(style.aware) // 2, (style.name, stock)


def test_no_sentence_repeats_within_round_6_or_from_earlier_rounds() -> None:
    earlier = [style for style in corpus.STYLES.values() if style.name not in ROUND_6_STYLES]
    assert_new_sentences(ROUND_6, keys_of(earlier))


def test_every_text_parses_into_its_banks_and_round_trips_a_labels_csv(tmp_path: Path) -> None:
    rows = round_6_texts()
    assert len(rows) == len(ROUND_6) * ROUND_6_TEXTS_PER_STYLE
    assert sum(label for _, _, label in rows) == len(rows) // 2
    assert rows == round_6_texts(), "not deterministic"
    assert_texts_parse(rows, ROUND_6)
    assert_labels_csv_round_trips(rows, tmp_path / "round6.csv")
