"""Small shared pieces of page layout: badges, stat cards, safe text, links.

Untrusted text (failure summaries, excerpts, spec text) is only ever passed to Dash as a string
child, which React renders as text: spec Markdown is turned into components on the server
(``dashboard.markdown``), never given to a Markdown renderer in the browser, which would fetch
its images. DataTable markdown cells hold only links we build, with escaped text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast
from urllib.parse import quote

from dash import dcc, html
from dash.dash_table.DataTable import DataTable
from dash.dcc.Graph import Graph

from dashboard.figures import Figure, legend_items
from dashboard.markdown import render_markdown
from tracker.analysis.models import Flag, WindowRate
from tracker.numbers import (
    NO_VERDICT_COLOUR,
    NO_VERDICT_COLOURS,
    VERDICT_COLOURS,
    format_score,
    format_window,
)

# Plotly's mode bar offers "Share chart...", which uploads the figure to Plotly Cloud: off, like
# every other button that sends the chart off this machine.
GRAPH_CONFIG: Graph.Config = {
    "displaylogo": False,
    "responsive": True,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "showLink": False,
}


def env_href(env_id: str, model: str | None = None) -> str:
    href = f"/env/{quote(env_id, safe='')}"
    return f"{href}?model={quote(model, safe='')}" if model else href


def clause_href(clause_id: str) -> str:
    return f"/clause/{quote(clause_id, safe='')}"


def markdown_link(text: str, href: str) -> str:
    """A Markdown link whose text is escaped, for DataTable markdown cells."""
    return f"[{escape_markdown(text)}]({href})"


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown punctuation and angle brackets, so data shows as typed."""
    specials = "\\`*_{}[]()#+-.!|<>~"
    return "".join("\\" + ch if ch in specials else ch for ch in text)


def verdict_badge(verdict: str) -> html.Span:
    colour = VERDICT_COLOURS.get(verdict, NO_VERDICT_COLOUR)
    return html.Span(
        verdict,
        className="badge",
        style={
            "backgroundColor": colour,
            "color": "white" if verdict in VERDICT_COLOURS else NO_VERDICT_COLOURS.ink,
        },
    )


def stat_card(
    label: str, value: str | int, colour: str | None = None, id_: str | None = None
) -> html.Div:
    # Dash refuses id=None, so the id is passed only when there is one.
    extra: dict[str, Any] = {"id": id_} if id_ else {}
    return html.Div(
        [html.Div(str(value), className="stat-value"), html.Div(label, className="stat-label")],
        className="stat-card",
        style={"borderTopColor": colour} if colour else {},
        **extra,
    )


TABLE_CELL: dict[str, Any] = {
    "textAlign": "left",
    "fontFamily": "inherit",
    "fontSize": 13,
    "padding": "6px",
    "whiteSpace": "normal",
}
TABLE_HEADER: dict[str, Any] = {"fontWeight": 600, "backgroundColor": "#f8f9fa"}


def data_table(
    id_: str,
    columns: Sequence[Mapping[str, str]],
    rows: Sequence[Mapping[str, Any]],
    page_size: int = 15,
    **options: Any,
) -> DataTable:
    """A DataTable in the dashboard's style. Markdown cells never render raw HTML."""
    return DataTable(
        id=id_,
        # Dash's annotations want its own TypedDicts; these plain dicts have the same keys.
        columns=cast("list[DataTable.Columns]", list(columns)),
        data=cast("list[dict[Any, Any]]", [dict(row) for row in rows]),
        page_size=page_size,
        markdown_options={"html": False},
        style_as_list_view=True,
        style_cell=TABLE_CELL,
        style_header=TABLE_HEADER,
        **options,
    )


