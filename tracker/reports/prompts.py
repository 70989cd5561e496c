"""Edge: the prompts of a workspace's environments, for the review's leak check.

Two sources: the sample inputs of the Inspect logs among the workspace's result files (read with
inspect_ai's ``read_eval_log_samples``; the environment is the task, or the metadata key set
by ``[benchmarks.inspect] env_key``), and an optional CSV named by ``[benchmarks] prompts`` with
the columns ``env_id, text`` (one prompt a row; an environment may have many rows).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tracker.errors import InputError, Location

PROMPT_COLUMNS = ("env_id", "text")
_LOG_SUFFIXES = (".eval", ".json")


def read_prompts_file(path: Path) -> dict[str, list[str]]:
    """Environment -> prompts from a CSV with the columns ``env_id, text``."""
    if not path.is_file():
        raise InputError(Location(str(path)), "no such prompts file ([benchmarks] prompts)")
    prompts: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in PROMPT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(
                Location(str(path), 1, missing[0]),
                f"expected the header columns {', '.join(PROMPT_COLUMNS)}",
            )
        for row_number, row in enumerate(reader, start=2):
            env_id, text = (row.get("env_id") or "").strip(), (row.get("text") or "").strip()
            if not env_id:
                raise InputError(Location(str(path), row_number, "env_id"), "empty env_id")
            if text:
                prompts[env_id].append(text)
    return dict(prompts)


def _log_files(locations: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for location in locations:
        if location.is_dir():
            files += sorted(p for p in location.rglob("*") if p.suffix in _LOG_SUFFIXES)
        elif location.suffix in _LOG_SUFFIXES and location.is_file():
            files.append(location)
    return files


def _input_text(value: Any) -> str:
    """A sample's input as text: a string, or the text of its chat messages."""
    if isinstance(value, str):
        return value
    parts = []
    for message in value or ():
        text = getattr(message, "text", None)
        if text:
            parts.append(str(text))
    return "\n".join(parts)


def read_log_prompts(locations: Sequence[Path], env_key: str | None) -> dict[str, list[str]]:
    """Environment -> sample inputs of the Inspect logs found in ``locations``.

    A JSON file that is not an Inspect log (a results file) is skipped: the ingest step reports
    unreadable result files, and the leak check only needs the logs it can read.
    """
    files = list(_log_files(locations))
    if not files:
        return {}  # importing inspect_ai alone takes seconds (issue 18: the review's main cost)
    from inspect_ai.log import read_eval_log, read_eval_log_samples

    prompts: dict[str, list[str]] = defaultdict(list)
    for path in files:
        try:
            header = read_eval_log(str(path), header_only=True)
        except Exception:  # inspect_ai raises many kinds (zip, JSON, validation errors)
            continue
        metadata = dict(header.eval.metadata or {})
        env_id = str(metadata.get(env_key) or "") if env_key else header.eval.task
        if not env_id:
            continue
        seen = set(prompts[env_id])
        for sample in read_eval_log_samples(str(path), all_samples_required=False):
            text = _input_text(sample.input).strip()
            if text and text not in seen:
                seen.add(text)
                prompts[env_id].append(text)
    return dict(prompts)
