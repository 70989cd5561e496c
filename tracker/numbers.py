"""Every number a person reads, written one way: the CLI, the reports and the dashboard call these.

Records carry numbers (floats, counts, ``WindowRate``); text is made here, when rendering, so a
rate reads the same in a terminal table, a weekly report and a dashboard tooltip.

- **Rates** (anything measured: x/n, means, shares of samples, bounds): ``format_rate``. From 1%,
  one decimal ("13.0%"); below 1%, two significant digits with trailing zeros dropped and one
  decimal kept ("0.035%", "0.27%", "0.1%"), so the anti-scheming paper's after-training means
  (0.055%, 0.035%) do not all print as "0.0%"; 0.996% rounds to "1.0%"; exactly zero is "0.0%".
- **Fixed decimals** (``format_percent``): a setting and the bound compared with it ("upper bound
  1.49% vs tau 2.00%" must not read "1.5% vs 2.0%" when the bound is 1.996%), a confidence level
  ("95%"), and coarse shares where a decimal would be false precision ("70% of its phrases").
- **Windows**: ``format_counts`` is "rate (x/n)", the counts beside the rate so a reader can
  recompute it; ``format_window`` adds ", upper bound U"; a window with no samples is
  ``EMPTY_WINDOW``.
- **p and q values**: ``format_p`` gives "< 0.001" or "= 0.012", to follow a "p" or a "q".
- **Missing**: ``MISSING`` ("—") wherever a number or a name is unknown or absent.
- **Verdict colours**: ``PALETTE``, one record per verdict (chart fill, text on white, terminal).
"""

from __future__ import annotations

import math
from typing import NamedTuple

from tracker.analysis.models import Verdict, WindowRate

MISSING = "—"
"""The one marker of a value that is unknown or absent (never "n/a", "-" or an empty cell)."""
EMPTY_WINDOW = "none (never above zero)"
"""How a window with no samples reads (an environment never above zero has no baseline)."""
SIGNIFICANT_BELOW_ONE_PERCENT = 2
P_FLOOR = 0.001
"""p and q values below this print as "< 0.001": more digits would be false precision."""


def _unknown(value: float | None) -> bool:
    return value is None or math.isnan(value)


def format_rate(value: float | None) -> str:
    """A rate in [0, 1] (or any fraction) as a percent string; None or NaN gives ``MISSING``."""
    if value is None or _unknown(value):
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


def format_percent(value: float | None, decimals: int = 1) -> str:
    """A fraction as a percent with a fixed number of decimals (settings, levels, coarse shares)."""
    if value is None or _unknown(value):
        return MISSING
    return f"{100 * value:.{decimals}f}%"


def format_points(difference: float | None, decimals: int = 1, *, signed: bool = False) -> str:
    """A difference of two rates in percentage points: "12.3 points" ("+0.25 points" signed)."""
    if difference is None or _unknown(difference):
        return MISSING
    sign = "+" if signed else ""
    return f"{100 * difference:{sign}.{decimals}f} points"


def format_p(value: float | None) -> str:
    """A p or q value to follow "p" or "q": "< 0.001", "= 0.012", or ``MISSING``."""
    if value is None or _unknown(value):
        return MISSING
    return f"< {P_FLOOR}" if value < P_FLOOR else f"= {value:.3f}"


def format_count(value: float | None) -> str:
    """A count as digits, ``MISSING`` when unknown; an effective (fractional) count, such as the
    shipped detector figures', keeps one decimal ("2.7")."""
    if value is None:
        return MISSING
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def format_score(value: float) -> str:
    """A score or similarity in [0, 1], two decimals: "0.85"."""
    return f"{value:.2f}"


def format_scores(patch: float, awareness: float, broad: float) -> str:
    """A flag's three scores in the order the docs name them: "patch / awareness / broad"."""
    return " / ".join(format_score(value) for value in (patch, awareness, broad))


def format_counts(x: int, n: int, rate: float | None = None) -> str:
    """ "rate (x/n)": the counts beside the rate, so a reader can recompute it.

    ``rate`` defaults to x/n; pass it when the rate is counted otherwise (over distinct sample ids).
    """
    shown = rate if rate is not None else (x / n if n else None)
    return f"{format_rate(shown)} ({x}/{n})"


def format_window(window: WindowRate, *, with_upper: bool = True) -> str:
    """A pooled window, "rate (x/n), upper bound U" (the bound when known and asked for)."""
    if not window.n:
        return EMPTY_WINDOW
    text = f"{format_rate(window.rate)} ({window.x}/{window.n})"
    if with_upper and window.upper is not None:
        text += f", upper bound {format_rate(window.upper)}"
    return text


def or_missing(text: str | None) -> str:
    """A name or label as given, ``MISSING`` when absent or empty."""
    return text or MISSING


class VerdictColour(NamedTuple):
    """How one verdict is coloured on each surface."""

    fill: str
    """Chart marks, badges and score bars (white text on it in badges)."""
    ink: str
    """Text on a white page (the weekly HTML report): a darker shade of the fill, readable."""
    terminal: str
    """A rich style for the CLI's tables."""


PALETTE: dict[Verdict, VerdictColour] = {
    "patch-driven": VerdictColour("#c92a2a", "#b42318", "bold red"),
    "awareness-driven": VerdictColour("#e8590c", "#b54708", "bold magenta"),
    "broad-improvement": VerdictColour("#2b8a3e", "#027a48", "bold green"),
    "insufficient-evidence": VerdictColour("#868e96", "#475467", "yellow"),
}
"""One palette of verdict colours, everywhere a verdict is drawn or printed."""

VERDICT_COLOURS: dict[str, str] = {verdict: colour.fill for verdict, colour in PALETTE.items()}
"""The fills by verdict (str keys: charts look up "none" and get ``NO_VERDICT_COLOUR``)."""
NO_VERDICT_COLOURS = VerdictColour("#ced4da", "#495057", "dim")
"""An environment with no verdict (not at zero, or not flagged): grey on every surface."""
NO_VERDICT_COLOUR = NO_VERDICT_COLOURS.fill


def verdict_css() -> str:
    """CSS classes named after the verdicts that colour their text (``ink``)."""
    return "".join(f".{verdict}{{color:{colour.ink}}}" for verdict, colour in PALETTE.items())
