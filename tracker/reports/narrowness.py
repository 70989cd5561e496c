"""How narrow a clause is: written for one environment rather than as a general principle.

Two signals, each in [0, 1], and the score is the larger:

- concentration: the share of the clause's link weight (link scores) on its most-linked
  environment. A clause answering failures of one environment only scores 1.
- lifted phrases: the share of the clause's word 3-grams (those not made only of stop words)
  that also occur in one environment's failure summaries, excerpts, name or description. A clause
  that quotes an environment's scenario ("the quarterly sales spreadsheet") scores high even
  without links.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tracker.reports.models import Narrowness

NGRAM = 3
NARROW_THRESHOLD = 0.6
"""A clause whose narrowness is at least this is a narrow patch (``--fail-on narrow-patch``)."""

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "may",
        "must",
        "not",
        "of",
        "on",
        "or",
        "our",
        "she",
        "should",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def ngrams(tokens: Sequence[str], n: int = NGRAM) -> list[tuple[str, ...]]:
    """Word n-grams that are not made only of stop words."""
    grams = [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return [g for g in grams if not all(word in _STOP for word in g)]


def concentration(weights_by_env: Mapping[str, float]) -> tuple[float, str | None]:
    """Share of the total weight on the heaviest environment, and which one (ties: by name)."""
    total = sum(weights_by_env.values())
    if total <= 0:
        return 0.0, None
    top = min(weights_by_env, key=lambda env: (-weights_by_env[env], env))
    return weights_by_env[top] / total, top


def lifted_phrases(
    clause_text: str, env_texts: Mapping[str, str]
) -> tuple[float, str | None, list[str]]:
    """The environment whose text shares the largest part of the clause's 3-grams.

    Returns the shared fraction, the environment, and the shared spans (longest first, at most
    five), each a run of consecutive clause words covered by shared 3-grams.
    """
    tokens = words(clause_text)
    positions = [
        i
        for i in range(len(tokens) - NGRAM + 1)
        if not all(word in _STOP for word in tokens[i : i + NGRAM])
    ]
    if not positions:
        return 0.0, None, []
    best: tuple[float, str | None, list[int]] = (0.0, None, [])
    for env_id in sorted(env_texts):
        env_grams = set(ngrams(words(env_texts[env_id])))
        shared = [i for i in positions if tuple(tokens[i : i + NGRAM]) in env_grams]
        fraction = len(shared) / len(positions)
        if fraction > best[0]:
            best = (fraction, env_id, shared)
    fraction, best_env, shared = best
    return fraction, best_env, _spans(tokens, shared)


def _spans(tokens: Sequence[str], starts: Sequence[int]) -> list[str]:
    spans: list[tuple[int, int]] = []
    for start in starts:
        end = start + NGRAM
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    phrases = [" ".join(tokens[a:b]) for a, b in spans]
    return sorted(phrases, key=lambda p: (-len(p), p))[:5]


def narrowness(
    clause_text: str,
    weights_by_env: Mapping[str, float],
    env_texts: Mapping[str, str],
    threshold: float = NARROW_THRESHOLD,
) -> Narrowness:
    """Score a clause's new text against its links and the environments' own text."""
    share, top_env = concentration(weights_by_env)
    lifted, lifted_env, phrases = lifted_phrases(clause_text, env_texts)
    score = max(share, lifted)
    return Narrowness(
        score=round(score, 4),
        concentration=round(share, 4),
        top_env=top_env,
        lifted=round(lifted, 4),
        lifted_env=lifted_env,
        phrases=phrases,
        narrow=score >= threshold,
    )
