"""Failures and links: every failure with its links; confirm or reject a proposed link."""

from __future__ import annotations

import json
from typing import Any

from dash import Dash, Input, Output, State, ctx, dcc, html, no_update

from dashboard.components import data_table, env_href, markdown_link, section
from dashboard.data import DashboardData, current_data
from dashboard.pages.overview import counts_row
from tracker.errors import SpecdriftError
from tracker.numbers import format_score

PATH = "/failures"

FAILURE_COLUMNS = [
    {"id": "failure_id", "name": "failure"},
    {"id": "date", "name": "date"},
    {"id": "environment", "name": "environment", "presentation": "markdown"},
    {"id": "model", "name": "model"},
    {"id": "summary", "name": "summary"},
    {"id": "links", "name": "links (clause: status)"},
]


def layout(**_url: Any) -> html.Div:
    return render(current_data())


def failure_rows(data: DashboardData) -> list[dict[str, str]]:
    """One row per failure, linked ones first, newest first; text cells are plain text."""
    rows = []
    # Linked failures first (they are what the links column is about), each group newest first.
    ordered = sorted(
        data.failures,
        key=lambda f: (f.failure_id in data.links_by_failure, f.date, f.failure_id),
        reverse=True,
    )
    for failure in ordered:
        links = data.links_by_failure.get(failure.failure_id, [])
        rows.append(
            {
                "failure_id": failure.failure_id,
                "date": f"{failure.date:%Y-%m-%d}",
                "environment": markdown_link(failure.env_id, env_href(failure.env_id)),
                "model": failure.model,
                "summary": failure.summary,
                "links": ", ".join(f"{link.clause_id}: {link.status}" for link in links),
            }
        )
    return rows


def link_key(clause_id: str, failure_id: str) -> str:
    return json.dumps([clause_id, failure_id])


def review_options(data: DashboardData) -> list[dict[str, str]]:
    """Links without a curated decision, as dropdown options: proposed ones first (best score
    first), then trailer, file and inferred links nobody has confirmed or rejected yet."""
    decided = {(d.clause_id, d.failure_id) for d in data.link_decisions}
    open_links = [link for link in data.links if (link.clause_id, link.failure_id) not in decided]
    open_links.sort(
        key=lambda link: (link.status != "proposed", -link.score, link.clause_id, link.failure_id)
    )
    return [
        {
            "label": f"{link.clause_id} ↔ {link.failure_id} "
            f"({link.status}, {link.origin}, score {format_score(link.score)}, {link.env_id})",
            "value": link_key(link.clause_id, link.failure_id),
        }
        for link in open_links
    ]


def render(data: DashboardData) -> html.Div:
    options = review_options(data)
    review = html.Div(
        [
            dcc.Dropdown(
                id="failures-link",
                options=options,
                value=options[0]["value"] if options else None,
                placeholder="no link to review",
                className="filter",
                style={"flex": "1 1 560px"},
            ),
            dcc.Input(
                id="failures-note",
                type="text",
                placeholder="note (optional)",
                className="note-input",
                debounce=False,
            ),
            html.Button("Confirm", id="failures-confirm", className="button confirm", n_clicks=0),
            html.Button("Reject", id="failures-reject", className="button reject", n_clicks=0),
            html.Div(id="failures-message", className="message"),
        ],
        className="review-row",
    )
    return html.Div(
        [
            html.H1("Failures and links"),
            html.Div(counts_row(data, "failures"), id="failures-counts"),
            section(
                "Review links",
                review,
                id_="failures-review",
                note=f"{len(options)} link(s) without a curated decision, proposed ones first. "
                f"A decision is written to {data.workspace.links_file.name}; links, patches "
                "and verdicts are recomputed.",
            ),
            section(
                "Failures",
                data_table(
                    "failures-table",
                    FAILURE_COLUMNS,
                    failure_rows(data),
                    page_size=15,
                    sort_action="native",
                    filter_action="native",
                    style_cell_conditional=[
                        {
                            "if": {"column_id": "failure_id"},
                            "width": "200px",
                            "wordBreak": "break-all",
                        },
                        {"if": {"column_id": "date"}, "width": "96px"},
                        {"if": {"column_id": "summary"}, "width": "42%"},
                    ],
                ),
            ),
        ],
        className="page",
        id="failures-page",
    )


def decide_link(
    data: DashboardData, key: str | None, status: str, note: str | None
) -> tuple[Any, ...]:
    """Record a decision on the chosen proposed link; returns the message and refreshed parts."""
    if not key:
        return "Choose a proposed link first.", no_update, no_update, no_update, no_update
    clause_id, failure_id = json.loads(key)
    try:
        changed = data.record_link_decision(clause_id, failure_id, status, note or "")
    except SpecdriftError as exc:
        return f"Not recorded: {exc}", no_update, no_update, no_update, no_update
    options = review_options(data)
    verb = "confirmed" if status == "confirmed" else "rejected"
    message = (
        f"{clause_id} ↔ {failure_id} {verb}"
        + ("" if changed else " (already recorded)")
        + "; verdicts updated."
    )
    return (
        message,
        failure_rows(data),
        options,
        options[0]["value"] if options else None,
        counts_row(data, "failures"),
    )


def register_callbacks(app: Dash, data: DashboardData) -> None:
    @app.callback(
        Output("failures-message", "children"),
        Output("failures-table", "data"),
        Output("failures-link", "options"),
        Output("failures-link", "value"),
        Output("failures-counts", "children"),
        Input("failures-confirm", "n_clicks"),
        Input("failures-reject", "n_clicks"),
        State("failures-link", "value"),
        State("failures-note", "value"),
        prevent_initial_call=True,
    )
    def _decide(_confirm: int, _reject: int, key: str | None, note: str | None) -> tuple[Any, ...]:
        status = "rejected" if ctx.triggered_id == "failures-reject" else "confirmed"
        return decide_link(data, key, status, note)
