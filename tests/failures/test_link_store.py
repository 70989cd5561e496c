"""links.csv: reading with located errors, and atomic, order-keeping, duplicate-free updates."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tracker.errors import InputError, UsageError
from tracker.failures.link_store import read_link_decisions, write_link_decision
from tracker.failures.models import LinkDecision

KNOWN = {"known_clauses": {"a", "b", "c"}, "known_failures": {"F-1", "F-2", "F-3"}}
ORIGINAL = "clause_id,failure_id,status,note\na,F-1,confirmed,first\nb,F-2,rejected,\n"


def _decision(clause: str, failure: str, status: str, note: str = "") -> LinkDecision:
    return LinkDecision(clause_id=clause, failure_id=failure, status=status, note=note)  # type: ignore[arg-type]


def test_missing_file_is_no_decisions(tmp_path: Path) -> None:
    assert read_link_decisions(tmp_path / "links.csv") == []


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("clause_id,failure_id,status,note\na,F-1,maybe,\n", "line 2, column 'status'"),
        ("clause_id,failure_id,status,note\n,F-1,confirmed,\n", "line 2, column 'clause_id'"),
        ("clause_id,status\na,confirmed\n", "line 1, column 'failure_id'"),
        ("clause_id,failure_id,status,who\na,F-1,confirmed,me\n", "line 1, column 'who'"),
        (
            "clause_id,failure_id,status,note\na,F-1,confirmed,\n\na,F-1,rejected,\n",
            "line 4, column 'failure_id'",
        ),
        ("clause_id,failure_id,status,note\na,F-1,confirmed,,extra\n", "line 2"),
    ],
)
def test_bad_rows_name_line_and_column(tmp_path: Path, content: str, where: str) -> None:
    path = tmp_path / "links.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_link_decisions(path)
    assert f"{path}, {where}" in str(caught.value)


def test_update_in_place_append_and_no_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text(ORIGINAL, encoding="utf-8")
    assert write_link_decision(path, _decision("a", "F-1", "rejected"), **KNOWN)
    assert write_link_decision(path, _decision("c", "F-3", "confirmed", "why"), **KNOWN)
    assert not write_link_decision(path, _decision("c", "F-3", "confirmed"), **KNOWN)
    assert path.read_text(encoding="utf-8") == (
        "clause_id,failure_id,status,note\na,F-1,rejected,first\nb,F-2,rejected,\nc,F-3,confirmed,why\n"
    )
    assert [d.status for d in read_link_decisions(path)] == ["rejected", "rejected", "confirmed"]


def test_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "links.csv"
    write_link_decision(path, _decision("a", "F-2", "confirmed", 'has "quotes", commas'), **KNOWN)
    [decision] = read_link_decisions(path)
    assert decision.note == 'has "quotes", commas'


@pytest.mark.parametrize(
    ("clause", "failure", "message"), [("z", "F-1", "clause"), ("a", "F-9", "failure")]
)
def test_unknown_ids_are_usage_errors(
    tmp_path: Path, clause: str, failure: str, message: str
) -> None:
    path = tmp_path / "links.csv"
    path.write_text(ORIGINAL, encoding="utf-8")
    with pytest.raises(UsageError, match=f"unknown {message} id"):
        write_link_decision(path, _decision(clause, failure, "confirmed"), **KNOWN)
    assert path.read_text(encoding="utf-8") == ORIGINAL


def test_failure_midway_leaves_the_original_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "links.csv"
    path.write_text(ORIGINAL, encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    # The temporary file is written, then flushing it to disk fails before the rename.
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_link_decision(path, _decision("c", "F-3", "confirmed"), **KNOWN)
    assert path.read_text(encoding="utf-8") == ORIGINAL
    # No temporary file left behind; only the (empty) lock file stays beside links.csv.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".links.csv.lock", "links.csv"]


def test_a_process_killed_before_the_rename_leaves_the_original(tmp_path: Path) -> None:
    """A real crash: the writing process dies after the partial temp file, before os.replace."""
    path = tmp_path / "links.csv"
    path.write_text(ORIGINAL, encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from tracker.failures import link_store
        from tracker.failures.models import LinkDecision

        def crash(source, target):
            with open(source, "r+", encoding="utf-8") as stream:  # keep only half the new file
                content = stream.read()
                stream.seek(0); stream.truncate(); stream.write(content[: len(content) // 2])
            os._exit(9)

        os.replace = crash
        link_store.write_link_decision(
            Path({str(path)!r}),
            LinkDecision(clause_id="c", failure_id="F-3", status="confirmed"),
            known_clauses={{"c"}}, known_failures={{"F-3"}},
        )
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=Path(__file__).parents[2], check=False
    )
    assert done.returncode == 9
    assert path.read_text(encoding="utf-8") == ORIGINAL
    assert len(read_link_decisions(path)) == 2
    leftovers = [p for p in tmp_path.iterdir() if p.name != "links.csv"]
    assert all(p.name.startswith(".links.csv.") for p in leftovers)  # hidden, never read
    assert os.access(path, os.R_OK)
