"""Records of evaluation environments, results, and the problems found while reading them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Split = Literal["train", "validation", "test", "heldout", "unknown"]
SPLITS: tuple[Split, ...] = ("train", "validation", "test", "heldout", "unknown")
"""``unknown``: the workspace has no environment catalog (or the catalog says it is unknown)."""
UNKNOWN = "unknown"
"""Split and category of an environment known only from the results."""

RESULT_COLUMNS: tuple[str, ...] = (
    "run_id",
    "model",
    "date",
    "spec_version",
    "env_id",
    "n",
    "n_ids",
    "epochs",
    "misbehaved",
    "aware",
    "misbehaved_aware",
    "source",
    "misbehaved_ids",
    "aware_source",
)
"""Columns of the aggregated results table, one row per run and environment.

``date`` is a tz-aware UTC timestamp; ``n`` counts samples (epochs included), ``n_ids`` distinct
sample ids (None for aggregate input); ``aware`` and ``misbehaved_aware`` are None when unknown;
``spec_version`` is a commit sha or release name as given, else the version in force at ``date``;
``source`` names the file a row came from; ``misbehaved_ids`` (sample input only, else None)
counts the distinct sample ids that misbehaved in at least one epoch, so ``misbehaved_ids`` out of
``n_ids`` is the rate over independent units (METHOD.md: epochs of one sample are a cluster);
``aware_source`` says where the group's awareness labels came from: the one source of all its
rows (see ``SAMPLE_COLUMNS``), ``mixed`` when they differ, None when awareness is unknown.
"""

SAMPLE_COLUMNS: tuple[str, ...] = (
    "run_id",
    "model",
    "date",
    "spec_version",
    "env_id",
    "sample_id",
    "epoch",
    "misbehaved",
    "aware",
    "reasoning",
    "source",
    "aware_source",
)
"""Columns of the sample table (one row per sample and epoch) when samples were given.

``reasoning`` is the sample's transcript text (a column, or an Inspect log's assistant
reasoning, see ``[benchmarks.inspect] transcript``). ``aware_source`` says where ``aware`` came
from: ``column`` (an ``aware`` column of the file), ``scorer:<name>`` (an Inspect scorer),
``scout:<scanner>`` (an Inspect Scout scanner's result), ``detector:<id>`` (the built-in
detector, on rows with reasoning and no label); None when awareness is unknown."""


class Environment(BaseModel):
    """An evaluation environment from the catalog."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    env_id: str
    name: str
    category: str
    """The failure-mode family, e.g. ``sandbagging`` or ``covert_action``."""
    split: Split
    variant_of: str | None = None
    """The environment this one is a perturbed twin of."""
    description: str = ""


Severity = Literal["error", "warning"]


class RowProblem(BaseModel):
    """An input row (or whole file) that could not be used as given, and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    row: int | None
    """Line number for CSV/JSONL (1-based, header is line 1); 1-based row for Parquet, position of
    the sample summary for Inspect logs; None for a whole file and for a table source's row."""
    column: str | None
    reason: str
    severity: Severity = "error"
    """Errors drop the row (and are counted); warnings keep it."""
    key: str | None = None
    """A table source's row has no line number: its key columns as written locate it
    (``run_id='r1', env_id='e1', sample_id='s3', epoch='2'``); None for files."""

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.key is not None:
            where.append(f"row ({self.key})")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.reason}"
