"""Charts shared by the weekly report and the dashboard, as plain Plotly figure dicts.

Plain dicts are what ``dcc.Graph`` sends to the browser and what ``plotly.io.to_html`` accepts, so
the dashboard and the HTML report draw the same figure from the same function. Trace names and
labels come from data (model names, environment ids): they are HTML-escaped, because plotly.js
renders a subset of HTML (links included) in them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from tracker.analysis.models import VERDICTS
from tracker.analysis.saturation_records import EnvironmentSaturation, SaturationPoint
from tracker.numbers import NO_VERDICT_COLOUR, VERDICT_COLOURS

DISCRIMINATING_COLOUR = "#1c63b7"
HELDOUT_LOST_COLOUR = "#5f3dc4"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def saturation_figure(
    timeline: Sequence[SaturationPoint],
    environments: Sequence[EnvironmentSaturation] = (),
    *,
    height: int = 360,
) -> dict[str, Any]:
    """Saturated environments per run stacked by verdict, one panel per model line.

    Each panel has the stacked areas of saturated environments by the verdict that explains the
    zero, a line for those that still discriminate, and a dotted line for the effective suite
    (discriminating and never targeted). Dashed vertical lines mark the dates held-out
    environments stopped being held-out (the first patch targeting them).
    """
    models = sorted({p.model for p in timeline})
    rows = max(len(models), 1)
    gap = 0.16  # room for the panel above's date ticks and this panel's title
    span = (1 - gap * (rows - 1)) / rows
    layout: dict[str, Any] = {
        "height": max(height, 220 * rows),
        "margin": {"l": 56, "r": 24, "t": 28, "b": 40},
        "font": {"family": FONT, "size": 12, "color": "#212529"},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "hovermode": "x unified",
        "legend": {"orientation": "h", "y": -0.12, "x": 0},
        "shapes": [],
        "annotations": [],
    }
    traces: list[dict[str, Any]] = []
    verdict_order = [*VERDICTS, "none"]
    for row, model in enumerate(models):
        suffix = "" if row == 0 else str(row + 1)
        top = 1 - row * (span + gap)
        layout[f"xaxis{suffix}"] = {
            "type": "date",
            "gridcolor": "#f1f3f5",
            "linecolor": "#ced4da",
            "anchor": f"y{suffix}",
            **({"matches": "x"} if row else {}),
        }
        layout[f"yaxis{suffix}"] = {
            "title": {"text": "environments"},
            "domain": [max(top - span, 0), top],
            "rangemode": "tozero",
            "gridcolor": "#f1f3f5",
            "anchor": f"x{suffix}",
        }
        layout["annotations"].append(
            {
                "text": f"<b>{escape(model)}</b>",
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": top,
                "yanchor": "bottom",
                "showarrow": False,
            }
        )
        points = [p for p in timeline if p.model == model]
        dates = [p.date.isoformat() for p in points]
        axes = {"xaxis": f"x{suffix}", "yaxis": f"y{suffix}"}
        for verdict in verdict_order:
            counts = [p.by_verdict.get(verdict, 0) for p in points]
            if not any(counts):
                continue
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "stackgroup": f"saturated-{row}",
                    "x": dates,
                    "y": counts,
                    "name": f"saturated: {verdict}",
                    "legendgroup": verdict,
                    "showlegend": row == 0,
                    "line": {
                        "width": 0.5,
                        "color": VERDICT_COLOURS.get(verdict, NO_VERDICT_COLOUR),
                    },
                    **axes,
                }
            )
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "x": dates,
                "y": [p.discriminating for p in points],
                "name": "discriminating",
                "legendgroup": "discriminating",
                "showlegend": row == 0,
                "line": {"color": DISCRIMINATING_COLOUR, "width": 2},
                "marker": {"size": 4},
                **axes,
            }
        )
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": dates,
                "y": [p.effective for p in points],
                "name": "effective suite (never targeted)",
                "legendgroup": "effective",
                "showlegend": row == 0,
                "line": {"color": DISCRIMINATING_COLOUR, "width": 1.5, "dash": "dot"},
                **axes,
            }
        )
        for env in environments:
            if env.model != model or env.split != "heldout" or env.heldout_lost_date is None:
                continue
            when = env.heldout_lost_date.isoformat()
            layout["shapes"].append(
                {
                    "type": "line",
                    "xref": f"x{suffix}",
                    "yref": f"y{suffix} domain",
                    "x0": when,
                    "x1": when,
                    "y0": 0,
                    "y1": 1,
                    "line": {"color": HELDOUT_LOST_COLOUR, "width": 1, "dash": "dash"},
                }
            )
            layout["annotations"].append(
                {
                    "text": f"held-out lost: {escape(env.env_id)}",
                    "xref": f"x{suffix}",
                    "yref": f"y{suffix} domain",
                    "x": when,
                    "y": 1,
                    "showarrow": False,
                    "font": {"size": 10, "color": HELDOUT_LOST_COLOUR},
                    "textangle": -90,
                    "xanchor": "right",
                    "yanchor": "top",
                }
            )
    for trace in traces:
        trace["name"] = escape(str(trace["name"]))
    return {"data": traces, "layout": layout}
