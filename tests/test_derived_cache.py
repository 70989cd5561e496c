"""The derived-results cache (tracker.derived_cache): a warm run reuses, a changed input recomputes.

Every test writes a real simulated workspace (a git spec history, results, failures, links.csv)
and opens it afresh with ``open_workspace``, as each ``specdrift`` run does.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import cast

import numpy as np
import pytest

from tests.conftest import Cli
from tests.support.gitrepo import GitRepo
from tracker.analysis.models import FlagStatistics
from tracker.derived_cache import CACHE_VERSION, PREFIX
from tracker.failures.models import Link
from tracker.simulate.generate import simulate
from tracker.simulate.scenarios import make_plan
from tracker.simulate.writer import write_workspace
from tracker.workspace import Workspace, open_workspace

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One patch scenario written to disk; tests copy it so each can change its own inputs."""
    root = tmp_path_factory.mktemp("derived") / "ws"
    rng = np.random.default_rng(4)
    write_workspace(simulate(make_plan("patch", rng), rng), root)
    # Computed once so the copies share its embedding cache (a cold run then costs what the
    # analysis costs, not a model load); its derived results are dropped: each test starts cold.
    _ = open_workspace(root).flags
    for stored in (root / ".specdrift").glob(f"{PREFIX}*"):
        shutil.rmtree(stored)
    return root


