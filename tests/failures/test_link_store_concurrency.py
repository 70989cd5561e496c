"""links.csv under concurrency (issue 13): two real processes writing at once lose no decision.

Before the lock, two ``links confirm`` at the same moment both read the old file and the later
rename dropped the other's decision, about one round in 20. Here each test starts two real
Python processes at the same moment (each waits for a "go" file after its imports) and then
checks that every decision each of them reported as recorded is in links.csv.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.failures.workspace_builder import build_workspace
from tests.support.gitrepo import GitRepo
from tracker.cli import main
from tracker.errors import WorkspaceBusyError
from tracker.failures import link_store
from tracker.failures.link_store import read_link_decisions, write_link_decision
from tracker.failures.models import LinkDecision

MakeRepo = Callable[[str], GitRepo]
PROJECT = Path(__file__).resolve().parents[2]
ROUNDS = 200
CLI_ROUNDS = 10

pytestmark = pytest.mark.slow

# One writer: imports, says it is ready, waits for "go", then records ROUNDS decisions of its
# own clause in one interpreter, each through the real write_link_decision.
WRITER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from tracker.failures.link_store import write_link_decision
    from tracker.failures.models import LinkDecision

    path, name, rounds, ready, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), *sys.argv[4:]
    failures = {f"F-{i}" for i in range(rounds)}
    Path(ready).touch()
    while not Path(go).exists():
        time.sleep(0.001)
    start = time.monotonic()
    recorded = 0
    for i in range(rounds):
        decision = LinkDecision(
            clause_id=name, failure_id=f"F-{i}", status="confirmed", note=f"{name} round {i}"
        )
        recorded += write_link_decision(
            path, decision, known_clauses={name}, known_failures=failures
        )
    print(json.dumps({"start": start, "end": time.monotonic(), "recorded": recorded}))
    """
)


def _wait_for(files: list[Path], processes: list[subprocess.Popen[str]]) -> None:
    """Wait until every file exists; fail at once if a process died, or after 120 s."""
    deadline = time.monotonic() + 120
    while not all(file.exists() for file in files):
        assert time.monotonic() < deadline, f"still waiting for {files}"
        assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
        time.sleep(0.002)