def legend_strip(model_lines: Sequence[str]) -> html.Div:
    """A shared legend for small charts drawn without their own."""
    return html.Div(
        [
            html.Span(
                [
                    html.Span(className="swatch", style={"borderTop": f"3px {style} {colour}"}),
                    label,
                ],
                className="legend-item",
            )
            for label, colour, style in legend_items(model_lines)
        ],
        className="legend-strip",
    )


def graph(id_: str | None, figure: Figure, height: int | None = None) -> dcc.Graph:
    style = {"height": f"{height}px"} if height else {}
    # Dash refuses id=None, so the id is passed only when there is one.
    extra: dict[str, Any] = {"id": id_} if id_ else {}
    return dcc.Graph(figure=figure, config=GRAPH_CONFIG, style=style, **extra)


def plain_text(text: str, class_name: str = "plain-text") -> html.Div:
    """Untrusted text shown exactly as written (React escapes string children)."""
    return html.Div(text, className=class_name)


def spec_markdown(text: str) -> html.Div:
    """Spec text rendered as Markdown: raw HTML shown as text, images as their alt text."""
    return html.Div(render_markdown(text), className="spec-text")


def window_text(label: str, window: WindowRate) -> str:
    return f"{label}: {format_window(window)}"


def verdict_panel(flag: Flag, id_prefix: str) -> html.Div:
    """A flag's verdict with its windows, scores, causes, evidence and notices."""
    scores = flag.scores
    parts: list[Any] = [
        html.Div(
            [verdict_badge(flag.verdict), html.Span(flag.model, className="muted model-name")],
            className="verdict-head",
        ),
        html.Ul(
            [
                html.Li(window_text("baseline", flag.baseline)),
                html.Li(window_text("current", flag.current)),
            ],
            className="windows",
        ),
        html.Div(
            [
                score_bar("patch", scores.patch, VERDICT_COLOURS["patch-driven"]),
                score_bar("awareness", scores.awareness, VERDICT_COLOURS["awareness-driven"]),
                score_bar("broad", scores.broad, VERDICT_COLOURS["broad-improvement"]),
            ],
            className="scores",
        ),
    ]
    if flag.clauses:
        parts.append(
            html.Div(
                ["clauses: ", *_join([dcc.Link(c, href=clause_href(c)) for c in flag.clauses])],
                className="clauses",
            )
        )
    if flag.evidence:
        parts.append(html.H3("Evidence"))
        parts.append(html.Ul([html.Li(line) for line in flag.evidence], className="evidence"))
    if flag.causes:
        parts.append(html.H3("Causes"))
        parts.append(
            html.Ul(
                [html.Li([html.B(c.cause + ": "), c.evidence]) for c in flag.causes],
                className="causes",
            )
        )
    if flag.notices:
        parts.append(html.H3("Notices"))
        parts.append(html.Ul([html.Li(n) for n in flag.notices], className="notices"))
    return html.Div(parts, className="verdict-panel", id=f"{id_prefix}-verdict-{flag.model}")


def score_bar(label: str, value: float, colour: str) -> html.Div:
    width = max(0.0, min(1.0, value)) * 100
    return html.Div(
        [
            html.Span(label, className="score-label"),
            html.Div(
                html.Div(
                    style={"width": f"{width:.0f}%", "backgroundColor": colour},
                    className="score-fill",
                ),
                className="score-track",
            ),
            html.Span(format_score(value), className="score-value"),
        ],
        className="score-row",
    )


def _join(items: Sequence[Any], sep: str = ", ") -> list[Any]:
    out: list[Any] = []
    for index, item in enumerate(items):
        if index:
            out.append(sep)
        out.append(item)
    return out


def join_links(items: Sequence[Any]) -> list[Any]:
    return _join(items)


def section(
    title: str, children: Any, id_: str | None = None, note: str | None = None
) -> html.Section:
    head: list[Any] = [html.H2(title)]
    if note:
        head.append(html.P(note, className="section-note"))
    extra: dict[str, Any] = {"id": id_} if id_ else {}
    return html.Section([*head, children], className="card", **extra)
