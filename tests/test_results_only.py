"""A workspace needs only what it uses: results alone are a valid workspace (issue 10, part 1).

Without a spec repository nothing can be patch-driven and every flag says so; without an
environment catalog the environments are the ids in the results, with one warning; without
failures there are no links. A default path that is absent is fine; a path the toml names that
is absent is exit 2, naming the key.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.analysis.verdicts import NO_SPEC_HISTORY
from tracker.benchmarks.models import UNKNOWN
from tracker.cli import main
from tracker.errors import WorkspaceError
from tracker.workspace import open_workspace

# Two environments of one model: "fell" drops from 30% to 0% on 400 samples, "steady" stays.
RESULTS = """run_id,model,date,env_id,n,misbehaved
r1,m,2026-01-01,fell,400,120
r2,m,2026-02-01,fell,400,118
r3,m,2026-03-01,fell,400,0
r4,m,2026-04-01,fell,400,0
r1,m,2026-01-01,steady,400,80
r2,m,2026-02-01,steady,400,84
r3,m,2026-03-01,steady,400,79
r4,m,2026-04-01,steady,400,81
"""


@pytest.fixture
def results_only(tmp_path: Path) -> Path:
    (tmp_path / "results.csv").write_text(RESULTS, encoding="utf-8")
    (tmp_path / "specdrift.toml").write_text(
        '[benchmarks]\nresults = ["results.csv"]\n', encoding="utf-8"
    )
    return tmp_path


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main(argv) == 0, capsys.readouterr().err
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_workspace_without_spec_catalog_or_failures(results_only: Path) -> None:
    workspace = open_workspace(results_only)
    assert workspace.has_spec is False
    assert workspace.versions == []
    assert workspace.failures == []
    assert workspace.links == []
    assert workspace.patches == []
    assert [(e.env_id, e.split, e.category) for e in workspace.environments] == [
        ("fell", UNKNOWN, UNKNOWN),
        ("steady", UNKNOWN, UNKNOWN),
    ]
    warnings = [p for p in workspace.problems if p.severity == "warning"]
    assert len(warnings) == 1, warnings
    assert "no environment catalog" in warnings[0].reason
    assert "2 environments" in warnings[0].reason
    assert not workspace.ingest.errors


def test_flags_say_no_spec_history(results_only: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, ["flags", "--workspace", str(results_only), "--format", "json"])
    flags = data["flags"]
    assert isinstance(flags, list)
    assert [(f["env_id"], f["model"]) for f in flags] == [("fell", "m")]
    flag = flags[0]
    assert flag["verdict"] != "patch-driven"
    assert flag["clauses"] == []
    assert NO_SPEC_HISTORY in flag["evidence"]
    assert flag["baseline"]["n"] > 0


def test_ingest_and_summary_work(results_only: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ingested = _json(capsys, ["ingest", "--workspace", str(results_only), "--format", "json"])
    assert ingested["ingested_rows"] == 8
    assert ingested["rejected"] == []
    assert len(ingested["warnings"]) == 1  # type: ignore[arg-type]
    summary = _json(capsys, ["summary", "--workspace", str(results_only), "--format", "json"])
    runs = summary["runs"]
    assert isinstance(runs, list)
    assert [r["run_id"] for r in runs] == ["r1", "r2", "r3", "r4"]


def test_weekly_report_works(results_only: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = results_only / "report"
    code = main(
        [
            "report",
            "weekly",
            "--workspace",
            str(results_only),
            "--week",
            "2026-W14",
            "--out",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    markdown = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert "fell" in markdown
    assert next(out.glob("*.html")).stat().st_size > 0


def test_commands_needing_a_spec_say_so(
    results_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["spec", "log", "--workspace", str(results_only)]) == 2
    err = capsys.readouterr().err
    assert "no spec history" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ('[benchmarks]\nresults = ["result.csv"]\n', "[benchmarks] results"),
        (
            '[benchmarks]\nresults = ["results.csv"]\nenvironments = "envs.csv"\n',
            "[benchmarks] environments",
        ),
        (
            '[benchmarks]\nresults = ["results.csv"]\nfailures = ["failures.jsonl"]\n',
            "[benchmarks] failures",
        ),
        ('[spec]\nrepo = "spec"\n[benchmarks]\nresults = ["results.csv"]\n', "[spec] repo"),
    ],
)
def test_a_named_path_that_is_absent_is_exit_2(
    results_only: Path, capsys: pytest.CaptureFixture[str], toml: str, key: str
) -> None:
    (results_only / "specdrift.toml").write_text(toml, encoding="utf-8")
    workspace = open_workspace(results_only)
    with pytest.raises(WorkspaceError, match=key.replace("[", r"\[").replace("]", r"\]")):
        _ = workspace.flags  # computing the flags reads every named file
    assert main(["flags", "--workspace", str(results_only), "--fail-on", "patch-driven"]) == 2
    err = capsys.readouterr().err
    assert key in err
    assert "does not exist" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", ["flags", "summary", "saturation"])
@pytest.mark.parametrize(
    ("results", "message"),
    [
        (None, "no result rows to analyse"),
        ("run_id,model,date,environment,n,misbehaved\nr1,m,2026-01-01,a,400,3\n", "all 1 input"),
        ("run_id,model,date,env_id,n,misbehaved\nr1,m,2026-13-01,a,400,3\n", "all 1 input"),
    ],
)
def test_no_usable_results_is_exit_2_not_nothing_to_flag(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    results: str | None,
    message: str,
) -> None:
    """A wrong column name, bad dates or an empty folder must not pass a --fail-on in CI."""
    (tmp_path / "logs").mkdir()
    if results is not None:
        (tmp_path / "logs" / "results.csv").write_text(results, encoding="utf-8")
    (tmp_path / "specdrift.toml").write_text('[benchmarks]\nresults = ["logs"]\n', "utf-8")
    argv = [command, "--workspace", str(tmp_path)]
    if command == "flags":
        argv += ["--fail-on", "patch-driven"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
