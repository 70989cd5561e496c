"""The bundled demo workspace: ``specdrift flags --format json`` gives all four verdicts.

The demo's committed files are copied to a temporary folder, so the spec repository is rebuilt
from its fast-export stream exactly as on a fresh checkout, and the project tree stays clean.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tracker.cli import cli

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_FILES = (
    "specdrift.toml",
    "specs_history/anti-scheming.fast-export",
    "specs_history/links.csv",
    "benchmarks",
)


@pytest.fixture(scope="module")
def demo_flags(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    workspace = tmp_path_factory.mktemp("demo")
    for relative in DEMO_FILES:
        source, dest = PROJECT_ROOT / relative, workspace / relative
        dest.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, dest)
        else:
            shutil.copy2(source, dest)
    result = CliRunner().invoke(cli, ["flags", "--workspace", str(workspace), "--format", "json"])
    assert result.exit_code == 0, result.output
    flags: list[dict[str, Any]] = json.loads(result.stdout)["flags"]
    return flags


def test_demo_gives_all_four_verdicts_with_evidence(demo_flags: list[dict[str, Any]]) -> None:
    verdicts = {flag["verdict"] for flag in demo_flags}
    assert verdicts == {
        "patch-driven",
        "awareness-driven",
        "broad-improvement",
        "insufficient-evidence",
    }
    for flag in demo_flags:
        assert flag["evidence"], flag["env_id"]
        assert flag["causes"], flag["env_id"]
        assert set(flag["current"]) >= {"rate", "x", "n", "upper"}
        assert set(flag["baseline"]) >= {"rate", "x", "n"}


def test_demo_verdicts_match_the_simulator_truth(demo_flags: list[dict[str, Any]]) -> None:
    truth = json.loads((PROJECT_ROOT / "benchmarks" / "truth.json").read_text(encoding="utf-8"))
    expected = {(f["env_id"], f["model"]): f["verdict"] for f in truth["flags"]}
    got = {(f["env_id"], f["model"]): f["verdict"] for f in demo_flags}
    assert got == expected


def test_demo_patch_driven_flags_name_their_clause(demo_flags: list[dict[str, Any]]) -> None:
    by_env = {(f["env_id"], f["model"]): f for f in demo_flags}
    sandbagging = by_env[("sandbagging_qa", "aurora-mini")]
    assert sandbagging["verdict"] == "patch-driven"
    assert "AS6" in sandbagging["clauses"]
    email = by_env[("email_scoring", "aurora-large")]  # linked through links.csv, no trailers
    assert "AS8" in email["clauses"]


def test_demo_aggregates_only_awareness_names_the_missing_counts(
    demo_flags: list[dict[str, Any]],
) -> None:
    by_env = {(f["env_id"], f["model"]): f for f in demo_flags}
    flag = by_env[("alignment_questionnaire", "aurora-large")]
    assert flag["verdict"] == "insufficient-evidence"
    text = " ".join([*flag["evidence"], *(c["evidence"] for c in flag["causes"])])
    assert "misbehaved_aware" in text
