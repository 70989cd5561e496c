"""Markdown to clauses: identity, fences, markers, footnotes, line spans."""

from __future__ import annotations

import pytest

from tracker.errors import UsageError
from tracker.spec import ClauseSplitter, slugify, split_clauses
from tracker.spec._markdown import parse_heading

MARKER = r"^(?P<id>(AS|GP)\d+)\b"

SPEC = """\
# Principles {#principles}

Intro text of the principles.

## Be honest {#be_honest authority=root}

Say true things.[^ab12]

~~~xml
# not a heading (tilde fence)
~~~

```python
## not a heading either (backtick fence)
```

### Details

Some details.[^cd34]

# Appendix

Closing words.
"""


def test_headings_become_clauses_and_fenced_hash_lines_do_not() -> None:
    clauses = split_clauses(SPEC, file="spec.md")
    assert [c.id for c in clauses] == [
        "principles",
        "be_honest",
        "be_honest/details",
        "appendix",
    ]
    assert all(c.file == "spec.md" for c in clauses)
    honest = clauses[1]
    assert honest.title == "Be honest"
    assert honest.attributes == {"authority": "root"}
    assert honest.level == 2
    assert honest.parent_id == "principles"
    assert honest.path == ("Principles", "Be honest")
    assert honest.id_source == "attribute"
    assert "# not a heading (tilde fence)" in honest.text
    assert "## not a heading either" in honest.text
    assert "Some details" not in honest.text  # subsections are not the clause's own text
    assert honest.footnotes == ("ab12",)
    details = clauses[2]
    assert details.id_source == "slug"
    assert details.footnotes == ("cd34",)
    assert clauses[3].parent_id is None


def test_line_spans_are_one_based_and_end_at_the_last_own_line() -> None:
    clauses = {c.id: c for c in split_clauses(SPEC)}
    lines = SPEC.splitlines()
    honest = clauses["be_honest"]
    assert lines[honest.line_start - 1].startswith("## Be honest")
    assert lines[honest.line_end - 1] == "```"
    principles = clauses["principles"]
    assert (principles.line_start, principles.line_end) == (1, 3)
    appendix = clauses["appendix"]
    assert lines[appendix.line_end - 1] == "Closing words."


def test_marker_clauses_in_paragraphs_and_list_items_leave_the_section_text() -> None:
    text = """\
# Anti-scheming {#anti_scheming}

Preface stays in the section.

AS1: No covert actions or strategic deception.

- AS2: Report violations of AS1.
  A continuation line of the item.
- an ordinary item

**GP1:** Refuse rather than sandbag.

Afterword stays too.
"""
    clauses = {c.id: c for c in split_clauses(text, clause_marker=MARKER)}
    assert list(clauses) == ["anti_scheming", "AS1", "AS2", "GP1"]
    section = clauses["anti_scheming"]
    assert "Preface stays" in section.text
    assert "Afterword stays too." in section.text
    assert "AS1" not in section.text
    assert "AS2" not in section.text
    assert "GP1" not in section.text
    assert "- an ordinary item" in section.text
    as2 = clauses["AS2"]
    assert as2.kind == "marker"
    assert as2.id_source == "marker"
    assert as2.title == "AS2"
    assert as2.parent_id == "anti_scheming"
    assert as2.level == 2
    assert as2.path == ("Anti-scheming", "AS2")
    assert as2.text == "- AS2: Report violations of AS1.\n  A continuation line of the item."
    assert (as2.line_start, as2.line_end) == (7, 8)
    assert clauses["GP1"].text == "**GP1:** Refuse rather than sandbag."


def test_marker_inside_a_fence_is_not_a_clause() -> None:
    text = "# S\n\n```\nAS9: in code\n```\n\nAS1: real\n"
    assert [c.id for c in split_clauses(text, clause_marker=MARKER)] == ["s", "AS1"]


def test_duplicate_ids_get_deterministic_suffixes() -> None:
    text = "# Same {#dup}\n\na\n\n# Same {#dup}\n\nb\n\n## Child\n\n## Child\n"
    ids = [c.id for c in split_clauses(text)]
    assert ids == ["dup", "dup-2", "dup-2/child", "dup-2/child-2"]
    assert ids == [c.id for c in split_clauses(text)]


def test_text_before_the_first_heading_is_a_preamble_clause_not_dropped() -> None:
    clauses = split_clauses("Opening words.\n\n# First\n\nbody\n")
    assert [c.id for c in clauses] == ["_preamble", "first"]
    assert clauses[0].text == "Opening words."
    assert clauses[1].parent_id is None


def test_setext_headings_are_found_and_empty_documents_give_nothing() -> None:
    clauses = split_clauses("Title\n=====\n\ntext\n\nSub\n---\n\nmore\n")
    assert [(c.id, c.level) for c in clauses] == [("title", 1), ("title/sub", 2)]
    assert split_clauses("") == []


def test_fence_inside_a_list_item_and_a_longer_closing_fence() -> None:
    text = "# A\n\n- item\n\n  ````\n  # hidden\n  ```\n  # still hidden\n  `````\n\n# B\n"
    assert [c.id for c in split_clauses(text)] == ["a", "b"]


def test_an_unclosed_fence_runs_to_the_end() -> None:
    assert [c.id for c in split_clauses("# A\n\n~~~\n# inside\n")] == ["a"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Title {#x}", ("Title", "x", ())),
        ("T {#x authority=root}", ("T", "x", (("authority", "root"),))),
        ('T {#x .cls k="two words"}', ("T", "x", (("class", "cls"), ("k", "two words")))),
        ("Set {a, b} here", ("Set {a, b} here", None, ())),
        ("Plain", ("Plain", None, ())),
    ],
)
def test_parse_heading(content: str, expected: tuple[object, ...]) -> None:
    assert parse_heading(content) == expected


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Don’t reveal *secrets*", "dont-reveal-secrets"),
        ("Ünïcode Straße", "ünïcode-straße"),
        ("!!!", "section"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_invalid_marker_regexes_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="no group named 'id'"):
        split_clauses("x", clause_marker=r"^AS\d+")
    with pytest.raises(UsageError, match="not a valid regex"):
        split_clauses("x", clause_marker=r"^(?P<id>AS")


def test_splitter_shares_unchanged_clauses_between_versions() -> None:
    splitter = ClauseSplitter()
    first = splitter.split(SPEC)
    second = splitter.split(SPEC.replace("Closing words.", "Closing words, edited."))
    assert first[0] is second[0]
    assert first[3] is not second[3]
    assert second[3].text == "Closing words, edited."
