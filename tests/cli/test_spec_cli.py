"""``specdrift spec ...`` through the real CLI entry point, on real git repositories."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Cli
from tests.support.gitrepo import GitRepo

MakeRepo = Callable[[str], GitRepo]


# -- the real OpenAI Model Spec: the public JSON contract -----------------------------------

_HEADING_ID = re.compile(r"^#{1,6} [^\n]*\{#([^\s}]+)([^}\n]*)\}[ \t]*$", re.M)


def _authorities(repo: Path, commit: str) -> dict[str, str]:
    """Heading id -> authority at a commit, read with a regex independent of the parser."""
    text = subprocess.run(
        ["git", "-C", str(repo), "show", f"{commit}:model_spec.md"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    found: dict[str, str] = {}
    for heading_id, rest in _HEADING_ID.findall(text):
        match = re.search(r"authority=(\w+)", rest)
        found.setdefault(heading_id, match.group(1) if match else "")
    return found


def test_openai_spec_log_json(openai_spec_repo: Path, cli: Cli) -> None:
    repo = ["--repo", str(openai_spec_repo), "--file", "model_spec.md"]
    code, out, err = cli("spec", "log", *repo, "--format", "json")
    assert code == 0
    assert err == ""  # no stray warnings on a clean history
    log = json.loads(out)
    assert len(log) == 6
    keys = {"commit", "date", "author", "release", "message", "trailers", "clauses"}
    keys |= {"added", "removed", "modified", "retitled", "moved", "reattributed", "renamed"}
    assert all(set(entry) == keys for entry in log)
    assert [e["release"] for e in log][:5] == [
        "2025-02-12",
        "2025-04-11",
        "2025-09-12",
        "2025-10-27",
        "2025-12-18",
    ]
    assert log[3]["date"].startswith("2025-10-26")
    assert log[3]["release"] == "2025-10-27"
    assert len(log[0]["added"]) == log[0]["clauses"] == 71
    assert [e["clauses"] for e in log] == [71, 71, 77, 78, 80, 80]

    september = log[2]
    assert len(september["added"]) == 10  # protect_privileged_information is a rename
    assert september["renamed"] == ["protect_privileged_information"]
    assert {"no_other_objectives", "red_line_principles", "scope_of_autonomy"} <= set(
        september["added"]
    )
    assert len(september["removed"]) == 4
    assert {"be_kind", "be_engaging"} <= set(september["removed"])
    before = _authorities(openai_spec_repo, log[1]["commit"])
    after = _authorities(openai_spec_repo, september["commit"])
    platform_to_root_or_system = {
        clause_id
        for clause_id, authority in after.items()
        if before.get(clause_id) == "platform" and authority in ("root", "system")
    }
    assert len(platform_to_root_or_system) >= 10
    assert platform_to_root_or_system <= set(september["reattributed"])
    assert set(september["reattributed"]) == {
        c for c in after if c in before and before[c] != after[c]
    } | {"protect_privileged_information"}  # platform -> root, under its new id


def test_default_files_leave_out_the_repositorys_own_markdown(
    openai_spec_repo: Path, make_repo: MakeRepo, cli: Cli
) -> None:
    # The Model Spec's repository has a CHANGELOG.md beside model_spec.md: without --file, the
    # default globs read the spec and not the changelog (it had been split into clauses too).
    code, out, err = cli("spec", "log", "--repo", str(openai_spec_repo), "--format", "json")
    assert (code, err) == (0, "")
    assert [e["clauses"] for e in json.loads(out)] == [71, 71, 77, 78, 80, 80]

    # A "!" glob leaves out what it matches, in the user's own globs too.
    repo = make_repo("spec")
    repo.write("rules.md", "# Rules\n\nBe honest about what you did.\n")
    repo.write("drafts/next.md", "# Next\n\nA rule not yet agreed.\n")
    repo.write("README.md", "# About this repository\n\nHow to propose a change.\n")
    repo.commit("first")
    code, out, err = cli("spec", "log", "--repo", str(repo.path), "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)[0]["clauses"] == 1  # rules.md only: README.md is left out
    globs = ["--file", "**/*.md", "--file", "!drafts/**"]
    code, out, err = cli("spec", "log", "--repo", str(repo.path), *globs, "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)[0]["clauses"] == 2  # rules.md and README.md, not the draft


def test_openai_blame_show_and_diff(openai_spec_repo: Path, cli: Cli) -> None:
    repo = ["--repo", str(openai_spec_repo), "--file", "model_spec.md"]
    code, out, _ = cli("spec", "blame", "be_kind", *repo, "--format", "json")
    assert code == 0
    history = json.loads(out)
    assert [c["kind"] for c in history["changes"]] == ["added", "removed"]
    assert history["removed_in"] is not None
    code, out, _ = cli("spec", "show", "2025-09-12", *repo, "--format", "json")
    assert code == 0
    shown = json.loads(out)
    assert len(shown["clauses"]) == 77
    no_other = next(c for c in shown["clauses"] if c["id"] == "no_other_objectives")
    assert no_other["attributes"] == {"authority": "root"}
    code, out, _ = cli("spec", "diff", "2025-04-11", "2025-09-12", *repo, "--no-patch")
    assert code == 0
    assert "added        no_other_objectives" in out
    assert "removed      be_kind" in out
    code, out, _ = cli("spec", "log", *repo)
    assert code == 0
    assert "2025-10-27" in out
    assert "+10 -4" in out


# -- edge cases: a right answer or a clear message with exit code 2 -------------------------


def test_not_a_repository_and_missing_path(tmp_path: Path, cli: Cli) -> None:
    code, _, err = cli("spec", "log", "--repo", str(tmp_path), "--file", "spec.md")
    assert code == 2
    assert "not a git repository" in err
    code, _, err = cli("spec", "log", "--repo", str(tmp_path / "nowhere"))
    assert code == 2
    assert "no such folder" in err


def test_empty_repository(make_repo: MakeRepo, cli: Cli) -> None:
    repo = make_repo("empty")
    code, _, err = cli("spec", "log", "--repo", str(repo.path), "--file", "spec.md")
    assert code == 2
    assert "empty" in err


def test_shallow_clone(make_repo: MakeRepo, tmp_path: Path, cli: Cli) -> None:
    repo = make_repo("spec")
    for day in range(1, 4):
        repo.commit(f"v{day}", f"2026-01-0{day}T00:00:00+00:00", {"spec.md": f"# S{day}\n"})
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(clone)])
    code, _, err = cli("spec", "log", "--repo", str(clone), "--file", "spec.md")
    assert code == 2
    assert "shallow" in err
    assert "fetch-depth: 0" in err


def test_renamed_file_and_merge_commits(make_repo: MakeRepo, cli: Cli) -> None:
    repo = make_repo("spec")
    repo.commit("one", "2026-01-01T00:00:00+00:00", {"draft.md": "# A {#a}\n\nalpha\n"})
    repo.git("mv", "draft.md", "spec.md")
    repo.commit("rename", "2026-01-02T00:00:00+00:00")
    repo.git("checkout", "-q", "-b", "topic")
    repo.commit("topic", "2026-01-03T00:00:00+00:00", {"spec.md": "# A {#a}\n\nbeta\n"})
    repo.git("checkout", "-q", "main")
    repo.git("merge", "-q", "--no-ff", "topic", "-m", "Merge topic", date="2026-01-04T00:00:00Z")
    code, out, _ = cli(
        "spec", "log", "--repo", str(repo.path), "--file", "spec.md", "--format", "json"
    )
    assert code == 0
    log = json.loads(out)
    assert [e["message"] for e in log] == ["one", "rename", "Merge topic"]
    assert [e["modified"] for e in log] == [[], [], ["a"]]


def test_non_utf8_byte_is_a_warning_not_a_crash(make_repo: MakeRepo, cli: Cli) -> None:
    repo = make_repo("spec")
    repo.commit("bad byte", files={"spec.md": b"# Caf\xe9 {#cafe}\n\ntext\n"})
    code, out, err = cli(
        "spec", "log", "--repo", str(repo.path), "--file", "spec.md", "--format", "json"
    )
    assert code == 0
    assert json.loads(out)[0]["added"] == ["cafe"]
    assert "warning:" in err
    assert "not valid UTF-8" in err


def test_unknown_revision_and_clause(make_repo: MakeRepo, cli: Cli) -> None:
    repo = make_repo("spec")
    repo.commit("Release 2026-01-01", files={"spec.md": "# A {#a}\n\nalpha\n"})
    args = ["--repo", str(repo.path), "--file", "spec.md"]
    code, _, err = cli("spec", "show", "no-such-rev", *args)
    assert code == 2
    assert "not a version" in err
    code, _, err = cli("spec", "blame", "zzz", *args)
    assert code == 2
    assert "no version of the spec has a clause 'zzz'" in err
    code, out, _ = cli("spec", "show", "HEAD", *args, "--clause", "a")
    assert code == 0
    assert "alpha" in out
    code, _, err = cli("spec", "log", *args, "--clause-marker", "^AS")
    assert code == 2
    assert "group named 'id'" in err


def test_commit_refuses_unknown_failure_ids_of_the_workspace(make_repo: MakeRepo, cli: Cli) -> None:
    repo = make_repo("spec")
    repo.commit("start", files={"spec.md": "# A {#a}\n\nalpha\n"})
    workspace = repo.path.parent
    (workspace / "specdrift.toml").write_text(
        '[spec]\nrepo = "spec"\nfiles = ["spec.md"]\n\n'
        '[benchmarks]\nfailures = ["failures.jsonl"]\n'
    )
    failure = {"failure_id": "F-0001", "date": "2026-01-02", "env_id": "e", "summary": "lied"}
    (workspace / "failures.jsonl").write_text(json.dumps(failure) + "\n")
    repo.write("spec.md", "# A {#a}\n\nalpha, amended\n")
    args = ["spec", "commit", "--workspace", str(workspace), "-m", "Amend A"]
    code, _, err = cli(*args, "--prompted-by", "F-0001,F-0404")
    assert code == 2
    assert "unknown failure id F-0404" in err
    code, out, _ = cli(*args, "--prompted-by", "F-0001", "--targets-env", "e")
    assert code == 0
    assert "committed" in out
    code, out, _ = cli("spec", "log", "--workspace", str(workspace), "--format", "json")
    assert code == 0
    latest = json.loads(out)[-1]
    assert latest["trailers"] == {"Prompted-by": ["F-0001"], "Targets-env": ["e"]}
    assert latest["modified"] == ["a"]


def test_import_snapshots_command(tmp_path: Path, cli: Cli) -> None:
    folder = tmp_path / "snaps"
    folder.mkdir()
    (folder / "spec-2025-01-01.md").write_text("# A\n")
    (folder / "spec-2025-02-01.md").write_text("# A\n\n# B\n")
    code, out, _ = cli("spec", "import", str(folder), "--into", str(tmp_path / "repo"))
    assert code == 0
    assert "2 commits" in out
    code, out, _ = cli("spec", "log", "--repo", str(tmp_path / "repo"), "--format", "json")
    assert [e["added"] for e in json.loads(out)] == [["a"], ["b"]]


def test_show_and_diff_accept_any_git_revision(make_repo: MakeRepo, cli: Cli) -> None:
    repo = make_repo("spec")
    first = repo.commit("one", "2026-01-01T00:00:00+00:00", {"spec.md": "# A {#a}\n\nalpha\n"})
    repo.commit("unrelated", "2026-01-02T00:00:00+00:00", {"notes.txt": "x"})
    repo.git("tag", "after-notes")
    repo.commit("two", "2026-01-03T00:00:00+00:00", {"spec.md": "# A {#a}\n\nbeta\n"})
    args = ["--repo", str(repo.path), "--file", "spec.md", "--format", "json"]
    code, out, _ = cli("spec", "show", "after-notes", *args)  # not a version: the spec as of it
    assert code == 0
    shown = json.loads(out)
    assert shown["version"]["message"] == "unrelated"
    assert [c["text"] for c in shown["clauses"]] == ["alpha"]
    code, out, _ = cli("spec", "diff", first[:8], "HEAD", *args)
    assert code == 0
    diff = json.loads(out)
    assert diff["from"]["commit"] == first
    assert [(c["clause_id"], c["kind"]) for c in diff["changes"]] == [("a", "modified")]
    assert "+beta" in diff["changes"][0]["diff"]


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_import_refuses_paths_outside_the_repository(tmp_path: Path, cli: Cli) -> None:
    work = tmp_path / "a" / "b"
    folder = work / "snaps"
    folder.mkdir(parents=True)
    (folder / "spec-2025-01-01.md").write_text("# A\n")
    into = work / "repo"
    before = _files(tmp_path)
    for file_name in ("../../x.md", str(tmp_path / "x.md"), ".git/config"):
        code, _, err = cli(
            "spec", "import", str(folder), "--into", str(into), "--file-name", file_name
        )
        assert code == 2
        assert f"--file-name {file_name!r}" in err
        assert _files(tmp_path) == before  # nothing written, not even the repository
    (folder / "manifest.csv").write_text("file,date\n/etc/hostname,2025-01-01\n")
    code, _, err = cli("spec", "import", str(folder), "--into", str(into))
    assert code == 2
    assert (
        "manifest.csv, line 2, column 'file': /etc/hostname is outside the snapshots folder" in err
    )
    assert not into.exists()
    (folder / "manifest.csv").unlink()
    a_file = work / "file.txt"
    a_file.write_text("x")
    code, _, err = cli("spec", "import", str(folder), "--into", str(a_file))
    assert code == 2
    assert "exists and is not a folder" in err


def test_symlinked_spec_and_bare_repository(make_repo: MakeRepo, tmp_path: Path, cli: Cli) -> None:
    repo = make_repo("spec")
    (repo.path / "spec.md").symlink_to("docs/model.md")
    repo.commit("one", "2026-01-01T00:00:00+00:00", {"docs/model.md": "# A {#a}\n\nalpha\n"})
    repo.commit("two", "2026-01-02T00:00:00+00:00", {"docs/model.md": "# A {#a}\n\nbeta\n"})
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo.path), str(bare)], check=True)
    for path in (repo.path, bare):
        args = ["--repo", str(path), "--file", "spec.md"]
        code, out, err = cli("spec", "log", *args, "--format", "json")
        assert (code, err) == (0, "")
        assert [(e["message"], e["added"], e["modified"]) for e in json.loads(out)] == [
            ("one", ["a"], []),
            ("two", [], ["a"]),
        ]
        code, out, _ = cli("spec", "show", "HEAD~1", *args, "--clause", "a")
        assert code == 0
        assert "alpha" in out
        code, out, _ = cli("spec", "blame", "a", *args, "--no-patch")
        assert code == 0
        assert "modified" in out
        code, out, _ = cli("review", "HEAD~1", "HEAD", *args)
        assert code == 0
        assert "-alpha\n+beta" in out
    code, _, err = cli("spec", "commit", "--repo", str(bare), "--file", "spec.md", "-m", "x")
    assert code == 2
    assert "a bare repository" in err
    assert "working tree" in err


def test_a_symlink_out_of_the_repository_is_named(make_repo: MakeRepo, cli: Cli) -> None:
    repo = make_repo("spec")
    (repo.path / "spec.md").symlink_to("/etc/hostname")
    repo.commit("one", files={"other.md": "# B {#b}\n"})
    code, _, err = cli("spec", "log", "--repo", str(repo.path), "--file", "spec.md")
    assert code == 2
    assert "spec.md is a symbolic link to '/etc/hostname', outside the repository" in err
    code, out, err = cli("spec", "log", "--repo", str(repo.path), "--format", "json")
    assert code == 0
    assert "warning: spec.md is a symbolic link" in err
    assert json.loads(out)[0]["added"] == ["b"]
