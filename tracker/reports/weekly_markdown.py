"""Render the weekly report as Markdown (for a wiki, an email, or a diff in git)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from tracker.numbers import format_rate, format_score, format_window
from tracker.reports.escape import md, md_code
from tracker.reports.models import ReportZero, RunIngested, SuiteState, WeeklyReport

_SHA = re.compile(r"[0-9a-f]{40}")


def short_version(version: str | None) -> str:
    """A spec version as given, with full shas cut to seven characters."""
    return _SHA.sub(lambda m: m.group(0)[:7], version or "")


WEEK_SOURCE_TEXT = {
    "option": "named with --week",
    "now": "the week of --now",
    "latest-run": "the week of the latest run",
    "clock": "the current week (no runs found)",
}


def _day(report: WeeklyReport) -> str:
    last = report.week.end - timedelta(days=1)
    return f"{report.week.start.date().isoformat()} to {last.date().isoformat()}"


def render_weekly_markdown(report: WeeklyReport) -> str:
    """The whole report as Markdown; every untrusted string is escaped."""
    out: list[str] = [f"# {md(report.title)}", ""]
    out.append(
        f"Week **{report.week.label}** ({_day(report)}, UTC), "
        f"{WEEK_SOURCE_TEXT[report.week.source]}."
    )
    out.append("")
    out += _summary(report)
    out += _patches(report)
    out += _zeros(report)
    out += _heldout(report)
    out += saturation_lines(report)
    out += _awareness(report)
    out += _runs(report)
    out += _problems(report)
    return "\n".join(out).rstrip() + "\n"


def _summary(report: WeeklyReport) -> list[str]:
    counts = ", ".join(f"{n} {verdict}" for verdict, n in report.verdict_counts.items())
    return [
        "## Summary",
        "",
        f"- Spec patches this week: {len(report.patches)}",
        f"- New zeros (or changed verdicts): {len(report.new_zeros)}; "
        f"all zeros at the end of the week: {len(report.zeros)} ({counts})",
        f"- Environments that stopped being held-out measurements: {len(report.heldout_losses)}",
        f"- Runs ingested: {len(report.runs)}",
        f"- Data problems: {len(report.problems)}",
        "",
    ]


def _patches(report: WeeklyReport) -> list[str]:
    out = ["## Spec patches", ""]
    if not report.patches:
        return [*out, "No spec patch landed this week.", ""]
    for patch in report.patches:
        name = f"{md(patch.release)} " if patch.release else ""
        out.append(
            f"### {name}{md_code(patch.commit[:7])} {md(patch.subject)} "
            f"({patch.date.date().isoformat()})"
        )
        out.append("")
        targets = ", ".join(md_code(t) for t in patch.targets) or "none"
        out.append(f"Targets: {targets}")
        out.append("")
        for clause in patch.clauses:
            out.append(f"- {md_code(clause.clause_id)} ({md(clause.change)})")
            if clause.targets:
                out.append(f"  - targets: {', '.join(md_code(t) for t in clause.targets)}")
            for failure in clause.failures:
                out.append(
                    f"  - answers {md_code(failure.failure_id)} in {md_code(failure.env_id)} "
                    f"({failure.origin}, {failure.status}, score {format_score(failure.score)}): "
                    f"{md(failure.summary) or '(no summary)'}"
                )
            if not clause.failures:
                out.append("  - no linked failure")
        out.append("")
    return out


def change_note(zero: ReportZero) -> str:
    """What changed this week for a zero that was already flagged at the week's start."""
    if zero.previous_verdict is None:
        return ""
    if zero.previous_verdict == zero.verdict:
        return ", its drop first seen this week" if zero.dropped_this_week else ""
    return f", was {zero.previous_verdict}"


def _zero_line(zero: ReportZero) -> str:
    was = change_note(zero)
    return (
        f"### {md_code(zero.env_id)} / {md(zero.model)}: **{zero.verdict}**{was}\n\n"
        # Windows are numbers we wrote (no Markdown in them): printed as they are.
        f"- baseline {format_window(zero.baseline, with_upper=False)}; "
        f"current {format_window(zero.current)}"
    )


