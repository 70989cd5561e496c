"""Untrusted text cannot become HTML, Markdown syntax, or close a code span or block."""

from __future__ import annotations

import pytest

from tests.reports import records
from tests.reports import test_review_build as review_build
from tests.reports.markdown_check import PARSER, assert_safe, cells
from tracker.reports import (
    WeeklyInputs,
    build_review,
    build_weekly_report,
    iso_week,
    render_review_markdown,
    render_weekly_markdown,
)
from tracker.reports.escape import h, md, md_block, md_code


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("[click](http://evil)", r"\[click\]\(http\://evil\)"),
        ("a | b\nc", r"a \| b c"),
        ("**bold** _it_ `code`", r"\*\*bold\*\* \_it\_ \`code\`"),
        ("# heading", r"\# heading"),
        ("AT&T", "AT&amp;T"),
        # GitHub's autolinker reads the raw source: escaped colons and dots give it no address.
        ("see https://x.example and www.x.example", r"see https\://x.example and www\.x.example"),
        ("javascript:alert(1)", r"javascript\:alert\(1\)"),
        ("at 10:30: done", "at 10:30: done"),
        ("@octocat and @github/security-team", "@&#8205;octocat and @&#8205;github/security-team"),
        ("a@b.example", "a@&#8205;b.example"),
        ("- item", r"\- item"),
        ("1. item", r"1\. item"),
    ],
)
def test_md_escapes(raw: str, expected: str) -> None:
    assert md(raw) == expected


def test_code_span_and_block_outlast_backticks_inside() -> None:
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x`") == "`` `x` ``"
    assert md_code("") == ""
    block = md_block("```\nrm -rf /\n```")
    assert block.splitlines()[0] == "````"
    assert block.splitlines()[-1] == "````"


def test_code_span_in_a_table_escapes_its_pipes() -> None:
    assert md_code("a|b") == "`a|b`"
    assert md_code("a|b", table=True) == r"`a\|b`"
    # cmark-gfm would read "a\\|b" as an escaped backslash and a cell break: plain text instead.
    assert md_code("a\\|b", table=True) == r"a\\\|b"


def test_html_escape_quotes_for_attributes() -> None:
    assert h('"><img src=x onerror=alert(1)>') == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"


# -- the defects of issue 13 found by hand, through the real builders ---------------------------

HOSTILE_ID = "F-1|<img src=x onerror=alert(1)>"
HOSTILE_ENV = "qa|<img src=x onerror=alert(2)>"
PINGS = "ping @octocat and @github/security-team"


def _hostile_review_text() -> str:
    failure = records.FAILURES[0].model_copy(
        update={"failure_id": HOSTILE_ID, "env_id": HOSTILE_ENV, "summary": PINGS}
    )
    env = records.ENVIRONMENTS[0].model_copy(update={"env_id": HOSTILE_ENV})
    as9 = review_build.CHANGES[0].model_copy(update={"new_title": f"Never sandbag {PINGS}"})
    commit = review_build.COMMIT.model_copy(update={"trailers": {"Prompted-by": [HOSTILE_ID]}})
    review = build_review(
        review_build.inputs(
            changes=[as9, *review_build.CHANGES[1:]],
            commits=[commit, review_build.SECOND],
            failures=[failure, records.FAILURES[1]],
            environments=[env, *records.ENVIRONMENTS[1:]],
        )
    )
    assert [f.failure_id for f in review.clauses[0].failures] == [HOSTILE_ID]
    return render_review_markdown(review)


def test_review_table_cells_hold_ids_with_pipes_and_html() -> None:
    tokens = assert_safe(_hostile_review_text())
    table = cells(tokens)
    assert table[0] == ["clause", "change", "answers", "targets", "narrowness"]
    assert table[1][:4] == ["AS9", "added", HOSTILE_ID, f"{HOSTILE_ENV} heldout"]


def test_review_titles_and_summaries_cannot_ping() -> None:
    text = _hostile_review_text()
    assert_safe(text)
    assert "@octocat" not in text
    assert "@github/security-team" not in text
    rendered = PARSER.render(text).replace("\u200d", "")
    assert "Never sandbag ping @octocat and @github/security-team" in rendered
    assert f"</code> (trailer, score 1.00): {PINGS}" in rendered


def test_weekly_tables_hold_ids_with_pipes_and_summaries_cannot_ping() -> None:
    base = records.weekly_inputs()
    failure = records.FAILURES[0].model_copy(update={"failure_id": HOSTILE_ID, "summary": PINGS})
    patch = records.PATCHES[1]
    link = patch.clauses[0].links[0].model_copy(update={"failure_id": HOSTILE_ID})
    clause = patch.clauses[0].model_copy(update={"links": [link], "targets": [HOSTILE_ENV]})
    patch = patch.model_copy(update={"clauses": [clause, *patch.clauses[1:]]})
    still = records.FLAGS_NOW[1].model_copy(update={"env_id": HOSTILE_ENV, "model": PINGS})
    results = base.results.copy()
    results["run_id"] = results["run_id"].replace("r2", HOSTILE_ID)
    inputs = WeeklyInputs(
        environments=[records.ENVIRONMENTS[0].model_copy(update={"env_id": HOSTILE_ENV})],
        results=results,
        problems=base.problems,
        failures=[failure],
        patches=[records.PATCHES[0], patch],
        flags_now=[*records.FLAGS_NOW, still],
        flags_before=[*records.FLAGS_BEFORE, still],
    )
    text = render_weekly_markdown(build_weekly_report(inputs, iso_week("2026-W47")))
    tokens = assert_safe(text)
    assert "@octocat" not in text
    table = cells(tokens)
    still = table.index(["environment", "model", "verdict", "current"])
    assert table[still + 2][:3] == [HOSTILE_ENV, PINGS, "broad-improvement"]
    heldout = table.index(["environment", "split", "patch", "clauses"])
    assert table[heldout + 1][:2] == [HOSTILE_ENV, "heldout"]
    assert HOSTILE_ID in [row[0] for row in table]  # the run id, in the runs table
    rendered = PARSER.render(text).replace("\u200d", "")
    assert f"score 1.00): {PINGS}" in rendered
