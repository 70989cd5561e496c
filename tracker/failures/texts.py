"""The texts that linking compares: what a clause change says new, what a failure says happened.

The lexical channel (BM25 over stemmed words) is ``tracker.failures.lexical``.
"""

from __future__ import annotations

import difflib
import re

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
    passages = _passages(clause.text)
    return [_join(clause.title, passage) for passage in passages] or [clause_text(clause)]


def failure_passages(failure: Failure) -> list[str]:
    """A failure as passages of whole lines (about PASSAGE_CHARS each), the summary's first.

    A long report (a transcript, a spec example with several prompts) is otherwise read only
    up to the model's ~256 tokens.
    """
    return _passages(f"{failure.summary}\n{failure.excerpt}", split=r"\n") or [
        failure_text(failure)
    ]


def _passages(text: str, split: str = r"\n\s*\n") -> list[str]:
    paragraphs = [" ".join(p.split()) for p in re.split(split, text) if p.strip()]
    passages: list[str] = []
    current = ""
    for paragraph in paragraphs:
        if current and len(current) + len(paragraph) > PASSAGE_CHARS:
            passages.append(current)
            current = ""
        current = f"{current} {paragraph}".strip()
    if current:
        passages.append(current)
    return passages


def failure_text(failure: Failure) -> str:
    """A failure as one text: summary and excerpt."""
    return _join(failure.summary, failure.excerpt)


def _join(head: str, body: str) -> str:
    head, body = " ".join(head.split()), " ".join(body.split())
    if head and body:
        return f"{head}. {body}" if head[-1] not in ".:!?" else f"{head} {body}"
    return head or body
