"""Reports for people: the weekly report and the spec pull-request review.

Each is built as data (pydantic records in ``models``) by a pure function, then rendered by
pure functions to Markdown (and, for the weekly report, a self-contained HTML page). Only
``sources`` reads a workspace (the review's git range comes from ``tracker.history``).
"""

from tracker.reports.models import (
    REVIEW_FINDINGS,
    Review,
    ReviewClause,
    ReviewFinding,
    WeeklyReport,
)
from tracker.reports.review import ReviewInputs, build_review
from tracker.reports.review_markdown import COMMENT_MARKER, render_review_markdown
from tracker.reports.weekly import WeeklyInputs, build_weekly_report
from tracker.reports.weekly_html import render_weekly_html
from tracker.reports.weekly_markdown import render_weekly_markdown
from tracker.reports.weeks import choose_week, iso_week, week_of

# Names and the modules other packages import directly; tests/test_public_api.py pins them.
__all__ = [
    "COMMENT_MARKER",
    "REVIEW_FINDINGS",
    "Review",
    "ReviewClause",
    "ReviewFinding",
    "ReviewInputs",
    "WeeklyInputs",
    "WeeklyReport",
    "build_review",
    "build_weekly_report",
    "charts",
    "choose_week",
    "iso_week",
    "models",
    "render_review_markdown",
    "render_weekly_html",
    "render_weekly_markdown",
    "sources",
    "week_of",
    "weekly_markdown",
]
