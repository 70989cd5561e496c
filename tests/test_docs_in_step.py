"""Docs that must keep up with the code: every setting documented, every command in the README."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from pydantic import BaseModel

from tracker.cli import cli
from tracker.settings import AnalysisSettings, InspectSettings, LinkSettings, SpecSettings

ROOT = Path(__file__).resolve().parent.parent


def _doc(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("section", "doc"),
    [
        (AnalysisSettings, "docs/method.md"),
        (LinkSettings, "docs/links.md"),
        (InspectSettings, "docs/inputs.md"),
        (SpecSettings, "docs/spec-history.md"),
    ],
)
def test_every_setting_is_documented(section: type[BaseModel], doc: str) -> None:
    text = _doc(doc)
    missing = [name for name in section.model_fields if f"`{name}`" not in text]
    assert not missing, f"{doc} does not document {missing}"


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
