"""Which clauses of two consecutive versions are the same clause: ids, slugs, and renames.

Clauses are aligned in three passes: the same id; else the same heading-path slug; else a
rename, judged from the evidence a person reading the two versions uses:

- ``text``: word-level similarity of title and text at or above the rename threshold
  (``RENAME_THRESHOLD``, 0.6);
- ``links``: the commit rewrote the cross-references: the old id is linked (``](#old)`` or
  ``[#old]``) in the old version and nowhere in the new one, the new id is linked in the new
  version and was not in the old one, and at least half of the clauses that linked the old id
  now link the new one;
- ``place``: the same parent, and the same clause right before or right after it among its
  siblings (or both the only child of that parent);
- ``parent``, ``attributes``: an unchanged parent, and unchanged attributes.

A pair is a rename when

1. a slug id is involved (a heading without an explicit id, whose id changes with its title or
   parent) and the text is similar (``text``); or
2. both ids are explicit and the text is similar, and the structure agrees: ``links``, or
   ``place``, or the same ``parent`` and ``attributes``; or
3. the links were rewritten (``links``) and the similarity is at least ``LINK_FLOOR`` (0.3): the
   author re-pointed every link, and the text is still recognisably that clause's.

Explicit ids stay authoritative in the sense that text alone never pairs two of them: a clause
rewritten under a new id, a new title and a new parent, with its old links dropped, is a new
clause (the OpenAI Model Spec's 2025-09-12 release folds "Be kind" into a new "Love humanity"
principle that way), while ``protect_privileged_messages`` -> ``protect_privileged_information``
in the same release keeps its place and has all its links rewritten: a rename.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from tracker.spec.clauses import slugify
from tracker.spec.models import Clause, RenameEvidence

EVIDENCE_TEXT: dict[str, str] = {
    "text": "similar text",
    "links": "links rewritten to the new id",
    "place": "same place among its siblings",
    "parent": "same parent",
    "attributes": "same attributes",
}
"""How each kind of rename evidence reads in the CLI and the review."""


def describe_evidence(evidence: Sequence[RenameEvidence], similarity: float | None) -> list[str]:
    """The evidence of a rename as short phrases, the text similarity with its value."""
    return [
        f"text {similarity:.2f}"
        if item == "text" and similarity is not None
        else EVIDENCE_TEXT[item]
        for item in evidence
    ]


RENAME_THRESHOLD = 0.6
"""The default least text similarity of a rename (``[spec] rename_threshold``): every reader
of the spec history takes it from here, so a history reads the same in every command."""

LINK_FLOOR = 0.3
"""The least similarity a pair whose links were rewritten needs to be a rename: links re-pointed
at an unrelated clause (a replacement) are not read as one."""

_WORD = re.compile(r"\w+|[^\w\s]")
# A cross-reference: a Markdown link to an anchor, ``[text](#id)``, or a tag such as
# ``BAD[#id]`` that examples use to cite the clause they illustrate.
_LINK = re.compile(r"(?:\]\(|\[)#([^\s)\]]+)[)\]]")
_ID = attrgetter("id")


@dataclass(frozen=True)
class Alignment:
    """The pairs of two versions' clauses: new id -> old id, and how renames were found."""

    pairs: dict[str, str]
    similarity: dict[str, float] = field(default_factory=dict)
    """New id -> text similarity, for the pairs found by similarity or evidence."""
    evidence: dict[str, tuple[RenameEvidence, ...]] = field(default_factory=dict)
    """New id -> the evidence that paired it with a different old id."""


def _path_slug(clause: Clause) -> str:
    return "/".join(slugify(title) for title in clause.path)


def similarity(old: Clause, new: Clause) -> float:
    """Word-level similarity in [0, 1] of two clauses' titles and texts."""
    a = _WORD.findall(f"{old.title}\n{old.text}".lower())
    b = _WORD.findall(f"{new.title}\n{new.text}".lower())
    if not a and not b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.3 or matcher.quick_ratio() < 0.3:
        return matcher.quick_ratio()
    return matcher.ratio()


def links_by_target(clauses: Sequence[Clause]) -> dict[str, set[str]]:
    """Anchor id -> the ids of the clauses whose text links it."""
    found: dict[str, set[str]] = {}
    for clause in clauses:
        for target in _LINK.findall(clause.text):
            found.setdefault(target, set()).add(clause.id)
    return found


def _neighbours(clauses: Sequence[Clause]) -> dict[str, tuple[str | None, str | None]]:
    """Clause id -> the ids of its previous and next sibling (same parent), None at the ends."""
    last_child: dict[str | None, str] = {}
    previous: dict[str, str | None] = {}
    following: dict[str, str | None] = {}
    for clause in clauses:
        before = last_child.get(clause.parent_id)
        previous[clause.id] = before
        following.setdefault(clause.id, None)
        if before is not None:
            following[before] = clause.id
        last_child[clause.parent_id] = clause.id
    return {key: (previous[key], following[key]) for key in previous}


