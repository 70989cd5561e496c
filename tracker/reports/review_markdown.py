"""Render a review as Markdown for a pull-request comment: what matters most first.

The first line is the hidden marker ``<!-- specdrift-review -->`` by which a CI job finds and
updates its one comment. Clauses come in the review's risk order (``tracker.reports.risk``):
each shows why it is read first, a compact word diff (modified) or its first lines and size
(added). GitHub rejects comments over 65,536 characters, so the comment is filled in order
within ``budget``: clauses that do not fit are cut from the end, then full diffs and texts are
unfolded in order while room is left, and the comment says what it left out.
"""

from __future__ import annotations

from tracker.numbers import MISSING, format_percent, format_score
from tracker.reports.escape import md, md_block, md_code
from tracker.reports.models import Review, ReviewClause
from tracker.spec.models import CHANGE_KINDS
from tracker.spec.renames import describe_evidence

COMMENT_MARKER = "<!-- specdrift-review -->"
COMMENT_BUDGET = 60_000
"""Characters; GitHub's limit is 65,536, and the rest is room for the notes on what was cut."""
_RESERVE = 1_500
"""Kept free while clauses are added, for the note naming the ones that did not fit."""
_SPAN_WORDS = 30

_GROUP_TITLES = {
    "first": "Review first",
    "changed": "Other changes",
    "added": "Other additions (no risk reason found)",
}
_REASONS = {
    "quotes-heldout-prompt": "quotes a held-out/test environment's prompt",
    "targets-heldout": "targets a held-out/test environment",
    "authority-changed": "authority changed",
    "top-authority": "root-, system- or platform-level",
    "authority-text": "rewords authority levels",
    "narrow": "narrow patch",
    "quotes-prompt": "quotes an environment's prompt",
    "targets": "targets environments",
    "answers-failures": "answers failures",
}


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {plural or word + 's'}"


def _ids(ids: list[str], most: int = 6) -> str:
    shown = ", ".join(md_code(i) for i in ids[:most])
    return shown + (f" and {len(ids) - most} more" if len(ids) > most else "")


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
        return MISSING
    mark = " ⚠ narrow" if clause.narrowness.narrow else ""
    return f"{format_score(clause.narrowness.score)}{mark}"


