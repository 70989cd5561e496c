"""Environments: a filterable table of every environment and model line, with charts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pandas as pd
from dash import ClientsideFunction, Dash, Input, Output, Patch, State, dcc, html

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
                data={"rows": rows, "environments": len(data.environments)},
            ),
            legend_strip(data.model_lines),
            html.Div(charts_view(data, _ALL), id="environments-charts", className="chart-grid"),
            # Which environments the cards show, so a filter redraws only the cards it changes.
            dcc.Store(id="environments-charts-shown", data=chart_envs(data, _ALL)),
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


def _charts_key(filters: Filters) -> html.Span:
    return html.Span(json.dumps(list(filters)), className="charts-key", hidden=True)


def charts_view(data: DashboardData, filters: Filters) -> list[Any]:
    """Chart cards of the first environments the filters keep, with a hidden key naming the
    filters (so a test can tell which filters the charts on screen belong to)."""
    return [
        _charts_key(filters),
        *(chart_card(data, e, slot) for slot, e in enumerate(chart_envs(data, filters))),
    ]


def charts_update(
    data: DashboardData, filters: Filters, shown: list[str] | None
) -> tuple[Any, list[str]]:
    """The charts for ``filters`` as a partial update of the cards of ``shown`` environments.

    A card depends only on its environment, so a card whose environment stays in its place is
    kept as drawn: a filter on model line, or one that keeps the same first environments, sends
    the key alone and the browser redraws no chart (``dash.Patch``, issue 18). A card whose
    environment changed keeps its chart and gets the new figure (Plotly redraws in place, no
    new plot to build and size), with its new title and subtitle.
    """
    env_ids = chart_envs(data, filters)
    if shown is None:
        return charts_view(data, filters), env_ids
    patch = Patch()
    patch[0] = _charts_key(filters)
    for index, env_id in enumerate(env_ids):
        if index >= len(shown):
            patch.append(chart_card(data, env_id, index))
        elif shown[index] != env_id:
            head, subtitle, figure = _card_parts(data, env_id)
            card = patch[index + 1]["props"]["children"]
            card[0] = head
            card[1] = subtitle
            card[2]["props"]["figure"] = figure
    for index in range(len(shown) - 1, len(env_ids) - 1, -1):
        del patch[index + 1]
    return patch, env_ids


def filter_environments(
    data: DashboardData,
    models: list[str] | None,
    categories: list[str] | None,
    splits: list[str] | None,
    verdicts: list[str] | None,
) -> tuple[list[dict[str, Any]], str, list[Any]]:
    """Table rows, a one-line summary, and chart cards for the environments the filters keep."""
    filters: Filters = (models, categories, splits, verdicts)
    rows, summary = table_view(data, filters)
    return rows, summary, charts_view(data, filters)


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


def chart_card(data: DashboardData, env_id: str, slot: int) -> html.Div:
    """The card in place ``slot`` of the grid; its chart is named by the place, since a filter
    gives the same chart another environment's figure (``charts_update``)."""
    head, subtitle, figure = _card_parts(data, env_id)
    return html.Div(
        [head, subtitle, graph(f"environments-chart-{slot}", figure, 240)],
        className="card chart-card",
    )


def register_callbacks(app: Dash, data: DashboardData) -> None:
    # The table is filtered in the browser (it needs no server data): the filters' first call
    # fills it from the store, later ones narrow it with no request. The charts need the
    # server's figures; they are asked for once the new table is painted. (Answering the
    # filters directly, the charts' response came back so fast that one render drew both, and
    # the table waited for four charts to be drawn: 1.1 s median, measured. Chained on the
    # table's data: 0.6 s, the same.)
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

    @app.callback(
        Output("environments-charts", "children"),
        Output("environments-charts-shown", "data"),
        Input("environments-table-painted", "data"),
        *(State(id_, "value") for id_ in filters),
        State("environments-charts-shown", "data"),
        prevent_initial_call=True,
    )
    def _charts(
        _painted: float,
        models: list[str] | None,
        categories: list[str] | None,
        splits: list[str] | None,
        verdicts: list[str] | None,
        shown: list[str] | None,
    ) -> tuple[Any, list[str]]:
        return charts_update(data, (models, categories, splits, verdicts), shown)
