"""Records of observed failures, clause-failure links, and spec patches."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LinkOrigin = Literal["trailer", "file", "inferred"]
LinkStatus = Literal["confirmed", "rejected", "proposed"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Failure(_Record):
    """An observed misbehaviour."""

    failure_id: str
    date: datetime
    """When it was observed, timezone-aware."""
    env_id: str
    model: str
    summary: str
    excerpt: str = ""
    source: str = ""
    """The file it came from, or ``samples`` when derived from a misbehaving sample row."""


class LinkDecision(_Record):
    """One row of ``links.csv``: a curated decision about a clause-failure pair."""

    clause_id: str
    failure_id: str
    status: Literal["confirmed", "rejected"]
    note: str = ""


class Link(_Record):
    """A clause answers a failure."""

    clause_id: str
    failure_id: str
    version: str
    """The commit where the clause was added or changed in answer to the failure."""
    env_id: str
    score: float
    """Confidence in [0, 1]; 1.0 for trailer and file links."""
    origin: LinkOrigin
    status: LinkStatus


class PatchClause(_Record):
    """One clause a patch changed, with the environments it targets and why."""

    clause_id: str
    change: str
    """The change kind (added, modified, ...)."""
    targets: list[str] = Field(default_factory=list)
    """Environment ids the clause targets."""
    links: list[Link] = Field(default_factory=list)
    """The links that make it target those environments."""
    targets_env_trailer: list[str] = Field(default_factory=list)
    """Environments named directly by a ``Targets-env`` trailer."""


class Patch(_Record):
    """A spec version that adds or changes clauses, with the environments it targets."""

    commit: str
    date: datetime
    release: str | None = None
    subject: str = ""
    clauses: list[PatchClause] = Field(default_factory=list)

    @property
    def targets(self) -> list[str]:
        """Every environment any clause of the patch targets, sorted."""
        return sorted({env for clause in self.clauses for env in clause.targets})


class LinkProblem(_Record):
    """A link that was asked for but cannot be made (e.g. a trailer names an unknown failure)."""

    source: str
    """Where the request came from: ``trailer <short sha>`` or the links file's path."""
    clause_id: str | None
    failure_id: str | None
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
