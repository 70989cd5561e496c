"""Markdown to clause drafts, one heading-delimited chunk at a time (markdown-it-py).

A long spec history repeats the same sections in thousands of versions. Parsing a whole file
with markdown-it for every version would dominate the cost of reading the history, so the file is
first cut at its ATX heading lines (a fence-aware line scan done by one regular expression), and
each chunk is parsed with markdown-it once per distinct text. The drafts a chunk yields use line
numbers relative to the chunk; ``tracker.spec.clauses`` places them in the document.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

DraftKind = Literal["heading", "marker", "continuation"]

# Candidate lines: an ATX heading (0-3 spaces of indent) or a code fence (any indent, since a
# fence inside a list item is indented; its content is then indented too).
_CANDIDATE_LINE = re.compile(r"^(?: {0,3}#{1,6}(?=[ \t\r]|$)|[ \t]*(?:`{3,}|~{3,}))", re.M)
_ATTRIBUTE_BLOCK = re.compile(r"[ \t]*\{([^{}]*)\}[ \t]*$")
_ATTRIBUTE_TOKEN = re.compile(
    r"""\s*(?:\#(?P<id>[^\s}]+)|\.(?P<cls>[^\s}]+)"""
    r"""|(?P<key>[\w:.-]+)=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'}]+)))\s*"""
)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
_LEADING_EMPHASIS = re.compile(r"^[*_]+")


@dataclass(frozen=True, slots=True)
class Draft:
    """A clause as one chunk sees it, before its place in the document is known."""

    kind: DraftKind
    """``continuation``: text before the chunk's first heading, belonging to the section above."""
    level: int
    title: str
    explicit_id: str | None
    attributes: tuple[tuple[str, str], ...]
    text: str
    footnotes: tuple[str, ...]
    line_start: int
    """0-based, relative to the chunk."""
    line_end: int
    """0-based and inclusive, relative to the chunk."""


def split_chunks(text: str) -> list[tuple[int, str]]:
    """Cut ``text`` before every ATX heading line outside a code fence: (0-based line, chunk)."""
    boundaries = [0]
    fence_char = ""
    fence_len = 0
    for match in _CANDIDATE_LINE.finditer(text):
        start = match.start()
        newline = text.find("\n", start)
        line = text[start : len(text) if newline == -1 else newline].strip()
        if line[0] in "`~":
            run = len(line) - len(line.lstrip(line[0]))
            if fence_char:
                if line[0] == fence_char and run >= fence_len and not line[run:].strip():
                    fence_char = ""
            elif not (line[0] == "`" and "`" in line[run:]):
                fence_char, fence_len = line[0], run
        elif not fence_char and start > 0:
            boundaries.append(start)
    boundaries.append(len(text))
    chunks: list[tuple[int, str]] = []
    line_number = 0
    for begin, end in itertools.pairwise(boundaries):
        chunks.append((line_number, text[begin:end]))
        line_number += text.count("\n", begin, end)
    return chunks


def parse_heading(content: str) -> tuple[str, str | None, tuple[tuple[str, str], ...]]:
    """Split ``Title {#id key=value}`` into the title, the id and the other attributes."""
    block = _ATTRIBUTE_BLOCK.search(content)
    if block is None:
        return content.strip(), None, ()
    inner = block.group(1)
    explicit_id: str | None = None
    attributes: list[tuple[str, str]] = []
    position = 0
    while position < len(inner):
        token = _ATTRIBUTE_TOKEN.match(inner, position)
        if token is None or token.end() == position:
            if inner[position:].strip():
                # Not an attribute block after all (e.g. a title ending in literal braces).
                return content.strip(), None, ()
            break
        if token.group("id"):
            explicit_id = token.group("id")
        elif token.group("cls"):
            attributes.append(("class", token.group("cls")))
        else:
            value = next(v for v in (token["dq"], token["sq"], token["bare"]) if v is not None)
            attributes.append((token.group("key"), value))
        position = token.end()
    return content[: block.start()].strip(), explicit_id, tuple(attributes)


class ChunkParser:
    """Parses chunks into drafts with markdown-it, remembering every chunk it has seen."""

    def __init__(self, marker: re.Pattern[str] | None) -> None:
        self._marker = marker
        # Only block structure matters (headings, paragraphs, fences): skip inline parsing.
        self._markdown = MarkdownIt("commonmark").disable(["inline", "text_join"])
        self._seen: dict[str, tuple[Draft, ...]] = {}

    def drafts(self, chunk: str) -> tuple[Draft, ...]:
        found = self._seen.get(chunk)
        if found is None:
            found = self._seen[chunk] = self._parse(chunk)
        return found

    def _match_marker(self, content: str) -> str | None:
        if self._marker is None:
            return None
        for candidate in (content, _LEADING_EMPHASIS.sub("", content)):
            match = self._marker.match(candidate)
            if match is not None and match.group("id"):
                return match.group("id")
        return None

    def _parse(self, chunk: str) -> tuple[Draft, ...]:
        lines = chunk.split("\n")
        tokens = self._markdown.parse(chunk)
        headings: list[tuple[int, int, int, str]] = []  # start, end (exclusive), level, content
        markers: list[tuple[int, int, str]] = []  # start, end (exclusive), id
        code_lines: set[int] = set()
        claimed_until = -1
        for index, token in enumerate(tokens):
            if token.map is None:
                continue
            start, end = token.map
            if token.type == "heading_open":
                headings.append((start, end, int(token.tag[1]), tokens[index + 1].content))
            elif token.type in ("fence", "code_block"):
                code_lines.update(range(start, end))
            elif token.type == "paragraph_open" and start >= claimed_until:
                marker_id = self._match_marker(tokens[index + 1].content)
                if marker_id is None:
                    continue
                span = _enclosing_item(tokens, index) or (start, end)
                markers.append((span[0], _trim_end(lines, span[0], span[1]), marker_id))
                claimed_until = span[1]
        return tuple(_assemble(lines, headings, markers, code_lines))