class _Evidence:
    """The structural evidence of two versions, computed once per alignment."""

    def __init__(
        self, old: Sequence[Clause], new: Sequence[Clause], new_id_of: Mapping[str, str]
    ) -> None:
        self.new_id_of = new_id_of
        self.old_links = links_by_target(old)
        self.new_links = links_by_target(new)
        self.old_neighbours = _neighbours(old)
        self.new_neighbours = _neighbours(new)

    def _mapped(self, old_id: str | None) -> str | None:
        return None if old_id is None else self.new_id_of.get(old_id)

    def of(self, a: Clause, b: Clause) -> list[RenameEvidence]:
        """Structural evidence (links, place, parent, attributes) that ``b`` is ``a`` renamed."""
        found: list[RenameEvidence] = []
        if self._links_rewritten(a.id, b.id):
            found.append("links")
        same_parent = (a.parent_id is None and b.parent_id is None) or (
            a.parent_id is not None and self._mapped(a.parent_id) == b.parent_id
        )
        if same_parent:
            before_a, after_a = self.old_neighbours[a.id]
            before_b, after_b = self.new_neighbours[b.id]
            only_children = None is before_a is after_a is before_b is after_b
            same_before = before_b is not None and self._mapped(before_a) == before_b
            same_after = after_b is not None and self._mapped(after_a) == after_b
            if only_children or same_before or same_after:
                found.append("place")
            found.append("parent")
        if a.attributes == b.attributes:
            found.append("attributes")
        return found

    def _links_rewritten(self, old_id: str, new_id: str) -> bool:
        referrers = self.old_links.get(old_id)
        now = self.new_links.get(new_id)
        if not referrers or not now or old_id in self.new_links or new_id in self.old_links:
            return False
        moved = {new_id if r == old_id else self.new_id_of.get(r, r) for r in referrers}
        return 2 * len(moved & now) >= len(referrers)


def _decide(
    a: Clause, b: Clause, score: float, structure: list[RenameEvidence], threshold: float
) -> tuple[RenameEvidence, ...] | None:
    """The evidence that pairs ``a`` and ``b`` under the module's rules, None if not a rename."""
    text: list[RenameEvidence] = ["text"] if score >= threshold else []
    if a.id_source == "slug" or b.id_source == "slug":
        return (*text, *structure) if text else None
    if text and (
        "links" in structure
        or "place" in structure
        or ("parent" in structure and "attributes" in structure)
    ):
        return (*text, *structure)
    if "links" in structure and score >= LINK_FLOOR:
        return (*text, *structure)
    return None


def align(
    old: Sequence[Clause], new: Sequence[Clause], rename_threshold: float = RENAME_THRESHOLD
) -> Alignment:
    """Pairs of the same clause (new id -> old id), with the evidence of each rename."""
    old_ids, new_ids = list(map(_ID, old)), list(map(_ID, new))
    if old_ids == new_ids:
        return Alignment(dict(zip(new_ids, new_ids, strict=True)))  # the usual case
    old_by_id = dict(zip(old_ids, old, strict=True))
    pairs = {clause.id: clause.id for clause in new if clause.id in old_by_id}
    matched_old = set(pairs.values())
    loose_old = [c for c in old if c.id not in matched_old]
    loose_new = [c for c in new if c.id not in pairs]
    if not loose_old or not loose_new:
        return Alignment(pairs)

    by_slug: dict[str, list[Clause]] = {}
    for clause in loose_old:
        by_slug.setdefault(_path_slug(clause), []).append(clause)
    for clause in list(loose_new):
        candidates = [
            c
            for c in by_slug.get(_path_slug(clause), [])
            if c.kind == clause.kind and (c.id_source == "slug" or clause.id_source == "slug")
        ]
        if candidates:
            pairs[clause.id] = candidates[0].id
            by_slug[_path_slug(clause)].remove(candidates[0])
            loose_old.remove(candidates[0])
            loose_new.remove(clause)

    # Parents and neighbours are compared through the pairs found so far (same id or slug).
    evidence = _Evidence(old, new, {old_id: new_id for new_id, old_id in pairs.items()})
    found: list[tuple[tuple[int, float], int, int, float, tuple[RenameEvidence, ...]]] = []
    for index_b, b in enumerate(loose_new):
        for index_a, a in enumerate(loose_old):
            if a.kind != b.kind:
                continue
            explicit = a.id_source != "slug" and b.id_source != "slug"
            structure = evidence.of(a, b)
            # Two explicit ids need structure beside the text: skip the costly similarity.
            if (
                explicit
                and not {"links", "place"} & set(structure)
                and ("parent" not in structure or "attributes" not in structure)
            ):
                continue
            score = similarity(a, b)
            decided = _decide(a, b, score, structure, rename_threshold)
            if decided is not None:
                rank = (-int("links" in decided) - int("place" in decided), -score)
                found.append((rank, index_b, index_a, score, decided))
    similarities: dict[str, float] = {}
    reasons: dict[str, tuple[RenameEvidence, ...]] = {}
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    # Strongest evidence first, then the most similar text; ties in document order.
    for _, index_b, index_a, score, decided in sorted(found, key=lambda f: (f[0], f[1], f[2])):
        if index_a in taken_old or index_b in taken_new:
            continue
        taken_old.add(index_a)
        taken_new.add(index_b)
        new_id = loose_new[index_b].id
        pairs[new_id] = loose_old[index_a].id
        similarities[new_id] = round(score, 6)
        reasons[new_id] = decided
    return Alignment(pairs, similarities, reasons)
