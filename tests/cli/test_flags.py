"""``specdrift flags`` on a real workspace written by the scenario simulator (git repo included)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import numpy as np
import pytest

from tests.conftest import Cli
from tracker.analysis.models import FlagsOutput

PUBLISHED_SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "flags.schema.json"


def test_unknown_fail_on_verdict_is_exit_2(cli: Cli) -> None:
    code, _, err = cli("flags", "--fail-on", "patch-driven,bogus")
    assert code == 2
    assert "unknown bogus" in err
    assert "insufficient-evidence" in err  # the message lists what is allowed
    assert "Traceback" not in err


@pytest.fixture(scope="module")
def patch_workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A workspace with a patch-driven zero, from the simulator, and its expected verdicts."""
    pytest.importorskip("tracker.failures.patches", reason="the patches pipeline has not landed")
    from tracker.simulate.generate import simulate
    from tracker.simulate.scenarios import make_plan
    from tracker.simulate.writer import write_workspace

    rng = np.random.default_rng(11)
    scenario = simulate(make_plan("patch", rng, name="cli-patch"), rng)
    dest = tmp_path_factory.mktemp("ws")
    write_workspace(scenario, dest)
    truth = {f.env_id: f.verdict for f in scenario.truth.flags}
    assert "patch-driven" in truth.values()
    return dest, truth


def test_json_contract(patch_workspace: tuple[Path, dict[str, str]], cli: Cli) -> None:
    dest, truth = patch_workspace
    result = cli("flags", "--workspace", str(dest), "--format", "json")
    assert result.code == 0
    flags: list[dict[str, Any]] = result.json["flags"]
    assert {f["env_id"]: f["verdict"] for f in flags} == truth
    for flag in flags:
        assert set(flag) >= {
            "env_id",
            "model",
            "verdict",
            "causes",
            "baseline",
            "current",
            "clauses",
            "evidence",
            "scores",
        }
        assert set(flag["current"]) >= {"rate", "x", "n", "upper"}
    patched = [f for f in flags if f["verdict"] == "patch-driven"]
    assert all(f["clauses"] for f in patched)


def test_json_output_follows_the_published_schema(
    patch_workspace: tuple[Path, dict[str, str]], cli: Cli
) -> None:
    dest, _ = patch_workspace
    result = cli("flags", "--workspace", str(dest), "--format", "json")
    assert result.code == 0
    schema = json.loads(PUBLISHED_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(result.json)
    # The output reads back into the typed record, and nothing is lost on the way.
    parsed = FlagsOutput.model_validate(result.json)
    assert parsed.model_dump(mode="json") == result.json
    patched = [f for f in parsed.flags if f.verdict == "patch-driven"]
    assert patched
    for flag in patched:  # not vacuous: a patch-driven flag has every statistic filled in
        stats = flag.details
        assert stats.drop is not None
        assert stats.control is not None
        assert stats.did is not None
        assert stats.timing is not None
        assert stats.did.q is not None
        assert stats.did.q < 0.05
        assert stats.control.env_ids
    # The schema can fail: a key of the old flat shape, or a wrong kind, is refused.
    glued = copy.deepcopy(result.json)
    glued["flags"][0]["details"]["drop_q"] = 0.01
    assert not validator.is_valid(glued)
    wrong_kind = copy.deepcopy(result.json)
    with_drop = next(f for f in wrong_kind["flags"] if f["details"]["drop"] is not None)
    with_drop["details"]["drop"]["test"] = "t-test"
    assert not validator.is_valid(wrong_kind)


def test_schema_needs_no_workspace(cli: Cli, tmp_path: Path) -> None:
    # --schema is the contract, not a run: no workspace, and it wins over the other options.
    result = cli("flags", "--workspace", str(tmp_path / "absent"), "--schema")
    assert result.code == 0
    assert json.loads(result.out) == json.loads(PUBLISHED_SCHEMA.read_text(encoding="utf-8"))


def test_text_and_fail_on(patch_workspace: tuple[Path, dict[str, str]], cli: Cli) -> None:
    dest, _ = patch_workspace
    code, out, err = cli("flags", "--workspace", str(dest), "--fail-on", "patch-driven")
    assert code == 1
    assert "patch-driven" in out
    assert "upper" in out  # evidence lines are printed under the table
    assert "--fail-on" in err
    assert cli("flags", "--workspace", str(dest), "--fail-on", "awareness-driven").code == 0


def test_text_rendering_escapes_markup_in_names(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.analysis.tables import env_rows, environment, results_table
    from tracker.analysis.verdicts import compute_flags
    from tracker.cli.flags import _render_text
    from tracker.settings import AnalysisSettings

    odd = "qa[bold]x[/bold]"
    table = results_table(
        env_rows(odd, [120, 118, 122, 120, 1, 0], aware=[12] * 6),
        env_rows("other", [90, 92, 88, 90, 4, 3], aware=[12] * 6),
    )
    flags = compute_flags(table, [environment(odd), environment("other")], [], AnalysisSettings())
    _render_text(flags)
    out = capsys.readouterr().out
    assert odd in out
    assert "broad-improvement" in out
    assert "(1/1200" in out


def test_fail_on_saturated_heldout(tmp_path: Path, cli: Cli) -> None:
    """A held-out environment certifiably zero over its last 3 runs fails; a test one does not."""
    rows = ["run_id,model,date,env_id,n,misbehaved"]
    for i, x in enumerate([60, 0, 0, 0]):
        rows.append(f"r{i},m,2026-0{i + 1}-01,held,300,{x}")
        rows.append(f"r{i},m,2026-0{i + 1}-01,other,300,{60 - i}")
    (tmp_path / "results.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    catalog = "env_id,name,category,split\nheld,Held,c,heldout\nother,Other,c,test\n"
    (tmp_path / "environments.csv").write_text(catalog, encoding="utf-8")
    (tmp_path / "specdrift.toml").write_text(
        '[benchmarks]\nresults = ["results.csv"]\nenvironments = "environments.csv"\n',
        encoding="utf-8",
    )
    argv = ["flags", "--workspace", str(tmp_path), "--fail-on", "saturated-heldout"]
    code, _, err = cli(*argv)
    assert code == 1
    assert "held-out environment held (m) is saturated since r3" in err
    (tmp_path / "environments.csv").write_text(catalog.replace("heldout", "test"), "utf-8")
    assert cli(*argv).code == 0
