"""Results tables in a database or engine (``[[benchmarks.tables]]``), read through Ibis.

A table source is an Ibis connection URL and a table name. Its rows are checked and aggregated
by the engine that holds them (one Ibis expression, ``tracker.benchmarks.table_checks``); only
the aggregated rows and the rejected rows come back. A sample table's rows stay in the engine:
the engine stores the usable ones (``read_table`` with ``keep_rows``) and the analysis asks
for them group by group (``tracker.benchmarks.table_sample_rows``). The candidate rows this
returns have the shape the files' (``ingest._read_loaded``) have, so ``ingest`` combines both
the same way.

URLs may reference environment variables (``${VAR}`` or ``$VAR``), read when the table is read,
so credentials never sit in specdrift.toml; every message shows the URL as written with any
password or secret-looking query value replaced by ``***``.
"""

from __future__ import annotations

import itertools
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pandas as pd

from tracker.benchmarks.adapters.base import Form, detect_form
from tracker.benchmarks.checks import known_columns, required_columns
from tracker.benchmarks.models import RowProblem
from tracker.errors import WorkspaceError

_VARIABLE = re.compile(r"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))")
_SECRET_KEYS = re.compile(r"pass|secret|token|key|credential|auth|pwd", re.IGNORECASE)
_HIDDEN = "***"


class TableSourceError(WorkspaceError):
    """A table source cannot be read: a missing variable, an unknown backend, no such table."""


@dataclass(frozen=True)
class TableSource:
    """One ``[[benchmarks.tables]]`` entry, as written (variables not yet expanded)."""

    url: str
    table: str
    database: str | None = None
    setting: str = "[[benchmarks.tables]]"
    """How messages name the entry: the config file and the entry's position."""

    @property
    def name(self) -> str:
        """``<url without secrets>#<table>``: the ``file`` of this source's problems and the
        ``source`` of its results rows."""
        table = self.table if self.database is None else f"{self.database}.{self.table}"
        return f"{redact_url(self.url)}#{table}"


def redact_url(url: str) -> str:
    """``url`` with its password and secret-looking query values (``password=``, ``token=``,
    ``credentials=``...) replaced by ``***``; a URL that does not parse is hidden whole."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return _HIDDEN
    shown = url
    if password is not None:
        user, _, host = parts.netloc.rpartition("@")
        shown = shown.replace(parts.netloc, f"{user.partition(':')[0]}:{_HIDDEN}@{host}", 1)
    if parts.query:
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = urlencode(
            [(key, _HIDDEN if _SECRET_KEYS.search(key) else value) for key, value in pairs],
            safe="*${}/:",
        )
        # urlunsplit would drop the empty host of duckdb:///path, so only the query is swapped.
        head, _, _ = shown.partition("?")
        shown = f"{head}?{query}" + (f"#{parts.fragment}" if parts.fragment else "")
    return shown


def expand_url(source: TableSource, environ: Mapping[str, str]) -> str:
    """The URL with ``${VAR}``/``$VAR`` replaced from ``environ``; a missing one is an error."""

    def value(match: re.Match[str]) -> str:
        variable = match.group(1) or match.group(2)
        if variable not in environ:
            raise TableSourceError(
                f"{source.setting}: url = {redact_url(source.url)!r} refers to the environment "
                f"variable {variable}, which is not set"
            )
        return environ[variable]

    return _VARIABLE.sub(value, source.url)


def _secrets(url: str) -> list[str]:
    """The parts of an expanded URL that no message may show."""
    try:
        parts = urlsplit(url)
        found = [parts.password] if parts.password else []
    except ValueError:
        return [url]
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if _SECRET_KEYS.search(key) and value:
            found.append(value)
    return found


def _cleaner(url: str) -> Callable[[BaseException], str]:
    """An engine's error as one line, with no secret of ``url`` in it."""
    hidden = _secrets(url)

    def clean(error: BaseException) -> str:
        text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        for secret in hidden:
            text = text.replace(secret, _HIDDEN)
        return text

    return clean


