"""Environments: a filterable table of every environment and model line, with charts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import flask
import pandas as pd
from dash import ALL, ClientsideFunction, Dash, Input, Output, Patch, State, dcc, html
from plotly.utils import PlotlyJSONEncoder

from dashboard.components import (
    data_table,
    env_href,
    graph,
    legend_strip,
    markdown_link,
    section,
)
from dashboard.data import NO_VERDICT, DashboardData, current_data
from dashboard.derive import filter_table
from dashboard.figures import Figure
from tracker.analysis.models import VERDICTS
from tracker.benchmarks.models import SPLITS
from tracker.numbers import MISSING, VERDICT_COLOURS, format_counts, format_rate, format_scores

PATH = "/environments"
CHARTS_SHOWN = 4
"""Charts drawn under the table: the first environments of the filtered table, flagged first."""

TABLE_COLUMNS = [
    {"id": "environment", "name": "environment", "presentation": "markdown"},
    {"id": "category", "name": "category"},
    {"id": "split", "name": "split"},
    {"id": "model", "name": "model line"},
    {"id": "latest", "name": "latest rate"},
    {"id": "aware", "name": "awareness"},
    {"id": "verdict", "name": "verdict"},
    {"id": "scores", "name": "patch / aware / broad"},
]


def layout(**_url: Any) -> html.Div:
    return render(current_data())


def _dropdown(id_: str, options: list[str], placeholder: str, multi: bool = True) -> dcc.Dropdown:
    return dcc.Dropdown(
        id=id_,
        options=[{"label": o, "value": o} for o in options],
        multi=multi,
        placeholder=placeholder,
        className="filter",
    )


def render(data: DashboardData) -> html.Div:
    filters = html.Div(
        [
            _dropdown("environments-model", data.model_lines, "all model lines"),
            _dropdown("environments-category", data.categories, "all categories"),
            _dropdown("environments-split", list(SPLITS), "all splits"),
            _dropdown("environments-verdict", [*VERDICTS, NO_VERDICT], "all verdicts"),
        ],
        className="filters",
        id="environments-filters",
    )
    rows, summary = table_view(data, _ALL)
    return html.Div(
        [
            html.H1("Environments"),
            filters,
            html.P(summary, id="environments-summary", className="muted"),
            section(
                "Every environment and model line",
                # The rows arrive from the store below (the clientside filter's first call),
                # so the page carries them once.
                data_table(
                    "environments-table",
                    TABLE_COLUMNS,
                    [],
                    page_size=15,
                    sort_action="native",
                    style_data_conditional=[
                        {
                            "if": {"filter_query": f'{{verdict}} = "{v}"', "column_id": "verdict"},
                            "color": c,
                            "fontWeight": 600,
                        }
                        for v, c in VERDICT_COLOURS.items()
                    ],
                ),
            ),
            # Every row, for the filters to narrow in the browser (clientside.js).
            dcc.Store(
                id="environments-rows",
                data={
                    "rows": rows,
                    "environments": len(data.environments),
                    "charts": CHARTS_SHOWN,
                },
            ),
            legend_strip(data.model_lines),
            html.Div(
                charts_layout(data, chart_envs(data, _ALL)),
                id="environments-charts",
                className="chart-grid",
            ),
            # The cards the browser holds, by environment, for the charts to be placed with no
            # request; it starts with the cards drawn after the first paint (charts_layout).
            dcc.Store(id="environments-cards", data=cards_of(data, chart_envs(data, _ALL)[1:])),
            # The environment each slot shows (None: empty), as placed by clientside.js.
            dcc.Store(id="environments-charts-shown", data=_first_shown(data)),
            # Cards the browser asked for (environments missing from environments-cards).
            dcc.Store(id="environments-cards-wanted"),
            # Set when the browser has painted a new table: the charts follow it.
            dcc.Store(id="environments-table-painted"),
        ],
        className="page",
        id="environments-page",
    )


Filters = tuple[list[str] | None, list[str] | None, list[str] | None, list[str] | None]
"""Chosen model lines, categories, splits and verdicts (None or empty: all)."""
_ALL: Filters = (None, None, None, None)


def _sorted(data: DashboardData) -> pd.DataFrame:
    """The environment table, flagged rows first, then by id and model line, with each row's
    position (``_row``) in that order; sorted once per table, not per filter."""
    table = data.env_table
    return (
        table.assign(_unflagged=table["verdict"] == NO_VERDICT)
        .sort_values(["_unflagged", "env_id", "model"], ignore_index=True)
        .assign(_row=lambda t: range(len(t)))
    )


def _rows(data: DashboardData) -> list[dict[str, Any]]:
    """Every table row formatted for display, in the order of ``_sorted``."""
    return [_table_row(row) for row in data.memo("environments.sorted", _sorted).to_dict("records")]


def filtered(data: DashboardData, filters: Filters) -> pd.DataFrame:
    """The environment table rows the filters keep, flagged ones first, then by id."""
    models, categories, splits, verdicts = filters
    return filter_table(
        data.memo("environments.sorted", _sorted),
        [("model", models), ("category", categories), ("split", splits), ("verdict", verdicts)],
    )


def table_view(data: DashboardData, filters: Filters) -> tuple[list[dict[str, Any]], str]:
    """Table rows and a one-line summary for the filters (in the browser the same is done by
    clientside.js's ``filterEnvironments`` on the rows of ``_ALL``)."""
    table = filtered(data, filters)
    every = data.memo("environments.rows", _rows)
    rows = [every[i] for i in table["_row"]]
    envs = table["env_id"].nunique()
    return rows, f"{len(table)} rows: {envs} environment(s) of {len(data.environments)}"


def chart_envs(data: DashboardData, filters: Filters) -> list[str]:
    """The environments whose charts are drawn for ``filters``: the first CHARTS_SHOWN."""
    table = filtered(data, filters)
    return [str(e) for e in table["env_id"].drop_duplicates()[:CHARTS_SHOWN]]


def charts_key(filters: Filters) -> str:
    """The hidden text naming the filters the charts on screen belong to (so a test or the
    benchmark can tell when the charts of new filters are drawn); clientside.js writes the same
    text with ``JSON.stringify``."""
    return json.dumps(list(filters), separators=(",", ":"))


CARD = "environments-card"
"""The type of a chart card's id; the ids of its head, subtitle and graph add these suffixes.
Each is ``{"type": ..., "slot": i}``, a pattern that the placing callback matches with ALL: a
card, once in a slot, stays there and is updated in place (its graph redrawn with
``Plotly.react`` on the chart already there, not replaced by a new one; see register_callbacks),
and the callback updates the cards that exist, however many slots have one yet."""
CARD_PARTS = ("", "-head", "-subtitle", "-graph")


def _slot(index: int, card: html.Div | None) -> html.Div:
    return html.Div(card, id=f"environments-slot-{index}", className="chart-slot")


def slotted(card: html.Div, slot: int) -> html.Div:
    """``card`` (as :func:`chart_card` builds it) with the ids of slot ``slot``, as
    clientside.js's ``withSlotIds`` gives them to a card it places in an empty slot."""
    head, subtitle, chart = card.children
    for part, component in zip(CARD_PARTS, (card, head, subtitle, chart), strict=True):
        component.id = {"type": CARD + part, "slot": slot}
    return card


def charts_layout(data: DashboardData, env_ids: list[str]) -> list[Any]:
    """The chart grid as first sent: the key, then CHARTS_SHOWN slots, the first holding the
    first environment's card and the others empty: their cards come in the page's store and
    are placed after the first paint (clientside.js ``placeCharts``), so the first render draws
    one chart, as the bare Dash page does, and the table is not held up by four (issue 18)."""
    first = [slotted(chart_card(data, env_ids[0]), 0)] if env_ids else []
    return [
        html.Span(
            charts_key(_ALL), id="environments-charts-key", className="charts-key", hidden=True
        ),
        *(_slot(i, first[i] if i < len(first) else None) for i in range(CHARTS_SHOWN)),
    ]


def _first_shown(data: DashboardData) -> list[str | None]:
    env_ids = chart_envs(data, _ALL)
    return [env_ids[0] if env_ids else None] + [None] * (CHARTS_SHOWN - 1)


def cards_of(data: DashboardData, env_ids: list[str]) -> dict[str, Any]:
    """The chart cards of ``env_ids`` by environment, for the browser's store of cards."""
    return {env_id: chart_card(data, env_id) for env_id in env_ids}


PREFETCH_ROUTE = "/_specdrift/environment-cards"
"""Where the page fetches, once it has drawn its charts and is idle, the cards a first choice
in any one filter would place (:func:`prefetch_envs`), outside Dash's callbacks: a card asked
for through them holds the placing callback until it arrives (Dash waits for a callback whose
input may still change), and a filter that finds its cards held draws with no request."""


def prefetch_envs(data: DashboardData) -> list[str]:
    """The environments whose charts a single choice in one filter shows (each model line,
    category, split or verdict alone), in filter order, each once."""
    choices: list[tuple[int, list[str]]] = [
        (0, list(data.model_lines)),
        (1, list(data.categories)),
        (2, list(SPLITS)),
        (3, [*VERDICTS, NO_VERDICT]),
    ]
    envs: dict[str, None] = {}
    for position, values in choices:
        for value in values:
            chosen: list[list[str] | None] = [None, None, None, None]
            chosen[position] = [value]
            filters: Filters = (chosen[0], chosen[1], chosen[2], chosen[3])
            envs.update(dict.fromkeys(chart_envs(data, filters)))
    return list(envs)


def prefetch_cards(data: DashboardData) -> dict[str, Any]:
    """The cards of :func:`prefetch_envs` by environment, as the page's store holds them."""
    return cards_of(data, data.memo("environments.prefetch", prefetch_envs))


def cards_update(data: DashboardData, wanted: list[str]) -> Patch:
    """The cards the browser asked for, added to its store (a partial update: the cards it
    already holds are not sent again, ``dash.Patch``)."""
    patch = Patch()
    for env_id in wanted:
        if env_id in data.environments:
            patch[env_id] = chart_card(data, env_id)
    return patch


def filter_environments(
    data: DashboardData,
    models: list[str] | None,
    categories: list[str] | None,
    splits: list[str] | None,
    verdicts: list[str] | None,
) -> tuple[list[dict[str, Any]], str, list[Any]]:
    """Table rows, a one-line summary, and the chart cards of the environments the filters keep
    (in the browser, clientside.js does the same from the page's stores)."""
    filters: Filters = (models, categories, splits, verdicts)
    rows, summary = table_view(data, filters)
    return rows, summary, [chart_card(data, e) for e in chart_envs(data, filters)]


def _table_row(row: dict[Any, Any]) -> dict[str, Any]:
    scores = (
        MISSING
        if row["verdict"] == NO_VERDICT
        else format_scores(row["patch_score"], row["awareness_score"], row["broad_score"])
    )
    aware = row["latest_aware"]
    return {
        # Not a column: the clientside filter counts environments by it.
        "env_id": row["env_id"],
        "environment": markdown_link(str(row["name"]), env_href(row["env_id"], row["model"])),
        "category": row["category"],
        "split": row["split"],
        "model": row["model"],
        "latest": format_counts(row["latest_x"], row["latest_n"], row["latest_rate"]),
        "aware": format_rate(None if pd.isna(aware) else float(aware)),
        "verdict": row["verdict"],
        "scores": scores,
    }


def _card_parts(data: DashboardData, env_id: str) -> tuple[html.Div, html.Div, Figure]:
    """A chart card's title with verdict badges, its subtitle, and its figure."""
    env = data.environments.get(env_id)
    flags = [
        data.flag_index[(env_id, m)] for m in data.model_lines if (env_id, m) in data.flag_index
    ]
    badges = [
        html.Span(
            f"{f.model}: {f.verdict}",
            className="mini-badge",
            style={"borderColor": VERDICT_COLOURS[f.verdict]},
        )
        for f in flags
    ]
    head = html.Div(
        [
            dcc.Link(env.name if env else env_id, href=env_href(env_id), className="card-title"),
            *badges,
        ],
        className="chart-head",
    )
    subtitle = html.Div(f"{env.category} · {env.split}" if env else "", className="muted small")
    return head, subtitle, data.env_figure(env_id, 240, legend=False)


def chart_card(data: DashboardData, env_id: str) -> html.Div:
    """An environment's card: title with verdict badges, subtitle and chart (three children,
    in this order: clientside.js's ``placeCharts`` reads them). It has no ids: the same card
    goes into whichever slot of the grid the filters put it in (:func:`slotted`). The figure
    names its environment (``layout.meta``), so the page can tell which environment a chart
    shows once drawn (the benchmark does)."""
    head, subtitle, figure = _card_parts(data, env_id)
    figure = {**figure, "layout": {**figure["layout"], "meta": env_id}}
    return html.Div([head, subtitle, graph(None, figure, 240)], className=CARD_SHOWN)


CARD_SHOWN = "card chart-card"
CARD_HIDDEN = "card chart-card-hidden"
"""The class of a card whose slot has no environment for the filters: hidden, kept with its
chart for the next environment placed there."""
CARD_PENDING = "card chart-card chart-pending"
"""The class clientside.js gives a card placed while off screen: its title is the new
environment's, its chart is drawn when the card comes into view (IntersectionObserver) and
its old chart is hidden until then."""


def register_callbacks(app: Dash, data: DashboardData) -> None:
    # Filters, table and charts all work in the browser on data the page holds (clientside.js):
    # the filters narrow the table with no request, and once the new table is painted the
    # charts of its first environments are placed from the store of cards. Only a card the
    # browser does not hold yet is asked for. (Answering the filters and charts in one render,
    # the table waited for four charts to be drawn: 1.1 s median, measured. Sent as a partial
    # update of the whole grid, applying it took 0.6-1 s in the browser and redrew every chart,
    # even unchanged ones, measured in a Chrome trace.)
    filters = (
        "environments-model",
        "environments-category",
        "environments-split",
        "environments-verdict",
    )
    # Dash leaves clientside_callback unannotated; it takes the same arguments as callback.
    clientside_callback: Callable[..., None] = app.clientside_callback
    clientside_callback(
        ClientsideFunction(namespace="specdrift", function_name="filterEnvironments"),
        Output("environments-table", "data"),
        Output("environments-summary", "children"),
        *(Input(id_, "value") for id_ in filters),
        State("environments-rows", "data"),
    )

    clientside_callback(
        ClientsideFunction(namespace="specdrift", function_name="afterPaint"),
        Output("environments-table-painted", "data"),
        Input("environments-table", "data"),
        prevent_initial_call=True,
    )

    # Two callbacks, not one: the one that asks for cards must not read the store of cards as
    # an input, or the request and its answer would form a cycle, which Dash refuses.
    clientside_callback(
        ClientsideFunction(namespace="specdrift", function_name="missingCards"),
        Output("environments-cards-wanted", "data"),
        Input("environments-table-painted", "data"),
        State("environments-table", "data"),
        State("environments-rows", "data"),
        State("environments-cards", "data"),
        State("environments-charts-shown", "data"),
        prevent_initial_call=True,
    )

    # A slot with no card yet gets one (children); a slot with a card has it updated in place
    # (the ALL outputs: class, head, subtitle and figure of every card there is), so its chart
    # is redrawn by Plotly.react on the plot already drawn. (A new card per filter drew a new
    # plot each time: Plotly built its DOM again, dcc.Graph purged the old one and resized the
    # new one, measured in the page at 4 plots per filter.)
    clientside_callback(
        ClientsideFunction(namespace="specdrift", function_name="placeCharts"),
        *(Output(f"environments-slot-{i}", "children") for i in range(CHARTS_SHOWN)),
        Output({"type": CARD, "slot": ALL}, "className"),
        Output({"type": CARD + "-head", "slot": ALL}, "children"),
        Output({"type": CARD + "-subtitle", "slot": ALL}, "children"),
        Output({"type": CARD + "-graph", "slot": ALL}, "figure"),
        Output("environments-charts-key", "children"),
        Output("environments-charts-shown", "data"),
        Input("environments-table-painted", "data"),
        Input("environments-cards", "data"),
        State("environments-table", "data"),
        State("environments-rows", "data"),
        State("environments-charts-shown", "data"),
        *(State(id_, "value") for id_ in filters),
        prevent_initial_call=True,
    )

    @app.callback(
        Output("environments-cards", "data"),
        Input("environments-cards-wanted", "data"),
        prevent_initial_call=True,
    )
    def _cards(wanted: list[str]) -> Patch:
        return cards_update(data, wanted)

    def _prefetch() -> flask.Response:
        body = json.dumps(prefetch_cards(data), cls=PlotlyJSONEncoder, separators=(",", ":"))
        return flask.Response(body, mimetype="application/json")

    # A GET that reads only: the app's host check applies to it as to every request.
    app.server.add_url_rule(PREFETCH_ROUTE, "specdrift_environment_cards", _prefetch)
