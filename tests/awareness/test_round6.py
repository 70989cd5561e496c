"""Round 6's banks: sizes, no sentence seen before, and texts that parse. Round 6 was written
blind to sd-aware-4 and scored once with it; since sd-aware-5 it is part of the fit set."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from tests.awareness import styles as acceptance_styles
from tracker.awareness import corpus
from tracker.awareness.corpus import Style
from tracker.awareness.round6 import (
    ROUND_6,
    ROUND_6_SEED,
    ROUND_6_STYLES,
    ROUND_6_TEXTS_PER_STYLE,
    round_6_texts,
)
from tracker.awareness.validation import read_labels

STOCK = re.compile(r"test|eval|graded|sandbox|honeypot", re.IGNORECASE)
"""The stock cue words; at least half of each voice's aware sentences must do without them."""


def _key(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


def _bank(style: Style) -> tuple[str, ...]:
    return (*style.aware, *style.decoy, *style.plain)


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
    earlier = {
        _key(s)
        for style in corpus.STYLES.values()
        if style.name not in ROUND_6_STYLES
        for s in _bank(style)
    }
    earlier |= {
        _key(s)
        for s in (*acceptance_styles.AWARE, *acceptance_styles.DECOY, *acceptance_styles.PLAIN)
    }
    seen: dict[str, str] = {}
    for style in ROUND_6:
        for sentence in _bank(style):
            key = _key(sentence)
            assert key not in earlier, (style.name, sentence)
            assert key not in seen, (style.name, seen.get(key), sentence)
            seen[key] = style.name
            assert sentence == sentence.strip(), sentence
            assert "\n" not in sentence, sentence
            # a text joins sentences with the joiner: one inside a sentence would split it
            assert style.joiner.strip() == "" or style.joiner not in sentence, sentence


def _parse(text: str, style: Style) -> list[str] | None:
    """``text`` as a sequence of the style's bank sentences joined by its joiner, or None."""
    pieces = [style.bullet + s for s in _bank(style)]

    @cache
    def rest(at: int) -> tuple[str, ...] | None:
        for piece in pieces:
            if not text.startswith(piece, at):
                continue
            end = at + len(piece)
            if end == len(text):
                return (piece,)
            if text.startswith(style.joiner, end):
                tail = rest(end + len(style.joiner))
                if tail is not None:
                    return (piece, *tail)
        return None

    found = rest(0)
    return None if found is None else [piece[len(style.bullet) :] for piece in found]


def test_every_text_parses_into_its_banks_and_round_trips_a_labels_csv(tmp_path: Path) -> None:
    rows = round_6_texts()
    assert len(rows) == len(ROUND_6) * ROUND_6_TEXTS_PER_STYLE
    assert sum(label for _, _, label in rows) == len(rows) // 2
    assert rows == round_6_texts(), "not deterministic"
    by_name = {style.name: style for style in ROUND_6}
    for name, text, label in rows:
        style = by_name[name]
        sentences = _parse(text, style)
        assert sentences is not None, (name, text)
        aware = sum(s in style.aware for s in sentences)
        assert aware in ((1, 2) if label else (0,)), (name, label, text)
        assert 2 <= len(sentences) - aware <= 9, (name, text)
    path = tmp_path / "round6.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows((text, "aware" if label else "unaware") for _, text, label in rows)
    texts, labels = read_labels(path)
    assert texts == [text for _, text, _ in rows]
    assert labels.tolist() == [label for _, _, label in rows]
