"""Build the review of a spec change range as data: pure, given the range's changes and records.

For each changed clause: what changed, which failures it answers (``Prompted-by`` trailers of
the commits that changed it, curated ``links.csv`` decisions, else the best inferred links),
which environments it targets (and so contaminates), how narrow it is, and what to run before
crediting it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tracker.benchmarks.models import Environment
from tracker.failures.models import Failure, Link, LinkDecision, LinkOrigin, LinkStatus
from tracker.reports.leaks import find_overlaps
from tracker.reports.models import (
    FailuresSource,
    LinkedFailure,
    Review,
    ReviewClause,
    ReviewCommit,
    ReviewFinding,
    TargetedEnv,
)
from tracker.reports.narrowness import NARROW_THRESHOLD, narrowness
from tracker.reports.risk import TOP_AUTHORITY, review_order, risk_group, risk_reasons
from tracker.reports.worddiff import word_diff
from tracker.spec.models import PROMPTED_BY, TARGETS_ENV, ChangeKind, ClauseChange, SpecVersion

_SPLIT_PREFERENCE = {"heldout": 0, "test": 1, "validation": 2, "train": 3}
_KIND_ORDER = {
    "added": 0,
    "modified": 1,
    "renamed": 2,
    "retitled": 3,
    "moved": 4,
    "reattributed": 5,
    "removed": 6,
}
PREVIEW_LINES = 3
"""Lines of an added clause shown before its full text (which is folded away)."""


@dataclass(frozen=True)
class ReviewInputs:
    """What the review reads. Without a workspace, the benchmark fields stay empty."""

    base: str
    head: str
    base_commit: str
    head_commit: str
    files: Sequence[str]
    changes: Sequence[ClauseChange]
    commits: Sequence[SpecVersion]
    """The range's commits that touch the spec files, oldest first."""
    clause_commits: Mapping[str, Sequence[str]] = field(default_factory=dict)
    """Clause id -> the commits of the range that changed it (from per-commit diffs)."""
    failures: Sequence[Failure] = ()
    environments: Sequence[Environment] = ()
    inferred: Sequence[Link] = ()
    """Links proposed by embeddings for the changed clauses."""
    decisions: Sequence[LinkDecision] = ()
    has_benchmarks: bool = False
    high_confidence: float = 0.7
    """Inferred links at or above this score make the clause target the failure's environment."""
    narrow_threshold: float = NARROW_THRESHOLD
    top_inferred: int = 3
    prompts: Mapping[str, Sequence[str]] = field(default_factory=dict)
    """Environment -> its prompts (Inspect sample inputs, the prompts file), for the leak check."""


