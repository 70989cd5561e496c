"""Records of the weekly report and the pull-request review: built as data, rendered as text.

Every record here is plain data (no DataFrames, no git objects), so a report can be dumped as JSON,
snapshot-tested, and rendered to Markdown and HTML by pure functions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tracker.analysis.models import Verdict, WindowRate
from tracker.analysis.saturation_records import EnvironmentSaturation, SaturationPoint
from tracker.benchmarks.models import Severity
from tracker.failures.models import LinkOrigin, LinkStatus
from tracker.spec.models import CHANGE_KINDS, ChangeKind, RenameEvidence

TREND_WEEKS = 12
"""How many weeks, ending with the report's, the awareness trend covers by default."""

WeekSource = Literal["option", "now", "latest-run", "clock"]
"""Where the report's week came from: ``--week``, ``--now``, the latest run, or the clock."""

FailuresSource = Literal["trailer", "inferred", "none"]
"""Where a clause's failures come from: trailers or links.csv, inferred links, or nowhere."""

ReviewFinding = Literal["narrow-patch", "contaminates-heldout"]
"""``contaminates-heldout``: a clause targets a held-out or test environment through its links,
or its text quotes one's prompt."""
REVIEW_FINDINGS: tuple[ReviewFinding, ...] = ("narrow-patch", "contaminates-heldout")


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReportWeek(_Record):
    """One ISO week, Monday 00:00 UTC to the next Monday 00:00 UTC (end excluded)."""

    label: str
    """ISO week name, e.g. ``2026-W47``."""
    start: datetime
    end: datetime
    source: WeekSource
    """Why this week: named with --week, the week of --now, of the latest run, or of the clock."""


class LinkedFailure(_Record):
    """A failure a clause answers, as shown in a report."""

    failure_id: str
    env_id: str
    summary: str
    """Untrusted text: renderers escape it."""
    origin: LinkOrigin
    status: LinkStatus
    score: float


class ReportClause(_Record):
    """One clause of a spec patch in the weekly report."""

    clause_id: str
    changes: list[ChangeKind] = Field(min_length=1)
    """How the clause changed, in lineage order (``PatchClause.changes``)."""
    targets: list[str] = Field(default_factory=list)
    failures: list[LinkedFailure] = Field(default_factory=list)

    @property
    def change(self) -> str:
        """``changes`` as the phrase the report prints (``modified, retitled``)."""
        return ", ".join(self.changes)


class ReportPatch(_Record):
    """A spec patch that landed in the report's week."""

    commit: str
    date: datetime
    release: str | None = None
    subject: str = ""
    clauses: list[ReportClause] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)


class ReportZero(_Record):
    """An environment and model line at zero, with its verdict and the evidence for it."""

    env_id: str
    model: str
    verdict: Verdict
    previous_verdict: Verdict | None = None
    """The verdict at the end of the previous week, None when it was not at zero then."""
    baseline: WindowRate
    """The baseline window's counts (no samples when it was never above zero); renderers print
    it without its upper bound."""
    current: WindowRate
    """The current window's counts and one-sided exact upper bound U."""
    clauses: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    dropped_this_week: bool = False
    """At the week's start it had never been above zero (an empty baseline); by its end a drop
    from a run above zero is seen: a new zero even when the verdict is the same."""

    @property
    def is_new(self) -> bool:
        """New this week, its verdict changed this week, or its drop was first seen this week."""
        return self.previous_verdict != self.verdict or self.dropped_this_week


class HeldoutLoss(_Record):
    """A held-out or test environment that a patch of the week targeted."""

    env_id: str
    split: str
    commit: str
    date: datetime
    clauses: list[str]


class AwarenessPoint(_Record):
    """One week of one model line: unweighted means across environments of per-run rates."""

    week: str
    model: str
    runs: int
    awareness: float | None
    """Mean over runs of the unweighted mean over environments of aware/n; None when unknown."""
    misbehaviour: float
    """The same mean for misbehaved/n."""


class RunIngested(_Record):
    """A run whose date falls in the report's week."""

    run_id: str
    model: str
    date: datetime
    environments: int
    samples: int
    spec_version: str | None = None


class ReportProblem(_Record):
    """A row or file of the inputs that could not be used as given."""

    file: str
    row: int | None
    column: str | None
    reason: str
    """What is wrong and what was expected (a sentence from the reader of the inputs)."""
    severity: Severity


class WeekSaturation(_Record):
    """An environment that became saturated during the report's week."""

    env_id: str
    model: str
    split: str
    run_id: str
    date: datetime
    verdict: Verdict | None
    """The verdict on its zero at the week's end (None when it is not flagged)."""


class SuiteState(_Record):
    """One model line's suite at its last run of the week (or before it)."""

    model: str
    run_id: str
    environments: int
    discriminating: int
    saturated: int
    effective: int
    by_verdict: dict[str, int]


class WeeklyReport(_Record):
    """Everything the weekly report says, in the order it says it."""

    title: str
    week: ReportWeek
    patches: list[ReportPatch]
    zeros: list[ReportZero]
    heldout_losses: list[HeldoutLoss]
    awareness: list[AwarenessPoint]
    trend_weeks: int = 12
    """How many weeks, ending with the report's, the awareness trend covers."""
    runs: list[RunIngested]
    problems: list[ReportProblem]
    verdict_counts: dict[Verdict, int]
    """Zeros as of the week's end by verdict, every verdict present (0 when none)."""
    saturation_computed: bool = False
    """False when the inputs carried no saturation report (the section is left out)."""
    suite: list[SuiteState] = Field(default_factory=list)
    saturated_this_week: list[WeekSaturation] = Field(default_factory=list)
    saturation_timeline: list[SaturationPoint] = Field(default_factory=list)
    """Every run up to the week's end, for the chart."""
    saturation_environments: list[EnvironmentSaturation] = Field(default_factory=list)
    """Latest state of every environment (the chart marks held-out losses from it)."""

    @property
    def new_zeros(self) -> list[ReportZero]:
        return [zero for zero in self.zeros if zero.is_new]


