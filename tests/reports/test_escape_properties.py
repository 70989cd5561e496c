"""Hostile strings through the escaping functions and the real review and weekly renderers.

Each rendering is parsed with markdown-it-py (GFM-like) and must hold no raw HTML from data, no
live ``@mention``, no link that is not http(s), no image, and tables that keep their columns;
the text a reader sees must be the data itself (escaping loses nothing). The HTML report is
parsed with the standard library's HTML parser: only the page's own tags and attributes appear.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it.token import Token
from plotly.offline import get_plotlyjs

from tests.reports.markdown_check import assert_safe, cells, plain
from tracker.analysis.models import WindowRate
from tracker.numbers import format_window
from tracker.reports import render_review_markdown, render_weekly_html, render_weekly_markdown
from tracker.reports.escape import md, md_block, md_code
from tracker.reports.models import (
    AwarenessPoint,
    HeldoutLoss,
    LinkedFailure,
    Narrowness,
    ReportClause,
    ReportPatch,
    ReportProblem,
    ReportWeek,
    ReportZero,
    Review,
    ReviewClause,
    ReviewCommit,
    RunIngested,
    TargetedEnv,
    WeeklyReport,
)
from tracker.reports.weekly_html import CHART_IDS

FRAGMENTS = [
    "|",
    "\\|",
    "\\",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- x -->",
    "</details>",
    "@user",
    "@org/team",
    "a@b.co",
    "`",
    "``",
    "```",
    "~~~",
    "[x](javascript:alert(1))",
    "![i](https://x.example/i.png)",
    "[r]: javascript:alert(1)",
    "<https://evil.example>",
    "<javascript:alert(1)>",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "ftp://files.example/x",
    "mailto:a@b.co",
    "xmpp:a@b.co",
    "www.example.com",
    "https://ok.example/a_b",
    "&amp;",
    "&#64;user",
    "&lt;b&gt;",
    "**b**",
    "_i_",
    "~~s~~",
    "- ",
    "1. ",
    "2) ",
    "# ",
    "> ",
    "    ",
    "\n",
    "\r\n",
    "\t",
    "é",
    "Ω",
    "😀",
    "\u200d",
    "\u2028",
    ":",
]
hostile = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), min_size=1, max_size=8
).map("".join)

# Ids are never blank (the renderers write "none" for an empty list of them).
ids = hostile.filter(lambda text: bool(text.split()))

FAST = settings(max_examples=60, deadline=None)
RENDER = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def seen(text: str) -> str:
    """What a reader sees of text rendered inline: whitespace runs flattened, NUL replaced."""
    return " ".join(text.replace("\x00", "\ufffd").split())


def inline(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.type == "inline"]


# -- the escaping functions -------------------------------------------------------------------


@FAST
@given(hostile)
def test_md_is_plain_text_in_a_paragraph_a_list_item_and_a_quote(text: str) -> None:
    assume(seen(text))
    for template in ("{}", "- {}", "> {}", "### x {}"):
        tokens = assert_safe(template.format(md(text)) + "\n")
        blocks = [t.type for t in tokens if t.type.endswith("_open")]
        # No block from data: the template's own blocks only, then one paragraph or heading.
        assert blocks in (
            ["paragraph_open"],
            ["bullet_list_open", "list_item_open", "paragraph_open"],
            ["blockquote_open", "paragraph_open"],
            ["heading_open"],
        ), (template, blocks)
        shown = "".join(plain(t) for t in inline(tokens))
        assert shown.removeprefix("x ") == seen(text)


@FAST
@given(hostile, hostile)
def test_md_keeps_a_table_cell_whole(first: str, second: str) -> None:
    table = f"| a | b | c |\n| --- | --- | --- |\n| {md(first)} | {md(second)} | end |\n"
    tokens = assert_safe(table)
    assert cells(tokens)[1] == [seen(first), seen(second), "end"]


@FAST
@given(hostile)
def test_code_span_shows_the_text_verbatim_in_a_paragraph_and_a_table(text: str) -> None:
    assume(seen(text))
    tokens = assert_safe(f"see {md_code(text)} here\n")
    assert plain(inline(tokens)[0]) == f"see {seen(text)} here"
    table = f"| a | b |\n| --- | --- |\n| {md_code(text, table=True)} | end |\n"
    assert cells(assert_safe(table))[1] == [seen(text), "end"]


@FAST
@given(hostile)
def test_code_block_cannot_be_closed_from_inside(text: str) -> None:
    document = (
        "<details><summary>diff (1 lines)</summary>\n\n"
        f"{md_block(text, 'diff')}\n\n</details>\n\nafter\n"
    )
    tokens = assert_safe(document)
    fences = [t for t in tokens if t.type == "fence"]
    assert len(fences) == 1
    body = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    assert fences[0].content == (body if body.endswith("\n") or not body else body + "\n")
    assert fences[0].info == "diff"
    assert plain(inline(tokens)[-1]) == "after"


# -- the real renderers -----------------------------------------------------------------------

WHEN = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


@st.composite
def reviews(draw: st.DrawFn) -> Review:
    def s() -> str:
        return draw(hostile)

    def i() -> str:
        return draw(ids)

    failure = LinkedFailure(
        failure_id=i(), env_id=i(), summary=s(), origin="trailer", status="confirmed", score=1.0
    )
    clause = ReviewClause(
        clause_id=i(),
        kind="modified",
        kinds=["modified", "retitled", "moved", "reattributed"],
        title=s(),
        previous_id=s(),
        old_title=s(),
        new_title=s(),
        old_attributes={s(): s()},
        new_attributes={s(): s()},
        old_parent=s(),
        new_parent=s(),
        diff=s(),
        failures=[failure],
        failures_source="inferred",
        targets=[TargetedEnv(env_id=i(), split="heldout", reason="trailer")],
        narrowness=Narrowness(
            score=0.9,
            concentration=0.9,
            top_env=s(),
            lifted=0.5,
            lifted_env=s(),
            phrases=[s()],
            narrow=True,
        ),
        advice=[s()],
    )
    return Review(
        base=s(),
        head=s(),
        base_commit="d" * 40,
        head_commit="c" * 40,
        files=[s()],
        commits=[ReviewCommit(commit="c" * 40, date=WHEN, subject=s())],
        clauses=[clause],
        findings=["narrow-patch", "contaminates-heldout"],
        has_benchmarks=True,
        notes=[s()],
    )


@RENDER
@given(reviews())
def test_review_comment_is_safe_and_its_table_holds_the_ids(review: Review) -> None:
    text = render_review_markdown(review)
    tokens = assert_safe(text)
    clause = review.clauses[0]
    row = cells(tokens)[1]
    assert row[0] == seen(clause.clause_id)
    assert row[2] == f"{seen(clause.failures[0].failure_id)} (inferred)"
    assert row[3] == f"{seen(clause.targets[0].env_id)} heldout"
    assert [t.info for t in tokens if t.type == "fence"] == ["diff"] * bool(clause.diff)


@st.composite
def weekly_reports(draw: st.DrawFn) -> WeeklyReport:
    def s() -> str:
        return draw(hostile)

    def i() -> str:
        return draw(ids)

    week = ReportWeek(
        label="2026-W47",
        start=datetime(2026, 11, 16, tzinfo=UTC),
        end=datetime(2026, 11, 23, tzinfo=UTC),
        source="option",
    )
    failure = LinkedFailure(
        failure_id=i(), env_id=i(), summary=s(), origin="inferred", status="proposed", score=0.8
    )
    zero = ReportZero(
        env_id=i(),
        model=s(),
        verdict="patch-driven",
        baseline=WindowRate(rate=0.3, x=30, n=100),
        current=WindowRate(rate=0.0, x=0, n=200, upper=0.0149),
        clauses=[i()],
        evidence=[s()],
        notices=[s()],
    )
    still = zero.model_copy(update={"env_id": i(), "previous_verdict": "patch-driven"})
    return WeeklyReport(
        title=s(),
        week=week,
        patches=[
            ReportPatch(
                commit="a" * 40,
                date=WHEN,
                release=s(),
                subject=s(),
                clauses=[
                    ReportClause(
                        clause_id=i(), changes=["modified"], targets=[i()], failures=[failure]
                    )
                ],
                targets=[i()],
            )
        ],
        zeros=[zero, still],
        heldout_losses=[
            HeldoutLoss(env_id=i(), split=s(), commit="a" * 40, date=WHEN, clauses=[i()])
        ],
        awareness=[AwarenessPoint(week=s(), model=s(), runs=2, awareness=0.25, misbehaviour=0.5)],
        runs=[
            RunIngested(
                run_id=i(), model=s(), date=WHEN, environments=2, samples=200, spec_version=s()
            )
        ],
        problems=[ReportProblem(file=s(), row=7, column=s(), reason=s(), severity="warning")],
        verdict_counts={
            "patch-driven": 2,
            "awareness-driven": 0,
            "broad-improvement": 0,
            "insufficient-evidence": 0,
        },
    )


@RENDER
@given(weekly_reports())
def test_weekly_markdown_is_safe_and_its_tables_hold_the_data(report: WeeklyReport) -> None:
    tokens = assert_safe(render_weekly_markdown(report))
    rows = cells(tokens)
    still, loss, point = report.zeros[1], report.heldout_losses[0], report.awareness[0]
    run, problem = report.runs[0], report.problems[0]
    current = format_window(still.current)
    assert [seen(still.env_id), seen(still.model), "patch-driven", current] in rows
    assert [seen(loss.env_id), seen(loss.split)] in [r[:2] for r in rows]
    assert [seen(point.week), seen(point.model)] in [r[:2] for r in rows]
    assert [seen(run.run_id), seen(run.model)] in [r[:2] for r in rows]
    expected = [seen(problem.file), "7", seen(problem.column or ""), problem.severity]
    assert [*expected, seen(problem.reason)] in rows


_PAGE_TAGS = {
    *("html", "head", "meta", "title", "style", "script", "body", "div"),
    *("h1", "h2", "h3", "p", "strong", "ul", "li", "br", "code", "span"),
    *("table", "thead", "tbody", "tr", "th", "td"),
}
_PAGE_ATTRIBUTES = {"lang", "charset", "type", "class", "id", "style"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if not self._in_script:
            self.text.append(data)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weekly_reports())
def test_weekly_html_shows_data_as_text(report: WeeklyReport) -> None:
    page = _Page()
    page.feed(render_weekly_html(report).replace(get_plotlyjs(), ""))
    assert {tag for tag, _ in page.tags} <= _PAGE_TAGS
    assert {name for _, attrs in page.tags for name, _ in attrs} <= _PAGE_ATTRIBUTES
    assert sum(tag == "script" for tag, _ in page.tags) == 1 + len(CHART_IDS)
    text = "".join(page.text)
    zero, problem = report.zeros[0], report.problems[0]
    for value in (report.title, zero.env_id, zero.model, zero.evidence[0], problem.reason):
        assert value in text
