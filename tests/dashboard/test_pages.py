"""Page layouts and callbacks called directly on the demo workspace (no browser)."""

from __future__ import annotations

import csv
import functools
import json
from pathlib import Path

import pytest
from dash import Patch, html, no_update
from plotly.utils import PlotlyJSONEncoder

from dashboard import create_app
from dashboard.data import NO_VERDICT, DashboardData
from dashboard.pages import clause, env_detail, environments, failures, overview, spec
from tracker.analysis.models import VERDICTS
from tracker.benchmarks.models import SPLITS
from tracker.numbers import MISSING
from tracker.workspace import open_workspace


def _text(component: object) -> str:
    """All the text in a component tree."""
    if component is None:
        return ""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(_text(c) for c in component)
    return _text(getattr(component, "children", None))


def test_overview_counts_match_flags(demo_data: DashboardData) -> None:
    layout = overview.render(demo_data)
    counts = overview.verdict_counts(demo_data)
    assert sum(counts.values()) == len(demo_data.flags) > 0
    for verdict in VERDICTS:
        card = layout[f"overview-count-{verdict}"]
        assert _text(card).startswith(str(counts[verdict]))
    zeros = layout["overview-zeros"]
    assert "evidence" in _text(zeros)
    headline = layout["overview-headline"].figure
    assert any("mean misbehaviour" in str(t.get("name")) for t in headline["data"])
    assert len(headline["layout"]["shapes"]) == len(demo_data.marks) > 0


def test_overview_saturation_timeline_matches_the_report(demo_data: DashboardData) -> None:
    figure = html.Div(overview.later(demo_data))["overview-saturation"].figure
    report = demo_data.saturation
    last = {p.model: p for p in report.timeline}
    lines = [t for t in figure["data"] if t["name"] == "discriminating"]
    assert [t["y"][-1] for t in lines] == [last[m].discriminating for m in sorted(last)]
    stacked = [t for t in figure["data"] if t.get("stackgroup")]
    for model_index, model in enumerate(sorted(last)):
        mine = [t for t in stacked if t["stackgroup"] == f"saturated-{model_index}"]
        assert sum(t["y"][-1] for t in mine) == last[model].saturated


def test_environment_filters_narrow_the_table(demo_data: DashboardData) -> None:
    all_rows, summary, cards = environments.filter_environments(demo_data, None, None, None, None)
    assert len(all_rows) == len(demo_data.env_table)
    assert 0 < len(cards) <= environments.CHARTS_SHOWN
    verdict = demo_data.flags[0].verdict
    rows, narrowed, _ = environments.filter_environments(demo_data, None, None, None, [verdict])
    assert 0 < len(rows) < len(all_rows)
    assert {row["verdict"] for row in rows} == {verdict}
    assert narrowed != summary
    model = demo_data.model_lines[0]
    rows, _, _ = environments.filter_environments(demo_data, [model], None, ["heldout"], None)
    assert all(row["model"] == model and row["split"] == "heldout" for row in rows)
    rows, _, _ = environments.filter_environments(demo_data, None, None, None, [NO_VERDICT])
    assert all(row["scores"] == MISSING for row in rows)


def test_the_first_render_draws_one_chart_and_holds_the_others(demo_data: DashboardData) -> None:
    layout = environments.render(demo_data)
    shown = environments.chart_envs(demo_data, (None, None, None, None))
    assert len(shown) > 1
    # The first slot has its card; the others are empty, their cards in the store, placed by
    # the browser after the first paint.
    first = layout["environments-slot-0"].children
    assert shown[0] in str(first.children[0].children[0].href)
    slots = [layout[f"environments-slot-{i}"].children for i in range(environments.CHARTS_SHOWN)]
    assert slots[1:] == [None] * (environments.CHARTS_SHOWN - 1)
    held = layout["environments-cards"].data
    assert list(held) == shown[1:]
    assert layout["environments-charts-shown"].data == [shown[0]] + [None] * (
        environments.CHARTS_SHOWN - 1
    )
    assert layout["environments-charts-key"].children == "[null,null,null,null]"
    # What the browser needs to pick the charts itself: each row's environment, the count.
    store = layout["environments-rows"].data
    assert store["charts"] == environments.CHARTS_SHOWN
    assert [r["env_id"] for r in store["rows"]][:1] == shown[:1]


