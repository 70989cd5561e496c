"""The lineage of clauses across spec versions: what changed in each version, and per clause.

Clauses of two consecutive versions are aligned by ``tracker.spec.renames``: the same id; else
the same heading-path slug; else a rename, from similar text and the structure around it (links
rewritten to the new id, the same place among its siblings, the same parent and attributes).
A renamed clause keeps its thread: its history lists every id it has had.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import compress
from operator import attrgetter, is_not

from tracker.errors import UsageError
from tracker.spec.models import (
    ChangeKind,
    Clause,
    ClauseChange,
    ClauseHistory,
    ParsedVersion,
    RenameEvidence,
)
from tracker.spec.renames import RENAME_THRESHOLD, Alignment, align, similarity

__all__ = ["Lineage", "align", "build_lineage", "diff_clauses", "similarity", "unified_text_diff"]

_ID = attrgetter("id")


def _clauses(value: Sequence[Clause] | ParsedVersion) -> Sequence[Clause]:
    return value.clauses if isinstance(value, ParsedVersion) else value


def _range(start: int, stop: int) -> str:
    """A unified diff's line range, as difflib writes it."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start if not length else start + 1},{length}"


def unified_text_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    """A unified diff (3 lines of context) of two texts.

    Most edits change one line: that hunk is written directly, which is much cheaper than
    difflib over a long history; anything else goes through difflib.
    """
    a, b = old.splitlines(), new.splitlines()
    prefix = 0
    while prefix < len(a) and prefix < len(b) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < len(a) - prefix
        and suffix < len(b) - prefix
        and a[len(a) - 1 - suffix] == b[len(b) - 1 - suffix]
    ):
        suffix += 1
    a_end, b_end = len(a) - suffix, len(b) - suffix
    if a_end - prefix > 1 or b_end - prefix > 1:
        return "\n".join(difflib.unified_diff(a, b, old_name, new_name, lineterm=""))
    if a_end == prefix and b_end == prefix:
        return ""
    first = max(prefix - 3, 0)
    a_last, b_last = min(a_end + 3, len(a)), min(b_end + 3, len(b))
    lines = [
        f"--- {old_name}",
        f"+++ {new_name}",
        f"@@ -{_range(first, a_last)} +{_range(first, b_last)} @@",
        *(f" {line}" for line in a[first:prefix]),
        *(f"-{line}" for line in a[prefix:a_end]),
        *(f"+{line}" for line in b[prefix:b_end]),
        *(f" {line}" for line in a[a_end:a_last]),
    ]
    return "\n".join(lines)


def _text_diff(old: Clause, new: Clause) -> str:
    return unified_text_diff(old.text, new.text, old.id, new.id)


def diff_clauses(
    old: Sequence[Clause] | ParsedVersion,
    new: Sequence[Clause] | ParsedVersion,
    *,
    commit: str,
    date: datetime,
    rename_threshold: float = RENAME_THRESHOLD,
) -> list[ClauseChange]:
    """What changed from ``old`` to ``new``: one ClauseChange per clause and kind of change.

    Changes follow the new document's order; removals come last, in the old document's order.
    """
    old_clauses, new_clauses = _clauses(old), _clauses(new)
    alignment = align(old_clauses, new_clauses, rename_threshold)
    return _changes(old_clauses, new_clauses, alignment, commit, date)


def _changes(
    old_clauses: Sequence[Clause],
    new_clauses: Sequence[Clause],
    alignment: Alignment,
    commit: str,
    date: datetime,
) -> list[ClauseChange]:
    # Long histories call this once per version: keep the per-clause work in C (map, zip).
    pairs = alignment.pairs
    old_by_id = dict(zip(map(_ID, old_clauses), old_clauses, strict=True))
    new_id_of = dict(zip(pairs.values(), pairs.keys(), strict=True))
    # The splitter shares unchanged clauses between versions: the same object means no change.
    changed = set(map(id, new_clauses)).difference(map(id, old_clauses))
    changes: list[ClauseChange] = []
    for clause in compress(new_clauses, map(changed.__contains__, map(id, new_clauses))):
        previous_id = pairs.get(clause.id)
        if previous_id is None:
            changes.append(_added(clause, commit, date))
            continue
        before = old_by_id[previous_id]
        kinds = _kinds(before, clause, new_id_of)
        renamed_from = previous_id if previous_id != clause.id else None
        if renamed_from is not None and before.id_source != "slug":
            kinds.insert(0, "renamed")  # a declared id changed: say so even if nothing else did
        evidence = alignment.evidence.get(clause.id, ())
        for kind in kinds:
            changes.append(
                _changed(
                    kind,
                    before,
                    clause,
                    renamed_from,
                    (alignment.similarity.get(clause.id), evidence),
                    commit,
                    date,
                )
            )
    removed = set(old_by_id) - set(pairs.values())
    changes.extend(_removed(c, commit, date) for c in old_clauses if c.id in removed)
    return changes


def _changes_same_ids(
    old_clauses: Sequence[Clause], new_clauses: Sequence[Clause], commit: str, date: datetime
) -> list[ClauseChange]:
    """``_changes`` for two versions with the same clause ids in the same order (cheaper)."""
    # Same ids in the same order: clauses pair by position; only different objects can differ.
    differs = map(is_not, old_clauses, new_clauses)
    changes: list[ClauseChange] = []
    for before, clause in compress(zip(old_clauses, new_clauses, strict=True), differs):
        for kind in _kinds(before, clause, {}):
            changes.append(_changed(kind, before, clause, None, (None, ()), commit, date))
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


