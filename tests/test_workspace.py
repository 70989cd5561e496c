"""Loading specdrift.toml: defaults, path resolution, and errors that name the file and key."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

from tracker.demo import checkout_demo, demo_cache_dir, demo_workspace, generate_demo
from tracker.errors import WorkspaceError
from tracker.workspace import find_workspace, open_workspace

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_FILES = [
    "specdrift.toml",
    "specs_history/anti-scheming.fast-export",
    "specs_history/links.csv",
    "benchmarks/environments.csv",
    "benchmarks/results.csv",
    "benchmarks/results_aggregate.csv",
    "benchmarks/samples.csv",
    "benchmarks/failures.jsonl",
    "benchmarks/truth.json",
]


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


def test_misspelt_key_gets_its_line_and_the_nearest_known_key(tmp_path: Path) -> None:
    write_config(tmp_path, "# thresholds\n[analysis]\ntau = 0.01\ncurent_runs = 3\n")
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(tmp_path)
    message = str(caught.value)
    assert "[analysis.curent_runs] (line 4) unknown setting 'curent_runs'" in message
    assert "did you mean 'current_runs'?" in message


def test_misspelt_table_and_nested_key_are_suggested(tmp_path: Path) -> None:
    write_config(tmp_path, '[benchmark]\nresults = "r.csv"\n\n[links]\nlookback_dayz = 3\n')
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(tmp_path)
    message = str(caught.value)
    assert "[benchmark] (line 1) unknown setting 'benchmark'; did you mean 'benchmarks'?" in message
    assert "[links.lookback_dayz] (line 5)" in message
    assert "did you mean 'lookback_days'?" in message


def test_unknown_key_far_from_any_lists_the_table(tmp_path: Path) -> None:
    write_config(tmp_path, "[spec]\nzzzzzz = 1\n")
    with pytest.raises(WorkspaceError, match=r"expected one of .*rename_threshold"):
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
    # In a checkout the demo is the checkout's own files (the tests and the README read them).
    assert find_workspace(tmp_path) == demo_workspace() == PROJECT_ROOT
    write_config(tmp_path, "")
    assert find_workspace(tmp_path) == tmp_path.resolve()


def test_site_packages_is_not_a_checkout(tmp_path: Path) -> None:
    # An installed tracker/ sits in site-packages beside other packages, with no pyproject.toml.
    (tmp_path / "tracker").mkdir()
    assert checkout_demo(tmp_path) is None
    write_config(tmp_path, "")  # a stray specdrift.toml alone does not make a checkout
    assert checkout_demo(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    assert checkout_demo(tmp_path) == tmp_path
    assert checkout_demo(PROJECT_ROOT) == PROJECT_ROOT


def test_demo_cache_follows_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"demo-{version('specdrift')}"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert demo_cache_dir() == tmp_path / "xdg" / "specdrift" / name
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG spec: relative is ignored
    assert demo_cache_dir() == tmp_path / "home" / ".cache" / "specdrift" / name
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert demo_cache_dir() == tmp_path / "home" / ".cache" / "specdrift" / name


def test_generated_demo_is_the_committed_one(tmp_path: Path) -> None:
    dest = tmp_path / "cache" / "specdrift" / "demo-test"
    messages: list[str] = []
    assert generate_demo(dest, messages.append) == dest
    assert messages == [f"Generating the demo workspace in {dest} (once) ..."]
    for relative in DEMO_FILES:
        generated = (dest / relative).read_bytes()
        assert generated == (PROJECT_ROOT / relative).read_bytes(), f"{relative} differs"
    assert [p.name for p in dest.parent.iterdir()] == [dest.name]  # no staging folder left
    assert len(open_workspace(dest).versions) == 13  # its spec repository is a real git history


def test_interrupted_generation_leaves_no_half_demo(tmp_path: Path) -> None:
    dest = tmp_path / "specdrift" / "demo-test"
    script = "import sys; from pathlib import Path; from tracker.demo import generate_demo; "
    script += "generate_demo(Path(sys.argv[1]))"
    child = subprocess.Popen([sys.executable, "-c", script, str(dest)], cwd=PROJECT_ROOT)
    deadline = time.monotonic() + 60

    def started_writing() -> bool:
        folders = [p for p in dest.parent.iterdir() if p.is_dir()] if dest.parent.is_dir() else []
        return any(any(folder.iterdir()) for folder in folders)

    # Kill it (no cleanup can run) as soon as the simulator has written its first file.
    while not started_writing():
        assert child.poll() is None, "the generation ended before it could be interrupted"
        assert time.monotonic() < deadline, "the generation never started writing"
        time.sleep(0.002)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert not dest.exists()
    assert [p.name.startswith(f".{dest.name}-") for p in dest.parent.iterdir()] == [True]

    # The next use generates a complete demo beside the leftover.
    assert generate_demo(dest) == dest
    assert (dest / "benchmarks" / "samples.csv").read_bytes() == (
        PROJECT_ROOT / "benchmarks" / "samples.csv"
    ).read_bytes()


def test_unwritable_cache_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="cannot create the demo workspace") as caught:
        generate_demo(blocker / "specdrift" / "demo-test")
    assert str(blocker) in str(caught.value)
    assert "XDG_CACHE_HOME" in str(caught.value)


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
