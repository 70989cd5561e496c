"""One formatter for rates: significant digits kept near zero, one decimal from 1%."""

from __future__ import annotations

import pytest

from tracker.analysis.formatting import format_interval, format_rate


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
        (0.00996, "1.0%"),  # rounds up to 1%: one decimal from there
        (0.0105, "1.1%"),
        (0.13, "13.0%"),
        (0.1278, "12.8%"),
        (1.0, "100.0%"),
        (0.0, "0.0%"),
        (None, "—"),
        (float("nan"), "—"),
    ],
)
def test_format_rate(value: float | None, text: str) -> None:
    assert format_rate(value) == text


def test_format_interval() -> None:
    assert format_interval(0.000889, 0.0019) == "[0.089%, 0.19%]"
    assert format_interval(None, 0.02) == "[—, 2.0%]"
