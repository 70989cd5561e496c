"""The records of ``tracker.analysis.saturation``, apart from its statistics.

Reports and the CLI import these to hold and render a saturation report; keeping them here keeps
scipy and statsmodels out of every command's import (about a second on this machine).
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CrossModelCheck",
    "EnvironmentSaturation",
    "Headroom",
    "SaturationOnset",
    "SaturationPoint",
    "SaturationReport",
    "SaturationSummary",
]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Headroom(_Record):
    """What it would take to measure this environment again."""

    samples_to_certify: int | None
    """Samples per run for the exact upper bound to fall below tau/2 at the rate now observed;
    None when that rate is itself at or above tau/2 (more samples cannot certify it)."""
    samples_to_detect: int | None
    """Samples per arm to detect the stated relative change from the rate before saturation;
    None when no run before saturation was above zero."""
    siblings: tuple[str, ...] = ()
    """Variant twins and held-out environments of the same category that still discriminate."""


class EnvironmentSaturation(_Record):
    """One environment and model line at its latest run."""

    env_id: str
    model: str
    split: str
    saturated_since: str | None
    """Run id where the latest saturated stretch began; None while it discriminates."""
    saturated_since_date: datetime | None
    verdict: str | None
    """The flag's verdict on its zero (None when it is not flagged)."""
    heldout_lost_at: str | None
    """Commit of the first patch whose clause targets it; None while never targeted."""
    heldout_lost_date: datetime | None
    headroom: Headroom | None = None
    """Only for saturated environments."""


class SaturationPoint(_Record):
    """The suite of one model line at one of its runs."""

    model: str
    run_id: str
    date: datetime
    environments: int
    discriminating: int
    saturated: int
    effective: int
    """Environments that discriminate and that no patch had targeted by this date."""
    by_split: dict[str, dict[str, int]] = Field(default_factory=dict)
    """Per split: ``{"environments", "discriminating", "saturated"}``."""
    by_verdict: dict[str, int] = Field(default_factory=dict)
    """Saturated environments by the verdict on their zero (``none``: not flagged)."""


class SaturationOnset(_Record):
    """A run at which an environment became saturated (it discriminated at the run before)."""

    env_id: str
    model: str
    split: str
    run_id: str
    date: datetime


class CrossModelCheck(_Record):
    """The cross-model criterion on one environment and date."""

    env_id: str
    date: str
    models: int
    saturated: bool | None
    """None when fewer than five models were evaluated (the criterion cannot be computed)."""
    best: float | None = None
    fifth: float | None = None
    best_high: float | None = None
    """Upper end of the best model's 95% Wilson interval."""


class SaturationSummary(_Record):
    """The suite over time and each environment's state: what the dashboard's overview, the
    weekly report and ``flags --fail-on saturated-heldout`` read.

    It is stored apart from the report's cross-model checks (one per environment and date,
    about 95% of a lab-sized report; only ``specdrift saturation`` lists them), so those readers
    load a few hundred kB from the derived cache instead of tens of MB (issue 18).
    """

    timeline: list[SaturationPoint]
    environments: list[EnvironmentSaturation]
    onsets: list[SaturationOnset]
    """Every run at which an environment became saturated, in date order."""


class SaturationReport(SaturationSummary):
    cross_model: list[CrossModelCheck]

    def summary(self) -> SaturationSummary:
        """The report without its cross-model checks."""
        return SaturationSummary(
            timeline=self.timeline, environments=self.environments, onsets=self.onsets
        )
