"""The control pool of an environment: untargeted environments of the same model, same windows.

METHOD.md: prefer the same category and the held-out split; ``variant_of`` twins are the best
controls. Preference alone can leave a pool too thin to test anything, so the tiers below are
tried in order and the first whose pooled baseline holds at least ``control_min_events``
misbehaving samples is used; failing that, the widest tier with data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from tracker.analysis.models import ControlTier
from tracker.analysis.windows import RunCounts, Window, runs_within
from tracker.benchmarks.models import UNKNOWN, Environment

ControlTest = Callable[[Environment | None, Environment | None], bool]


def are_twins(a: Environment | None, b: Environment | None) -> bool:
    """True when one environment is a ``variant_of`` the other, or both vary the same one."""
    if a is None or b is None:
        return False
    return (
        a.variant_of == b.env_id
        or b.variant_of == a.env_id
        or (a.variant_of is not None and a.variant_of == b.variant_of)
    )


def _same_category(a: Environment | None, b: Environment | None) -> bool:
    # An unknown category (no catalog) says nothing about similarity: never a "same category".
    return a is not None and b is not None and a.category == b.category and a.category != UNKNOWN


def _heldout(b: Environment | None) -> bool:
    return b is not None and b.split == "heldout"


TIERS: tuple[tuple[ControlTier, ControlTest], ...] = (
    ("variant twins", are_twins),
    ("same category, held-out", lambda a, b: _same_category(a, b) and _heldout(b)),
    ("same category", _same_category),
    ("held-out", lambda _a, b: _heldout(b)),
    ("all untargeted", lambda _a, _b: True),
)


@dataclass(frozen=True)
class ControlPool:
    """Pooled counts of the chosen control environments over the target's two windows."""

    tier: ControlTier
    env_ids: tuple[str, ...]
    baseline: Window
    current: Window
    series: tuple[RunCounts, ...]
    """Control runs pooled per date over the target's history up to the current window's end."""


def _pool_by_date(windows: Sequence[Sequence[RunCounts]]) -> tuple[RunCounts, ...]:
    by_date: dict[datetime, tuple[int, int]] = {}
    for runs in windows:
        for run in runs:
            x, n = by_date.get(run.date, (0, 0))
            by_date[run.date] = (x + run.x, n + run.n)
    return tuple(
        RunCounts(f"pool@{date.isoformat()}", date, x, n)
        for date, (x, n) in sorted(by_date.items())
    )


def select_control_pool(
    target: str,
    environments: Mapping[str, Environment],
    runs_by_env: Mapping[str, Sequence[RunCounts]],
    excluded: set[str],
    baseline: Window,
    current: Window,
    min_events: int,
    history_start: datetime | None = None,
) -> ControlPool | None:
    """The preferred control pool with enough events, or None when no untargeted data exists.

    ``runs_by_env`` holds the runs of the target's model line; ``excluded`` the environments a
    patch between the windows targets (they are contaminated as controls). The pooled series for
    change points runs from ``history_start`` (default: the baseline's start) to the current end.
    """
    target_env = environments.get(target)
    usable: dict[str, tuple[Window, Window]] = {}
    for env_id, runs in runs_by_env.items():
        if env_id == target or env_id in excluded:
            continue
        base = runs_within(runs, baseline.start, baseline.end)
        cur = runs_within(runs, current.start, current.end)
        if base.n > 0 and cur.n > 0:
            usable[env_id] = (base, cur)
    if not usable:
        return None
    chosen: tuple[ControlTier, list[str]] | None = None
    for name, test in TIERS:
        members = sorted(e for e in usable if test(target_env, environments.get(e)))
        if not members:
            continue
        chosen = (name, members)
        if sum(usable[e][0].x for e in members) >= min_events:
            break
    assert chosen is not None  # the last tier accepts every usable environment
    name, members = chosen
    base_runs = tuple(r for e in members for r in usable[e][0].runs)
    cur_runs = tuple(r for e in members for r in usable[e][1].runs)
    series = _pool_by_date(
        [
            runs_within(runs_by_env[e], history_start or baseline.start, current.end).runs
            for e in members
        ]
    )
    return ControlPool(name, tuple(members), Window(base_runs), Window(cur_runs), series)
