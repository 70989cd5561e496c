"""Records of the verdict on an environment whose misbehaviour rate reached zero."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Verdict = Literal["patch-driven", "awareness-driven", "broad-improvement", "insufficient-evidence"]
VERDICTS: tuple[Verdict, ...] = (
    "patch-driven",
    "awareness-driven",
    "broad-improvement",
    "insufficient-evidence",
)
CauseName = Literal["patch", "awareness", "broad", "small-sample", "missing-data", "unlinked-patch"]
DropTestKind = Literal["fisher", "mcnemar"]
"""``mcnemar`` when the same sample ids are in both windows' sample rows, else ``fisher``."""
ControlTier = Literal[
    "variant twins", "same category, held-out", "same category", "held-out", "all untargeted"
]
"""Control pool tiers, most preferred first (docs/method.md, "Step by step", 6)."""
AwarenessMode = Literal["joint", "aggregate", "missing"]
"""``joint``: stratum counts known; ``aggregate``: only aware counts; ``missing``: neither."""


class _Record(BaseModel):
    # Attribute docstrings become the descriptions of the JSON schema (`flags --schema`).
    # Output schemas list every key as required: a default fills a key, it never drops one.
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_attribute_docstrings=True,
        json_schema_serialization_defaults_required=True,
    )


class WindowRate(_Record):
    """Pooled counts of one window: x misbehaved of n independent samples."""

    rate: float | None
    """x / n; None when the window holds no samples (an environment never above zero has no
    baseline, and 0/0 is no rate)."""
    x: int
    """Misbehaving samples in the window."""
    n: int
    """Samples in the window."""
    upper: float | None = None
    """One-sided exact (Clopper-Pearson) upper bound at level 1 - alpha."""
    runs: list[str] = Field(default_factory=list)
    """The run ids pooled into the window."""


class Cause(_Record):
    """A cause with the evidence for it."""

    cause: CauseName
    """What may explain the zero (or why the evidence falls short)."""
    evidence: str
    """A sentence with the numbers behind it."""


class Scores(_Record):
    """How much of the drop each cause accounts for, each in [0, 1]."""

    patch: float
    """Patch specificity S when the DiD is significant, else 0."""
    awareness: float
    """Share of the drop explained by awareness, clipped to [0, 1]."""
    broad: float
    """(1 - patch) * (1 - awareness)."""


# The statistics behind a flag, in the order the evidence sentences give them. Every field
# carries a docstring: they become the descriptions of `specdrift flags --schema`, so the JSON
# contract explains itself. p values are one-sided unless a field says otherwise; q values are
# Benjamini-Hochberg across the environments of one run of the analysis.


class Counts(_Record):
    """x misbehaved of n samples."""

    x: int
    """Misbehaving samples."""
    n: int
    """Samples."""


class Interval(_Record):
    """A range [low, high] of a rate, a share or a share explained."""

    low: float
    """Lower end."""
    high: float
    """Upper end."""


class DropTest(_Record):
    """Did the rate fall from the baseline to the current window?"""

    test: DropTestKind
    """Exact McNemar on paired sample ids when both windows hold the same ids, else Fisher."""
    p: float
    """One-sided p that the current rate is below the baseline's."""
    q: float | None = None
    """BH q of ``p`` across every environment with a baseline."""
    relative_reduction: float
    """RRR = 1 - current rate / baseline rate (0 when the baseline is zero)."""


class ControlPoolStats(_Record):
    """Untargeted environments of the same model line pooled over the target's two windows."""

    tier: ControlTier
    """The most preferred tier with enough baseline events (``control_min_events``)."""
    env_ids: list[str]
    """The pooled environments, sorted."""
    baseline: Counts
    """Pooled counts over the target's baseline window."""
    current: Counts
    """Pooled counts over the target's current window."""
    drop_p: float
    """One-sided Fisher p that the pool's rate fell."""
    relative_reduction: float
    """The pool's RRR (0 when its baseline is zero)."""
    specificity: float
    """Patch specificity S = clip(1 - RRR_control / RRR_target, 0, 1); 0 when the target did
    not fall."""


