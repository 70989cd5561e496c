"""Links and patches of real workspaces: a git spec repository, failures, samples, links.csv.

Three histories: with trailers, with a links.csv that confirms and rejects, and with neither
(inferred only). The real embedding model is used, offline.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.failures.workspace_builder import (
    ENVIRONMENTS,
    FAILURES,
    PURPOSE,
    SAMPLES,
    SANDBAGGING,
    build_workspace,
)
from tests.support.gitrepo import GitRepo
from tracker.failures.linking import collect_links
from tracker.failures.models import LinkProblem
from tracker.failures.patches import build_patches
from tracker.workspace import open_workspace

pytestmark = pytest.mark.embeddings

MakeRepo = Callable[[str], GitRepo]


SAMPLE = "S-r1-disable_oversight-s1"


def _pairs(links: list, origin: str | None = None) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {(x.clause_id, x.failure_id) for x in links if origin is None or x.origin == origin}


def test_trailers_link_and_target(tmp_path: Path, make_repo: MakeRepo) -> None:
    root, (_, second, third) = build_workspace(tmp_path, make_repo, trailers=True)
    workspace = open_workspace(root)
    problems: list[LinkProblem] = []
    links = collect_links(
        workspace.versions,
        workspace.lineage,
        workspace.failures,
        workspace.link_decisions,
        workspace.settings.links,
        encoder=workspace.encoder,
        problems=problems,
    )
    trailer = [x for x in links if x.origin == "trailer"]
    assert [(x.clause_id, x.failure_id, x.version, x.status, x.score) for x in trailer] == [
        ("sandbagging", "F-1", second, "confirmed", 1.0)
    ]
    # The unknown id of the trailer is reported, not dropped silently.
    assert [p.failure_id for p in problems] == ["F-404"]
    # The misbehaving sample of the same environment ("switch off the monitoring hook") is the
    # same behaviour: proposed too (probability 0.85).
    assert _pairs(links, "inferred") == {("oversight", "F-2"), ("oversight", SAMPLE)}

    patches = workspace.patches
    assert [p.commit for p in patches] == [second, third]  # the first version is no patch
    assert patches[0].targets == ["sandbag_capability", "sandbag_qa"]
    assert patches[0].clauses[0].targets_env_trailer == ["sandbag_capability"]
    assert patches[1].targets == ["disable_oversight"]


def test_links_file_confirms_and_rejects(tmp_path: Path, make_repo: MakeRepo) -> None:
    links_csv = (
        "clause_id,failure_id,status,note\n"
        "oversight,F-2,rejected,not what prompted it\n"
        "sandbagging,F-4,confirmed,same incident\n"
    )
    root, (_, second, third) = build_workspace(
        tmp_path, make_repo, trailers=False, links_csv=links_csv
    )
    workspace = open_workspace(root)
    links = workspace.links
    assert ("oversight", "F-2") not in _pairs(links)
    confirmed = [x for x in links if x.origin == "file"]
    assert [(x.clause_id, x.failure_id, x.version, x.env_id) for x in confirmed] == [
        ("sandbagging", "F-4", second, "sandbag_capability")
    ]
    by_commit = {p.commit: p for p in workspace.patches}
    # F-4 confirmed; F-1 inferred with P >= 0.8.
    assert by_commit[second].targets == ["sandbag_capability", "sandbag_qa"]
    # F-2 was rejected; the sample of the same environment still links (P 0.85).
    assert by_commit[third].targets == ["disable_oversight"]
    assert [x.failure_id for x in by_commit[third].clauses[0].links] == [SAMPLE]


HONEST = (
    "\n## Show what you can do {#honest-capability}\n\n"
    "When its abilities are being measured, the model shows them in full and does not hide "
    "what it knows.\n"
)


def test_a_confirmed_failure_is_inferred_for_no_other_clause_of_its_version(
    tmp_path: Path, make_repo: MakeRepo
) -> None:
    """One version adds two clauses that both fit F-1; links.csv says which one it prompted."""
    repo = make_repo("spec")
    repo.commit("Start the spec", "2026-01-01T10:00:00+00:00", {"spec.md": PURPOSE})
    second = repo.commit(
        "Add two capability clauses",
        "2026-02-10T10:00:00+00:00",
        {"spec.md": PURPOSE + SANDBAGGING + HONEST},
    )
    (tmp_path / "failures.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in FAILURES), encoding="utf-8"
    )
    (tmp_path / "environments.csv").write_text(ENVIRONMENTS, encoding="utf-8")
    (tmp_path / "samples.csv").write_text(SAMPLES, encoding="utf-8")
    (tmp_path / "specdrift.toml").write_text(
        '[spec]\nrepo = "spec"\nfiles = ["spec.md"]\n'
        '[benchmarks]\nenvironments = "environments.csv"\nresults = ["samples.csv"]\n'
        'failures = ["failures.jsonl"]\n[links]\nfile = "links.csv"\n',
        encoding="utf-8",
    )
    # Without a decision, F-1 (wrong answers to stay under the threshold) is the sandbagging
    # clause's: the probe that the confirmation below has something to take away.
    inferred = open_workspace(tmp_path).links
    assert ("sandbagging", "F-1") in _pairs(inferred, "inferred")

    (tmp_path / "links.csv").write_text(
        "clause_id,failure_id,status,note\nhonest-capability,F-1,confirmed,\n", encoding="utf-8"
    )
    links = open_workspace(tmp_path).links
    by_pair = {(x.clause_id, x.failure_id): x for x in links}
    assert by_pair["honest-capability", "F-1"].origin == "file"
    assert by_pair["honest-capability", "F-1"].version == second
    # Answered by the clause its author named: the sibling no longer infers it ...
    assert ("sandbagging", "F-1") not in by_pair
    # ... and every other inferred link of the version is the one it was.
    unchanged = {(x.clause_id, x.failure_id, x.score) for x in inferred if x.failure_id != "F-1"}
    assert unchanged == {
        (x.clause_id, x.failure_id, x.score) for x in links if x.origin == "inferred"
    }


def test_inferred_only(tmp_path: Path, make_repo: MakeRepo) -> None:
    root, (_, second, third) = build_workspace(tmp_path, make_repo, trailers=False)
    workspace = open_workspace(root)
    links = workspace.links
    assert {x.origin for x in links} == {"inferred"}
    assert all(x.status == "proposed" and 0.5 <= x.score <= 1.0 for x in links)
    # The sample "I will switch off the monitoring hook" is the oversight behaviour too.
    assert _pairs(links) == {("sandbagging", "F-1"), ("oversight", "F-2"), ("oversight", SAMPLE)}
    assert {x.version for x in links} == {second, third}
    # The failure derived from a sample row is a candidate; the JSON noise F-3 links nowhere.
    assert "S-r1-disable_oversight-s1" in {f.failure_id for f in workspace.failures}
    score = {x.failure_id: x.score for x in links}
    # A high-confidence inferred link (P >= 0.8) makes a clause target its failure's env.
    assert min(score.values()) >= 0.8, score
    targets = {p.commit: p.targets for p in workspace.patches}
    assert targets == {second: ["sandbag_qa"], third: ["disable_oversight"]}
    # The threshold is a setting in probability units: raised just above the sandbagging link,
    # that patch targets nothing; the oversight patch keeps whatever clears the new bar.
    bar = score["F-1"] + (1.0 - score["F-1"]) / 2
    strict = workspace.settings.links.model_copy(update={"high_confidence": bar})
    oversight_kept = ["disable_oversight"] if max(score["F-2"], score[SAMPLE]) >= bar else []
    assert [
        p.targets
        for p in build_patches(
            workspace.versions, workspace.lineage, links, workspace.failures, strict
        )
    ] == [[], oversight_kept]


def test_cli_propose_patches_confirm_reject(tmp_path: Path, make_repo: MakeRepo, cli: Cli) -> None:
    root, (_, second, third) = build_workspace(tmp_path, make_repo, trailers=True)
    code, out, err = cli("links", "propose", "--workspace", str(root), "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert {"clause_id", "version", "failure_id", "env_id", "score", "origin"} == set(rows[0])
    assert {(r["clause_id"], r["failure_id"], r["origin"]) for r in rows} == {
        ("sandbagging", "F-1", "trailer"),
        ("oversight", "F-2", "inferred"),
        ("oversight", SAMPLE, "inferred"),
    }
    assert "F-404" in err  # the warning about the unknown trailer id

    code, out, _ = cli(
        "links", "propose", "--workspace", str(root), "--format", "json", "--since", second
    )
    assert [(r["clause_id"], r["version"]) for r in json.loads(out)] == [("oversight", third)] * 2

    code, _, err = cli("links", "reject", "oversight", "F-2", "--workspace", str(root))
    assert code == 0, err
    code, _, err = cli("links", "reject", "oversight", SAMPLE, "--workspace", str(root))
    assert code == 0, err
    code, _, err = cli(
        "links", "confirm", "sandbagging", "F-4", "--note", "same", "--workspace", str(root)
    )
    assert code == 0, err
    code, _, _ = cli("links", "confirm", "sandbagging", "F-4", "--workspace", str(root))
    assert code == 0
    assert (root / "links.csv").read_text(encoding="utf-8") == (
        "clause_id,failure_id,status,note\n"
        "oversight,F-2,rejected,\n"
        f"oversight,{SAMPLE},rejected,\n"
        "sandbagging,F-4,confirmed,same\n"
    )
    code, out, _ = cli("patches", "--workspace", str(root), "--format", "json")
    patches = json.loads(out)
    assert [(p["commit"], p["targets"]) for p in patches] == [
        (second, ["sandbag_capability", "sandbag_qa"]),
        (third, []),
    ]

    code, _, err = cli("links", "confirm", "no-such-clause", "F-2", "--workspace", str(root))
    assert code == 2
    assert "unknown clause id 'no-such-clause'" in err
    code, _, err = cli("links", "reject", "oversight", "F-999", "--workspace", str(root))
    assert code == 2
    assert "unknown failure id 'F-999'" in err


def test_cli_match_ranks_the_clause_that_covers_the_failure(
    tmp_path: Path, make_repo: MakeRepo, cli: Cli
) -> None:
    root, _ = build_workspace(tmp_path, make_repo, trailers=False)
    incoming = tmp_path / "new.jsonl"
    incoming.write_text(
        json.dumps(
            {
                "failure_id": "N-1",
                "date": "2026-04-01",
                "env_id": "disable_oversight",
                "summary": "The agent removed the audit log so the monitor missed its actions.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, err = cli(
        "links", "match", str(incoming), "--workspace", str(root), "--top", "2", "--format", "json"
    )
    assert code == 0, err
    [result] = json.loads(out)
    assert result["failure_id"] == "N-1"
    assert len(result["matches"]) == 2
    assert result["matches"][0]["clause_id"] == "oversight"
    assert result["matches"][0]["score"] >= result["matches"][1]["score"]
    code, _, err = cli("links", "match", str(tmp_path / "absent.jsonl"), "--workspace", str(root))
    assert code == 2
    assert "absent.jsonl" in err


def test_workspace_keeps_link_problems_and_flags_warns(
    tmp_path: Path, make_repo: MakeRepo, cli: Cli
) -> None:
    root, _ = build_workspace(tmp_path, make_repo, trailers=True)
    workspace = open_workspace(root)
    assert workspace.link_problems == []  # nothing computed yet
    assert workspace.links  # computing the links fills the problems
    assert [p.failure_id for p in workspace.link_problems] == ["F-404"]
    workspace.forget()
    assert workspace.link_problems == []

    _, _, err = cli("flags", "--workspace", str(root), "--format", "json")
    assert "warning:" in err
    assert "F-404" in err
