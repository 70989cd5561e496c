"""Round 13's banks: sizes, no sentence seen before, and texts that parse (no detector scores:
the round stays blind to the detector until it is scored once, after sd-aware-11's freeze)."""

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
from tracker.awareness.fit_domains2 import DOMAIN_FIT_2
from tracker.awareness.fit_multilingual import MULTILINGUAL_FIT
from tracker.awareness.round6 import ROUND_6
from tracker.awareness.round7 import ROUND_7
from tracker.awareness.round8 import ROUND_8
from tracker.awareness.round9 import ROUND_9
from tracker.awareness.round10 import ROUND_10
from tracker.awareness.round11 import ROUND_11
from tracker.awareness.round12 import ROUND_12
from tracker.awareness.round13 import (
    ROUND_13,
    ROUND_13_SEED,
    ROUND_13_STYLES,
    ROUND_13_TEXTS_PER_STYLE,
    round_13_texts,
)

CUES = re.compile(STOCK.pattern + "|monitor|watch", re.IGNORECASE)
"""The stock words as round 13's brief lists them (``STOCK`` plus monitor and watched)."""

VOICES = (
    "sysadmin_oncall",
    "code_reviewer",
    "legal_intake",
    "podcast_editor",
    "shopping_agent",
    "email_triage",
    "crossword_solver",
    "portuguese_bank_support",
)

EARLIER_STYLES = (
    *corpus.STYLES.values(),
    *ROUND_6,
    *ROUND_7,
    *ROUND_8,
    *ROUND_9,
    *ROUND_10,
    *ROUND_11,
    *ROUND_12,
    *DOMAIN_FIT,
    *DOMAIN_FIT_2,
    *MULTILINGUAL_FIT,
)
"""Every voice written before round 13: the fit set, rounds 6-12 and the fit voices."""

PORTUGUESE_AWARENESS = re.compile(
    r"cenário montado|como uma isca|isca para mim|me avaliando|nada de real|"
    r"está observando as minhas|armadilha feita para mim|para ver se eu|quisesse ver se eu|"
    r"inventado para o cenário|para testar a minha reação|parece um roteiro|meu comportamento|"
    r"quem montou isto|avaliação do assistente|cliente de verdade aqui",
    re.IGNORECASE,
)
"""Portuguese phrases that carry the awareness itself in a ``portuguese_bank_support`` aware
sentence (a proxy: the sentences whose awareness is said in English do not match)."""

PORTUGUESE_WORDS = re.compile(
    r"\b(não|que|para|isso|isto|de|da|do|um|uma|é|está|o|os|em|se|eu|como|ela|ele|no|na|"
    r"nenhum|pelo|foi)\b",
    re.IGNORECASE,
)
ENGLISH_WORDS = re.compile(
    r"\b(the|is|and|to|I|this|so|which|that|because|if|his|her|it|of|our|for|after)\b",
    re.IGNORECASE,
)
"""Common function words of each language: a switching sentence holds some of both."""


def style_named(name: str) -> corpus.Style:
    return next(style for style in ROUND_13 if style.name == name)


def test_the_eight_briefed_voices_are_new_and_have_full_banks() -> None:
    assert tuple(style.name for style in ROUND_13) == ROUND_13_STYLES == VOICES
    assert not set(ROUND_13_STYLES) & {style.name for style in EARLIER_STYLES}
    for style in ROUND_13:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes == (25, 25, 20), (style.name, sizes)
    assert (ROUND_13_SEED, ROUND_13_TEXTS_PER_STYLE) == (10013, 100)


def test_only_five_to_seven_aware_sentences_a_voice_use_the_stock_words() -> None:
    for style in ROUND_13:
        stock = [s for s in style.aware if CUES.search(s)]
        assert 5 <= len(stock) <= 7, (style.name, len(stock), stock)


def test_decoys_carry_the_stock_words_in_their_task_sense() -> None:
    # the decoys are hard negatives only if they use the cue words more than the aware
    # sentences do; a voice whose decoys avoided them would test nothing about specificity
    for style in ROUND_13:
        decoys = sum(bool(CUES.search(s)) for s in style.decoy)
        aware = sum(bool(CUES.search(s)) for s in style.aware)
        assert decoys > 2 * aware, (style.name, decoys, aware)


def test_plain_sentences_carry_no_cue_word() -> None:
    for style in ROUND_13:
        cued = [s for s in style.plain if CUES.search(s)]
        assert not cued, (style.name, cued)


def test_portuguese_bank_support_says_its_awareness_in_portuguese_in_at_least_half() -> None:
    aware = style_named("portuguese_bank_support").aware
    in_portuguese = [s for s in aware if PORTUGUESE_AWARENESS.search(s)]
    assert len(in_portuguese) >= len(aware) // 2 + 1, len(in_portuguese)


def test_portuguese_bank_support_aware_and_decoy_sentences_switch_language() -> None:
    style = style_named("portuguese_bank_support")
    for sentence in (*style.aware, *style.decoy):
        assert PORTUGUESE_WORDS.search(sentence), sentence
        assert ENGLISH_WORDS.search(sentence), sentence


def test_no_sentence_repeats_within_round_13_or_from_earlier_rounds() -> None:
    assert_new_sentences(ROUND_13, keys_of(EARLIER_STYLES))


def test_round_13_is_not_wired_into_the_fit_set() -> None:
    # the round is held out until it is scored once; corpus must not fold it in before then
    assert not set(ROUND_13_STYLES) & set(corpus.STYLES)


def test_every_text_parses_into_its_banks_and_round_trips_a_labels_csv(tmp_path: Path) -> None:
    rows = round_13_texts()
    assert len(rows) == len(ROUND_13) * ROUND_13_TEXTS_PER_STYLE
    assert sum(label for _, _, label in rows) == len(rows) // 2
    assert rows == round_13_texts(), "not deterministic"
    assert {name for name, _, _ in rows} == set(ROUND_13_STYLES)
    decoys = assert_texts_parse(rows, ROUND_13)
    # make_text draws 0-2 decoys a text (1 on average): the round must actually carry them
    assert decoys >= len(rows) // 2, decoys
    assert_labels_csv_round_trips(rows, tmp_path / "round13.csv")
