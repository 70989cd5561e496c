"""Figures as pure functions of data: Plotly figure dicts built from derived tables.

Figures are plain dicts (what ``dcc.Graph`` sends to the browser): building them skips Plotly's
Python-side validation, which is most of the cost of a page with many charts. The tests validate
them once through ``plotly.graph_objects.Figure``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from dashboard.derive import PatchMark
from tracker.numbers import format_interval, format_rate

Figure = dict[str, Any]

MISBEHAVIOUR = "#1c63b7"
AWARENESS = "#e8590c"
AWARENESS_COLOURS = ("#e8590c", "#f59f00", "#d6336c", "#ae3ec9")
PATCH_TARGETED = "#c92a2a"
PATCH_OTHER = "#adb5bd"
LINE_COLOURS = ("#1c63b7", "#0b7285", "#5f3dc4", "#2b8a3e")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def _iso(values: Sequence[Any] | pd.Series) -> list[str]:
    return [_iso_one(pd.Timestamp(v)) for v in values]


@lru_cache(maxsize=8192)
def _iso_one(value: pd.Timestamp) -> str:
    # A workspace has few distinct run dates, drawn in every chart: each is formatted once.
    return value.isoformat()


DIGITS = 6
"""Decimals of the rates sent to the browser: hover shows at most two decimals of a percentage
(four of the rate), so six change nothing on screen and drop a third of a chart's JSON."""


def _rounded(values: pd.Series | Sequence[float]) -> list[float | None]:
    """Rates as JSON numbers (NaN as null, which Plotly leaves as a gap), rounded to DIGITS."""
    array = np.round(np.asarray(values, dtype=float), DIGITS)
    return [None if np.isnan(v) else float(v) for v in array.tolist()]


def _rate_texts(values: pd.Series | Sequence[float]) -> list[str]:
    """Rates as the report writes them, for hovers: Plotly's ``.1%`` would show 0.04% as 0.0%,
    a zero that is not one."""
    return [format_rate(v) for v in _rounded(values)]


def _base_layout(height: int, title: str | None = None) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "height": height,
        "margin": {"l": 52, "r": 56, "t": 36 if title else 16, "b": 40},
        "font": {"family": FONT, "size": 12, "color": "#212529"},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "hovermode": "x unified",
        "legend": {"orientation": "h", "y": -0.18, "x": 0},
        "xaxis": {"type": "date", "gridcolor": "#f1f3f5", "linecolor": "#ced4da"},
        "yaxis": {
            "title": {"text": "misbehaviour"},
            "tickformat": ".0%",
            "rangemode": "tozero",
            "gridcolor": "#f1f3f5",
            "zeroline": True,
            "zerolinecolor": "#ced4da",
        },
    }
    if title:
        layout["title"] = {"text": title, "x": 0, "font": {"size": 14}}
    return layout


def _awareness_axis() -> dict[str, Any]:
    return {
        "title": {"text": "awareness", "font": {"color": AWARENESS}},
        "tickformat": ".0%",
        "overlaying": "y",
        "side": "right",
        "rangemode": "tozero",
        "showgrid": False,
        "tickfont": {"color": AWARENESS},
    }


def patch_shapes(patches: Sequence[PatchMark], env_id: str | None = None) -> list[dict[str, Any]]:
    """Vertical lines at patches: solid for those that target ``env_id``, faint for the others.

    With ``env_id`` None (cross-environment charts) every patch is drawn solid when it targets
    any environment, faint otherwise.
    """
    shapes = []
    for mark in patches:
        targeted = bool(mark.targets) if env_id is None else mark.targets_env(env_id)
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": mark.date.isoformat(),
                "x1": mark.date.isoformat(),
                "y0": 0,
                "y1": 1,
                "layer": "below",
                "opacity": 0.9 if targeted else 0.5,
                "line": {
                    "color": PATCH_TARGETED if targeted else PATCH_OTHER,
                    "width": 2 if targeted else 1,
                    "dash": "solid" if targeted else "dot",
                },
            }
        )
    return shapes


