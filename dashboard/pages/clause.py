"""One clause: its text, its history with diffs, its linked failures and targeted environments."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from dash import dcc, html

from dashboard.components import env_href, graph, legend_strip, plain_text, section, spec_markdown
from dashboard.data import DashboardData, current_data
from tracker.numbers import format_score
from tracker.spec.models import ClauseChange

PATH_TEMPLATE = "/clause/<clause_id>"
CHARTS_SHOWN = 4


def layout(clause_id: str | None = None, **_query: Any) -> html.Div:
    # The path variable arrives as the browser sent it: percent-encoded.
    return render(current_data(), unquote(clause_id or ""))


def targeted_environments(data: DashboardData, clause_id: str) -> list[str]:
    """Environments the clause targets, from every patch that changed it."""
    with data.locked() as ws:
        patches = ws.patches
    envs = {
        env for p in patches for c in p.clauses if c.clause_id == clause_id for env in c.targets
    }
    return sorted(envs)


def render(data: DashboardData, clause_id: str) -> html.Div:
    history = data.clause_history(clause_id)
    if history is None:
        return html.Div(
            [
                html.H1("Unknown clause"),
                html.P(["No version of the spec has a clause ", html.Code(clause_id), "."]),
                dcc.Link("The spec", href="/spec"),
            ],
            className="page",
            id="clause-page",
        )
    found = next(filter(None, (data.latest_clause(i) for i in reversed(history.ids))), None)
    # A marker clause's title is its marker (the id itself): show it once.
    title = found[0].title if found and found[0].title != clause_id else ""
    header: list[Any] = [
        html.H1([html.Code(clause_id), " ", title] if title else html.Code(clause_id))
    ]
    if len(history.ids) > 1:
        header.append(html.Div(f"also known as {', '.join(history.ids[:-1])}", className="muted"))
    if found:
        clause, parsed = found
        status = "removed in " + history.removed_in[:7] if history.removed_in else "current"
        header.append(
            html.Div(
                f"{' › '.join(clause.path)} · as of {parsed.version.label} "
                f"({parsed.version.date:%Y-%m-%d}) · {status}",
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
    items = [_change_item(change) for change in reversed(history.changes)]
    links = [link for i in history.ids for link in data.links_by_clause.get(i, [])]
    link_rows = [
        html.Tr(
            [
                html.Td(link.failure_id),
                html.Td(dcc.Link(link.env_id, href=env_href(link.env_id))),
                html.Td(link.origin),
                html.Td(format_score(link.score), className="num"),
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
    targets = sorted({e for i in history.ids for e in targeted_environments(data, i)})
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
                    data.env_figure(e, 240, legend=False),
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
                html.Div([legend_strip(data.model_lines), html.Div(charts, className="chart-grid")])
                if charts
                else html.P("It targets no environment.", className="muted"),
                id_="clause-targets",
            ),
        ],
        className="page",
        id="clause-page",
    )


def _change_item(change: ClauseChange) -> html.Li:
    """One change of the history: kind, date, commit, and its diff (as text, never markup)."""
    head: list[Any] = [
        html.B(change.kind),
        f" · {change.date:%Y-%m-%d} · ",
        html.Code(change.commit[:7]),
    ]
    if change.previous_id:
        head.append(f" · was {change.previous_id}")
    body: list[Any] = [html.Div(head)]
    if change.kind == "retitled":
        body.append(plain_text(f"{change.old_title} → {change.new_title}"))
    if change.diff:
        body.append(html.Pre(change.diff, className="diff"))
    elif change.kind == "added" and change.new_text:
        body.append(html.Pre(change.new_text, className="diff added"))
    return html.Li(body)
