"""Markdown from specs rendered to Dash components: no image, no raw HTML, no unsafe link."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dash import dcc, html

from dashboard.components import spec_markdown
from tests.dashboard.conftest import REMOTE_ALT, REMOTE_MARKDOWN


def _walk(component: Any) -> Iterator[Any]:
    """The component, then every component and string below it, depth first."""
    yield component
    children = getattr(component, "children", None)
    if isinstance(children, list | tuple):
        for child in children:
            yield from _walk(child)
    elif children is not None:
        yield from _walk(children)


def _text(component: Any) -> str:
    return "".join(c for c in _walk(component) if isinstance(c, str))


def test_images_become_their_alt_text() -> None:
    rendered = spec_markdown("AS4: Never retaliate." + REMOTE_MARKDOWN)
    nodes = list(_walk(rendered))
    assert not any(isinstance(n, html.Img | html.Iframe | dcc.Markdown) for n in nodes)
    spans = [n for n in nodes if isinstance(n, html.Span) and n.className == "md-image"]
    assert [_text(s) for s in spans] == [REMOTE_ALT, "by reference"]
    # Where the image was is in a tooltip, as text; nothing refers to it as a resource.
    assert "http://evil.example/track.png" in spans[0].title
    text = _text(rendered)
    assert '<img src="http://evil.example/raw.png">' in text
    assert "[a script link](javascript:alert(1))" in text
    links = [n for n in nodes if isinstance(n, html.A)]
    assert [a.href for a in links] == ["http://evil.example/page"]
    assert "noreferrer" in links[0].rel


def test_markdown_structure_is_kept() -> None:
    rendered = spec_markdown(
        "Intro with *emphasis*, **strong**, `code <b>` and [a page](/spec).\n\n"
        "- one\n- two\n\n3. three\n\n> quoted\n\n```\nfenced <script>\n```\n\n# Heading\n"
    )
    nodes = list(_walk(rendered))
    kinds = {type(n) for n in nodes}
    assert {html.Em, html.Strong, html.Code, html.Ul, html.Ol, html.Blockquote, html.Pre} <= kinds
    ordered = next(n for n in nodes if isinstance(n, html.Ol))
    assert ordered.start == "3"
    # Headings inside a clause sit below the page's own title and section headings.
    assert any(isinstance(n, html.H3) and _text(n) == "Heading" for n in nodes)
    assert "fenced <script>" in _text(rendered)
    assert "code <b>" in _text(rendered)
    assert [n.href for n in nodes if isinstance(n, html.A)] == ["/spec"]


def test_unsafe_link_targets_stay_text() -> None:
    for target in ("javascript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd"):
        rendered = spec_markdown(f"[click]({target}) and <{target}>")
        assert not any(isinstance(n, html.A) for n in _walk(rendered)), target
        assert "click" in _text(rendered)