def _patch_hover(mark: PatchMark, env_id: str | None) -> str:
    clauses = ", ".join(mark.clauses) or "no clause changes"
    lines = [f"<b>patch {mark.label}</b>", f"clauses: {clauses}"]
    if env_id is not None:
        lines.append("targets this environment" if mark.targets_env(env_id) else "not targeted")
    elif mark.targets:
        lines.append(
            f"targets: {', '.join(mark.targets[:6])}" + (" ..." if len(mark.targets) > 6 else "")
        )
    return "<br>".join(_escape_hover(line) if i else line for i, line in enumerate(lines))


def _escape_hover(text: str) -> str:
    # Plotly renders a subset of HTML in hover text; clause ids and env ids are data, not markup.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def patch_hover_traces(
    patches: Sequence[PatchMark], y: float, env_id: str | None = None
) -> list[dict[str, Any]]:
    """Markers at the top of the chart at each patch, whose hover names the patch's clauses."""
    traces = []
    for targeted in (True, False):
        chosen = [
            m
            for m in patches
            if (m.targets_env(env_id) if env_id is not None else bool(m.targets)) == targeted
        ]
        if not chosen:
            continue
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": "patch (targets)" if targeted else "patch (other)",
                "x": [m.date.isoformat() for m in chosen],
                "y": [y] * len(chosen),
                "marker": {
                    "symbol": "triangle-down",
                    "size": 10 if targeted else 7,
                    "color": PATCH_TARGETED if targeted else PATCH_OTHER,
                },
                "hovertemplate": "%{text}<extra></extra>",
                "text": [_patch_hover(m, env_id) for m in chosen],
                "showlegend": True,
            }
        )
    return traces


def _band_traces(
    x: list[str],
    low: pd.Series | Sequence[float],
    high: pd.Series | Sequence[float],
    colour: str,
    group: str,
) -> list[dict[str, Any]]:
    return [
        {
            "type": "scatter",
            "x": x,
            "y": _rounded(high),
            "mode": "lines",
            "line": {"width": 0},
            "hoverinfo": "skip",
            "showlegend": False,
            "legendgroup": group,
        },
        {
            "type": "scatter",
            "x": x,
            "y": _rounded(low),
            "mode": "lines",
            "line": {"width": 0},
            "fill": "tonexty",
            "fillcolor": _with_alpha(colour, 0.18),
            "hoverinfo": "skip",
            "name": "95% interval",
            "showlegend": False,
            "legendgroup": group,
        },
    ]


def _with_alpha(hex_colour: str, alpha: float) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def env_rate_figure(
    series: pd.DataFrame,
    patches: Sequence[PatchMark],
    env_id: str,
    height: int = 300,
    title: str | None = None,
    legend: bool = True,
    model_lines: Sequence[str] = (),
) -> Figure:
    """One environment's misbehaviour over checkpoints with its Wilson band, per model line.

    ``series`` holds :func:`dashboard.derive.run_rates` rows of this environment. Awareness is
    on a second axis (dashed); patches are vertical lines, solid when they target ``env_id``.
    ``model_lines`` fixes each line's colour across charts (default: the series' own lines).
    """
    traces: list[dict[str, Any]] = []
    top = 0.05
    present = set(series["model"].unique()) if not series.empty else set()
    models = [m for m in model_lines if m in present] + sorted(present - set(model_lines))
    # One pass over the series instead of a boolean mask per model line.
    by_model = {str(m): rows for m, rows in series.groupby("model", sort=False)}
    for model in models:
        index = list(model_lines).index(model) if model in model_lines else models.index(model)
        rows = by_model[str(model)]
        colour = LINE_COLOURS[index % len(LINE_COLOURS)]
        x = _iso(rows["date"])
        top = max(top, float(rows["high"].max()))
        traces.extend(_band_traces(x, rows["low"], rows["high"], colour, str(model)))
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": f"{model} misbehaviour",
                "legendgroup": str(model),
                "x": x,
                "y": _rounded(rows["rate"]),
                "customdata": list(
                    zip(
                        rows["misbehaved"].tolist(),
                        rows["n"].tolist(),
                        _rate_texts(rows["rate"]),
                        strict=True,
                    )
                ),
                "line": {"color": colour, "width": 2},
                "marker": {"size": 5},
                "hovertemplate": "%{customdata[2]} (%{customdata[0]}/%{customdata[1]})",
            }
        )
        if "aware_corrected" in rows and rows["aware_corrected"].notna().any():
            traces += _corrected_awareness_traces(x, rows, str(model), index)
        elif rows["aware_rate"].notna().any():
            traces.append(
                _awareness_trace(x, rows["aware_rate"], str(model), index, f"{model} awareness")
            )
    traces.extend(patch_hover_traces(patches, top * 1.08, env_id))
    layout = _base_layout(height, title)
    layout["yaxis2"] = _awareness_axis()
    layout["shapes"] = patch_shapes(patches, env_id)
    layout["yaxis"]["range"] = [0, top * 1.15]
    if not legend:
        layout["showlegend"] = False
        layout["margin"]["b"] = 28
    return {"data": traces, "layout": layout}


