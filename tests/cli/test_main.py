"""The CLI's one exception hook: known errors are a message and exit 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.cli import cli, main


def test_help_lists_every_documented_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("spec", "ingest", "summary", "links", "patches", "flags", "report", "review"):
        assert command in cli.commands, command
        assert command in out


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-command"]) == 2
    err = capsys.readouterr().err
    assert "No such command" in err
    assert "Traceback" not in err


def test_workspace_without_config_is_exit_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["flags", "--workspace", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no specdrift.toml" in err
    assert "Traceback" not in err


def test_error_text_with_brackets_is_printed_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The message names the TOML section in brackets; rich must not read it as markup.
    (tmp_path / "specdrift.toml").write_text("[analysis]\nbogus = 1\n", encoding="utf-8")
    assert main(["flags", "--workspace", str(tmp_path)]) == 2
    assert "[analysis.bogus]" in capsys.readouterr().err
