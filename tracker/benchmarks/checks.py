"""The row checks every format shares, written as DuckDB SQL over a loaded table.

Each row gets ``_problem``: NULL when the row is usable, else ``column<TAB>reason`` for the first
check it fails. Checks run where the data is (in DuckDB), so ten million sample rows are checked
and aggregated in one scan. Values are typed per the file's column types: a text column is parsed
(``TRY_CAST``), a typed Parquet column is used as is.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker import dates
from tracker.benchmarks.adapters.base import Form

AGGREGATE_REQUIRED: tuple[str, ...] = ("run_id", "model", "date", "env_id", "n", "misbehaved")
AGGREGATE_OPTIONAL: tuple[str, ...] = ("spec_version", "aware", "misbehaved_aware")
SAMPLE_REQUIRED: tuple[str, ...] = ("run_id", "model", "date", "env_id", "sample_id", "misbehaved")
SAMPLE_OPTIONAL: tuple[str, ...] = ("spec_version", "epoch", "aware", "reasoning")

TRUE_WORDS = ("1", "true", "yes", "y", "t", "c")
FALSE_WORDS = ("0", "false", "no", "n", "f", "i")
"""Text values read as a sample's true/false (compared without case); ``C``/``I`` as Inspect."""

_INTEGER_TYPES: tuple[str, ...] = (
    "TINYINT",
    "SMALLINT",
    "INTEGER",
    "BIGINT",
    "HUGEINT",
    "UTINYINT",
    "USMALLINT",
    "UINTEGER",
    "UBIGINT",
)


def required_columns(form: Form) -> tuple[str, ...]:
    return AGGREGATE_REQUIRED if form == "aggregate" else SAMPLE_REQUIRED


def known_columns(form: Form) -> tuple[str, ...]:
    if form == "aggregate":
        return AGGREGATE_REQUIRED + AGGREGATE_OPTIONAL
    return SAMPLE_REQUIRED + SAMPLE_OPTIONAL


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _shown(raw: str) -> str:
    """SQL for how a bad value appears in a reason: quoted, or 'an empty value'."""
    return f"coalesce('''' || left(CAST({raw} AS VARCHAR), 40) || '''', 'an empty value')"


@dataclass(frozen=True)
class _Parsed:
    """SQL for a column's parsed value and its raw form (for messages)."""

    value: str
    raw: str


def _text(name: str, types: dict[str, str]) -> _Parsed:
    if name not in types:
        return _Parsed("CAST(NULL AS VARCHAR)", "NULL")
    column = _quote(name)
    if types[name] == "VARCHAR":
        return _Parsed(f"nullif(trim({column}), '')", column)
    return _Parsed(f"CAST({column} AS VARCHAR)", column)


_FLOAT_TYPES: tuple[str, ...] = ("FLOAT", "DOUBLE", "REAL")

PLAIN_DIGITS = "[0-9]{1,18}"
"""A count written as text: ASCII decimal digits only (18 of them still fit a BIGINT)."""


def _count(name: str, types: dict[str, str]) -> _Parsed:
    """An integer count, NULL when it is not one.

    Text must be plain decimal digits (``300``; surrounding spaces are trimmed): ``3.0``,
    ``1_000``, ``1e3``, ``+3`` or ``0x10`` are rejected rather than guessed at, because a count
    that is spelled oddly was usually produced by a broken export. A typed number (a Parquet
    column) counts when it is an integer, or a float with an integral value (pandas writes
    integer columns with gaps as floats).
    """
    if name not in types:
        return _Parsed("CAST(NULL AS BIGINT)", "NULL")
    column = _quote(name)
    kind = types[name]
    if kind in _INTEGER_TYPES:
        return _Parsed(f"CAST({column} AS BIGINT)", column)
    if kind == "VARCHAR":
        text = f"trim({column})"
        value = (
            f"CASE WHEN regexp_full_match({text}, {_literal(PLAIN_DIGITS)}) "
            f"THEN CAST({text} AS BIGINT) END"
        )
        return _Parsed(value, column)
    if kind in _FLOAT_TYPES or kind.startswith("DECIMAL"):
        as_double = f"CAST({column} AS DOUBLE)"
        value = (
            f"CASE WHEN isfinite({as_double}) AND {as_double} = floor({as_double}) "
            f"AND abs({as_double}) < 1e15 THEN CAST({as_double} AS BIGINT) END"
        )
        return _Parsed(value, column)
    return _Parsed("CAST(NULL AS BIGINT)", column)  # a boolean, a date, a list: not a count


