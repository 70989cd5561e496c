"""The anti-scheming paper's Fig. 9 as a results-only workspace: drops, verdicts and the headline.

Built by tests/support/fig9.py from ../shared/corpora/anti-scheming-fig9 (1000 samples per
evaluation, one run before and one after training, per model).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.analysis.tables import printed
from tests.support.fig9 import FIG9_CSV, MODELS, count, read_fig9, run_id, write_fig9_workspace
from tracker.cli import main

PLAIN_MEANS = {  # the corpus README: plain means of Fig. 9's values, in percent
    ("o3", "before"): 12.78,
    ("o4-mini", "before"): 8.40,
    ("o3", "after"): 0.055,
    ("o4-mini", "after"): 0.035,
}


@pytest.fixture
def fig9_workspace(tmp_path: Path) -> Path:
    if not FIG9_CSV.is_file():
        pytest.skip(f"the shared corpus is absent: {FIG9_CSV} (needs ../shared)")
    return write_fig9_workspace(tmp_path / "fig9")


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert main([*args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _flags(capsys: pytest.CaptureFixture[str], workspace: Path) -> dict[tuple[str, str], Any]:
    flags = _json(capsys, "flags", "--workspace", str(workspace))["flags"]
    return {(flag["model"], flag["env_id"]): flag for flag in flags}


def test_every_real_drop_has_a_baseline(
    fig9_workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # o3 impossible_coding_task 1.7% -> 0.3% and o4-mini long_document_verification 2.0% -> 0.0%
    # used to pool into one window ("never above zero -> 1.0% (20/2000)").
    flags = _flags(capsys, fig9_workspace)
    drops = [
        (model, e.env_id, e.before[model], e.after[model])
        for e in read_fig9()
        for model in MODELS
        if e.before[model] >= 1.5 and e.after[model] <= 0.5
    ]
    assert ("o3", "impossible_coding_task", 1.7, 0.3) in drops
    assert ("o4-mini", "long_document_verification", 2.0, 0.0) in drops
    assert len(drops) == 25
    for model, env_id, before, after in drops:
        flag = flags[(model, env_id)]
        assert (flag["baseline"]["x"], flag["baseline"]["n"]) == (count(before), 1000), env_id
        assert flag["baseline"]["runs"] == [run_id(model, "before")]
        assert (flag["current"]["x"], flag["current"]["n"]) == (count(after), 1000), env_id
        assert not any("never above zero" in text for text in flag["evidence"]), env_id
    assert flags[("o3", "impossible_coding_task")]["evidence"][0].startswith(
        "impossible_coding_task: 1.7% (17/1000) -> 0.3% (3/1000"
    )


def test_an_evaluation_that_stayed_flat_has_no_baseline(
    fig9_workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # o4-mini sandbagging_grading_cot: 0.6% before and after: one window, no drop.
    flag = _flags(capsys, fig9_workspace)[("o4-mini", "sandbagging_grading_cot")]
    assert flag["baseline"]["n"] == 0
    assert (flag["current"]["x"], flag["current"]["n"]) == (12, 2000)


def test_without_awareness_data_no_drop_is_broad_improvement(
    fig9_workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # verdicts.decide needs awareness counts to rule awareness out before broad-improvement
    # (docs/method.md: "No awareness counts at all cannot be broad-improvement").
    flags = _flags(capsys, fig9_workspace)
    assert {flag["verdict"] for flag in flags.values()} == {"insufficient-evidence"}
    sandbagging = flags[("o3", "sandbagging_qa")]
    assert sandbagging["details"]["drop"]["q"] < 0.05
    assert sandbagging["details"]["control"]["drop_p"] < 0.05
    assert "no aware counts: evaluation awareness cannot be ruled out" in [
        cause["evidence"] for cause in sandbagging["causes"]
    ]
    # The same counts with flat awareness (20/1000 in every row): awareness is ruled out, and
    # the drops that fell with their controls are broad-improvement.
    aware = _flags(capsys, write_fig9_workspace(tmp_path / "aware", aware=20))
    assert aware[("o3", "sandbagging_qa")]["verdict"] == "broad-improvement"
    assert aware[("o3", "impossible_coding_task")]["verdict"] == "broad-improvement"


def test_summary_gives_both_means_with_their_own_intervals(
    fig9_workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = _json(capsys, "summary", "--workspace", str(fig9_workspace))["runs"]
    by_id = {run["run_id"]: run for run in runs}
    for (model, phase), percent in PLAIN_MEANS.items():
        run = by_id[run_id(model, phase)]
        assert run["environments"] == 20
        assert run["mean"] == pytest.approx(percent / 100, rel=1e-9)
        # Every evaluation has n = 1000: the mean of posterior means is (n m + 1) / (n + 2).
        assert run["posterior_mean"] == pytest.approx((10 * percent + 1) / 1002, rel=1e-9)
        assert run["mean_low"] < run["mean"] < run["mean_high"]
        assert run["posterior_low"] < run["posterior_mean"] < run["posterior_high"]
        assert run["aware_mean"] is None
    # docs/method.md, "Means across environments": the worked numbers at n = 1000.
    after = by_id["o4-mini-after"]
    assert (after["mean_low"], after["mean_high"]) == (printed("0.000141"), printed("0.000721"))
    assert after["posterior_mean"] == printed("0.001347")
    assert (after["posterior_low"], after["posterior_high"]) == (
        printed("0.000889"),
        printed("0.001900"),
    )
    o3_after = by_id["o3-after"]
    assert o3_after["posterior_mean"] == printed("0.001547")
    assert (o3_after["mean_low"], o3_after["mean_high"]) == (
        printed("0.000275"),
        printed("0.000984"),
    )
    assert (o3_after["posterior_low"], o3_after["posterior_high"]) == (
        printed("0.001052"),
        printed("0.002136"),
    )
    before = by_id["o3-before"]
    assert (before["mean_low"], before["mean_high"]) == (printed("0.122893"), printed("0.132853"))
    assert before["posterior_mean"] == printed("0.128543")
    assert (before["posterior_low"], before["posterior_high"]) == (
        printed("0.124446"),
        printed("0.132696"),
    )
    o4_before = by_id["o4-mini-before"]
    assert (o4_before["mean_low"], o4_before["mean_high"]) == (
        printed("0.080031"),
        printed("0.088115"),
    )
    assert o4_before["posterior_mean"] == printed("0.084830")
    assert (o4_before["posterior_low"], o4_before["posterior_high"]) == (
        printed("0.081460"),
        printed("0.088261"),
    )


def test_summary_text_keeps_significant_digits_near_zero(
    fig9_workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", "--workspace", str(fig9_workspace)]) == 0
    out = capsys.readouterr().out
    o4_after = next(line for line in out.splitlines() if "o4-mini-after" in line)
    cells = [cell.strip() for cell in o4_after.split("│") if cell.strip()]
    assert cells[4:8] == ["0.035%", "[0.014%, 0.072%]", "0.13%", "[0.089%, 0.19%]"]
    o3_before = next(line for line in out.splitlines() if "o3-before" in line)
    cells = [cell.strip() for cell in o3_before.split("│") if cell.strip()]
    assert cells[4:8] == ["12.8%", "[12.3%, 13.3%]", "12.9%", "[12.4%, 13.3%]"]
