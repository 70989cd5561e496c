"""Edge: read a BASE..HEAD range of the spec repository for the review (git via the seam).

Revisions may be release names (matched against the versions' ``release`` field), shas or any
git revision. A shallow clone that lacks the base gets a message telling the user to fetch it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.errors import SpecHistoryError, UsageError
from tracker.history.git import GitRepo
from tracker.history.reader import resolve_revision as resolve_git_revision
from tracker.spec.models import ClauseChange, ParsedVersion, SpecVersion

if TYPE_CHECKING:
    from tracker.settings import SpecSettings

SHALLOW_HINT = (
    "the repository is a shallow clone and does not contain the base revision {rev!r}; fetch "
    "the history first (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)"
)


def is_shallow(repo: Path) -> bool:
    status, output = GitRepo(repo).probe("rev-parse", "--is-shallow-repository")
    return status == 0 and output.strip() == "true"


def resolve_revision(repo: Path, rev: str, load_versions: Callable[[], list[ParsedVersion]]) -> str:
    """A full sha for ``rev``: a git revision, else a release name of the spec's versions (the
    latest version of that name wins). The history is only read when git does not know ``rev``.
    """
    try:
        return resolve_git_revision(repo, rev)
    except SpecHistoryError:
        if is_shallow(repo):
            raise SpecHistoryError(f"{repo}: " + SHALLOW_HINT.format(rev=rev)) from None
    versions = load_versions()
    releases = [v.version.commit for v in versions if v.version.release == rev]
    if releases:
        return releases[-1]
    known = ", ".join(sorted({v.version.release for v in versions if v.version.release}))
    raise SpecHistoryError(
        f"{repo}: unknown revision {rev!r}; expected a commit, a tag, a branch"
        + (f" or a release name ({known})" if known else "")
    )


def check_ancestry(repo: Path, base: str, head: str) -> None:
    """The base must be an ancestor of the head; a shallow boundary is the usual reason not."""
    status, _ = GitRepo(repo).probe("merge-base", "--is-ancestor", base, head)
    if status == 0:
        return
    if is_shallow(repo):
        raise SpecHistoryError(f"{repo}: " + SHALLOW_HINT.format(rev=base))
    # Not an ancestor: review the merge-base..head range, as a pull request does.


def merge_base(repo: Path, base: str, head: str) -> str:
    status, output = GitRepo(repo).probe("merge-base", base, head)
    if status != 0:
        if is_shallow(repo):
            raise SpecHistoryError(f"{repo}: " + SHALLOW_HINT.format(rev=base))
        raise SpecHistoryError(f"{repo}: {base[:7]} and {head[:7]} share no history")
    return output.strip()


@dataclass(frozen=True)
class ReviewRange:
    base_commit: str
    head_commit: str
    old: ParsedVersion
    new: ParsedVersion
    changes: list[ClauseChange]
    commits: list[SpecVersion]
    clause_commits: dict[str, list[str]]


def attribute_changes(
    base: ParsedVersion, in_range: list[ParsedVersion], rename_threshold: float
) -> dict[str, list[str]]:
    """Clause id -> the range's commits that changed it, from diffs of consecutive versions."""
    from tracker.spec.lineage import diff_clauses

    changed: dict[str, list[str]] = {}
    previous = base
    for version in in_range:
        for change in diff_clauses(
            previous,
            version,
            commit=version.version.commit,
            date=version.version.date,
            rename_threshold=rename_threshold,
        ):
            changed.setdefault(change.clause_id, []).append(version.version.commit)
        previous = version
    return changed


def read_review_range(
    repo: Path, spec: SpecSettings, base: str, head: str, *, cache_dir: Path | None
) -> ReviewRange:
    """Parse the spec at BASE and HEAD, diff them, and attribute each change to its commits.

    ``spec``: the files, clause marker, first-parent walk and rename threshold to read with.
    """
    from tracker.history.reader import read_spec_at, read_spec_history
    from tracker.spec.lineage import diff_clauses

    files, clause_marker, rename_threshold = spec.files, spec.clause_marker, spec.rename_threshold

    @cache
    def history() -> list[ParsedVersion]:
        return read_spec_history(repo, spec, cache_dir)

    head_commit = resolve_revision(repo, head, history)
    base_commit = resolve_revision(repo, base, history)
    check_ancestry(repo, base_commit, head_commit)
    start = merge_base(repo, base_commit, head_commit)
    if start == head_commit and base_commit != head_commit:
        # HEAD is behind BASE: the merge base is HEAD itself and the range is empty. A review
        # of "nothing changed" would pass a --fail-on in CI; the arguments are swapped.
        raise UsageError(
            f"{repo}: HEAD {head!r} ({head_commit[:7]}) is an ancestor of BASE {base!r} "
            f"({base_commit[:7]}), so there is nothing to review; a review compares an older "
            f"BASE with a newer HEAD (did you mean `review {head} {base}`?)"
        )
    old = read_spec_at(repo, files, start, clause_marker=clause_marker)
    new = read_spec_at(repo, files, head_commit, clause_marker=clause_marker)
    changes = diff_clauses(
        old, new, commit=head_commit, date=new.version.date, rename_threshold=rename_threshold
    )
    in_range = read_spec_history(repo, spec, cache_dir, revision=head_commit, since=start)
    if len(in_range) > 1:
        clause_commits = attribute_changes(old, in_range, rename_threshold)
    else:
        only = [v.version.commit for v in in_range]
        clause_commits = {change.clause_id: only for change in changes}
    return ReviewRange(
        base_commit=start,
        head_commit=head_commit,
        old=old,
        new=new,
        changes=changes,
        commits=[v.version for v in in_range],
        clause_commits=clause_commits,
    )
