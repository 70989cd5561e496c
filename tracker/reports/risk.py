"""The order a spec author reads a review in: the riskiest changes first, style additions last.

A clause is reviewed first when any of these holds (the reasons, most serious first):

- ``quotes-heldout-prompt``: its new text shares a 13-gram with a held-out or test prompt;
- ``targets-heldout``: it targets a held-out or test environment through its links;
- ``authority-changed``: its ``authority`` attribute changed (e.g. platform -> root);
- ``top-authority``: it is a root-, system- or platform-level clause;
- ``authority-text``: its changed words name one of those levels, in a spec whose attributes
  use them (``chain_of_command`` rewording "platform" as "root");
- ``narrow``: a narrow patch (``tracker.reports.narrowness``);
- ``quotes-prompt``, ``targets``: the same for other environments;
- ``answers-failures``: Prompted-by trailers or curated links tie it to failures.

Then come the other modified, retitled, moved, renamed and removed clauses, and last the
additions with no reason to be read first (in the OpenAI Model Spec, the new user- and
guideline-level personality clauses).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import get_args

from tracker.reports.models import ReviewClause, RiskGroup, RiskReason
from tracker.reports.worddiff import changed_words

TOP_AUTHORITY = ("root", "system", "platform")
"""Authority levels above developer and user: what a spec author must not change by accident."""

REASON_ORDER: tuple[RiskReason, ...] = get_args(RiskReason)
"""Most serious first: the order the Literal lists them in."""
_GROUP_ORDER = {"first": 0, "changed": 1, "added": 2}
_KIND_ORDER = {
    "modified": 0,
    "reattributed": 1,
    "renamed": 2,
    "retitled": 3,
    "moved": 4,
    "added": 5,
    "removed": 6,
}


def risk_reasons(
    clause: ReviewClause, old_text: str, new_text: str, levels: Collection[str]
) -> list[RiskReason]:
    """Why ``clause`` is read first, most serious first; ``levels``: the top authority levels
    the spec's attributes use."""
    found: set[RiskReason] = set()
    if any(o.is_heldout for o in clause.overlaps):
        found.add("quotes-heldout-prompt")
    if any(not o.is_heldout for o in clause.overlaps):
        found.add("quotes-prompt")
    if any(t.is_heldout for t in clause.targets):
        found.add("targets-heldout")
    if any(not t.is_heldout for t in clause.targets):
        found.add("targets")
    old_level = clause.old_attributes.get("authority")
    new_level = clause.new_attributes.get("authority")
    if "reattributed" in clause.kinds and old_level != new_level:
        found.add("authority-changed")
    if (new_level if clause.kind != "removed" else old_level) in TOP_AUTHORITY:
        found.add("top-authority")
    if "modified" in clause.kinds and levels and changed_words(old_text, new_text) & set(levels):
        found.add("authority-text")
    if clause.narrowness is not None and clause.narrowness.narrow:
        found.add("narrow")
    if clause.failures_source == "trailer" and clause.failures:
        found.add("answers-failures")
    return [reason for reason in REASON_ORDER if reason in found]


def risk_group(clause: ReviewClause) -> RiskGroup:
    if clause.risk:
        return "first"
    return "added" if clause.kind == "added" else "changed"


def review_order(clause: ReviewClause) -> tuple[int, int, int, int, str]:
    """Sort key: group; within the first group the most serious reason, then how many; within
    the others the kind of change; then the clause id."""
    serious = REASON_ORDER.index(clause.risk[0]) if clause.risk else len(REASON_ORDER)
    return (
        _GROUP_ORDER[clause.group],
        serious,
        -len(clause.risk),
        _KIND_ORDER.get(clause.kind, 9),
        clause.clause_id,
    )
