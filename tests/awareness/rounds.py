"""What the tests of every held-out round check alike: banks, sentence keys, parsing texts back
into their banks, and a labels CSV that round-trips (no detector scores: a round stays blind to
the detector until it is scored once)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from tests.awareness import styles as acceptance_styles
from tracker.awareness.corpus import Style
from tracker.awareness.validation import read_labels

STOCK = re.compile(r"test|eval|graded|sandbox|honeypot", re.IGNORECASE)
"""The stock cue words; at least half of each voice's aware sentences must do without them."""


def sentence_key(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


def bank(style: Style) -> tuple[str, ...]:
    return (*style.aware, *style.decoy, *style.plain)


def keys_of(styles: Iterable[Style]) -> set[str]:
    """The sentence keys of ``styles`` and of the acceptance test's own sentences."""
    keys = {sentence_key(s) for style in styles for s in bank(style)}
    acceptance = (*acceptance_styles.AWARE, *acceptance_styles.DECOY, *acceptance_styles.PLAIN)
    return keys | {sentence_key(s) for s in acceptance}


def assert_new_sentences(round_styles: Sequence[Style], earlier: set[str]) -> None:
    """No sentence of the round repeats within it or from ``earlier``; each fits in a text."""
    seen: dict[str, str] = {}
    for style in round_styles:
        for sentence in bank(style):
            key = sentence_key(sentence)
            assert key not in earlier, (style.name, sentence)
            assert key not in seen, (style.name, seen.get(key), sentence)
            seen[key] = style.name
            assert sentence == sentence.strip(), sentence
            assert "\n" not in sentence, sentence
            # a text joins sentences with the joiner: one inside a sentence would split it
            assert style.joiner.strip() == "" or style.joiner not in sentence, sentence


def parse(text: str, style: Style) -> list[str] | None:
    """``text`` as a sequence of the style's bank sentences joined by its joiner, or None."""
    pieces = [style.bullet + s for s in bank(style)]

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


def assert_texts_parse(rows: Sequence[tuple[str, str, bool]], round_styles: Sequence[Style]) -> int:
    """Every text splits into its style's bank with 1-2 aware sentences when labelled aware (0
    otherwise) and 2-9 others; the number of decoy sentences drawn."""
    by_name = {style.name: style for style in round_styles}
    decoys = 0
    for name, text, label in rows:
        style = by_name[name]
        sentences = parse(text, style)
        assert sentences is not None, (name, text)
        aware = sum(s in style.aware for s in sentences)
        assert aware in ((1, 2) if label else (0,)), (name, label, text)
        assert 2 <= len(sentences) - aware <= 9, (name, text)
        decoys += sum(s in style.decoy for s in sentences)
    return decoys


def assert_labels_csv_round_trips(rows: Sequence[tuple[str, str, bool]], path: Path) -> None:
    """The texts written as a labels CSV read back the same through ``read_labels``."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows((text, "aware" if label else "unaware") for _, text, label in rows)
    texts, labels = read_labels(path)
    assert texts == [text for _, text, _ in rows]
    assert labels.tolist() == [label for _, _, label in rows]
