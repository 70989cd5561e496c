"""The parsed-clause cache under ``.specdrift/``: concurrent saves lose nothing, damage is ignored.

Two real processes save the same cache file 100 times each, every time from a fresh cache object
with one new entry; the save merges under the cache's lock, so every entry ends up on disk.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tracker.history._parsing import ClauseCache
from tracker.spec.models import Clause

SAVES = 100
PROJECT = Path(__file__).resolve().parents[2]

SAVER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tracker.history._parsing import ClauseCache
    from tracker.spec.models import Clause

    folder, name, saves = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    ready, go = Path(sys.argv[4]), Path(sys.argv[5])
    ready.touch()
    while not go.exists():
        time.sleep(0.001)
    for i in range(saves):
        cache = ClauseCache(folder, None)
        clause = Clause(
            id=f"{name}-{i}", title=name, level=2, parent_id=None, path=(name,),
            text=f"{name} text {i}", line_start=1, line_end=2,
        )
        cache.put((f"{name}.md", f"{i:040x}"), (clause,))
        cache.save()
    """
)


def test_two_processes_saving_at_once_keep_every_entry(tmp_path: Path) -> None:
    folder = tmp_path / ".specdrift"
    go = tmp_path / "go"
    names = ("alpha", "beta")

    def flags(name: str) -> list[str]:
        return [str(tmp_path / f"ready-{name}"), str(go)]

    savers = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, str(folder), name, str(SAVES), *flags(name)],
            cwd=PROJECT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"ready-{name}").exists() for name in names):
        assert time.monotonic() < deadline
        assert all(s.poll() is None for s in savers), [s.communicate() for s in savers]
        time.sleep(0.005)
    go.touch()
    for saver in savers:
        _, err = saver.communicate(timeout=120)
        assert saver.returncode == 0, err
        assert "could not write" not in err, err

    entries = ClauseCache(folder, None).entries
    expected = {(f"{name}.md", f"{i:040x}") for name in names for i in range(SAVES)}
    assert set(entries) == expected
    assert entries[("beta.md", f"{7:040x}")][0].text == "beta text 7"
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "content", [b"", b"\x80\x05garbage", b"not a pickle at all", b"\x80\x05N."]
)
def test_a_damaged_cache_file_is_ignored_and_rebuilt(tmp_path: Path, content: bytes) -> None:
    cache = ClauseCache(tmp_path, None)
    clause = Clause(
        id="a", title="A", level=1, parent_id=None, path=("A",), text="t", line_start=1, line_end=1
    )
    cache.put(("spec.md", "0" * 40), (clause,))
    cache.save()
    [stored] = tmp_path.glob("clauses-*.pickle")
    stored.write_bytes(content)
    assert ClauseCache(tmp_path, None).entries == {}  # no exception, nothing from the damage
    rebuilt = ClauseCache(tmp_path, None)
    rebuilt.put(("spec.md", "0" * 40), (clause,))
    rebuilt.save()
    assert list(ClauseCache(tmp_path, None).entries) == [("spec.md", "0" * 40)]
