"""Parse rendered Markdown as GitHub would and find what untrusted text could have smuggled in.

The parser is markdown-it-py's ``gfm-like`` preset (tables, strikethrough, linkify) when
linkify-it-py is installed, else CommonMark with tables. Table rows are also split the way
cmark-gfm (GitHub's renderer) splits them, because the two disagree on ``\\\\|``: markdown-it only
looks at the character before a pipe, cmark-gfm pairs every backslash with the next punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_block.table import escapedSplit
from markdown_it.token import Token

try:
    import linkify_it  # noqa: F401

    PARSER = MarkdownIt("gfm-like")
except ImportError:  # pragma: no cover - linkify-it-py is installed with markdown-it-py here
    PARSER = MarkdownIt("commonmark").enable("table")

# The only raw HTML the renderers write themselves; anything else came from data.
TEMPLATE_HTML = re.compile(
    r"<!-- specdrift-review -->\n?|<details><summary>diff \(\d+ lines?\)</summary>\n?"
    r"|</details>\n?"
)
# GitHub logins and team slugs start with an ASCII letter or digit right after the "@".
LIVE_MENTION = re.compile(r"@[A-Za-z0-9]")
_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


@dataclass
class Findings:
    """What a rendering exposes: raw HTML, live mentions, links and images, broken tables."""

    html: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    bad_rows: list[str] = field(default_factory=list)

    @property
    def unsafe_hrefs(self) -> list[str]:
        return [h for h in self.hrefs if not h.startswith(("http://", "https://"))]


def walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


def cmark_gfm_split(row: str) -> list[str]:
    """Cells of a table row as cmark-gfm finds them: a backslash escapes the next punctuation."""
    cells, current, i = [], "", 0
    while i < len(row):
        char = row[i]
        if char == "\\" and i + 1 < len(row) and row[i + 1] in _PUNCT:
            current += row[i : i + 2]
            i += 2
            continue
        if char == "|":
            cells.append(current)
            current = ""
        else:
            current += char
        i += 1
    cells.append(current)
    return cells


def _columns(cells: list[str]) -> int:
    # A leading or trailing (unescaped) pipe leaves an empty first or last cell: not a column.
    if cells and cells[0] == "":
        cells = cells[1:]
    if cells and cells[-1] == "":
        cells = cells[:-1]
    return len(cells)


def inspect(text: str) -> tuple[list[Token], Findings]:
    tokens = PARSER.parse(text)
    found = Findings()
    lines = text.splitlines()
    for token in walk(tokens):
        if token.type in ("html_block", "html_inline") and not TEMPLATE_HTML.fullmatch(
            token.content
        ):
            found.html.append(token.content)
        elif token.type == "text" and LIVE_MENTION.search(token.content):
            found.mentions.append(token.content)
        elif token.type == "link_open":
            found.hrefs.append(str(token.attrGet("href")))
        elif token.type == "image":
            found.images.append(str(token.attrGet("src")))
        elif token.type == "table_open" and token.map:
            start, end = token.map
            header = _columns(escapedSplit(lines[start].strip()))
            for line in lines[start:end]:
                for split in (escapedSplit(line.strip()), cmark_gfm_split(line.strip())):
                    if _columns(split) != header:
                        found.bad_rows.append(line)
    return tokens, found


def assert_safe(text: str) -> list[Token]:
    """Fail on raw HTML from data, live mentions, non-http(s) links, images or split cells."""
    tokens, found = inspect(text)
    assert not found.html, f"raw HTML outside code: {found.html}"
    assert not found.mentions, f"live @mentions: {found.mentions}"
    assert not found.unsafe_hrefs, f"links that are not http(s): {found.unsafe_hrefs}"
    assert not found.images, f"images from data: {found.images}"
    assert not found.bad_rows, f"table rows with the wrong number of cells: {found.bad_rows}"
    return tokens


def cells(tokens: list[Token]) -> list[list[str]]:
    """Every table row's cells as the text a reader sees (code spans and text joined)."""
    rows: list[list[str]] = []
    in_cell = False
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            in_cell = True
        elif token.type in ("th_close", "td_close"):
            in_cell = False
        elif token.type == "inline" and in_cell:
            rows[-1].append(plain(token))
    return rows


def plain(token: Token) -> str:
    """The text a reader sees in an inline token: text, code and line breaks.

    The zero-width joiner the escaping puts after each ``@`` is invisible, so it is dropped.
    """
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts).replace("@\u200d", "@")
