"""Compare rendered text with a snapshot stored beside the tests.

Set ``SPECDRIFT_UPDATE_SNAPSHOTS=1`` to (re)write the snapshots instead of comparing; review the
diff in git before committing them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE_ENV = "SPECDRIFT_UPDATE_SNAPSHOTS"

_FULL_SHA = re.compile(r"\b[0-9a-f]{40}\b")


def normalise_shas(text: str, shas: list[str]) -> str:
    """Replace each known sha (full or short) by ``<sha-N>``, numbered in the given order."""
    for i, sha in enumerate(shas):
        text = text.replace(sha, f"<sha-{i}>").replace(sha[:7], f"<sha-{i}>")
    return _FULL_SHA.sub("<sha>", text)


def assert_snapshot(name: str, text: str) -> None:
    """Fail when ``text`` differs from the snapshot ``name`` (or it is missing), unless updating."""
    path = SNAPSHOTS / name
    if os.environ.get(UPDATE_ENV) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"snapshot {path} is missing; run the tests with {UPDATE_ENV}=1"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{name} differs from its snapshot; if the change is intended, rerun with "
        f"{UPDATE_ENV}=1 and review the diff"
    )
