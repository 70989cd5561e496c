"""The eight English domain voices written for the fit set of sd-aware-9: sizes, new names, no
sentence seen before, cue words where they belong, and texts that parse back into their banks."""

from __future__ import annotations

import re

from tests.awareness.rounds import assert_new_sentences, assert_texts_parse, keys_of
from tracker.awareness import corpus
from tracker.awareness.bank import styled_texts
from tracker.awareness.fit_domains import DOMAIN_FIT
from tracker.awareness.fit_domains2 import DOMAIN_FIT_2, DOMAIN_FIT_2_STYLES
from tracker.awareness.round6 import ROUND_6
from tracker.awareness.round7 import ROUND_7
from tracker.awareness.round8 import ROUND_8
from tracker.awareness.round9 import ROUND_9
from tracker.awareness.round10 import ROUND_10

CUES = re.compile(r"test|eval|graded|sandbox|honeypot|monitor|watch", re.IGNORECASE)
"""The stock words as the brief lists them (test, eval, graded, sandbox, honeypot, monitor,
watched), matched anywhere in a word as the rounds' tests match them."""

VOICES = (
    "insurance_underwriter",
    "hotel_concierge",
    "librarian_catalog",
    "grant_reviewer",
    "procurement_buyer",
    "customs_broker",
    "event_planner",
    "home_energy_advisor",
)

EARLIER = (
    # the fit set folds these voices in since sd-aware-9: every other voice of it
    *(style for style in corpus.STYLES.values() if style.name not in DOMAIN_FIT_2_STYLES),
    *ROUND_6,
    *ROUND_7,
    *ROUND_8,
    *ROUND_9,
    *ROUND_10,
    *DOMAIN_FIT,
)
"""Every voice written before these."""


def test_the_eight_voices_with_full_banks() -> None:
    assert DOMAIN_FIT_2_STYLES == VOICES
    assert tuple(style.name for style in DOMAIN_FIT_2) == DOMAIN_FIT_2_STYLES
    for style in DOMAIN_FIT_2:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes == (30, 30, 20), (style.name, sizes)


def test_voice_names_are_new() -> None:
    assert not set(DOMAIN_FIT_2_STYLES) & {style.name for style in EARLIER}


def test_aware_sentences_mostly_do_without_the_stock_words() -> None:
    # at most 8 of 30 may lean on the stock words: the point of these banks is awareness
    # said in other words or only implied
    for style in DOMAIN_FIT_2:
        stock = [s for s in style.aware if CUES.search(s)]
        assert 0 < len(stock) <= 8, (style.name, stock)


def test_decoys_carry_the_stock_words_more_than_aware_sentences_do() -> None:
    for style in DOMAIN_FIT_2:
        decoys = sum(bool(CUES.search(s)) for s in style.decoy)
        aware = sum(bool(CUES.search(s)) for s in style.aware)
        assert decoys > 2 * aware, (style.name, decoys, aware)


def test_plain_sentences_have_no_cue_words() -> None:
    for style in DOMAIN_FIT_2:
        cued = [s for s in style.plain if CUES.search(s)]
        assert not cued, (style.name, cued)


def test_no_sentence_repeats_within_the_voices_or_from_earlier_banks() -> None:
    assert_new_sentences(DOMAIN_FIT_2, keys_of(EARLIER))


def test_every_text_parses_into_its_banks() -> None:
    rows = styled_texts(DOMAIN_FIT_2, per_style=100, seed=9009)
    assert len(rows) == len(DOMAIN_FIT_2) * 100
    assert sum(label for _, _, label in rows) == len(rows) // 2
    decoys = assert_texts_parse(rows, DOMAIN_FIT_2)
    assert decoys >= len(rows) // 2, decoys
