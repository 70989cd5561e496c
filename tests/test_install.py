"""specdrift installed from its wheel, outside the checkout, and the CLI's last line of defence.

The slow test builds the wheel, installs it with every dependency into a new virtual environment
and runs ``flags``, ``spec log`` and ``demo`` from an empty folder, as a user would.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.gitrepo import GitRepo
from tracker.cli import main

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VERDICTS = {"patch-driven", "awareness-driven", "broad-improvement", "insufficient-evidence"}
# Not part of the source a wheel is built from: caches, the dev venv, build output.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    ".specdrift",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
    "anti-scheming",  # the demo's spec repository, rebuilt from its fast-export stream
)


def test_an_os_error_about_a_path_is_one_line_and_exit_2(
    make_repo: Callable[[str], GitRepo], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --out under a regular file: the OS refuses to make the folder. No traceback, the path named.
    repo = make_repo("spec")
    repo.commit("Initial spec", files={"spec.md": "# Spec\n\nAS1: Never lie.\n"})
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    argv = ["review", "HEAD", "HEAD", "--repo", str(repo.path), "--file", "spec.md"]
    assert main([*argv, "--out", str(blocker / "review.md")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.startswith("error: ")
    assert str(blocker) in " ".join(err.split())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_http_200(url: str, server: subprocess.Popen[bytes], timeout: float) -> float:
    """Seconds until ``url`` answers 200; fails if the server exits or the time runs out."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        assert server.poll() is None, f"specdrift demo exited with {server.returncode}"
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return time.monotonic() - start
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    pytest.fail(f"{url} did not answer 200 within {timeout:.0f} s")


def _package_files(source: Path) -> set[str]:
    """Every file of the two packages in ``source``, as the wheel must hold it (no caches)."""
    names = set()
    for package in ("tracker", "dashboard"):
        for path in (source / package).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                names.add(path.relative_to(source).as_posix())
    return names


FULL_INSTALL = os.environ.get("SPECDRIFT_TEST_FULL_INSTALL") == "1"

