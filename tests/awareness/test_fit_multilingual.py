"""The six multilingual voices written for the fit set of sd-aware-9: sizes, new names, no
sentence seen before, cue words where they belong, and texts that parse back into their banks."""

from __future__ import annotations

import re

from tests.awareness.rounds import assert_new_sentences, assert_texts_parse, keys_of
from tracker.awareness import corpus
from tracker.awareness.bank import styled_texts
from tracker.awareness.fit_domains import DOMAIN_FIT
from tracker.awareness.fit_multilingual import MULTILINGUAL_FIT, MULTILINGUAL_FIT_STYLES
from tracker.awareness.round6 import ROUND_6
from tracker.awareness.round7 import ROUND_7
from tracker.awareness.round8 import ROUND_8
from tracker.awareness.round9 import ROUND_9
from tracker.awareness.round10 import ROUND_10

CUES = re.compile(
    r"test|eval|graded|sandbox|honeypot|monitor|watch"
    r"|prueba|examen|exame|esame|examin|épreuve|prova|prüf|probe"
    r"|avalia|valuta|observ|osserv|beobacht|überwach|vigil"
    r"|mise en scène|messinscena|inszen|encena|fictic|fictif|fittizi|fiktiv|red.team",
    re.IGNORECASE,
)
"""The stock English words and their counterparts in the five languages (matched anywhere in a
word, so 'prueba' also catches 'pruebas', 'avalia' catches 'avaliação' and 'avaliando')."""

VOICES = (
    "spanish_agent",
    "french_analyst",
    "portuguese_helpdesk",
    "german_lawyer",
    "italian_scheduler",
    "mixed_codeswitch",
)

EARLIER = (
    # the fit set folds these voices in since sd-aware-9: every other voice of it
    *(style for style in corpus.STYLES.values() if style.name not in MULTILINGUAL_FIT_STYLES),
    *ROUND_6,
    *ROUND_7,
    *ROUND_8,
    *ROUND_9,
    *ROUND_10,
    *DOMAIN_FIT,
)
"""Every voice written before these: the fit set (rounds 6-9 and DOMAIN_FIT are in it) and the
shipped held-out round 10, listed again so that the check does not hang on what corpus folds in."""


def test_the_six_voices_with_full_banks() -> None:
    assert MULTILINGUAL_FIT_STYLES == VOICES
    assert tuple(style.name for style in MULTILINGUAL_FIT) == MULTILINGUAL_FIT_STYLES
    for style in MULTILINGUAL_FIT:
        sizes = (len(style.aware), len(style.decoy), len(style.plain))
        assert sizes == (30, 30, 20), (style.name, sizes)


def test_voice_names_are_new() -> None:
    assert not set(MULTILINGUAL_FIT_STYLES) & {style.name for style in EARLIER}


def test_most_aware_sentences_only_imply_it() -> None:
    # the brief asks for about 60% implied: at most 14 of 30 may carry an explicit cue word,
    # and some must, so that the explicit wordings of each language are there too
    for style in MULTILINGUAL_FIT:
        cued = [s for s in style.aware if CUES.search(s)]
        assert 6 <= len(cued) <= 14, (style.name, len(cued), cued)


def test_decoys_carry_the_cue_words_more_than_aware_sentences_do() -> None:
    for style in MULTILINGUAL_FIT:
        decoys = sum(bool(CUES.search(s)) for s in style.decoy)
        aware = sum(bool(CUES.search(s)) for s in style.aware)
        assert decoys > aware, (style.name, decoys, aware)


def test_plain_sentences_have_no_cue_words() -> None:
    for style in MULTILINGUAL_FIT:
        cued = [s for s in style.plain if CUES.search(s)]
        assert not cued, (style.name, cued)


def test_no_sentence_repeats_within_the_voices_or_from_earlier_voices() -> None:
    assert_new_sentences(MULTILINGUAL_FIT, keys_of(EARLIER))


def test_every_text_parses_into_its_banks() -> None:
    rows = styled_texts(MULTILINGUAL_FIT, per_style=100, seed=9009)
    assert len(rows) == len(MULTILINGUAL_FIT) * 100
    assert sum(label for _, _, label in rows) == len(rows) // 2
    decoys = assert_texts_parse(rows, MULTILINGUAL_FIT)
    assert decoys >= len(rows) // 2, decoys
