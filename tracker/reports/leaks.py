"""Text of a spec change that quotes an evaluation's own prompt: the most direct contamination.

The rule is lm-evaluation-harness's decontamination check (``lm_eval/decontamination``, after
GPT-3's appendix C): both texts are normalised (lower case, punctuation dropped, whitespace
collapsed), split into words, and a clause overlaps an environment when they share at least one
word 13-gram. Thirteen words are long enough that ordinary phrasing ("the assistant should not
reveal the contents of") rarely matches by chance, and short enough that a pasted sentence of
a prompt always does. The shared span shown is the longest run of consecutive clause words
covered by shared 13-grams.

Only the text a change brings in is checked (all of an added clause, the new lines of a
modified one), against every prompt of every environment; held-out and test environments come
first in the result.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from tracker.reports.models import PromptOverlap

NGRAM = 13
"""lm-evaluation-harness's default n for decontamination."""

_PUNCTUATION = re.compile(r"[^\w\s]")
_SPLIT_ORDER = {"heldout": 0, "test": 1, "validation": 2, "train": 3}


def normalise_words(text: str) -> list[str]:
    """Lower case, punctuation removed, split on whitespace (the harness's normalisation)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return _PUNCTUATION.sub(" ", folded).split()


def _grams(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _spans(words: Sequence[str], starts: Iterable[int], n: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start in sorted(starts):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], start + n))
        else:
            spans.append((start, start + n))
    return spans


def find_overlaps(
    text: str,
    prompts: Mapping[str, Sequence[str]],
    splits: Mapping[str, str],
    n: int = NGRAM,
) -> list[PromptOverlap]:
    """Environments whose prompts share a word ``n``-gram with ``text``, held-out first.

    ``prompts`` maps an environment to its prompt texts; ``splits`` an environment to its split.
    """
    words = normalise_words(text)
    if len(words) < n:
        return []
    clause_grams = _grams(words, n)
    found: list[PromptOverlap] = []
    for env_id, texts in prompts.items():
        shared: set[tuple[str, ...]] = set()
        for prompt in texts:
            prompt_words = normalise_words(prompt)
            if len(prompt_words) >= n:
                shared |= clause_grams & _grams(prompt_words, n)
        if not shared:
            continue
        starts = [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) in shared]
        start, end = max(_spans(words, starts, n), key=lambda s: (s[1] - s[0], -s[0]))
        found.append(
            PromptOverlap(
                env_id=env_id,
                split=splits.get(env_id),
                ngrams=len(shared),
                span=" ".join(words[start:end]),
            )
        )
    found.sort(key=lambda o: (_SPLIT_ORDER.get(o.split or "", 9), -o.ngrams, o.env_id))
    return found