def build_review(inputs: ReviewInputs) -> Review:
    """The review: every changed clause with its failures, targets, narrowness and advice."""
    catalog = {env.env_id: env for env in inputs.environments}
    env_texts = _environment_texts(inputs.environments, inputs.failures)
    grouped: dict[str, list[ClauseChange]] = defaultdict(list)
    for change in inputs.changes:
        grouped[change.clause_id].append(change)
    merged = [merge_changes(changes) for changes in grouped.values()]
    merged.sort(key=lambda pair: (_KIND_ORDER[pair[0].kind], pair[0].clause_id))
    drafts = [_review_clause(change, kinds, inputs, catalog, env_texts) for change, kinds in merged]
    splits = {env.env_id: env.split for env in inputs.environments}
    levels = {
        level
        for change in inputs.changes
        for attributes in (change.old_attributes, change.new_attributes)
        if (level := attributes.get("authority")) in TOP_AUTHORITY
    }
    drafts = [
        _with_text_and_risk(draft, change, inputs.prompts, splits, levels)
        for draft, (change, _) in zip(drafts, merged, strict=True)
    ]
    # A control must be untargeted by the whole range, not only by its own clause.
    range_targets = {t.env_id for clause in drafts for t in clause.targets}
    # An environment whose prompt the range quotes is no control either.
    range_targets |= {o.env_id for clause in drafts for o in clause.overlaps}
    clauses = []
    for draft in drafts:
        own = {t.env_id for t in draft.targets}
        controls, twins = _controls(own, range_targets, catalog)
        clause = draft.model_copy(update={"controls": controls, "twins": twins})
        advice = _advice(clause, inputs.has_benchmarks)
        clauses.append(clause.model_copy(update={"advice": advice}))
    clauses.sort(key=review_order)
    findings: list[ReviewFinding] = []
    if any(c.narrowness is not None and c.narrowness.narrow for c in clauses):
        findings.append("narrow-patch")
    if any(t.is_heldout for c in clauses for t in c.targets) or any(
        o.is_heldout for c in clauses for o in c.overlaps
    ):
        findings.append("contaminates-heldout")
    notes = []
    if not inputs.has_benchmarks:
        notes.append(
            "Reviewed without benchmark data (no workspace): failures, links, targets and "
            "narrowness are not available; pass --workspace to include them."
        )
    return Review(
        base=inputs.base,
        head=inputs.head,
        base_commit=inputs.base_commit,
        head_commit=inputs.head_commit,
        files=list(inputs.files),
        commits=[
            ReviewCommit(commit=v.commit, date=v.date, subject=v.subject, trailers=v.trailers)
            for v in inputs.commits
        ],
        clauses=clauses,
        findings=findings,
        has_benchmarks=inputs.has_benchmarks,
        notes=notes,
    )


def _with_text_and_risk(
    clause: ReviewClause,
    change: ClauseChange,
    prompts: Mapping[str, Sequence[str]],
    splits: Mapping[str, str],
    levels: set[str],
) -> ReviewClause:
    """The clause with its word diff or preview, its size, its prompt overlaps and its risk."""
    text = change.old_text if change.kind == "removed" else change.new_text
    update: dict[str, object] = {
        "lines": len(text.splitlines()),
        "words": len(text.split()),
    }
    if change.kind == "added":
        update["preview"] = [line for line in text.splitlines() if line.strip()][:PREVIEW_LINES]
    elif change.old_text != change.new_text and change.kind != "removed":
        passages, total = word_diff(change.old_text, change.new_text)
        more = [f"… {total - len(passages)} more changed passages"] if total > len(passages) else []
        update["word_diff"] = passages + more
    if change.kind != "removed" and prompts:
        update["overlaps"] = find_overlaps(_added_text(change), prompts, splits)
    clause = clause.model_copy(update=update)
    risk = risk_reasons(clause, change.old_text, change.new_text, levels)
    clause = clause.model_copy(update={"risk": risk})
    return clause.model_copy(update={"group": risk_group(clause)})


def _environment_texts(
    environments: Sequence[Environment], failures: Sequence[Failure]
) -> dict[str, str]:
    texts: dict[str, list[str]] = defaultdict(list)
    for env in environments:
        texts[env.env_id] += [env.name, env.description]
    for failure in failures:
        texts[failure.env_id] += [failure.summary, failure.excerpt]
    return {env_id: "\n".join(parts) for env_id, parts in texts.items()}


def _trailer_values(commits: Sequence[SpecVersion], name: str) -> list[str]:
    """A trailer's values over several commits, sorted (the review lists them by id)."""
    return sorted({value for version in commits for value in version.trailer(name)})


def _added_text(change: ClauseChange) -> str:
    """The text a change brings in: all of an added clause, the new lines of a modified one."""
    if change.kind == "added":
        return change.new_text
    old_lines = set(change.old_text.splitlines())
    return "\n".join(line for line in change.new_text.splitlines() if line not in old_lines)


