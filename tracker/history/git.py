"""The one place specdrift starts git, built on gitpython.

Every module that reads or writes a spec repository does it through a ``GitRepo``: commands
run by gitpython's ``Git.execute`` (``run``, ``probe``), long outputs such as ``git log -p``
streamed from its process (``records``), blobs read by gitpython's persistent ``git cat-file
--batch`` (``read_blob``), and other ``cat-file`` batch protocols kept open (``batch``).
``tests/test_git_seam.py`` fails if any other module in tracker/ or dashboard/ starts git.

Every command runs as ``git -C <repository>``: gitpython would otherwise fall back to the
process's own folder when the repository's is missing, and could read the wrong repository.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from collections.abc import Generator, Mapping
from pathlib import Path
from types import TracebackType

# gitpython looks for git when it is imported and refuses to import without it; specdrift
# says so itself, as an error naming git, when a command first needs it (exit 2).
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")

import git  # after the setting above
from git.exc import GitCommandNotFound

from tracker.errors import SpecHistoryError

NOT_INSTALLED = "git is not installed (needed to read the spec history)"
CHUNK = 1 << 16
"""Bytes read from a streamed command at a time."""


class GitRepo:
    """A git repository on disk, and the git processes that read it (closed by ``close``).

    Not thread-safe (one persistent ``cat-file`` per instance): make one per reader.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        """The repository as the user named it (error messages show it so)."""
        self._where = str(self.path.absolute())
        self._git = git.Git(self._where)
        # gitpython starts its persistent cat-file itself: it gets the -C too.
        self._git.set_persistent_git_options(C=self._where)
        self._batches: list[Batch] = []
        self._soon: dict[tuple[str, ...], _Soon] = {}

    def __enter__(self) -> GitRepo:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """End the persistent processes (the object reader, any batch, any unused prefetch)."""
        self._git.clear_cache()
        for batch in self._batches:
            batch.close()
        self._batches.clear()
        for soon in self._soon.values():
            soon.abandon()
        self._soon.clear()

    def prefetch(self, *args: str) -> None:
        """Start a command now; the ``run`` with the same arguments takes its result.

        git works on the other core while Python does something else (the reader loads its
        clause cache while ``git log`` walks the history).
        """
        if args not in self._soon:
            try:
                self._soon[args] = _Soon(self._git.execute(self._command(args), as_process=True))
            except GitCommandNotFound as exc:
                raise SpecHistoryError(NOT_INSTALLED) from exc

    def _command(self, args: tuple[str, ...]) -> list[str]:
        executable = git.Git.GIT_PYTHON_GIT_EXECUTABLE or "git"
        return [executable, "-C", self._where, *args]

    def execute(
        self,
        *args: str,
        input_bytes: bytes | None = None,
        env: Mapping[str, str] | None = None,
    ) -> tuple[int, bytes, str]:
        """(exit status, standard output exactly as written, standard error) of one command."""
        command = self._command(args)
        try:
            if input_bytes is None:
                status, out, err = self._git.execute(
                    command,
                    with_extended_output=True,
                    with_exceptions=False,
                    stdout_as_string=False,
                    strip_newline_in_stdout=False,
                    env=env,
                )
                return status, out, err
            process = self._git.execute(command, istream=subprocess.PIPE, as_process=True, env=env)
        except GitCommandNotFound as exc:
            raise SpecHistoryError(NOT_INSTALLED) from exc
        # gitpython has no call that writes standard input and reads both outputs, so the
        # process it started is driven here (communicate reads both pipes: no deadlock).
        proc = process.proc
        assert proc is not None  # just started
        out, err_bytes = proc.communicate(input_bytes)
        return proc.returncode, bytes(out), bytes(err_bytes).decode("utf-8", "replace")

    def run(
        self,
        *args: str,
        input_bytes: bytes | None = None,
        env: Mapping[str, str] | None = None,
    ) -> bytes:
        """Run one git command; a failure becomes a SpecHistoryError with git's words."""
        soon = self._soon.pop(args, None) if input_bytes is None and env is None else None
        if soon is not None:
            status, out, err = soon.result()
        else:
            status, out, err = self.execute(*args, input_bytes=input_bytes, env=env)
        if status != 0:
            reason = err.strip() or f"exit {status}"
            raise SpecHistoryError(f"{self.path}: git {args[0]} failed: {reason}")
        return out

    def probe(self, *args: str) -> tuple[int, str]:
        """(exit status, output as text) of a command whose failure is an answer, not an error
        (``rev-parse --verify``, ``merge-base --is-ancestor``, ``config user.name``)."""
        status, out, _ = self.execute(*args)
        return status, out.decode("utf-8", "surrogateescape")

    def records(self, *args: str, separator: bytes) -> Generator[bytes, None, None]:
        """The output of a long command (``log -p``), record by record as git writes it.

        Each record is the text after one ``separator``. Streaming lets the caller work on the
        first records while git computes the next ones. Closing the iterator early ends git.
        """
        try:
            process = self._git.execute(self._command(args), as_process=True)
        except GitCommandNotFound as exc:
            raise SpecHistoryError(NOT_INSTALLED) from exc
        proc = process.proc
        assert proc is not None
        assert proc.stdout is not None
        assert proc.stderr is not None
        if len(separator) != 1:
            raise ValueError("the separator is one byte (a record may end in any chunk)")
        finished = False
        try:
            pending: list[bytes] = []  # the pieces of the record being read
            started = False
            # os.read returns what the pipe holds (up to CHUNK) without waiting for more.
            while chunk := os.read(proc.stdout.fileno(), CHUNK):
                if separator not in chunk:
                    pending.append(chunk)  # joined once complete: no copy per chunk
                    continue
                parts = chunk.split(separator)
                pending.append(parts[0])
                parts[0] = b"".join(pending)
                pending = [parts.pop()]
                if not started:
                    parts.pop(0)  # whatever comes before the first separator is no record
                    started = True
                yield from parts
            if started:
                yield b"".join(pending)
            # Standard error is read once output ends: git writes little there, so the pipe
            # never fills while standard output is being read.
            err = proc.stderr.read().decode("utf-8", "replace")
            status = proc.wait()
            finished = True
            if status != 0:
                reason = err.strip() or f"exit {status}"
                raise SpecHistoryError(f"{self.path}: git {args[0]} failed: {reason}")
        finally:
            if not finished:
                proc.terminate()  # read no further: git need not write the rest
                proc.wait()
            proc.stdout.close()
            proc.stderr.close()

    def read_blob(self, sha: str) -> bytes:
        """The content of the object ``sha``, from gitpython's persistent ``cat-file --batch``."""
        try:
            _, _, _, content = self._git.get_object_data(sha)
        except GitCommandNotFound as exc:
            raise SpecHistoryError(NOT_INSTALLED) from exc
        except ValueError as exc:  # gitpython's answer for an object git does not have
            raise SpecHistoryError(f"{self.path}: git cat-file: object {sha} is missing") from exc
        return content

    def batch(self, *args: str) -> Batch:
        """A ``cat-file`` batch process kept open for one request per line (closed with us)."""
        try:
            process = self._git.execute(
                self._command(("cat-file", *args)), istream=subprocess.PIPE, as_process=True
            )
        except GitCommandNotFound as exc:
            raise SpecHistoryError(NOT_INSTALLED) from exc
        batch = Batch(process)
        self._batches.append(batch)
        return batch


