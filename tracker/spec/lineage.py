"""The lineage of clauses across spec versions: what changed in each version, and per clause.

Clauses of two consecutive versions are aligned in three passes: the same id; else the same
heading-path slug; else similarity (a new clause whose title and text are similar enough to a
removed one is that clause, retitled or moved). Explicit ids (heading attributes, markers) are
authoritative: two different explicit ids are never paired, so an author who renames an id
declares a new clause (the OpenAI Model Spec's 2025-09-12 release relies on this).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from tracker.errors import UsageError
from tracker.spec.clauses import slugify
from tracker.spec.models import (
    ChangeKind,
    Clause,
    ClauseChange,
    ClauseHistory,
    ParsedVersion,
)

_WORD = re.compile(r"\w+|[^\w\s]")


def _clauses(value: Sequence[Clause] | ParsedVersion) -> Sequence[Clause]:
    return value.clauses if isinstance(value, ParsedVersion) else value


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


def align(
    old: Sequence[Clause], new: Sequence[Clause], rename_threshold: float = 0.6
) -> tuple[dict[str, str], dict[str, float]]:
    """Pairs of the same clause: new id -> old id, and the similarity of pairs found by it."""
    old_by_id = {clause.id: clause for clause in old}
    pairs = {clause.id: clause.id for clause in new if clause.id in old_by_id}
    matched_old = set(pairs.values())
    loose_old = [c for c in old if c.id not in matched_old]
    loose_new = [c for c in new if c.id not in pairs]

    def pairable(a: Clause, b: Clause) -> bool:
        return a.kind == b.kind and (a.id_source == "slug" or b.id_source == "slug")

    by_slug: dict[str, list[Clause]] = {}
    for clause in loose_old:
        by_slug.setdefault(_path_slug(clause), []).append(clause)
    for clause in list(loose_new):
        candidates = [c for c in by_slug.get(_path_slug(clause), []) if pairable(c, clause)]
        if candidates:
            pairs[clause.id] = candidates[0].id
            by_slug[_path_slug(clause)].remove(candidates[0])
            loose_old.remove(candidates[0])
            loose_new.remove(clause)

    scores: dict[str, float] = {}
    scored = [
        (similarity(a, b), index_a, index_b)
        for index_b, b in enumerate(loose_new)
        for index_a, a in enumerate(loose_old)
        if pairable(a, b)
    ]
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for score, index_a, index_b in sorted(scored, key=lambda s: (-s[0], s[2], s[1])):
        if score < rename_threshold:
            break
        if index_a in taken_old or index_b in taken_new:
            continue
        taken_old.add(index_a)
        taken_new.add(index_b)
        pairs[loose_new[index_b].id] = loose_old[index_a].id
        scores[loose_new[index_b].id] = round(score, 6)
    return pairs, scores


def _text_diff(old: Clause, new: Clause) -> str:
    lines = difflib.unified_diff(
        old.text.splitlines(), new.text.splitlines(), old.id, new.id, lineterm=""
    )
    return "\n".join(lines)


def diff_clauses(
    old: Sequence[Clause] | ParsedVersion,
    new: Sequence[Clause] | ParsedVersion,
    *,
    commit: str,
    date: datetime,
    rename_threshold: float = 0.6,
) -> list[ClauseChange]:
    """What changed from ``old`` to ``new``: one ClauseChange per clause and kind of change.

    Changes follow the new document's order; removals come last, in the old document's order.
    """
    old_clauses, new_clauses = _clauses(old), _clauses(new)
    pairs, scores = align(old_clauses, new_clauses, rename_threshold)
    return _changes(old_clauses, new_clauses, pairs, scores, commit, date)


def _changes(
    old_clauses: Sequence[Clause],
    new_clauses: Sequence[Clause],
    pairs: dict[str, str],
    scores: dict[str, float],
    commit: str,
    date: datetime,
) -> list[ClauseChange]:
    old_by_id = {clause.id: clause for clause in old_clauses}
    new_id_of = {old_id: new_id for new_id, old_id in pairs.items()}
    changes: list[ClauseChange] = []
    for clause in new_clauses:
        previous_id = pairs.get(clause.id)
        if previous_id is None:
            changes.append(_added(clause, commit, date))
            continue
        before = old_by_id[previous_id]
        if before is clause:
            continue  # the same object: nothing changed (the splitter shares unchanged clauses)
        kinds = _kinds(before, clause, new_id_of)
        for kind in kinds:
            changes.append(
                ClauseChange(
                    clause_id=clause.id,
                    kind=kind,
                    commit=commit,
                    date=date,
                    previous_id=previous_id if previous_id != clause.id else None,
                    old_title=before.title,
                    new_title=clause.title,
                    old_parent=before.parent_id,
                    new_parent=clause.parent_id,
                    old_attributes=before.attributes,
                    new_attributes=clause.attributes,
                    old_text=before.text,
                    new_text=clause.text,
                    diff=_text_diff(before, clause) if kind == "modified" else "",
                    similarity=scores.get(clause.id),
                )
            )
    removed = set(old_by_id) - set(pairs.values())
    changes.extend(_removed(c, commit, date) for c in old_clauses if c.id in removed)
    return changes


def _kinds(before: Clause, after: Clause, new_id_of: dict[str, str]) -> list[ChangeKind]:
    kinds: list[ChangeKind] = []
    if before.text != after.text:
        kinds.append("modified")
    if before.title != after.title:
        kinds.append("retitled")
    old_parent = new_id_of.get(before.parent_id, before.parent_id) if before.parent_id else None
    if old_parent != after.parent_id:
        kinds.append("moved")
    if before.attributes != after.attributes:
        kinds.append("reattributed")
    return kinds


def _added(clause: Clause, commit: str, date: datetime) -> ClauseChange:
    return ClauseChange(
        clause_id=clause.id,
        kind="added",
        commit=commit,
        date=date,
        new_title=clause.title,
        new_parent=clause.parent_id,
        new_attributes=clause.attributes,
        new_text=clause.text,
    )


def _removed(clause: Clause, commit: str, date: datetime) -> ClauseChange:
    return ClauseChange(
        clause_id=clause.id,
        kind="removed",
        commit=commit,
        date=date,
        old_title=clause.title,
        old_parent=clause.parent_id,
        old_attributes=clause.attributes,
        old_text=clause.text,
    )


@dataclass
class _Thread:
    """One clause followed through its versions (a new thread when it is added again)."""

    ids: list[str]
    introduced: str
    introduced_date: datetime
    changes: list[ClauseChange] = field(default_factory=list)
    removed_in: str | None = None
    present: dict[int, str] = field(default_factory=dict)
    """Version index -> the clause's id in that version."""

    def record(self) -> ClauseHistory:
        aliases = tuple(dict.fromkeys(i for i in self.ids[:-1] if i != self.ids[-1]))
        return ClauseHistory(
            clause_id=self.ids[-1],
            aliases=aliases,
            introduced=self.introduced,
            introduced_date=self.introduced_date,
            changes=tuple(self.changes),
            removed_in=self.removed_in,
        )


