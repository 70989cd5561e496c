"""Records of the spec's history: versions, clauses, and the changes between versions."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ClauseKind = Literal["heading", "marker"]
"""A clause is a heading's section, or a paragraph or list item that starts with a clause marker."""

IdSource = Literal["attribute", "marker", "slug"]
"""Where a clause's id comes from: a heading attribute ``{#id}``, a clause marker, or a slug."""

ChangeKind = Literal["added", "removed", "modified", "retitled", "moved", "reattributed", "renamed"]
"""``renamed``: an explicit id (attribute or marker) changed and the clause is the same one; a
slug id changes with its title or parent, which ``retitled`` and ``moved`` already say."""
CHANGE_KINDS: tuple[ChangeKind, ...] = (
    "added",
    "removed",
    "modified",
    "retitled",
    "moved",
    "reattributed",
    "renamed",
)
RenameEvidence = Literal["text", "links", "place", "parent", "attributes"]
"""Why a clause with a new id is an old one (see ``tracker.spec.renames``): similar text,
cross-references rewritten to the new id, the same place among its siblings, the same parent,
the same attributes."""

PROMPTED_BY = "Prompted-by"
"""The trailer naming the failures a spec commit answers: ``Prompted-by: F-0012, F-0031``."""
TARGETS_ENV = "Targets-env"
"""The trailer naming the environments a spec commit targets: ``Targets-env: env-a, env-b``."""


def parse_trailers(raw: str) -> dict[str, list[str]]:
    """``Prompted-by: F-1, F-2`` lines as ``{"Prompted-by": ["F-1", "F-2"]}`` (repeats merge)."""
    trailers: dict[str, list[str]] = {}
    for line in raw.splitlines():
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            continue
        values = [part.strip() for part in value.split(",") if part.strip()]
        trailers.setdefault(key.strip(), []).extend(values)
    return trailers


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Clause(_Record):
    """One unit of the spec that is added, changed and cited."""

    id: str
    """Explicit heading id, else the clause marker's id, else the slug of the heading path."""
    title: str
    """The heading text without its attribute block (for a marker clause, the marker itself)."""
    level: int
    """Heading level (1-6); a marker clause is one deeper than the section it sits in."""
    parent_id: str | None
    """The id of the enclosing clause, None at the top."""
    path: tuple[str, ...]
    """Titles from the top heading down to this clause."""
    text: str
    """The clause's own text, without its heading line, subsections, or marker clauses inside it."""
    attributes: dict[str, str] = Field(default_factory=dict)
    """Heading attributes other than the id, e.g. ``{"authority": "root"}``."""
    footnotes: tuple[str, ...] = ()
    """Footnote references (``[^abcd]`` gives ``abcd``) in the clause's own text, in order."""
    line_start: int
    """First line (1-based) of the clause in its file."""
    line_end: int
    """Last line (1-based, inclusive) of the clause's own text."""
    kind: ClauseKind = "heading"
    file: str = ""
    """The spec file the clause comes from (repository path)."""
    id_source: IdSource = "slug"
    """Explicit ids (attribute, marker) are authoritative: lineage never pairs two different
    explicit ids by similarity; a slug id may be paired with a similar clause (rename or move)."""


class SpecVersion(_Record):
    """One commit of the spec repository that touches a spec file."""

    commit: str
    """Full commit sha."""
    author: str
    author_email: str = ""
    date: datetime
    """Author date, timezone-aware."""
    message: str
    """The full commit message."""
    trailers: dict[str, list[str]] = Field(default_factory=dict)
    """Git trailers, e.g. ``{"Prompted-by": ["F-0012", "F-0031"]}``; comma lists are split."""
    release: str | None = None
    """A tag on the commit, else a release name from the subject, else None."""
    files: dict[str, str] = Field(default_factory=dict)
    """Spec file path -> blob sha, for the files this version has."""

    def trailer(self, name: str) -> list[str]:
        """A trailer's values: its name matched without case, comma lists split, order kept,
        no repeats (git keeps a trailer's case as typed, and people type ``Prompted-By``)."""
        values: list[str] = []
        for key, items in self.trailers.items():
            if key.lower() != name.lower():
                continue
            for item in items:
                for part in item.split(","):
                    if part.strip() and part.strip() not in values:
                        values.append(part.strip())
        return values

    @property
    def prompted_by(self) -> list[str]:
        """The failure ids of the ``Prompted-by`` trailer."""
        return self.trailer(PROMPTED_BY)

    @property
    def targets_env(self) -> list[str]:
        """The environment ids of the ``Targets-env`` trailer."""
        return self.trailer(TARGETS_ENV)

    @property
    def short(self) -> str:
        return self.commit[:7]

    @property
    def subject(self) -> str:
        return self.message.splitlines()[0] if self.message else ""

    @property
    def label(self) -> str:
        """The release name if there is one, else the short sha."""
        return self.release or self.short


class ParsedVersion(_Record):
    """A spec version with its clauses."""

    version: SpecVersion
    clauses: tuple[Clause, ...]


class ClauseChange(_Record):
    """What happened to one clause between a version and the one before it."""

    clause_id: str
    """The clause's id in the new version (in the old one for ``removed``)."""
    kind: ChangeKind
    commit: str
    """The version where the change happened."""
    date: datetime
    previous_id: str | None = None
    """The clause's id in the old version when it differs (a rename: see ``rename_evidence``)."""
    old_title: str | None = None
    new_title: str | None = None
    old_parent: str | None = None
    new_parent: str | None = None
    old_attributes: dict[str, str] = Field(default_factory=dict)
    new_attributes: dict[str, str] = Field(default_factory=dict)
    old_text: str = ""
    new_text: str = ""
    diff: str = ""
    """A unified diff of the clause's own text (empty when the text did not change)."""
    similarity: float | None = None
    """Text similarity of old and new (set for renames)."""
    rename_evidence: tuple[RenameEvidence, ...] = ()
    """What paired the clause with its old id, e.g. ``("links", "place", "parent")``."""


class ClauseHistory(_Record):
    """Everything that happened to one clause, across its renames ("blame")."""

    clause_id: str
    """The clause's latest id (its id when it was removed, if it was)."""
    aliases: tuple[str, ...] = ()
    """Earlier ids of the same clause, oldest first (renames, see ``tracker.spec.renames``)."""
    introduced: str
    """The commit where the clause first appeared."""
    introduced_date: datetime
    changes: tuple[ClauseChange, ...] = ()
    """Every change, oldest first, starting with ``added`` (and ending with ``removed``)."""
    removed_in: str | None = None
    """The commit that removed the clause, None while it is in the spec."""

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id the clause has had, oldest first."""
        return (*self.aliases, self.clause_id)
