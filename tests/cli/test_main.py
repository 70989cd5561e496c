"""The CLI's one exception hook: known errors are a message and exit 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli
from tracker.cli import cli as specdrift


def test_help_lists_every_documented_command(cli: Cli) -> None:
    code, out, _ = cli("--help")
    assert code == 0
    for command in ("spec", "ingest", "summary", "links", "patches", "flags", "report", "review"):
        assert command in specdrift.commands, command
        assert command in out


def test_unknown_command_is_a_usage_error(cli: Cli) -> None:
    code, _, err = cli("no-such-command")
    assert code == 2
    assert "No such command" in err
    assert "Traceback" not in err


def test_workspace_without_config_is_exit_2_without_traceback(tmp_path: Path, cli: Cli) -> None:
    code, _, err = cli("flags", "--workspace", str(tmp_path))
    assert code == 2
    assert "no specdrift.toml" in err
    assert "Traceback" not in err


def test_error_text_with_brackets_is_printed_literally(tmp_path: Path, cli: Cli) -> None:
    # The message names the TOML section in brackets; rich must not read it as markup.
    (tmp_path / "specdrift.toml").write_text("[analysis]\nbogus = 1\n", encoding="utf-8")
    code, _, err = cli("flags", "--workspace", str(tmp_path))
    assert code == 2
    assert "[analysis.bogus]" in err
