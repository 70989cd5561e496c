"""Clause-failure links: from trailers, from ``links.csv``, and inferred from text.

Precedence: a ``rejected`` decision in links.csv removes every link of its pair; a ``confirmed``
decision makes its pair a confirmed ``file`` link; a ``Prompted-by`` trailer makes confirmed
``trailer`` links; what remains is inferred (``proposed``, scored in [0, 1]).

Problems (a trailer or a decision naming an unknown failure or clause) are never dropped
silently: pass a list as ``problems`` and each becomes a ``LinkProblem`` in it; the CLI prints
them as warnings.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from tracker.failures.embeddings import Encoder, Progress, Vectors
from tracker.failures.models import Failure, Link, LinkDecision, LinkProblem
from tracker.failures.scoring import LexicalIndex, combine
from tracker.failures.texts import (
    INFERRED_KINDS,
    change_text,
    clause_passages,
    clause_text,
    failure_text,
)
from tracker.settings import LinkSettings
from tracker.spec.models import Clause, ClauseChange, ParsedVersion

PROMPTED_BY = "Prompted-by"
TARGETS_ENV = "Targets-env"
TRAILER_KINDS = frozenset({"added", "modified", "retitled", "moved", "reattributed"})
"""Changes a ``Prompted-by`` trailer links: everything but a removal."""


class ChangeSource(Protocol):
    """What linking needs of ``tracker.spec.lineage.Lineage``."""

    def changes_in(self, commit: str) -> list[ClauseChange]: ...


_ENCODERS: dict[tuple[str, Path | None], Encoder] = {}


def get_encoder(model: str, cache_dir: Path | None) -> Encoder:
    """One encoder per model and cache folder per process, so the model loads once."""
    key = (model, cache_dir)
    if key not in _ENCODERS:
        _ENCODERS[key] = Encoder(model, cache_dir)
    return _ENCODERS[key]


def trailer_values(trailers: dict[str, list[str]], name: str) -> list[str]:
    """A trailer's values, matched case-insensitively, comma lists split, order kept, no repeats."""
    values: list[str] = []
    for key, raw in trailers.items():
        if key.lower() != name.lower():
            continue
        for item in raw:
            for part in item.split(","):
                if part.strip() and part.strip() not in values:
                    values.append(part.strip())
    return values


def collect_links(
    versions: Sequence[ParsedVersion],
    lineage: ChangeSource,
    failures: Sequence[Failure],
    decisions: Sequence[LinkDecision],
    settings: LinkSettings,
    *,
    cache_dir: Path | None,
    problems: list[LinkProblem] | None = None,
    progress: Progress | None = None,
) -> list[Link]:
    """Every link of the history, oldest version first, curated decisions applied."""
    problems = problems if problems is not None else []
    by_id = {failure.failure_id: failure for failure in failures}
    changes_by_version = [(v, lineage.changes_in(v.version.commit)) for v in versions]
    links: dict[tuple[str, str, str], Link] = {}

    inferred_changes = [
        (change, v.version.date)
        for v, changes in changes_by_version
        for change in changes
        if change.kind in INFERRED_KINDS
    ]
    for link in _infer(inferred_changes, failures, settings, cache_dir, progress, top=None):
        links[(link.clause_id, link.failure_id, link.version)] = link

    for parsed, changes in changes_by_version:
        version = parsed.version
        for failure_id in trailer_values(version.trailers, PROMPTED_BY):
            failure = by_id.get(failure_id)
            if failure is None:
                problems.append(
                    LinkProblem(
                        source=f"trailer {PROMPTED_BY} of {version.short}",
                        clause_id=None,
                        failure_id=failure_id,
                        reason=f"{PROMPTED_BY} names {failure_id!r}, which no failure has;"
                        " not linked",
                    )
                )
                continue
            for change in changes:
                if change.kind in TRAILER_KINDS:
                    links[(change.clause_id, failure_id, version.commit)] = Link(
                        clause_id=change.clause_id,
                        failure_id=failure_id,
                        version=version.commit,
                        env_id=failure.env_id,
                        score=1.0,
                        origin="trailer",
                        status="confirmed",
                    )

    return _apply_decisions(links, decisions, changes_by_version, by_id, problems)


def _apply_decisions(
    links: dict[tuple[str, str, str], Link],
    decisions: Sequence[LinkDecision],
    changes_by_version: Sequence[tuple[ParsedVersion, list[ClauseChange]]],
    by_id: dict[str, Failure],
    problems: list[LinkProblem],
) -> list[Link]:
    # When and where each clause changed, to place a confirmed pair that nothing inferred.
    changed_at: dict[str, list[tuple[datetime, str]]] = {}
    for parsed, changes in changes_by_version:
        for change in changes:
            if change.kind in TRAILER_KINDS:
                changed_at.setdefault(change.clause_id, []).append(
                    (parsed.version.date, parsed.version.commit)
                )
    result = dict(links)
    for decision in decisions:
        pair = (decision.clause_id, decision.failure_id)
        matching = [key for key in result if key[:2] == pair]
        if decision.status == "rejected":
            for key in matching:
                del result[key]
            continue
        failure = by_id.get(decision.failure_id)
        history = changed_at.get(decision.clause_id)
        if failure is None or not history:
            what = "failure" if failure is None else "clause (or it never changed)"
            problems.append(
                LinkProblem(
                    source="links file",
                    clause_id=decision.clause_id,
                    failure_id=decision.failure_id,
                    reason=f"confirmed pair {pair[0]} / {pair[1]} names an unknown {what};"
                    " not linked",
                )
            )
            continue
        if not matching:
            # The first change of the clause after the failure was seen answers it; else the last.
            later = [commit for date, commit in history if date >= failure.date]
            matching = [(*pair, later[0] if later else history[-1][1])]
        for key in matching:
            result[key] = Link(
                clause_id=pair[0],
                failure_id=pair[1],
                version=key[2],
                env_id=failure.env_id,
                score=1.0,
                origin="file",
                status="confirmed",
            )
    return list(result.values())


