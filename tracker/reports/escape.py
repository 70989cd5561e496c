"""The one place untrusted text (ids, titles, summaries, notes, model names, diffs) is escaped.

Everything a pull-request comment or a report renders from data goes through these functions.
The Markdown is read by GitHub (cmark-gfm, which also renders raw HTML and turns ``@name`` into a
notification) and by markdown-it; what comes out of :func:`md` is plain text in both:

- HTML: ``<``, ``>`` and ``&`` become entities, so no tag or comment can open.
- Markdown: every ASCII punctuation mark that can start syntax (emphasis, links, images, code,
  headings, tables, strikethrough) is backslash-escaped, and so is a list marker at the start.
  Escaping ``|`` keeps a table cell whole: both parsers treat ``\\|`` as a literal pipe.
- Mentions: a zero-width joiner (written ``&#8205;``) goes right after every ``@`` that is
  followed by text, so ``@octocat`` and ``@github/security-team`` read the same but match no
  login. A code span would also stop the ping, but would change how a sentence reads; the
  joiner is invisible. It is written as an entity so the Markdown source shows it.
- Links: data makes none. ``[x](y)`` and ``<url>`` cannot form (brackets escaped, ``<`` an
  entity), and the colon after any scheme (``https:``, ``javascript:``, ``data:``,
  ``mailto:``, ...) and the dot after ``www`` are escaped: they render the same, but neither
  GitHub's autolinker nor linkify sees an address any more. Bare http(s) links would be safe,
  but both autolinkers read the raw source, so an escaped ``_`` in a URL would end up in its
  target; and a link in a PR comment from an untrusted summary is a phishing aid anyway. E-mail
  addresses lose their autolink to the mention guard. (markdown-it may still linkify a bare
  ``example.com`` as ``http://example.com``; GitHub does not.)

Code spans and blocks keep their text verbatim (no escape works inside them), so their fences
are longer than any backtick run in the text. Inside a table a pipe must still be written ``\\|``
(GFM splits rows before it finds code spans, then drops that backslash). cmark-gfm cannot show
a backslash right before a pipe in a code span in a table (it reads ``\\\\|`` as an escaped
backslash and a cell break), so such rare text falls back to escaped plain text.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]{}()#+!|~>])")
_BACKTICKS = re.compile(r"`+")
# A list item ("- x", "1. x") at the start of the text, where the text may start a line ("2) x"
# is covered by the escaped parenthesis).
_LIST_MARKER = re.compile(r"^(-|\d{1,9}(?=\.))")
_MENTION = re.compile(r"@(?=\S)")
_ZERO_WIDTH_JOINER = "&#8205;"
# What autolinkers look for: a scheme's colon (a letter before, no space after), and "www.".
# GitHub's finds "https://" after any character, so neither depends on what precedes.
_SCHEME_COLON = re.compile(r"(?<=[A-Za-z]):(?=\S)")
_WWW = re.compile(r"(www)\.", re.IGNORECASE)
_BACKSLASH_PIPE = re.compile(r"\\\|")


def _flat(text: object) -> str:
    # Newlines would end a table row or a list item: every run of whitespace becomes one space.
    return " ".join(str(text).split())


def md(text: object) -> str:
    """Untrusted text as inline Markdown: one line of plain text, safe in a table cell too."""
    escaped = html.escape(_flat(text), quote=False)
    # '>' became '&gt;' already; escape the rest of Markdown's punctuation.
    escaped = _MARKDOWN_SPECIALS.sub(r"\\\1", escaped)
    escaped = _LIST_MARKER.sub(lambda m: "\\-" if m[1] == "-" else m[1] + "\\", escaped)
    escaped = _SCHEME_COLON.sub(r"\\:", escaped)
    escaped = _WWW.sub(r"\1\\.", escaped)
    # Last: the entity must not have its '#' escaped.
    return _MENTION.sub("@" + _ZERO_WIDTH_JOINER, escaped)


def md_code(text: object, *, table: bool = False) -> str:
    """Untrusted text as an inline code span (ids, shas): backticks cannot end it early.

    ``table=True`` for a span inside a table cell: its pipes are escaped so the row keeps its
    cells (GFM removes the backslash before it parses the span).
    """
    flat = _flat(text)
    if not flat:
        # No code span can be empty: "``" would show as two backticks.
        return ""
    if table and "|" in flat:
        if _BACKSLASH_PIPE.search(flat):
            return md(flat)
        flat = flat.replace("|", "\\|")
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