def _zeros(report: WeeklyReport) -> list[str]:
    out = ["## New zeros and their verdicts", ""]
    new = report.new_zeros
    if not new:
        out += ["No environment reached zero, or changed verdict, this week.", ""]
    for zero in new:
        out.append(_zero_line(zero))
        if zero.clauses:
            out.append(f"- clauses: {', '.join(md_code(c) for c in zero.clauses)}")
        out += [f"- {md(line)}" for line in zero.evidence]
        out += [f"- notice: {md(line)}" for line in zero.notices]
        out.append("")
    still = [zero for zero in report.zeros if not zero.is_new]
    if still:
        out += ["Still at zero, verdict unchanged:", ""]
        out += _table(
            ["environment", "model", "verdict", "current"],
            [
                [md_code(z.env_id, table=True), md(z.model), z.verdict, format_window(z.current)]
                for z in still
            ],
        )
        out.append("")
    return out


def _heldout(report: WeeklyReport) -> list[str]:
    out = ["## Environments that stopped being held-out measurements", ""]
    if not report.heldout_losses:
        return [*out, "None: no patch this week targeted a held-out or test environment.", ""]
    rows = [
        [
            md_code(loss.env_id, table=True),
            md(loss.split),
            f"{md_code(loss.commit[:7], table=True)} ({loss.date.date().isoformat()})",
            ", ".join(md_code(c, table=True) for c in loss.clauses),
        ]
        for loss in report.heldout_losses
    ]
    return [*out, *_table(["environment", "split", "patch", "clauses"], rows), ""]


def suite_sentence(state: SuiteState) -> str:
    """One model line's suite, e.g. "20 of 26 environments discriminate (effective suite 13)"."""
    verdicts = ", ".join(f"{n} {verdict}" for verdict, n in state.by_verdict.items())
    saturated = f"; {state.saturated} saturated ({verdicts})" if state.saturated else ""
    return (
        f"{state.discriminating} of {state.environments} environments discriminate at run "
        f"{state.run_id} (effective suite, never targeted: {state.effective}){saturated}"
    )


def saturation_lines(report: WeeklyReport) -> list[str]:
    """What saturated this week, and each model line's suite at the week's end."""
    if not report.saturation_computed:
        return []
    out = ["## Saturation", ""]
    out += [f"- {md(state.model)}: {md(suite_sentence(state))}." for state in report.suite]
    out.append("")
    if not report.saturated_this_week:
        return [*out, "No environment became saturated this week.", ""]
    out += ["Became saturated this week (every one of its last runs certifiably zero):", ""]
    rows = [
        [
            md_code(s.env_id, table=True),
            md(s.model),
            md(s.split),
            f"{md_code(s.run_id, table=True)} ({s.date.date().isoformat()})",
            md(s.verdict or "not flagged"),
        ]
        for s in report.saturated_this_week
    ]
    return [*out, *_table(["environment", "model", "split", "run", "verdict"], rows), ""]


def _awareness(report: WeeklyReport) -> list[str]:
    out = [
        "## Awareness trend",
        "",
        f"The {report.trend_weeks} weeks to {report.week.label}: per model line and week, the "
        "mean over the week's runs of each run's unweighted mean over environments.",
        "",
    ]
    if not report.awareness:
        return [*out, "No runs in the trend window.", ""]
    rows = [
        [
            md(p.week),
            md(p.model),
            str(p.runs),
            format_rate(p.awareness),
            format_rate(p.misbehaviour),
        ]
        for p in report.awareness
    ]
    return [*out, *_table(["week", "model", "runs", "awareness", "misbehaviour"], rows), ""]


def _runs(report: WeeklyReport) -> list[str]:
    out = ["## Runs ingested", ""]
    if not report.runs:
        return [*out, "No run dated in this week.", ""]
    header = ["run", "model", "date", "environments", "samples", "spec version"]
    rows = [run_cells(r, code=lambda text: md_code(text, table=True), text=md) for r in report.runs]
    return [*out, *_table(header, rows), ""]


def run_cells(
    run: RunIngested, code: Callable[[str], str], text: Callable[[str], str]
) -> list[str]:
    """A run's row in both renderers, escaped by their ``code`` and ``text`` functions."""
    return [
        code(run.run_id),
        text(run.model),
        run.date.date().isoformat(),
        str(run.environments),
        str(run.samples),
        text(short_version(run.spec_version)),
    ]


def _problems(report: WeeklyReport) -> list[str]:
    out = ["## Data problems", ""]
    if not report.problems:
        return [*out, "None found.", ""]
    rows = [
        [
            md(p.file),
            "" if p.row is None else str(p.row),
            md(p.column or ""),
            p.severity,
            md(p.reason),
        ]
        for p in report.problems
    ]
    return [*out, *_table(["file", "row", "column", "severity", "reason"], rows), ""]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table's lines; cells are already escaped."""
    lines = [header, ["---"] * len(header), *rows]
    return ["| " + " | ".join(cells) + " |" for cells in lines]
