"""Dated snapshots to a git history; committing the spec with trailers."""

from __future__ import annotations

import json
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
