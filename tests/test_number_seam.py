"""One way to write numbers: only ``tracker/numbers.py`` formats percents, markers, verdict colours.

Every other module of tracker/ and dashboard/ calls ``tracker.numbers``, so a rate reads the same
in the CLI, the reports and the dashboard. Chart axes and hover labels are the exception: plotly.js
formats them in the browser (d3-format strings such as ``".0%"``), which no Python function can.
"""

from __future__ import annotations

import ast
import re

import pytest

from tests.support.seams import ROOT, offending_modules
from tracker.analysis.models import VERDICTS

SEAM = ROOT / "tracker" / "numbers.py"
MARKERS = {"—", "n/a", "N/A", "NA", "None"}
"""Strings that stand for a missing value: the seam's ``MISSING`` is the one marker."""
_CSS_VERDICT = re.compile(r"\.(?:" + "|".join(map(re.escape, VERDICTS)) + r")\s*\{[^}]*color")


def _spec_text(spec: ast.expr | None) -> str:
    if not isinstance(spec, ast.JoinedStr):
        return ""
    return "".join(v.value for v in spec.values if isinstance(v, ast.Constant))


def _times_100(node: ast.expr) -> bool:
    return any(
        isinstance(sub, ast.BinOp)
        and isinstance(sub.op, ast.Mult)
        and any(
            isinstance(side, ast.Constant) and side.value == 100 for side in (sub.left, sub.right)
        )
        for sub in ast.walk(node)
    )


def offences(source: str) -> list[str]:
    """Why this module source writes a number for people itself (empty when it does not)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FormattedValue):
            if _spec_text(node.format_spec).endswith("%"):
                found.append(f"line {node.lineno}: a percent format spec (use format_rate)")
            elif _times_100(node.value):
                found.append(f"line {node.lineno}: a value times 100 printed (use format_rate)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value in MARKERS:
                found.append(f"line {node.lineno}: the missing marker {node.value!r} (use MISSING)")
            if _CSS_VERDICT.search(node.value):
                found.append(f"line {node.lineno}: CSS colouring a verdict (use verdict_css)")
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            colours = [
                v
                for v in node.values
                if isinstance(v, ast.JoinedStr)
                or (isinstance(v, ast.Constant) and isinstance(v.value, str))
            ]
            if len(keys & set(VERDICTS)) >= 2 and len(colours) == len(node.values):
                found.append(f"line {node.lineno}: a palette of verdicts (use PALETTE)")
    return found


def test_no_module_but_the_seam_formats_numbers_for_people() -> None:
    assert offending_modules(SEAM, offences) == {}


def test_the_dashboard_stylesheet_leaves_verdict_colours_to_the_palette() -> None:
    sheets = sorted((ROOT / "dashboard").rglob("*.css"))
    assert sheets
    assert [str(s) for s in sheets if _CSS_VERDICT.search(s.read_text(encoding="utf-8"))] == []


def test_the_seam_itself_is_what_the_check_looks_for() -> None:
    # The seam writes the marker and percent specs: if the checker missed them, it would miss
    # them anywhere.
    assert offences(SEAM.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "source",
    [
        'text = f"{rate:.1%}"\n',
        'text = f"{rate:%}"\n',
        'text = f"{rate * 100:.1f}%"\n',
        'text = f"{100 * (a - b):+.2f} points"\n',
        'digits = 2\ntext = f"{rate:.{digits}%}"\n',
        'cell = value or "—"\n',
        'def pct(v):\n    return "n/a" if v is None else str(v)\n',
        'STYLE = ".patch-driven{color:#b42318}"\n',
        'COLOURS = {"patch-driven": "#c92a2a", "awareness-driven": "#e8590c"}\n',
        'STYLES = {"patch-driven": "bold red", "broad-improvement": "green"}\n',
    ],
)
def test_the_check_catches_each_way_of_formatting_a_number(source: str) -> None:
    assert offences(source)


@pytest.mark.parametrize(
    "source",
    [
        "from tracker.numbers import format_rate\ntext = format_rate(0.1)\n",
        'hover = "%{y:.1%} (%{customdata[0]}/%{customdata[1]})"\n',  # plotly.js formats it
        'axis = {"tickformat": ".0%"}\n',
        'text = f"{score:.2f} and {n} samples, 95% interval"\n',
        'order = {"patch-driven": 0, "awareness-driven": 1}\n',  # keyed by verdict, no colours
        'flag = "-"\n',
    ],
)
def test_the_check_lets_other_code_be(source: str) -> None:
    assert offences(source) == []
