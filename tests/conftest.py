"""Fixtures shared across the test suite."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import pytest

from tests.support.browser import CHROMIUM, chromium
from tests.support.gitrepo import GitRepo
from tracker.cli import main

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
OPENAI_SPEC_CORPUS = SHARED / "corpora" / "openai-model-spec"

# Nothing may download at run time: the embedding model comes from an installed package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("INSPECT_DISABLE_TELEMETRY", "1")


@pytest.fixture
def make_repo(tmp_path: Path) -> Callable[[str], GitRepo]:
    """A factory of real, empty git repositories under tmp_path."""

    def make(name: str = "spec") -> GitRepo:
        return GitRepo(tmp_path / name)

    return make


@pytest.fixture(scope="session")
def openai_spec_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real OpenAI Model Spec history (six releases) rebuilt as a git repository."""
    if not OPENAI_SPEC_CORPUS.is_dir():
        pytest.skip(f"the shared corpus is absent: {OPENAI_SPEC_CORPUS} (needs ../shared)")
    dest = tmp_path_factory.mktemp("openai") / "model_spec"
    subprocess.run(
        ["bash", str(OPENAI_SPEC_CORPUS / "build-repo"), str(dest)], check=True, capture_output=True
    )
    return dest


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session: Playwright's sync API cannot nest."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: `make browser-deps` installs Debian's chromium")
    with chromium() as launched:
        yield launched


class CliResult(NamedTuple):
    """What one ``specdrift`` invocation gave: a tuple, so ``code, out, err = cli(...)`` reads."""

    code: int
    out: str
    err: str  # whitespace collapsed: rich wraps long messages on stderr at the terminal width

    @property
    def json(self) -> Any:
        """stdout parsed as JSON (for ``--format json``)."""
        return json.loads(self.out)


class Cli(Protocol):
    def __call__(self, *args: str) -> CliResult: ...


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``tracker.cli.main(args)`` in-process, as the console script does, and capture it.

    Every caller gets the same contract checked: whatever the exit code, no traceback reaches
    the user (bad input is a SpecdriftError, which the CLI turns into a message and exit 2).
    """

    def invoke(*args: str) -> CliResult:
        code = main(list(args))
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return CliResult(code, out, " ".join(err.split()))

    return invoke