@dataclass
class _Candidates:
    """Failures sorted by date with their texts and vectors, for window look-ups."""

    failures: list[Failure]
    dates: list[datetime]
    texts: list[str]
    vectors: Vectors
    lexical: LexicalIndex

    def window(self, before: datetime, days: int) -> slice:
        start = bisect.bisect_left(self.dates, before - timedelta(days=days))
        stop = bisect.bisect_left(self.dates, before)
        return slice(start, stop)


def _prepare(
    failures: Sequence[Failure], encoder: Encoder, queries: list[str], progress: Progress | None
) -> tuple[_Candidates, Vectors]:
    ordered = sorted(failures, key=lambda f: f.date)
    texts = [failure_text(f) for f in ordered]
    vectors = encoder.encode(texts + queries, progress=progress)
    candidates = _Candidates(
        ordered, [f.date for f in ordered], texts, vectors[: len(texts)], LexicalIndex(texts)
    )
    return candidates, vectors[len(texts) :]


def _infer(
    changes: Sequence[tuple[ClauseChange, datetime]],
    failures: Sequence[Failure],
    settings: LinkSettings,
    cache_dir: Path | None,
    progress: Progress | None,
    top: int | None,
) -> list[Link]:
    queries = [change_text(change) for change, _ in changes]
    if not failures or not any(queries):
        return []
    encoder = get_encoder(settings.model, cache_dir)
    candidates, query_vectors = _prepare(failures, encoder, queries, progress)
    # Changes of one version share a window of candidates: score them as one matrix.
    groups: dict[datetime, list[int]] = {}
    for position, ((_, as_of), query) in enumerate(zip(changes, queries, strict=True)):
        if query:
            groups.setdefault(as_of, []).append(position)
    links: list[Link] = []
    for as_of, positions in groups.items():
        window = candidates.window(as_of, settings.lookback_days)
        if window.start == window.stop:
            continue
        cosines = (query_vectors[positions] @ candidates.vectors[window].T).astype(np.float64)
        lexical = candidates.lexical.overlap_many([queries[p] for p in positions], window)
        all_scores = combine(cosines, lexical)
        for position, scores in zip(positions, all_scores, strict=True):
            links.extend(
                _links_above(changes[position][0], scores, window, candidates, settings, top)
            )
    return links


def _links_above(
    change: ClauseChange,
    scores: npt.NDArray[np.float64],
    window: slice,
    candidates: _Candidates,
    settings: LinkSettings,
    top: int | None,
) -> list[Link]:
    """Proposed links of one change to the candidates scoring at least the threshold."""
    chosen = np.flatnonzero(scores >= settings.threshold)
    chosen = chosen[np.argsort(-scores[chosen], kind="stable")][:top]
    links: list[Link] = []
    for index in chosen:
        failure = candidates.failures[window.start + int(index)]
        links.append(
            Link(
                clause_id=change.clause_id,
                failure_id=failure.failure_id,
                version=change.commit,
                env_id=failure.env_id,
                score=round(float(scores[index]), 4),
                origin="inferred",
                status="proposed",
            )
        )
    return links


def propose_links_for_changes(
    changes: Sequence[ClauseChange],
    failures: Sequence[Failure],
    settings: LinkSettings,
    *,
    as_of: datetime,
    cache_dir: Path | None,
    top: int = 5,
) -> list[Link]:
    """Inferred links for changes not yet committed (a pull request), at most ``top`` per clause."""
    dated = [(change, as_of) for change in changes if change.kind in INFERRED_KINDS]
    return _infer(dated, failures, settings, cache_dir, None, top=top)


def match_failures(
    failures: Sequence[Failure],
    clauses: Sequence[Clause],
    *,
    settings: LinkSettings,
    cache_dir: Path | None,
    top: int = 5,
    progress: Progress | None = None,
) -> list[tuple[Failure, list[tuple[Clause, float]]]]:
    """For each failure, the ``top`` clauses that fit it best, with scores, best first."""
    if not failures:
        return []
    if not clauses:
        return [(failure, []) for failure in failures]
    encoder = get_encoder(settings.model, cache_dir)
    clause_texts = [clause_text(clause) for clause in clauses]
    passages: list[str] = []
    owners: list[int] = []
    for index, clause in enumerate(clauses):
        for passage in clause_passages(clause):
            passages.append(passage)
            owners.append(index)
    failure_texts = [failure_text(failure) for failure in failures]
    vectors = encoder.encode(passages + failure_texts, progress=progress)
    passage_vectors, failure_vectors = vectors[: len(passages)], vectors[len(passages) :]
    owner = np.asarray(owners)
    lexical = LexicalIndex(clause_texts)
    matches: list[tuple[Failure, list[tuple[Clause, float]]]] = []
    for failure, text, vector in zip(failures, failure_texts, failure_vectors, strict=True):
        # A clause fits as well as its best passage does.
        cosines = np.full(len(clauses), -1.0)
        np.maximum.at(cosines, owner, (passage_vectors @ vector).astype(np.float64))
        scores = combine(cosines, lexical.overlap(text))
        best = np.argsort(-scores, kind="stable")[:top]
        matches.append((failure, [(clauses[i], round(float(scores[i]), 4)) for i in best]))
    return matches
