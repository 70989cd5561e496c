"""The row checks every format shares, written as DuckDB SQL over a loaded table.

Each row gets ``_problem``: NULL when the row is usable, else ``column<TAB>reason`` for the first
check it fails. Checks run where the data is (in DuckDB), so ten million sample rows are checked
and aggregated in one scan. Values are typed per the file's column types: a text column is parsed
(``TRY_CAST``), a typed Parquet column is used as is.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def _count(name: str, types: dict[str, str]) -> _Parsed:
    """An integer count; text like ``3`` or ``3.0`` parses, ``3.5`` or ``x`` does not (NULL)."""
    if name not in types:
        return _Parsed("CAST(NULL AS BIGINT)", "NULL")
    column = _quote(name)
    if types[name] in _INTEGER_TYPES:
        return _Parsed(f"CAST({column} AS BIGINT)", column)
    as_double = f"TRY_CAST({column} AS DOUBLE)"
    value = (
        f"CASE WHEN isfinite({as_double}) AND {as_double} = floor({as_double}) "
        f"AND abs({as_double}) < 1e15 THEN CAST({as_double} AS BIGINT) END"
    )
    return _Parsed(value, column)


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


def _time(name: str, types: dict[str, str]) -> _Parsed:
    """A UTC timestamp; the connection's time zone is UTC, so a bare date or time is UTC."""
    column = _quote(name)
    if types.get(name) in ("TIMESTAMP WITH TIME ZONE",):
        return _Parsed(column, column)
    return _Parsed(f"TRY_CAST({column} AS TIMESTAMPTZ)", column)


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
    checks: list[tuple[str, str, str]] = [
        ("run_id", "run_id IS NULL", "'missing run id'"),
        ("model", "model IS NULL", "'missing model'"),
        ("env_id", "env_id IS NULL", "'missing environment id'"),
        (
            "date",
            "date IS NULL",
            "'expected an ISO 8601 date or time (a bare date is UTC), got ' || "
            + _shown("_raw_date"),
        ),
    ]
    columns = [f"{text[name].value} AS {name}" for name in text]
    columns.append(f"{date.value} AS date")
    columns.append(f"{date.raw} AS _raw_date")
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
                f"'expected an integer n >= 1, got ' || {_shown('_raw_n')}",
            ),
            (
                "misbehaved",
                "misbehaved IS NULL OR misbehaved < 0",
                f"'expected an integer misbehaved >= 0, got ' || {_shown('_raw_misbehaved')}",
            ),
            (
                "misbehaved",
                "misbehaved > n",
                "'misbehaved (' || misbehaved || ') is more than n (' || n || ')'",
            ),
            (
                "aware",
                "_raw_aware IS NOT NULL AND (aware IS NULL OR aware < 0)",
                f"'expected an integer aware >= 0 or nothing, got ' || {_shown('_raw_aware')}",
            ),
            ("aware", "aware > n", "'aware (' || aware || ') is more than n (' || n || ')'"),
            (
                "misbehaved_aware",
                "_raw_misbehaved_aware IS NOT NULL AND "
                "(misbehaved_aware IS NULL OR misbehaved_aware < 0)",
                "'expected an integer misbehaved_aware >= 0 or nothing, got ' || "
                + _shown("_raw_misbehaved_aware"),
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
                f"'expected an integer epoch >= 1, got ' || {_shown('_raw_epoch')}",
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