def _changed(
    kind: ChangeKind,
    before: Clause,
    clause: Clause,
    previous_id: str | None,
    found: tuple[float | None, tuple[RenameEvidence, ...]],
    commit: str,
    date: datetime,
) -> ClauseChange:
    score, evidence = found
    return ClauseChange.model_construct(
        clause_id=clause.id,
        kind=kind,
        commit=commit,
        date=date,
        previous_id=previous_id,
        old_title=before.title,
        new_title=clause.title,
        old_parent=before.parent_id,
        new_parent=clause.parent_id,
        old_attributes=before.attributes,
        new_attributes=clause.attributes,
        old_text=before.text,
        new_text=clause.text,
        diff=_text_diff(before, clause) if kind == "modified" else "",
        similarity=score,
        rename_evidence=evidence,
    )


# Changes are built with model_construct: every value comes from validated clauses and
# versions, and validating thousands of records again would dominate a long history's lineage.


def _added(clause: Clause, commit: str, date: datetime) -> ClauseChange:
    return ClauseChange.model_construct(
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
    return ClauseChange.model_construct(
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

    spans: list[tuple[int, str]]
    """(first version index, id) for each id the clause has had, oldest first."""
    introduced: str
    introduced_date: datetime
    changes: list[ClauseChange] = field(default_factory=list)
    removed_in: str | None = None
    end: int | None = None
    """The version index that removed the clause, None while it is present."""

    def id_at(self, index: int) -> str | None:
        """The clause's id in version ``index``, None if it was absent then."""
        if index < self.spans[0][0] or (self.end is not None and index >= self.end):
            return None
        return next(clause_id for start, clause_id in reversed(self.spans) if start <= index)

    def record(self) -> ClauseHistory:
        latest = self.spans[-1][1]
        aliases = tuple(dict.fromkeys(i for _, i in self.spans[:-1] if i != latest))
        return ClauseHistory(
            clause_id=latest,
            aliases=aliases,
            introduced=self.introduced,
            introduced_date=self.introduced_date,
            changes=tuple(self.changes),
            removed_in=self.removed_in,
        )


class Lineage:
    """Every version with its clause changes, and every clause's history."""

    def __init__(
        self, versions: Sequence[ParsedVersion], rename_threshold: float = RENAME_THRESHOLD
    ) -> None:
        self.versions: list[ParsedVersion] = list(versions)
        self._changes: list[list[ClauseChange]] = []
        self._threads: list[_Thread] = []
        self._by_id: dict[str, list[int]] = {}
        self._by_commit = {p.version.commit: i for i, p in enumerate(self.versions)}
        self._build(rename_threshold)

    def _start_span(self, thread_index: int, index: int, clause_id: str) -> None:
        self._threads[thread_index].spans.append((index, clause_id))
        known = self._by_id.setdefault(clause_id, [])
        if thread_index not in known:
            known.append(thread_index)

    def _build(self, rename_threshold: float) -> None:
        current: dict[str, int] = {}  # clause id in the previous version -> thread
        previous: Sequence[Clause] = ()
        previous_ids: tuple[str, ...] = ()
        for index, parsed in enumerate(self.versions):
            commit, date = parsed.version.commit, parsed.version.date
            ids = tuple(map(_ID, parsed.clauses))
            if index and ids == previous_ids:
                # The usual version: the same clauses, some edited; no thread changes.
                changes = _changes_same_ids(previous, parsed.clauses, commit, date)
                self._assign(changes, current, current, commit, index)
                previous = parsed.clauses
                continue
            previous_ids = ids
            alignment = align(previous, parsed.clauses, rename_threshold)
            pairs = alignment.pairs
            changes = _changes(previous, parsed.clauses, alignment, commit, date)
            following = {new_id: current[old_id] for new_id, old_id in pairs.items()}
            for new_id, old_id in pairs.items():
                if new_id != old_id:
                    self._start_span(current[old_id], index, new_id)
            for clause_id in [c.id for c in parsed.clauses if c.id not in pairs]:
                following[clause_id] = len(self._threads)
                self._threads.append(_Thread([], commit, date))
                self._start_span(following[clause_id], index, clause_id)
            self._assign(changes, current, following, commit, index)
            current = following
            previous = parsed.clauses

    def _assign(
        self,
        changes: list[ClauseChange],
        current: dict[str, int],
        following: dict[str, int],
        commit: str,
        index: int,
    ) -> None:
        """Record a version's changes on the threads of the clauses they happened to."""
        for change in changes:
            if change.kind == "removed":
                thread = self._threads[current[change.clause_id]]
                thread.removed_in, thread.end = commit, index
            else:
                thread = self._threads[following[change.clause_id]]
            thread.changes.append(change)
        self._changes.append(changes)

    def _index(self, ref: str) -> int:
        wanted = ref.strip()
        if wanted in self._by_commit:
            return self._by_commit[wanted]
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
            if self._threads[thread_index].id_at(last) == clause_id:
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
        id_then = thread.id_at(index)
        return next((c for c in clauses if c.id == id_then), None) if id_then else None

    def clause_ids(self) -> Iterable[str]:
        """Every id any version has used."""
        return self._by_id.keys()


def build_lineage(
    versions: Sequence[ParsedVersion], *, rename_threshold: float = RENAME_THRESHOLD
) -> Lineage:
    """The lineage of ``versions`` (oldest first)."""
    return Lineage(versions, rename_threshold)
