"""Clause-failure links: from trailers, from ``links.csv``, and inferred from text.

Precedence: a ``rejected`` decision in links.csv removes every link of its pair; a ``confirmed``
decision makes its pair a confirmed ``file`` link; a ``Prompted-by`` trailer makes confirmed
``trailer`` links; what remains is inferred (``proposed``, scored in [0, 1]). A failure that an
explicit link (trailer or confirmed decision) ties to a clause of a version is answered there: it
is no inferred link of that version's other clauses (nor, in a reviewed range, of the range's).

Problems (a trailer or a decision naming an unknown failure or clause) are never dropped
silently: pass a list as ``problems`` and each becomes a ``LinkProblem`` in it; the CLI prints
them as warnings.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

import numpy as np
import numpy.typing as npt

from tracker.failures.embeddings import Encoder, Progress, Vectors
from tracker.failures.lexical import BM25Index, matched_share
from tracker.failures.models import Failure, Link, LinkDecision, LinkProblem
from tracker.failures.scoring import (
    cross_version_leads,
    fuse_for_matching,
    load_calibration,
    pair_features,
)
from tracker.failures.texts import (
    INFERRED_KINDS,
    change_text,
    clause_passages,
    clause_text,
    failure_passages,
    failure_text,
)
from tracker.settings import LinkSettings
from tracker.spec.models import PROMPTED_BY, Clause, ClauseChange, ParsedVersion

TRAILER_KINDS = frozenset({"added", "modified", "retitled", "moved", "reattributed"})
"""Changes a ``Prompted-by`` trailer links: everything but a removal."""


class ChangeSource(Protocol):
    """What linking needs of ``tracker.spec.lineage.Lineage``."""

    def changes_in(self, commit: str) -> list[ClauseChange]: ...


def collect_links(
    versions: Sequence[ParsedVersion],
    lineage: ChangeSource,
    failures: Sequence[Failure],
    decisions: Sequence[LinkDecision],
    settings: LinkSettings,
    *,
    encoder: Encoder,
    problems: list[LinkProblem] | None = None,
    progress: Progress | None = None,
) -> list[Link]:
    """Every link of the history, oldest version first, curated decisions applied.

    ``encoder``: the model (and its cache) for ``settings.model``; the caller owns it, so a
    workspace loads the model once however often it links.
    """
    problems = problems if problems is not None else []
    by_id = {failure.failure_id: failure for failure in failures}
    changes_by_version = [(v, lineage.changes_in(v.version.commit)) for v in versions]
    links: dict[tuple[str, str, str], Link] = {}

    for link in _infer(_groups_of(changes_by_version), failures, settings, encoder, progress, None):
        links[(link.clause_id, link.failure_id, link.version)] = link

    for parsed, changes in changes_by_version:
        version = parsed.version
        for failure_id in version.prompted_by:
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

    return _answered_elsewhere(
        _apply_decisions(links, decisions, changes_by_version, by_id, problems)
    )


def _answered_elsewhere(links: list[Link]) -> list[Link]:
    """``links`` without the inferred ones whose failure an explicit link ties to another clause
    of the same version.

    The reviewer who named the failure in a trailer or confirmed it in links.csv said which
    clause answers it; inferring it for a sibling clause too would count one incident twice
    (and make the sibling target its environment). An inferred link of the explicit pair itself
    was replaced by the explicit one, so every inferred link left with an explicit (failure,
    version) belongs to another clause.
    """
    explicit = {(x.failure_id, x.version) for x in links if x.origin != "inferred"}
    return [x for x in links if x.origin != "inferred" or (x.failure_id, x.version) not in explicit]


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
class _Group:
    """One version's inferable changes, judged together against one window of candidates."""

    as_of: datetime
    changes: list[ClauseChange]
    rivals: list[str]
    """Texts of the version's unchanged clauses: a failure they fit better is already answered."""
    answered: frozenset[str] = frozenset()
    """Failures an explicit link ties to another clause of the version or range: still in the
    window (the other candidates' standing is measured as before), never proposed."""


@dataclass
class _Candidates:
    """Failures sorted by date with their vectors and BM25 index, for window look-ups."""

    failures: list[Failure]
    dates: list[datetime]
    vectors: Vectors
    lexical: BM25Index
    env_codes: npt.NDArray[np.int64]

    def window(self, before: datetime, days: int) -> slice:
        start = bisect.bisect_left(self.dates, before - timedelta(days=days))
        stop = bisect.bisect_left(self.dates, before)
        return slice(start, stop)


def _groups_of(
    changes_by_version: Sequence[tuple[ParsedVersion, list[ClauseChange]]],
) -> list[_Group]:
    groups: list[_Group] = []
    for parsed, changes in changes_by_version:
        inferable = [c for c in changes if c.kind in INFERRED_KINDS and change_text(c)]
        if not inferable:
            continue
        changed = {c.clause_id for c in inferable}
        rivals = [clause_text(c) for c in parsed.clauses if c.id not in changed]
        groups.append(_Group(parsed.version.date, inferable, [r for r in rivals if r]))
    return groups


