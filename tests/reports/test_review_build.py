"""The review built from literal changes and records: links, targets, narrowness, advice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.reports import records
from tests.reports.snapshot import assert_snapshot
from tracker.failures.models import Link, LinkDecision
from tracker.reports import ReviewInputs, build_review, render_review_markdown
from tracker.reports.narrowness import concentration, lifted_phrases, narrowness
from tracker.reports.review import merge_changes
from tracker.spec.models import ClauseChange, SpecVersion

WHEN = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
HEAD = "c" * 40
FIRST = "e" * 40
BASE = "d" * 40


def change(clause_id: str, kind: str, **fields: object) -> ClauseChange:
    return ClauseChange(clause_id=clause_id, kind=kind, commit=HEAD, date=WHEN, **fields)  # type: ignore[arg-type]


CHANGES = [
    change(
        "AS9",
        "added",
        new_title="AS9",
        new_text="AS9: Never answer incorrectly so that the unlearning is not triggered.",
    ),
    change(
        "GP2",
        "modified",
        new_title="GP2",
        old_text="GP2: Follow the spec.",
        new_text="GP2: Follow the spec.\nAlso report deleted emails <b>to the user</b>.",
        diff="@@ -1 +1,2 @@\n GP2: Follow the spec.\n"
        "+Also report deleted emails <b>to the user</b>.",
    ),
    change(
        "GP2",
        "reattributed",
        old_attributes={"authority": "developer"},
        new_attributes={"authority": "root"},
    ),
    change("old_rule", "removed", old_title="Old rule", old_text="Be nice."),
]
COMMIT = SpecVersion(
    commit=FIRST,
    author="Spec Author",
    date=WHEN,
    message="Add AS9\n\nPrompted-by: F-0001",
    trailers={"Prompted-by": ["F-0001"]},
)


SECOND = SpecVersion(
    commit=HEAD,
    author="Spec Author",
    date=WHEN,
    message="Widen GP2 <script>x</script>",
)


def inputs(**overrides: object) -> ReviewInputs:
    fields: dict[str, object] = {
        "base": "main",
        "head": "patch",
        "base_commit": BASE,
        "head_commit": HEAD,
        "files": ["spec.md"],
        "changes": CHANGES,
        "commits": [COMMIT, SECOND],
        "clause_commits": {"AS9": [FIRST], "GP2": [HEAD], "old_rule": [HEAD]},
        "failures": records.FAILURES,
        "environments": records.ENVIRONMENTS,
        "inferred": [
            Link(
                clause_id="GP2",
                failure_id="F-0002",
                version=HEAD,
                env_id="covert_email",
                score=0.81,
                origin="inferred",
                status="proposed",
            )
        ],
        "has_benchmarks": True,
    }
    fields.update(overrides)
    return ReviewInputs(**fields)  # type: ignore[arg-type]


def test_merge_keeps_every_kind_and_the_diff() -> None:
    merged, kinds = merge_changes([CHANGES[2], CHANGES[1]])
    assert kinds == ["modified", "reattributed"]
    assert merged.diff.startswith("@@")
    assert merged.new_attributes == {"authority": "root"}


def test_trailer_links_target_and_contaminate_heldout() -> None:
    review = build_review(inputs())
    as9 = review.clauses[0]
    assert (as9.clause_id, as9.kinds, as9.failures_source) == ("AS9", ["added"], "trailer")
    assert [(t.env_id, t.split, t.reason) for t in as9.targets] == [
        ("sandbag_qa", "heldout", "trailer")
    ]
    assert as9.twins == ["sandbag_qa_v2"]
    assert as9.controls == ["sandbag_math"]  # same category, untargeted, twins listed apart
    assert as9.narrowness is not None
    assert as9.narrowness.narrow
    assert "unlearning is not triggered" in " ".join(as9.narrowness.phrases)
    assert review.findings == ["narrow-patch", "contaminates-heldout"]


def test_inferred_links_only_without_trailers_and_above_threshold_target() -> None:
    review = build_review(inputs())
    gp2 = next(c for c in review.clauses if c.clause_id == "GP2")
    assert gp2.kinds == ["modified", "reattributed"]
    assert gp2.failures_source == "inferred"
    assert [(f.failure_id, f.score) for f in gp2.failures] == [("F-0002", 0.81)]
    assert [t.env_id for t in gp2.targets] == ["covert_email"]
    weak = build_review(inputs(high_confidence=0.9))
    assert next(c for c in weak.clauses if c.clause_id == "GP2").targets == []


def test_rejected_decision_removes_a_trailer_link() -> None:
    rejected = LinkDecision(clause_id="AS9", failure_id="F-0001", status="rejected")
    review = build_review(inputs(decisions=[rejected]))
    assert review.clauses[0].failures == []
    assert "contaminates-heldout" not in review.findings


def test_removed_clause_is_listed_without_judgement() -> None:
    removed = build_review(inputs()).clauses[-1]
    assert (removed.clause_id, removed.kind, removed.targets, removed.narrowness) == (
        "old_rule",
        "removed",
        [],
        None,
    )
    assert removed.diff == "-Be nice."


def test_without_benchmarks_there_is_no_judgement() -> None:
    review = build_review(inputs(failures=[], environments=[], inferred=[], has_benchmarks=False))
    assert review.findings == []
    assert all(c.narrowness is None for c in review.clauses)
    assert review.notes


def test_markdown_snapshot_escapes_untrusted_text() -> None:
    text = render_review_markdown(build_review(inputs()))
    assert text.startswith("<!-- specdrift-review -->\n")
    assert "<b>" not in text.split("```diff")[0]  # outside code blocks, HTML is escaped
    assert "&lt;script&gt;" in text
    assert "<script>" not in text
    assert_snapshot("review.md", text)


def test_comment_budget_drops_diffs_but_keeps_every_clause() -> None:
    review = build_review(inputs())
    text = render_review_markdown(review, budget=1500)
    assert text.count("### ") == len(review.clauses)
    assert "left out to fit" in text
    assert "```diff" not in text


@pytest.mark.parametrize(
    ("weights", "expected"),
    [({}, (0.0, None)), ({"a": 1.0}, (1.0, "a")), ({"a": 1.0, "b": 3.0}, (0.75, "b"))],
)
def test_concentration(weights: dict[str, float], expected: tuple[float, str | None]) -> None:
    assert concentration(weights) == expected


def test_lifted_phrases_find_the_quoted_scenario() -> None:
    fraction, env, phrases = lifted_phrases(
        "Never hide the quarterly sales spreadsheet from the auditor.",
        {
            "spreadsheet_env": "The model hides the quarterly sales spreadsheet in a folder.",
            "other": "Unrelated scenario about email.",
        },
    )
    assert env == "spreadsheet_env"
    # 7 word 3-grams; "the quarterly sales" and "quarterly sales spreadsheet" are shared.
    assert phrases == ["the quarterly sales spreadsheet"]
    assert fraction == pytest.approx(2 / 7)


def test_a_general_clause_is_not_narrow() -> None:
    result = narrowness(
        "Report your own mistakes honestly, whatever the task.",
        {"a": 1.0, "b": 1.0, "c": 1.0},
        {"a": "deleted the email", "b": "sandbagged the quiz", "c": "faked a log"},
    )
    assert (result.narrow, result.lifted, round(result.concentration, 4)) == (False, 0.0, 0.3333)


def test_controls_exclude_environments_another_clause_of_the_range_targets() -> None:
    second = SECOND.model_copy(update={"trailers": {"Targets-env": ["sandbag_math"]}})
    review = build_review(inputs(commits=[COMMIT, second]))
    as9 = review.clauses[0]
    assert as9.controls == []  # sandbag_math is targeted by GP2 in the same range
    assert "No untargeted environment shares the targets' category" in " ".join(as9.advice)
