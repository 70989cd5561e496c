"""One entry point to every generated history style, by name and seed (fit, tests, benchmark)."""

from __future__ import annotations

import numpy as np

from tests.failures.generated import History, generate_history
from tests.failures.heldout_bank import HELDOUT_BANK, HELDOUT_STYLES
from tests.failures.styles import BANK, STYLES, generate_styled_history

ALL_STYLES = ("named", "paraphrased", *STYLES)
"""``named`` and ``paraphrased``: generated.py (the clause names its incident, or paraphrases
its topic in words that still overlap); the others: styles.py (no content word shared).
The held-out styles (heldout_bank.HELDOUT_STYLES: their own topics, never fitted or tuned on)
are not among them; ``make_history`` builds those too."""


def make_history(style: str, seed: int, *, patches: int = 16, noise_failures: int = 150) -> History:
    """The history of ``style`` for ``seed``: 1-2 (generated.py) or 1-3 (styles.py, also the
    held-out styles) clauses per version, depending on the seed."""
    rng = np.random.default_rng(seed)
    if style in ("named", "paraphrased"):
        return generate_history(
            rng,
            patches=patches,
            noise_failures=noise_failures,
            clauses_per_patch=1 + seed % 2,
            named=style == "named",
        )
    return generate_styled_history(
        rng,
        style,
        patches=patches,
        noise_failures=noise_failures,
        clauses_per_patch=1 + seed % 3,
        bank=HELDOUT_BANK if style in HELDOUT_STYLES else BANK,
    )