class LogOdds(_Record):
    """A log odds ratio of current against baseline, Haldane-corrected when a cell is zero."""

    estimate: float
    """log(odds current / odds baseline)."""
    variance: float
    """Its Woolf variance."""


class DiffInDiff(_Record):
    """Difference in differences of the log odds ratios, target minus control pool."""

    target: LogOdds
    """The target's log odds ratio."""
    control: LogOdds
    """The control pool's log odds ratio."""
    did: float
    """target.estimate - control.estimate (negative: the target fell more)."""
    se: float
    """sqrt(target.variance + control.variance)."""
    z: float
    """did / se."""
    p: float
    """One-sided normal p that the target fell more than the controls."""
    q: float | None = None
    """BH q of ``p`` across the targeted environments with a control pool."""


class ChangePointStats(_Record):
    """The largest single change in a binomial series (likelihood ratio, permutation p)."""

    k: int
    """The change is after checkpoint k (1-based)."""
    lr: float
    """Likelihood-ratio statistic of the split at k."""
    p: float
    """Permutation p of the largest LR."""


class TimingStats(_Record):
    """Change points of the target and of its control pool, against the (first) patch."""

    target: ChangePointStats
    """Over the target's runs up to the current window's end."""
    checkpoints: int
    """Length of the target's series."""
    patch_index: int
    """Checkpoints of the target's series before the patch: a change at k within one of it is
    on time."""
    control: ChangePointStats | None = None
    """Over the control pool's pooled series; None with no pool or fewer than two dates."""
    control_index: int
    """Checkpoints of the control series before the patch."""


class Standardisation(_Record):
    """The current rate at the baseline's awareness share (joint counts only)."""

    r_std: float
    """sum over strata of baseline share x current stratum rate."""
    share_explained: float
    """Share of the drop awareness explains, 1 - (r_std - baseline) / (current - baseline),
    unclipped."""
    kitagawa_awareness: float
    """Kitagawa: the part of the change due to the shift in awareness share."""
    kitagawa_behaviour: float
    """Kitagawa: the part due to changed rates within strata."""


class CorrectedShareStats(_Record):
    """One window's aware share corrected for the detector's misclassification."""

    detected: float
    """The share the labels show (detected and labelled runs together)."""
    corrected: float
    """Rogan-Gladen corrected share at the point (Se, Sp)."""
    low: float
    """Lowest corrected share over the Se x Sp 95% box."""
    high: float
    """Highest corrected share over the Se x Sp 95% box."""


class DetectorCorrection(_Record):
    """Where awareness labels came from the detector: its accuracy and the corrected shares."""

    detector_id: str
    """The detector that labelled the samples' reasoning."""
    accuracy_source: str
    """Where its accuracy was measured (a validation set, or its held-out styles)."""
    sensitivity: float
    """Se, true positives / positives."""
    sensitivity_interval: Interval
    """Clopper-Pearson 95% interval of Se."""
    specificity: float
    """Sp, true negatives / negatives."""
    specificity_interval: Interval
    """Clopper-Pearson 95% interval of Sp."""
    baseline: CorrectedShareStats
    """The baseline window's detected and corrected shares."""
    current: CorrectedShareStats
    """The current window's detected and corrected shares."""
    unaware_baseline: Interval | None = None
    """The unaware stratum's baseline rate over the Se x Sp box."""
    unaware_current: Interval | None = None
    """The unaware stratum's current rate over the Se x Sp box."""


class UnawareStratum(_Record):
    """The samples not aware of being evaluated, in both windows."""

    baseline: Interval | None = None
    """Its baseline rate: a point (low == high) with joint counts, Frechet bounds without;
    None when every sample is aware."""
    current: Interval | None = None
    """Its current rate, likewise."""
    drop_p: float | None = None
    """One-sided Fisher p that its rate fell (joint counts only)."""
    p_two_sided: float | None = None
    """Two-sided Fisher p of the same table (the verdict's test, at level p_level)."""
    n_current: int | None = None
    """Unaware samples in the current window (joint counts only)."""
    expected_events: float | None = None
    """Misbehaving unaware samples the current window would hold at the baseline's rate."""


