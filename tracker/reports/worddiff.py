"""Compact word-level diffs: what a reviewer reads instead of a clause's whole unified diff.

Lines are aligned first (difflib), and each block of changed lines is then diffed word by word,
so a one-word edit in a long clause costs one short passage. A passage is written as
``git diff --word-diff=plain`` does: ``[-removed words-]{+added words+}``, with ``CONTEXT``
words either side and ``…`` where text is skipped.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

CONTEXT = 4
"""Words of unchanged text shown either side of a change."""
MAX_PASSAGES = 8
"""Passages shown per clause; the rest are counted."""
MAX_RUN = 40
"""Words shown of one removed or added run; longer runs are cut in the middle."""
MAX_CHARS = 1_500
"""Characters of passages shown per clause, so one rewritten clause cannot crowd out others."""

_TOKEN = re.compile(r"\S+")


def _words(lines: Sequence[str]) -> list[str]:
    return _TOKEN.findall(" ".join(lines))


def _run(words: Sequence[str]) -> str:
    if len(words) <= MAX_RUN:
        return " ".join(words)
    half = MAX_RUN // 2
    return f"{' '.join(words[:half])} … ({len(words) - MAX_RUN} words) … {' '.join(words[-half:])}"


def _block(old: Sequence[str], new: Sequence[str]) -> list[str]:
    """Passages of one block of changed lines, diffed by words."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    codes = matcher.get_opcodes()
    passages: list[str] = []
    current: list[str] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag == "equal":
            same = old[i1:i2]
            first, last = index == 0, index == len(codes) - 1
            if not first and not last and len(same) <= 2 * CONTEXT:
                current.append(" ".join(same))
                continue
            if current:
                current.append(" ".join(same[:CONTEXT]) + (" …" if len(same) > CONTEXT else ""))
                passages.append(" ".join(p for p in current if p))
                current = []
            if not last:
                tail = same[-CONTEXT:] if not first or len(same) > CONTEXT else same
                lead = "… " if len(same) > CONTEXT else ""
                current = [lead + " ".join(tail)]
            continue
        if not current:
            current = [""]
        removed = f"[-{_run(old[i1:i2])}-]" if i2 > i1 else ""
        added = f"{{+{_run(new[j1:j2])}+}}" if j2 > j1 else ""
        current.append(removed + added)
    if current:
        passages.append(" ".join(p for p in current if p))
    return passages


def _blocks(old: str, new: str) -> list[tuple[list[str], list[str]]]:
    """The words of each block of changed lines, old and new, with a line of context."""
    a, b = old.splitlines(), new.splitlines()
    blocks = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # A pure insertion or deletion of lines gets context from the lines around it.
        before = _words(a[max(i1 - 1, 0) : i1])[-CONTEXT:] if i1 else []
        after = _words(a[i2 : i2 + 1])[:CONTEXT]
        blocks.append(([*before, *_words(a[i1:i2]), *after], [*before, *_words(b[j1:j2]), *after]))
    return blocks


def word_diff(old: str, new: str) -> tuple[list[str], int]:
    """The passages that changed from ``old`` to ``new`` (at most ``MAX_PASSAGES``), and how
    many passages there are in all."""
    passages = [
        p for old_words, new_words in _blocks(old, new) for p in _block(old_words, new_words)
    ]
    return passages[:MAX_PASSAGES], len(passages)


def changed_words(old: str, new: str) -> set[str]:
    """Lower-case words removed or added from ``old`` to ``new`` (for the risk rules)."""
    changed: set[str] = set()
    for a, b in _blocks(old.lower(), new.lower()):
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                changed.update(re.sub(r"\W", "", w) for w in (*a[i1:i2], *b[j1:j2]))
    changed.discard("")
    return changed