def test_cards_asked_for_are_added_to_the_store(demo_data: DashboardData) -> None:
    wanted = sorted(demo_data.environments)[:2]
    update = environments.cards_update(demo_data, [*wanted, "no-such-env"])
    assert isinstance(update, Patch)
    operations = update.to_plotly_json()["operations"]
    # Only the environments asked for, added by key: the cards held already are not resent.
    assert [(op["operation"], op["location"]) for op in operations] == [
        ("Assign", [e]) for e in wanted
    ]
    as_json = functools.partial(json.dumps, cls=PlotlyJSONEncoder, sort_keys=True)
    for op, env_id in zip(operations, wanted, strict=True):
        assert as_json(op["params"]["value"]) == as_json(environments.chart_card(demo_data, env_id))


def test_prefetched_cards_are_those_a_single_choice_shows(demo_data: DashboardData) -> None:
    chosen = environments.chart_envs
    expected = {
        e for m in demo_data.model_lines for e in chosen(demo_data, ([m], None, None, None))
    }
    expected |= {
        e for c in demo_data.categories for e in chosen(demo_data, (None, [c], None, None))
    }
    expected |= {e for s in SPLITS for e in chosen(demo_data, (None, None, [s], None))}
    verdicts = [*VERDICTS, NO_VERDICT]
    expected |= {e for v in verdicts for e in chosen(demo_data, (None, None, None, [v]))}
    envs = environments.prefetch_envs(demo_data)
    assert len(envs) == len(set(envs))
    assert set(envs) == expected
    # Served as the page's store holds cards: the same JSON as chart_card.
    app = create_app(demo_data.workspace)
    answer = app.server.test_client().get(environments.PREFETCH_ROUTE)
    assert answer.status_code == 200
    as_json = functools.partial(json.dumps, cls=PlotlyJSONEncoder, sort_keys=True)
    served = answer.get_json()
    assert list(served) == envs
    for env_id in envs:
        card = environments.chart_card(demo_data, env_id)
        assert as_json(served[env_id]) == as_json(json.loads(as_json(card)))


def test_env_detail_shows_verdicts_and_chart(demo_data: DashboardData) -> None:
    flag = demo_data.flags[0]
    layout = env_detail.render(demo_data, flag.env_id, flag.model)
    panel = layout[f"env-verdict-{flag.model}"]
    assert flag.verdict in _text(panel)
    figure = layout["env-chart"].figure
    assert any(t.get("yaxis") == "y2" for t in figure["data"]) or figure["data"]
    unknown = env_detail.render(demo_data, "no-such-env")
    assert "Unknown environment" in _text(unknown)


def test_spec_lineage_callback(demo_data: DashboardData) -> None:
    table = demo_data.versions_table
    changed = table.loc[table["changes"] > 0]
    commit = str(changed.iloc[0]["commit"])
    rows, summary = spec.lineage_rows(demo_data, commit)
    assert len(rows) == int(changed.iloc[0]["changes"]) > 0
    assert commit[:7] in summary
    assert all(row["clause"].startswith("[") and "](/clause/" in row["clause"] for row in rows)
    assert spec.lineage_rows(demo_data, None) == ([], "No spec versions.")
    layout = spec.render(demo_data)
    assert layout["spec-version"].value == spec.default_version(demo_data)


