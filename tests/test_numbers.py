"""One way to write numbers people read: rates, intervals, windows, p and q values, markers."""

from __future__ import annotations

import re

import pytest

from tracker.analysis.models import VERDICTS, WindowRate
from tracker.numbers import (
    EMPTY_WINDOW,
    MISSING,
    NO_VERDICT_COLOUR,
    NO_VERDICT_COLOURS,
    PALETTE,
    VERDICT_COLOURS,
    format_count,
    format_counts,
    format_interval,
    format_p,
    format_percent,
    format_points,
    format_rate,
    format_score,
    format_scores,
    format_window,
    or_missing,
    verdict_css,
)

NAN = float("nan")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.00035, "0.035%"),  # o4-mini after training, plain mean: not "0.0%"
        (0.00055, "0.055%"),
        (0.000141, "0.014%"),
        (0.0012345, "0.12%"),
        (0.001, "0.1%"),  # two significant digits, trailing zero dropped
        (0.005, "0.5%"),
        (0.0099, "0.99%"),
        (0.00996, "1.0%"),  # 0.996% rounds up to 1%: one decimal from there, not "1%"
        (0.0105, "1.1%"),
        (0.13, "13.0%"),
        (0.1278, "12.8%"),
        (1.0, "100.0%"),
        (0.0, "0.0%"),
        (-0.0035, "-0.35%"),  # a share of a drop can be negative: same digits
        (None, MISSING),
        (NAN, MISSING),
    ],
)
def test_format_rate(value: float | None, text: str) -> None:
    assert format_rate(value) == text


def test_format_interval() -> None:
    assert format_interval(0.000889, 0.0019) == "[0.089%, 0.19%]"
    assert format_interval(None, 0.02) == "[—, 2.0%]"
    assert format_interval(0.0, NAN) == "[0.0%, —]"


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (0.02, 2, "2.00%"),  # tau as set: the bound beside it keeps two decimals too
        (0.01996, 2, "2.00%"),
        (0.95, 0, "95%"),
        (0.0034, 1, "0.3%"),  # fixed decimals: no significant digits kept (use format_rate)
        (0.7, 0, "70%"),
        (0.0, 0, "0%"),
        (None, 2, MISSING),
        (NAN, 0, MISSING),
    ],
)
def test_format_percent(value: float | None, decimals: int, text: str) -> None:
    assert format_percent(value, decimals) == text


def test_format_points() -> None:
    assert format_points(0.123) == "12.3 points"
    assert format_points(0.0025, 2, signed=True) == "+0.25 points"
    assert format_points(-0.0025, 2, signed=True) == "-0.25 points"
    assert format_points(0.0) == "0.0 points"
    assert format_points(None) == MISSING
    assert format_points(NAN) == MISSING


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.0, "< 0.001"),
        (0.000955, "< 0.001"),
        (0.001, "= 0.001"),  # the floor itself is printed, not hidden behind "<"
        (0.0123, "= 0.012"),
        (0.5, "= 0.500"),
        (1.0, "= 1.000"),
        (None, MISSING),  # a q value of a test that was not run
        (NAN, MISSING),
    ],
)
def test_format_p_and_q(value: float | None, text: str) -> None:
    assert format_p(value) == text


def test_counts_and_scores() -> None:
    assert format_count(0) == "0"
    assert format_count(299) == "299"
    assert format_count(None) == MISSING
    assert format_score(0.854) == "0.85"
    assert format_scores(0.9, 0.0, 0.125) == "0.90 / 0.00 / 0.12"
    assert or_missing(None) == MISSING
    assert or_missing("") == MISSING
    assert or_missing("v1") == "v1"


def test_counts_put_the_rate_first_and_the_counts_beside_it() -> None:
    assert format_counts(540, 1800) == "30.0% (540/1800)"
    assert format_counts(7, 20000) == "0.035% (7/20000)"
    assert format_counts(0, 0) == "— (0/0)"  # no samples: no rate, the counts still say why
    # A rate over distinct sample ids is printed as given, beside the row counts.
    assert format_counts(8, 200, rate=0.04) == "4.0% (8/200)"


def test_windows() -> None:
    current = WindowRate(rate=0.0, x=0, n=200, upper=0.0149)
    assert format_window(current) == "0.0% (0/200), upper bound 1.5%"
    assert format_window(current, with_upper=False) == "0.0% (0/200)"
    assert format_window(WindowRate(rate=0.3, x=30, n=100)) == "30.0% (30/100)"
    # An environment never above zero has an empty baseline: no rate, no "0/0".
    assert format_window(WindowRate(rate=None, x=0, n=0)) == EMPTY_WINDOW
    assert format_window(WindowRate(rate=None, x=0, n=0, upper=1.0)) == EMPTY_WINDOW


def test_one_palette_covers_every_verdict_in_order() -> None:
    assert tuple(PALETTE) == VERDICTS
    assert {verdict: colour.fill for verdict, colour in PALETTE.items()} == VERDICT_COLOURS
    every = [*PALETTE.values(), NO_VERDICT_COLOURS]
    hexes = [c for colour in every for c in (colour.fill, colour.ink)]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in hexes)
    assert NO_VERDICT_COLOURS.fill == NO_VERDICT_COLOUR
    assert len(set(VERDICT_COLOURS.values()) | {NO_VERDICT_COLOUR}) == len(VERDICTS) + 1
    css = verdict_css()
    for verdict, colour in PALETTE.items():
        assert f".{verdict}{{color:{colour.ink}}}" in css
