"""The spec document of a plan at each commit: Markdown with heading ids and marker clauses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tracker.simulate.plan import PatchPlan, ScenarioPlan
from tracker.spec.models import PROMPTED_BY, TARGETS_ENV


@dataclass(frozen=True)
class SpecCommit:
    """One commit of the simulated spec repository."""

    date: datetime
    message: str
    """Subject, body and (optionally) trailers."""
    text: str
    """The whole spec file after the commit."""
    patch: PatchPlan | None
    failure_ids: tuple[str, ...] = ()


def render_spec(plan: ScenarioPlan, patches: list[PatchPlan]) -> str:
    """The spec with the first version's clauses and ``patches`` applied in order.

    A patch whose clause id already exists rewrites that clause in place; otherwise the clause is
    appended to its section.
    """
    clauses: dict[str, list[tuple[str, str]]] = {
        s.section_id: list(s.clauses) for s in plan.sections
    }
    for patch in patches:
        if patch.section_id not in clauses:
            raise ValueError(f"patch {patch.clause_id}: unknown section {patch.section_id!r}")
        items = clauses[patch.section_id]
        ids = [cid for cid, _ in items]
        if patch.clause_id in ids:
            items[ids.index(patch.clause_id)] = (patch.clause_id, patch.text)
        else:
            items.append((patch.clause_id, patch.text))
    lines = [f"# {plan.spec_title} {{#spec}}", ""]
    if plan.spec_preamble:
        lines += [plan.spec_preamble, ""]
    for section in plan.sections:
        lines += [f"## {section.title} {{#{section.section_id}}}", "", section.intro, ""]
        for cid, text in clauses[section.section_id]:
            lines += [f"{cid}: {text}", ""]
    return "\n".join(lines).rstrip() + "\n"


def commit_message(patch: PatchPlan, failure_ids: tuple[str, ...], rewrite: bool = False) -> str:
    """Subject, a body naming the clause, and trailers when the patch carries them."""
    verb = "Rewrites" if rewrite else "Adds"
    answers = f" in answer to {len(failure_ids)} observed failures" if failure_ids else ""
    body = f"{patch.subject}\n\n{verb} {patch.clause_id}{answers}."
    if not patch.trailers or not failure_ids:
        return body + "\n"
    trailers = [f"{PROMPTED_BY}: {', '.join(failure_ids)}"]
    if patch.targets:
        trailers.append(f"{TARGETS_ENV}: {', '.join(patch.targets)}")
    return body + "\n\n" + "\n".join(trailers) + "\n"


def spec_commits(
    plan: ScenarioPlan, failures_by_patch: dict[str, tuple[str, ...]]
) -> list[SpecCommit]:
    """The initial commit and one commit per patch, in date order."""
    ordered = sorted(plan.patches, key=lambda p: p.date)
    commits = [SpecCommit(plan.spec_start, "Initial spec\n", render_spec(plan, []), None)]
    seen = {cid for section in plan.sections for cid, _ in section.clauses}
    for i, patch in enumerate(ordered):
        failure_ids = failures_by_patch.get(patch_key(patch), ())
        rewrite = patch.clause_id in seen
        seen.add(patch.clause_id)
        commits.append(
            SpecCommit(
                patch.date,
                commit_message(patch, failure_ids, rewrite),
                render_spec(plan, ordered[: i + 1]),
                patch,
                failure_ids,
            )
        )
    return commits


def patch_key(patch: PatchPlan) -> str:
    """Identifies a patch (a clause can be patched twice)."""
    return patch.clause_id + "@" + patch.date.isoformat()
