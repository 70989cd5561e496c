"""Render the weekly report as one self-contained HTML page, readable offline.

plotly.js is inlined once in the page head (no CDN); each chart is a div plus a small script
that draws it. Every string from data goes through ``html.escape`` (``escape.h``), table cells
and headings alike; chart data is JSON with ``<`` and ``>`` escaped by plotly, and trace names
and category labels are escaped too because plotly.js renders a subset of HTML (``<a href>``
included) in legends and axis labels. No sanitiser is needed: no data is meant to be markup.
"""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from tracker.analysis.models import VERDICTS
from tracker.numbers import format_rate, format_score, format_window, verdict_css
from tracker.reports.charts import saturation_figure
from tracker.reports.escape import h
from tracker.reports.models import WeeklyReport
from tracker.reports.weekly_markdown import (
    WEEK_SOURCE_TEXT,
    change_note,
    run_cells,
    suite_sentence,
)

_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:70rem;
 color:#1f2933;line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem}h2{border-bottom:1px solid #d9e2ec;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #d9e2ec;
 padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f0f4f8}
code{background:#f0f4f8;padding:0 .2rem;border-radius:3px}
.verdict{font-weight:600}.chart{height:360px;margin:1rem 0}.muted{color:#52606d}
""" + verdict_css()

CHART_IDS = ("chart-awareness", "chart-verdicts")
"""The charts every report draws (tests look for them)."""
SATURATION_CHART_ID = "chart-saturation"
"""Drawn when the report carries the suite's saturation."""


def _awareness_figure(report: WeeklyReport) -> go.Figure:
    figure = go.Figure()
    models = sorted({p.model for p in report.awareness})
    for model in models:
        points = [p for p in report.awareness if p.model == model]
        # plotly.js reads a subset of HTML (links included) in category labels too.
        weeks = [h(p.week) for p in points]
        figure.add_trace(
            go.Scatter(
                x=weeks,
                y=[p.awareness for p in points],
                mode="lines+markers",
                name=h(f"{model} awareness"),
            )
        )
        figure.add_trace(
            go.Scatter(
                x=weeks,
                y=[p.misbehaviour for p in points],
                mode="lines+markers",
                line={"dash": "dot"},
                name=h(f"{model} misbehaviour"),
            )
        )
    figure.update_layout(
        title="Awareness and misbehaviour by week (unweighted mean over environments)",
        yaxis={"tickformat": ".0%", "rangemode": "tozero"},
        xaxis={"type": "category"},
        template="plotly_white",
        margin={"l": 50, "r": 20, "t": 50, "b": 40},
    )
    if not models:
        figure.add_annotation(text="no runs in the trend window", showarrow=False)
    return figure


def _verdict_figure(report: WeeklyReport) -> go.Figure:
    new = dict.fromkeys(VERDICTS, 0)
    for zero in report.new_zeros:
        new[zero.verdict] += 1
    verdicts = list(VERDICTS)
    figure = go.Figure(
        [
            go.Bar(x=verdicts, y=[report.verdict_counts[v] for v in verdicts], name="all zeros"),
            go.Bar(x=verdicts, y=[new[v] for v in verdicts], name="new this week"),
        ]
    )
    figure.update_layout(
        title="Zeros at the end of the week, by verdict",
        barmode="group",
        template="plotly_white",
        yaxis={"dtick": 1, "rangemode": "tozero"},
        margin={"l": 50, "r": 20, "t": 50, "b": 40},
    )
    return figure


def _chart(figure: go.Figure, div_id: str) -> str:
    html: str = pio.to_html(
        figure,
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        default_height="360px",
        config={"displaylogo": False, "responsive": True},
    )
    return f'<div class="chart">{html}</div>'


def _table(header: list[str], rows: list[list[str]]) -> str:
    """A table; cells are already-escaped HTML."""
    head = "".join(f"<th>{h(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _code(text: str) -> str:
    return f"<code>{h(text)}</code>"


def render_weekly_html(report: WeeklyReport) -> str:
    """The report as a standalone HTML page with plotly.js inlined once."""
    week = report.week
    parts = [
        f"<h1>{h(report.title)}</h1>",
        f'<p class="muted">Week <strong>{h(week.label)}</strong> '
        f"({week.start.date().isoformat()} to {week.end.date().isoformat()}, end excluded, UTC), "
        f"{h(WEEK_SOURCE_TEXT[week.source])}.</p>",
        "<h2>Summary</h2><ul>"
        f"<li>Spec patches this week: {len(report.patches)}</li>"
        f"<li>New zeros (or changed verdicts): {len(report.new_zeros)}; "
        f"all zeros at the end of the week: {len(report.zeros)}</li>"
        "<li>Environments that stopped being held-out measurements: "
        f"{len(report.heldout_losses)}</li>"
        f"<li>Runs ingested: {len(report.runs)}</li>"
        f"<li>Data problems: {len(report.problems)}</li></ul>",
        _patches_html(report),
        _zeros_html(report),
        _chart(_verdict_figure(report), CHART_IDS[1]),
        _heldout_html(report),
        _saturation_html(report),
        "<h2>Awareness trend</h2>",
        f'<p class="muted">The {report.trend_weeks} weeks to {h(week.label)}: per model line and '
        "week, the mean over the week's runs of each run's unweighted mean over environments.</p>",
        _chart(_awareness_figure(report), CHART_IDS[0]),
        _table(
            ["week", "model", "runs", "awareness", "misbehaviour"],
            [
                [
                    h(p.week),
                    h(p.model),
                    str(p.runs),
                    format_rate(p.awareness),
                    format_rate(p.misbehaviour),
                ]
                for p in report.awareness
            ],
        ),
        "<h2>Runs ingested</h2>",
        _table(
            ["run", "model", "date", "environments", "samples", "spec version"],
            [run_cells(r, code=_code, text=h) for r in report.runs],
        )
        if report.runs
        else "<p>No run dated in this week.</p>",
        "<h2>Data problems</h2>",
        _table(
            ["file", "row", "column", "severity", "reason"],
            [
                [
                    h(p.file),
                    "" if p.row is None else str(p.row),
                    h(p.column or ""),
                    h(p.severity),
                    h(p.reason),
                ]
                for p in report.problems
            ],
        )
        if report.problems
        else "<p>None found.</p>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{h(report.title)}</title><style>{_STYLE}</style>"
        f'<script type="text/javascript">{get_plotlyjs()}</script></head>\n<body>\n'
        + "\n".join(parts)
        + "\n</body></html>\n"
    )


def _patches_html(report: WeeklyReport) -> str:
    out = ["<h2>Spec patches</h2>"]
    if not report.patches:
        out.append("<p>No spec patch landed this week.</p>")
    for patch in report.patches:
        release = f"{h(patch.release)} " if patch.release else ""
        out.append(
            f"<h3>{release}{_code(patch.commit[:7])} {h(patch.subject)} "
            f"({patch.date.date().isoformat()})</h3>"
        )
        rows = []
        for clause in patch.clauses:
            failures = "<br>".join(
                f"{_code(f.failure_id)} in {_code(f.env_id)} ({h(f.origin)}, {h(f.status)}, "
                f"{format_score(f.score)}): {h(f.summary)}"
                for f in clause.failures
            )
            rows.append(
                [
                    _code(clause.clause_id),
                    h(clause.change),
                    ", ".join(_code(t) for t in clause.targets),
                    failures or "no linked failure",
                ]
            )
        out.append(_table(["clause", "change", "targets", "failures it answers"], rows))
    return "\n".join(out)


def _zeros_html(report: WeeklyReport) -> str:
    out = ["<h2>New zeros and their verdicts</h2>"]
    if not report.new_zeros:
        out.append("<p>No environment reached zero, or changed verdict, this week.</p>")
    for zero in report.new_zeros:
        was = h(change_note(zero))
        baseline, current = (
            format_window(zero.baseline, with_upper=False),
            format_window(zero.current),
        )
        items = [f"<li>baseline {h(baseline)}; current {h(current)}</li>"]
        if zero.clauses:
            items.append(f"<li>clauses: {', '.join(_code(c) for c in zero.clauses)}</li>")
        items += [f"<li>{h(line)}</li>" for line in zero.evidence]
        items += [f"<li>notice: {h(line)}</li>" for line in zero.notices]
        out.append(
            f"<h3>{_code(zero.env_id)} / {h(zero.model)}: "
            f'<span class="verdict {h(zero.verdict)}">{h(zero.verdict)}</span>{was}</h3>'
            f"<ul>{''.join(items)}</ul>"
        )
    still = [zero for zero in report.zeros if not zero.is_new]
    if still:
        out.append("<p>Still at zero, verdict unchanged:</p>")
        out.append(
            _table(
                ["environment", "model", "verdict", "current"],
                [
                    [_code(z.env_id), h(z.model), h(z.verdict), h(format_window(z.current))]
                    for z in still
                ],
            )
        )
    return "\n".join(out)


def _saturation_html(report: WeeklyReport) -> str:
    if not report.saturation_computed:
        return ""
    out = ["<h2>Saturation</h2><ul>"]
    out += [f"<li>{h(state.model)}: {h(suite_sentence(state))}.</li>" for state in report.suite]
    out.append("</ul>")
    out.append(
        '<p class="muted">Per model line and run: saturated environments stacked by the verdict '
        "on their zero, those that still discriminate (line) and the effective suite, never "
        "targeted by a patch (dotted); dashed lines: a held-out environment's first targeting "
        "patch.</p>"
    )
    figure = saturation_figure(report.saturation_timeline, report.saturation_environments)
    out.append(_chart(go.Figure(figure), SATURATION_CHART_ID))
    if report.saturated_this_week:
        rows = [
            [
                _code(s.env_id),
                h(s.model),
                h(s.split),
                f"{_code(s.run_id)} ({s.date.date().isoformat()})",
                h(s.verdict or "not flagged"),
            ]
            for s in report.saturated_this_week
        ]
        out.append("<p>Became saturated this week:</p>")
        out.append(_table(["environment", "model", "split", "run", "verdict"], rows))
    else:
        out.append("<p>No environment became saturated this week.</p>")
    return "\n".join(out)


def _heldout_html(report: WeeklyReport) -> str:
    out = ["<h2>Environments that stopped being held-out measurements</h2>"]
    if not report.heldout_losses:
        out.append("<p>None: no patch this week targeted a held-out or test environment.</p>")
        return "\n".join(out)
    rows = [
        [
            _code(loss.env_id),
            h(loss.split),
            f"{_code(loss.commit[:7])} ({loss.date.date().isoformat()})",
            ", ".join(_code(c) for c in loss.clauses),
        ]
        for loss in report.heldout_losses
    ]
    out.append(_table(["environment", "split", "patch", "clauses"], rows))
    return "\n".join(out)