def _enclosing_item(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """The line span of the list item whose first paragraph is ``tokens[index]``, if any."""
    span = tokens[index - 1].map if index > 0 else None
    if span is None or tokens[index - 1].type != "list_item_open":
        return None
    return span[0], span[1]


def _trim_end(lines: list[str], start: int, end: int) -> int:
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def _own_text(
    lines: list[str], start: int, end: int, markers: list[tuple[int, int, str]], code: set[int]
) -> tuple[str, tuple[str, ...], int]:
    """Text of lines [start, end) outside marker clauses, its footnotes, and its last line."""
    kept = [
        number
        for number in range(start, end)
        if not any(m_start <= number < m_end for m_start, m_end, _ in markers)
    ]
    while kept and not lines[kept[0]].strip():
        kept.pop(0)
    while kept and not lines[kept[-1]].strip():
        kept.pop()
    text = "\n".join(lines[number] for number in kept)
    prose = "\n".join(lines[number] for number in kept if number not in code)
    footnotes = tuple(dict.fromkeys(_FOOTNOTE_REF.findall(prose)))
    return text, footnotes, (kept[-1] if kept else start - 1)


def _assemble(
    lines: list[str],
    headings: list[tuple[int, int, int, str]],
    markers: list[tuple[int, int, str]],
    code: set[int],
) -> list[Draft]:
    drafts: list[Draft] = []
    for m_start, m_end, marker_id in markers:
        text, footnotes, _ = _own_text(lines, m_start, m_end, [], code)
        drafts.append(
            Draft("marker", 0, marker_id, marker_id, (), text, footnotes, m_start, m_end - 1)
        )
    first_heading = headings[0][0] if headings else len(lines)
    text, footnotes, last = _own_text(lines, 0, first_heading, markers, code)
    if text.strip():
        drafts.append(Draft("continuation", 0, "", None, (), text, footnotes, 0, last))
    for position, (start, end, level, content) in enumerate(headings):
        section_end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        title, explicit_id, attributes = parse_heading(content)
        text, footnotes, last = _own_text(lines, end, section_end, markers, code)
        drafts.append(
            Draft(
                "heading",
                level,
                title,
                explicit_id,
                attributes,
                text,
                footnotes,
                start,
                max(last, end - 1),
            )
        )
    drafts.sort(key=lambda draft: (draft.line_start, draft.kind != "continuation"))
    return drafts


def _fence_step(line: str, fence: tuple[str, int] | None) -> tuple[bool, tuple[str, int] | None]:
    """(is a heading outside a fence, fence state after the line) for one line of text."""
    body = line.lstrip(" \t")  # the same leading blanks as _CANDIDATE_LINE allows
    if not body or body[0] not in "#`~":
        return False, fence
    if body[0] == "#":
        if fence is None and _CANDIDATE_LINE.match(line):
            return True, None
        return False, fence
    stripped = body.strip()
    run = len(stripped) - len(stripped.lstrip(stripped[0]))
    if run < 3:
        return False, fence
    if fence is not None:
        if stripped[0] == fence[0] and run >= fence[1] and not stripped[run:].strip():
            return False, None
        return False, fence
    if stripped[0] == "`" and "`" in stripped[run:]:
        return False, None
    return False, (stripped[0], run)


class ChunkedLines:
    """A document kept as lines and heading-delimited chunks, updated from line edits.

    Equivalent to ``split_chunks`` on the joined text, but an edit re-cuts only the chunks
    around it: chunks before the edit are unchanged, and chunks after it are reused (shifted)
    from the first old chunk boundary past the edit that is reached outside a code fence.
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        """Lines with their line ends, so that joining them gives the document."""
        self._starts: list[int] = [0]
        self._texts: list[str] = [""]

    @property
    def chunks(self) -> list[tuple[int, str]]:
        """(0-based first line, chunk text), like ``split_chunks``."""
        return list(zip(self._starts, self._texts, strict=True))

    def reset(self, text: str) -> None:
        lines = text.split("\n")
        self.lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
        chunks = split_chunks(text)
        self._starts = [start for start, _ in chunks]
        self._texts = [chunk for _, chunk in chunks]

    def update(self, lines: list[str], low: int, high: int) -> None:
        """Take ``lines``, which differ from the current ones only in new lines [low, high)."""
        delta = len(lines) - len(self.lines)
        starts, texts = self._starts, self._texts
        index = max(bisect.bisect_right(starts, low) - 1, 0)
        if index and starts[index] == low:
            index -= 1  # the edit may have unmade this chunk's heading
        # Old boundaries past the edit, in new line numbers (the document start is no boundary).
        old_after = {
            start + delta: i for i, start in enumerate(starts) if i and start >= high - delta
        }
        new_starts, new_texts = starts[:index], texts[:index]
        chunk_start = starts[index]
        fence: tuple[str, int] | None = None
        position = chunk_start
        reused: int | None = None
        while position < len(lines):
            if position >= high and fence is None and position in old_after:
                reused = old_after[position]
                break
            heading, fence = _fence_step(lines[position], fence)
            if heading and position > chunk_start:
                new_starts.append(chunk_start)
                new_texts.append("".join(lines[chunk_start:position]))
                chunk_start = position
            position += 1
        if reused is None or position > chunk_start:
            new_starts.append(chunk_start)
            new_texts.append("".join(lines[chunk_start:position]))
        if reused is not None:
            new_starts.extend(start + delta for start in starts[reused:])
            new_texts.extend(texts[reused:])
        self.lines, self._starts, self._texts = lines, new_starts, new_texts
