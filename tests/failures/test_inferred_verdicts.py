"""Acceptance: simulated workspaces with no trailers and no links.csv decisions get their
patch-driven verdicts from inferred links alone, and none becomes broad-improvement."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import Kind, make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import open_workspace

pytestmark = pytest.mark.embeddings


@pytest.mark.parametrize(("kind", "seed"), [("patch", 11), ("patch_aggregate", 12)])
def test_patch_driven_from_inferred_links_alone(tmp_path: Path, kind: Kind, seed: int) -> None:
    plan = make_plan(kind, np.random.default_rng(seed))
    # No trailers: the writer would put the links in links.csv, which is emptied below.
    plan = replace(plan, patches=tuple(replace(p, trailers=False) for p in plan.patches))
    scenario = simulate(plan, np.random.default_rng(seed))
    write_workspace(scenario, tmp_path)
    links_file = tmp_path / "links.csv"
    assert "confirmed" in links_file.read_text(encoding="utf-8")
    links_file.write_text("clause_id,failure_id,status,note\n", encoding="utf-8")
    workspace = open_workspace(tmp_path)
    assert workspace.links
    assert {link.origin for link in workspace.links} == {"inferred"}
    expected = {flag.env_id: flag.verdict for flag in scenario.truth.flags}
    got = {flag.env_id: flag.verdict for flag in workspace.flags}
    assert "patch-driven" in expected.values()
    assert got == expected, [flag.evidence for flag in workspace.flags]
    assert "broad-improvement" not in got.values()
