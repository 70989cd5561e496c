"""Measurements that run in a fresh Python process, so that peak memory is the measurement's own."""

from __future__ import annotations

import json
import subprocess
import sys

RESULT = "RESULT "
"""Prefix of the one line a measuring script prints: ``RESULT`` and a JSON object."""


def measure_in_process(script: str, *args: str) -> dict[str, float]:
    """Run ``script`` (``python -c``) with ``args`` and return the JSON of its ``RESULT`` line."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args], check=True, capture_output=True, text=True
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith(RESULT))
    return dict(json.loads(line.removeprefix(RESULT)))
