"""Reading spec versions from real git repositories."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.gitrepo import GitRepo
from tracker.errors import SpecHistoryError
from tracker.history import SpecEncodingWarning, read_spec_at, read_spec_versions
from tracker.history.reader import release_from_subject, resolve_revision

MakeRepo = Callable[[str], GitRepo]


def _spec(*sections: str) -> str:
    return "\n\n".join(f"# {title}\n\nText of {title}." for title in sections) + "\n"


def test_versions_oldest_first_only_commits_touching_the_spec(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    first = repo.commit("Start", "2026-01-01T10:00:00+01:00", {"spec.md": _spec("A")})
    repo.commit("Unrelated", "2026-01-02T10:00:00+00:00", {"notes.txt": "x"})
    second = repo.commit(
        "Add B\n\nPrompted-by: F-0012, F-0031\nTargets-env: sandbagging_qa\nPrompted-by: F-0040",
        "2026-01-03T10:00:00-05:00",
        {"spec.md": _spec("A", "B")},
    )
    versions = read_spec_versions(repo.path, ["*.md"])
    assert [v.version.commit for v in versions] == [first, second]
    latest = versions[-1].version
    assert latest.trailers == {
        "Prompted-by": ["F-0012", "F-0031", "F-0040"],
        "Targets-env": ["sandbagging_qa"],
    }
    assert latest.date.utcoffset() == timedelta(hours=-5)
    assert versions[0].version.date.utcoffset() == timedelta(hours=1)
    assert latest.author == "Spec Author"
    assert latest.subject == "Add B"
    assert [c.id for c in versions[-1].clauses] == ["a", "b"]
    assert set(latest.files) == {"spec.md"}


def test_release_names_from_tags_then_subjects(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    repo.commit("Release 2026-02-01", "2026-01-30T10:00:00+00:00", {"spec.md": _spec("A")})
    tagged = repo.commit("Tweak", "2026-02-03T10:00:00+00:00", {"spec.md": _spec("A", "B")})
    repo.git("tag", "-a", "v2.0", "-m", "two", tagged)
    repo.commit("Plain edit", "2026-02-04T10:00:00+00:00", {"spec.md": _spec("A", "C")})
    releases = [v.version.release for v in read_spec_versions(repo.path, ["spec.md"])]
    assert releases == ["2026-02-01", "v2.0", None]


@pytest.mark.parametrize(
    ("subject", "release"),
    [
        ("Release 2025-10-27", "2025-10-27"),
        ("Release 2025-12-18 (rev 2 - include small missed patch)", "2025-12-18 rev 2"),
        ("release: v1.4.0", "v1.4.0"),
        ("Spec v3.1 with new clauses", "v3.1"),
        ("Fix typo in 2025-10-27 notes", None),
        ("Bump the rev counter", None),
    ],
)
def test_release_from_subject(subject: str, release: str | None) -> None:
    assert release_from_subject(subject) == release


def test_renamed_spec_file_is_followed(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    repo.commit("one", "2026-01-01T00:00:00+00:00", {"old_spec.md": _spec("A", "B", "C")})
    repo.commit("two", "2026-01-02T00:00:00+00:00", {"old_spec.md": _spec("A", "B", "C", "D")})
    repo.git("mv", "old_spec.md", "spec.md")
    repo.commit("rename", "2026-01-03T00:00:00+00:00")
    repo.commit("four", "2026-01-04T00:00:00+00:00", {"spec.md": _spec("A", "B", "C", "D", "E")})
    versions = read_spec_versions(repo.path, ["spec.md"])
    assert [v.version.subject for v in versions] == ["one", "two", "rename", "four"]
    assert [set(v.version.files) for v in versions] == [
        {"old_spec.md"},
        {"old_spec.md"},
        {"spec.md"},
        {"spec.md"},
    ]
    assert [len(v.clauses) for v in versions] == [3, 4, 4, 5]


def test_merge_commits_follow_the_first_parent(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    repo.commit("base", "2026-01-01T00:00:00+00:00", {"spec.md": _spec("A")})
    repo.git("checkout", "-q", "-b", "topic")
    repo.commit("topic edit", "2026-01-02T00:00:00+00:00", {"spec.md": _spec("A", "T")})
    repo.git("checkout", "-q", "main")
    repo.commit("main edit", "2026-01-03T00:00:00+00:00", {"other.txt": "x"})
    repo.git("merge", "-q", "--no-ff", "topic", "-m", "Merge topic", date="2026-01-04T00:00:00Z")
    versions = read_spec_versions(repo.path, ["spec.md"])
    assert [v.version.subject for v in versions] == ["base", "Merge topic"]
    assert [c.id for c in versions[-1].clauses] == ["a", "t"]
    every_commit = read_spec_versions(repo.path, ["spec.md"], first_parent=False)
    assert "topic edit" in [v.version.subject for v in every_commit]


def test_non_utf8_bytes_are_replaced_with_a_warning(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    repo.commit("latin-1", files={"spec.md": b"# Caf\xe9\n\nline two\n"})
    with pytest.warns(SpecEncodingWarning, match=r"spec\.md at [0-9a-f]{7}, line 1, column 6"):
        versions = read_spec_versions(repo.path, ["spec.md"])
    assert versions[0].clauses[0].title == "Caf\ufffd"


def test_errors_name_the_problem(make_repo: MakeRepo, tmp_path: Path) -> None:
    with pytest.raises(SpecHistoryError, match="not a git repository"):
        read_spec_versions(tmp_path, ["spec.md"])
    with pytest.raises(SpecHistoryError, match="no such folder"):
        read_spec_versions(tmp_path / "absent", ["spec.md"])
    empty = make_repo("empty")
    with pytest.raises(SpecHistoryError, match="empty"):
        read_spec_versions(empty.path, ["spec.md"])
    repo = make_repo("spec")
    repo.commit("one", files={"spec.md": _spec("A")})
    with pytest.raises(SpecHistoryError, match=r"no file at HEAD matches docs/\*\.md"):
        read_spec_versions(repo.path, ["docs/*.md"])
    with pytest.raises(SpecHistoryError, match="unknown revision 'nope'"):
        read_spec_versions(repo.path, ["spec.md"], revision="nope")


def test_shallow_clone_that_cuts_the_history_says_to_unshallow(
    make_repo: MakeRepo, tmp_path: Path
) -> None:
    repo = make_repo("spec")
    for day in range(1, 5):
        repo.commit(f"v{day}", f"2026-01-0{day}T00:00:00+00:00", {"spec.md": _spec(*"ABCD"[:day])})
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "2", f"file://{repo.path}", str(clone)], check=True
    )
    with pytest.raises(SpecHistoryError, match="git fetch --unshallow"):
        read_spec_versions(clone, ["spec.md"])
    # A range inside the fetched history is fine.
    tail = read_spec_versions(clone, ["spec.md"], since="HEAD~1")
    assert [v.version.subject for v in tail] == ["v4"]


def test_since_gives_only_later_versions_and_read_spec_at(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    base = repo.commit("one", "2026-01-01T00:00:00+00:00", {"spec.md": _spec("A")})
    repo.commit("two", "2026-01-02T00:00:00+00:00", {"spec.md": _spec("A", "B")})
    repo.commit("three", "2026-01-03T00:00:00+00:00", {"spec.md": _spec("A", "B", "C")})
    later = read_spec_versions(repo.path, ["spec.md"], since=base)
    assert [v.version.subject for v in later] == ["two", "three"]
    at_base = read_spec_at(repo.path, ["spec.md"], base)
    assert at_base.version.commit == base
    assert [c.id for c in at_base.clauses] == ["a"]


def test_cache_means_a_rerun_parses_nothing(
    make_repo: MakeRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo("spec")
    repo.commit("one", "2026-01-01T00:00:00+00:00", {"spec.md": _spec("A")})
    repo.commit("two", "2026-01-02T00:00:00+00:00", {"spec.md": _spec("A", "B")})
    cache = tmp_path / "cache"
    cold = read_spec_versions(repo.path, ["spec.md"], cache_dir=cache)
    assert list(cache.glob("clauses-*.pickle"))

    class NoParsing:
        def __init__(self, *args: object) -> None:
            pass

        def split(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("a cached blob was parsed again")

    monkeypatch.setattr("tracker.history.reader.ClauseSplitter", NoParsing)
    warm = read_spec_versions(repo.path, ["spec.md"], cache_dir=cache)
    assert warm == cold
    # A different clause marker is a different cache: it must parse (and so fail here).
    with pytest.raises(AssertionError, match="parsed again"):
        read_spec_versions(repo.path, ["spec.md"], cache_dir=cache, clause_marker=r"(?P<id>X)")


# -- the real OpenAI Model Spec history ----------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]")


def count_headings(text: str) -> int:
    """Headings outside fenced code, by a line scan independent of the parser under test."""
    count, fence = 0, ""
    for line in text.splitlines():
        match = _FENCE.match(line)
        if fence:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = "" if not match.group(2).strip() else fence
            continue
        if match:
            fence = match.group(1)
        elif _HEADING.match(line):
            count += 1
    return count


def test_openai_model_spec_history(openai_spec_repo: Path) -> None:
    versions = read_spec_versions(openai_spec_repo, ["model_spec.md"])
    assert len(versions) == 6
    releases = [v.version.release for v in versions]
    assert releases == [
        "2025-02-12",
        "2025-04-11",
        "2025-09-12",
        "2025-10-27",
        "2025-12-18",
        "2025-12-18 rev 2",
    ]
    assert versions[3].version.date.date().isoformat() == "2025-10-26"
    for parsed in versions:
        blob = parsed.version.files["model_spec.md"]
        text = subprocess.run(
            ["git", "-C", str(openai_spec_repo), "cat-file", "blob", blob],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        assert len(parsed.clauses) == count_headings(text), parsed.version.release
        assert all(c.id_source == "attribute" for c in parsed.clauses)
    # Fenced blocks hold '#' lines: a naive scan would count more than the parser did.
    naive = sum(1 for line in text.splitlines() if _HEADING.match(line))
    assert naive > len(versions[-1].clauses)


def test_several_spec_files_keep_ids_unique(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    repo.commit(
        "two files",
        files={"docs/a.md": "# Intro\n\nA.\n\n## Rules\n\nx\n", "docs/b.md": "# Intro\n\nB.\n"},
    )
    clauses = read_spec_versions(repo.path, ["docs/*.md"])[0].clauses
    assert [(c.id, c.file) for c in clauses] == [
        ("intro", "docs/a.md"),
        ("intro/rules", "docs/a.md"),
        ("docs/b.md:intro", "docs/b.md"),
    ]


def test_resolve_revision_takes_shas_tags_and_commit_messages(make_repo: MakeRepo) -> None:
    repo = make_repo("spec")
    first = repo.commit("Add the first rule", files={"spec.md": "# A\n\nOne.\n"})
    second = repo.commit("Tighten reporting", files={"spec.md": "# A\n\nTwo.\n"})
    repo.git("tag", "-a", "v1", "-m", "annotated tag", first)
    assert resolve_revision(repo.path, first[:7]) == first
    assert resolve_revision(repo.path, "v1") == first  # an annotated tag peels to its commit
    assert resolve_revision(repo.path, ":/Tighten") == second
    with pytest.raises(SpecHistoryError, match="unknown revision 'nope'"):
        resolve_revision(repo.path, "nope")
