"""What a simulated workspace is made of: environments, model lines, runs, and the mechanisms.

A ``ScenarioPlan`` states the true parameters (base rates, which patch removes how much of which
environment's misbehaviour, when awareness rises); ``tracker.simulate.generate`` draws data from
it and ``tracker.simulate.truth`` derives the verdict a correct analysis should reach.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from tracker.benchmarks.models import Environment

ResultForm = Literal["joint", "aggregate", "bare", "samples"]
"""How an environment's results are written.

``joint``: aggregates with ``aware`` and ``misbehaved_aware``; ``aggregate``: aggregates with
``aware`` but no joint count; ``bare``: aggregates without awareness; ``samples``: one row per
sample with awareness and reasoning text.
"""


@dataclass(frozen=True)
class EnvPlan:
    """One environment with its true baseline rates and how its results are reported."""

    env: Environment
    base: dict[str, float]
    """Model line -> misbehaviour rate before any mechanism acts."""
    n: int = 400
    """Samples per run."""
    form: ResultForm = "joint"
    awareness: float = 0.02
    """Baseline share of samples that verbalise evaluation awareness."""


@dataclass(frozen=True)
class SectionPlan:
    """A section of the spec: ``## title {#section_id}``, an intro, and its first clauses."""

    section_id: str
    title: str
    intro: str
    clauses: tuple[tuple[str, str], ...] = ()
    """(clause id, text) marker clauses present from the first version."""


@dataclass(frozen=True)
class PatchPlan:
    """A spec commit that adds (or rewrites) one marker clause, prompted by failures."""

    clause_id: str
    section_id: str
    date: datetime
    text: str
    subject: str
    targets: tuple[str, ...] = ()
    """Environments whose failures prompted the clause (the clause targets them)."""
    effect: float = 1.0
    """Share of each target's misbehaviour the clause removes (1: to zero, 0: no effect)."""
    models: tuple[str, ...] | None = None
    """Model lines trained on it (None: all)."""
    failures_per_target: int = 3
    trailers: bool = True
    """``Prompted-by``/``Targets-env`` trailers; else the links go to links.csv as confirmed."""


@dataclass(frozen=True)
class FailurePlan:
    """A failure observed outside any patch's prompting, optionally with a curated rejection."""

    env_id: str
    date: datetime
    model: str
    summary: str
    excerpt: str = ""
    rejected_for: str | None = None
    """A clause id: links.csv rejects the link between this failure and that clause."""
    note: str = ""


@dataclass(frozen=True)
class ShiftPlan:
    """A training change that is not a spec clause: lowers misbehaviour in many environments."""

    date: datetime
    envs: tuple[str, ...]
    effect: float
    """Share of misbehaviour removed in every listed environment."""
    models: tuple[str, ...] | None = None
    label: str = "training run"


@dataclass(frozen=True)
class AwarenessPlan:
    """A capabilities run after which models verbalise evaluation awareness more often."""

    date: datetime
    level: float
    """Awareness share after the run, in every environment not listed in ``levels``."""
    levels: dict[str, float] = field(default_factory=dict)
    """Environment -> awareness share after the run, where it differs."""
    models: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ScenarioPlan:
    """Everything a simulated workspace is generated from."""

    name: str
    models: tuple[str, ...]
    run_dates: tuple[datetime, ...]
    envs: tuple[EnvPlan, ...]
    sections: tuple[SectionPlan, ...]
    spec_start: datetime
    """Date of the spec's first commit (before the first run)."""
    patches: tuple[PatchPlan, ...] = ()
    shifts: tuple[ShiftPlan, ...] = ()
    awareness: tuple[AwarenessPlan, ...] = ()
    failures: tuple[FailurePlan, ...] = ()
    """Failures not behind any patch."""
    noise: float = 0.1
    """Run-to-run spread of the true rate (standard deviation on the log scale)."""
    aware_misbehaviour: float = 0.03
    """Misbehaviour of an aware sample relative to an unaware one."""
    spec_title: str = "Behaviour spec"
    spec_preamble: str = ""

    def env(self, env_id: str) -> EnvPlan:
        for plan in self.envs:
            if plan.env.env_id == env_id:
                return plan
        raise KeyError(env_id)

    def applies(self, models: tuple[str, ...] | None, model: str) -> bool:
        return models is None or model in models