def _corrected_awareness_traces(
    x: list[str], rows: pd.DataFrame, model: str, index: int
) -> list[dict[str, Any]]:
    """Detected awareness corrected for misclassification, with its 95% band (second axis).

    Runs whose labels did not come from the detector keep their labelled rate on the line.
    """
    colour = AWARENESS_COLOURS[index % len(AWARENESS_COLOURS)]
    corrected = rows["aware_corrected"].where(rows["aware_corrected"].notna(), rows["aware_rate"])
    band_low = rows["aware_corrected_low"].where(rows["aware_corrected_low"].notna(), corrected)
    band_high = rows["aware_corrected_high"].where(rows["aware_corrected_high"].notna(), corrected)

    band = {"mode": "lines", "line": {"width": 0}, "hoverinfo": "skip", "showlegend": False}
    line = _awareness_trace(x, corrected, model, index, f"{model} awareness (corrected)")
    line["customdata"] = list(
        zip(_rate_texts(corrected), _rate_texts(rows["aware_rate"]), strict=True)
    )
    line["hovertemplate"] = "aware %{customdata[0]} corrected (detected %{customdata[1]})"
    return [
        {"type": "scatter", "x": x, "y": _rounded(band_high), "yaxis": "y2", **band},
        {
            "type": "scatter",
            "x": x,
            "y": _rounded(band_low),
            "yaxis": "y2",
            "fill": "tonexty",
            "fillcolor": _rgba(colour, 0.15),
            "legendgroup": model,
            **band,
        },
        line,
    ]


def _rgba(hex_colour: str, alpha: float) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def _awareness_trace(
    x: list[str], rates: pd.Series, model: str, index: int, name: str
) -> dict[str, Any]:
    """A model line's awareness rate, dashed on the second axis, in the line's awareness colour."""
    return {
        "type": "scatter",
        "mode": "lines",
        "name": name,
        "legendgroup": model,
        "x": x,
        "y": _rounded(rates),
        "yaxis": "y2",
        "line": {
            "color": AWARENESS_COLOURS[index % len(AWARENESS_COLOURS)],
            "width": 1.5,
            "dash": "dash",
        },
        "customdata": _rate_texts(rates),
        "hovertemplate": "aware %{customdata}",
    }


def headline_figure(
    headline: pd.DataFrame, patches: Sequence[PatchMark], height: int = 380
) -> Figure:
    """Unweighted mean misbehaviour across environments per checkpoint, with its interval, beside
    the mean awareness rate (second axis), with spec patches marked on the time axis."""
    traces: list[dict[str, Any]] = []
    top = 0.05
    models = sorted(headline["model"].unique()) if not headline.empty else []
    for index, model in enumerate(models):
        rows = headline.loc[headline["model"] == model]
        colour = LINE_COLOURS[index % len(LINE_COLOURS)]
        x = _iso(rows["date"])
        top = max(top, float(rows["high"].max()))
        traces.extend(_band_traces(x, rows["low"], rows["high"], colour, str(model)))
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": f"{model}: mean misbehaviour",
                "legendgroup": str(model),
                "x": x,
                "y": _rounded(rows["mean"]),
                "customdata": list(
                    zip(
                        _rate_texts(rows["mean"]),
                        [
                            format_interval(low, high)
                            for low, high in zip(
                                _rounded(rows["low"]), _rounded(rows["high"]), strict=True
                            )
                        ],
                        strict=True,
                    )
                ),
                "line": {"color": colour, "width": 2.5},
                "marker": {"size": 5},
                "hovertemplate": "%{customdata[0]} %{customdata[1]}",
            }
        )
        if rows["aware_mean"].notna().any():
            traces.append(
                _awareness_trace(
                    x, rows["aware_mean"], str(model), index, f"{model}: mean awareness"
                )
            )
    traces.extend(patch_hover_traces(patches, top * 1.08))
    layout = _base_layout(height)
    layout["yaxis"]["title"] = {"text": "mean misbehaviour (unweighted)"}
    layout["yaxis"]["range"] = [0, top * 1.15]
    layout["yaxis2"] = _awareness_axis()
    layout["shapes"] = patch_shapes(patches)
    return {"data": traces, "layout": layout}


