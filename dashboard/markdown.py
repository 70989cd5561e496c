"""Markdown from untrusted text (spec clauses) rendered to Dash components on the server.

``dcc.Markdown`` would hand the text to a Markdown renderer in the browser, which turns
``![alt](http://...)`` into an ``<img>`` that the browser fetches as soon as the page shows: a
spec could make every reader's dashboard call out to any server. Here markdown-it-py (the
parser the spec splitter uses already) parses the text with raw HTML off, and each node becomes
a Dash component whose text is a string child, which React renders as text. Images become their
alt text; links keep only targets markdown-it validates (no ``javascript:``, ``data:``,
``file:``), which the reader may follow but which nothing fetches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dash import html
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

# CommonMark without raw HTML (an <img> tag stays the text it is), plus GitHub's tables and
# strikethrough, which specs written for GitHub use.
_PARSER = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
# A clause's own headings sit below the page's title (h1) and its sections (h2).
_HEADING_SHIFT = 2
_HEADINGS: dict[int, Callable[..., Any]] = {
    1: html.H1,
    2: html.H2,
    3: html.H3,
    4: html.H4,
    5: html.H5,
    6: html.H6,
}
_CONTAINERS: dict[str, Callable[..., Any]] = {
    "paragraph": html.P,
    "blockquote": html.Blockquote,
    "bullet_list": html.Ul,
    "list_item": html.Li,
    "em": html.Em,
    "strong": html.Strong,
    "s": html.S,
    "table": html.Table,
    "thead": html.Thead,
    "tbody": html.Tbody,
    "tr": html.Tr,
}


def render_markdown(text: str) -> list[Any]:
    """The components of ``text`` read as Markdown; nothing in them loads a resource."""
    return _children(SyntaxTreeNode(_PARSER.parse(text)))


def _children(node: SyntaxTreeNode) -> list[Any]:
    out: list[Any] = []
    for child in node.children:
        rendered = _node(child)
        if isinstance(rendered, list):
            out.extend(rendered)
        elif rendered is not None:
            out.append(rendered)
    return out


def _node(node: SyntaxTreeNode) -> Any:
    # One case per node type of CommonMark and the two extensions enabled above.
    kind = node.type
    if kind == "text":
        return node.content
    if kind == "inline":
        return _children(node)
    if kind == "softbreak":
        return "\n"
    if kind == "hardbreak":
        return html.Br()
    if kind == "code_inline":
        return html.Code(node.content)
    if kind in ("code_block", "fence"):
        return html.Pre(html.Code(node.content.rstrip("\n")))
    if kind == "hr":
        return html.Hr()
    if kind == "heading":
        level = min(6, int(node.tag[1:]) + _HEADING_SHIFT)
        return _HEADINGS[level](_children(node))
    if kind == "ordered_list":
        start = node.attrs.get("start")
        if start is None:
            return html.Ol(_children(node))
        return html.Ol(_children(node), start=str(start))
    if kind in ("th", "td"):
        cell = html.Th if kind == "th" else html.Td
        return cell(_children(node))
    if kind == "link":
        return _link(node)
    if kind == "image":
        return _image(node)
    if kind in _CONTAINERS:
        return _CONTAINERS[kind](_children(node))
    # Anything else (html_* cannot occur with html off; future plugins) shows as its text.
    return node.content or _children(node)


def _link(node: SyntaxTreeNode) -> html.A:
    href = str(node.attrs.get("href", ""))
    extra: dict[str, Any] = {"title": str(node.attrs["title"])} if "title" in node.attrs else {}
    # A link out of the dashboard tells the site nothing: no referrer, no window.opener.
    return html.A(_children(node), href=href, rel="noopener noreferrer nofollow", **extra)


def _image(node: SyntaxTreeNode) -> html.Span:
    alt = "".join(_plain(child) for child in node.children) or "image"
    src = str(node.attrs.get("src", ""))
    return html.Span(alt, className="md-image", title=f"image not loaded: {src}")


def _plain(node: SyntaxTreeNode) -> str:
    """The text of an inline node and its children (an image's alt text)."""
    if node.type in ("text", "code_inline"):
        return node.content
    return "".join(_plain(child) for child in node.children)
