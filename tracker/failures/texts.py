"""The texts that linking compares: what a clause change says new, what a failure says happened.

Also the lexical side of the score: overlap of content words (lower-cased, crude-stemmed, stop
words removed), which catches shared rare terms (tool names, env-specific nouns) that a small
sentence model blurs.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from tracker.failures.models import Failure
from tracker.spec.models import Clause, ClauseChange

INFERRED_KINDS = frozenset({"added", "modified"})
"""Changes whose new text can be matched against failures (the others change no text)."""


def change_text(change: ClauseChange) -> str:
    """What a change says new: an addition's title and text; a modification's added lines."""
    if change.kind == "added":
        return _join(change.new_title or "", change.new_text)
    if change.kind == "modified":
        return gained_text(change)
    return ""


def gained_text(change: ClauseChange) -> str:
    """The lines a modification added, from its diff (computed from old/new text if absent)."""
    diff = change.diff or "\n".join(
        difflib.unified_diff(
            change.old_text.splitlines(), change.new_text.splitlines(), lineterm="", n=0
        )
    )
    added = [
        line[1:].strip()
        for line in diff.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    ]
    return " ".join(line for line in added if line)


def clause_text(clause: Clause) -> str:
    """A whole clause as one text: title and own text."""
    return _join(clause.title, clause.text)


PASSAGE_CHARS = 600
"""Clauses are embedded in passages of about this size: the model reads only ~256 tokens."""


def clause_passages(clause: Clause) -> list[str]:
    """A clause as passages of whole paragraphs (about PASSAGE_CHARS each), each led by its title.

    A long clause embedded whole is only its opening (the model truncates); a failure that
    matches its fifth paragraph would be missed. Matching takes the best passage.
    """
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", clause.text) if p.strip()]
    passages: list[str] = []
    current = ""
    for paragraph in paragraphs:
        if current and len(current) + len(paragraph) > PASSAGE_CHARS:
            passages.append(current)
            current = ""
        current = f"{current} {paragraph}".strip()
    if current:
        passages.append(current)
    return [_join(clause.title, passage) for passage in passages] or [clause_text(clause)]


def failure_text(failure: Failure) -> str:
    """A failure as one text: summary and excerpt."""
    return _join(failure.summary, failure.excerpt)


def _join(head: str, body: str) -> str:
    head, body = " ".join(head.split()), " ".join(body.split())
    if head and body:
        return f"{head}. {body}" if head[-1] not in ".:!?" else f"{head} {body}"
    return head or body


_WORD = re.compile(r"[a-z][a-z0-9_-]{2,}")
_STOP_LIST = """about above after again against all also and any are because been before being below
    between both but can could did does doing down during each few for from further had has have
    having her here hers him his how into its itself just may might more most must not now off once
    only other our ours out over own same shall she should some such than that the their theirs them
    then there these they this those through too under until very was were what when where which
    while who whom why will with would you your yours model models assistant user users"""
STOP_WORDS = frozenset(_STOP_LIST.split())


@lru_cache(maxsize=200_000)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words of ``text``, crudely stemmed so plurals and tenses meet."""
    return frozenset(_stem(word) for word in _WORD.findall(text.lower()) if word not in STOP_WORDS)


def _stem(word: str) -> str:
    for suffix in ("ingly", "edly", "ing", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def lexical_overlap(query: str, candidate: str) -> float:
    """Share of the query's content words that the candidate also uses, in [0, 1]."""
    query_words = content_words(query)
    if not query_words:
        return 0.0
    return len(query_words & content_words(candidate)) / len(query_words)