def _flag(name: str, types: dict[str, str]) -> _Parsed:
    """True/false from a boolean, 0/1 number, or a word in TRUE_WORDS/FALSE_WORDS."""
    if name not in types:
        return _Parsed("CAST(NULL AS BOOLEAN)", "NULL")
    column = _quote(name)
    kind = types[name]
    if kind == "BOOLEAN":
        return _Parsed(column, column)
    words = f"lower(trim(CAST({column} AS VARCHAR)))"
    trues: tuple[str, ...]
    falses: tuple[str, ...]
    if kind not in ("VARCHAR",):
        words = f"CAST(TRY_CAST({column} AS DOUBLE) AS VARCHAR)"
        trues, falses = ("1.0",), ("0.0",)
    else:
        trues, falses = TRUE_WORDS, FALSE_WORDS
    true_list = ", ".join(map(_literal, trues))
    false_list = ", ".join(map(_literal, falses))
    value = (
        f"CASE WHEN {words} IN ({true_list}) THEN true "
        f"WHEN {words} IN ({false_list}) THEN false END"
    )
    return _Parsed(value, column)


@dataclass(frozen=True)
class _Date:
    """SQL for a date column: its value (NULL unless every check passes) and the checks."""

    value: str
    raw: str
    shape_ok: str
    offset_ok: str
    year_ok: str
    cast_ok: str


_DATE_LOW = f"TIMESTAMPTZ '{dates.FIRST_YEAR}-01-01 00:00:00+00'"
_DATE_HIGH = f"TIMESTAMPTZ '{dates.LAST_YEAR + 1}-01-01 00:00:00+00'"


def _time(name: str, types: dict[str, str]) -> _Date:
    """A UTC timestamp; the connection's time zone is UTC, so a bare date or time is UTC.

    Text is checked against ``tracker.dates`` (the same rule failures.jsonl follows) before
    DuckDB casts it, since DuckDB alone accepts ``epoch``, zone names and ``+25:00``.
    """
    column = _quote(name)
    kind = types.get(name)
    if kind is None:
        return _Date("CAST(NULL AS TIMESTAMPTZ)", "NULL", "false", "true", "true", "false")
    if kind == "VARCHAR":
        text = f"trim({column})"
        pattern = _literal(dates.ISO_DATETIME)

        def group(index: int) -> str:
            return f"regexp_extract({text}, {pattern}, {index})"

        # The offset's digits: "05" (hours only) or "0530"; empty when there is none.
        offset = f"replace(substr({group(dates.OFFSET_GROUP)}, 2), ':', '')"
        hours = f"TRY_CAST(nullif(left({offset}, 2), '') AS INTEGER)"
        minutes = f"coalesce(TRY_CAST(nullif(substr({offset}, 3), '') AS INTEGER), 0)"
        shape_ok = f"coalesce(regexp_full_match({text}, {pattern}), false)"
        offset_ok = (
            f"({hours} IS NULL OR ({minutes} < 60 "
            f"AND {hours} * 60 + {minutes} <= {dates.MAX_OFFSET_MINUTES}))"
        )
        year = f"TRY_CAST({group(dates.YEAR_GROUP)} AS INTEGER)"
        year_ok = f"{year} BETWEEN {dates.FIRST_YEAR - 1} AND {dates.LAST_YEAR + 1}"
        # upper(): DuckDB casts 2026-01-05T10:00Z but not the lowercase t and z ISO allows.
        cast = f"TRY_CAST(upper({text}) AS TIMESTAMPTZ)"
    else:
        cast = (
            column if kind == "TIMESTAMP WITH TIME ZONE" else f"TRY_CAST({column} AS TIMESTAMPTZ)"
        )
        shape_ok, offset_ok, year_ok = f"{column} IS NOT NULL", "true", "true"
    in_range = f"{cast} >= {_DATE_LOW} AND {cast} < {_DATE_HIGH}"
    value = f"CASE WHEN {shape_ok} AND {offset_ok} AND {year_ok} AND {in_range} THEN {cast} END"
    return _Date(value, column, shape_ok, offset_ok, year_ok, f"{cast} IS NOT NULL")


