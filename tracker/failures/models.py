"""Records of observed failures, clause-failure links, and spec patches."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tracker.spec.models import ChangeKind

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
    change: str = ""
    """``changes`` as one phrase (``modified, retitled``), as reports and ``specdrift patches``
    print it; filled in from ``changes``."""
    targets: list[str] = Field(default_factory=list)
    """Environment ids the clause targets."""
    links: list[Link] = Field(default_factory=list)
    """The links that make it target those environments."""
    targets_env_trailer: list[str] = Field(default_factory=list)
    """Environments named directly by a ``Targets-env`` trailer."""
    changes: list[ChangeKind] = Field(min_length=1)
    """How the clause changed, in lineage order: one clause can change in several ways at once
    (modified and retitled); never ``removed`` (a removed clause targets nothing)."""

    @model_validator(mode="before")
    @classmethod
    def _phrase(cls, data: Any) -> Any:
        # A stored field rather than a property, so the JSON of `specdrift patches` keeps its
        # `change` key where it was, and reads back into this record.
        if isinstance(data, dict) and isinstance(data.get("changes"), list | tuple):
            phrase = ", ".join(str(kind) for kind in data["changes"])
            if data.get("change", phrase) not in ("", phrase):
                raise ValueError(f"change {data['change']!r} is not the changes {phrase!r}")
            data = {**data, "change": phrase}
        return data


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