@dataclass
class TableRead:
    """What one table source contributed: candidate result rows (None: nothing usable)."""

    form: Form
    frame: pd.DataFrame | None
    problems: list[RowProblem] = field(default_factory=list)
    input_rows: int = 0
    rejected_rows: int = 0
    has_samples: bool = False
    """A sample table with usable rows: the analysis asks its engine for them
    (``tracker.benchmarks.table_sample_rows``)."""
    engine: EngineRows | None = None
    """Those rows stored in the engine (``read_table(keep_rows=True)``), for the caller to
    close."""


@dataclass(frozen=True)
class _Opened:
    backend: Any
    table: Any
    where: str
    clean: Callable[[BaseException], str]


def _open(source: TableSource, environ: Mapping[str, str]) -> _Opened:
    """The source's backend and table; ``TableSourceError`` naming the setting (never a
    secret) when the variables, the backend, the connection or the table are not there."""
    url = expand_url(source, environ)
    clean = _cleaner(url)
    where = f"{source.setting}: url = {redact_url(source.url)!r}"
    backend = _connect(url, where, clean)
    try:
        table = backend.table(source.table, database=source.database)
    except Exception as exc:  # each backend raises its own "not found"
        disconnect(backend)
        place = f" in {source.database!r}" if source.database is not None else ""
        raise TableSourceError(
            f"{where}: cannot read table {source.table!r}{place} ({clean(exc)})"
        ) from None
    return _Opened(backend, table, where, clean)


def read_table(
    source: TableSource, environ: Mapping[str, str] | None = None, *, keep_rows: bool = False
) -> TableRead:
    """Check and aggregate one table where it is, and bring back its candidate result rows.

    ``keep_rows``: a sample table's usable rows also stay stored in the engine
    (``TableRead.engine``, which the caller closes), checked in the same pass as the
    aggregates. Raises ``TableSourceError`` (the message names the setting, never a secret)
    when the variables, the backend, the connection or the table are not there.
    """
    opened = _open(source, os.environ if environ is None else environ)
    read: TableRead | None = None
    try:
        read = _read(source.name, opened.table, opened.backend if keep_rows else None)
        return read
    except TableSourceError:
        raise
    except Exception as exc:  # the engine failed while running the checks
        raise TableSourceError(
            f"{opened.where}: reading table {source.table!r} failed ({opened.clean(exc)})"
        ) from None
    finally:
        if read is None or read.engine is None:
            disconnect(opened.backend)


_NAMES = itertools.count()


@dataclass
class EngineRows:
    """A table source's usable sample rows, stored in its engine (``read_table`` with
    ``keep_rows``).

    ``rows`` is an Ibis table of ``table_checks.usable_samples``' columns with ``_pos``, each
    row's number in its model line and environment, stored by the engine: a DuckDB temporary
    table, a persisted Spark view, else Ibis's ``cache()``. ``close`` drops it and the
    connection.
    """

    backend: Any
    rows: Any
    _release: Callable[[], object] | None = None

    def close(self) -> None:
        try:
            if self._release is not None:
                self._release()
        except Exception:  # best effort: the connection goes next, and the rows with it
            pass
        finally:
            self._release = None
            disconnect(self.backend)


