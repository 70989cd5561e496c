"""Spec: versions on a timeline, and the clause lineage table of a chosen version."""

from __future__ import annotations

from typing import Any

from dash import Dash, Input, Output, dcc, html

from dashboard.components import clause_href, data_table, graph, markdown_link, section
from dashboard.data import DashboardData, current_data
from dashboard.figures import versions_timeline_figure
from tracker.spec.models import CHANGE_KINDS, ClauseChange

PATH = "/spec"

LINEAGE_COLUMNS = [
    {"id": "kind", "name": "change"},
    {"id": "clause", "name": "clause", "presentation": "markdown"},
    {"id": "title", "name": "title"},
    {"id": "detail", "name": "detail"},
]


def layout(**_url: Any) -> html.Div:
    return render(current_data())


def default_version(data: DashboardData) -> str | None:
    """The newest version that changed a clause (else the newest version)."""
    table = data.versions_table
    if table.empty:
        return None
    changed = table.loc[table["changes"] > 0]
    return str((changed if not changed.empty else table).iloc[-1]["commit"])


def render(data: DashboardData) -> html.Div:
    table = data.versions_table
    options = [
        {
            "label": f"{row['label']} · {row['date']:%Y-%m-%d} · {str(row['subject'])[:70]} "
            f"({row['changes']} changes)",
            "value": str(row["commit"]),
        }
        for row in table.iloc[::-1].to_dict("records")
    ]
    chosen = default_version(data)
    rows, summary = lineage_rows(data, chosen)
    summary_columns = [c for c in CHANGE_KINDS if c in table.columns]
    version_rows = [
        {
            "version": row["label"],
            "date": f"{row['date']:%Y-%m-%d}",
            "subject": row["subject"],
            "clauses": int(row["clauses"]),
            **{
                kind: int(row[kind]) if kind in row and row[kind] == row[kind] else 0
                for kind in summary_columns
            },
        }
        for row in table.iloc[::-1].to_dict("records")
    ]
    return html.Div(
        [
            html.H1("Spec"),
            section(
                "Versions",
                graph("spec-timeline", versions_timeline_figure(table), 240),
                note="Every commit that touched the spec; height: clause changes.",
            ),
            section(
                "Clause lineage",
                html.Div(
                    [
                        dcc.Dropdown(
                            id="spec-version",
                            options=options,
                            value=chosen,
                            clearable=False,
                            className="filter wide",
                        ),
                        html.P(summary, id="spec-lineage-summary", className="muted"),
                        data_table("spec-lineage", LINEAGE_COLUMNS, rows, page_size=20),
                    ]
                ),
                note="What happened to each clause in the chosen version: added, removed, "
                "modified, retitled, moved, reattributed.",
            ),
            section(
                "Changes per version",
                data_table(
                    "spec-versions",
                    [
                        {"id": c, "name": c}
                        for c in ("version", "date", "subject", "clauses", *summary_columns)
                    ],
                    version_rows,
                    page_size=15,
                ),
            ),
        ],
        className="page",
        id="spec-page",
    )


def change_detail(change: ClauseChange) -> str:
    if change.kind == "retitled":
        return f"{change.old_title} → {change.new_title}"
    if change.kind == "moved":
        return f"parent {change.old_parent or '(top)'} → {change.new_parent or '(top)'}"
    if change.kind == "reattributed":
        return f"{change.old_attributes} → {change.new_attributes}"
    if change.kind == "modified":
        lines = change.diff.splitlines()
        added = sum(1 for line in lines if line.startswith("+") and not line.startswith("+++"))
        removed = sum(1 for line in lines if line.startswith("-") and not line.startswith("---"))
        return f"+{added} / -{removed} lines"
    if change.previous_id:
        return f"was {change.previous_id}"
    return ""


def lineage_rows(data: DashboardData, commit: str | None) -> tuple[list[dict[str, str]], str]:
    """The lineage table rows of one version and a one-line summary."""
    if not commit:
        return [], "No spec versions."
    changes = data.changes_in(commit)
    rows = [
        {
            "kind": change.kind,
            "clause": markdown_link(change.clause_id, clause_href(change.clause_id)),
            "title": change.new_title or change.old_title or "",
            "detail": change_detail(change),
        }
        for change in changes
    ]
    return rows, f"{len(rows)} clause change(s) in {commit[:7]}"


def register_callbacks(app: Dash, data: DashboardData) -> None:
    @app.callback(
        Output("spec-lineage", "data"),
        Output("spec-lineage-summary", "children"),
        Input("spec-version", "value"),
        prevent_initial_call=True,
    )
    def _lineage(commit: str | None) -> tuple[Any, ...]:
        return lineage_rows(data, commit)