def _start_together(commands: list[list[str]], folder: Path) -> list[subprocess.Popen[str]]:
    """Start the processes, wait until each has imported everything, then release them at once."""
    go = folder / "go"
    ready = [folder / f"ready-{index}" for index in range(len(commands))]
    processes = [
        subprocess.Popen(
            [*command, str(flag), str(go)],
            cwd=PROJECT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command, flag in zip(commands, ready, strict=True)
    ]
    _wait_for(ready, processes)
    go.touch()
    return processes


def _interleavings(clauses: list[str]) -> int:
    """How often consecutive rows come from different writers (0: one ran after the other)."""
    return sum(a != b for a, b in itertools.pairwise(clauses))


def test_two_processes_200_rounds_lose_no_decision(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    started = time.monotonic()
    writers = [
        [sys.executable, "-c", WRITER, str(path), name, str(ROUNDS)] for name in ("alpha", "beta")
    ]
    processes = _start_together(writers, tmp_path)
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        reports.append(json.loads(out))
    elapsed = time.monotonic() - started

    decisions = read_link_decisions(path)
    found = {(d.clause_id, d.failure_id, d.note) for d in decisions}
    expected = {
        (name, f"F-{i}", f"{name} round {i}") for name in ("alpha", "beta") for i in range(ROUNDS)
    }
    lost = expected - found
    assert not lost, f"{len(lost)} of {len(expected)} decisions lost, e.g. {sorted(lost)[:3]}"
    assert len(decisions) == 2 * ROUNDS  # and nothing twice
    assert [r["recorded"] for r in reports] == [ROUNDS, ROUNDS]  # each write said "changed"
    # The test means something only if the writers really ran at the same time.
    first, second = reports
    assert max(first["start"], second["start"]) < min(first["end"], second["end"])
    interleavings = _interleavings([d.clause_id for d in decisions])
    assert interleavings >= 2  # not simply one writer's rows, then the other's
    print(f"{ROUNDS} rounds x 2: 0 lost, {interleavings} interleavings, {elapsed:.1f} s")
    assert elapsed < 60


# One CLI user: for each round, says it is ready, waits for that round's "go", runs
# ``specdrift links confirm CLAUSE F-<100+round>`` through the CLI's own entry point, says it is
# done. One interpreter for all rounds: a fresh ``python -m tracker.cli`` costs seconds of
# imports per round on a loaded machine, and the rounds must start at the same moment anyway.
CLI_USER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from tracker.cli import main

    folder, root, clause, rounds = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    codes = []
    for i in range(rounds):
        (folder / f"ready-{clause}-{i}").touch()
        while not (folder / f"go-{i}").exists():
            time.sleep(0.001)
        argv = ["links", "confirm", clause, f"F-{100 + i}", "--note", clause, "--workspace", root]
        codes.append(main(argv))
        (folder / f"done-{clause}-{i}").touch()
    print(json.dumps(codes))
    """
)


def test_two_cli_confirms_at_once_lose_no_decision(tmp_path: Path, make_repo: MakeRepo) -> None:
    root, _ = build_workspace(tmp_path, make_repo, trailers=False)
    failures = root / "bench" / "failures.jsonl"
    extra = [
        {"failure_id": f"F-{100 + i}", "date": "2026-02-01", "env_id": "sandbag_qa", "summary": "x"}
        for i in range(CLI_ROUNDS)
    ]
    with failures.open("a", encoding="utf-8") as stream:
        stream.writelines(json.dumps(row) + "\n" for row in extra)
    clauses = ("sandbagging", "oversight")
    folder = tmp_path / "flags"
    folder.mkdir()
    started = time.monotonic()
    users = [
        subprocess.Popen(
            [sys.executable, "-c", CLI_USER, str(folder), str(root), clause, str(CLI_ROUNDS)],
            cwd=PROJECT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for clause in clauses
    ]
    try:
        for round_number in range(CLI_ROUNDS):
            _wait_for([folder / f"ready-{clause}-{round_number}" for clause in clauses], users)
            (folder / f"go-{round_number}").touch()
            _wait_for([folder / f"done-{clause}-{round_number}" for clause in clauses], users)
            pairs = {(d.clause_id, d.failure_id) for d in read_link_decisions(root / "links.csv")}
            failure = f"F-{100 + round_number}"
            lost = {(clause, failure) for clause in clauses} - pairs
            if lost:
                # Their stderr says why (it once said the sample table's folder had vanished).
                for user in users:
                    user.kill()
                said = [user.communicate()[1] for user in users]
                raise AssertionError(f"round {round_number}: lost {lost}; stderr: {said}")
    finally:
        # A failed round must not leave the users waiting forever for their next "go".
        for user in users:
            if user.poll() is None and not (folder / f"go-{CLI_ROUNDS - 1}").exists():
                user.kill()
    for user in users:
        out, err = user.communicate(timeout=120)
        assert user.returncode == 0, err
        assert json.loads(out) == [0] * CLI_ROUNDS
        assert "Traceback" not in err
        # Each confirm printed "recorded: ...", none "already recorded" (rich may wrap lines).
        assert " ".join(err.split()).count("recorded: ") == CLI_ROUNDS, err
        assert "already" not in err
    decisions = read_link_decisions(root / "links.csv")
    assert len(decisions) == 2 * CLI_ROUNDS
    assert {d.note for d in decisions} == set(clauses)
    print(f"{CLI_ROUNDS} CLI rounds: 0 decisions lost in {time.monotonic() - started:.1f} s")


# Holds the lock of links.csv until its standard input closes.
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from tracker._safe_files import exclusive

    with exclusive(Path(sys.argv[1]), timeout=10):
        print("held", flush=True)
        sys.stdin.read()
    """
)


def _hold_lock(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=PROJECT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "held\n"
    return holder


def test_a_lock_held_too_long_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text("clause_id,failure_id,status,note\na,F-1,confirmed,\n", encoding="utf-8")
    decision = LinkDecision(clause_id="a", failure_id="F-2", status="rejected")
    holder = _hold_lock(path)
    try:
        started = time.monotonic()
        with pytest.raises(WorkspaceBusyError) as caught:
            write_link_decision(
                path, decision, known_clauses={"a"}, known_failures={"F-1", "F-2"}, lock_timeout=0.3
            )
        assert 0.3 <= time.monotonic() - started < 5
        assert str(caught.value).startswith(f"{path}: another process has held its lock")
        assert path.read_text(encoding="utf-8").count("\n") == 2  # untouched
    finally:
        holder.communicate("")
    # Released when the holder exits: the same write now goes through.
    assert write_link_decision(path, decision, known_clauses={"a"}, known_failures={"F-1", "F-2"})


def test_cli_reports_a_busy_links_file_with_exit_2(
    tmp_path: Path,
    make_repo: MakeRepo,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, _ = build_workspace(tmp_path, make_repo, trailers=False)
    monkeypatch.setattr(link_store, "LOCK_TIMEOUT", 0.2)
    holder = _hold_lock(root / "links.csv")
    try:
        code = main(["links", "confirm", "sandbagging", "F-1", "--workspace", str(root)])
    finally:
        holder.communicate("")
    out, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in out + err
    message = " ".join(err.split())
    assert f"{root / 'links.csv'}: another process has held its lock" in message
    assert not (root / "links.csv").exists()  # nothing was written
