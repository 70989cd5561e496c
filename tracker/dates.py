"""The one definition of a date or time that specdrift reads from text, in Python and in SQL.

Results (checked in DuckDB by ``tracker.benchmarks.checks``) and failures (read in Python by
``tracker.failures.loading``) accept exactly the same text: an ISO 8601 calendar date, optionally
followed by ``T`` (or a space) and ``hh:mm[:ss[.fraction]]``, optionally followed by ``Z`` or an
offset ``+hh:mm`` / ``+hhmm`` / ``+hh``. A bare date, or a time without an offset, is UTC.

DuckDB's own cast is far more lenient (``epoch``, ``infinity``, zone names, ``2026-1-5``, offsets
of ``+25:00``), and a year past 9999 after conversion to UTC breaks pandas and Python's
``datetime``, so the shape, the offset and the year are checked here before anything converts.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

FIRST_YEAR = 1900
LAST_YEAR = 2200
"""Dates (in UTC) must fall in these years; anything else is a typo or a sentinel value."""
MAX_OFFSET_MINUTES = 14 * 60
"""The widest real UTC offsets are -12:00 and +14:00."""

ISO_DATETIME = (
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[Tt ]([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9])(?:\.([0-9]{1,9}))?)?"
    r"(?:[Zz]|([+-][0-9]{2}(?::?[0-9]{2})?))?)?$"
)
"""The accepted text, written for both Python's ``re`` and DuckDB's RE2 (ASCII digits only).

Eight capture groups (RE2 in DuckDB extracts groups 0-9 only): year, month, day, hour, minute,
second, fraction, and the offset (``+05``, ``+0530`` or ``+05:30``; absent for ``Z`` or none).
"""
YEAR_GROUP = 1
OFFSET_GROUP = 8

EXAMPLES = "such as 2026-01-31 or 2026-01-31T09:00:00+02:00"
OFFSET_EXPECTED = "a UTC offset of at most 14:00 (hours 00-14, minutes 00-59)"
YEARS_EXPECTED = f"a date in the years {FIRST_YEAR} to {LAST_YEAR} (in UTC)"

_PATTERN = re.compile(ISO_DATETIME)


class DateError(ValueError):
    """Text that is not an accepted date; the message says what was expected."""


def offset_is_possible(hours: int, minutes: int) -> bool:
    """Whether ``±hours:minutes`` is an offset some place on Earth could use."""
    return minutes < 60 and hours * 60 + minutes <= MAX_OFFSET_MINUTES


def parse_timestamp(text: str) -> datetime:
    """``text`` as a tz-aware datetime (its own offset kept); ``DateError`` says what was wrong."""
    match = _PATTERN.match(text.strip())
    if match is None:
        raise DateError(f"expected an ISO 8601 date or time {EXAMPLES}")
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    zone = UTC
    if offset is not None:
        digits = offset[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:] or 0)
        if not offset_is_possible(hours, minutes):
            raise DateError(f"expected {OFFSET_EXPECTED}")
        delta = timedelta(hours=hours, minutes=minutes)
        zone = timezone(-delta if offset[0] == "-" else delta)
    # The written year first: 9999-12-31T23:59-12:00 is past datetime's range once in UTC.
    if not FIRST_YEAR - 1 <= int(year) <= LAST_YEAR + 1:
        raise DateError(f"expected {YEARS_EXPECTED}")
    try:
        local = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=zone,
        )
    except ValueError as exc:  # e.g. 2026-02-30
        raise DateError(f"expected an ISO 8601 date or time {EXAMPLES} ({exc})") from exc
    if not FIRST_YEAR <= local.astimezone(UTC).year <= LAST_YEAR:
        raise DateError(f"expected {YEARS_EXPECTED}")
    return local