# -- the pull-request review ------------------------------------------------------------------


class Narrowness(_Record):
    """How much a clause reads as written for one environment."""

    score: float
    """max(concentration, lifted) in [0, 1]."""
    concentration: float
    """Share of the clause's link weight on its most-linked environment (0 without links)."""
    top_env: str | None
    """The environment the concentration or the lifted phrases point at."""
    lifted: float
    """Share of the clause's word 3-grams found in one environment's failures or description."""
    lifted_env: str | None
    phrases: list[str] = Field(default_factory=list)
    """Phrases of the clause that also appear in that environment's text."""
    narrow: bool


class TargetedEnv(_Record):
    """An environment a changed clause targets: it stops being a clean measurement."""

    env_id: str
    split: str | None
    """None when the environment is not in the catalog."""
    reason: str
    """Why it is targeted: ``trailer``, ``Targets-env``, ``file``, or ``inferred``."""

    @property
    def is_heldout(self) -> bool:
        return self.split in ("heldout", "test")


class PromptOverlap(_Record):
    """Text a changed clause shares with an environment's prompts (13-gram overlap)."""

    env_id: str
    split: str | None
    """None when the environment is not in the catalog."""
    ngrams: int
    """How many distinct word 13-grams the clause's new text shares with the prompts."""
    span: str
    """The longest shared run of words, normalised (lower case, no punctuation)."""

    @property
    def is_heldout(self) -> bool:
        return self.split in ("heldout", "test")


RiskReason = Literal[
    "quotes-heldout-prompt",
    "targets-heldout",
    "authority-changed",
    "top-authority",
    "authority-text",
    "narrow",
    "quotes-prompt",
    "targets",
    "answers-failures",
]
"""Why a clause is reviewed first, most serious first (``tracker.reports.risk``)."""

RiskGroup = Literal["first", "changed", "added"]
"""Review order: risky clauses, then other changes, then additions with no risk reason."""


class ReviewClause(_Record):
    """One clause the reviewed range changes."""

    clause_id: str
    kind: ChangeKind
    """The main kind of change (the first of ``kinds``)."""
    kinds: list[ChangeKind] = Field(default_factory=list)
    """Every kind of change the clause went through (e.g. modified and reattributed)."""
    title: str
    previous_id: str | None = None
    """The clause's id at the base, when it was renamed."""
    rename_evidence: list[RenameEvidence] = Field(default_factory=list)
    """What tells the rename apart from a removal and an addition (``tracker.spec.renames``)."""
    similarity: float | None = None
    """Text similarity of the renamed clause to its old self."""
    old_title: str | None = None
    new_title: str | None = None
    old_attributes: dict[str, str] = Field(default_factory=dict)
    new_attributes: dict[str, str] = Field(default_factory=dict)
    old_parent: str | None = None
    new_parent: str | None = None
    diff: str = ""
    commits: list[str] = Field(default_factory=list)
    """Commits of the range that changed this clause (empty when attribution was not possible)."""
    failures: list[LinkedFailure] = Field(default_factory=list)
    failures_source: FailuresSource = "none"
    targets: list[TargetedEnv] = Field(default_factory=list)
    narrowness: Narrowness | None = None
    """None for removed clauses and changes without new text."""
    controls: list[str] = Field(default_factory=list)
    """Untargeted environments to run as controls before crediting the clause."""
    twins: list[str] = Field(default_factory=list)
    """Variant twins of the targeted environments."""
    advice: list[str] = Field(default_factory=list)
    overlaps: list[PromptOverlap] = Field(default_factory=list)
    """Environments whose prompts the clause's new text quotes (held-out and test first)."""
    risk: list[RiskReason] = Field(default_factory=list)
    """Why the clause is reviewed first, most serious first; empty for the others."""
    group: RiskGroup = "changed"
    word_diff: list[str] = Field(default_factory=list)
    """Changed passages of a modified clause, git's ``--word-diff=plain`` style:
    ``[-removed-]{+added+}`` with a few words of context each."""
    preview: list[str] = Field(default_factory=list)
    """The first lines of an added clause's text."""
    lines: int = 0
    """Lines of the clause's text (the new text; the old one for a removal)."""
    words: int = 0


class ReviewCommit(_Record):
    commit: str
    date: datetime
    subject: str
    trailers: dict[str, list[str]] = Field(default_factory=dict)


class Review(_Record):
    """A review of the spec changes between two revisions."""

    base: str
    head: str
    base_commit: str
    head_commit: str
    files: list[str]
    commits: list[ReviewCommit]
    clauses: list[ReviewClause]
    findings: list[ReviewFinding]
    """Which ``--fail-on`` findings are present."""
    has_benchmarks: bool
    """False when reviewed without a workspace: no failures, links or environments."""
    notes: list[str] = Field(default_factory=list)

    def count(self, kind: ChangeKind) -> int:
        """How many clauses went through a change of this kind."""
        return sum(1 for clause in self.clauses if kind in clause.kinds)

    def by_kind(self) -> dict[str, list[str]]:
        """Clause ids by kind of change (a clause is listed under each of its kinds)."""
        return {
            kind: [c.clause_id for c in self.clauses if kind in c.kinds] for kind in CHANGE_KINDS
        }
