"""Render a review as Markdown for a pull-request comment: summary first, diffs folded away.

The first line is the hidden marker ``<!-- specdrift-review -->`` by which a CI job finds and
updates its one comment. GitHub rejects comments over 65,536 characters, so diffs are dropped
(and the reader told so) once the comment reaches ``budget`` characters.
"""

from __future__ import annotations

from tracker.reports.escape import md, md_block, md_code
from tracker.reports.models import Review, ReviewClause
from tracker.spec.models import CHANGE_KINDS

COMMENT_MARKER = "<!-- specdrift-review -->"
COMMENT_BUDGET = 60_000


def _targets(clause: ReviewClause, table: bool = False) -> str:
    parts = []
    for target in clause.targets:
        label = md_code(target.env_id, table=table)
        if target.is_heldout:
            label += f" **{target.split}**"
        parts.append(label)
    return ", ".join(parts) or "none"


def _narrowness(clause: ReviewClause) -> str:
    if clause.narrowness is None:
        return "n/a"
    mark = " ⚠ narrow" if clause.narrowness.narrow else ""
    return f"{clause.narrowness.score:.2f}{mark}"


def render_review_markdown(review: Review, budget: int = COMMENT_BUDGET) -> str:
    """The review as a pull-request comment; untrusted text is escaped throughout."""
    out = [COMMENT_MARKER, *_summary(review)]
    compact = [_clause_section(clause, with_diff=False) for clause in review.clauses]
    used = sum(len(line) + 1 for line in out) + sum(len(part) + 1 for part in compact)
    sections, dropped = [], 0
    # Every clause is shown; diffs are added in order while the comment stays within budget.
    for clause, short in zip(review.clauses, compact, strict=True):
        full = _clause_section(clause, with_diff=True)
        if full != short and used + len(full) - len(short) > budget:
            dropped += 1
            full = short
        used += len(full) - len(short)
        sections.append(full)
    if dropped:
        out.append(
            f"*{_plural(dropped, 'diff')} left out to fit GitHub's comment size limit; run "
            "`specdrift review` locally for all of them.*\n"
        )
    return "\n".join(out + sections).rstrip() + "\n"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _summary(review: Review) -> list[str]:
    counts = ", ".join(
        f"{review.count(kind)} {kind}" for kind in CHANGE_KINDS if review.count(kind)
    )
    files = ", ".join(md_code(f) for f in review.files)
    out = [
        f"## specdrift review: {md_code(review.base)} → {md_code(review.head)}",
        "",
        f"{_plural(len(review.clauses), 'clause')} changed ({counts or 'none'}) in "
        f"{_plural(len(review.commits), 'commit')} to {files} "
        f"({md_code(review.base_commit[:7])}..{md_code(review.head_commit[:7])}).",
        "",
    ]
    if review.findings:
        narrow = [c.clause_id for c in review.clauses if c.narrowness and c.narrowness.narrow]
        heldout = sorted({t.env_id for c in review.clauses for t in c.targets if t.is_heldout})
        if narrow:
            out.append(
                f"- ⚠ **narrow-patch**: {', '.join(md_code(c) for c in narrow)} read as written "
                "for one environment."
            )
        if heldout:
            out.append(
                f"- ⚠ **contaminates-heldout**: {', '.join(md_code(e) for e in heldout)} stop "
                "being held-out (or test) measurements once this lands."
            )
        out.append("")
    elif review.has_benchmarks:
        out += ["No narrow clause, and no held-out or test environment targeted.", ""]
    out += [f"> {md(note)}" for note in review.notes]
    if review.notes:
        out.append("")
    for kind, ids in review.by_kind().items():
        if ids:
            out.append(f"- **{kind}** ({len(ids)}): {', '.join(md_code(i) for i in ids)}")
    if review.clauses:
        out.append("")
    judged = [c for c in review.clauses if c.kind != "removed"]
    if review.has_benchmarks and judged:
        out += [
            "| clause | change | answers | targets | narrowness |",
            "| --- | --- | --- | --- | --- |",
        ]
        for clause in judged:
            answers = (
                ", ".join(md_code(f.failure_id, table=True) for f in clause.failures) or "none"
            )
            if clause.failures_source == "inferred":
                answers += " (inferred)"
            out.append(
                f"| {md_code(clause.clause_id, table=True)} | {', '.join(clause.kinds)} | "
                f"{answers} | {_targets(clause, table=True)} | {_narrowness(clause)} |"
            )
        out.append("")
    return out


def _describe(clause: ReviewClause, kind: str) -> str:
    if kind == "retitled":
        return f"retitled from “{md(clause.old_title or '')}” to “{md(clause.new_title or '')}”"
    if kind == "moved":
        return (
            f"moved from under {md_code(clause.old_parent or '(top)')} to under "
            f"{md_code(clause.new_parent or '(top)')}"
        )
    if kind == "reattributed":
        old = ", ".join(f"{k}={v}" for k, v in sorted(clause.old_attributes.items())) or "none"
        new = ", ".join(f"{k}={v}" for k, v in sorted(clause.new_attributes.items())) or "none"
        return f"reattributed from {md_code(old)} to {md_code(new)}"
    if kind == "modified":
        return "text modified"
    return kind


def _change_line(clause: ReviewClause) -> str:
    line = "; ".join(_describe(clause, kind) for kind in clause.kinds or [clause.kind])
    if clause.previous_id and clause.previous_id != clause.clause_id:
        line += f" (was {md_code(clause.previous_id)})"
    return line


def _clause_section(clause: ReviewClause, with_diff: bool) -> str:
    title = f": {md(clause.title)}" if clause.title != clause.clause_id else ""
    out = [f"### {md_code(clause.clause_id)}{title}", "", f"- {_change_line(clause)}"]
    for failure in clause.failures:
        out.append(
            f"- answers {md_code(failure.failure_id)} in {md_code(failure.env_id or '?')} "
            f"({failure.origin}, score {failure.score:.2f}): {md(failure.summary)}"
        )
    if clause.targets:
        out.append(f"- targets (no longer clean measurements once merged): {_targets(clause)}")
    if clause.narrowness is not None:
        n = clause.narrowness
        links = (
            f"{n.concentration:.0%} of link weight on {md_code(n.top_env)}"
            if n.top_env
            else "no links"
        )
        lifted = (
            f"{n.lifted:.0%} of its phrases found in {md_code(n.lifted_env)}'s failures or "
            "description"
            if n.lifted_env
            else "no phrase shared with one environment's text"
        )
        line = f"- narrowness {n.score:.2f}: {links}; {lifted}"
        if n.phrases:
            line += " (" + "; ".join(f"“{md(p)}”" for p in n.phrases) + ")"
        out.append(line)
    out += [f"- {md(advice)}" for advice in clause.advice]
    if with_diff and clause.diff:
        lines = clause.diff.count("\n") + 1
        out += [
            "",
            f"<details><summary>diff ({lines} lines)</summary>",
            "",
            md_block(clause.diff, "diff"),
            "",
            "</details>",
        ]
    out.append("")
    return "\n".join(out)
