"""Real prose nobody here wrote, as negatives for the fit and as a specificity check.

Every round's plain sentences carry no cue word, by the rounds' own rules, so no bank tests the
everyday sense of the weak cue words ("really", "see what", "someone", "designed", "genuine",
"actual") in ordinary prose. The OpenAI Model Spec (CC0, ``../shared/corpora/openai-model-spec``)
is such prose: guidance and example conversations, none of it a model saying that it is being
tested. On its latest release's paragraphs sd-aware-6 flagged 130 of 1,686 (7.7%, "I'm really
sorry to hear you're feeling that way" at 0.83), while its held-out specificity was 0.998.

The release's sections are split three ways by a hash of their key (a heading's id, or an
example file's name), so that no section's text is in two parts: ``fit`` (its cue-bearing units
are negatives in the fit set), ``dev`` (its paragraphs' specificity is part of the threshold's
choice) and ``test`` (scored once, beside the held-out round). Only the training script reads
this; the corpus is not shipped with the package.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RELEASE = "06-8d2405d"
"""The Model Spec's latest release in the corpus (2025-12-18). Earlier releases repeat most of
it; adding their fit-part paragraphs (56 more) gave no gain leaving one round out."""

PARTS = ("fit", "dev", "test")

TEXT_CHARS = 650
"""How long a real "text" is: consecutive paragraphs of a section are joined until they reach
this many characters, about a reasoning text's mean length in the bench (649). A paragraph is
about 145 characters, and a text with more sentences has more chances to be flagged, so a
paragraph's specificity would flatter the detector."""

_HEADING = re.compile(r"^#{1,6}\s.*?\{#([A-Za-z0-9_-]+)")
_SKIP_LINE = re.compile(r"^\s*(?:~~~|```|#{1,6}\s|</?[a-z_]+(?:\s[^>]*)?>\s*$|<!--.*-->\s*$|\|)")
_INLINE_TAG = re.compile(r"</?[a-z_]+(?:\s[^>]*)?>|<!--.*?-->")
_FOOTNOTE = re.compile(r"\[\^[A-Za-z0-9_-]+\](?::\s*)?")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`")


@dataclass(frozen=True)
class Paragraph:
    section: str
    part: str
    text: str


def default_root() -> Path:
    """The corpus beside a checkout: ``<checkout>/../shared/corpora/openai-model-spec``."""
    return Path(__file__).resolve().parents[3] / "shared" / "corpora" / "openai-model-spec"


def part_of(section: str) -> str:
    """``fit``, ``dev`` or ``test``: a stable hash of the section's key, a third each."""
    digest = hashlib.blake2b(section.encode("utf-8"), digest_size=8).digest()
    return PARTS[int.from_bytes(digest, "big") % len(PARTS)]


def _clean(line: str) -> str:
    line = _INLINE_TAG.sub(" ", _FOOTNOTE.sub("", _LINK.sub(r"\1", line)))
    line = _EMPHASIS.sub("", line)
    return re.sub(r"\s+", " ", line.lstrip("-*+> ").strip())


def _paragraphs(markdown: str, section: str, by_heading: bool) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            text = " ".join(lines)
            if len(text) > 20:
                found.append((section, text))
            lines.clear()

    for raw in markdown.splitlines():
        heading = _HEADING.match(raw)
        if heading or not raw.strip() or _SKIP_LINE.match(raw):
            flush()
            if heading and by_heading:
                section = heading.group(1)
            continue
        cleaned = _clean(raw)
        if cleaned:
            lines.append(cleaned)
    flush()
    return found


@cache
def paragraphs(root: Path | None = None) -> tuple[Paragraph, ...]:
    """Every paragraph of the release (the spec and its examples), with its section and part."""
    folder = (root or default_root()) / "versions" / RELEASE
    if not (folder / "model_spec.md").is_file():
        raise FileNotFoundError(
            f"{folder / 'model_spec.md'}: the Model Spec corpus is needed to train the detector "
            "(run from a checkout with ../shared beside it)"
        )
    rows = _paragraphs((folder / "model_spec.md").read_text(encoding="utf-8"), "overview", True)
    for example in sorted((folder / "examples").glob("*.md")):
        rows += _paragraphs(example.read_text(encoding="utf-8"), f"example:{example.stem}", False)
    return tuple(Paragraph(section, part_of(section), text) for section, text in rows)


def texts(part: str, root: Path | None = None) -> list[str]:
    """The paragraphs of one part, in file order, duplicates dropped. A paragraph whose text is
    in two parts (the same words in two sections) is kept only in the later part of ``PARTS``:
    what is measured is never fitted on, and dev never overlaps test."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    last = {p.text: p.part for p in sorted(paragraphs(root), key=lambda p: PARTS.index(p.part))}
    return list(dict.fromkeys(p.text for p in paragraphs(root) if last[p.text] == part == p.part))


def chunks(part: str, root: Path | None = None, chars: int = TEXT_CHARS) -> list[str]:
    """The part's paragraphs (``texts``) joined, section by section in file order, into texts
    of at least ``chars`` characters (a section's last text may be shorter)."""
    keep = set(texts(part, root))
    out: list[str] = []
    current: list[str] = []
    section = None
    for p in paragraphs(root):
        if p.part != part or p.text not in keep:
            continue
        keep.discard(p.text)  # each paragraph once, as in ``texts``
        if current and (p.section != section or sum(map(len, current)) >= chars):
            out.append("\n".join(current))
            current = []
        section = p.section
        current.append(p.text)
    if current:
        out.append("\n".join(current))
    return out