# Run in the new venv: every dependency the wheel declares is there, at a version it accepts.
_UNMET_REQUIREMENTS = """
import importlib.metadata as metadata, json
from packaging.requirements import Requirement
unmet = []
for raw in metadata.requires("specdrift") or []:
    requirement = Requirement(raw)
    if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
        continue
    try:
        found = metadata.version(requirement.name)
    except metadata.PackageNotFoundError:
        unmet.append(raw)
        continue
    if not requirement.specifier.contains(found, prereleases=True):
        unmet.append(f"{raw} (found {found})")
print(json.dumps(unmet))
"""


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    """Build the wheel, install it in a NEW venv, and use it from an empty folder.

    The new venv reuses the dev venv's installed dependencies: a ``.pth`` file names the dev venv's
    site-packages, and the wheel itself is installed with ``pip install --no-deps`` (before the
    ``.pth`` is written, so pip sees a pristine venv). A full install with ``-c constraints.txt``
    measured 3 min 6 s, then 3 min 34 s and 6 min 17 s with pip's cache warm while other work shared
    the 2 cores, plus 2.2 GB written and about 2 min to delete: past the ~4 minutes this test may
    take inside ``make test``. The blind spot (an import the wheel does not declare but the dev
    venv happens to hold) is narrowed by checking that every declared dependency is met, and
    closed by SPECDRIFT_TEST_FULL_INSTALL=1, which installs every dependency for real.
    HOME and XDG_CACHE_HOME point into tmp only for the specdrift commands (pip keeps its cache).
    """
    # The wheel is built from a copy: building in place would write build/ into the checkout.
    source = tmp_path / "source"
    shutil.copytree(PROJECT_ROOT, source, ignore=_NOT_SOURCE)
    dist = tmp_path / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "wheel", "--no-deps", "-q", "-w", str(dist), str(source)], check=True)
    (wheel,) = dist.glob("specdrift-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(_package_files(source) - names)
    assert missing == [], f"the wheel lacks (see package-data in pyproject.toml): {missing}"
    assert not [name for name in names if name.startswith(("tests/", "benchmarks/"))]

    venv = tmp_path / "venv"
    python = str(venv / "bin" / "python")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        install = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        started = time.monotonic()
        if FULL_INSTALL:
            constraints = ["-c", str(PROJECT_ROOT / "constraints.txt")]
            subprocess.run([*install, *constraints, str(wheel)], check=True)
        else:
            subprocess.run([*install, "--no-deps", str(wheel)], check=True)
            site = sysconfig.get_paths(vars={"base": str(venv), "platbase": str(venv)})["purelib"]
            reused = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
            Path(site, "specdrift-dev-venv.pth").write_text("\n".join(sorted(reused)) + "\n")
        print(f"install into the new venv: {time.monotonic() - started:.0f} s")
        unmet = subprocess.run(
            [python, "-c", _UNMET_REQUIREMENTS], capture_output=True, text=True, check=True
        )
        assert json.loads(unmet.stdout) == []
        _use_the_installed_specdrift(venv, tmp_path)
    finally:
        shutil.rmtree(venv, ignore_errors=True)  # 2.2 GB after a full install


def _use_the_installed_specdrift(venv: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    cache = tmp_path / "xdg-cache"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    }
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CACHE_HOME=str(cache),
        PATH=f"{venv / 'bin'}{os.pathsep}/usr/local/bin{os.pathsep}/usr/bin{os.pathsep}/bin",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        INSPECT_DISABLE_TELEMETRY="1",
    )

    def specdrift(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["specdrift", *args], cwd=empty, env=env, capture_output=True, text=True, timeout=600
        )

    located = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import tracker; print(tracker.__file__)"],
        cwd=empty,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    site_packages = Path(located.stdout.strip()).parent.parent
    assert venv in site_packages.parents  # the installed copy, not the checkout

    version = json.loads(
        subprocess.run(
            [str(venv / "bin" / "python"), "-c", _PRINT_VERSION],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    demo = cache / "specdrift" / f"demo-{version}"

    flags = specdrift("flags", "--format", "json")
    assert flags.returncode == 0, flags.stderr
    assert "Traceback" not in flags.stderr
    assert f"Generating the demo workspace in {demo} (once) ..." in flags.stderr
    assert {flag["verdict"] for flag in json.loads(flags.stdout)["flags"]} == VERDICTS
    assert (demo / "specdrift.toml").is_file()
    # The regenerated demo is the checkout's, byte for byte, with this venv's numpy and pandas.
    for relative in ("benchmarks/results.csv", "benchmarks/samples.csv", "specs_history/links.csv"):
        assert (demo / relative).read_bytes() == (PROJECT_ROOT / relative).read_bytes(), relative
    assert [p.name for p in demo.parent.iterdir()] == [demo.name]  # no staging folder left
    assert not (site_packages / "specdrift.toml").exists()
    assert not (site_packages / "specs_history").exists()

    log = specdrift("spec", "log", "--format", "json")
    assert log.returncode == 0, log.stderr
    assert "Generating" not in log.stderr  # generated once, then reused
    assert len(json.loads(log.stdout)) == 13

    port = _free_port()
    help_text = specdrift("demo", "--help").stdout
    assert "--port" in help_text
    assert "--host" in help_text
    out, err = (tmp_path / "demo.out").open("wb"), (tmp_path / "demo.err").open("wb")
    server = subprocess.Popen(
        ["specdrift", "demo", "--host", "127.0.0.1", "--port", str(port)],
        cwd=empty,
        env=env,
        stdout=out,
        stderr=err,
    )
    try:
        seconds = _wait_for_http_200(f"http://127.0.0.1:{port}/", server, timeout=300)
        print(f"specdrift demo answered 200 after {seconds:.1f} s")
    finally:
        server.terminate()
        server.wait(timeout=30)
        out.close()
        err.close()
    errors = (tmp_path / "demo.err").read_text(encoding="utf-8")
    assert "Traceback" not in errors
    assert f"http://127.0.0.1:{port}/" in (tmp_path / "demo.out").read_text(encoding="utf-8")


_PRINT_VERSION = "import json, importlib.metadata as m; print(json.dumps(m.version('specdrift')))"
