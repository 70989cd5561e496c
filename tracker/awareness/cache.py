"""Detected labels kept by text, so a re-run pays only for hashing.

One file per detector id (``<cache_dir>/awareness/<id>.npz``): sorted 64-bit BLAKE2b keys of the
texts and their labels. A collision needs about 4e9 distinct texts to become likely; the
detector id is hashed in, so a new detector never reads an old one's labels. A damaged file is
ignored (and rebuilt), never an error.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np


class DetectionCache:
    def __init__(self, folder: Path, detector_id: str) -> None:
        self.path = folder / "awareness" / f"{detector_id}.npz"
        self._salt = detector_id.encode("utf-8") + b"\0"
        self._keys = np.zeros(0, dtype=np.uint64)
        self._labels = np.zeros(0, dtype=bool)
        self._new_keys: list[np.ndarray] = []
        self._new_labels: list[np.ndarray] = []
        try:
            with np.load(self.path) as stored:
                keys, labels = stored["keys"], stored["labels"]
            if keys.shape == labels.shape and keys.dtype == np.uint64:
                self._keys, self._labels = keys, labels.astype(bool)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            pass  # absent or damaged: start empty

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self, texts: list[str]) -> np.ndarray:
        salt = self._salt
        return np.fromiter(
            (
                int.from_bytes(
                    hashlib.blake2b(
                        salt + t.encode("utf-8", "surrogatepass"), digest_size=8
                    ).digest(),
                    "little",
                )
                for t in texts
            ),
            dtype=np.uint64,
            count=len(texts),
        )

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(labels, known) for ``keys``; unknown keys get False with known False."""
        labels = np.zeros(len(keys), dtype=bool)
        if not len(self._keys):
            return labels, np.zeros(len(keys), dtype=bool)
        where = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        known = self._keys[where] == keys
        labels[known] = self._labels[where[known]]
        return labels, known

    def add(self, keys: np.ndarray, labels: np.ndarray) -> None:
        self._new_keys.append(keys)
        self._new_labels.append(labels.astype(bool))

    def save(self) -> None:
        """Merge what was added and write atomically (a concurrent writer's labels may be lost,
        never corrupted: both would have computed the same labels)."""
        if not self._new_keys:
            return
        keys = np.concatenate([self._keys, *self._new_keys])
        labels = np.concatenate([self._labels, *self._new_labels])
        keys, first = np.unique(keys, return_index=True)
        self._keys, self._labels = keys, labels[first]
        self._new_keys, self._new_labels = [], []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=self.path.parent, suffix=".npz.tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                np.savez(stream, keys=self._keys, labels=self._labels)
            os.replace(temp, self.path)
        except OSError:
            Path(temp).unlink(missing_ok=True)
