"""Escape untrusted text (failure summaries, clause text, model names) for Markdown and HTML.

GitHub renders raw HTML inside Markdown, so Markdown text is HTML-escaped first and then has
its Markdown punctuation backslash-escaped: a failure summary cannot open a tag, a link, or a
table cell. Code blocks get a fence longer than any backtick run inside them.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]{}()#+!|~>])")
_BACKTICKS = re.compile(r"`+")


def md(text: object) -> str:
    """Untrusted text as inline Markdown: one line, no HTML, no Markdown syntax."""
    flat = " ".join(str(text).split())
    escaped = html.escape(flat, quote=False)
    # '>' became '&gt;' already; escape the rest of Markdown's punctuation.
    return _MARKDOWN_SPECIALS.sub(r"\\\1", escaped)


def md_code(text: object) -> str:
    """Untrusted text as an inline code span (ids, shas): backticks cannot end it early."""
    flat = " ".join(str(text).split())
    longest = max((len(run) for run in _BACKTICKS.findall(flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def md_block(text: str, language: str = "") -> str:
    """Untrusted text as a fenced code block whose fence no line inside can close."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    body = text if text.endswith("\n") or not text else text + "\n"
    return f"{fence}{language}\n{body}{fence}"


def h(text: object) -> str:
    """Untrusted text for HTML element content or a quoted attribute."""
    return html.escape(str(text), quote=True)
