"""CLI commands: ``report weekly``, the team lead's weekly report (Markdown and HTML)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from tracker.analysis.models import VERDICTS
from tracker.cli.common import (
    EXIT_FINDINGS,
    emit_json,
    format_option,
    load_workspace,
    parse_choice_list,
    stderr_console,
    workspace_option,
)
from tracker.errors import UsageError
from tracker.reports.models import TREND_WEEKS


def _parse_now(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise UsageError(
            f"--now {raw!r}: expected an ISO date-time such as 2026-11-20T09:00Z"
        ) from exc
    if moment.tzinfo is None:
        raise UsageError(f"--now {raw!r}: add a time zone (e.g. Z or +00:00)")
    return moment


@click.group("report")
def report() -> None:
    """Reports for people: the weekly report of spec patches, zeros and awareness."""


@report.command("weekly")
@click.option("--week", help="ISO week to report, e.g. 2026-W47. Default: the latest run's week.")
@click.option(
    "--now",
    "now_text",
    help="Report the week of this moment (ISO date-time with a zone), as a fixed clock.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("reports"),
    show_default=True,
    help="Folder for weekly-<week>.md and weekly-<week>.html.",
)
@click.option(
    "--fail-on",
    "fail_on",
    help=f"Exit 1 when a new zero of the week has one of these verdicts ({', '.join(VERDICTS)}).",
)
@click.option(
    "--trend-weeks",
    type=click.IntRange(1, 520),
    default=TREND_WEEKS,
    show_default=True,
    help="Weeks of awareness trend, ending with the report's week.",
)
@workspace_option
@format_option("text", "json", default="text")
def weekly(
    week: str | None,
    now_text: str | None,
    out_dir: Path,
    fail_on: str | None,
    trend_weeks: int,
    workspace_dir: Path | None,
    output_format: str,
) -> int:
    """Write the weekly report: spec patches, new zeros and their verdicts, environments that
    stopped being held-out, the awareness trend, runs ingested and data problems.

    The report is the same for the same input and week, so it can be kept in git and diffed.
    Exit codes: 0 ok, 1 a --fail-on verdict among the week's new zeros, 2 bad input.
    """
    from tracker.reports import choose_week, render_weekly_html, render_weekly_markdown
    from tracker.reports.sources import latest_run_date, weekly_report

    failing = parse_choice_list(fail_on, VERDICTS, "--fail-on")
    now = _parse_now(now_text)
    workspace = load_workspace(workspace_dir)
    workspace.require_results()
    # The latest run only names the week when neither --week nor --now does.
    latest = latest_run_date(workspace) if week is None and now is None else None
    chosen = choose_week(week, now, latest, datetime.now(UTC))
    built = weekly_report(workspace, chosen, trend_weeks=trend_weeks)
    out_dir.mkdir(parents=True, exist_ok=True)
    markdown_path = out_dir / f"weekly-{chosen.label}.md"
    html_path = out_dir / f"weekly-{chosen.label}.html"
    markdown_path.write_text(render_weekly_markdown(built), encoding="utf-8")
    html_path.write_text(render_weekly_html(built), encoding="utf-8")
    if output_format == "json":
        emit_json({"markdown": str(markdown_path), "html": str(html_path), "report": built})
    else:
        from tracker.reports.weekly_markdown import WEEK_SOURCE_TEXT

        click.echo(
            f"Week {chosen.label} ({WEEK_SOURCE_TEXT[chosen.source]}): "
            f"wrote {markdown_path} and {html_path}"
        )
    found = sorted({z.verdict for z in built.new_zeros if z.verdict in failing})
    if found:
        stderr_console().print(f"new zeros with verdict {', '.join(found)} (--fail-on)")
        return EXIT_FINDINGS
    return 0


COMMANDS: list[click.Command] = [report]