def merge_changes(changes: Sequence[ClauseChange]) -> tuple[ClauseChange, list[ChangeKind]]:
    """One clause's changes (e.g. modified and reattributed) as one, with every kind, in order.

    The primary kind is the first in the review's order (added, modified, retitled, ...); the
    other changes contribute their titles, parents, attributes and diff.
    """
    ordered = sorted(changes, key=lambda c: _KIND_ORDER[c.kind])
    merged = ordered[0]
    update: dict[str, object] = {}
    for other in ordered[1:]:
        if other.kind == "retitled":
            update |= {"old_title": other.old_title, "new_title": other.new_title}
        elif other.kind == "moved":
            update |= {"old_parent": other.old_parent, "new_parent": other.new_parent}
        elif other.kind == "reattributed":
            update |= {
                "old_attributes": other.old_attributes,
                "new_attributes": other.new_attributes,
            }
        if other.diff and not merged.diff:
            update["diff"] = other.diff
        if other.previous_id and not merged.previous_id:
            update["previous_id"] = other.previous_id
        if other.rename_evidence and not merged.rename_evidence:
            update |= {"rename_evidence": other.rename_evidence, "similarity": other.similarity}
    if update:
        merged = merged.model_copy(update=update)
    if merged.kind == "added" and not merged.diff and merged.new_text:
        lines = ["+" + line for line in merged.new_text.splitlines()]
        merged = merged.model_copy(update={"diff": "\n".join(lines)})
    elif merged.kind == "removed" and not merged.diff and merged.old_text:
        lines = ["-" + line for line in merged.old_text.splitlines()]
        merged = merged.model_copy(update={"diff": "\n".join(lines)})
    return merged, [c.kind for c in ordered]


def _review_clause(
    change: ClauseChange,
    kinds: list[ChangeKind],
    inputs: ReviewInputs,
    catalog: Mapping[str, Environment],
    env_texts: Mapping[str, str],
) -> ReviewClause:
    shas = list(inputs.clause_commits.get(change.clause_id, ()))
    # Trailers belong to the commits that changed the clause; without attribution, to all.
    commits = (
        [v for v in inputs.commits if v.commit in shas]
        if inputs.clause_commits
        else list(inputs.commits)
    )
    failures = {f.failure_id: f for f in inputs.failures}
    rejected = {
        d.failure_id
        for d in inputs.decisions
        if d.clause_id == change.clause_id and d.status == "rejected"
    }
    linked: list[LinkedFailure] = []
    if change.kind != "removed":
        for failure_id in _trailer_values(commits, PROMPTED_BY):
            if failure_id not in rejected:
                linked.append(_linked(failure_id, failures, "trailer", "confirmed", 1.0))
        for decision in inputs.decisions:
            already = {f.failure_id for f in linked}
            if (
                decision.clause_id == change.clause_id
                and decision.status == "confirmed"
                and decision.failure_id not in already
            ):
                linked.append(_linked(decision.failure_id, failures, "file", "confirmed", 1.0))
    source: FailuresSource = "trailer" if linked else "none"
    targets: dict[str, str] = {f.env_id: f.origin for f in linked if f.env_id}
    if not linked and change.kind != "removed":
        inferred = sorted(
            (
                link
                for link in inputs.inferred
                if link.clause_id == change.clause_id and link.failure_id not in rejected
            ),
            key=lambda link: (-link.score, link.failure_id),
        )[: inputs.top_inferred]
        linked = [
            _linked(link.failure_id, failures, "inferred", link.status, link.score, link.env_id)
            for link in inferred
        ]
        source = "inferred" if linked else "none"
        for link in inferred:
            if link.score >= inputs.high_confidence:
                targets.setdefault(link.env_id, "inferred")
    if change.kind != "removed":
        for env_id in _trailer_values(commits, TARGETS_ENV):
            targets.setdefault(env_id, TARGETS_ENV)
    targeted = [
        TargetedEnv(
            env_id=env_id,
            split=catalog[env_id].split if env_id in catalog else None,
            reason=reason,
        )
        for env_id, reason in sorted(targets.items())
    ]
    score = None
    added = _added_text(change)
    if change.kind != "removed" and added.strip() and inputs.has_benchmarks:
        weights: dict[str, float] = defaultdict(float)
        for failure in linked:
            if failure.env_id:
                weights[failure.env_id] += failure.score
        score = narrowness(added, weights, env_texts, inputs.narrow_threshold)
    clause = ReviewClause(
        clause_id=change.clause_id,
        kind=change.kind,
        kinds=kinds,
        title=change.new_title or change.old_title or change.clause_id,
        previous_id=change.previous_id,
        rename_evidence=list(change.rename_evidence),
        similarity=change.similarity,
        old_title=change.old_title,
        new_title=change.new_title,
        old_attributes=dict(change.old_attributes),
        new_attributes=dict(change.new_attributes),
        old_parent=change.old_parent,
        new_parent=change.new_parent,
        diff=change.diff,
        commits=sorted(shas),
        failures=linked,
        failures_source=source,
        targets=targeted,
        narrowness=score,
    )
    return clause