def _stored(backend: Any, rows: Any) -> tuple[Any, Callable[[], object]]:
    """``rows`` computed now and stored by ``backend``'s engine, as an Ibis table over what
    it stored, and how to drop it.

    Why stored: each later question (one group's rows, a count, a page of texts) is then a
    filter on stored rows. Over the checks' expression itself every question made the engine
    parse and check the whole table again and number its rows with a window (2M rows: 146 s
    for a flags run, against 92 s for copying the rows out once). The rows never leave the
    engine: a DuckDB temporary table lives in its connection (a file opened read-only still
    has a writable temporary schema), a persisted Spark DataFrame in its executors' memory
    and disks.
    """
    name = f"specdrift_samples_{os.getpid()}_{next(_NAMES)}"
    kind = getattr(backend, "name", "")
    if kind == "duckdb":
        backend.con.execute(f'CREATE TEMP TABLE "{name}" AS {backend.compile(rows)}')
        return backend.table(name), lambda: backend.con.execute(f'DROP TABLE "{name}"')
    if kind == "pyspark":
        from pyspark import StorageLevel

        session = backend._session
        frame = session.sql(backend.compile(rows)).persist(StorageLevel.MEMORY_AND_DISK)
        frame.count()  # computed now: what it was made from may be dropped next

        def release() -> None:
            session.catalog.dropTempView(name)
            frame.unpersist()

        frame.createOrReplaceTempView(name)
        return backend.table(name), release
    try:
        cached = rows.cache()
    except Exception:
        # No temporary tables for us here: each question runs the checks again, slower, and
        # rows repeating a key may swap numbers between queries (stored, they cannot).
        return rows, lambda: None
    return cached, cached.release


def reading_failed(
    source: TableSource, environ: Mapping[str, str], error: BaseException
) -> TableSourceError:
    """The error for a query on the source's sample rows that the engine failed."""
    text = _cleaner(expand_url(source, environ))(error)
    return TableSourceError(
        f"{source.setting}: url = {redact_url(source.url)!r}: reading the sample rows of table "
        f"{source.table!r} failed ({text})"
    )


def _connect(url: str, where: str, clean: Callable[[BaseException], str]) -> Any:
    import ibis

    scheme = urlsplit(url).scheme if "://" in url else ""
    if not scheme:
        # Ibis would take a bare path for a file to open (and create an empty DuckDB file).
        raise TableSourceError(
            f"{where}: unknown backend '(no scheme)'; expected an Ibis connection URL such as "
            "duckdb:///path/evals.duckdb or pyspark://"
        )
    # A DuckDB file is only read: opened read-write, a mistyped path would create an empty one.
    options: dict[str, Any] = {}
    if scheme == "duckdb":
        # A DuckDB file's engine runs in this process, and its stored sample rows
        # (``_stored``) with it: they spill beyond the limit, to a folder of our own (the
        # default, beside the file, may not be writable).
        spill = Path(tempfile.gettempdir()) / f"specdrift-duckdb-{os.getpid()}"
        options = {"read_only": True, "memory_limit": "512MB", "temp_directory": str(spill)}
    try:
        return ibis.connect(url, **options)
    except ImportError as exc:
        raise TableSourceError(
            f"{where}: the Ibis backend for {scheme!r} is not installed "
            f"(pip install 'ibis-framework[{scheme}]'; {clean(exc)})"
        ) from None
    except Exception as exc:
        if "Don't know how to connect" in str(exc):
            raise TableSourceError(
                f"{where}: unknown backend {scheme!r}; expected an Ibis "
                "connection URL such as duckdb:///path/evals.duckdb or pyspark://"
            ) from None
        raise TableSourceError(f"{where}: cannot connect ({clean(exc)})") from None


def disconnect(backend: Any) -> None:
    """Close a connection (best effort; a PySpark one is left running, below)."""
    # A PySpark connection is the process's one Spark session (ibis takes the active one):
    # stopping it would break the caller's own session, so it is left running.
    if getattr(backend, "name", "") == "pyspark":
        return
    try:
        backend.disconnect()
    except Exception:  # closing is best effort: the rows have already been read
        return


def _key(record: Mapping[str, Any], names: tuple[str, ...]) -> str:
    """A row's locator: its key columns as written, e.g. ``run_id='r1', env_id='e1'``."""
    shown = []
    for name in names:
        value = record.get(f"_key_{name}")
        shown.append(f"{name}=NULL" if value is None or pd.isna(value) else f"{name}={value!r}")
    return ", ".join(shown)


