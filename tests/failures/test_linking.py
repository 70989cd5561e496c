"""Linking and patches on hand-built and generated histories (real model, no git)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from pydantic import ValidationError

from tests.failures.generated import GeneratedLineage, generate_history
from tracker.failures.embeddings import Encoder
from tracker.failures.linking import collect_links, propose_links_for_changes
from tracker.failures.models import Failure, LinkDecision, LinkProblem, PatchClause
from tracker.failures.patches import build_patches
from tracker.failures.texts import gained_text
from tracker.settings import LinkSettings
from tracker.spec.models import Clause, ClauseChange, ParsedVersion, SpecVersion

pytestmark = pytest.mark.embeddings
SETTINGS = LinkSettings()
ENCODER = Encoder(SETTINGS.model)
"""Shared by the tests here: the model loads on the first text, once for the file."""
DAY0 = datetime(2026, 1, 1, tzinfo=UTC)


def _version(number: int, days: int, trailers: dict[str, list[str]] | None = None) -> ParsedVersion:
    clause = Clause(
        id="c", title="C", level=1, parent_id=None, path=("C",), text="t", line_start=1, line_end=1
    )
    version = SpecVersion(
        commit=f"{number:040x}",
        author="a",
        date=DAY0 + timedelta(days=days),
        message=f"v{number}",
        trailers=trailers or {},
    )
    return ParsedVersion(version=version, clauses=(clause,))


def _change(version: ParsedVersion, clause_id: str, kind: str) -> ClauseChange:
    return ClauseChange(
        clause_id=clause_id,
        kind=kind,  # type: ignore[arg-type]
        commit=version.version.commit,
        date=version.version.date,
        new_title="Renamed",
        new_text="unrelated words about llamas",
    )


def _failure(failure_id: str, days: int, env: str = "env_a") -> Failure:
    return Failure(
        failure_id=failure_id,
        date=DAY0 + timedelta(days=days),
        env_id=env,
        model="m",
        summary="The agent deleted the audit logs.",
    )


def test_generated_history_precision_and_recall() -> None:
    hits = proposed = truth = 0
    for seed in (42, 43, 44):  # pooled: one small history has too few links for a stable rate
        history = generate_history(np.random.default_rng(seed), patches=12, noise_failures=80)
        links = collect_links(
            history.versions, history.lineage, history.failures, [], SETTINGS, encoder=ENCODER
        )
        found = {(x.clause_id, x.failure_id, x.version) for x in links}
        hits += len(found & history.truth)
        proposed += len(found)
        truth += len(history.truth)
    precision, recall = hits / proposed, hits / truth
    # A regression floor on 3 small histories (recall 0.885 measured); the 0.9 / 0.9 target is
    # checked over 24 held-out histories by tests/perf/bench_links.py.
    assert precision >= 0.9, precision
    assert recall >= 0.85, recall


def test_trailers_decisions_and_problems() -> None:
    first = _version(0, 0)
    second = _version(1, 30, {"Prompted-by": ["F-1, F-2", "F-9"], "Targets-env": ["env_t"]})
    third = _version(2, 60)
    lineage = GeneratedLineage(
        {
            first.version.commit: [_change(first, "c", "added")],
            second.version.commit: [
                _change(second, "c", "retitled"),
                _change(second, "gone", "removed"),
            ],
            third.version.commit: [_change(third, "d", "reattributed")],
        }
    )
    failures = [_failure("F-1", 10), _failure("F-2", 20, "env_b"), _failure("F-3", 40, "env_c")]
    decisions = [
        LinkDecision(clause_id="c", failure_id="F-2", status="rejected"),
        LinkDecision(clause_id="d", failure_id="F-3", status="confirmed", note="n"),
        LinkDecision(clause_id="d", failure_id="F-77", status="confirmed"),
    ]
    problems: list[LinkProblem] = []
    versions = [first, second, third]
    links = collect_links(
        versions, lineage, failures, decisions, SETTINGS, encoder=ENCODER, problems=problems
    )
    assert [(x.clause_id, x.failure_id, x.origin, x.version[-1]) for x in links] == [
        ("c", "F-1", "trailer", "1"),
        ("d", "F-3", "file", "2"),  # placed at the clause's first change after the failure
    ]
    assert [(p.failure_id, "trailer" in p.source) for p in problems] == [
        ("F-9", True),
        ("F-77", False),
    ]
    patches = build_patches(versions, lineage, links, failures, SETTINGS)
    assert [(p.commit[-1], p.targets) for p in patches] == [
        ("1", ["env_a", "env_t"]),
        ("2", ["env_c"]),
    ]
    assert patches[0].clauses[0].changes == ["retitled"]
    assert patches[0].clauses[0].change == "retitled"


def test_patch_clause_kinds_are_typed_and_read_back() -> None:
    both = PatchClause(clause_id="c", changes=["modified", "retitled"])
    assert both.change == "modified, retitled"
    # The JSON `specdrift patches` prints (both keys) reads back into the same record.
    assert PatchClause.model_validate_json(both.model_dump_json()) == both
    with pytest.raises(ValidationError, match="changes"):
        PatchClause.model_validate({"clause_id": "c", "changes": ["rewritten"]})
    with pytest.raises(ValidationError, match="is not the changes"):
        PatchClause.model_validate({"clause_id": "c", "changes": ["added"], "change": "moved"})
    with pytest.raises(ValidationError, match="changes"):
        PatchClause.model_validate({"clause_id": "c", "changes": []})


def test_propose_for_changes_respects_window_and_top() -> None:
    change = ClauseChange(
        clause_id="logs",
        kind="added",
        commit="pr",
        date=DAY0,
        new_title="Keep audit logs",
        new_text="The agent never deletes audit logs.",
    )
    failures = [_failure(f"F-{i}", -i) for i in range(1, 9)] + [_failure("F-old", -400)]
    failures.append(_failure("F-future", 5))
    links = propose_links_for_changes(
        [change], failures, SETTINGS, as_of=DAY0, encoder=ENCODER, top=3
    )
    assert len(links) == 3
    assert {x.failure_id for x in links} <= {f"F-{i}" for i in range(1, 9)}
    assert all(x.score >= SETTINGS.threshold for x in links)


def test_gained_text_of_a_modification() -> None:
    change = ClauseChange(
        clause_id="c",
        kind="modified",
        commit="x",
        date=DAY0,
        old_text="Keep it.\nSecond.",
        new_text="Keep it.\nNew line here.\nSecond.",
    )
    assert gained_text(change) == "New line here."