def _integer_reason(expected: str, raw: str) -> str:
    return f"'expected an integer {expected} (digits only), got ' || {_shown(raw)}"


def _problem_case(checks: list[tuple[str, str, str]]) -> str:
    """CASE returning 'column<TAB>reason' for the first failing (column, bad-condition, reason)."""
    arms = " ".join(
        f"WHEN {condition} THEN {_literal(column + chr(9))} || {reason}"
        for column, condition, reason in checks
    )
    return f"CASE {arms} END"


def checked_sql(form: Form, relation: str, types: dict[str, str]) -> str:
    """SELECT of the parsed columns, ``_row`` and ``_problem`` over ``relation``."""
    text = {name: _text(name, types) for name in ("run_id", "model", "env_id", "spec_version")}
    date = _time("date", types)
    got_date = " || ', got ' || " + _shown("_raw_date")
    iso = _literal(f"expected an ISO 8601 date or time {dates.EXAMPLES} (a bare date is UTC)")
    years = _literal(f"expected {dates.YEARS_EXPECTED}")
    checks: list[tuple[str, str, str]] = [
        ("run_id", "run_id IS NULL", "'missing run id'"),
        ("model", "model IS NULL", "'missing model'"),
        ("env_id", "env_id IS NULL", "'missing environment id'"),
        ("date", "NOT _date_shape_ok", iso + got_date),
        ("date", "NOT _date_offset_ok", _literal(f"expected {dates.OFFSET_EXPECTED}") + got_date),
        ("date", "NOT _date_year_ok", years + got_date),
        ("date", "NOT _date_cast_ok", iso + got_date),
        ("date", "date IS NULL", years + got_date),
    ]
    columns = [f"{text[name].value} AS {name}" for name in text]
    columns.append(f"{date.value} AS date")
    columns.append(f"{date.raw} AS _raw_date")
    columns.append(f"{date.shape_ok} AS _date_shape_ok")
    columns.append(f"{date.offset_ok} AS _date_offset_ok")
    columns.append(f"{date.year_ok} AS _date_year_ok")
    columns.append(f"{date.cast_ok} AS _date_cast_ok")
    if form == "aggregate":
        counts = {
            name: _count(name, types) for name in ("n", "misbehaved", "aware", "misbehaved_aware")
        }
        columns += [f"{counts[name].value} AS {name}" for name in counts]
        columns += [f"{counts[name].raw} AS _raw_{name}" for name in counts]
        checks += [
            (
                "n",
                "n IS NULL OR n < 1",
                _integer_reason("n >= 1", "_raw_n"),
            ),
            (
                "misbehaved",
                "misbehaved IS NULL OR misbehaved < 0",
                _integer_reason("misbehaved >= 0", "_raw_misbehaved"),
            ),
            (
                "misbehaved",
                "misbehaved > n",
                "'misbehaved (' || misbehaved || ') is more than n (' || n || ')'",
            ),
            (
                "aware",
                "_raw_aware IS NOT NULL AND (aware IS NULL OR aware < 0)",
                _integer_reason("aware >= 0 or nothing", "_raw_aware"),
            ),
            ("aware", "aware > n", "'aware (' || aware || ') is more than n (' || n || ')'"),
            (
                "misbehaved_aware",
                "_raw_misbehaved_aware IS NOT NULL AND "
                "(misbehaved_aware IS NULL OR misbehaved_aware < 0)",
                _integer_reason("misbehaved_aware >= 0 or nothing", "_raw_misbehaved_aware"),
            ),
            (
                "misbehaved_aware",
                "misbehaved_aware IS NOT NULL AND aware IS NULL",
                "'misbehaved_aware needs aware'",
            ),
            (
                "misbehaved_aware",
                "misbehaved_aware > least(misbehaved, aware)",
                "'misbehaved_aware (' || misbehaved_aware || ') is more than "
                "min(misbehaved, aware) (' || least(misbehaved, aware) || ')'",
            ),
        ]
    else:
        sample_id = _text("sample_id", types)
        epoch = _count("epoch", types)
        misbehaved = _flag("misbehaved", types)
        aware = _flag("aware", types)
        columns += [
            f"{sample_id.value} AS sample_id",
            f"coalesce({epoch.value}, 1) AS epoch",
            f"{misbehaved.value} AS misbehaved",
            f"{aware.value} AS aware",
            f"{_text('reasoning', types).value} AS reasoning",
            f"{epoch.raw} AS _raw_epoch",
            f"{epoch.value} IS NULL AS _bad_epoch",
            f"{misbehaved.raw} AS _raw_misbehaved",
            f"{aware.raw} AS _raw_aware",
        ]
        flag_words = "true/false, 1/0, yes/no or C/I"
        checks += [
            ("sample_id", "sample_id IS NULL", "'missing sample id'"),
            (
                "epoch",
                "(_raw_epoch IS NOT NULL AND _bad_epoch) OR epoch < 1",
                _integer_reason("epoch >= 1", "_raw_epoch"),
            ),
            (
                "misbehaved",
                "misbehaved IS NULL",
                f"'expected {flag_words}, got ' || {_shown('_raw_misbehaved')}",
            ),
            (
                "aware",
                "aware IS NULL AND _raw_aware IS NOT NULL "
                "AND trim(CAST(_raw_aware AS VARCHAR)) <> ''",
                f"'expected {flag_words} or nothing, got ' || {_shown('_raw_aware')}",
            ),
        ]
    inner = f"SELECT {', '.join(columns)}, _row FROM {_quote(relation)}"
    return f"SELECT *, {_problem_case(checks)} AS _problem FROM ({inner})"


