"""Loading specdrift.toml: defaults, path resolution, and errors that name the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.errors import WorkspaceError
from tracker.workspace import DEMO_WORKSPACE, find_workspace, open_workspace


def write_config(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "specdrift.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_empty_config_gives_the_documented_defaults(tmp_path: Path) -> None:
    write_config(tmp_path, "")
    workspace = open_workspace(tmp_path)
    analysis = workspace.settings.analysis
    assert (analysis.tau, analysis.alpha, analysis.q) == (0.02, 0.05, 0.05)
    assert analysis.specificity == 0.5
    assert analysis.awareness_share == 0.5
    assert workspace.settings.links.lookback_days == 120


def test_paths_resolve_against_the_workspace_root(tmp_path: Path) -> None:
    write_config(tmp_path / "ws", '[benchmarks]\nenvironments = "data/envs.csv"\n')
    workspace = open_workspace(tmp_path / "ws" / "specdrift.toml")
    assert workspace.root == (tmp_path / "ws").resolve()
    resolved = workspace.path(workspace.settings.benchmarks.environments)
    assert resolved == (tmp_path / "ws" / "data" / "envs.csv").resolve()


def test_unknown_key_is_named_with_its_section(tmp_path: Path) -> None:
    write_config(tmp_path, "[analysis]\ntaus = 0.01\n")
    with pytest.raises(WorkspaceError, match=r"specdrift\.toml: \[analysis\.taus\]"):
        open_workspace(tmp_path)


def test_wrong_type_is_named(tmp_path: Path) -> None:
    write_config(tmp_path, '[analysis]\ntau = "small"\n')
    with pytest.raises(WorkspaceError, match=r"\[analysis\.tau\]"):
        open_workspace(tmp_path)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    config = write_config(tmp_path, "[spec\nrepo = 1\n")
    with pytest.raises(WorkspaceError, match="not valid TOML") as caught:
        open_workspace(tmp_path)
    assert str(config.resolve()) in str(caught.value)


def test_folder_without_config_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match=r"no specdrift\.toml"):
        open_workspace(tmp_path)


def test_current_folder_wins_over_the_demo(tmp_path: Path) -> None:
    assert find_workspace(tmp_path) == DEMO_WORKSPACE
    write_config(tmp_path, "")
    assert find_workspace(tmp_path) == tmp_path.resolve()


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("[analysis]\nalpha = 1.5\n", "analysis.alpha"),
        ("[analysis]\ntau = -0.5\n", "analysis.tau"),
        ("[analysis]\ntau = 2.0\n", "analysis.tau"),
        ("[analysis]\nq = 0\n", "analysis.q"),
        ("[analysis]\ncurrent_runs = 0\n", "analysis.current_runs"),
        ("[analysis]\nspecificity = 1.5\n", "analysis.specificity"),
        ("[links]\nlookback_days = 0\n", "links.lookback_days"),
        ("[links]\nthreshold = 0.8\nhigh_confidence = 0.6\n", "links"),
        ("[spec]\nrename_threshold = 3\n", "spec.rename_threshold"),
    ],
)
def test_settings_out_of_range_are_exit_2_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, key: str
) -> None:
    from tracker.cli import main

    write_config(tmp_path, toml)
    with pytest.raises(WorkspaceError, match=rf"\[{key}\]"):
        open_workspace(tmp_path)
    assert main(["flags", "--workspace", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"[{key}]" in err
    assert "Traceback" not in err
