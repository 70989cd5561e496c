"""Split a Markdown spec into clauses.

Identity, in order of preference: an explicit heading id (``## Title {#some_id key=value}``), a
clause marker matched at the start of a paragraph or list item (the workspace's
``clause_marker`` regex, whose group ``id`` is the id), else a slug: the parent clause's id and
the heading's slugged title joined by ``/`` (so for headings without ids it is the slug of the
heading path). A repeated id in one document gets a deterministic suffix ``-2``, ``-3``...

Lines inside fenced code (``` and ~~~) are never headings. Parsing is markdown-it-py's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.errors import UsageError
from tracker.spec._markdown import ChunkParser, Draft, split_chunks
from tracker.spec.models import Clause, IdSource

PARSER_VERSION = "1"
"""Bump when parsing changes, so that cached clauses of older parsers are not reused."""

PREAMBLE_ID = "_preamble"
"""Id of the clause holding text before the first heading (only when there is such text)."""

_NOT_WORD = re.compile(r"[^\w]+")
_APOSTROPHES = re.compile(r"['’`]")


def slugify(title: str) -> str:
    """``Don’t reveal *secrets*`` -> ``dont-reveal-secrets`` (Unicode letters are kept)."""
    text = unicodedata.normalize("NFKC", title).lower()
    return _NOT_WORD.sub("-", _APOSTROPHES.sub("", text)).strip("-_") or "section"


def compile_marker(clause_marker: str | None) -> re.Pattern[str] | None:
    """Compile the workspace's clause marker; it must be a valid regex with a group ``id``."""
    if not clause_marker:
        return None
    try:
        pattern = re.compile(clause_marker)
    except re.error as exc:
        raise UsageError(f"clause_marker {clause_marker!r} is not a valid regex: {exc}") from exc
    if "id" not in pattern.groupindex:
        raise UsageError(
            f"clause_marker {clause_marker!r} has no group named 'id' (write (?P<id>...))"
        )
    return pattern


@dataclass
class _Pending:
    """A clause being assembled; continuation text may still be appended to it."""

    draft: Draft
    level: int
    parent: _Pending | None
    line_start: int
    line_end: int
    text: str
    footnotes: tuple[str, ...]
    id: str = ""
    path: tuple[str, ...] = field(default=())


class ClauseSplitter:
    """Splits versions of a spec into clauses, reusing work across similar versions.

    Chunks already parsed and clauses already built are remembered, so that splitting thousands
    of versions that differ by a few lines costs little more than reading them; unchanged clauses
    are the same objects in every version.
    """

    def __init__(self, clause_marker: str | None = None) -> None:
        self.clause_marker = clause_marker
        self._chunks = ChunkParser(compile_marker(clause_marker))
        self._interned: dict[tuple[object, ...], Clause] = {}

    def split(self, text: str, *, file: str = "") -> list[Clause]:
        """The clauses of ``text``, in document order."""
        return self.split_chunked(split_chunks(text), file=file)

    def split_chunked(self, chunks: Iterable[tuple[int, str]], *, file: str = "") -> list[Clause]:
        """The clauses of a document already cut into chunks (see ``ChunkedLines``)."""
        pending: list[_Pending] = []
        sections: list[_Pending] = []  # the heading stack, outermost first
        for first_line, chunk in chunks:
            for draft in self._chunks.drafts(chunk):
                start = first_line + draft.line_start + 1
                end = first_line + draft.line_end + 1
                if draft.kind == "continuation":
                    if sections:
                        _append(sections[-1], draft, end)
                    else:
                        preamble = Draft("heading", 0, "", PREAMBLE_ID, (), "", (), 0, 0)
                        sections.append(_Pending(preamble, 0, None, start, end, "", ()))
                        pending.append(sections[-1])
                        _append(sections[-1], draft, end)
                    continue
                if draft.kind == "heading":
                    # The preamble (level 0) is no heading's parent: it holds only what precedes.
                    while sections and (
                        sections[-1].level >= draft.level or not sections[-1].level
                    ):
                        sections.pop()
                    parent = sections[-1] if sections else None
                    level = draft.level
                else:
                    parent = sections[-1] if sections else None
                    level = parent.level + 1 if parent else 1
                item = _Pending(draft, level, parent, start, end, draft.text, draft.footnotes)
                pending.append(item)
                if draft.kind == "heading":
                    sections.append(item)
        return self._finish(pending, file)

    def _finish(self, pending: list[_Pending], file: str) -> list[Clause]:
        taken: set[str] = set()
        clauses: list[Clause] = []
        for item in pending:
            draft = item.draft
            parent = item.parent
            source: IdSource
            if item.level == 0:
                base, source = PREAMBLE_ID, "slug"
            elif draft.explicit_id:
                base, source = (
                    draft.explicit_id,
                    "marker" if draft.kind == "marker" else "attribute",
                )
            else:
                prefix = f"{parent.id}/" if parent and parent.id != PREAMBLE_ID else ""
                base, source = prefix + slugify(draft.title), "slug"
            item.id = _unique(base, taken)
            title = "(preamble)" if item.id == PREAMBLE_ID else draft.title
            item.path = (*parent.path, title) if parent else (title,)
            key = (
                item.id,
                title,
                item.level,
                parent.id if parent else None,
                item.path,
                item.text,
                draft.attributes,
                item.footnotes,
                item.line_start,
                item.line_end,
                draft.kind,
                file,
                source,
            )
            clause = self._interned.get(key)
            if clause is None:
                clause = self._interned[key] = Clause(
                    id=item.id,
                    title=title,
                    level=item.level,
                    parent_id=parent.id if parent else None,
                    path=item.path,
                    text=item.text,
                    attributes=dict(draft.attributes),
                    footnotes=item.footnotes,
                    line_start=item.line_start,
                    line_end=item.line_end,
                    kind="marker" if draft.kind == "marker" else "heading",
                    file=file,
                    id_source=source,
                )
            clauses.append(clause)
        return clauses


def _append(section: _Pending, draft: Draft, end: int) -> None:
    section.text = f"{section.text}\n\n{draft.text}" if section.text else draft.text
    section.footnotes = tuple(dict.fromkeys((*section.footnotes, *draft.footnotes)))
    section.line_end = max(section.line_end, end)


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def split_clauses(text: str, *, clause_marker: str | None = None, file: str = "") -> list[Clause]:
    """The clauses of one Markdown document, in document order."""
    return ClauseSplitter(clause_marker).split(text, file=file)
