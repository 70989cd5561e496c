"""One clause: its text, its history with diffs, its linked failures and targeted environments."""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from dashboard.components import env_href, graph, plain_text, section, spec_markdown
from dashboard.data import DashboardData, current_data
from dashboard.figures import env_rate_figure

PATH_TEMPLATE = "/clause/<clause_id>"
CHARTS_SHOWN = 4


def layout(clause_id: str | None = None, **_query: Any) -> html.Div:
    return render(current_data(), clause_id or "")


def targeted_environments(data: DashboardData, clause_id: str) -> list[str]:
    """Environments the clause targets, from every patch that changed it."""
    with data.locked() as ws:
        patches = ws.patches
    envs = {
        env for p in patches for c in p.clauses if c.clause_id == clause_id for env in c.targets
    }
    return sorted(envs)


def render(data: DashboardData, clause_id: str) -> html.Div:
    found = data.latest_clause(clause_id)
    history = data.clause_history(clause_id)
    if found is None and not history:
        return html.Div(
            [
                html.H1("Unknown clause"),
                html.P(["No version of the spec has a clause ", html.Code(clause_id), "."]),
                dcc.Link("The spec", href="/spec"),
            ],
            className="page",
            id="clause-page",
        )
    header: list[Any] = [html.H1([html.Code(clause_id), " ", found[0].title if found else ""])]
    if found:
        clause, parsed = found
        header.append(
            html.Div(
                f"{' › '.join(clause.path)} · as of {parsed.version.label} ({parsed.version.date:%Y-%m-%d})",
                className="muted",
            )
        )
        if clause.attributes:
            header.append(
                html.Div(
                    ", ".join(f"{k}={v}" for k, v in clause.attributes.items()),
                    className="muted small",
                )
            )
        header.append(html.Div(spec_markdown(clause.text), className="card", id="clause-text"))
    items = []
    for change in history:
        body: list[Any] = [
            html.Div(
                [html.B(change.kind), f" · {change.date:%Y-%m-%d} · ", html.Code(change.commit[:7])]
                + ([f" · was {change.previous_id}"] if change.previous_id else [])
            )
        ]
        if change.kind == "retitled":
            body.append(plain_text(f"{change.old_title} → {change.new_title}"))
        if change.diff:
            body.append(html.Pre(change.diff, className="diff"))
        elif change.kind == "added" and change.new_text:
            body.append(html.Pre(change.new_text, className="diff added"))
        items.append(html.Li(body))
    links = data.links_by_clause.get(clause_id, [])
    link_rows = [
        html.Tr(
            [
                html.Td(link.failure_id),
                html.Td(dcc.Link(link.env_id, href=env_href(link.env_id))),
                html.Td(link.origin),
                html.Td(f"{link.score:.2f}", className="num"),
                html.Td(link.status, className=f"status-{link.status}"),
                html.Td(
                    plain_text(data.failure_index[link.failure_id].summary)
                    if link.failure_id in data.failure_index
                    else ""
                ),
            ]
        )
        for link in links
    ]
    failures: Any = (
        html.Table(
            [
                html.Thead(
                    html.Tr(
                        [
                            html.Th(h)
                            for h in (
                                "failure",
                                "environment",
                                "origin",
                                "score",
                                "status",
                                "summary",
                            )
                        ]
                    )
                ),
                html.Tbody(link_rows),
            ],
            className="table",
            id="clause-links",
        )
        if link_rows
        else html.P("No failure is linked to this clause.", className="muted")
    )
    targets = targeted_environments(data, clause_id)
    charts = [
        html.Div(
            [
                dcc.Link(
                    data.environments[e].name if e in data.environments else e,
                    href=env_href(e),
                    className="card-title",
                ),
                graph(
                    f"clause-chart-{e}",
                    env_rate_figure(data.env_series(e), data.marks, e, height=240),
                    240,
                ),
            ],
            className="card chart-card",
        )
        for e in targets[:CHARTS_SHOWN]
    ]
    return html.Div(
        [
            *header,
            section(
                "History",
                html.Ul(items, className="history")
                if items
                else html.P("No recorded changes.", className="muted"),
                id_="clause-history",
            ),
            section("Linked failures", failures),
            section(
                f"Environments it targets ({len(targets)})",
                html.Div(charts, className="chart-grid")
                if charts
                else html.P("It targets no environment.", className="muted"),
                id_="clause-targets",
            ),
        ],
        className="page",
        id="clause-page",
    )
