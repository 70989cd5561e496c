"""Issue 11, item 4: a missing link is named, never guessed.

Simulated workspaces whose patch exists but targets nothing (trailers withheld, links.csv's
confirmations turned into rejections, the inferred-link thresholds out of reach): a drop specific
to the environment is insufficient-evidence with a sentence naming the clause and the short
commit, and ``links propose`` lists that clause first. When the controls dropped too, no such
sentence.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import Cli
from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import Kind, make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import open_workspace

pytestmark = pytest.mark.embeddings


def _unlinked_workspace(root: Path, kind: Kind, seed: int) -> tuple[set[str], set[str]]:
    """Write a scenario with every link withheld; returns its patched clauses and their envs."""
    plan = make_plan(kind, np.random.default_rng(seed))
    plan = replace(plan, patches=tuple(replace(p, trailers=False) for p in plan.patches))
    scenario = simulate(plan, np.random.default_rng(seed))
    write_workspace(scenario, root)
    links_file = root / "links.csv"
    with links_file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    confirmed = [row for row in rows if row["status"] == "confirmed"]
    assert confirmed, "the scenario should have links to withhold"
    # Rejections remove the pairs a person would have confirmed; the thresholds remove the rest.
    lines = ["clause_id,failure_id,status,note"] + [
        f"{row['clause_id']},{row['failure_id']},rejected,withheld" for row in confirmed
    ]
    links_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    toml = root / "specdrift.toml"
    text = toml.read_text(encoding="utf-8")
    assert "[links]\n" in text
    toml.write_text(
        text.replace("[links]\n", "[links]\nthreshold = 1.0\nhigh_confidence = 1.0\n"),
        encoding="utf-8",
    )
    failure_envs = {f.failure_id: f.env_id for f in open_workspace(root).failures}
    return (
        {row["clause_id"] for row in confirmed},
        {failure_envs[row["failure_id"]] for row in confirmed},
    )


def test_specific_drop_names_the_unlinked_clause_and_propose_lists_it_first(
    tmp_path: Path, cli: Cli
) -> None:
    clauses, envs = _unlinked_workspace(tmp_path, "patch", 11)
    workspace = open_workspace(tmp_path)
    patches = [p for p in workspace.patches if any(c.clause_id in clauses for c in p.clauses)]
    assert patches
    assert all(not p.targets for p in patches), "the patch must target nothing"
    commit = patches[0].commit
    flags = {f.env_id: f for f in workspace.flags}
    named = [flags[env] for env in envs if env in flags]
    assert named, flags.keys()
    for flag in named:
        assert flag.verdict == "insufficient-evidence"
        causes = [c.evidence for c in flag.causes if c.cause == "unlinked-patch"]
        assert len(causes) == 1, flag.causes
        sentence = causes[0]
        assert sentence.startswith("a spec change landed between the windows: clause")
        assert commit[:7] in sentence
        assert any(clause in sentence for clause in clauses)
        assert "the drop is specific to this environment" in sentence
        assert "`specdrift links confirm`" in sentence
        assert sentence in flag.evidence
        # The sentence is the reason; no catch-all "no cause meets its criteria" beside it.
        assert all("no cause meets" not in c.evidence for c in flag.causes)
        # The missing link is named, not made: nothing in the flag says it was targeted.
        assert flag.clauses == []

    code, out, err = cli("links", "propose", "--workspace", str(tmp_path), "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows, "the candidates must be listed even with no link above threshold"
    first = rows[0]
    assert first["origin"] == "candidate"
    assert first["clause_id"] in clauses
    assert first["version"] == commit
    assert first["env_id"] in envs
    assert first["score"] is None
    candidates = [r for r in rows if r["origin"] == "candidate"]
    assert rows[: len(candidates)] == candidates  # every candidate comes before every link

    code, out, err = cli("links", "propose", "--workspace", str(tmp_path))
    assert code == 0, err
    assert "candidate pairs (marked *) first" in out
    assert commit[:7] in out

    # Confirming the named pair closes the loop: the clause now targets the environment.
    code, _, err = cli(
        "links", "confirm", first["clause_id"], first["failure_id"], "--workspace", str(tmp_path)
    )
    assert code == 0, err
    after = {f.env_id: f for f in open_workspace(tmp_path).flags}
    assert after[first["env_id"]].verdict == "patch-driven"
    assert all(c.cause != "unlinked-patch" for c in after[first["env_id"]].causes)


def test_no_sentence_when_the_controls_dropped_too(tmp_path: Path, cli: Cli) -> None:
    _, envs = _unlinked_workspace(tmp_path, "patch_broad", 5)
    workspace = open_workspace(tmp_path)
    assert any(p.clauses and not p.targets for p in workspace.patches)
    flags = workspace.flags
    # Not vacuous: the environment the patch was for dropped significantly, as did its controls.
    dropped = [f for f in flags if f.env_id in envs]
    assert dropped
    for flag in dropped:
        drop, control = flag.details.drop, flag.details.control
        assert drop is not None
        assert drop.q is not None
        assert drop.q < 0.05
        assert control is not None
        assert control.drop_p < 0.05
    for flag in flags:
        assert all(c.cause != "unlinked-patch" for c in flag.causes), flag.causes
        assert not any("a spec change landed" in e for e in flag.evidence)
    code, out, err = cli("links", "propose", "--workspace", str(tmp_path), "--format", "json")
    assert code == 0, err
    assert all(r["origin"] != "candidate" for r in json.loads(out))
