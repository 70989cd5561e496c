"""The spec version in force at a run's date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tracker.benchmarks.versions import version_in_force
from tracker.spec.models import SpecVersion


def _version(commit: str, day: int) -> SpecVersion:
    return SpecVersion(
        commit=commit * 40, author="a", date=datetime(2026, 1, day, 12, tzinfo=UTC), message="m"
    )


VERSIONS = [_version("b", 10), _version("a", 1), _version("c", 20)]  # deliberately unordered


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (datetime(2025, 12, 31, tzinfo=UTC), None),
        (datetime(2026, 1, 1, 12, tzinfo=UTC), "a" * 40),  # a version is in force from its date
        (datetime(2026, 1, 10, 11, 59, tzinfo=UTC), "a" * 40),
        (datetime(2026, 1, 15, tzinfo=UTC), "b" * 40),
        (datetime(2027, 1, 1, tzinfo=UTC), "c" * 40),
        # 2026-01-10 13:00 at UTC+2 is 11:00 UTC: before b.
        (datetime(2026, 1, 10, 13, tzinfo=timezone(timedelta(hours=2))), "a" * 40),
    ],
)
def test_latest_version_at_or_before_the_date(when: datetime, expected: str | None) -> None:
    assert version_in_force(VERSIONS, when) == expected


def test_naive_dates_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        version_in_force(VERSIONS, datetime(2026, 1, 15))


def test_no_versions_means_none() -> None:
    assert version_in_force([], datetime(2026, 1, 15, tzinfo=UTC)) is None
