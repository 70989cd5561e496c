"""Build the weekly report as data: pure functions of the workspace's tables and records.

The flags come in twice, as of the end of the report's week and as of the end of the week before,
so "new zeros" are the ones that appeared (or changed verdict) during the week. Everything is
sorted by stable keys, so the same input gives the same report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from tracker.analysis.models import VERDICTS, Flag, Verdict
from tracker.analysis.saturation_records import SaturationSummary
from tracker.benchmarks.models import Environment, RowProblem
from tracker.failures.models import Failure, Link, Patch
from tracker.reports.models import (
    TREND_WEEKS,
    AwarenessPoint,
    HeldoutLoss,
    LinkedFailure,
    ReportClause,
    ReportPatch,
    ReportProblem,
    ReportWeek,
    ReportZero,
    RunIngested,
    SuiteState,
    WeeklyReport,
    WeekSaturation,
)
from tracker.reports.weeks import week_label

if TYPE_CHECKING:
    # Only awareness_trend needs pandas at run time (imported there): the CLI imports this
    # module for every command, and a warm weekly report reads no table.
    import pandas as pd

HELDOUT_SPLITS = ("heldout", "test")
"""Splits that are meant to be clean measurements: a patch that targets them contaminates them."""


@dataclass(frozen=True)
class WeeklyInputs:
    """What the weekly report reads; the CLI fills it from a workspace."""

    environments: Sequence[Environment]
    results: pd.DataFrame
    """The results table (RESULT_COLUMNS)."""
    problems: Sequence[RowProblem]
    failures: Sequence[Failure]
    patches: Sequence[Patch]
    flags_now: Sequence[Flag]
    """Flags computed on the data up to the end of the report's week."""
    flags_before: Sequence[Flag] = field(default_factory=list)
    """Flags computed on the data up to the start of the report's week."""
    saturation: SaturationSummary | None = None
    """The suite's saturation (None: the report leaves the section out). A full
    ``SaturationReport`` is accepted too; its cross-model checks are not read."""


def build_weekly_report(
    inputs: WeeklyInputs,
    week: ReportWeek,
    *,
    trend_weeks: int = TREND_WEEKS,
    title: str = "",
) -> WeeklyReport:
    """The report of ``week``: patches, zeros, held-out losses, awareness, runs, problems."""
    patches = [p for p in inputs.patches if week.start <= p.date < week.end]
    patches.sort(key=lambda p: (p.date, p.commit))
    failures = {f.failure_id: f for f in inputs.failures}
    splits = {env.env_id: env.split for env in inputs.environments}
    zeros = _zeros(inputs.flags_now, inputs.flags_before)
    counts = dict.fromkeys(VERDICTS, 0)
    for zero in zeros:
        counts[zero.verdict] += 1
    return WeeklyReport(
        title=title or f"specdrift weekly report, {week.label}",
        week=week,
        patches=[_report_patch(patch, failures) for patch in patches],
        zeros=zeros,
        heldout_losses=_heldout_losses(
            patches,
            splits,
            already={e for p in inputs.patches if p.date < week.start for e in p.targets},
        ),
        awareness=awareness_trend(inputs.results, week, trend_weeks),
        trend_weeks=trend_weeks,
        runs=_runs_in_week(inputs.results, week),
        problems=[
            ReportProblem(
                file=p.file, row=p.row, column=p.column, reason=p.reason, severity=p.severity
            )
            for p in sorted(
                inputs.problems, key=lambda p: (p.file, p.row or 0, p.column or "", p.reason)
            )
        ],
        verdict_counts=counts,
        **_saturation_fields(inputs.saturation, week, inputs.flags_now),
    )


def _saturation_fields(
    saturation: SaturationSummary | None, week: ReportWeek, flags_now: Sequence[Flag]
) -> dict[str, Any]:
    """What saturated this week, each model line's suite at the week's end, and the timeline."""
    if saturation is None:
        return {}
    verdicts = {(f.model, f.env_id): f.verdict for f in flags_now}
    timeline = [p for p in saturation.timeline if p.date < week.end]
    suite = []
    for model in sorted({p.model for p in timeline}):
        last = [p for p in timeline if p.model == model][-1]
        # A suite state is the last point's counts, field for field.
        suite.append(SuiteState(**last.model_dump(include=set(SuiteState.model_fields))))
    this_week = [
        WeekSaturation(
            env_id=o.env_id,
            model=o.model,
            split=o.split,
            run_id=o.run_id,
            date=o.date,
            verdict=verdicts.get((o.model, o.env_id)),
        )
        for o in saturation.onsets
        if week.start <= o.date < week.end
    ]
    return {
        "saturation_computed": True,
        "suite": suite,
        "saturated_this_week": this_week,
        "saturation_timeline": timeline,
        "saturation_environments": [
            e
            for e in saturation.environments
            if e.heldout_lost_date is not None and e.heldout_lost_date < week.end
        ],
    }


def _report_patch(patch: Patch, failures: dict[str, Failure]) -> ReportPatch:
    clauses = [
        ReportClause(
            clause_id=clause.clause_id,
            changes=clause.changes,
            targets=sorted(clause.targets),
            failures=[linked_failure(link, failures) for link in _sorted_links(clause.links)],
        )
        for clause in sorted(patch.clauses, key=lambda c: c.clause_id)
    ]
    # The patch's own fields as they are; its clauses as the report shows them.
    fields = patch.model_dump(include={"commit", "date", "release", "subject"})
    return ReportPatch(**fields, clauses=clauses, targets=patch.targets)


