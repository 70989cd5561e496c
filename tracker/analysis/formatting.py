"""One way to print a rate, so that rates near zero keep their significant digits.

``format_rate(0.00035)`` is "0.035%", not "0.0%": with one decimal, the anti-scheming paper's
after-training means (0.055%, 0.035%) and an interval around them would all print as 0.0% or
0.1%. Rules: below 1%, two significant digits (trailing zeros dropped, one decimal kept: 0.001
is "0.1%"); from 1%, one decimal ("13.0%"); exactly zero is "0.0%"; unknown is "—".
"""

from __future__ import annotations

import math

MISSING = "—"
EMPTY_WINDOW = "none (never above zero)"
"""How a window with no samples reads (an environment never above zero has no baseline)."""
SIGNIFICANT_BELOW_ONE_PERCENT = 2


def format_rate(value: float | None) -> str:
    """A rate in [0, 1] (or any fraction) as a percent string; None or NaN gives "—"."""
    if value is None or math.isnan(value):
        return MISSING
    percent = 100 * value
    if percent == 0:
        return "0.0%"
    magnitude = abs(percent)
    # Rounded to two significant digits first, so 0.996% becomes "1.0%" rather than "1%".
    if magnitude < 1 and float(f"{magnitude:.{SIGNIFICANT_BELOW_ONE_PERCENT}g}") < 1:
        decimals = SIGNIFICANT_BELOW_ONE_PERCENT - 1 - math.floor(math.log10(magnitude))
        text = f"{percent:.{decimals}f}".rstrip("0")
        if text.endswith("."):
            text += "0"
        return f"{text}%"
    return f"{percent:.1f}%"


def format_interval(low: float | None, high: float | None) -> str:
    """``[low, high]`` with each end formatted by ``format_rate``."""
    return f"[{format_rate(low)}, {format_rate(high)}]"
