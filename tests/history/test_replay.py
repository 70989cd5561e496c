"""Long histories are parsed by replaying diffs; the result equals parsing every blob."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from tracker.history import read_spec_versions
from tracker.history._patches import PatchMismatch, apply_hunks, parse_hunks
from tracker.history.git import GitRepo as Seam

COMMITS = 80  # above the threshold at which diffs are replayed


def _data(content: bytes) -> bytes:
    return b"data %d\n" % len(content) + content + b"\n"


def _tricky_versions(rng: np.random.Generator) -> list[bytes]:
    """Edits of every kind, a version without a final newline, CRLF lines and a bad byte."""
    lines = [f"# Part {i} {{#part_{i}}}\n\nBody {i}.\n\n" for i in range(12)]
    versions: list[bytes] = []
    for number in range(COMMITS):
        at = int(rng.integers(len(lines)))
        roll = rng.random()
        if roll < 0.4:
            lines[at] = lines[at].replace("Body", f"Body (edit {number})")
        elif roll < 0.55:
            lines.insert(at, f"-- a line that starts like a diff header {number}\n\n")
        elif roll < 0.7:
            lines.insert(at, f"~~~\n# fenced {number}\n~~~\n\n")
        elif roll < 0.8 and len(lines) > 4:
            del lines[at]
        else:
            lines[at] = f"## Sub {number}\r\n\r\ncrlf text\r\n\r\n"
        text = "".join(lines).encode()
        if number % 17 == 5:
            text = text.rstrip(b"\n")  # no newline at the end of the file
        if number == 40:
            text += b"caf\xe9\n"  # not UTF-8: this version is read from its blob
        versions.append(text)
    return versions


@pytest.fixture(scope="module")
def long_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("replay") / "spec"
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    stream = []
    for number, content in enumerate(_tricky_versions(np.random.default_rng(7))):
        stamp = f"{1_767_225_600 + number * 3600} +0000".encode()
        stream += [b"commit refs/heads/main\n", b"author A <a@example.invalid> " + stamp + b"\n"]
        stream += [b"committer A <a@example.invalid> " + stamp + b"\n", _data(b"v%d" % number)]
        stream.append(b"M 100644 inline spec.md\n" + _data(content))
    subprocess.run(["git", "-C", str(path), "fast-import", "--quiet"], input=b"".join(stream))
    return path


def test_replaying_diffs_equals_parsing_every_blob(
    long_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    real_read = Seam.read_blob

    def counting_read(self: Seam, sha: str) -> bytes:
        reads.append(sha)
        return real_read(self, sha)

    monkeypatch.setattr(Seam, "read_blob", counting_read)
    with pytest.warns(UserWarning, match="not valid UTF-8"):
        replayed = read_spec_versions(long_repo, ["spec.md"])
    assert len(replayed) > 55  # some edits repeat an earlier text: not every commit is a version
    assert len(reads) <= 3  # the bad byte's version and the one after it; the rest from diffs
    monkeypatch.setattr("tracker.history._parsing.PATCH_THRESHOLD", 10**9)
    with pytest.warns(UserWarning, match="not valid UTF-8"):
        from_blobs = read_spec_versions(long_repo, ["spec.md"])
    assert len(reads) > 55
    assert replayed == from_blobs


def test_parse_and_apply_hunks_with_a_missing_final_newline() -> None:
    diff = "@@ -2 +2,2 @@\n-b\n\\ No newline at end of file\n+B\n+c\n\\ No newline at end of file\n"
    hunks = parse_hunks(diff)
    assert hunks is not None
    lines, low, high = apply_hunks(["a\n", "b"], hunks)
    assert lines == ["a\n", "B\n", "c"]
    assert (low, high) == (1, 3)
    with pytest.raises(PatchMismatch):
        apply_hunks(["a\n", "not b"], hunks)
    assert parse_hunks("Binary files a/x and b/x differ\n") is None
