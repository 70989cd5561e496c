"""Overview: verdict counts, the latest zeros, the patch timeline, and the headline chart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dash import ClientsideFunction, Dash, Input, Output, dcc, html

from dashboard.components import (
    env_href,
    graph,
    section,
    stat_card,
    verdict_badge,
    window_text,
)
from dashboard.data import DashboardData, current_data
from dashboard.figures import headline_figure, patch_timeline_figure
from tracker.analysis.models import VERDICTS
from tracker.numbers import VERDICT_COLOURS, format_rate
from tracker.reports.charts import saturation_figure

PATH = "/"
LATEST_ZEROS = 12


def layout(**_url: Any) -> html.Div:
    # Built once per data (dropped by a link decision, like the flags it shows): a revisit
    # sends the same page instead of building the headline figure and the table again.
    return current_data().memo("overview.page", render)


def verdict_counts(data: DashboardData) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(VERDICTS, 0)
    for flag in data.flags:
        counts[flag.verdict] += 1
    return counts


def counts_row(data: DashboardData, id_prefix: str = "overview") -> html.Div:
    counts = verdict_counts(data)
    cards = [
        stat_card(
            "environments", len(data.environments), "#495057", id_=f"{id_prefix}-count-environments"
        ),
        stat_card(
            "zeros with a verdict", sum(counts.values()), "#212529", id_=f"{id_prefix}-count-zeros"
        ),
    ]
    cards += [
        stat_card(verdict, count, VERDICT_COLOURS[verdict], id_=f"{id_prefix}-count-{verdict}")
        for verdict, count in counts.items()
    ]
    return html.Div(cards, className="stat-row", id=f"{id_prefix}-counts")


def latest_zeros(data: DashboardData) -> html.Table:
    """The newest flags first: environment, model line, verdict badge, and one line of evidence."""
    flags = sorted(
        data.flags,
        key=lambda f: (data.flag_date(f) is not None, data.flag_date(f) or 0, f.env_id),
        reverse=True,
    )[:LATEST_ZEROS]
    rows = []
    for flag in flags:
        env = data.environments.get(flag.env_id)
        current = flag.current
        evidence = flag.evidence[0] if flag.evidence else ""
        rows.append(
            html.Tr(
                [
                    html.Td(
                        dcc.Link(
                            env.name if env else flag.env_id, href=env_href(flag.env_id, flag.model)
                        )
                    ),
                    html.Td(flag.model, className="muted"),
                    html.Td(verdict_badge(flag.verdict)),
                    html.Td(
                        f"{current.x}/{current.n}"
                        + (
                            f" · U {format_rate(current.upper)}"
                            if current.upper is not None
                            else ""
                        ),
                        className="num",
                        title=window_text("current", current),
                    ),
                    html.Td(
                        html.Div(evidence, className="evidence-line", title=evidence),
                        className="evidence-cell",
                    ),
                ]
            )
        )
    head = html.Thead(
        html.Tr(
            [html.Th(h) for h in ("environment", "model", "verdict", "current window", "evidence")]
        )
    )
    if not rows:
        rows = [html.Tr(html.Td("No environment has reached zero.", colSpan=5, className="muted"))]
    return html.Table([head, html.Tbody(rows)], className="table", id="overview-zeros")


def render(data: DashboardData) -> html.Div:
    return html.Div(
        [
            html.H1("Is this zero real?"),
            html.P(
                "Misbehaviour scores that reach zero get a verdict: patched by a spec clause "
                "written from their own failures, explained by evaluation awareness, a broad "
                "improvement, or not enough evidence to tell.",
                className="lede",
            ),
            counts_row(data),
            section(
                "Misbehaviour across environments",
                graph("overview-headline", headline_figure(data.headline, data.marks), 380),
                note="Unweighted mean over environments per checkpoint with its 95% interval "
                "(Fay-Feuer); dashed: mean awareness (right axis); red lines: spec patches "
                "that target environments, grey dotted: other patches.",
            ),
            # The saturation and patch charts follow the first paint (see ``later``); their
            # room is kept, so the sections below do not jump when they arrive.
            html.Div(
                id="overview-later", style={"minHeight": f"{_saturation_height(data) + 360}px"}
            ),
            # Set once the headline chart is drawn (clientside.js afterHeadline): the charts
            # below are asked for only then.
            dcc.Store(id="overview-headline-drawn"),
            section(
                "Latest zeros",
                latest_zeros(data),
                note="Newest first; open one for its chart, evidence and scores.",
            ),
        ],
        className="page",
        id="overview-page",
    )


def _saturation_height(data: DashboardData) -> int:
    return max(320, 220 * len(data.model_lines))


def later(data: DashboardData) -> list[Any]:
    """The overview's charts below the headline, sent after the first paint: the page's first
    render draws one chart, as the bare Dash page does, and these two follow in a second
    response while the browser draws it (issue 18)."""
    return [
        section(
            "Saturation: how much of the suite still measures anything",
            graph(
                "overview-saturation",
                saturation_figure(
                    data.saturation.timeline, data.saturation.environments, height=320
                ),
                _saturation_height(data),
            ),
            note="Per model line and run: saturated environments (each of their last runs "
            "certifiably zero) stacked by the verdict on their zero; the line counts those "
            "that still discriminate, the dotted line the effective suite (never targeted by "
            "a patch); dashed violet lines: a held-out environment's first targeting patch.",
        ),
        section(
            "Spec patches",
            graph("overview-patches", patch_timeline_figure(data.marks, height=200), 200),
            note="Each patch at its date, labelled with the clauses it changed, at the height "
            "of the number of environments it targets (grey: none).",
        ),
    ]


def register_callbacks(app: Dash, data: DashboardData) -> None:
    # The page's own id never changes, so this runs once, when the page is drawn. The charts
    # below the headline are asked for once it is drawn: asked for with the page, their
    # response was parsed and rendered while the browser was still loading Plotly, in the
    # tasks before the headline's first draw.
    # Dash leaves clientside_callback unannotated; it takes the same arguments as callback.
    clientside_callback: Callable[..., None] = app.clientside_callback
    clientside_callback(
        ClientsideFunction(namespace="specdrift", function_name="afterHeadline"),
        Output("overview-headline-drawn", "data"),
        Input("overview-page", "id"),
    )

    @app.callback(
        Output("overview-later", "children"),
        Input("overview-headline-drawn", "data"),
        prevent_initial_call=True,
    )
    def _later(_drawn: float) -> list[Any]:
        return later(data)
