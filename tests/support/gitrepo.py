"""Build real git repositories with dated commits for tests and benchmarks."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


class GitRepo:
    """A real git repository in a folder, committed to with explicit dates and authors."""

    def __init__(self, path: Path, branch: str = "main") -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", branch)
        self.git("config", "user.name", "Spec Author")
        self.git("config", "user.email", "author@example.invalid")
        self.git("config", "commit.gpgsign", "false")

    def git(self, *args: str, date: str | None = None) -> str:
        env = dict(os.environ)
        if date is not None:
            env["GIT_AUTHOR_DATE"] = date
            env["GIT_COMMITTER_DATE"] = date
        done = subprocess.run(
            ["git", *args], cwd=self.path, env=env, check=True, capture_output=True, text=True
        )
        return done.stdout.strip()

    def write(self, relative: str, content: str | bytes) -> Path:
        target = self.path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
        return target

    def commit(
        self,
        message: str,
        date: str = "2026-01-01T12:00:00+00:00",
        files: dict[str, str | bytes] | None = None,
        allow_empty: bool = False,
    ) -> str:
        """Write ``files``, stage everything, commit with ``date``; return the full sha."""
        for relative, content in (files or {}).items():
            self.write(relative, content)
        self.git("add", "-A")
        args = ["commit", "-q", "-m", message]
        if allow_empty:
            args.append("--allow-empty")
        self.git(*args, date=date)
        return self.git("rev-parse", "HEAD")
