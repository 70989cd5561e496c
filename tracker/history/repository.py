"""The spec repository on disk: open it, or rebuild it from a ``git fast-export`` stream.

The demo's spec history is committed to the project as a fast-export stream (a text file that
git can replay), and rebuilt into a real repository the first time a command needs it.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import SpecHistoryError
from tracker.history.git import GitRepo


@dataclass(frozen=True)
class RepositoryInfo:
    """What git says about a folder: whether it is a repository's top, and of which kind."""

    top: bool
    """The folder is the top of a working tree, or the git folder itself (bare or ``.git``)."""
    bare: bool
    """A bare repository: history and no working tree."""
    work_tree: bool
    """The folder is in a working tree (False in a bare repository or inside a ``.git``)."""
    git_dir: Path
    inside_git_dir: bool
    """The folder is a git folder or lies inside one (never a place to write spec files)."""
    shallow: bool


def inspect_repository(path: Path) -> RepositoryInfo | None:
    """One ``git rev-parse``: None if ``path`` is no folder or lies in no git repository.

    ``--show-toplevel`` fails in a repository without a working tree, so the top of a working
    tree is told by ``--show-cdup`` (empty at the top; git prints no line for it when there is
    no working tree), and the top of a bare repository by its git folder being ``path``.
    """
    if not path.is_dir():
        return None
    status, output = GitRepo(path).probe(
        "rev-parse",
        "--is-bare-repository",
        "--is-inside-git-dir",
        "--absolute-git-dir",
        "--is-shallow-repository",
        "--show-cdup",
    )
    lines = output.split("\n")
    if status != 0 or len(lines) < 4:
        return None
    bare, inside_git_dir, git_dir = lines[0] == "true", lines[1] == "true", Path(lines[2])
    work_tree = not (bare or inside_git_dir)
    at_top_of_tree = len(lines) > 4 and lines[4] == ""
    top = at_top_of_tree if work_tree else git_dir.resolve() == path.resolve()
    return RepositoryInfo(
        top=top,
        bare=bare,
        work_tree=work_tree,
        git_dir=git_dir,
        inside_git_dir=inside_git_dir,
        shallow=lines[3] == "true",
    )


def is_git_repository(path: Path) -> bool:
    """True if ``path`` is the top of a git working tree, or a bare repository (or a ``.git``)."""
    info = inspect_repository(path)
    return info is not None and info.top


def bare_repository_error(
    repo: Path, command: str, why: str, *, git_folder: bool = False
) -> SpecHistoryError:
    """Why ``command`` cannot work on a repository without a working tree (say which, and why)."""
    kind = "the .git folder of a repository" if git_folder else "a bare repository"
    return SpecHistoryError(
        f"{repo}: {kind} (no working tree), and {command} {why}; run it in a clone with a "
        f"working tree (git clone {repo} DIR) and push from there. The reading commands "
        "(spec log, show, diff, blame, review) do work on it."
    )


def ensure_spec_repo(repo: Path, export: Path | None) -> Path:
    """``repo`` if it is a git repository, else rebuilt from the ``export`` stream, else an error.

    The rebuild happens in a temporary folder beside ``repo`` that is renamed into place only
    when complete, so an interrupted rebuild never leaves a half-built repository behind.
    """
    if is_git_repository(repo):
        return repo
    if export is not None and export.is_file():
        if repo.exists() and any(repo.iterdir()):
            raise SpecHistoryError(
                f"{repo} exists but is not a git repository; remove it to rebuild it from {export}"
            )
        import_spec_repo(export, repo)
        return repo
    if export is None:
        raise SpecHistoryError(f"{repo}: not a git repository (and no export stream is configured)")
    raise SpecHistoryError(
        f"{repo}: not a git repository, and the export stream {export} to rebuild it from "
        "does not exist"
    )


def import_spec_repo(export: Path, repo: Path) -> None:
    """Create ``repo`` from a ``git fast-export`` stream and check out its main branch."""
    repo.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{repo.name}-", dir=repo.parent))
    git = GitRepo(staging)
    try:
        git.run("init", "-q", "-b", "main")
        git.run("config", "commit.gpgsign", "false")
        git.run("fast-import", "--quiet", input_bytes=export.read_bytes())
        branches = git.run("for-each-ref", "--format=%(refname:short)", "refs/heads")
        names = branches.decode().split()
        if not names:
            raise SpecHistoryError(f"{export}: the stream holds no branch to check out")
        branch = "main" if "main" in names else "master" if "master" in names else names[0]
        git.run("checkout", "-q", "-f", branch)
        try:
            if repo.exists():
                repo.rmdir()  # empty (checked by the caller)
            staging.rename(repo)
        except OSError as exc:
            # Another process may have finished the same rebuild first: use its repository.
            if not is_git_repository(repo):
                raise SpecHistoryError(
                    f"{repo}: could not put the rebuilt repository here ({exc})"
                ) from exc
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def export_spec_repo(repo: Path, dest: Path) -> None:
    """Write every branch and tag of ``repo`` as a ``git fast-export`` stream to ``dest``."""
    if not is_git_repository(repo):
        raise SpecHistoryError(f"{repo}: not a git repository")
    stream = GitRepo(repo).run("fast-export", "--all", "--signed-tags=strip", "--reencode=yes")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.write_bytes(stream)
    partial.replace(dest)