@pytest.fixture
def workspace_dir(written: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "ws"
    subprocess.run(["cp", "-a", str(written), str(dest)], check=True)
    return dest


def _verdicts(workspace: Workspace) -> list[tuple[str, str, str]]:
    return [(f.env_id, f.model, f.verdict) for f in workspace.flags]


def _cold_then_warm(root: Path) -> tuple[Workspace, Workspace]:
    cold = open_workspace(root)
    _ = cold.flags
    warm = open_workspace(root)
    _ = warm.flags
    return cold, warm


def test_warm_run_reads_flags_without_reading_the_results(workspace_dir: Path) -> None:
    cold, warm = _cold_then_warm(workspace_dir)
    assert cold.derived.hits == []
    assert "flags" in warm.derived.hits
    # Neither the results files nor the failures were read for the warm answer.
    assert "ingest" not in warm.__dict__
    assert "failures" not in warm.__dict__
    assert _verdicts(warm) == _verdicts(cold)
    assert [f.model_dump() for f in warm.flags] == [f.model_dump() for f in cold.flags]
    # Cached flags come back as the typed record, not as whatever was pickled around it.
    assert warm.flags == cold.flags
    assert all(isinstance(f.details, FlagStatistics) for f in warm.flags)
    assert warm.links == cold.links
    assert warm.patches == cold.patches
    assert warm.rejected_rows == cold.rejected_rows
    assert len(list((workspace_dir / ".specdrift").glob(f"{PREFIX}*"))) == 1


def _a_link(workspace: Workspace) -> Link:
    """A link that no decision has rejected yet."""
    return next(link for link in workspace.links if link.status == "confirmed")


def _status(workspace: Workspace, clause_id: str, failure_id: str) -> str | None:
    found = [k for k in workspace.links if (k.clause_id, k.failure_id) == (clause_id, failure_id)]
    return found[0].status if found else None


def _recomputed(root: Path) -> Workspace:
    workspace = open_workspace(root)
    _ = workspace.flags
    return workspace


def test_changed_results_recompute(workspace_dir: Path) -> None:
    cold, warm = _cold_then_warm(workspace_dir)
    results = workspace_dir / "benchmarks" / "results.csv"
    lines = results.read_text(encoding="utf-8").splitlines(keepends=True)
    results.write_text("".join(lines[:-1]), encoding="utf-8")  # one row fewer
    # While a workspace object of the old state lives, its folder stays (it may still read it,
    # as another process would); once it lets go, the next store removes it.
    held = _recomputed(workspace_dir)
    assert len(list((workspace_dir / ".specdrift").glob(f"{PREFIX}*"))) == 2
    cold_rows = len(cold.results)
    for done in (cold, warm, held):
        done.derived.release()
    shutil.rmtree(held.derived.folder)
    after = _recomputed(workspace_dir)
    assert "flags" not in after.derived.hits
    assert "ingest" in after.__dict__
    assert len(after.results) == cold_rows - 1
    # The file of the old state is gone: one cache per workspace, not one per past state.
    assert len(list((workspace_dir / ".specdrift").glob(f"{PREFIX}*"))) == 1


def test_touched_large_results_recompute(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Files above SMALL_FILE are keyed by size and mtime, not content: a touch is a change.
    monkeypatch.setattr("tracker.derived_cache.SMALL_FILE", 0)
    _cold_then_warm(workspace_dir)
    results = workspace_dir / "benchmarks" / "results.csv"
    stat = results.stat()
    os.utime(results, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert "flags" not in _recomputed(workspace_dir).derived.hits


def test_edited_links_recompute(workspace_dir: Path) -> None:
    cold, _ = _cold_then_warm(workspace_dir)
    lines = cold.links_file.read_text(encoding="utf-8").splitlines(keepends=True)
    clause_id, failure_id, status, _ = lines[-1].split(",", 3)
    assert status == "confirmed"
    cold.links_file.write_text("".join(lines[:-1]).replace("confirmed", "rejected", 1), "utf-8")
    after = _recomputed(workspace_dir)
    assert "flags" not in after.derived.hits
    assert _status(after, clause_id, failure_id) != "confirmed"
    assert after.links != cold.links


def test_a_new_spec_commit_recomputes(workspace_dir: Path) -> None:
    cold, _ = _cold_then_warm(workspace_dir)
    repo = GitRepo(cold.spec_repo)
    spec_file = cold.spec_repo / cold.settings.spec.files[0]
    text = spec_file.read_text(encoding="utf-8")
    repo.commit(
        "Typo fix",
        date="2030-01-01T12:00:00+00:00",
        files={cold.settings.spec.files[0]: text + "\nA closing remark.\n"},
    )
    after = _recomputed(workspace_dir)
    assert "flags" not in after.derived.hits
    assert len(after.versions) == len(cold.versions) + 1


def test_changed_settings_recompute(workspace_dir: Path) -> None:
    _cold_then_warm(workspace_dir)
    config = workspace_dir / "specdrift.toml"
    config.write_text(config.read_text(encoding="utf-8") + "tau = 0.03\n", encoding="utf-8")
    after = _recomputed(workspace_dir)
    assert after.settings.analysis.tau == 0.03
    assert "flags" not in after.derived.hits


def test_a_damaged_cache_is_ignored_and_rebuilt(workspace_dir: Path) -> None:
    cold, _ = _cold_then_warm(workspace_dir)
    stored = cold.derived.path("flags")
    stored.write_bytes(stored.read_bytes()[:100])
    rebuilt = _recomputed(workspace_dir)
    assert "flags" not in rebuilt.derived.hits
    assert _verdicts(rebuilt) == _verdicts(cold)
    assert "flags" in _recomputed(workspace_dir).derived.hits


def test_an_entry_of_an_older_cache_version_is_recomputed(workspace_dir: Path) -> None:
    # Version 1 stored flags whose details were a flat dict: such a file, left behind under the
    # current key, must be recomputed rather than handed out as a flag of the wrong shape.
    cold, _ = _cold_then_warm(workspace_dir)
    stored = cold.derived.path("flags")
    flat = [
        {**f.model_dump(mode="json"), "details": {"drop_q": 0.01, "control_envs": "a,b"}}
        for f in cold.flags
    ]
    old = {"version": CACHE_VERSION - 1, "key": cold.derived.key, "name": "flags", "value": flat}
    stored.write_bytes(pickle.dumps(old))
    again = _recomputed(workspace_dir)
    assert "flags" not in again.derived.hits
    assert again.flags == cold.flags
    assert "flags" in _recomputed(workspace_dir).derived.hits


def test_a_link_decision_on_a_warm_workspace_recomputes(workspace_dir: Path) -> None:
    from tracker.failures.models import LinkDecision

    workspace, _ = _cold_then_warm(workspace_dir)
    link = _a_link(workspace)
    decision = LinkDecision(clause_id=link.clause_id, failure_id=link.failure_id, status="rejected")
    assert workspace.record_link_decision(decision)
    _ = workspace.flags
    assert "flags" not in workspace.derived.hits
    assert _status(workspace, link.clause_id, link.failure_id) is None  # a rejected link goes
    assert not workspace.record_link_decision(decision)  # the same decision again: no change


def test_the_cli_and_the_dashboard_record_a_decision_alike(
    written: Path, tmp_path: Path, cli: Cli
) -> None:
    from dashboard.data import DashboardData

    by_cli, by_dashboard = tmp_path / "cli", tmp_path / "dashboard"
    for dest in (by_cli, by_dashboard):
        subprocess.run(["cp", "-a", str(written), str(dest)], check=True)
    _ = open_workspace(by_cli).flags  # warm, as the dashboard below is
    data = DashboardData(open_workspace(by_dashboard))
    data.warm()
    link = _a_link(data.workspace)
    pair = (link.clause_id, link.failure_id)
    assert pair in {(x.clause_id, x.failure_id) for x in data.links_by_clause[link.clause_id]}

    code, _, err = cli("links", "reject", *pair, "--note", "not it", "--workspace", str(by_cli))
    assert (code, "recorded:" in err) == (0, True)
    assert data.record_link_decision(*pair, "rejected", "not it")
    assert (by_cli / "links.csv").read_bytes() == (by_dashboard / "links.csv").read_bytes()

    # Both invalidated: a warm start after the CLI's decision, and the running dashboard's
    # views, recompute without the rejected pair.
    after_cli = open_workspace(by_cli)
    _ = after_cli.flags
    assert "flags" not in after_cli.derived.hits
    assert _status(after_cli, *pair) is None
    ours = data.links_by_clause.get(link.clause_id, [])
    assert pair not in {(x.clause_id, x.failure_id) for x in ours}
    assert _status(data.workspace, *pair) is None
    assert [f.model_dump() for f in data.flags] == [f.model_dump() for f in after_cli.flags]
    assert "flags" not in data.workspace.derived.hits

    # The dashboard's tables that do not read links were stored again under the new key: a
    # restart reads them (and the flags the dashboard recomputed) instead of the results.
    restarted = DashboardData(open_workspace(by_dashboard))
    _ = restarted.rates, restarted.flags
    assert {"dashboard.rates", "flags"} <= set(restarted.workspace.derived.hits)


WARM_FLAGS = """
import json, sys
from tracker.cli import main
code = main(["flags", "--workspace", sys.argv[1], "--format", "json"])
heavy = ("sentence_transformers", "torch", "transformers", "inspect_ai", "dash")
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}), file=sys.stderr)
"""


def _flags_subprocess(root: Path) -> tuple[dict[str, object], str]:
    done = subprocess.run(
        [sys.executable, "-c", WARM_FLAGS, str(root)],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report, done.stdout


def test_warm_flags_does_not_import_the_embedding_model(workspace_dir: Path) -> None:
    _, cold_out = _flags_subprocess(workspace_dir)
    report, warm_out = _flags_subprocess(workspace_dir)
    assert report["code"] == 0
    assert report["loaded"] == []
    assert json.loads(warm_out) == json.loads(cold_out)


# What a warm weekly report or dashboard start must not import: they read their tables from
# the derived cache (issue 18), and these modules are seconds of start-up on a loaded machine.
COMPUTING = ("pandas", "scipy", "statsmodels", "duckdb")

WARM_WEEKLY = """
import json, sys
from tracker.cli import main
code = main(["report", "weekly", "--workspace", sys.argv[1], "--out", sys.argv[2]])
print(json.dumps({"code": code, "loaded": [m for m in sys.argv[3:] if m in sys.modules]}),
      file=sys.stderr)
"""


def _weekly_subprocess(root: Path, out: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", WARM_WEEKLY, str(root), str(out), *COMPUTING],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
    )
    return cast(dict[str, object], json.loads(done.stderr.strip().splitlines()[-1]))


def test_a_warm_weekly_report_is_read_from_the_cache(workspace_dir: Path, tmp_path: Path) -> None:
    cold = _weekly_subprocess(workspace_dir, tmp_path / "cold")
    warm = _weekly_subprocess(workspace_dir, tmp_path / "warm")
    assert cold["code"] == warm["code"] == 0
    # The cold run read the results and ran the analysis; the warm one named its week (the
    # latest run's) and wrote the report without either.
    assert "pandas" in cast(list[str], cold["loaded"])
    assert warm["loaded"] == []
    written = sorted(p.name for p in (tmp_path / "cold").iterdir())
    assert len(written) == 2
    assert sorted(p.name for p in (tmp_path / "warm").iterdir()) == written
    for name in written:
        assert (tmp_path / "warm" / name).read_bytes() == (tmp_path / "cold" / name).read_bytes()


def test_changed_results_rebuild_the_stored_weekly_report(
    workspace_dir: Path, tmp_path: Path, cli: Cli
) -> None:
    argv = ["report", "weekly", "--workspace", str(workspace_dir), "--format", "json"]
    cold = cli(*argv, "--out", str(tmp_path / "cold")).json["report"]
    assert cli(*argv, "--out", str(tmp_path / "warm")).json["report"] == cold
    results = workspace_dir / "benchmarks" / "results.csv"
    lines = results.read_text(encoding="utf-8").splitlines(keepends=True)
    header, last = lines[0].strip().split(","), lines[-1].strip().split(",")
    row = dict(zip(header, last, strict=True))
    results.write_text("".join(lines[:-1]), encoding="utf-8")  # one row fewer
    after = cli(*argv, "--out", str(tmp_path / "after")).json["report"]
    # The dropped row is the latest run's, in the report's week: its samples are gone from it.
    assert after["week"] == cold["week"]
    samples = {r["run_id"]: r["samples"] for r in cold["runs"]}
    assert {r["run_id"]: r["samples"] for r in after["runs"]} == {
        **samples,
        row["run_id"]: samples[row["run_id"]] - int(row["n"]),
    }


WARM_DASHBOARD = """
import json, sys
from dashboard import create_app
from tracker.workspace import open_workspace
workspace = open_workspace(sys.argv[1])
create_app(workspace, warm=True)
loaded = [m for m in sys.argv[2:] if m in sys.modules]
print(json.dumps({"hits": workspace.derived.hits, "loaded": loaded}), file=sys.stderr)
"""


def test_a_warm_dashboard_start_reads_the_saturation_summary(workspace_dir: Path) -> None:
    from dashboard.data import DashboardData

    cold = DashboardData(open_workspace(workspace_dir))
    cold.warm()
    done = subprocess.run(
        # pandas is the dashboard's own (its tables are DataFrames); the rest only compute.
        [sys.executable, "-c", WARM_DASHBOARD, str(workspace_dir), *COMPUTING[1:]],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
    )
    warm = json.loads(done.stderr.strip().splitlines()[-1])
    # The overview's saturation comes without the report's cross-model checks (most of its
    # size), and nothing is computed, so neither statistics library is imported.
    assert "saturation_summary" in warm["hits"]
    assert "saturation" not in warm["hits"]
    assert warm["loaded"] == []
    full = open_workspace(workspace_dir).saturation
    assert full.cross_model
    assert DashboardData(open_workspace(workspace_dir)).saturation == full.summary()


def test_warm_failures_are_read_without_the_results(workspace_dir: Path) -> None:
    # A warm review reads the failures; those of the sample rows need the ingest, so they are
    # stored, and reading them does not unpickle the results table.
    cold = open_workspace(workspace_dir).failures
    assert cold
    warm = open_workspace(workspace_dir)
    assert warm.failures == cold
    assert "failures" in warm.derived.hits
    assert "ingest" not in warm.__dict__
