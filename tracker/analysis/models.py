"""Records of the verdict on an environment whose misbehaviour rate reached zero."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Verdict = Literal["patch-driven", "awareness-driven", "broad-improvement", "insufficient-evidence"]
VERDICTS: tuple[Verdict, ...] = (
    "patch-driven",
    "awareness-driven",
    "broad-improvement",
    "insufficient-evidence",
)
CauseName = Literal["patch", "awareness", "broad", "small-sample", "missing-data", "unlinked-patch"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class WindowRate(_Record):
    """Pooled counts of one window: x misbehaved of n independent samples."""

    rate: float | None
    """x / n; None when the window holds no samples (an environment never above zero has no
    baseline, and 0/0 is no rate)."""
    x: int
    n: int
    upper: float | None = None
    """One-sided exact (Clopper-Pearson) upper bound at level 1 - alpha."""
    runs: list[str] = Field(default_factory=list)
    """The run ids pooled into the window."""


class Cause(_Record):
    """A cause with the evidence for it."""

    cause: CauseName
    evidence: str


class Scores(_Record):
    patch: float
    """Patch specificity S when the DiD is significant, else 0."""
    awareness: float
    """Share of the drop explained by awareness, clipped to [0, 1]."""
    broad: float
    """(1 - patch) * (1 - awareness)."""


class Flag(_Record):
    """A verdict on one environment and model line whose rate reached zero."""

    env_id: str
    model: str
    verdict: Verdict
    causes: list[Cause] = Field(default_factory=list)
    baseline: WindowRate
    current: WindowRate
    clauses: list[str] = Field(default_factory=list)
    """Clauses of patches between the windows that target this environment."""
    evidence: list[str] = Field(default_factory=list)
    """Sentences with numbers a person can check."""
    scores: Scores
    notices: list[str] = Field(default_factory=list)
    """Things worth knowing that are not causes (no longer discriminates, variant gap)."""
    details: dict[str, float | int | str | None] = Field(default_factory=dict)
    """Every statistic behind the verdict, by name (DiD, p and q values, awareness shares...)."""
