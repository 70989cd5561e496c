"""One environment: its chart per model line, verdicts with evidence, failures and clauses."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from dash import dcc, html

from dashboard.components import (
    clause_href,
    env_href,
    graph,
    join_links,
    plain_text,
    section,
    verdict_panel,
)
from dashboard.data import DashboardData, current_data
from dashboard.derive import PatchMark
from tracker.failures.models import Failure

PATH_TEMPLATE = "/env/<env_id>"
FAILURES_SHOWN = 20


def layout(env_id: str | None = None, model: str | None = None, **_query: Any) -> html.Div:
    # The path variable arrives as the browser sent it: percent-encoded.
    return render(current_data(), unquote(env_id or ""), model)


def title(env_id: str | None = None, **_: Any) -> str:
    return f"{env_id} · specdrift"


def render(data: DashboardData, env_id: str, model: str | None = None) -> html.Div:
    """The page of ``env_id``; ``model`` puts that model line's verdict first."""
    env = data.environments.get(env_id)
    series = data.env_series(env_id)
    if env is None and series.empty:
        return html.Div(
            [
                html.H1("Unknown environment"),
                html.P(["No environment has the id ", html.Code(env_id), "."]),
                dcc.Link("All environments", href="/environments"),
            ],
            className="page",
            id="env-page",
        )
    models = sorted(data.model_lines, key=lambda m: (m != model, m))
    flags = [data.flag_index[(env_id, m)] for m in models if (env_id, m) in data.flag_index]
    subtitle: list[Any] = [html.Code(env_id)]
    if env:
        subtitle.append(f" · {env.category} · split {env.split}")
        if env.variant_of:
            subtitle += [" · variant of ", dcc.Link(env.variant_of, href=env_href(env.variant_of))]
    header: list[Any] = [
        html.H1(env.name if env else env_id),
        html.Div(subtitle, className="muted"),
    ]
    if env and env.description:
        header.append(plain_text(env.description, "description"))
    verdicts: Any = (
        html.Div([verdict_panel(f, "env") for f in flags], className="verdict-grid")
        if flags
        else html.P("No model line of this environment is at zero: no verdict.", className="muted")
    )
    return html.Div(
        [
            *header,
            section(
                "Misbehaviour over checkpoints",
                graph(
                    "env-chart",
                    data.env_figure(env_id, 360),
                    360,
                ),
                note="Rate with its 95% Wilson band per model line; dashed: awareness (right "
                "axis); solid red lines: patches that target it, dotted grey: other patches.",
            ),
            section("Verdicts", verdicts, id_="env-verdicts"),
            section(
                "Patches that target it",
                patch_list([m for m in data.marks if m.targets_env(env_id)]),
                id_="env-patches",
            ),
            section("Failures observed here", failure_list(data, env_id), id_="env-failures"),
        ],
        className="page",
        id="env-page",
    )


def patch_list(marks: list[PatchMark]) -> html.Ul | html.P:
    if not marks:
        return html.P("No spec patch targets this environment.", className="muted")
    items = []
    for mark in marks:
        clauses = join_links([dcc.Link(c, href=clause_href(c)) for c in mark.clauses])
        items.append(
            html.Li([html.B(mark.label), f" ({mark.date:%Y-%m-%d}) {mark.subject} — ", *clauses])
        )
    return html.Ul(items)


def failure_list(data: DashboardData, env_id: str) -> html.Div | html.P:
    """The environment's failures, newest first, with their links; text shown as text."""
    failures = sorted(
        (f for f in data.failures if f.env_id == env_id), key=lambda f: f.date, reverse=True
    )
    if not failures:
        return html.P("No failures recorded for this environment.", className="muted")
    items = [_failure_item(data, failure) for failure in failures[:FAILURES_SHOWN]]
    parts: list[Any] = [html.Ul(items, className="failure-list")]
    if len(failures) > FAILURES_SHOWN:
        parts.append(
            html.P(
                f"... and {len(failures) - FAILURES_SHOWN} more on the Failures page.",
                className="muted",
            )
        )
    return html.Div(parts)


def _failure_item(data: DashboardData, failure: Failure) -> html.Li:
    links = data.links_by_failure.get(failure.failure_id, [])
    head: list[Any] = [html.B(failure.failure_id), f" · {failure.date:%Y-%m-%d} · {failure.model}"]
    if links:
        head.append(" · linked to ")
        head += join_links(
            [
                dcc.Link(f"{link.clause_id} ({link.status})", href=clause_href(link.clause_id))
                for link in links
            ]
        )
    body: list[Any] = [html.Div(head), plain_text(failure.summary)]
    if failure.excerpt:
        body.append(plain_text(failure.excerpt, "plain-text excerpt"))
    return html.Li(body)
