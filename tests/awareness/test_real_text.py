"""The real prose (the OpenAI Model Spec's latest release) split into fit, dev and test parts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tracker.awareness import real_text

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "openai-model-spec"


def test_the_default_root_is_the_corpus_beside_the_checkout() -> None:
    assert real_text.default_root() == CORPUS
    assert (CORPUS / "versions" / real_text.RELEASE / "model_spec.md").is_file()


def test_paragraphs_are_prose_without_markdown_or_tags() -> None:
    paragraphs = real_text.paragraphs()
    assert len(paragraphs) > 1500
    markup = re.compile(r"\*\*|\[\^|\]\(|</?(?:user|assistant|developer|system)\b|~~~|```|\{#")
    dirty = [p.text for p in paragraphs if markup.search(p.text)]
    assert dirty == []
    texts = {p.text for p in paragraphs}
    # a line of prose, an example's user turn and an assistant's reply are all there
    assert any(t.startswith("The assistant should") for t in texts)
    assert "What's the German word for 'Gypsy'?" in texts


def test_each_section_lies_in_one_part_and_no_text_is_in_two() -> None:
    paragraphs = real_text.paragraphs()
    parts_of_section: dict[str, set[str]] = {}
    for p in paragraphs:
        parts_of_section.setdefault(p.section, set()).add(p.part)
        assert p.part == real_text.part_of(p.section)
    assert all(len(parts) == 1 for parts in parts_of_section.values())
    shares = Counter(next(iter(parts)) for parts in parts_of_section.values())
    assert all(shares[part] >= 0.2 * len(parts_of_section) for part in real_text.PARTS), shares
    by_part = {part: set(real_text.texts(part)) for part in real_text.PARTS}
    assert not by_part["fit"] & by_part["dev"]
    assert not by_part["fit"] & by_part["test"]
    assert not by_part["dev"] & by_part["test"]
    assert all(len(texts) > 400 for texts in by_part.values())


def test_the_split_is_pinned_by_the_section_keys() -> None:
    # a hash of the key, not of the order or the text: a release that rewords a section, or a
    # new release, keeps the other sections where they were
    keys = ("overview", "red_line_principles", "example:092i", "example:0dh6", "example:0q9d")
    assert [real_text.part_of(key) for key in keys] == ["dev", "test", "test", "dev", "test"]
    with pytest.raises(ValueError, match="part must be one of"):
        real_text.texts("train")


def test_a_missing_corpus_is_an_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"model_spec\.md: the Model Spec corpus"):
        real_text.paragraphs(tmp_path)


def test_texts_of_realistic_length_join_a_sections_paragraphs_in_order() -> None:
    for part in ("dev", "test"):
        paragraphs = real_text.texts(part)
        joined = real_text.chunks(part)
        assert "\n".join(joined).split("\n") == paragraphs
        long_enough = [len(text) >= real_text.TEXT_CHARS for text in joined]
        # only a section's last text may fall short, and most texts are not last
        assert sum(long_enough) > len(joined) / 2, part
