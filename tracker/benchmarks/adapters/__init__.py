"""The one registry of results adapters: each says whether it handles a path.

Built-in formats register here exactly as another format would: add an object with ``name``,
``suffixes``, ``handles`` and ``load`` (see ``base.Adapter``) to ``ADAPTERS``.
"""

from __future__ import annotations

from pathlib import Path

from tracker.benchmarks.adapters.base import Adapter, LoadedTable, UnreadableFile
from tracker.benchmarks.adapters.inspect_logs import InspectLogAdapter, score_to_flag
from tracker.benchmarks.adapters.parquet import ParquetAdapter
from tracker.benchmarks.adapters.scout import ScoutLabels, read_scout_labels
from tracker.benchmarks.adapters.text import CsvAdapter, JsonLinesAdapter
from tracker.settings import InspectSettings

ADAPTERS: tuple[Adapter, ...] = (
    CsvAdapter(),
    JsonLinesAdapter(),
    ParquetAdapter(),
    InspectLogAdapter(),
)

__all__ = [
    "ADAPTERS",
    "Adapter",
    "LoadedTable",
    "ScoutLabels",
    "UnreadableFile",
    "aware_source",
    "find_adapter",
    "known_formats",
    "read_scout_labels",
    "score_to_flag",
]


def find_adapter(path: Path) -> Adapter | None:
    """The first adapter that handles ``path``, else None."""
    return next((adapter for adapter in ADAPTERS if adapter.handles(path)), None)


def known_formats() -> str:
    """The formats ingest reads, for the unknown-format error."""
    return ", ".join(adapter.name for adapter in ADAPTERS)


def aware_source(adapter: Adapter, inspect: InspectSettings) -> str | None:
    """Where an adapter's known awareness labels come from: its own say, else ``column``."""
    own = getattr(adapter, "aware_source", None)
    return own(inspect) if callable(own) else "column"
