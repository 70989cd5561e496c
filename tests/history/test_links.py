"""Symlinked spec files and bare repositories, on real git repositories."""

from __future__ import annotations

import subprocess
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.gitrepo import GitRepo
from tracker.errors import SpecHistoryError
from tracker.history import (
    SpecSymlinkWarning,
    ensure_spec_repo,
    export_spec_repo,
    read_spec_at,
    read_spec_versions,
)
from tracker.spec.models import ParsedVersion

MakeRepo = Callable[[str], GitRepo]


def _spec(*sections: str) -> str:
    return "\n\n".join(f"# {title}\n\nText of {title}." for title in sections) + "\n"


def _link(repo: GitRepo, name: str, target: str) -> None:
    """Make ``name`` a symbolic link to ``target`` in the working tree (replacing a file)."""
    path = repo.path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink() or path.exists():
        path.unlink()
    path.symlink_to(target)


def _ids(versions: list[ParsedVersion]) -> list[list[str]]:
    return [[c.id for c in v.clauses] for v in versions]


# -- symbolic links ------------------------------------------------------------------------


def test_a_symlinked_spec_file_is_read_through_its_target(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    _link(repo, "spec.md", "docs/real.md")
    one = repo.commit("one", "2026-01-01T00:00:00+00:00", {"docs/real.md": _spec("A")})
    repo.commit("two", "2026-01-02T00:00:00+00:00", {"docs/real.md": _spec("A", "B")})
    repo.commit("unrelated", "2026-01-03T00:00:00+00:00", {"notes.txt": "x"})
    repo.commit("three", "2026-01-04T00:00:00+00:00", {"docs/real.md": _spec("A", "B", "C")})
    assert repo.git("ls-tree", one, "spec.md").startswith("120000 blob")  # git stores the link

    versions = read_spec_versions(repo.path, ["spec.md"])
    # Edits of the target are versions, though they never touch the link itself.
    assert [v.version.subject for v in versions] == ["one", "two", "three"]
    assert _ids(versions) == [["a"], ["a", "b"], ["a", "b", "c"]]
    assert all("docs/real.md" not in c.text for v in versions for c in v.clauses)
    assert [set(v.version.files) for v in versions] == [{"docs/real.md"}] * 3

    # A glob matching both the link and its target reads the file once (no doubled clauses).
    both = read_spec_versions(repo.path, ["*.md", "docs/*.md"])
    assert _ids(both) == _ids(versions)
    at_one = read_spec_at(repo.path, ["spec.md"], one)
    assert [c.text for c in at_one.clauses] == ["Text of A."]


def test_a_spec_moved_with_a_link_left_behind_keeps_its_history(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    repo.commit("one", "2026-01-01T00:00:00+00:00", {"spec.md": _spec("A")})
    repo.commit("two", "2026-01-02T00:00:00+00:00", {"spec.md": _spec("A", "B")})
    (repo.path / "docs").mkdir()
    repo.git("mv", "spec.md", "docs/spec.md")
    _link(repo, "spec.md", "docs/spec.md")
    repo.commit("move", "2026-01-03T00:00:00+00:00")
    repo.commit("four", "2026-01-04T00:00:00+00:00", {"docs/spec.md": _spec("A", "B", "C")})

    versions = read_spec_versions(repo.path, ["spec.md"])
    assert [v.version.subject for v in versions] == ["one", "two", "move", "four"]
    assert [set(v.version.files) for v in versions] == [
        {"spec.md"},
        {"spec.md"},
        {"docs/spec.md"},
        {"docs/spec.md"},
    ]
    assert _ids(versions) == [["a"], ["a", "b"], ["a", "b"], ["a", "b", "c"]]


def test_a_spec_file_that_was_a_symlink_earlier_is_read_through_it(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    _link(repo, "spec.md", "drafts/v1.md")
    repo.commit("one", "2026-01-01T00:00:00+00:00", {"drafts/v1.md": _spec("A")})
    (repo.path / "spec.md").unlink()
    repo.commit("two", "2026-01-02T00:00:00+00:00", {"spec.md": _spec("A", "B")})

    versions = read_spec_versions(repo.path, ["spec.md"])
    assert [v.version.subject for v in versions] == ["one", "two"]
    assert _ids(versions) == [["a"], ["a", "b"]]  # never the link text "drafts/v1.md"


def test_links_out_of_the_repository_are_refused_by_name(
    make_repo: MakeRepo, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text(_spec("Secret"))
    repo = make_repo("spec")
    _link(repo, "up.md", "../outside.md")
    _link(repo, "absolute.md", str(outside))
    _link(repo, "dangling.md", "nowhere.md")
    _link(repo, "loop1.md", "loop2.md")
    _link(repo, "loop2.md", "loop1.md")
    _link(repo, "folder.md", "docs")
    repo.commit("one", files={"spec.md": _spec("A"), "docs/x.txt": "x"})

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        versions = read_spec_versions(repo.path, ["*.md"])
    assert _ids(versions) == [["a"]]
    messages = sorted(str(w.message) for w in caught if w.category is SpecSymlinkWarning)
    assert len(messages) == 6
    joined = "\n".join(messages)
    assert "up.md is a symbolic link to '../outside.md', outside the repository" in joined
    assert f"absolute.md is a symbolic link to '{outside}', outside the repository" in joined
    assert "dangling.md is a symbolic link to 'nowhere.md', which does not exist" in joined
    assert "loop1.md is a symbolic link in a loop" in joined
    assert "folder.md is a symbolic link to 'docs', a folder" in joined
    assert "Secret" not in str([c.text for v in versions for c in v.clauses])

    # The only spec file a link out: an error that names it, not an empty history.
    with pytest.raises(SpecHistoryError, match=r"up\.md is a symbolic link to '\.\./outside\.md'"):
        read_spec_versions(repo.path, ["up.md"])


def test_an_earlier_link_out_of_the_repository_is_a_warning(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    _link(repo, "spec.md", "../../etc/hostname")
    repo.commit("one", "2026-01-01T00:00:00+00:00")
    (repo.path / "spec.md").unlink()
    repo.commit("two", "2026-01-02T00:00:00+00:00", {"spec.md": _spec("A")})
    with pytest.warns(SpecSymlinkWarning, match=r"spec\.md at [0-9a-f]{7} is a symbolic link"):
        versions = read_spec_versions(repo.path, ["spec.md"])
    assert [v.version.subject for v in versions] == ["one", "two"]
    assert _ids(versions) == [[], ["a"]]


def test_a_long_history_through_a_link_replays_diffs_correctly(make_repo: MakeRepo) -> None:
    """Enough versions for the diff-replay path; each version equals parsing its blob."""
    repo = make_repo("spec")
    _link(repo, "spec.md", "docs/real.md")
    sections: list[str] = []
    for number in range(60):
        sections.append(f"S{number}")
        repo.commit(f"v{number}", files={"docs/real.md": _spec(*sections)})
    versions = read_spec_versions(repo.path, ["spec.md"])
    assert len(versions) == 60
    assert [len(v.clauses) for v in versions] == list(range(1, 61))


# -- bare repositories ---------------------------------------------------------------------


@pytest.fixture
def bare(make_repo: MakeRepo, tmp_path: Path) -> tuple[GitRepo, Path]:
    source = make_repo("source")
    source.commit("Release 2026-01-01", "2026-01-01T00:00:00+00:00", {"spec.md": _spec("A")})
    source.commit("two", "2026-01-02T00:00:00+00:00", {"spec.md": _spec("A", "B")})
    path = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(source.path), str(path)], check=True)
    return source, path


def test_a_bare_repository_is_read(bare: tuple[GitRepo, Path]) -> None:
    source, path = bare
    versions = read_spec_versions(path, ["spec.md"])
    assert [v.version for v in versions] == [
        v.version for v in read_spec_versions(source.path, ["spec.md"])
    ]
    assert _ids(versions) == [["a"], ["a", "b"]]
    assert [c.id for c in read_spec_at(path, ["spec.md"], "HEAD~1").clauses] == ["a"]
    # The .git folder of a working tree is a repository without a working tree, too.
    assert _ids(read_spec_versions(source.path / ".git", ["spec.md"])) == _ids(versions)


def test_a_bare_repository_is_used_and_exported(bare: tuple[GitRepo, Path], tmp_path: Path) -> None:
    _, path = bare
    assert ensure_spec_repo(path, None) == path
    stream = tmp_path / "spec.fast-export"
    export_spec_repo(path, stream)
    rebuilt = ensure_spec_repo(tmp_path / "rebuilt", stream)
    assert _ids(read_spec_versions(rebuilt, ["spec.md"])) == [["a"], ["a", "b"]]


def test_a_folder_inside_a_bare_repository_is_not_the_repository(
    bare: tuple[GitRepo, Path],
) -> None:
    _, path = bare
    with pytest.raises(SpecHistoryError, match="not a git repository"):
        read_spec_versions(path / "refs", ["spec.md"])


def test_a_shallow_bare_clone_says_to_unshallow(make_repo: MakeRepo, tmp_path: Path) -> None:
    source = make_repo("source")
    for day in range(1, 4):
        source.commit(f"v{day}", f"2026-01-0{day}T00:00:00+00:00", {"spec.md": _spec("A" * day)})
    path = tmp_path / "shallow.git"
    subprocess.run(
        ["git", "clone", "-q", "--bare", "--depth", "1", f"file://{source.path}", str(path)],
        check=True,
    )
    with pytest.raises(SpecHistoryError, match="shallow clone"):
        read_spec_versions(path, ["spec.md"])
