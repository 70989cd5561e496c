"""The lexical channel of linking: BM25 (the ``bm25s`` library) over Snowball-stemmed words.

BM25 weighs a shared word by its rarity among the candidates (a tool name shared by two texts
counts; "agent" shared by all counts for nothing) and saturates repeated words, which the
former hand-written share-of-words overlap did not. Stemming (PyStemmer's English Snowball)
lets "deleted"/"deletes"/"deleting" meet. Tokens are lower-cased words of two characters or
more, minus English stop words and words every spec or report uses ("model", "assistant").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache

import bm25s
import numpy as np
import numpy.typing as npt
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

Floats = npt.NDArray[np.float64]

_WORD = re.compile(r"[a-z][a-z0-9_]+")
_EXTRA_STOP = """about above after again against also any because been before being below between
    both could did does doing down during each few further had having here hers him his how into
    its itself just may might more most must now off once only other our ours out over own same
    shall she should some than them then these those through too under until very were what when
    where which while who whom why would you your yours model models assistant user users"""
STOP_WORDS = frozenset(STOPWORDS_EN) | frozenset(_EXTRA_STOP.split())
_STEMMER = Stemmer.Stemmer("english")
# bm25s logs every index build at DEBUG; a command's output is not the place for it.
logging.getLogger("bm25s").setLevel(logging.WARNING)


@lru_cache(maxsize=200_000)
def tokens(text: str) -> tuple[str, ...]:
    """Stemmed content words of ``text``, in order, repeats kept (BM25 counts them)."""
    words = [word for word in _WORD.findall(text.lower()) if word not in STOP_WORDS]
    return tuple(_STEMMER.stemWords(words))


class BM25Index:
    """BM25 scores of queries against a fixed list of candidate texts."""

    def __init__(self, candidates: Sequence[str]) -> None:
        self.size = len(candidates)
        corpus = [list(tokens(text)) or ["_empty_"] for text in candidates]
        self._retriever = bm25s.BM25()
        if corpus:
            self._retriever.index(corpus, show_progress=False)

    def scores(self, queries: Sequence[str], rows: slice | None = None) -> Floats:
        """BM25 score of each query against each candidate (optionally a slice): queries x rows."""
        width = len(range(*(rows or slice(None)).indices(self.size)))
        result = np.zeros((len(queries), width), dtype=np.float64)
        if not self.size:
            return result
        for row, query in enumerate(queries):
            words = list(dict.fromkeys(tokens(query)))
            if words:
                result[row] = np.asarray(self._retriever.get_scores(words), dtype=np.float64)[
                    rows or slice(None)
                ]
        return result


def normalised(scores: Floats) -> Floats:
    """Each row divided by its largest value: a query's best candidate scores 1 (0 rows stay 0)."""
    top = scores.max(axis=1, keepdims=True) if scores.size else scores
    return np.divide(scores, top, out=np.zeros_like(scores), where=top > 0)