class Lineage:
    """Every version with its clause changes, and every clause's history."""

    def __init__(self, versions: Sequence[ParsedVersion], rename_threshold: float = 0.6) -> None:
        self.versions: list[ParsedVersion] = list(versions)
        self._changes: list[list[ClauseChange]] = []
        self._threads: list[_Thread] = []
        self._by_id: dict[str, list[int]] = {}
        self._build(rename_threshold)

    def _build(self, rename_threshold: float) -> None:
        current: dict[str, int] = {}  # clause id in the previous version -> thread
        previous: Sequence[Clause] = ()
        for index, parsed in enumerate(self.versions):
            commit, date = parsed.version.commit, parsed.version.date
            pairs, scores = align(previous, parsed.clauses, rename_threshold)
            changes = _changes(previous, parsed.clauses, pairs, scores, commit, date)
            following: dict[str, int] = {}
            for clause in parsed.clauses:
                old_id = pairs.get(clause.id)
                if old_id is not None and old_id in current:
                    thread_index = current[old_id]
                    thread = self._threads[thread_index]
                    if thread.ids[-1] != clause.id:
                        thread.ids.append(clause.id)
                else:
                    thread_index = len(self._threads)
                    self._threads.append(_Thread([clause.id], commit, date))
                following[clause.id] = thread_index
                self._threads[thread_index].present[index] = clause.id
                self._by_id.setdefault(clause.id, [])
                if thread_index not in self._by_id[clause.id]:
                    self._by_id[clause.id].append(thread_index)
            for change in changes:
                if change.kind == "removed":
                    thread = self._threads[current[change.clause_id]]
                    thread.removed_in = commit
                else:
                    thread = self._threads[following[change.clause_id]]
                thread.changes.append(change)
            self._changes.append(changes)
            current = following
            previous = parsed.clauses

    def _index(self, ref: str) -> int:
        wanted = ref.strip()
        for index, parsed in enumerate(self.versions):
            if parsed.version.commit == wanted:
                return index
        if len(wanted) >= 4 and re.fullmatch(r"[0-9a-fA-F]+", wanted):
            found = [
                i
                for i, p in enumerate(self.versions)
                if p.version.commit.startswith(wanted.lower())
            ]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise UsageError(f"{ref!r} is ambiguous: it starts {len(found)} version commits")
        name = re.sub(r"^release\s+", "", wanted, flags=re.I).lower()
        for index in reversed(range(len(self.versions))):
            release = self.versions[index].version.release
            if release is not None and release.lower() == name:
                return index
        releases = [p.version.release for p in self.versions if p.version.release]
        known = f"; releases: {', '.join(releases)}" if releases else ""
        raise UsageError(f"{ref!r} is not a version of the spec (a commit that changed it){known}")

    def version(self, ref: str) -> ParsedVersion:
        """The version of a full or short sha, or of a release name (the latest of that name)."""
        return self.versions[self._index(ref)]

    def changes_in(self, commit: str) -> list[ClauseChange]:
        """The changes of a version against the previous one (the first: every clause added)."""
        return list(self._changes[self._index(commit)])

    def _thread(self, clause_id: str) -> _Thread:
        candidates = self._by_id.get(clause_id)
        if not candidates:
            raise KeyError(clause_id)
        last = len(self.versions) - 1
        # Prefer the clause that has this id now, else the latest one that had it.
        for thread_index in reversed(candidates):
            if self._threads[thread_index].present.get(last) == clause_id:
                return self._threads[thread_index]
        return self._threads[candidates[-1]]

    def history(self, clause_id: str) -> ClauseHistory:
        """A clause's history by its current or any earlier id; KeyError if no version has it."""
        return self._thread(clause_id).record()

    def clause_at(self, commit: str, clause_id: str) -> Clause | None:
        """The clause (by current or earlier id) as it stood at a version, None if absent."""
        index = self._index(commit)
        clauses = self.versions[index].clauses
        for clause in clauses:
            if clause.id == clause_id:
                return clause
        try:
            thread = self._thread(clause_id)
        except KeyError:
            return None
        id_then = thread.present.get(index)
        return next((c for c in clauses if c.id == id_then), None) if id_then else None

    def clause_ids(self) -> Iterable[str]:
        """Every id any version has used."""
        return self._by_id.keys()


def build_lineage(versions: Sequence[ParsedVersion], *, rename_threshold: float = 0.6) -> Lineage:
    """The lineage of ``versions`` (oldest first)."""
    return Lineage(versions, rename_threshold)