def _old_text(change: ClauseChange) -> str:
    """A modified clause's text before the change (a rival of its added lines); else ''."""
    if change.kind != "modified":
        return ""
    return _join_title(change.old_title or change.new_title or "", change.old_text)


def _join_title(title: str, text: str) -> str:
    title, text = " ".join(title.split()), " ".join(text.split())
    return f"{title}. {text}" if title and text else title or text


def _infer(
    groups: Sequence[_Group],
    failures: Sequence[Failure],
    settings: LinkSettings,
    encoder: Encoder,
    progress: Progress | None,
    top: int | None,
) -> list[Link]:
    calibration = load_calibration()
    links: list[Link] = []
    for group, candidates, window, features in _judged(
        groups, failures, settings, encoder, progress
    ):
        probabilities = calibration.probability(features)
        for change, row in zip(group.changes, probabilities, strict=True):
            links.extend(
                _links_above(change, row, window, candidates, settings, top, group.answered)
            )
    return links


def _judged(
    groups: Sequence[_Group],
    failures: Sequence[Failure],
    settings: LinkSettings,
    encoder: Encoder,
    progress: Progress | None,
) -> Iterator[tuple[_Group, _Candidates, slice, npt.NDArray[np.float64]]]:
    """Each version's group with its window of candidates and their evidence (FEATURES).

    Every version is judged before any is yielded: ``lead_elsewhere`` compares a failure's
    standing for one change with its standing for the changes of every other version.
    """
    if not failures or not groups:
        return
    ordered = sorted(failures, key=lambda f: f.date)
    texts = [failure_text(f) for f in ordered]
    queries = [change_text(c) for g in groups for c in g.changes]
    olds = [_old_text(c) for g in groups for c in g.changes]
    rivals = [text for g in groups for text in g.rivals]
    # One encode call: the cache and the model see every missing text at once.
    unique = list(dict.fromkeys(texts + queries + [o for o in olds if o] + rivals))
    vectors = encoder.encode(unique, progress=progress)
    row_of = {text: row for row, text in enumerate(unique)}
    envs: dict[str, int] = {}
    codes = np.asarray([envs.setdefault(f.env_id, len(envs)) for f in ordered], dtype=np.int64)
    candidates = _Candidates(
        ordered,
        [f.date for f in ordered],
        vectors[[row_of[t] for t in texts]],
        BM25Index(texts),
        codes,
    )
    position = 0
    judged: list[tuple[_Group, slice, npt.NDArray[np.float64]]] = []
    for group in groups:
        count = len(group.changes)
        group_queries = queries[position : position + count]
        group_olds = olds[position : position + count]
        position += count
        window = candidates.window(group.as_of, settings.lookback_days)
        if window.start == window.stop:
            continue
        pool = candidates.vectors[window]
        cosines = (vectors[[row_of[q] for q in group_queries]] @ pool.T).astype(np.float64)
        rival = np.zeros_like(cosines)
        # Every clause text of the version against the window: rivals, and hubs (scoring.py).
        every = cosines
        if group.rivals:
            shared = (vectors[[row_of[r] for r in group.rivals]] @ pool.T).astype(np.float64)
            rival = np.maximum(rival, shared.max(axis=0)[None, :])
            every = np.vstack([cosines, shared])
        for row, old in enumerate(group_olds):
            if old:
                rival[row] = np.maximum(
                    rival[row], (pool @ vectors[row_of[old]]).astype(np.float64)
                )
        bm25 = matched_share(
            candidates.lexical.scores(group_queries, window),
            candidates.lexical.weights(group_queries),
        )
        days = np.asarray([(group.as_of - f.date).total_seconds() / 86400 for f in ordered[window]])
        # The same environment's failures in the lookback period before the window (scoring.py).
        earlier = candidates.window(
            group.as_of - timedelta(days=settings.lookback_days), settings.lookback_days
        )
        per_env = np.bincount(candidates.env_codes[earlier], minlength=len(envs)).astype(np.float64)
        env_codes = candidates.env_codes[window]
        features = pair_features(
            cosines, bm25, rival, days, env_codes, every, env_before=per_env[env_codes]
        )
        judged.append((group, window, features))
    cross_version_leads(
        [features for _, _, features in judged],
        [(window.start, window.stop) for _, window, _ in judged],
        len(ordered),
    )
    for group, window, features in judged:
        yield group, candidates, window, features


