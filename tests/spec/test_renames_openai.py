"""Renames on the real OpenAI Model Spec history (six releases): exactly one, found by its
evidence, and every other removal stays a removal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.history.reader import read_spec_versions
from tracker.spec.lineage import Lineage, build_lineage
from tracker.spec.models import ParsedVersion


@pytest.fixture(scope="module")
def versions(openai_spec_repo: Path) -> list[ParsedVersion]:
    return read_spec_versions(
        openai_spec_repo, ["model_spec.md"], clause_marker=None, first_parent=True, cache_dir=None
    )


def _renames(lineage: Lineage) -> list[tuple[str | None, str, str]]:
    """(release, old id, new id) of every change that carries an earlier id."""
    return sorted(
        {
            (p.version.release, c.previous_id, c.clause_id)
            for p in lineage.versions
            for c in lineage.changes_in(p.version.commit)
            if c.previous_id
        }
    )


def test_the_only_rename_is_protect_privileged_information(versions: list[ParsedVersion]) -> None:
    lineage = build_lineage(versions)
    assert _renames(lineage) == [
        ("2025-09-12", "protect_privileged_messages", "protect_privileged_information")
    ]
    september = lineage.changes_in(lineage.version("2025-09-12").version.commit)
    renamed = [c for c in september if c.clause_id == "protect_privileged_information"]
    assert [c.kind for c in renamed] == ["renamed", "modified", "retitled", "reattributed"]
    assert set(renamed[0].rename_evidence) >= {"links", "place", "parent"}
    assert (renamed[-1].old_attributes, renamed[-1].new_attributes) == (
        {"authority": "platform"},
        {"authority": "root"},
    )
    # The personality clauses folded into "Use appropriate style" are new principles: new ids,
    # titles and parent, their links dropped rather than rewritten (be_kind's text survives in
    # love_humanity, similarity 0.86, and still is no rename).
    removed = sorted(c.clause_id for c in september if c.kind == "removed")
    assert removed == ["approachable", "be_empathetic", "be_engaging", "be_kind"]
    added = {c.clause_id for c in september if c.kind == "added"}
    assert {"love_humanity", "be_responsible", "have_conversational_sense"} <= added
    assert "protect_privileged_information" not in added
    assert len(added) == 10


def test_the_rename_keeps_its_history(versions: list[ParsedVersion]) -> None:
    lineage = build_lineage(versions)
    history = lineage.history("protect_privileged_information")
    assert history.aliases == ("protect_privileged_messages",)
    assert history.introduced == lineage.version("2025-02-12").version.commit
    assert lineage.history("protect_privileged_messages") == history
    before = lineage.clause_at(lineage.version("2025-04-11").version.commit, history.clause_id)
    assert before is not None
    assert before.id == "protect_privileged_messages"


def test_the_links_find_it_even_when_the_text_threshold_is_strict(
    versions: list[ParsedVersion],
) -> None:
    # Text similarity of the pair is 0.61; at 0.9 only the rewritten links and the place pair it.
    lineage = build_lineage(versions, rename_threshold=0.9)
    assert [r[1:3] for r in _renames(lineage)] == [
        ("protect_privileged_messages", "protect_privileged_information")
    ]
