"""The git seam (tracker.history.git) on real repositories, and the reader's progress callback."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from tests.support.gitrepo import GitRepo
from tracker.cli import main
from tracker.cli.common import progress_bar
from tracker.errors import SpecHistoryError
from tracker.history import read_spec_versions
from tracker.history.git import CHUNK, NOT_INSTALLED
from tracker.history.git import GitRepo as Seam

MakeRepo = Callable[[str], GitRepo]


@pytest.fixture
def spec_repo(make_repo: MakeRepo) -> GitRepo:
    repo = make_repo("spec")
    for number in range(3):
        repo.commit(f"edit {number}", files={"spec.md": f"# A {{#a}}\n\nversion {number}\n"})
    return repo


def test_run_gives_the_exact_output_and_a_failure_names_git_and_its_words(
    spec_repo: GitRepo,
) -> None:
    with Seam(spec_repo.path) as git:
        assert git.run("show", "HEAD:spec.md") == b"# A {#a}\n\nversion 2\n"  # newline kept
        with pytest.raises(SpecHistoryError) as caught:
            git.run("show", "HEAD:absent.md")
    message = str(caught.value)
    assert message.startswith(f"{spec_repo.path}: git show failed: ")
    assert "absent.md" in message  # git's own words


def test_probe_answers_with_the_status(spec_repo: GitRepo) -> None:
    git = Seam(spec_repo.path)
    head = spec_repo.git("rev-parse", "HEAD")
    assert git.probe("rev-parse", "--verify", "-q", "HEAD") == (0, head + "\n")
    status, _ = git.probe("rev-parse", "--verify", "-q", "nope")
    assert status != 0


def test_commands_run_in_the_repository_not_the_current_folder(
    spec_repo: GitRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = GitRepo(tmp_path / "elsewhere")
    elsewhere.commit("other", files={"other.md": "x\n"})
    monkeypatch.chdir(elsewhere.path)
    relative = Path("..") / spec_repo.path.name
    assert Seam(relative).run("ls-files") == b"spec.md\n"
    with pytest.raises(SpecHistoryError, match="git ls-files failed"):
        Seam(tmp_path / "gone").run("ls-files")  # never the current folder's repository


def test_records_stream_across_chunks_and_equal_the_whole_output(make_repo: MakeRepo) -> None:
    repo = make_repo("long")
    text = "".join(f"line {n}\n" for n in range(2_000))
    for number in range(12):
        repo.commit(f"edit {number}", files={"spec.md": text.replace("line", f"v{number}")})
    args = ("log", "-p", "--format=%x1e%H")
    whole = subprocess.run(
        ["git", "-C", str(repo.path), *args], capture_output=True, check=True
    ).stdout
    assert len(whole) > 3 * CHUNK  # records do cross chunk boundaries
    with Seam(repo.path) as git:
        records = list(git.records(*args, separator=b"\x1e"))
    assert records == whole.split(b"\x1e")[1:]
    assert len(records) == 12


def test_records_stopped_early_end_git_and_a_failure_is_an_error(spec_repo: GitRepo) -> None:
    git = Seam(spec_repo.path)
    stream = git.records("log", "--format=%x1e%H", separator=b"\x1e")
    assert len(next(stream).strip()) == 40
    stream.close()  # no error, no process left (the finally ends git)
    with pytest.raises(SpecHistoryError, match=r"git log failed: .*nope"):
        list(git.records("log", "nope", "--", separator=b"\x1e"))


def test_read_blob_and_a_missing_object(spec_repo: GitRepo) -> None:
    blob = spec_repo.git("rev-parse", "HEAD:spec.md")
    with Seam(spec_repo.path) as git:
        assert git.read_blob(blob) == b"# A {#a}\n\nversion 2\n"
        assert git.read_blob(blob) == b"# A {#a}\n\nversion 2\n"  # the same process again
        with pytest.raises(SpecHistoryError, match=r"git cat-file: object 0{40} is missing"):
            git.read_blob("0" * 40)


def test_input_bytes_reach_git(spec_repo: GitRepo) -> None:
    sha = Seam(spec_repo.path).run("hash-object", "--stdin", input_bytes=b"hello\n")
    assert sha.decode().strip() == "ce013625030ba8dba906f756967f9e9ca394464a"


def test_without_git_every_command_says_git_is_not_installed(
    spec_repo: GitRepo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    empty = tmp_path / "no-git"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(SpecHistoryError, match=re.escape(NOT_INSTALLED)):
        Seam(spec_repo.path).run("status")
    with pytest.raises(SpecHistoryError, match=re.escape(NOT_INSTALLED)):
        Seam(spec_repo.path).read_blob("0" * 40)
    code = main(["spec", "log", "--repo", str(spec_repo.path), "--file", "spec.md"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "git is not installed" in err
    assert "Traceback" not in err


# -- progress: reported by the reader, drawn by the CLI --------------------------------------


def _long_history(repo: GitRepo, count: int) -> None:
    lines = [f"Paragraph {n} of the spec.\n\n" for n in range(40)]
    for number in range(count):
        lines[number % 40] = f"Paragraph {number % 40}, edit {number}.\n\n"
        repo.commit(f"edit {number}", files={"spec.md": "# Spec {#spec}\n\n" + "".join(lines)})


@pytest.mark.parametrize("commits", [8, 70])  # blobs read one by one; diffs replayed (> 50)
def test_progress_counts_each_parsed_blob_once_up_to_the_total(
    make_repo: MakeRepo, tmp_path: Path, commits: int
) -> None:
    repo = make_repo("spec")
    _long_history(repo, commits)
    calls: list[tuple[int, int]] = []
    versions = read_spec_versions(
        repo.path,
        ["spec.md"],
        cache_dir=tmp_path / "cache",
        progress=lambda done, total: calls.append((done, total)),
    )
    assert len(versions) == commits
    assert calls == [(done, commits) for done in range(1, commits + 1)]
    calls.clear()
    read_spec_versions(
        repo.path,
        ["spec.md"],
        cache_dir=tmp_path / "cache",
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == []  # everything cached: nothing to report


def _terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=100), out


def test_the_cli_bar_appears_only_past_its_threshold() -> None:
    console, out = _terminal()
    with progress_bar("parsing spec versions", more_than=300, console=console) as update:
        for done in range(1, 11):
            update(done, 10)
    assert out.getvalue() == ""  # ten blobs: no bar flashes
    console, out = _terminal()
    with progress_bar("parsing spec versions", more_than=300, console=console) as update:
        for done in range(1, 401):
            update(done, 400)
    assert "parsing spec versions" in out.getvalue()
    assert "400/400" in out.getvalue()


def test_the_cli_bar_draws_nothing_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with progress_bar("parsing spec versions") as update:  # stderr is captured: no terminal
        update(1, 1000)
    assert capsys.readouterr().err == ""


def test_a_prefetched_command_is_what_run_returns_and_an_unused_one_ends(
    spec_repo: GitRepo,
) -> None:
    args = ("log", "--format=%H %s")
    expected = Seam(spec_repo.path).run(*args)
    with Seam(spec_repo.path) as git:
        git.prefetch(*args)
        assert git.run(*args) == expected
        git.prefetch("log", "nope", "--")
        with pytest.raises(SpecHistoryError, match=r"git log failed: .*nope"):
            git.run("log", "nope", "--")  # the prefetched failure, in run's words
        git.prefetch("log", "--format=%H")
    # Closed with a prefetch never taken (git ended, its thread joined): a later run is fresh.
    assert git.run(*args) == expected
