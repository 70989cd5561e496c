"""Gather a report's inputs from a workspace (the only part of tracker.reports that reads one).

Flags are recomputed on the data as it stood at the end of the report's week and at its start,
so a report of a past week says what was known then, and "new zeros" are the week's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.analysis.models import Flag
from tracker.failures.models import Link, LinkDecision, Patch
from tracker.reports.models import ReportWeek, WeeklyReport
from tracker.reports.review import ReviewInputs
from tracker.reports.weekly import WeeklyInputs, build_weekly_report
from tracker.settings import SpecSettings

if TYPE_CHECKING:
    # A type only: the module imports pandas, which a warm weekly report does not need.
    from tracker.analysis.sample_rows import SampleRows
    from tracker.workspace import Workspace


def latest_run_date(workspace: Workspace) -> datetime | None:
    """The date of the newest result row (None without any), kept with the derived results:
    a warm report names its week without reading the results table."""

    def compute() -> datetime | None:
        results = workspace.results
        if results.empty:
            return None
        latest: datetime = results["date"].max().to_pydatetime()
        return latest

    # It reads no links, so a link decision keeps it (tracker.derived_cache).
    return workspace.derived.get("latest_run_date", compute, keep_on_decision=True)


def _before(samples: SampleRows | None, moment: datetime) -> SampleRows | None:
    """The sample rows dated before ``moment``: a filtered view, nothing read yet."""
    return None if samples is None else samples.before(moment)


def flags_as_of(workspace: Workspace, moment: datetime) -> list[Flag]:
    """The verdicts computed on the runs and patches dated before ``moment``."""
    results = workspace.results
    if results.empty or results["date"].min() >= moment:
        return []
    if results["date"].max() < moment:
        return list(workspace.flags)

    def compute() -> list[Flag]:
        # Imported only to compute: it pulls in scipy.stats (~1.5 s), which flags read from
        # the derived cache do not need.
        from tracker.analysis.verdicts import compute_flags

        patches: Sequence[Patch] = [p for p in workspace.patches if p.date < moment]
        samples = _before(workspace.sample_table, moment)
        return list(
            compute_flags(
                results[results["date"] < moment],
                workspace.environments,
                list(patches),
                workspace.settings.analysis,
                samples=samples,
            )
        )

    # Kept with the workspace's derived results (tracker.derived_cache): a warm weekly report
    # does not re-run the analysis on last week's runs.
    return workspace.derived.get(f"flags_as_of:{moment.isoformat()}", compute)


def weekly_inputs(workspace: Workspace, week: ReportWeek) -> WeeklyInputs:
    """Everything the weekly report of ``week`` reads, from ``workspace``."""
    return WeeklyInputs(
        environments=workspace.environments,
        results=workspace.results,
        problems=workspace.problems,
        failures=workspace.failures,
        patches=workspace.patches,
        flags_now=flags_as_of(workspace, week.end),
        flags_before=flags_as_of(workspace, week.start),
        saturation=workspace.saturation_summary,
    )


def weekly_report(workspace: Workspace, week: ReportWeek, *, trend_weeks: int) -> WeeklyReport:
    """The weekly report of ``week``, kept with the workspace's derived results.

    It is a pure function of the workspace's inputs, which the derived cache's key covers, and
    of the week (its label and why it was chosen, which the report says) and the trend's
    length, which name the entry: a warm report reads it instead of the results table, two
    sets of flags and the saturation report (issue 18).
    """

    def build() -> WeeklyReport:
        return build_weekly_report(weekly_inputs(workspace, week), week, trend_weeks=trend_weeks)

    name = f"weekly_report:{week.label}:{week.source}:{trend_weeks}"
    return workspace.derived.get(name, build)


def review_inputs(
    base: str,
    head: str,
    spec: SpecSettings,
    *,
    workspace: Workspace | None,
    repo: Path,
    cache_dir: Path | None = None,
) -> ReviewInputs:
    """Read the range of ``repo`` as ``spec`` describes the spec (its files, clause marker,
    first-parent walk and rename threshold) and, with a workspace, the failures, environments
    and links to judge it."""
    from tracker.history.review_range import read_review_range

    span = read_review_range(repo, spec, base, head, cache_dir=cache_dir)
    plain = ReviewInputs(
        base=base,
        head=head,
        base_commit=span.base_commit,
        head_commit=span.head_commit,
        files=spec.files,
        changes=span.changes,
        commits=span.commits,
        clause_commits=span.clause_commits,
    )
    if workspace is None:
        return plain
    failures = workspace.failures
    decisions = workspace.link_decisions
    inferred: list[Link] = []
    unanswered = [
        change
        for change in span.changes
        if change.kind != "removed" and not _has_explicit_links(change.clause_id, plain, decisions)
    ]
    if unanswered and failures:
        from tracker.failures.linking import propose_links_for_changes

        inferred = propose_links_for_changes(
            unanswered,
            failures,
            workspace.settings.links,
            as_of=span.new.version.date,
            encoder=workspace.encoder,
            top=5,
            answered=_explicit_failures(plain, decisions),
        )
    return replace(
        plain,
        prompts=workspace_prompts(workspace),
        failures=failures,
        environments=workspace.environments,
        inferred=inferred,
        decisions=decisions,
        has_benchmarks=True,
        high_confidence=workspace.settings.links.high_confidence,
    )


def workspace_prompts(workspace: Workspace) -> dict[str, list[str]]:
    """Environment -> prompts: Inspect logs' sample inputs, then the ``[benchmarks] prompts``
    file."""
    from tracker.reports.prompts import read_log_prompts, read_prompts_file

    settings = workspace.settings.benchmarks
    prompts = read_log_prompts(
        [workspace.path(location) for location in settings.results], settings.inspect.env_key
    )
    if settings.prompts:
        for env_id, texts in read_prompts_file(workspace.path(settings.prompts)).items():
            prompts.setdefault(env_id, []).extend(t for t in texts if t not in prompts[env_id])
    return prompts


def _explicit_failures(inputs: ReviewInputs, decisions: Sequence[LinkDecision]) -> set[str]:
    """Failures an explicit link ties to a clause of the range, as the review lists them: a
    Prompted-by trailer of a commit that changed the clause (unless links.csv rejects the pair)
    or a confirmed decision. They are answered, so no other clause of the range infers them."""
    answered: set[str] = set()
    for change in inputs.changes:
        if change.kind == "removed":
            continue
        shas = set(inputs.clause_commits.get(change.clause_id, ()))
        commits = [v for v in inputs.commits if not inputs.clause_commits or v.commit in shas]
        mine = [d for d in decisions if d.clause_id == change.clause_id]
        rejected = {d.failure_id for d in mine if d.status == "rejected"}
        answered.update(f for v in commits for f in v.prompted_by if f not in rejected)
        answered.update(d.failure_id for d in mine if d.status == "confirmed")
    return answered


def _has_explicit_links(
    clause_id: str, inputs: ReviewInputs, decisions: Sequence[LinkDecision]
) -> bool:
    """A Prompted-by trailer on a commit that changed the clause, or a confirmed decision."""
    shas = set(inputs.clause_commits.get(clause_id, ()))
    commits = [v for v in inputs.commits if not inputs.clause_commits or v.commit in shas]
    if any(version.prompted_by for version in commits):
        return True
    return any(d.clause_id == clause_id and d.status == "confirmed" for d in decisions)
