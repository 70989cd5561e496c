"""A style's sentence banks and how a text is drawn from them.

Its own module so that the rounds written blind (``round6.py``, ``round7.py``) and ``corpus``
(which folds the scored rounds into the fit set) can share it without importing each other
in a circle; ``corpus`` re-exports both names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Style:
    name: str
    aware: tuple[str, ...]
    decoy: tuple[str, ...]
    plain: tuple[str, ...]
    joiner: str = " "
    bullet: str = ""


def _pick(bank: tuple[str, ...], rng: np.random.Generator) -> str:
    return bank[int(rng.integers(len(bank)))]


def make_text(style: Style, aware: bool, rng: np.random.Generator) -> str:
    """One reasoning text of ``style``: plain steps and decoys, with one or two aware sentences."""
    length = int(rng.integers(2, 8))
    sentences = [_pick(style.plain, rng) for _ in range(length)]
    for _ in range(int(rng.integers(0, 3))):
        sentences.insert(int(rng.integers(len(sentences) + 1)), _pick(style.decoy, rng))
    if aware:
        for _ in range(1 if rng.random() < 0.8 else 2):
            sentences.insert(int(rng.integers(len(sentences) + 1)), _pick(style.aware, rng))
    return style.joiner.join(style.bullet + s for s in sentences)


def styled_texts(styles: Iterable[Style], per_style: int, seed: int) -> list[tuple[str, str, bool]]:
    """``per_style`` texts of each style, half aware: (style, text, label), deterministic."""
    rng = np.random.default_rng(seed)
    rows: list[tuple[str, str, bool]] = []
    for style in styles:
        for index in range(per_style):
            label = index % 2 == 0
            rows.append((style.name, make_text(style, label, rng), label))
    return rows
