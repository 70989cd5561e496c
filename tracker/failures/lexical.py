"""The lexical channel of linking: BM25 (the ``bm25s`` library) over Snowball-stemmed words.

BM25 weighs a shared word by its rarity among the candidates (a tool name shared by two texts
counts; "agent" shared by all counts for nothing) and saturates repeated words, which the
former hand-written share-of-words overlap did not. Stemming (PyStemmer's English Snowball)
lets "deleted"/"deletes"/"deleting" meet. Tokens are lower-cased words of two characters or
more, minus English stop words and words every spec or report uses ("model", "assistant").
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
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


K1 = 1.5
"""BM25's term-frequency saturation (the bm25s default, passed explicitly: ``weights`` uses it)."""


class BM25Index:
    """BM25 scores of queries against a fixed list of candidate texts."""

    def __init__(self, candidates: Sequence[str]) -> None:
        self.size = len(candidates)
        corpus = [list(tokens(text)) or ["_empty_"] for text in candidates]
        self._retriever = bm25s.BM25(k1=K1)
        self._document_frequency = Counter(word for words in corpus for word in set(words))
        if corpus:
            self._retriever.index(corpus, show_progress=False)

    def weights(self, queries: Sequence[str]) -> Floats:
        """Per query, the BM25 score a candidate would get for holding each of its words once at
        the average length: the sum over its distinct words of idf / (1 + K1), idf as bm25s's
        ``lucene`` method computes it over the candidates (a word no candidate has weighs most).
        Dividing a score by it gives the share of the query's word weight a candidate matches."""
        result = np.zeros(len(queries), dtype=np.float64)
        for row, query in enumerate(queries):
            for word in dict.fromkeys(tokens(query)):
                frequency = self._document_frequency.get(word, 0)
                idf = math.log(1.0 + (self.size - frequency + 0.5) / (frequency + 0.5))
                result[row] += idf / (1.0 + K1)
        return result

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


def matched_share(scores: Floats, weights: Floats) -> Floats:
    """Each row of BM25 scores divided by its query's ``BM25Index.weights`` (0 where it has no
    words): a candidate sharing only one common word of a long clause scores near 0, one sharing
    its rare words near 1 or more, whatever the best candidate of the window shares."""
    column = weights[:, None]
    return np.divide(scores, column, out=np.zeros_like(scores), where=column > 0)
