"""Dated snapshots to a git history; committing the spec with trailers."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.gitrepo import GitRepo
from tracker.errors import InputError, SpecHistoryError, UsageError
from tracker.history import read_spec_versions
from tracker.history.importer import build_message, commit_spec, import_snapshots

MakeRepo = Callable[[str], GitRepo]


def test_snapshots_dated_by_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "snaps"
    folder.mkdir()
    (folder / "spec-2025-03-01.md").write_text("# A\n\none\n")
    (folder / "spec-20250101.md").write_text("# A\n")
    (folder / "spec-2025-04-01.md").write_text("# A\n\none\n")  # unchanged: skipped
    done = import_snapshots(folder, tmp_path / "repo")
    assert [d.snapshot.path.name for d in done] == [
        "spec-20250101.md",
        "spec-2025-03-01.md",
        "spec-2025-04-01.md",
    ]
    assert [d.skipped for d in done][2] == "same content as the previous snapshot"
    versions = read_spec_versions(tmp_path / "repo", ["spec.md"])
    assert [v.version.date.isoformat() for v in versions] == [
        "2025-01-01T12:00:00+00:00",
        "2025-03-01T12:00:00+00:00",
    ]


def test_snapshots_from_a_manifest_with_messages_and_authors(tmp_path: Path) -> None:
    folder = tmp_path / "snaps"
    folder.mkdir()
    (folder / "first.md").write_text("# A\n")
    (folder / "second.md").write_text("# A\n\n# B\n")
    manifest = [
        {"file": "second.md", "date": "2025-02-01T09:30:00-05:00", "message": "Release 2025-02-01"},
        {"file": "first.md", "date": "2025-01-01", "author": "Ada"},
    ]
    (folder / "manifest.json").write_text(json.dumps(manifest))
    import_snapshots(folder, tmp_path / "repo", file_name="docs/spec.md")
    versions = read_spec_versions(tmp_path / "repo", ["docs/*.md"])
    assert [v.version.release for v in versions] == [None, "2025-02-01"]
    assert versions[0].version.author == "Ada"
    assert versions[1].version.date.isoformat() == "2025-02-01T09:30:00-05:00"


def test_snapshot_problems_name_the_file_and_field(tmp_path: Path) -> None:
    folder = tmp_path / "snaps"
    folder.mkdir()
    (folder / "undated.md").write_text("# A\n")
    with pytest.raises(InputError, match=r"undated\.md: no date in the file name"):
        import_snapshots(folder, tmp_path / "repo")
    (folder / "manifest.csv").write_text("file,date\nundated.md,yesterday\n")
    with pytest.raises(InputError, match=r"manifest\.csv, line 2, column 'date': 'yesterday'"):
        import_snapshots(folder, tmp_path / "repo")
    (folder / "manifest.csv").write_text("file,date\nmissing.md,2025-01-01\n")
    with pytest.raises(InputError, match=r"line 2, column 'file': .*missing\.md does not exist"):
        import_snapshots(folder, tmp_path / "repo")


def test_commit_spec_with_trailers_and_refusals(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    repo.commit("start", files={"spec.md": "# A\n"})
    repo.write("spec.md", "# A\n\n# B\n")
    repo.write("other.txt", "not part of the commit")
    with pytest.raises(UsageError, match="unknown failure id F-9"):
        commit_spec(
            repo.path, ["spec.md"], "Add B", prompted_by=["F-1", "F-9"], known_failures={"F-1"}
        )
    with pytest.raises(UsageError, match="unknown environment id nope"):
        commit_spec(repo.path, ["spec.md"], "Add B", targets_env=["nope"], known_environments={"x"})
    sha = commit_spec(
        repo.path,
        ["spec.md"],
        "Add B",
        prompted_by=["F-1"],
        targets_env=["sandbagging_qa"],
        known_failures={"F-1"},
    )
    latest = read_spec_versions(repo.path, ["spec.md"])[-1].version
    assert latest.commit == sha
    assert latest.trailers == {"Prompted-by": ["F-1"], "Targets-env": ["sandbagging_qa"]}
    assert "other.txt" in repo.git("status", "--porcelain")  # only the spec was committed
    with pytest.raises(SpecHistoryError, match="nothing to commit"):
        commit_spec(repo.path, ["spec.md"], "Again")


def test_build_message() -> None:
    assert build_message("Add AS3", ["F-1", "F-2"], []) == "Add AS3\n\nPrompted-by: F-1, F-2"
    assert build_message(" Plain ", [], []) == "Plain"


# -- paths a user gives stay inside the repository and the snapshots folder ----------------


def _tree(root: Path) -> dict[str, bytes | str]:
    """Every file (content), link (its target) and folder (empty) under ``root``."""
    found: dict[str, bytes | str] = {}
    for path in sorted(root.rglob("*")):
        key = str(path.relative_to(root))
        if path.is_symlink():
            found[key] = f"-> {path.readlink()}"
        elif path.is_file():
            found[key] = path.read_bytes()
        else:
            found[key] = ""
    return found


@pytest.fixture
def snaps(tmp_path: Path) -> Path:
    """A workspace folder: snapshots two levels down, so ``../../x.md`` lands inside tmp_path."""
    folder = tmp_path / "work" / "snaps"
    folder.mkdir(parents=True)
    (folder / "spec-2025-01-01.md").write_text("# A\n")
    return folder


@pytest.mark.parametrize(
    ("file_name", "reason"),
    [
        ("../../x.md", "leaves the repository"),
        ("docs/../../x.md", "leaves the repository"),
        ("..", "leaves the repository"),
        ("{outside}/x.md", "is an absolute path"),
        (".git/config", "inside .git"),
        ("docs/.GIT/hooks/post-commit", "inside .git"),
        ("", "is empty"),
        ("docs/", "names a folder"),
        (".", "names a folder"),
    ],
)
def test_file_name_outside_the_repository_is_refused_before_writing(
    snaps: Path, tmp_path: Path, file_name: str, reason: str
) -> None:
    file_name = file_name.format(outside=tmp_path)
    for into in (tmp_path / "work" / "repo", tmp_path / "work" / "new"):
        if into.name == "repo":
            GitRepo(into).commit("start", files={"README": "r"})
        before = _tree(tmp_path)
        with pytest.raises(UsageError, match=rf"--file-name {re.escape(repr(file_name))}") as err:
            import_snapshots(snaps, into, file_name=file_name)
        assert reason in str(err.value)
        assert _tree(tmp_path) == before  # nothing written: no x.md, no new repository


def test_file_name_through_a_link_or_a_file_is_refused(snaps: Path, tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "work" / "repo")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (repo.path / "docs").symlink_to(outside)
    (repo.path / "spec.md").symlink_to(outside / "spec.md")
    repo.commit("start", files={"notes.txt": "a file"})
    before = _tree(tmp_path)
    for file_name, reason in (
        ("docs/spec.md", "goes through the symbolic link docs"),
        ("spec.md", "is a symbolic link"),
        ("notes.txt/spec.md", "notes.txt is a file"),
    ):
        with pytest.raises(UsageError, match=re.escape(reason)):
            import_snapshots(snaps, repo.path, file_name=file_name)
    assert _tree(tmp_path) == before
    # A normalised path inside the repository is fine (and committed as its clean name).
    import_snapshots(snaps, repo.path, file_name="specs/./draft/../spec.md")
    assert repo.git("log", "--format=%s", "--name-only", "-1").split() == [
        "Snapshot",
        "2025-01-01",
        "(spec-2025-01-01.md)",
        "specs/spec.md",
    ]


@pytest.mark.parametrize(
    "entry", ["{outside}", "../outside.md", "../snaps/../outside.md", "link.md"]
)
def test_manifest_entries_outside_the_snapshots_folder_are_refused(
    snaps: Path, tmp_path: Path, entry: str
) -> None:
    outside = tmp_path / "work" / "outside.md"
    outside.write_text("# Not a snapshot\n")
    (snaps / "link.md").symlink_to(outside)
    rows = [
        {"file": "spec-2025-01-01.md", "date": "2025-01-01"},
        {"file": entry.format(outside=outside), "date": "2025-02-01"},
    ]
    (snaps / "manifest.json").write_text(json.dumps(rows))
    before = _tree(tmp_path)
    with pytest.raises(InputError, match=r"manifest\.json, line 2, column 'file': ") as err:
        import_snapshots(snaps, tmp_path / "work" / "repo")
    assert "outside the snapshots folder" in str(err.value)
    assert _tree(tmp_path) == before


def test_dated_files_linking_out_of_the_folder_are_refused(snaps: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside-2025-02-01.md"
    outside.write_text("# Not a snapshot\n")
    (snaps / "spec-2025-02-01.md").symlink_to(outside)
    with pytest.raises(InputError, match=r"spec-2025-02-01\.md: .*outside the snapshots folder"):
        import_snapshots(snaps, tmp_path / "repo")
    assert not (tmp_path / "repo").exists()


def test_into_must_be_a_folder_with_a_working_tree(snaps: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("not a folder")
    with pytest.raises(UsageError, match=r"--into .*file\.txt exists and is not a folder"):
        import_snapshots(snaps, a_file)
    source = GitRepo(tmp_path / "source")
    source.commit("start", files={"README": "r"})
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(source.path), str(bare)], check=True)
    before = _tree(tmp_path)
    with pytest.raises(SpecHistoryError, match=r"bare\.git: a bare repository .*working tree"):
        import_snapshots(snaps, bare)
    with pytest.raises(SpecHistoryError, match=r"inside the git folder"):
        import_snapshots(snaps, source.path / ".git" / "new")
    with pytest.raises(SpecHistoryError, match="bare repository"):
        commit_spec(bare, ["spec.md"], "Amend")
    with pytest.raises(SpecHistoryError, match=r"\.git: the \.git folder of a repository"):
        commit_spec(source.path / ".git", ["spec.md"], "Amend")
    assert _tree(tmp_path) == before