def candidate_rows(
    versions: Sequence[ParsedVersion],
    lineage: ChangeSource,
    failures: Sequence[Failure],
    settings: LinkSettings,
    *,
    encoder: Encoder,
) -> list[tuple[str, str, str, npt.NDArray[np.float64]]]:
    """Every candidate pair of a history as (clause_id, failure_id, commit, features).

    What ``python -m tracker.failures.calibrate`` fits on and the benchmark inspects.
    """
    groups = _groups_of([(v, lineage.changes_in(v.version.commit)) for v in versions])
    rows: list[tuple[str, str, str, npt.NDArray[np.float64]]] = []
    for group, candidates, window, features in _judged(groups, failures, settings, encoder, None):
        for change, per_change in zip(group.changes, features, strict=True):
            for offset, vector in enumerate(per_change):
                failure = candidates.failures[window.start + offset]
                rows.append((change.clause_id, failure.failure_id, change.commit, vector))
    return rows


def _links_above(
    change: ClauseChange,
    probabilities: npt.NDArray[np.float64],
    window: slice,
    candidates: _Candidates,
    settings: LinkSettings,
    top: int | None,
    answered: frozenset[str] = frozenset(),
) -> list[Link]:
    """Proposed links of one change to the candidates whose probability reaches the threshold,
    the ``answered`` failures left out (before ``top`` is taken)."""
    reached = probabilities >= settings.threshold
    if answered:
        window_ids = [f.failure_id for f in candidates.failures[window]]
        reached &= np.asarray([failure_id not in answered for failure_id in window_ids])
    chosen = np.flatnonzero(reached)
    chosen = chosen[np.argsort(-probabilities[chosen], kind="stable")][:top]
    links: list[Link] = []
    for index in chosen:
        failure = candidates.failures[window.start + int(index)]
        links.append(
            Link(
                clause_id=change.clause_id,
                failure_id=failure.failure_id,
                version=change.commit,
                env_id=failure.env_id,
                score=round(float(probabilities[index]), 4),
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
    encoder: Encoder,
    top: int = 5,
    clauses: Sequence[Clause] = (),
    answered: Collection[str] = (),
) -> list[Link]:
    """Inferred links for changes not yet committed (a pull request), at most ``top`` per clause.

    ``clauses``: the spec the changes land in, if known; its unchanged clauses are rivals.
    ``answered``: failures an explicit link (a trailer of the range, a confirmed decision) ties
    to another clause of the range; they are proposed for none of ``changes``.
    """
    inferable = [c for c in changes if c.kind in INFERRED_KINDS and change_text(c)]
    if not inferable:
        return []
    changed = {c.clause_id for c in inferable}
    rivals = [clause_text(c) for c in clauses if c.id not in changed]
    group = _Group(as_of, inferable, [r for r in rivals if r], frozenset(answered))
    return _infer([group], failures, settings, encoder, None, top=top)


def match_failures(
    failures: Sequence[Failure],
    clauses: Sequence[Clause],
    *,
    encoder: Encoder,
    top: int = 5,
    progress: Progress | None = None,
) -> list[tuple[Failure, list[tuple[Clause, float]]]]:
    """For each failure, the ``top`` clauses that fit it best, with scores, best first.

    The score ranks clauses for one failure (dense and BM25 z-scores fused): it is not a
    probability and is not comparable between failures.
    """
    if not failures:
        return []
    if not clauses:
        return [(failure, []) for failure in failures]
    passages: list[str] = []
    owners: list[int] = []
    for index, clause in enumerate(clauses):
        for passage in clause_passages(clause):
            passages.append(passage)
            owners.append(index)
    # A long failure is read in passages too; a clause fits as well as its passages fit them.
    pieces: list[str] = []
    pieces_of: list[int] = []
    for index, failure in enumerate(failures):
        for piece in failure_passages(failure):
            pieces.append(piece)
            pieces_of.append(index)
    vectors = encoder.encode(passages + pieces, progress=progress)
    passage_vectors, piece_vectors = vectors[: len(passages)], vectors[len(passages) :]
    owner = np.asarray(owners)
    piece_owner = np.asarray(pieces_of)
    lexical = BM25Index([" ".join(clause_passages(clause)) for clause in clauses])
    bm25 = lexical.scores([failure_text(failure) for failure in failures])
    matches: list[tuple[Failure, list[tuple[Clause, float]]]] = []
    for index, failure in enumerate(failures):
        similarity = (piece_vectors[piece_owner == index] @ passage_vectors.T).astype(np.float64)
        best_passage = np.full((similarity.shape[0], len(clauses)), -1.0)
        for column in range(len(clauses)):
            best_passage[:, column] = similarity[:, owner == column].max(axis=1)
        cosines = best_passage.mean(axis=0, keepdims=True)
        scores = fuse_for_matching(cosines, bm25[index : index + 1])[0]
        best = np.argsort(-scores, kind="stable")[:top]
        matches.append((failure, [(clauses[i], round(float(scores[i]), 4)) for i in best]))
    return matches
