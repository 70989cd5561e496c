"""How well a clause's new text fits a failure, as one score in [0, 1].

score = clip((cosine + LEXICAL_WEIGHT * lexical - RAW_LOW) / (RAW_HIGH - RAW_LOW), 0, 1)

where ``cosine`` is the sentence model's similarity and ``lexical`` the share of the query's
content words that the candidate also uses. The weights were fitted on generated histories with
known truth (tests/perf/bench_links.py; figures in docs/links.md): lexical overlap raised
precision at recall 0.95 from 0.89 to 0.99, so it stays. Recency (a penalty by the failure's
age) and a margin against the spec's other clauses were measured too and changed precision by
less than 0.01, so they are not used: recency only bounds the candidates (``lookback_days``).
RAW_LOW and RAW_HIGH put the fitted cut at the default threshold 0.5.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

from tracker.failures.texts import content_words

Floats = npt.NDArray[np.float64]

LEXICAL_WEIGHT = 0.4
RAW_LOW = 0.16
RAW_HIGH = 1.0


def combine(cosines: Floats, lexical: Floats) -> Floats:
    """Scores in [0, 1] from cosines and lexical overlaps of the same pairs."""
    raw = cosines + LEXICAL_WEIGHT * lexical
    return np.clip((raw - RAW_LOW) / (RAW_HIGH - RAW_LOW), 0.0, 1.0)


class LexicalIndex:
    """Content words of many candidate texts as a sparse 0/1 matrix, for fast overlap counts."""

    def __init__(self, candidates: Sequence[str]) -> None:
        self.vocabulary: dict[str, int] = {}
        self.matrix = self._encode(candidates, grow=True)

    def _encode(self, texts: Sequence[str], *, grow: bool) -> sparse.csr_matrix:
        indptr = [0]
        indices: list[int] = []
        for text in texts:
            for word in content_words(text):
                column = self.vocabulary.get(word)
                if column is None and grow:
                    column = self.vocabulary[word] = len(self.vocabulary)
                if column is not None:
                    indices.append(column)
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float32)
        shape = (len(texts), max(len(self.vocabulary), 1))
        return sparse.csr_matrix((data, indices, indptr), shape=shape)

    def overlap_many(self, queries: Sequence[str], rows: slice | None = None) -> Floats:
        """Share of each query's content words found in each candidate: queries x candidates."""
        candidates = self.matrix if rows is None else self.matrix[rows]
        vectors = self._encode(queries, grow=False)
        sizes = np.array([max(len(content_words(q)), 1) for q in queries], dtype=np.float64)
        counts: Floats = np.asarray((vectors @ candidates.T).toarray(), dtype=np.float64)
        shares: Floats = counts / sizes[:, None]
        return shares

    def overlap(self, query: str, rows: slice | None = None) -> Floats:
        """Share of ``query``'s content words found in each candidate (optionally a slice)."""
        words = content_words(query)
        candidates = self.matrix if rows is None else self.matrix[rows]
        if not words:
            return np.zeros(candidates.shape[0])
        vector = self._encode([query], grow=False)
        counts = np.asarray((candidates @ vector.T).todense()).ravel()
        return counts.astype(np.float64) / len(words)