def _linked(
    failure_id: str,
    failures: Mapping[str, Failure],
    origin: LinkOrigin,
    status: LinkStatus,
    score: float,
    env_id: str = "",
) -> LinkedFailure:
    failure = failures.get(failure_id)
    return LinkedFailure(
        failure_id=failure_id,
        env_id=failure.env_id if failure else env_id,
        summary=failure.summary if failure else "(not in the failure files)",
        origin=origin,
        status=status,
        score=round(score, 4),
    )


def _controls(
    targets: set[str], range_targets: set[str], catalog: Mapping[str, Environment]
) -> tuple[list[str], list[str]]:
    """Environments of the targets' categories that no clause of the range targets, held-out
    first, and the targets' variant twins (also untargeted)."""
    twins = sorted(
        env.env_id
        for env in catalog.values()
        if env.env_id not in range_targets
        and (
            env.variant_of in targets
            or any(catalog[t].variant_of == env.env_id for t in targets if t in catalog)
        )
    )
    categories = {catalog[t].category for t in targets if t in catalog}
    candidates = [
        env
        for env in catalog.values()
        if env.category in categories
        and env.env_id not in range_targets
        and env.env_id not in twins
    ]
    candidates.sort(key=lambda env: (_SPLIT_PREFERENCE.get(env.split, 9), env.env_id))
    return [env.env_id for env in candidates[:5]], twins


def _advice(clause: ReviewClause, has_benchmarks: bool) -> list[str]:
    if clause.kind == "removed" or not has_benchmarks:
        return []
    advice: list[str] = []
    for overlap in clause.overlaps:
        if overlap.is_heldout:
            advice.append(
                f"The clause quotes the prompt of {overlap.env_id}, a {overlap.split} "
                "environment: state the principle in your own words, or it stops being a clean "
                "measurement."
            )
    for target in clause.targets:
        if target.is_heldout:
            advice.append(
                f"{target.env_id} is a {target.split} environment: once this lands it stops "
                "being a clean measurement; report it as targeted or pick a new held-out one."
            )
    if clause.controls:
        advice.append(
            "Run the untargeted controls "
            + ", ".join(clause.controls)
            + " on the same checkpoints, so a drop can be told apart from a patch-specific one."
        )
    elif clause.targets:
        advice.append(
            "No untargeted environment shares the targets' category: add a control before "
            "crediting a drop to this clause."
        )
    if clause.twins:
        advice.append(
            "Run the variant twins " + ", ".join(clause.twins) + ": a drop on the targeted "
            "environment alone means the clause taught its surface, not the behaviour."
        )
    if clause.narrowness is not None and clause.narrowness.narrow:
        env = clause.narrowness.lifted_env or clause.narrowness.top_env
        advice.append(
            f"The clause reads as written for {env} (narrowness {clause.narrowness.score:.2f}): "
            "state the general principle, or expect a patch-driven zero there."
        )
    if not clause.failures:
        advice.append(
            "No failure is linked: add a Prompted-by trailer naming the failures it answers."
        )
    return advice
