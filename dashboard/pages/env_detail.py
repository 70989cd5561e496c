"""One environment: its chart per model line, verdicts with evidence, failures and clauses."""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from dashboard.components import clause_href, graph, join_links, plain_text, section, verdict_panel
from dashboard.data import DashboardData, current_data
from dashboard.figures import env_rate_figure

PATH_TEMPLATE = "/env/<env_id>"
FAILURES_SHOWN = 20


def layout(env_id: str | None = None, model: str | None = None, **_query: Any) -> html.Div:
    return render(current_data(), env_id or "", model)


def title(env_id: str | None = None, **_: Any) -> str:
    return f"{env_id} · specdrift"


def render(data: DashboardData, env_id: str, model: str | None = None) -> html.Div:
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
    models = (
        data.model_lines
        if model not in data.model_lines
        else [model] + [m for m in data.model_lines if m != model]
    )
    flags = [data.flag_index[(env_id, m)] for m in models if (env_id, m) in data.flag_index]
    targeting = [m for m in data.marks if m.targets_env(env_id)]
    header = [
        html.H1(env.name if env else env_id),
        html.Div(
            [html.Code(env_id), f" · {env.category} · split {env.split}" if env else ""]
            + (
                [" · variant of ", dcc.Link(env.variant_of, href=f"/env/{env.variant_of}")]
                if env and env.variant_of
                else []
            ),
            className="muted",
        ),
    ]
    if env and env.description:
        header.append(plain_text(env.description, "description"))
    verdicts: Any = (
        html.Div([verdict_panel(f, "env") for f in flags], className="verdict-grid")
        if flags
        else html.P("No model line of this environment is at zero: no verdict.", className="muted")
    )
    patches = (
        html.Ul(
            [
                html.Li(
                    [html.B(m.label), f" ({m.date:%Y-%m-%d}) ", m.subject, " — clauses "]
                    + join_links([dcc.Link(c, href=clause_href(c)) for c in m.clauses])
                )
                for m in targeting
            ]
        )
        if targeting
        else html.P("No spec patch targets this environment.", className="muted")
    )
    return html.Div(
        [
            *header,
            section(
                "Misbehaviour over checkpoints",
                graph("env-chart", env_rate_figure(series, data.marks, env_id, height=360), 360),
                note="Rate with its 95% Wilson band per model line; dashed: awareness (right axis); "
                "solid red lines: patches that target this environment, dotted grey: other patches.",
            ),
            section("Verdicts", verdicts, id_="env-verdicts"),
            section("Patches that target it", patches, id_="env-patches"),
            section("Failures observed here", failure_list(data, env_id), id_="env-failures"),
        ],
        className="page",
        id="env-page",
    )


def failure_list(data: DashboardData, env_id: str) -> html.Div:
    failures = sorted(
        (f for f in data.failures if f.env_id == env_id), key=lambda f: f.date, reverse=True
    )
    if not failures:
        return html.P("No failures recorded for this environment.", className="muted")
    items = []
    for failure in failures[:FAILURES_SHOWN]:
        links = data.links_by_failure.get(failure.failure_id, [])
        items.append(
            html.Li(
                [
                    html.Div(
                        [
                            html.B(failure.failure_id),
                            f" · {failure.date:%Y-%m-%d} · {failure.model}",
                        ]
                        + (
                            [" · linked to "]
                            + join_links(
                                [
                                    dcc.Link(
                                        f"{link.clause_id} ({link.status})",
                                        href=clause_href(link.clause_id),
                                    )
                                    for link in links
                                ]
                            )
                            if links
                            else []
                        )
                    ),
                    plain_text(failure.summary),
                ]
            )
        )
    more = (
        [
            html.P(
                f"... and {len(failures) - FAILURES_SHOWN} more on the Failures page.",
                className="muted",
            )
        ]
        if len(failures) > FAILURES_SHOWN
        else []
    )
    return html.Div([html.Ul(items, className="failure-list"), *more])