class _Soon:
    """A command started ahead of need: a thread drains its output, so git never waits."""

    def __init__(self, process: git.Git.AutoInterrupt) -> None:
        proc = process.proc
        assert proc is not None
        self._process = process  # kept: gitpython ends the process when its wrapper goes
        self._proc = proc
        self._output: tuple[bytes, bytes] = (b"", b"")
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        out, err = self._proc.communicate()
        self._output = (bytes(out), bytes(err))

    def result(self) -> tuple[int, bytes, str]:
        self._thread.join()
        out, err = self._output
        return self._proc.returncode, out, err.decode("utf-8", "replace")

    def abandon(self) -> None:
        """Not needed after all (an error came first): end git, and the thread with it."""
        if self._proc.poll() is None:
            self._proc.terminate()
        self._thread.join()


class Batch:
    """One request line in, an answer line (and maybe more bytes) out: git's batch protocol."""

    def __init__(self, process: git.Git.AutoInterrupt) -> None:
        self._process = process
        proc = process.proc
        assert proc is not None
        assert proc.stdin is not None
        assert proc.stdout is not None
        self._proc = proc
        self._stdin = proc.stdin
        self._stdout = proc.stdout

    def ask(self, request: bytes) -> bytes:
        """Send one request (a line without its line break); git's answer line, without it."""
        self._stdin.write(request + b"\n")
        self._stdin.flush()
        return bytes(self._stdout.readline()).rstrip(b"\n")

    def read(self, size: int) -> bytes:
        """``size`` more bytes of the answer (the record some answers carry)."""
        return bytes(self._stdout.read(size))

    def close(self) -> None:
        """End of input: git answers what it was asked and exits."""
        with contextlib.suppress(BrokenPipeError):
            self._stdin.close()
        self._proc.wait()
        self._stdout.close()
        if self._proc.stderr is not None:
            self._proc.stderr.close()