def _sorted_links(links: Sequence[Link]) -> list[Link]:
    return sorted(links, key=lambda link: (-link.score, link.failure_id))


def linked_failure(link: Link, failures: dict[str, Failure]) -> LinkedFailure:
    """A link with its failure's summary (empty when the failure is not in the failure files)."""
    failure = failures.get(link.failure_id)
    return LinkedFailure(
        failure_id=link.failure_id,
        env_id=link.env_id,
        summary=failure.summary if failure else "",
        origin=link.origin,
        status=link.status,
        score=round(link.score, 4),
    )


def _zeros(now: Sequence[Flag], before: Sequence[Flag]) -> list[ReportZero]:
    previous = {(flag.env_id, flag.model): flag for flag in before}

    def verdict_before(flag: Flag) -> Verdict | None:
        was = previous.get((flag.env_id, flag.model))
        return was.verdict if was is not None else None

    def dropped(flag: Flag) -> bool:
        was = previous.get((flag.env_id, flag.model))
        return was is not None and was.baseline.n == 0 and flag.baseline.n > 0

    zeros = [
        ReportZero(
            env_id=flag.env_id,
            model=flag.model,
            verdict=flag.verdict,
            previous_verdict=verdict_before(flag),
            dropped_this_week=dropped(flag),
            baseline=flag.baseline,
            current=flag.current,
            clauses=list(flag.clauses),
            evidence=list(flag.evidence),
            notices=list(flag.notices),
        )
        for flag in now
    ]
    # New zeros first, then by verdict in the documented order, then by name.
    order = {verdict: i for i, verdict in enumerate(VERDICTS)}
    zeros.sort(key=lambda z: (not z.is_new, order[z.verdict], z.env_id, z.model))
    return zeros


def _heldout_losses(
    patches: Sequence[Patch], splits: Mapping[str, str], already: set[str]
) -> list[HeldoutLoss]:
    """Held-out and test environments first targeted this week (not by an earlier patch)."""
    losses: dict[str, HeldoutLoss] = {}
    for patch in patches:  # oldest first: the first patch of the week that targeted it
        for env_id in patch.targets:
            split = splits.get(env_id)
            if split not in HELDOUT_SPLITS or env_id in losses or env_id in already:
                continue
            clauses = sorted(c.clause_id for c in patch.clauses if env_id in c.targets)
            losses[env_id] = HeldoutLoss(
                env_id=env_id, split=split, commit=patch.commit, date=patch.date, clauses=clauses
            )
    return [losses[env_id] for env_id in sorted(losses)]


def _runs_in_week(results: pd.DataFrame, week: ReportWeek) -> list[RunIngested]:
    if results.empty:
        return []
    frame = results[(results["date"] >= week.start) & (results["date"] < week.end)]
    runs = []
    for run_id, rows in frame.groupby("run_id", sort=True):
        versions = sorted({str(v) for v in rows["spec_version"].dropna()})
        runs.append(
            RunIngested(
                run_id=str(run_id),
                model=str(rows["model"].iloc[0]),
                date=rows["date"].min().to_pydatetime(),
                environments=int(rows["env_id"].nunique()),
                samples=int(rows["n"].sum()),
                spec_version=", ".join(versions) or None,
            )
        )
    runs.sort(key=lambda r: (r.date, r.run_id))
    return runs


def awareness_trend(results: pd.DataFrame, week: ReportWeek, weeks: int) -> list[AwarenessPoint]:
    """Per model and ISO week, over ``weeks`` weeks ending with the report's week.

    Each run's rate is the unweighted mean over its environments (as the anti-scheming paper
    averages evaluations); a week's value is the mean over its runs.
    """
    if results.empty:
        return []
    start = week.start - timedelta(days=7 * (weeks - 1))
    frame = results[(results["date"] >= start) & (results["date"] < week.end)]
    frame = frame[frame["n"] > 0]
    if frame.empty:
        return []
    import pandas as pd

    rows = pd.DataFrame(
        {
            "run_id": frame["run_id"].astype(str),
            "model": frame["model"].astype(str),
            "date": frame["date"],
            "misbehaviour": frame["misbehaved"].astype(float) / frame["n"].astype(float),
            "awareness": pd.to_numeric(frame["aware"], errors="coerce").astype(float)
            / frame["n"].astype(float),
        }
    )
    per_run = rows.groupby(["model", "run_id"], sort=True).agg(
        date=("date", "min"), misbehaviour=("misbehaviour", "mean"), awareness=("awareness", "mean")
    )
    per_run = per_run.reset_index()
    per_run["week"] = [week_label(d.to_pydatetime()) for d in per_run["date"]]
    points = []
    for (model, label), group in per_run.groupby(["model", "week"], sort=True):
        awareness = group["awareness"].dropna()
        points.append(
            AwarenessPoint(
                week=str(label),
                model=str(model),
                runs=len(group),
                awareness=round(float(awareness.mean()), 6) if len(awareness) else None,
                misbehaviour=round(float(group["misbehaviour"].mean()), 6),
            )
        )
    return points
