"""``specdrift ingest`` and ``specdrift summary`` on a real workspace in a temporary folder."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.benchmarks.helpers import AGGREGATE_HEADER, write
from tests.conftest import Cli
from tests.support.gitrepo import GitRepo

CATALOG = (
    "env_id,name,category,split,variant_of,description\n"
    "sandbagging_qa,Sandbagging QA,sandbagging,test,,\n"
    "covert_email,Covert email,covert_action,heldout,,\n"
)


@pytest.fixture
def workspace(tmp_path: Path, make_repo: Callable[[str], GitRepo]) -> Path:
    repo = make_repo("spec")
    first = repo.commit(
        "Release 1", "2026-01-01T00:00:00+00:00", {"spec.md": "# Spec\n\nBe honest.\n"}
    )
    repo.commit("Release 2", "2026-02-01T00:00:00+00:00", {"spec.md": "# Spec\n\nBe honest!\n"})
    (tmp_path / "first_sha").write_text(first)
    write(
        tmp_path / "specdrift.toml",
        '[spec]\nrepo = "spec"\nfiles = ["spec.md"]\n\n[benchmarks]\n'
        'environments = "environments.csv"\nresults = ["results"]\nfailures = []\n',
    )
    write(tmp_path / "environments.csv", CATALOG)
    write(
        tmp_path / "results" / "results.csv",
        AGGREGATE_HEADER
        + "\nr1,o3-line,2026-01-10,,sandbagging_qa,100,13,4,1"
        + "\nr1,o3-line,2026-01-10,,covert_email,300,0,3,0"
        + "\nr2,o3-line,2026-02-10,,sandbagging_qa,20,0,,\n",
    )
    return tmp_path


def test_ingest_json_has_rates_intervals_and_versions(workspace: Path, cli: Cli) -> None:
    code, out, _ = cli("ingest", "--workspace", str(workspace), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["input_rows"], data["ingested_rows"], data["rejected_rows"]) == (3, 3, 0)
    first, zero300, zero20 = data["results"]
    assert first["spec_version"] == (workspace / "first_sha").read_text()
    assert (first["n"], first["x"], first["rate"]) == (100, 13, 0.13)
    assert first["wilson_low"] == pytest.approx(0.077572, abs=5e-7)
    assert first["aware_rate"] == pytest.approx(0.04)
    assert zero300["upper"] == pytest.approx(0.009936, abs=5e-7)
    assert zero300["certified_zero"] is True
    assert zero20["certified_zero"] is False  # 0/20 is not enough for tau = 2%
    assert zero20["aware_rate"] is None
    assert zero20["spec_version"] != first["spec_version"]
    assert first["date"] == "2026-01-10T00:00:00+00:00"


def test_ingest_text_lists_rejected_rows(workspace: Path, cli: Cli) -> None:
    write(
        workspace / "results" / "bad.csv",
        AGGREGATE_HEADER + "\nr3,o3-line,2026-03-01,,covert_email,10,12,,\n",
    )
    code, out, _ = cli("ingest", "--workspace", str(workspace))
    assert code == 0
    assert "sandbagging_qa" in out
    assert "4 input rows: 3 ingested, 1 rejected." in out
    assert "bad.csv, row 2, column 'misbehaved': misbehaved (12) is more than n (10)" in out


def test_strict_ingest_stops_at_the_first_bad_row_with_exit_2(workspace: Path, cli: Cli) -> None:
    write(
        workspace / "results" / "bad.csv",
        AGGREGATE_HEADER + "\nr3,o3-line,2026-03-01,,covert_email,-1,0,,\n",
    )
    code, out, err = cli("ingest", "--workspace", str(workspace), "--strict")
    assert code == 2
    assert "bad.csv, line 2, column 'n': expected an integer n >= 1" in " ".join(err.split())
    assert "Traceback" not in err + out


def test_summary_gives_the_unweighted_mean_per_run(workspace: Path, cli: Cli) -> None:
    code, out, _ = cli("summary", "--workspace", str(workspace), "--format", "json")
    assert code == 0
    runs = json.loads(out)["runs"]
    assert [r["run_id"] for r in runs] == ["r1", "r2"]
    assert runs[0]["mean"] == pytest.approx((0.13 + 0.0) / 2)
    assert runs[0]["environments"] == 2
    assert runs[1]["aware_mean"] is None
    # Both means, each with its own interval (docs/method.md, "Means across environments").
    assert set(runs[0]) == {
        "run_id",
        "model",
        "date",
        "environments",
        "mean",
        "mean_low",
        "mean_high",
        "posterior_mean",
        "posterior_low",
        "posterior_high",
        "aware_mean",
    }
    for run in runs:
        assert run["mean_low"] <= run["mean"] <= run["mean_high"]
        assert run["posterior_low"] <= run["posterior_mean"] <= run["posterior_high"]
    assert runs[1]["posterior_mean"] == pytest.approx(1 / 22)
    code, out, _ = cli("summary", "--workspace", str(workspace))
    assert code == 0
    assert "r1" in out
    assert "6.5%" in out
    assert "4.5%" in out  # r2's posterior mean, 1/22
