"""Checks that one concern lives in one module: every other module of the tree is read for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGES = ("tracker", "dashboard")


def modules_except(seam: Path) -> list[Path]:
    """Every Python module of the packages, the seam itself left out."""
    return sorted(
        path for folder in PACKAGES for path in (ROOT / folder).rglob("*.py") if path != seam
    )


def offending_modules(seam: Path, offences: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """Module (relative path) -> what ``offences`` found in it, for every module but the seam."""
    modules = modules_except(seam)
    assert len(modules) > 50  # the tree was found: an empty walk would pass any check
    return {
        str(path.relative_to(ROOT)): why
        for path in modules
        if (why := offences(path.read_text(encoding="utf-8")))
    }
