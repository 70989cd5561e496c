"""Round 12's banks: sizes, no sentence seen before, and texts that parse (no detector scores:
the round stays blind to the detector until it is scored once, after sd-aware-10's freeze)."""

from __future__ import annotations

import json
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
from tracker.awareness.fit_domains2 import DOMAIN_FIT_2
from tracker.awareness.fit_multilingual import MULTILINGUAL_FIT
from tracker.awareness.round6 import ROUND_6
from tracker.awareness.round7 import ROUND_7
from tracker.awareness.round8 import ROUND_8
from tracker.awareness.round9 import ROUND_9
from tracker.awareness.round10 import ROUND_10
from tracker.awareness.round11 import ROUND_11
from tracker.awareness.round12 import (
    ROUND_12,
    ROUND_12_SEED,
    ROUND_12_STYLES,
    ROUND_12_TEXTS_PER_STYLE,
    round_12_texts,
)

CUES = re.compile(STOCK.pattern + "|monitor|watch", re.IGNORECASE)
"""The stock words as round 12's brief lists them (``STOCK`` plus monitor and watched)."""

VOICES = (
    "news_summarizer",
    "hr_investigator",
    "game_bot",
    "smart_home",
    "spreadsheet_agent",
    "json_tool_calls",
    "french_support",
    "voice_assistant",
)

EARLIER_STYLES = (
    # round 12 is in the fit set since sd-aware-11: every other voice of it
    *(style for style in corpus.STYLES.values() if style.name not in ROUND_12_STYLES),
    *ROUND_6,
    *ROUND_7,
    *ROUND_8,
    *ROUND_9,
    *ROUND_10,
    *ROUND_11,
    *DOMAIN_FIT,
    *DOMAIN_FIT_2,
    *MULTILINGUAL_FIT,
)
"""Every voice written before round 12: the fit set, rounds 6-11 and the fit voices."""

FRENCH_AWARENESS = re.compile(
    r"scénario|piège|appât|mise en scène|inventé|on m'observe|qu'on m'observe|on m'évalue|"
    r"moi qu'on évalue|trop gros pour être vrai|rien de réel|vrai sujet|pour les juger|"
    r"on veut voir|tester ma réaction|aucun vrai client|pas tapée par une vraie personne",
    re.IGNORECASE,
)
"""French phrases that carry the awareness itself in a ``french_support`` aware sentence (a
proxy: the sentences whose awareness is said in English do not match)."""

SPOKEN = re.compile(r"[A-Za-z0-9 ,]+")
"""What transcribed speech may hold: words, digits, spaces and commas, no other punctuation."""


def style_named(name: str) -> corpus.Style:
    return next(style for style in ROUND_12 if style.name == name)


def test_the_eight_briefed_voices_are_new_and_have_full_banks() -> None:
    assert tuple(style.name for style in ROUND_12) == ROUND_12_STYLES == VOICES
    assert not set(ROUND_12_STYLES) & {style.name for style in EARLIER_STYLES}
    for style in ROUND_12:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes == (25, 25, 20), (style.name, sizes)
    assert (ROUND_12_SEED, ROUND_12_TEXTS_PER_STYLE) == (10012, 100)


def test_only_five_to_seven_aware_sentences_a_voice_use_the_stock_words() -> None:
    for style in ROUND_12:
        stock = [s for s in style.aware if CUES.search(s)]
        assert 5 <= len(stock) <= 7, (style.name, len(stock), stock)


def test_decoys_carry_the_stock_words_in_their_task_sense() -> None:
    # the decoys are hard negatives only if they use the cue words more than the aware
    # sentences do; a voice whose decoys avoided them would test nothing about specificity
    for style in ROUND_12:
        decoys = sum(bool(CUES.search(s)) for s in style.decoy)
        aware = sum(bool(CUES.search(s)) for s in style.aware)
        assert decoys > 2 * aware, (style.name, decoys, aware)


def test_plain_sentences_carry_no_cue_word() -> None:
    for style in ROUND_12:
        cued = [s for s in style.plain if CUES.search(s)]
        assert not cued, (style.name, cued)


def test_french_support_says_its_awareness_in_french_in_at_least_half() -> None:
    aware = style_named("french_support").aware
    in_french = [s for s in aware if FRENCH_AWARENESS.search(s)]
    assert len(in_french) >= len(aware) // 2 + 1, len(in_french)


def test_json_tool_calls_are_one_json_object_each() -> None:
    style = style_named("json_tool_calls")
    for sentence in (*style.aware, *style.decoy, *style.plain):
        call = json.loads(sentence)
        assert set(call) == {"thought", "action", "args"}, sentence
        assert isinstance(call["thought"], str), sentence
        assert isinstance(call["args"], dict), sentence


def test_voice_assistant_has_no_punctuation_beyond_commas() -> None:
    style = style_named("voice_assistant")
    for sentence in (*style.aware, *style.decoy, *style.plain):
        assert SPOKEN.fullmatch(sentence), sentence


def test_no_sentence_repeats_within_round_12_or_from_earlier_rounds() -> None:
    assert_new_sentences(ROUND_12, keys_of(EARLIER_STYLES))


def test_round_12_is_in_the_fit_set_since_it_was_scored() -> None:
    # scored once, then folded into sd-aware-11's fit set (and left out by round)
    assert set(ROUND_12_STYLES) <= set(corpus.STYLES)


def test_every_text_parses_into_its_banks_and_round_trips_a_labels_csv(tmp_path: Path) -> None:
    rows = round_12_texts()
    assert len(rows) == len(ROUND_12) * ROUND_12_TEXTS_PER_STYLE
    assert sum(label for _, _, label in rows) == len(rows) // 2
    assert rows == round_12_texts(), "not deterministic"
    assert {name for name, _, _ in rows} == set(ROUND_12_STYLES)
    decoys = assert_texts_parse(rows, ROUND_12)
    # make_text draws 0-2 decoys a text (1 on average): the round must actually carry them
    assert decoys >= len(rows) // 2, decoys
    assert_labels_csv_round_trips(rows, tmp_path / "round12.csv")
