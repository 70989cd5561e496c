"""One git seam: only ``tracker/history/git.py`` starts git or imports gitpython.

Every other module of tracker/ and dashboard/ goes through ``tracker.history.git.GitRepo``,
so errors, the ``-C`` folder and the persistent readers are handled in one place.
"""

from __future__ import annotations

import ast

import pytest

from tests.support.seams import ROOT, offending_modules

SEAM = ROOT / "tracker" / "history" / "git.py"
PROCESS_MODULES = {"subprocess", "multiprocessing", "pty"}
PROCESS_CALLS = {"system", "popen", "spawnl", "spawnlp", "spawnv", "spawnvp", "execv", "execvp"}


def offences(source: str) -> list[str]:
    """Why this module source starts git itself (empty when it does not).

    It starts git if it imports gitpython, or if it can start processes (subprocess, os.system,
    os.popen, os.spawn*, os.exec*) and holds a string that is or begins a git command.
    """
    tree = ast.parse(source)
    found: list[str] = []
    starts_processes: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top == "git":
                    found.append(f"line {node.lineno}: imports gitpython ({alias.name})")
                if top in PROCESS_MODULES:
                    starts_processes.append(f"line {node.lineno}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            top = node.module.split(".")[0]
            if top == "git":
                found.append(f"line {node.lineno}: imports gitpython ({node.module})")
            if top in PROCESS_MODULES:
                starts_processes.append(f"line {node.lineno}: from {node.module} import")
            if top == "os" and {a.name for a in node.names} & PROCESS_CALLS:
                starts_processes.append(f"line {node.lineno}: from os import a process call")
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "os"
            and node.attr in PROCESS_CALLS
        ):
            starts_processes.append(f"line {node.lineno}: os.{node.attr}")
    git_words = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and (node.value == "git" or node.value.startswith("git "))
    ]
    if starts_processes and git_words:
        found.append(
            f"{starts_processes[0]}, and the string 'git' on line {git_words[0]} (run git "
            "through tracker.history.git.GitRepo)"
        )
    return found


def test_no_module_but_the_seam_starts_git() -> None:
    assert offending_modules(SEAM, offences) == {}


def test_the_seam_itself_is_what_the_check_looks_for() -> None:
    # The seam imports gitpython: if the checker missed that, it would miss it anywhere.
    assert offences(SEAM.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "source",
    [
        'import subprocess\nsubprocess.run(["git", "log"])\n',
        'from subprocess import run\nrun(["git", "-C", ".", "log"])\n',
        'import os\nos.system("git status")\n',
        "import git\n",
        "from git import Repo\n",
        "from git.cmd import Git\n",
    ],
)
def test_the_check_catches_each_way_of_starting_git(source: str) -> None:
    assert offences(source)


@pytest.mark.parametrize(
    "source",
    [
        'import subprocess\nsubprocess.run(["ls"])\n',  # a process, not git
        'message = "git is not installed"\n',  # the word, with no way to start a process
        "from tracker.history.git import GitRepo\n",  # the seam itself
    ],
)
def test_the_check_lets_other_code_be(source: str) -> None:
    assert offences(source) == []


def test_tracker_history_draws_nothing() -> None:
    # Progress is a callback; drawing it (rich) is the CLI's business, never the reader's.
    drawing = {
        str(path.relative_to(ROOT)): node.lineno
        for path in sorted((ROOT / "tracker" / "history").glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if (
            isinstance(node, ast.Import) and any(a.name.split(".")[0] == "rich" for a in node.names)
        )
        or (isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "rich")
    }
    assert len(list((ROOT / "tracker" / "history").glob("*.py"))) >= 9
    assert drawing == {}