def test_clause_page_has_history_and_targets(demo_data: DashboardData) -> None:
    mark = next(m for m in demo_data.marks if m.targets)
    clause_id = next(c for c in mark.clauses if clause.targeted_environments(demo_data, c))
    layout = clause.render(demo_data, clause_id)
    assert "History" in _text(layout)
    assert layout["clause-history"] is not None
    targets = clause.targeted_environments(demo_data, clause_id)
    assert f"clause-chart-{targets[0]}" in str(layout)
    assert "Unknown clause" in _text(clause.render(demo_data, "NO-SUCH-CLAUSE"))


def test_failure_rows_keep_text_as_text(demo_data: DashboardData) -> None:
    rows = failures.failure_rows(demo_data)
    assert len(rows) == len(demo_data.failures) > 0
    by_id = {f.failure_id: f for f in demo_data.failures}
    first = rows[0]
    assert first["summary"] == by_id[first["failure_id"]].summary


def test_decide_link_writes_links_csv_and_updates(writable_demo: Path) -> None:
    data = DashboardData(open_workspace(writable_demo))
    options = failures.review_options(data)
    if not options:
        pytest.fail("the demo should have proposed links to review")
    key = options[0]["value"]
    clause_id, failure_id = json.loads(key)
    message, rows, new_options, _value, _counts = failures.decide_link(
        data, key, "confirmed", "checked by hand"
    )
    assert "confirmed" in message
    with data.workspace.links_file.open(encoding="utf-8") as handle:
        decided = {(r["clause_id"], r["failure_id"]): r for r in csv.DictReader(handle)}
    assert decided[(clause_id, failure_id)]["status"] == "confirmed"
    assert decided[(clause_id, failure_id)]["note"] == "checked by hand"
    assert key not in [o["value"] for o in new_options]
    row = next(r for r in rows if r["failure_id"] == failure_id)
    assert f"{clause_id}: confirmed" in row["links"]
    # The same decision again is reported as already recorded; nothing chosen is refused.
    again = failures.decide_link(data, key, "confirmed", "")
    assert "already recorded" in again[0]
    assert failures.decide_link(data, None, "confirmed", "")[1] is no_update
    bad = failures.decide_link(data, json.dumps(["NO-CLAUSE", failure_id]), "rejected", "")
    assert bad[0].startswith("Not recorded")
    assert bad[1] is no_update


def test_every_page_renders_a_workspace_without_zeros(tmp_path: Path) -> None:
    """A small simulated workspace where nothing reaches zero and no patch landed."""
    from datetime import UTC, datetime, timedelta

    import numpy as np

    from tracker.benchmarks.models import Environment
    from tracker.simulate.generate import simulate
    from tracker.simulate.plan import EnvPlan, ScenarioPlan, SectionPlan
    from tracker.simulate.writer import write_workspace

    start = datetime(2026, 1, 5, 12, tzinfo=UTC)
    plan = ScenarioPlan(
        name="quiet",
        models=("m",),
        run_dates=tuple(start + timedelta(days=14 * i) for i in range(5)),
        envs=tuple(
            EnvPlan(
                env=Environment(env_id=f"e{i}", name=f"Env {i}", category="c", split="test"),
                base={"m": 0.3},
                n=100,
            )
            for i in range(3)
        ),
        sections=(SectionPlan("honesty", "Honesty", "Be honest.", (("GP1", "Say it."),)),),
        spec_start=start - timedelta(days=10),
    )
    write_workspace(simulate(plan, np.random.default_rng(1)), tmp_path / "ws")
    data = DashboardData(open_workspace(tmp_path / "ws"))
    assert data.flags == []
    layout = overview.render(data)
    assert "No environment has reached zero." in _text(layout["overview-zeros"])
    rows, summary, _ = environments.filter_environments(data, None, None, None, None)
    assert summary == "3 rows: 3 environment(s) of 3"
    assert {row["verdict"] for row in rows} == {NO_VERDICT}
    assert "no verdict" in _text(env_detail.render(data, "e0"))
    assert spec.render(data)["spec-lineage"].data
    assert "History" in _text(clause.render(data, "GP1"))
    assert failures.render(data)["failures-table"].data == []
