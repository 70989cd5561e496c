"""ISO weeks: parse ``2026-W47``, and pick the week a report covers."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from tracker.errors import UsageError
from tracker.reports.models import ReportWeek, WeekSource

_WEEK = re.compile(r"^(?P<year>\d{4})-?W(?P<week>\d{1,2})$")


def iso_week(label: str, source: WeekSource = "option") -> ReportWeek:
    """The week named ``YYYY-Www`` (e.g. ``2026-W47``); a clear error for anything else."""
    match = _WEEK.match(label.strip())
    if match is None:
        raise UsageError(f"--week {label!r}: expected an ISO week such as 2026-W47")
    year, week = int(match["year"]), int(match["week"])
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise UsageError(f"--week {label!r}: {year} has no week {week}") from exc
    return _week_from_monday(monday, source)


def week_of(moment: datetime, source: WeekSource) -> ReportWeek:
    """The ISO week (in UTC) that contains ``moment``, which must be timezone-aware."""
    if moment.tzinfo is None:
        raise UsageError(f"{moment.isoformat()}: a time zone is needed (e.g. +00:00 or Z)")
    day = moment.astimezone(UTC).date()
    return _week_from_monday(day - timedelta(days=day.weekday()), source)


def _week_from_monday(monday: date, source: WeekSource) -> ReportWeek:
    start = datetime(monday.year, monday.month, monday.day, tzinfo=UTC)
    year, week, _ = monday.isocalendar()
    return ReportWeek(
        label=f"{year}-W{week:02d}", start=start, end=start + timedelta(days=7), source=source
    )


def week_label(moment: datetime) -> str:
    """``YYYY-Www`` of a timezone-aware moment, in UTC."""
    year, week, _ = moment.astimezone(UTC).isocalendar()
    return f"{year}-W{week:02d}"


def choose_week(
    week: str | None, now: datetime | None, latest_run: datetime | None, clock: datetime
) -> ReportWeek:
    """``--week``, else the week of ``--now``, else of the latest run, else of the clock."""
    if week is not None:
        return iso_week(week, "option")
    if now is not None:
        return week_of(now, "now")
    if latest_run is not None:
        return week_of(latest_run, "latest-run")
    return week_of(clock, "clock")