class AwarenessStats(_Record):
    """Evaluation awareness in the two windows (docs/method.md, "Was it awareness?")."""

    mode: AwarenessMode
    """What the counts allow: joint (strata known), aggregate (aware counts only), missing."""
    share_baseline: float | None = None
    """Aware share of the baseline window (corrected when labels came from the detector)."""
    share_current: float | None = None
    """Aware share of the current window (likewise)."""
    rise_p: float | None = None
    """One-sided Fisher p that the aware share rose."""
    rise_q: float | None = None
    """BH q of ``rise_p`` across environments."""
    share_explained: Interval | None = None
    """Share of the drop awareness explains: a point with joint counts, the range over the
    joint counts aggregates allow, or over the detector's Se x Sp box."""
    standardisation: Standardisation | None = None
    """Direct standardisation and the Kitagawa split (joint counts only)."""
    unaware: UnawareStratum = Field(default_factory=UnawareStratum)
    """The unaware stratum's rates and tests."""
    detector: DetectorCorrection | None = None
    """Set when some labels came from the detector: the shares above are then corrected."""


class VariantGapStats(_Record):
    """A ``variant_of`` twin's current rate against this environment's, over the same runs."""

    twin: str
    """The twin environment."""
    current: Counts
    """The twin's counts over this environment's current window."""
    gap: float
    """Twin's current rate minus this environment's."""
    p: float
    """One-sided Fisher p that the twin's rate is above this environment's."""


class FlagStatistics(_Record):
    """Every statistic behind a flag's verdict, before the verdict rules read them."""

    current_upper: float
    """One-sided exact upper bound of the current rate at level 1 - alpha (current.upper)."""
    certified: bool
    """current_upper <= tau: certifiably zero."""
    stale_runs: int
    """How many of the latest runs sit at or near zero."""
    drop: DropTest | None = None
    """None when the environment was never above zero (no baseline)."""
    control: ControlPoolStats | None = None
    """None without a baseline or when no untargeted environment has both windows."""
    did: DiffInDiff | None = None
    """None without a control pool."""
    timing: TimingStats | None = None
    """Only for environments a patch targets."""
    awareness: AwarenessStats
    """Mode ``missing`` (every figure None) without aware counts or without a baseline."""
    variant_gaps: list[VariantGapStats] = Field(default_factory=list)
    """Twins with samples in the current window."""


class Flag(_Record):
    """A verdict on one environment and model line whose rate reached zero."""

    env_id: str
    """The environment."""
    model: str
    """The model line (runs of one model compared over time)."""
    verdict: Verdict
    """What explains the zero (docs/method.md, "The verdict table, as coded")."""
    causes: list[Cause] = Field(default_factory=list)
    """Every cause with evidence, whatever the verdict (a patch and awareness often coincide)."""
    baseline: WindowRate
    """The window before the drop; empty (n 0, rate null) for an environment never above zero."""
    current: WindowRate
    """The latest runs at or near zero."""
    clauses: list[str] = Field(default_factory=list)
    """Clauses of patches between the windows that target this environment."""
    evidence: list[str] = Field(default_factory=list)
    """Sentences with numbers a person can check."""
    scores: Scores
    """Patch, awareness and broad scores."""
    notices: list[str] = Field(default_factory=list)
    """Things worth knowing that are not causes (no longer discriminates, variant gap)."""
    details: FlagStatistics
    """Every statistic behind the verdict (drop test, control pool, DiD, timing, awareness)."""


class FlagsOutput(_Record):
    """What ``specdrift flags --format json`` prints."""

    flags: list[Flag]
    """One flag per environment and model line at or near zero."""


JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def flags_schema() -> dict[str, Any]:
    """The JSON Schema of ``flags --format json`` (published as docs/flags.schema.json)."""
    return {"$schema": JSON_SCHEMA_DIALECT, **FlagsOutput.model_json_schema(mode="serialization")}
