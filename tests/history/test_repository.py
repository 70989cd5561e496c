"""Opening the spec repository, or rebuilding it from a fast-export stream."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.gitrepo import GitRepo
from tracker.errors import SpecHistoryError
from tracker.history import ensure_spec_repo, export_spec_repo, read_spec_versions

MakeRepo = Callable[[str], GitRepo]


@pytest.fixture
def source(make_repo: MakeRepo) -> GitRepo:
    repo = make_repo("source")
    repo.commit("one", "2026-01-01T09:00:00+02:00", {"spec.md": "# A {#a}\n\nalpha\n"})
    tagged = repo.commit(
        "two\n\nPrompted-by: F-0001", "2026-01-05T09:00:00+00:00", {"spec.md": "# A {#a}\n\nb\n"}
    )
    repo.git("tag", "-a", "r1", "-m", "release one", tagged)
    return repo


def test_export_then_rebuild_gives_the_same_history(source: GitRepo, tmp_path: Path) -> None:
    stream = tmp_path / "spec.fast-export"
    export_spec_repo(source.path, stream)
    assert (
        stream.read_bytes().startswith(b"blob") or b"commit refs/heads/main" in stream.read_bytes()
    )
    rebuilt = ensure_spec_repo(tmp_path / "rebuilt" / "spec", stream)
    assert rebuilt == tmp_path / "rebuilt" / "spec"
    assert (rebuilt / "spec.md").read_text() == "# A {#a}\n\nb\n"  # main is checked out
    original = read_spec_versions(source.path, ["spec.md"])
    again = read_spec_versions(rebuilt, ["spec.md"])
    assert [v.version for v in again] == [v.version for v in original]
    assert again[-1].version.release == "r1"
    assert again[-1].version.trailers == {"Prompted-by": ["F-0001"]}
    assert not [p for p in rebuilt.parent.iterdir() if p.name.startswith(".")]


def test_an_existing_repository_is_used_as_it_is(source: GitRepo, tmp_path: Path) -> None:
    assert ensure_spec_repo(source.path, tmp_path / "absent.fast-export") == source.path


def test_an_empty_folder_is_filled(source: GitRepo, tmp_path: Path) -> None:
    stream = tmp_path / "spec.fast-export"
    export_spec_repo(source.path, stream)
    target = tmp_path / "target"
    target.mkdir()
    assert (ensure_spec_repo(target, stream) / ".git").is_dir()


def test_missing_repo_and_stream_name_both_paths(tmp_path: Path) -> None:
    with pytest.raises(SpecHistoryError) as caught:
        ensure_spec_repo(tmp_path / "spec", tmp_path / "spec.fast-export")
    message = str(caught.value)
    assert str(tmp_path / "spec") in message
    assert str(tmp_path / "spec.fast-export") in message
    with pytest.raises(SpecHistoryError, match="no export stream is configured"):
        ensure_spec_repo(tmp_path / "spec", None)


def test_a_folder_with_other_content_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "spec"
    target.mkdir()
    (target / "precious.txt").write_text("keep me")
    stream = tmp_path / "s.fast-export"
    stream.write_text("")
    with pytest.raises(SpecHistoryError, match="exists but is not a git repository"):
        ensure_spec_repo(target, stream)
    assert (target / "precious.txt").read_text() == "keep me"


def test_a_broken_stream_leaves_nothing_half_built(tmp_path: Path) -> None:
    stream = tmp_path / "broken.fast-export"
    stream.write_text("commit refs/heads/main\nthis is not a fast-export stream\n")
    with pytest.raises(SpecHistoryError, match="fast-import failed"):
        ensure_spec_repo(tmp_path / "spec", stream)
    assert not (tmp_path / "spec").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.fast-export"]
