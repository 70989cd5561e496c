"""Untrusted text cannot become HTML, Markdown syntax, or close a code span or block."""

from __future__ import annotations

import pytest

from tracker.reports.escape import h, md, md_block, md_code


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("[click](http://evil)", r"\[click\]\(http://evil\)"),
        ("a | b\nc", r"a \| b c"),
        ("**bold** _it_ `code`", r"\*\*bold\*\* \_it\_ \`code\`"),
        ("# heading", r"\# heading"),
        ("AT&T", "AT&amp;T"),
    ],
)
def test_md_escapes(raw: str, expected: str) -> None:
    assert md(raw) == expected


def test_code_span_and_block_outlast_backticks_inside() -> None:
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x`") == "`` `x` ``"
    block = md_block("```\nrm -rf /\n```")
    assert block.splitlines()[0] == "````"
    assert block.splitlines()[-1] == "````"


def test_html_escape_quotes_for_attributes() -> None:
    assert h('"><img src=x onerror=alert(1)>') == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