def patch_timeline_figure(patches: Sequence[PatchMark], height: int = 240) -> Figure:
    """Spec patches on a time axis, height the number of environments each targets.

    Labels are the clauses a patch changed, alternately above and below so neighbours do not
    collide; hover gives the subject and the targets.
    """

    def clauses(mark: PatchMark) -> str:
        return ", ".join(mark.clauses[:2]) + (" ..." if len(mark.clauses) > 2 else "")

    trace = {
        "type": "scatter",
        "mode": "markers+text",
        "x": [m.date.isoformat() for m in patches],
        "y": [len(m.targets) for m in patches],
        "text": [clauses(m) for m in patches],
        "textposition": ["top center" if i % 2 else "bottom center" for i in range(len(patches))],
        "textfont": {"size": 10, "color": "#495057"},
        "marker": {
            "size": 11,
            "color": [PATCH_TARGETED if m.targets else PATCH_OTHER for m in patches],
            "line": {"width": 1, "color": "white"},
        },
        "customdata": [
            [
                _escape_hover(m.label),
                _escape_hover(m.subject),
                _escape_hover(", ".join(m.targets[:6]) + (" ..." if len(m.targets) > 6 else "")),
            ]
            for m in patches
        ],
        "hovertemplate": "<b>%{customdata[0]}</b> %{x|%Y-%m-%d}<br>%{customdata[1]}<br>"
        "targets %{y}: %{customdata[2]}<extra></extra>",
    }
    layout = _base_layout(height)
    layout["hovermode"] = "closest"
    top = max((len(m.targets) for m in patches), default=1)
    layout["yaxis"] = {
        "title": {"text": "environments targeted"},
        "range": [-0.8, top + 0.8],
        "gridcolor": "#f1f3f5",
        "dtick": 1 if top <= 6 else None,
        "zeroline": False,
    }
    layout["showlegend"] = False
    return {"data": [trace], "layout": layout}


def versions_timeline_figure(versions: pd.DataFrame, height: int = 220) -> Figure:
    """Spec versions on a time axis; ``versions`` has date, label, subject, changes columns."""
    trace = {
        "type": "scatter",
        "mode": "markers+text",
        "x": _iso(versions["date"]) if not versions.empty else [],
        "y": versions["changes"].tolist() if not versions.empty else [],
        "text": versions["label"].tolist() if not versions.empty else [],
        "textposition": "top center",
        "textfont": {"size": 10},
        "marker": {"size": 10, "color": MISBEHAVIOUR, "line": {"width": 1, "color": "white"}},
        "customdata": [[_escape_hover(s)] for s in versions["subject"]]
        if not versions.empty
        else [],
        "hovertemplate": "<b>%{text}</b> %{x|%Y-%m-%d}<br>%{customdata[0]}<br>"
        "%{y} clause change(s)<extra></extra>",
    }
    layout = _base_layout(height)
    layout["hovermode"] = "closest"
    layout["yaxis"] = {"title": {"text": "clause changes"}, "rangemode": "tozero"}
    layout["showlegend"] = False
    return {"data": [trace], "layout": layout}


def legend_items(model_lines: Sequence[str]) -> list[tuple[str, str, str]]:
    """(label, colour, line style) of every series the environment charts draw, for a shared
    legend beside small charts that have none of their own."""
    items = []
    for index, model in enumerate(model_lines):
        items.append((f"{model} misbehaviour", LINE_COLOURS[index % len(LINE_COLOURS)], "solid"))
        items.append(
            (f"{model} awareness", AWARENESS_COLOURS[index % len(AWARENESS_COLOURS)], "dashed")
        )
    items.append(("patch targeting it", PATCH_TARGETED, "solid"))
    items.append(("other patch", PATCH_OTHER, "dotted"))
    return items
