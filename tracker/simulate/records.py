"""Patch records straight from a scenario's plan, for analysing it without the spec pipeline.

The accuracy benchmark calls ``compute_flags`` on the in-memory tables with these patches; the
full pipeline (git history, links, patches) should build the same targets from the written files.
"""

from __future__ import annotations

import hashlib

from tracker.failures.models import Link, Patch, PatchClause
from tracker.simulate.generate import Scenario


def fake_sha(text: str) -> str:
    """A stable 40-hex stand-in for a commit sha."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def patch_records(scenario: Scenario, shas: list[str] | None = None) -> list[Patch]:
    """One Patch per spec commit after the first; ``shas`` are the real ones if written."""
    patches: list[Patch] = []
    failures = {f.failure_id: f for f in scenario.failures}
    for index, commit in enumerate(scenario.commits):
        plan = commit.patch
        if plan is None:
            continue
        sha = shas[index] if shas else fake_sha(f"{plan.clause_id}@{plan.date.isoformat()}")
        links = [
            Link(
                clause_id=plan.clause_id,
                failure_id=fid,
                version=sha,
                env_id=failures[fid].env_id,
                score=1.0,
                origin="trailer" if plan.trailers else "file",
                status="confirmed",
            )
            for fid in commit.failure_ids
        ]
        clause = PatchClause(
            clause_id=plan.clause_id,
            changes=[
                "modified" if commit.message.split("\n\n")[1].startswith("Rewrites") else "added"
            ],
            targets=sorted(plan.targets),
            links=links,
            targets_env_trailer=sorted(plan.targets) if plan.trailers else [],
        )
        patches.append(Patch(commit=sha, date=plan.date, subject=plan.subject, clauses=[clause]))
    return patches
