"""The built-in detector of verbalised evaluation awareness (``sd-aware-11``).

A text is split into sentences; a sentence without a cue word (``lexicon.CUE``) is not aware and
is never embedded. Each cue-bearing sentence (and, since sd-aware-3, each cue-bearing clause of
a sentence with several, ``lexicon.units``) is embedded with a static model distilled from the
bundled all-MiniLM-L6-v2 by model2vec (``model/static``, shipped) and scored by a logistic
regression on [embedding, lexicon features] whose coefficients ship in ``model/weights.json``
(fitted by ``python -m tracker.awareness.train``; never at run time). A text is aware when any of
its units scores at or above the threshold.

sd-aware-4 keeps the cue-word gate and widens what passes it (an implication thesaurus in
``lexicon.CUE``): scoring every sentence with the static-embedding classifier instead was tried
and lost sensitivity out of style (docs/awareness.md, "How sd-aware-4 was chosen"). sd-aware-5
reads who is aware (features of another's subject or object, a user's request, a story's world),
spells note shorthand out before a unit is embedded (``lexicon.normalise``) and scores windows of
run-on chat (docs/awareness.md, "What sd-aware-5 changed"). sd-aware-6 reads whose the cue words
are (``lexicon.cue_owners``: the nearest person before each cue word), a third party's verb of
mind, a story's frame and the everyday senses of the thesaurus's common words, with its
settings chosen by leaving one blind round out (docs/awareness.md, "What sd-aware-6 changed").
sd-aware-7 adds a coefficient per word and word pair of each unit (``lexicon.word_grams``,
``Weights.words``) beside the embedding: the linear model on the embedding alone underfit
(docs/awareness.md, "What sd-aware-7 changed").

Pure apart from reading the shipped files; model2vec is imported only when some text has a
cue-bearing sentence to embed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from tracker.awareness import lexicon, parallel

if TYPE_CHECKING:
    from tracker.awareness.cache import DetectionCache

MODEL_DIR = Path(__file__).resolve().parent / "model"
STATIC_DIR = MODEL_DIR / "static"
WEIGHTS_FILE = MODEL_DIR / "weights.json"
FIGURES_FILE = MODEL_DIR / "figures.json"
BATCH = 4096
"""Texts per batch: bounds memory (only one batch's sentences and embeddings are held)."""
WINDOW = 4
"""Batches read before labelling: the texts a window has to label are split over the worker
processes (``parallel``) when there are enough of them."""


@dataclass(frozen=True)
class Weights:
    detector_id: str
    coef: np.ndarray
    """One coefficient per embedding dimension, then one per lexicon feature."""
    intercept: float
    threshold: float
    """A sentence is aware when its probability is at least this."""
    words: Mapping[str, float] = field(default_factory=dict)
    """sd-aware-7: a coefficient per word and word pair (``lexicon.word_grams``), applied to
    their counts over the square root of the unit's number of grams; absent grams weigh 0."""

    @property
    def logit_threshold(self) -> float:
        return math.log(self.threshold / (1 - self.threshold))


@cache
def shipped_weights() -> Weights:
    return read_weights(WEIGHTS_FILE)


def read_weights(path: Path) -> Weights:
    """The classifier written by ``python -m tracker.awareness.train`` (``model/weights.json``)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Weights(
        detector_id=str(raw["detector_id"]),
        coef=np.asarray(raw["coef"], dtype=np.float32),
        intercept=float(raw["intercept"]),
        threshold=float(raw["threshold"]),
        words={str(gram): float(c) for gram, c in raw.get("words", {}).items()},
    )


def detector_id() -> str:
    """The version id every output names (changes whenever the lexicon, model or weights do)."""
    return shipped_weights().detector_id


Encoder = Callable[[list[str]], np.ndarray]


@cache
def static_encoder() -> Encoder:
    """The shipped static embedding model's encode (model2vec imported here, on first need)."""
    from model2vec import StaticModel

    model = StaticModel.from_pretrained(str(STATIC_DIR))

    def encode(texts: list[str]) -> np.ndarray:
        vectors = model.encode(texts, batch_size=4096, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    return encode


def sentence_features(sentences: list[str], encode: Encoder) -> np.ndarray:
    """[embedding, lexicon features] of each sentence (rows), the classifier's dense input."""
    if not sentences:
        return np.zeros((0, 0), dtype=np.float32)
    return spelt_features([lexicon.normalise(s) for s in sentences], encode)


def spelt_features(spelt: list[str], encode: Encoder) -> np.ndarray:
    """``sentence_features`` of units already spelt out (``lexicon.normalise``)."""
    embedded = encode(spelt)
    lexical = np.asarray([lexicon.feature_row(s) for s in spelt], dtype=np.float32)
    return np.hstack([embedded, lexical])


def word_scores(spelt: list[str], words: Mapping[str, float]) -> np.ndarray:
    """Each spelt-out unit's word-gram term of the log-odds: the sum of its grams' coefficients
    over the square root of its number of grams (so a long unit's words do not outvote a short
    one's by their number alone)."""
    out = np.zeros(len(spelt))
    if not words:
        return out
    for i, unit in enumerate(spelt):
        grams = lexicon.word_grams(unit)
        if grams:
            out[i] = sum(words.get(gram, 0.0) for gram in grams) / math.sqrt(len(grams))
    return out


class Detector:
    """Scores sentences and labels texts; ``encode`` defaults to the shipped static model."""

    def __init__(self, weights: Weights | None = None, encode: Encoder | None = None) -> None:
        self.weights = weights or shipped_weights()
        self._encode = encode

    @property
    def detector_id(self) -> str:
        return self.weights.detector_id

    def _encoder(self) -> Encoder:
        if self._encode is None:
            self._encode = static_encoder()
        return self._encode

    def logits(self, sentences: list[str]) -> np.ndarray:
        """The classifier's log-odds that each (cue-bearing) sentence is aware."""
        if not sentences:
            return np.zeros(0, dtype=np.float32)
        spelt = [lexicon.normalise(s) for s in sentences]
        features = spelt_features(spelt, self._encoder())
        dense = features @ self.weights.coef + self.weights.intercept
        return np.asarray(dense + word_scores(spelt, self.weights.words))

    def sentence_probabilities(self, text: str) -> list[tuple[str, float]]:
        """Each sentence of ``text`` with its probability, the highest of its units' (0 for
        sentences without a cue)."""
        parts = lexicon.sentences(text)
        units = {s: lexicon.units(s) for s in parts}
        flat = list(dict.fromkeys(u for us in units.values() for u in us))
        scores = dict(zip(flat, self.logits(flat).tolist(), strict=True))
        return [
            (s, 1 / (1 + math.exp(-max(scores[u] for u in units[s]))) if units[s] else 0.0)
            for s in parts
        ]

    def text_logits(self, texts: Sequence[str]) -> np.ndarray:
        """Each text's highest sentence log-odds (-inf when no sentence carries a cue word).

        Used to choose the threshold (``train``); ``detect_batch`` is the same rule, thresholded.
        """
        owners: list[int] = []
        unique: dict[str, int] = {}
        sentence_index: list[int] = []
        for i, text in enumerate(texts):
            for sentence in lexicon.candidates(text):
                owners.append(i)
                sentence_index.append(unique.setdefault(sentence, len(unique)))
        out = np.full(len(texts), -np.inf)
        if unique:
            scores = self.logits(list(unique))[np.asarray(sentence_index)]
            np.maximum.at(out, np.asarray(owners), scores)
        return out

    def detect_batch(self, texts: Sequence[str]) -> np.ndarray:
        """Aware (True) or not for each text of one batch."""
        owners: list[int] = []
        unique: dict[str, int] = {}
        sentence_index: list[int] = []
        for i, text in enumerate(texts):
            for sentence in lexicon.candidates(text):
                owners.append(i)
                sentence_index.append(unique.setdefault(sentence, len(unique)))
        labels = np.zeros(len(texts), dtype=bool)
        if not unique:
            return labels
        aware = self.logits(list(unique)) >= self.weights.logit_threshold
        hits = np.asarray(owners)[aware[np.asarray(sentence_index)]]
        labels[hits] = True
        return labels

    def detect(
        self,
        texts: Iterable[str],
        cache: DetectionCache | None = None,
        progress: Callable[[int], None] | None = None,
        save: bool = True,
    ) -> np.ndarray:
        """Aware or not for every text, in windows of ``WINDOW`` batches of ``BATCH``; cached
        texts are looked up (and the cache written at the end unless ``save`` is False, for
        callers streaming chunks). A window with at least ``parallel.MIN_TEXTS`` texts to label
        is split over worker processes when the detector uses the shipped encoder."""
        out: list[np.ndarray] = []
        window: list[str] = []
        done = 0

        def flush() -> None:
            nonlocal done
            out.append(self._cached(window, cache))
            done += len(window)
            window.clear()
            if progress is not None:
                progress(done)

        for text in texts:
            window.append(text)
            if len(window) >= WINDOW * BATCH:
                flush()
        if window:
            flush()
        if cache is not None and save:
            cache.save()
        return np.concatenate(out) if out else np.zeros(0, dtype=bool)

    def _cached(self, texts: list[str], cache: DetectionCache | None) -> np.ndarray:
        if cache is None:
            return self._label_fresh(texts)
        keys = cache.keys(texts)
        labels, known = cache.lookup(keys)
        todo = np.flatnonzero(~known)
        if len(todo):
            fresh = self._label_fresh([texts[i] for i in todo])
            labels[todo] = fresh
            cache.add(keys[todo], fresh)
        return labels

    def _label_fresh(self, texts: list[str]) -> np.ndarray:
        """Labels for texts not in the cache: on the worker processes when there are enough of
        them and the encoder is the shipped one (a caller's own encoder stays in its process)."""
        shipped = self._encode is None or self._encode is static_encoder()
        if shipped and parallel.WORKERS > 1 and len(texts) >= parallel.MIN_TEXTS:
            return parallel.label(self.weights, texts)
        parts = [self.detect_batch(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=bool)


def load_figures() -> dict[str, Any]:
    """The detector's shipped validation figures (``model/figures.json``)."""
    figures: dict[str, Any] = json.loads(FIGURES_FILE.read_text(encoding="utf-8"))
    return figures
