"""The fast paths agree with the plain ones: incremental chunking and the one-line diff."""

from __future__ import annotations

import difflib
import re

import numpy as np
import pytest

from tracker.spec._markdown import ChunkedLines, split_chunks
from tracker.spec.lineage import unified_text_diff

PIECES = [
    "# H1\n",
    "## H2 {#x}\n",
    "text line\n",
    "\n",
    "~~~\n",
    "```py\n",
    "```\n",
    "````\n",
    "    ```\n",
    "  # indented heading\n",
    "#not-a-heading\n",
    " ~~~~\n",
    "- item\n",
    "###### deep\n",
    "``` x ` y\n",
]


def _random_lines(rng: np.random.Generator, count: int) -> list[str]:
    return [str(rng.choice(PIECES)) for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_chunked_lines_matches_split_chunks_after_every_edit(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for _ in range(300):
        document = ChunkedLines()
        text = "".join(_random_lines(rng, int(rng.integers(0, 25))))
        document.reset(text)
        assert document.chunks == split_chunks(text)
        for _ in range(6):
            lines = list(document.lines)
            start = int(rng.integers(0, len(lines) + 1))
            stop = min(len(lines), start + int(rng.integers(0, 4)))
            inserted = _random_lines(rng, int(rng.integers(0, 4)))
            lines[start:stop] = inserted
            document.update(lines, start, start + len(inserted))
            assert document.chunks == split_chunks("".join(lines)), "".join(lines)


def test_a_document_without_final_newline_round_trips() -> None:
    document = ChunkedLines()
    document.reset("# A\n\ntext\n# B\nlast")
    assert "".join(document.lines) == "# A\n\ntext\n# B\nlast"
    assert document.chunks == [(0, "# A\n\ntext\n"), (3, "# B\nlast")]


def _apply(diff: str, old: list[str]) -> list[str]:
    """Apply a one-hunk unified diff (as written by unified_text_diff) to ``old``."""
    header, *lines = diff.split("\n")[2:]
    match = re.match(r"@@ -(\d+)(?:,(\d+))? ", header)
    assert match is not None
    start = int(match.group(1)) - (0 if match.group(2) == "0" else 1)
    removed = [line[1:] for line in lines if line[:1] in " -"]
    added = [line[1:] for line in lines if line[:1] in " +"]
    assert old[start : start + len(removed)] == removed
    return old[:start] + added + old[start + len(removed) :]


@pytest.mark.parametrize("seed", range(3))
def test_one_line_diffs_apply_and_mostly_equal_difflib(seed: int) -> None:
    rng = np.random.default_rng(seed)
    words = ["alpha", "beta", "", "gamma delta", "x"]
    identical = 0
    for _ in range(2000):
        old = [str(rng.choice(words)) for _ in range(int(rng.integers(1, 12)))]
        new = list(old)
        at = int(rng.integers(0, len(new)))
        roll = rng.random()
        if roll < 0.4:
            new[at] += "!"
        elif roll < 0.7:
            new.insert(at, str(rng.choice(words)))
        else:
            del new[at]
        mine = unified_text_diff("\n".join(old), "\n".join(new), "a", "b")
        reference = "\n".join(
            difflib.unified_diff(
                "\n".join(old).splitlines(), "\n".join(new).splitlines(), "a", "b", lineterm=""
            )
        )
        if not reference:
            assert mine == ""
            continue
        identical += mine == reference
        assert _apply(mine, "\n".join(old).splitlines()) == "\n".join(new).splitlines()
    assert identical > 1500  # only ambiguous alignments (repeated lines) differ from difflib


def test_multi_line_changes_use_difflib() -> None:
    old, new = "a\nb\nc\nd", "a\nB\nC\nd"
    expected = "\n".join(
        difflib.unified_diff(old.splitlines(), new.splitlines(), "x", "y", lineterm="")
    )
    assert unified_text_diff(old, new, "x", "y") == expected
