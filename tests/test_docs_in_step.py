"""Docs that must keep up with the code: every setting documented, every command in the README."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import click
import pytest
from pydantic import BaseModel

from tracker.cli import cli
from tracker.settings import (
    AnalysisSettings,
    AwarenessSettings,
    BenchmarkSettings,
    InspectSettings,
    LinkSettings,
    ScoutSettings,
    Settings,
    SpecSettings,
    TableSettings,
)

ROOT = Path(__file__).resolve().parent.parent


def _doc(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


# Each section of specdrift.toml: its table name and the docs that explain its keys.
SECTION_DOCS: dict[type[BaseModel], tuple[str, tuple[str, ...]]] = {
    AnalysisSettings: ("analysis", ("docs/method.md",)),
    AwarenessSettings: ("awareness", ("docs/awareness.md",)),
    # failures are a links input and prompts a review input: documented where they are used.
    BenchmarkSettings: ("benchmarks", ("docs/inputs.md", "docs/links.md", "docs/reports.md")),
    InspectSettings: ("benchmarks.inspect", ("docs/inputs.md",)),
    LinkSettings: ("links", ("docs/links.md",)),
    ScoutSettings: ("benchmarks.scout", ("docs/inputs.md",)),
    SpecSettings: ("spec", ("docs/spec-history.md",)),
    TableSettings: ("benchmarks.tables", ("docs/inputs.md",)),
}


def _documents(text: str, table: str, name: str) -> bool:
    """Named in prose (`tau`), as `[benchmarks] failures` or a `[benchmarks.inspect]` table, or
    shown in a specdrift.toml example (`tau = 0.01  # why`)."""
    return (
        any(form in text for form in (f"`{name}`", f"[{table}] {name}", f"[{table}.{name}]"))
        or re.search(rf"^\s*{re.escape(name)} = ", text, re.M) is not None
    )


@pytest.mark.parametrize(
    ("section", "table", "docs"),
    [(model, table, docs) for model, (table, docs) in SECTION_DOCS.items()],
)
def test_every_setting_is_documented(
    section: type[BaseModel], table: str, docs: tuple[str, ...]
) -> None:
    text = "\n".join(_doc(doc) for doc in docs)
    missing = [name for name in section.model_fields if not _documents(text, table, name)]
    assert not missing, f"{' or '.join(docs)} does not document [{table}] {missing}"


def _sections(model: type[BaseModel]) -> set[type[BaseModel]]:
    found = set()
    for field in model.model_fields.values():
        # A section, or a list of them ([[benchmarks.tables]]).
        for annotation in (field.annotation, *typing.get_args(field.annotation)):
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                found |= {annotation, *_sections(annotation)}
    return found


def test_every_settings_section_has_its_doc() -> None:
    # A new section (or sub-table) of specdrift.toml cannot escape the check above.
    assert _sections(Settings) == set(SECTION_DOCS)


def _record_types(annotation: object) -> list[type[BaseModel]]:
    """The pydantic records inside a field's type (``X | None``, ``list[X]``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [t for arg in typing.get_args(annotation) for t in _record_types(arg)]


def _field_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Every field of ``model`` by dotted path, into sub-records except small value records
    (counts, intervals, a log odds ratio, a change point, a corrected share), which the docs
    describe as a whole."""
    from tracker.analysis import models

    values = {
        models.Counts,
        models.Interval,
        models.LogOdds,
        models.ChangePointStats,
        models.CorrectedShareStats,
    }
    paths: list[str] = []
    for name, info in model.model_fields.items():
        path = prefix + name
        paths.append(path)
        for record in _record_types(info.annotation):
            if record not in values:
                paths += _field_paths(record, path + ".")
    return paths


def _command_paths(group: click.Group, prefix: str = "") -> list[str]:
    paths = []
    for name, command in sorted(group.commands.items()):
        if command.hidden:
            continue
        path = f"{prefix}{name}"
        if isinstance(command, click.Group):
            paths += _command_paths(command, f"{path} ")
        else:
            paths.append(path)
    return paths


def test_every_command_is_in_the_readme() -> None:
    readme = _doc("README.md")
    table = "\n".join(line for line in readme.splitlines() if line.startswith("| `specdrift"))
    cells = [re.sub(r"\\\|", "|", cell) for cell in re.findall(r"`specdrift ([^`]+)`", table)]
    cells += re.findall(r"`([a-z]+)`", table)  # "..., `patches`" and "/ `summary`" in a row
    missing = []
    for path in _command_paths(cli):
        words = path.split()
        found = any(
            cell.split()[0] == words[0]
            and (len(words) == 1 or any(words[1] in part.split("|") for part in cell.split()[1:2]))
            for cell in cells
            if cell.split()
        ) or (len(words) == 1 and words[0] in cells)
        if not found:
            missing.append(path)
    assert not missing, f"README's command table lacks {missing}"


def test_cli_reference_is_generated_from_click() -> None:
    from tracker.cli.reference import render

    expected = render(cli)
    assert _doc("docs/cli.md") == expected, (
        "docs/cli.md is out of date: run python -m tracker.cli.reference > docs/cli.md"
    )


def test_flags_schema_is_generated_from_the_model() -> None:
    from tracker.cli.flags import schema_text

    assert _doc("docs/flags.schema.json") == schema_text(), (
        "docs/flags.schema.json is out of date: run specdrift flags --schema > "
        "docs/flags.schema.json"
    )


def test_every_field_of_the_flags_schema_says_what_it_is() -> None:
    # The schema is the contract people read: a field without a docstring has no description.
    from tracker.analysis.models import flags_schema

    schema = flags_schema()
    bare = [
        f"{name}.{field}"
        for name, record in schema["$defs"].items()
        for field, spec in record["properties"].items()
        if not spec.get("description")
    ]
    assert not bare, f"fields without a docstring: {bare}"
    assert all(record.get("description") for record in schema["$defs"].values())


def test_every_flag_statistic_is_documented() -> None:
    # docs/method.md lists the fields of `details` by their dotted path; a new field must be
    # explained there too (its docstring only says what it is, not how the verdict uses it).
    from tracker.analysis.models import FlagStatistics

    text = _doc("docs/method.md")
    missing = [path for path in _field_paths(FlagStatistics) if f"`{path}`" not in text]
    assert not missing, f"docs/method.md does not document details fields {missing}"


def test_cli_reference_has_every_command_and_option() -> None:
    # The comparison above only proves the file matches the renderer; this proves the renderer
    # leaves nothing out (a command, or an option of one).
    text = _doc("docs/cli.md")
    for path in ["", *_command_paths(cli)]:
        words = path.split()
        command: click.Command = cli
        for word in words:
            assert isinstance(command, click.Group)
            command = command.commands[word]
        heading = " ".join(["## specdrift", *words])
        assert f"\n{heading}\n" in text, f"docs/cli.md lacks {heading!r}"
        section = text.split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0]
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert f"`{param.opts[0]}" in section, f"{heading}: {param.opts[0]} is missing"


def test_the_readme_links_the_cli_reference() -> None:
    commands = _doc("README.md").split("## Commands", 1)[1].split("\n## ", 1)[0]
    assert "(docs/cli.md)" in commands