def sample_groups_sql(checked: str) -> str:
    """Per run and environment counts of the usable sample rows, and how many rows were bad.

    ``n`` counts sample rows (a sample in each epoch), ``n_ids`` distinct sample ids, and
    ``misbehaved_ids`` the sample ids that misbehaved in at least one epoch. ``aware`` is NULL
    when any usable row of the group lacks an awareness label.
    """
    ok = "_problem IS NULL"
    # CASE inside DISTINCT rather than FILTER: DuckDB runs it markedly faster on 10M rows.
    return f"""
        SELECT run_id, env_id,
            min(model) FILTER (WHERE {ok}) AS model,
            min(date) FILTER (WHERE {ok}) AS date,
            min(spec_version) FILTER (WHERE {ok}) AS spec_version,
            count(*) FILTER (WHERE {ok}) AS n,
            count(DISTINCT CASE WHEN {ok} THEN sample_id END) AS n_ids,
            max(epoch) FILTER (WHERE {ok}) AS epochs,
            count(*) FILTER (WHERE {ok} AND misbehaved) AS misbehaved,
            count(*) FILTER (WHERE {ok} AND aware) AS aware,
            count(*) FILTER (WHERE {ok} AND misbehaved AND aware) AS misbehaved_aware,
            count(*) FILTER (WHERE {ok} AND aware IS NULL) AS aware_unknown,
            count(DISTINCT CASE WHEN {ok} AND misbehaved THEN sample_id END) AS misbehaved_ids,
            count(*) FILTER (WHERE NOT {ok}) AS bad_rows,
            min(_row) FILTER (WHERE {ok}) AS first_row
        FROM ({checked})
        GROUP BY run_id, env_id
    """
