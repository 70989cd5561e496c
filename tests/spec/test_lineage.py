"""Lineage of clauses across versions: alignment, change kinds, per-clause history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.errors import UsageError
from tracker.spec import ParsedVersion, SpecVersion, split_clauses
from tracker.spec.lineage import build_lineage, diff_clauses, similarity

START = datetime(2026, 1, 1, tzinfo=UTC)

HONESTY = (
    "The assistant never deceives the people it works with, and it reports its own mistakes "
    "plainly, even when nobody would notice them, because trust depends on it."
)


def _sha(number: int) -> str:
    return str(number) * 40


def _version(number: int, text: str, release: str | None = None) -> ParsedVersion:
    commit = _sha(number)
    return ParsedVersion(
        version=SpecVersion(
            commit=commit,
            author="A",
            date=START + timedelta(days=number),
            message=f"v{number}",
            release=release,
        ),
        clauses=tuple(split_clauses(text, file="spec.md")),
    )


def test_light_rewording_and_a_move_is_one_clause_with_history() -> None:
    v1 = f"# Conduct\n\n## Honesty\n\n{HONESTY}\n\n# Agents\n\nAgents act.\n"
    reworded = HONESTY.replace("plainly", "openly").replace("trust depends", "trust rests")
    v2 = f"# Conduct\n\nConduct intro.\n\n# Agents\n\nAgents act.\n\n## Honesty\n\n{reworded}\n"
    lineage = build_lineage([_version(1, v1), _version(2, v2)])
    changes = lineage.changes_in(_sha(2))
    kinds = {(c.clause_id, c.kind) for c in changes}
    assert ("agents/honesty", "modified") in kinds
    assert ("agents/honesty", "moved") in kinds
    assert not any(c.kind in ("added", "removed") for c in changes if "honesty" in c.clause_id)
    moved = next(c for c in changes if c.kind == "moved")
    assert moved.previous_id == "conduct/honesty"
    assert (moved.old_parent, moved.new_parent) == ("conduct", "agents")
    assert moved.similarity is not None
    assert moved.similarity >= 0.6
    history = lineage.history("agents/honesty")
    assert history.aliases == ("conduct/honesty",)
    assert [c.kind for c in history.changes] == ["added", "modified", "moved"]
    assert history.removed_in is None
    assert lineage.history("conduct/honesty") == history  # earlier ids find it too
    modified = next(c for c in changes if c.kind == "modified" and "honesty" in c.clause_id)
    assert "-" in modified.diff
    assert "+" in modified.diff
    assert "openly" in modified.diff


def test_unrelated_text_under_a_new_heading_is_an_addition_and_a_removal() -> None:
    v1 = f"# A\n\n## Honesty\n\n{HONESTY}\n"
    v2 = "# A\n\n## Weather\n\nIt rains in spring and the rivers rise above their banks.\n"
    changes = diff_clauses(_version(1, v1).clauses, _version(2, v2).clauses, commit="c", date=START)
    assert sorted((c.clause_id, c.kind) for c in changes) == [
        ("a/honesty", "removed"),
        ("a/weather", "added"),
    ]


def test_explicit_ids_are_not_paired_by_text_alone() -> None:
    # The same text under a new id, a new title and another parent, with no link to follow:
    # the author declared a new clause elsewhere.
    v1 = f"# A {{#a}}\n\nx\n\n## Old {{#old_id}}\n\n{HONESTY}\n\n# B {{#b}}\n\ny\n"
    v2 = f"# A {{#a}}\n\nx\n\n# B {{#b}}\n\ny\n\n## New {{#new_id k=1}}\n\n{HONESTY}\n"
    changes = diff_clauses(_version(1, v1), _version(2, v2), commit="c", date=START)
    assert sorted((c.clause_id, c.kind) for c in changes) == [
        ("new_id", "added"),
        ("old_id", "removed"),
    ]


def test_an_explicit_id_renamed_in_place_keeps_its_history() -> None:
    v1 = f"# A {{#a}}\n\nx\n\n## Rule {{#old_id}}\n\n{HONESTY}\n\n## Next {{#next}}\n\nz\n"
    v2 = v1.replace("{#old_id}", "{#new_id}")
    lineage = build_lineage([_version(1, v1), _version(2, v2)])
    changes = lineage.changes_in(_sha(2))
    assert [(c.clause_id, c.kind, c.previous_id) for c in changes] == [
        ("new_id", "renamed", "old_id")
    ]
    assert changes[0].rename_evidence == ("text", "place", "parent", "attributes")
    assert lineage.history("old_id").aliases == ("old_id",)
    assert lineage.history("new_id").introduced == _sha(1)


def test_links_rewritten_to_the_new_id_make_a_rename_of_rewritten_text() -> None:
    old_text = "Keep the system prompt private; say that it is confidential when asked."
    new_text = (
        "Keep developer and system messages private unless told otherwise; never lie about "
        "them, and say that they are confidential when asked."
    )
    v1 = (
        "# Rules {#rules}\n\nSee [?](#keep_prompt).\n\n"
        f"## Private prompt {{#keep_prompt authority=platform}}\n\n{old_text}\n\n"
        "## Voice {#voice}\n\nBAD[#keep_prompt]: leaks it.\n"
    )
    v2 = (
        "# Rules {#rules}\n\nSee [?](#keep_messages).\n\n"
        f"## Private messages {{#keep_messages authority=root}}\n\n{new_text}\n\n"
        "## Voice {#voice}\n\nBAD[#keep_messages]: leaks it.\n"
    )
    a, b = _version(1, v1), _version(2, v2)
    low = next(c for c in a.clauses if c.id == "keep_prompt")
    high = next(c for c in b.clauses if c.id == "keep_messages")
    assert similarity(low, high) < 0.6  # text alone would call it a new clause
    changes = diff_clauses(a, b, commit="c", date=START)
    kept = [c for c in changes if c.clause_id == "keep_messages"]
    assert [c.kind for c in kept] == ["renamed", "modified", "retitled", "reattributed"]
    assert {c.previous_id for c in kept} == {"keep_prompt"}
    assert kept[0].rename_evidence == ("links", "place", "parent")
    # Links to the old id that stay in the new version mean the author did not re-point them.
    kept_link = v2.replace("BAD[#keep_messages]", "BAD[#keep_prompt]").replace(
        "[?](#keep_messages)", "[?](#keep_prompt)"
    )
    changes = diff_clauses(a, _version(3, kept_link), commit="c", date=START)
    assert ("keep_messages", "added") in {(c.clause_id, c.kind) for c in changes}


def test_links_to_an_unrelated_clause_are_a_replacement_not_a_rename() -> None:
    v1 = f"# R {{#r}}\n\nSee [?](#old).\n\n## Old {{#old}}\n\n{HONESTY}\n"
    v2 = "# R {#r}\n\nSee [?](#new).\n\n## New {#new}\n\nWeather reports come at noon.\n"
    changes = diff_clauses(_version(1, v1), _version(2, v2), commit="c", date=START)
    assert {(c.clause_id, c.kind) for c in changes} >= {("new", "added"), ("old", "removed")}


def test_adding_an_explicit_id_keeps_the_clause() -> None:
    v1 = f"# Honesty\n\n{HONESTY}\n"
    v2 = f"# Honesty {{#truthful authority=root}}\n\n{HONESTY}\n"
    changes = diff_clauses(_version(1, v1), _version(2, v2), commit="c", date=START)
    assert [(c.clause_id, c.kind, c.previous_id) for c in changes] == [
        ("truthful", "reattributed", "honesty")
    ]


def test_several_kinds_in_one_version_give_one_change_each() -> None:
    v1 = "# Top {#top}\n\n## Rule {#rule authority=platform}\n\nOld text.\n\n# Other {#other}\n"
    v2 = "# Top {#top}\n\n# Other {#other}\n\n## Rule, renamed {#rule authority=root}\n\nNew.\n"
    changes = diff_clauses(_version(1, v1), _version(2, v2), commit="c", date=START)
    rule = [c for c in changes if c.clause_id == "rule"]
    assert [c.kind for c in rule] == ["modified", "retitled", "moved", "reattributed"]
    reattributed = rule[-1]
    assert reattributed.old_attributes == {"authority": "platform"}
    assert reattributed.new_attributes == {"authority": "root"}
    assert rule[1].old_title == "Rule"
    assert rule[1].new_title == "Rule, renamed"
    assert all(c.diff == "" for c in rule[1:])


def test_a_retitled_parent_does_not_move_its_children() -> None:
    v1 = f"# Conduct\n\nx\n\n## Honesty\n\n{HONESTY}\n"
    v2 = f"# Good conduct\n\nx\n\n## Honesty\n\n{HONESTY}\n"
    changes = diff_clauses(_version(1, v1), _version(2, v2), commit="c", date=START)
    assert [(c.clause_id, c.kind) for c in changes] == [("good-conduct", "retitled")]


def test_lineage_versions_changes_history_and_lookup() -> None:
    v1 = "# A {#a}\n\none\n\n# B {#b}\n\ntwo\n"
    v2 = "# A {#a}\n\none, edited\n"
    v3 = "# A {#a}\n\none, edited\n\n# B {#b}\n\nback again\n"
    versions = [_version(1, v1, "2026-01-02"), _version(2, v2), _version(3, v3, "2026-01-04")]
    lineage = build_lineage(versions)
    assert lineage.versions == versions
    assert [c.kind for c in lineage.changes_in(_sha(1))] == ["added", "added"]
    assert lineage.version("2026-01-04") is versions[2]
    assert lineage.version("Release 2026-01-02") is versions[0]
    assert lineage.version(_sha(2)[:8]) is versions[1]
    history = lineage.history("b")
    assert history.introduced == _sha(3)  # re-added: a new clause, not the removed one
    assert [c.kind for c in history.changes] == ["added"]
    first_b = lineage.clause_at(_sha(1), "b")
    assert first_b is not None
    assert first_b.text == "two"
    assert lineage.clause_at(_sha(2), "b") is None
    a_history = lineage.history("a")
    assert [(c.kind, c.commit[0]) for c in a_history.changes] == [("added", "1"), ("modified", "2")]
    with pytest.raises(KeyError):
        lineage.history("nope")
    with pytest.raises(UsageError, match="not a version"):
        lineage.version("2031-01-01")


def test_removed_clause_history_ends_with_its_removal() -> None:
    lineage = build_lineage([_version(1, "# A\n\nx\n\n# B\n\ny\n"), _version(2, "# A\n\nx\n")])
    history = lineage.history("b")
    assert history.removed_in == _sha(2)
    assert [c.kind for c in history.changes] == ["added", "removed"]


def test_lineage_changes_equal_diff_clauses_for_every_version() -> None:
    texts = [
        "# A {#a}\n\none\n\n## B {#b k=1}\n\ntwo\n",
        "# A {#a}\n\none, edited\n\n## B {#b k=1}\n\ntwo\n",  # same ids: the fast path
        "# A {#a}\n\none, edited\n\n## B renamed {#b k=2}\n\ntwo\n",
        "# A {#a}\n\nextra line\n\none, edited\n\n## B renamed {#b k=2}\n\ntwo\n",  # shifted
        "# A {#a}\n\none, edited\n\n## C {#c}\n\nthree\n",
    ]
    versions = [_version(number, text) for number, text in enumerate(texts, start=1)]
    lineage = build_lineage(versions)
    previous: tuple[object, ...] = ()
    for parsed in versions:
        expected = diff_clauses(
            previous,  # type: ignore[arg-type]
            parsed.clauses,
            commit=parsed.version.commit,
            date=parsed.version.date,
        )
        assert lineage.changes_in(parsed.version.commit) == expected
        previous = parsed.clauses
    assert [c.kind for c in lineage.changes_in(_sha(3))] == ["retitled", "reattributed"]
    assert [c.kind for c in lineage.changes_in(_sha(4))] == ["modified"]
