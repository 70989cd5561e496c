"""The ``specdrift`` command line: the only place that prints or exits.

Exit codes: 0 ok; 1 findings that a ``--fail-on`` asked to fail on; 2 bad input or usage.
"""

from __future__ import annotations

import logging
import sys

import click
from rich.markup import escape

from tracker.cli.common import EXIT_BAD_INPUT, stderr_console
from tracker.errors import SpecdriftError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="specdrift")
def cli() -> None:
    """Tell whether a misbehaviour score that reached zero was patched, noticed, or fixed.

    It versions the behaviour spec with git, splits it into clauses, links each clause to the
    failures that prompted it, and charts misbehaviour against spec patches and evaluation
    awareness, so that every zero gets a verdict: patch-driven, awareness-driven,
    broad-improvement, or insufficient-evidence.

    Every command takes --workspace DIR (default: the current folder's specdrift.toml, else the
    bundled demo). Exit codes: 0 ok, 1 findings a --fail-on asked to fail on, 2 bad input or usage.
    """


def _register() -> None:
    # Each module defines its commands; importing them is cheap (heavy imports happen inside).
    from tracker.cli import (
        awareness,
        dashboard,
        flags,
        ingest,
        links,
        report,
        review,
        saturation,
        spec,
    )

    for module in (spec, ingest, links, flags, saturation, report, review, dashboard, awareness):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


class _StderrHandler(logging.Handler):
    """Messages that tracker modules log (e.g. "Generating the demo workspace") go to stderr.

    The package logs instead of printing (only tracker.cli prints); this is where they surface.
    """

    def emit(self, record: logging.LogRecord) -> None:
        stderr_console().print(record.getMessage(), markup=False)


def _show_tracker_logs() -> None:
    logger = logging.getLogger("tracker")
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        logger.addHandler(_StderrHandler(logging.INFO))
    logger.setLevel(logging.INFO)
    # Without this a root handler that a library configured would print each message twice.
    logger.propagate = False


def _path_error(exc: OSError) -> str | None:
    """``path: reason`` for an OS error about a file, else None (a bug, whose traceback helps)."""
    if exc.filename is None:
        return None
    where = str(exc.filename)
    if exc.filename2 is not None:
        where += f" -> {exc.filename2}"
    return f"{where}: {exc.strerror or exc}"


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; known errors become one message on stderr and exit code 2, never a traceback."""
    _show_tracker_logs()
    try:
        # Without standalone mode click returns the code of ``ctx.exit(code)`` instead of exiting.
        result = cli.main(args=argv, prog_name="specdrift", standalone_mode=False)
    except click.exceptions.Abort:
        stderr_console().print("Aborted.")
        return 130
    except click.ClickException as exc:
        exc.show()
        return EXIT_BAD_INPUT if exc.exit_code == 2 else exc.exit_code
    except SpecdriftError as exc:
        stderr_console().print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
        return EXIT_BAD_INPUT
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # Last line of defence: a missing or unreadable file should have become a SpecdriftError
        # naming what was expected where it was read; if one slips through, say which path.
        message = _path_error(exc)
        if message is None:
            raise
        stderr_console().print(f"[bold red]error:[/] {escape(message)}", highlight=False)
        return EXIT_BAD_INPUT
    return result if isinstance(result, int) else 0


def run() -> None:
    sys.exit(main())
