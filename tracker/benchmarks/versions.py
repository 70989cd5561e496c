"""Place a run on the spec's history: the version in force at the run's date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tracker.spec.models import SpecVersion


def version_in_force(versions: Sequence[SpecVersion], when: datetime) -> str | None:
    """The commit sha of the latest version dated at or before ``when``; None if before the first.

    ``versions`` may come in any order; ``when`` must be timezone-aware (naive datetimes are
    ambiguous, and every date in specdrift is aware).
    """
    if when.tzinfo is None:
        raise ValueError(f"need a timezone-aware datetime, got {when!r}")
    in_force: SpecVersion | None = None
    for version in versions:
        if version.date <= when and (in_force is None or version.date >= in_force.date):
            in_force = version
    return in_force.commit if in_force is not None else None
