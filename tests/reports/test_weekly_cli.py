"""``specdrift report weekly`` on a simulated workspace (real git history, real result files):
the patch's week, the week its zero appears, --fail-on, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import Cli
from tracker.reports import build_weekly_report, week_of
from tracker.reports.sources import weekly_inputs
from tracker.simulate.generate import Scenario, simulate
from tracker.simulate.scenarios import make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import open_workspace


@pytest.fixture(scope="module")
def simulated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Scenario, Path]:
    scenario = simulate(make_plan("patch", np.random.default_rng(11)), np.random.default_rng(11))
    dest = tmp_path_factory.mktemp("weekly") / "ws"
    write_workspace(scenario, dest)
    return scenario, dest


def test_patch_week_lists_the_patch_and_the_lost_heldout(
    simulated: tuple[Scenario, Path], tmp_path: Path, cli: Cli
) -> None:
    scenario, dest = simulated
    patch = scenario.plan.patches[0]
    week = week_of(patch.date, "option").label
    argv = ["report", "weekly", "--workspace", str(dest), "--week", week, "--out", str(tmp_path)]
    code, out, err = cli(*argv, "--format", "json")
    assert code == 0, err
    report = json.loads(out)["report"]
    assert [c["clause_id"] for p in report["patches"] for c in p["clauses"]] == [patch.clause_id]
    target = patch.targets[0]
    assert target in report["patches"][0]["targets"]
    split = next(e.env.split for e in scenario.plan.envs if e.env.env_id == target)
    lost = [loss["env_id"] for loss in report["heldout_losses"]]
    assert lost == ([target] if split in ("heldout", "test") else [])
    markdown = (tmp_path / f"weekly-{week}.md").read_text()
    assert f"Week **{week}**" in markdown
    assert "named with --week" in markdown
    html = (tmp_path / f"weekly-{week}.html").read_text()
    # plotly.js once, then one script per chart: awareness, verdicts and (from the CLI, which
    # always computes the suite's saturation) the saturation timeline.
    assert html.count("<script") == 4
    assert 'id="chart-saturation"' in html


def test_fail_on_the_week_the_zero_appears(
    simulated: tuple[Scenario, Path], tmp_path: Path, cli: Cli
) -> None:
    scenario, dest = simulated
    patch = scenario.plan.patches[0]
    workspace = open_workspace(dest)
    run_dates = sorted(set(workspace.results["date"]))
    first_new = None
    for moment in (d.to_pydatetime() for d in run_dates if d >= patch.date):
        week = week_of(moment, "option")
        report = build_weekly_report(weekly_inputs(workspace, week), week)
        if any(z.env_id == patch.targets[0] for z in report.new_zeros):
            first_new = (week, report)
            break
    assert first_new is not None, "the simulated patch-driven zero never appears"
    week, report = first_new
    verdict = next(z.verdict for z in report.new_zeros if z.env_id == patch.targets[0])
    assert verdict == "patch-driven"
    argv = ["report", "weekly", "--workspace", str(dest), "--week", week.label]
    code, _, err = cli(*argv, "--out", str(tmp_path), "--fail-on", "patch-driven")
    assert code == 1
    assert "patch-driven" in err
    code, _, _ = cli(*argv, "--out", str(tmp_path), "--fail-on", "awareness-driven")
    assert code == 0


def test_default_week_is_the_latest_runs(
    simulated: tuple[Scenario, Path], tmp_path: Path, cli: Cli
) -> None:
    _, dest = simulated
    argv = ["report", "weekly", "--workspace", str(dest), "--out", str(tmp_path)]
    code, out, _ = cli(*argv)
    assert code == 0
    latest = max(open_workspace(dest).results["date"]).to_pydatetime()
    assert f"Week {week_of(latest, 'latest-run').label} (the week of the latest run)" in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--week", "2026-W60"], "has no week 60"),
        (["--now", "2026-11-20T09:00"], "add a time zone"),
        (["--fail-on", "bogus"], "unknown bogus"),
    ],
)
def test_bad_input_exits_2(
    simulated: tuple[Scenario, Path],
    tmp_path: Path,
    cli: Cli,
    extra: list[str],
    message: str,
) -> None:
    _, dest = simulated
    argv = ["report", "weekly", "--workspace", str(dest), "--out", str(tmp_path), *extra]
    code, _, err = cli(*argv)
    assert code == 2
    assert message in " ".join(err.split())


def test_now_fixes_the_clock(simulated: tuple[Scenario, Path], tmp_path: Path, cli: Cli) -> None:
    _, dest = simulated
    argv = ["report", "weekly", "--workspace", str(dest), "--out", str(tmp_path)]
    code, out, _ = cli(*argv, "--now", "2026-03-04T09:00:00Z")
    assert code == 0
    assert "Week 2026-W10 (the week of --now)" in out
    first = (tmp_path / "weekly-2026-W10.md").read_text()
    cli(*argv, "--now", "2026-03-08T23:59:00+00:00")  # same week, same report
    assert (tmp_path / "weekly-2026-W10.md").read_text() == first
    assert "the week of --now" in first