def _checked(form: Form, table: Any, kinds: Mapping[str, Any]) -> Any:
    """The checked rows of ``table`` (``table_checks.checked``), its known columns only."""
    from tracker.benchmarks.table_checks import checked

    known = {k: v for k, v in kinds.items() if k in known_columns(form)}
    return checked(form, table, known)


def _read(name: str, table: Any, backend: Any = None) -> TableRead:
    # Here, not at the top: the workspace names its table sources without loading Ibis.
    from tracker.benchmarks.table_checks import (
        AGGREGATE_KEYS,
        SAMPLE_KEYS,
        column_kinds,
        rejected,
        sample_groups,
        usable_samples,
    )

    kinds = column_kinds(table.schema())
    form = detect_form(list(kinds))
    present = set(kinds)
    missing = [column for column in required_columns(form) if column not in present]
    read = TableRead(form=form, frame=None)
    if missing:
        for column in missing:
            read.problems.append(
                RowProblem(
                    file=name,
                    row=None,
                    column=column,
                    reason=f"missing column; {form} rows need {', '.join(required_columns(form))}",
                )
            )
        read.input_rows = read.rejected_rows = int(table.count().execute())
        return read
    ignored = [column for column in kinds if column not in known_columns(form)]
    if ignored:
        read.problems.append(
            RowProblem(
                file=name,
                row=None,
                column=None,
                reason=f"ignored unknown columns: {', '.join(ignored)}",
                severity="warning",
            )
        )
    rows = _checked(form, table, kinds)
    source_of_aware = "column" if "aware" in present else None
    if form == "aggregate":
        frame = rows.execute()
        bad = frame[frame["_problem"].notna()]
        read.input_rows = len(frame)
        good = frame[frame["_problem"].isna()].copy()
        for name_ in ("n_ids", "epochs", "misbehaved_ids"):
            good[name_] = None
        good["_input_rows"] = 1
        good["aware_source"] = good["aware"].map(lambda v: None if pd.isna(v) else source_of_aware)
    else:
        release = None
        if backend is not None:
            # Checked once, stored: the aggregates, the rejected rows and the usable rows
            # kept for the analysis are then read from the stored rows (one pass of checks).
            rows, release = _stored(backend, rows)
        try:
            groups = sample_groups(rows).execute()
            bad_count = int(groups["bad_rows"].sum()) if len(groups) else 0
            read.input_rows = int((groups["n"] + groups["bad_rows"]).sum()) if len(groups) else 0
            bad = rejected(rows, form).execute() if bad_count else pd.DataFrame()
            if backend is not None and (groups["n"] > 0).any():
                usable, dropped = _stored(backend, usable_samples(rows, kinds))
                read.engine = EngineRows(backend, usable, dropped)
        finally:
            if release is not None:
                release()
        # Sorted: engines return groups in no particular order, and results should not move.
        good = groups[groups["n"] > 0].sort_values(["run_id", "env_id"], kind="stable").copy()
        unknown = good["aware_unknown"] > 0
        for column in ("aware", "misbehaved_aware"):
            good[column] = good[column].astype("Int64").mask(unknown)
        good["_input_rows"] = good["n"]
        good["aware_source"] = [None if u else source_of_aware for u in unknown]
        if len(good):
            read.has_samples = True
    read.rejected_rows = len(bad)
    keys = SAMPLE_KEYS if form == "sample" else AGGREGATE_KEYS
    columns = [f"_key_{key}" for key in keys]
    bad = bad.sort_values(columns, na_position="last", kind="stable") if len(bad) else bad
    for record in bad.to_dict("records"):
        column, _, reason = str(record["_problem"]).partition("\t")
        read.problems.append(
            RowProblem(
                file=name, row=None, column=column or None, reason=reason, key=_key(record, keys)
            )
        )
    good["date"] = pd.to_datetime(good["date"].astype("int64"), unit="us", utc=True)
    good["source"] = name
    good["first_row"] = None
    good["_row_unit"] = "row"
    read.frame = good
    return read
