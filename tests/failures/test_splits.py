"""The dev/test split is fixed: equal halves, stable, and the tuned parts never overlap the test."""

from __future__ import annotations

from tests.failures.histories import ALL_STYLES
from tests.failures.splits import (
    DEV_SEEDS,
    FIT_SEEDS,
    FIT_STYLES,
    TEST_SEEDS,
    TEST_STYLES,
    model_spec_split,
)


def test_model_spec_halves_are_equal_and_do_not_depend_on_order() -> None:
    ids = [f"ex{n:03d}" for n in range(111)] + ["ex000", "ex001"]
    halves = model_spec_split(ids)
    assert halves == model_spec_split(reversed(ids))
    dev = sum(part == "dev" for part in halves.values())
    assert dev == (len(set(ids)) + 1) // 2
    # Decided by the hash, not by the name's order: the dev half is no prefix of the sorted ids.
    ordered = sorted(set(ids))
    assert [halves[i] for i in ordered] != sorted(halves[i] for i in ordered)


def test_tuned_and_tested_parts_are_disjoint() -> None:
    assert not set(FIT_STYLES) & set(TEST_STYLES)
    assert set(FIT_STYLES) | set(TEST_STYLES) == set(ALL_STYLES)
    assert not set(TEST_SEEDS) & (set(FIT_SEEDS) | set(DEV_SEEDS))
    assert not set(FIT_SEEDS) & set(DEV_SEEDS)
