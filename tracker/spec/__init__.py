"""Pure spec handling: Markdown to clauses, and the lineage of clauses across versions."""

from tracker.spec.clauses import ClauseSplitter, slugify, split_clauses
from tracker.spec.models import (
    CHANGE_KINDS,
    ChangeKind,
    Clause,
    ClauseChange,
    ParsedVersion,
    SpecVersion,
)

# Names and the modules other packages import directly; tests/test_public_api.py pins them.
__all__ = [
    "CHANGE_KINDS",
    "ChangeKind",
    "Clause",
    "ClauseChange",
    "ClauseSplitter",
    "ParsedVersion",
    "SpecVersion",
    "clauses",
    "lineage",
    "models",
    "renames",
    "slugify",
    "split_clauses",
]