def render_review_markdown(review: Review, budget: int = COMMENT_BUDGET) -> str:
    """The review as a pull-request comment; untrusted text is escaped throughout."""
    head = "\n".join([COMMENT_MARKER, *_summary(review)])
    groups = [g for g in _GROUP_TITLES if any(c.group == g for c in review.clauses)]
    used = len(head) + 1 + sum(len(_group_heading(review, g)) + 1 for g in groups)
    room = budget - min(_RESERVE, budget // 10)
    compact: list[str] = []
    for clause in review.clauses:
        section = _clause_section(clause, full=False)
        if used + len(section) + 1 > room:
            break
        compact.append(section)
        used += len(section) + 1
    cut = review.clauses[len(compact) :]
    shown = review.clauses[: len(compact)]
    # Unfold full diffs and texts in review order while the comment stays within budget.
    sections, folded = [], 0
    for clause, short in zip(shown, compact, strict=True):
        full = _clause_section(clause, full=True)
        if full != short and used + len(full) - len(short) > room:
            folded += 1
            full = short
        used += len(full) - len(short)
        sections.append(full)
    body: list[str] = []
    for group in groups:
        members = [s for c, s in zip(shown, sections, strict=True) if c.group == group]
        if members:
            body += [_group_heading(review, group), *members]
    notes = []
    if cut:
        notes.append(
            f"*Left out to fit GitHub's comment size limit: the last {_plural(len(cut), 'clause')}"
            f" of the order above ({_ids([c.clause_id for c in cut], 12)}).*"
        )
    if folded:
        notes.append(
            f"*{_plural(folded, 'full diff')} not unfolded, to stay within GitHub's comment "
            "size limit.*"
        )
    if notes:
        notes.append("*Run `specdrift review` locally (or with `--format json`) for everything.*\n")
    return "\n".join([head, *body, *notes]).rstrip() + "\n"


def _group_heading(review: Review, group: str) -> str:
    count = sum(1 for c in review.clauses if c.group == group)
    return f"### {_GROUP_TITLES[group]} ({count})\n"


def _headline(review: Review) -> str:
    """One paragraph: what matters most, in the review's order."""
    first = [c for c in review.clauses if c.group == "first"]
    parts = []
    quoting = sorted({o.env_id for c in review.clauses for o in c.overlaps if o.is_heldout})
    if quoting:
        parts.append(f"text that quotes the prompts of held-out/test {_ids(quoting)}")
    heldout = sorted({t.env_id for c in review.clauses for t in c.targets if t.is_heldout})
    if heldout:
        parts.append(f"clauses that target held-out/test {_ids(heldout)}")
    authority = [c.clause_id for c in review.clauses if "authority-changed" in c.risk]
    if authority:
        parts.append(f"{_plural(len(authority), 'authority change')} ({_ids(authority)})")
    top = [
        c.clause_id
        for c in review.clauses
        if ("top-authority" in c.risk or "authority-text" in c.risk)
        and "authority-changed" not in c.risk
    ]
    if top:
        parts.append(
            f"{_plural(len(top), 'other root/system-level or authority edit')} ({_ids(top)})"
        )
    narrow = [c.clause_id for c in review.clauses if "narrow" in c.risk]
    if narrow:
        parts.append(f"{_plural(len(narrow), 'narrow patch', 'narrow patches')} ({_ids(narrow)})")
    linked = [c.clause_id for c in review.clauses if "answers-failures" in c.risk]
    if linked:
        parts.append(f"{_plural(len(linked), 'clause')} answering failures")
    renamed = [c for c in review.clauses if c.previous_id and c.previous_id != c.clause_id]
    text = "What matters most: " + "; ".join(parts) + "." if parts else "Nothing is flagged."
    if first:
        verb = "is" if len(first) == 1 else "are"
        text += f" {_plural(len(first), 'clause')} {verb} reviewed first."
    if renamed:
        text += (
            " Renamed, with history kept: "
            + ", ".join(f"{md_code(c.previous_id or '')} → {md_code(c.clause_id)}" for c in renamed)
            + "."
        )
    last = [c.clause_id for c in review.clauses if c.group == "added"]
    if last:
        text += f" {_plural(len(last), 'addition')} with no risk reason come last."
    return text


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
    if review.clauses:
        out += [_headline(review), ""]
    if review.findings:
        narrow = [c.clause_id for c in review.clauses if c.narrowness and c.narrowness.narrow]
        heldout = sorted(
            {t.env_id for c in review.clauses for t in c.targets if t.is_heldout}
            | {o.env_id for c in review.clauses for o in c.overlaps if o.is_heldout}
        )
        if narrow:
            out.append(
                f"- ⚠ **narrow-patch**: {_ids(narrow, 12)} read as written for one environment."
            )
        if heldout:
            out.append(
                f"- ⚠ **contaminates-heldout**: {', '.join(md_code(e) for e in heldout)} stop "
                "being held-out (or test) measurements once this lands."
            )
        out.append("")
    elif review.has_benchmarks:
        out += ["No narrow clause, and no held-out or test environment targeted or quoted.", ""]
    out += [f"> {md(note)}" for note in review.notes]
    if review.notes:
        out.append("")
    by_kind = [(kind, ids) for kind, ids in review.by_kind().items() if ids]
    if by_kind:
        out += [
            f"- **{kind}** ({len(ids)}): {', '.join(md_code(i) for i in ids)}"
            for kind, ids in by_kind
        ]
        out.append("")
    judged = [
        c for c in review.clauses if c.kind != "removed" and (c.group != "added" or c.failures)
    ]
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
    if kind == "renamed":
        evidence = describe_evidence(clause.rename_evidence, clause.similarity)
        why = f" ({', '.join(evidence)})" if evidence else ""
        return f"renamed from {md_code(clause.previous_id or '')}{why}"
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
    if kind == "added":
        return f"added ({_plural(clause.lines, 'line')}, {_plural(clause.words, 'word')})"
    if kind == "removed":
        return f"removed ({_plural(clause.lines, 'line')}, {_plural(clause.words, 'word')})"
    return kind


def _change_line(clause: ReviewClause) -> str:
    line = "; ".join(_describe(clause, kind) for kind in clause.kinds or [clause.kind])
    renamed = "renamed" in clause.kinds
    if clause.previous_id and clause.previous_id != clause.clause_id and not renamed:
        line += f" (was {md_code(clause.previous_id)})"
    return line


def _span(text: str) -> str:
    words = text.split()
    return " ".join(words[:_SPAN_WORDS]) + (" …" if len(words) > _SPAN_WORDS else "")


def _clause_section(clause: ReviewClause, full: bool) -> str:
    title = f": {md(clause.title)}" if clause.title != clause.clause_id else ""
    out = [f"#### {md_code(clause.clause_id)}{title}", "", f"- {_change_line(clause)}"]
    if clause.risk:
        out.append("- **read first**: " + "; ".join(_REASONS[r] for r in clause.risk))
    for overlap in clause.overlaps:
        split = f" **{overlap.split}**" if overlap.is_heldout else ""
        out.append(
            f"- ⚠ quotes the prompts of {md_code(overlap.env_id)}{split} "
            f"({_plural(overlap.ngrams, 'shared 13-gram')}): “{md(_span(overlap.span))}”"
        )
    for failure in clause.failures:
        out.append(
            f"- answers {md_code(failure.failure_id)} in {md_code(failure.env_id or '?')} "
            f"({failure.origin}, score {format_score(failure.score)}): {md(failure.summary)}"
        )
    if clause.targets:
        out.append(f"- targets (no longer clean measurements once merged): {_targets(clause)}")
    if clause.narrowness is not None:
        n = clause.narrowness
        links = (
            f"{format_percent(n.concentration, 0)} of link weight on {md_code(n.top_env)}"
            if n.top_env
            else "no links"
        )
        lifted = (
            f"{format_percent(n.lifted, 0)} of its phrases found in {md_code(n.lifted_env)}'s "
            "failures or "
            "description"
            if n.lifted_env
            else "no phrase shared with one environment's text"
        )
        line = f"- narrowness {format_score(n.score)}: {links}; {lifted}"
        if n.phrases:
            line += " (" + "; ".join(f"“{md(p)}”" for p in n.phrases) + ")"
        out.append(line)
    out += [f"- {md(advice)}" for advice in clause.advice]
    if clause.word_diff:
        out += ["", md_block("\n".join(clause.word_diff))]
    if clause.preview:
        more = " …" if clause.lines > len(clause.preview) else ""
        out += ["", md_block("\n".join(clause.preview) + more)]
    # An added clause whose preview is all of it needs no folded copy.
    whole = clause.kind == "added" and len(clause.preview) == len(
        [line for line in clause.diff.splitlines() if line.strip("+").strip()]
    )
    if full and clause.diff and not whole:
        # The only raw HTML the comment writes (tests/reports/markdown_check.py allows it).
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
