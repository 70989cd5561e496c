"""The row checks and the per run and environment aggregation as one Ibis expression.

The same checks as ``tracker.benchmarks.checks`` (which writes them as DuckDB SQL over a file),
with the same reasons, written with Ibis so that any engine Ibis compiles to (DuckDB, Spark,
BigQuery, Postgres...) runs them where the rows are; only the aggregated rows and the rejected
rows come back. Everything here is portable on purpose: a date is parsed from its regex groups
and turned into microseconds since 1970 with integer arithmetic, rather than with an engine's
own timestamp cast, because engines disagree on what text a cast accepts and on time zones.

Pure: builds expressions over an ``ibis.Table``; connecting and executing is
``tracker.benchmarks.tables``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import ibis
import ibis.expr.types as ir

from tracker import dates
from tracker.benchmarks.adapters.base import Form
from tracker.benchmarks.checks import (
    FALSE_WORDS,
    PLAIN_DIGITS,
    TRUE_WORDS,
)

Kind = Literal["text", "integer", "float", "boolean", "timestamp", "date", "other"]
"""What a column holds, as far as the checks care (``checks`` uses DuckDB's type names)."""

SAMPLE_KEYS: tuple[str, ...] = ("run_id", "env_id", "sample_id", "epoch")
AGGREGATE_KEYS: tuple[str, ...] = ("run_id", "env_id")
"""A table row has no line number: its key columns, as written, locate it (``RowProblem.key``)."""

_US = 1_000_000
_LOW_US = int(datetime(dates.FIRST_YEAR, 1, 1, tzinfo=UTC).timestamp()) * _US
_HIGH_US = int(datetime(dates.LAST_YEAR + 1, 1, 1, tzinfo=UTC).timestamp()) * _US


def column_kinds(schema: ibis.Schema) -> dict[str, Kind]:
    """Each column's kind, from the engine's own types."""
    kinds: dict[str, Kind] = {}
    for name, dtype in schema.items():
        kind: Kind
        if dtype.is_string():
            kind = "text"
        elif dtype.is_integer():
            kind = "integer"
        elif dtype.is_floating() or dtype.is_decimal():
            kind = "float"
        elif dtype.is_boolean():
            kind = "boolean"
        elif dtype.is_timestamp():
            kind = "timestamp"
        elif dtype.is_date():
            kind = "date"
        else:
            kind = "other"
        kinds[name] = kind
    return kinds


@dataclass(frozen=True)
class _Parsed:
    value: ir.Value
    raw: ir.Value


def _null(dtype: str) -> ir.Value:
    return ibis.null().cast(dtype)


def _lit(text: str) -> ir.StringValue:
    return ibis.literal(text, type="string")


def _shown(raw: ir.Value) -> ir.StringValue:
    """How a bad value appears in a reason: quoted (40 characters at most), or 'an empty value'."""
    quoted = _lit("'") + raw.cast("string").substr(0, 40) + _lit("'")
    return quoted.fill_null("an empty value")


def _raw(table: ir.Table, name: str) -> ir.Value:
    """A column as the source holds it (``checked`` renames them all ``_raw_<name>`` first)."""
    return table[f"_raw_{name}"]


def _trimmed(column: ir.StringValue) -> ir.StringValue:
    return column.strip()


def _text(table: ir.Table, name: str, kinds: dict[str, Kind]) -> _Parsed:
    if name not in kinds:
        return _Parsed(_null("string"), _null("string"))
    column = _raw(table, name)
    if kinds[name] == "text":
        return _Parsed(_trimmed(column).nullif(""), column)
    return _Parsed(column.cast("string"), column)


def _count(table: ir.Table, name: str, kinds: dict[str, Kind]) -> _Parsed:
    """An integer count, NULL when it is not one (``checks._count`` says which spellings)."""
    if name not in kinds:
        return _Parsed(_null("int64"), _null("string"))
    column = _raw(table, name)
    kind = kinds[name]
    if kind == "integer":
        return _Parsed(column.cast("int64"), column)
    if kind == "text":
        text = _trimmed(column)
        digits = text.re_search(f"^{PLAIN_DIGITS}$")
        return _Parsed(digits.ifelse(text.try_cast("int64"), _null("int64")), column)
    if kind == "float":
        number = column.cast("float64")
        integral = (
            ~number.isnan() & ~number.isinf() & (number == number.floor()) & (number.abs() < 1e15)
        )
        return _Parsed(integral.ifelse(number.cast("int64"), _null("int64")), column)
    return _Parsed(_null("int64"), column)  # a boolean, a date, a list: not a count


def _flag(table: ir.Table, name: str, kinds: dict[str, Kind]) -> _Parsed:
    """True/false from a boolean, a 0/1 number, or a word in TRUE_WORDS/FALSE_WORDS."""
    if name not in kinds:
        return _Parsed(_null("boolean"), _null("string"))
    column = _raw(table, name)
    kind = kinds[name]
    if kind == "boolean":
        return _Parsed(column, column)
    if kind == "text":
        words = _trimmed(column).lower()
        value = ibis.cases(
            (words.isin(TRUE_WORDS), True), (words.isin(FALSE_WORDS), False), else_=None
        )
        return _Parsed(value.cast("boolean"), column)
    number = column.try_cast("float64")
    value = ibis.cases((number == 1.0, True), (number == 0.0, False), else_=None)
    return _Parsed(value.cast("boolean"), column)


@dataclass(frozen=True)
class _Date:
    """A date column: microseconds since 1970 in UTC (NULL unless every check passes)."""

    value: ir.IntegerValue
    raw: ir.Value
    shape_ok: ir.BooleanValue
    offset_ok: ir.BooleanValue
    year_ok: ir.BooleanValue
    cast_ok: ir.BooleanValue


def _days_from_civil(
    year: ir.IntegerValue, month: ir.IntegerValue, day: ir.IntegerValue
) -> ir.IntegerValue:
    """Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; year >= 0)."""
    shifted = year - (month <= 2).ifelse(1, 0)
    era = shifted // 400
    year_of_era = shifted - era * 400
    day_of_year = (153 * (month + (month > 2).ifelse(-3, 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _days_in_month(year: ir.IntegerValue, month: ir.IntegerValue) -> ir.IntegerValue:
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    return ibis.cases(
        (month == 2, leap.ifelse(29, 28)),
        (month.isin([4, 6, 9, 11]), 30),
        else_=31,
    )


def _time(table: ir.Table, name: str, kinds: dict[str, Kind]) -> tuple[ir.Table, _Date]:
    """A UTC instant; text is checked against ``tracker.dates`` (a bare date or time is UTC).

    Built in steps, each a projection naming its columns (``_d_*``): every later reference to a
    named column stays a name, where one nested expression would repeat the regex in the SQL
    of each check that uses the date (half a megabyte of SQL, and seconds to plan it).
    """
    kind = kinds.get(name)
    if kind is None:
        false, true = ibis.literal(False), ibis.literal(True)
        return table, _Date(_null("int64"), _null("string"), false, true, true, false)
    column = _raw(table, name)
    if kind == "text":
        pattern = dates.ISO_DATETIME
        table = table.mutate(_d_text=_trimmed(column))
        text = table["_d_text"]
        groups = {f"_d_g{index}": text.re_extract(pattern, index) for index in range(1, 9)}
        table = table.mutate(_d_shape=text.re_search(pattern).fill_null(False), **groups)

        def number(index: int) -> ir.IntegerValue:
            return table[f"_d_g{index}"].nullif("").try_cast("int64")

        offset = table[f"_d_g{dates.OFFSET_GROUP}"].substr(1).replace(":", "")
        table = table.mutate(
            _d_year=number(dates.YEAR_GROUP),
            _d_month=number(2),
            _d_day=number(3),
            _d_clock=number(4).fill_null(0) * 3600
            + number(5).fill_null(0) * 60
            + number(6).fill_null(0),
            _d_fraction=(table["_d_g7"] + _lit("000000")).substr(0, 6).try_cast("int64"),
            _d_sign=table[f"_d_g{dates.OFFSET_GROUP}"].substr(0, 1).re_search("-").ifelse(-1, 1),
            _d_hours=offset.substr(0, 2).nullif("").try_cast("int64"),
            _d_minutes=offset.substr(2).nullif("").try_cast("int64").fill_null(0),
        )
        year, month, day = table["_d_year"], table["_d_month"], table["_d_day"]
        hours, minutes = table["_d_hours"], table["_d_minutes"]
        year_ok = year.between(dates.FIRST_YEAR - 1, dates.LAST_YEAR + 1)
        # Arithmetic only on a year in range: year 9999 in microseconds would overflow int64.
        safe_year = year_ok.fill_null(False).ifelse(year, 1970)
        days = _days_from_civil(safe_year, month.clip(1, 12), day.clip(1, 31))
        shift = table["_d_sign"] * (hours.fill_null(0) * 60 + minutes) * 60
        table = table.mutate(
            _d_offset_ok=hours.isnull()
            | ((minutes < 60) & (hours * 60 + minutes <= dates.MAX_OFFSET_MINUTES)),
            _d_year_ok=year_ok,
            _d_cast_ok=table["_d_shape"]
            & month.between(1, 12)
            & (day >= 1)
            & (day <= _days_in_month(year, month.clip(1, 12))),
            _d_instant=(days * 86400 + table["_d_clock"] - shift) * _US + table["_d_fraction"],
        )
        shape_ok = table["_d_shape"]
        offset_ok, year_ok, cast_ok = (
            table["_d_offset_ok"],
            table["_d_year_ok"],
            table["_d_cast_ok"],
        )
    else:
        if kind in ("timestamp", "date"):
            instant = column.cast("timestamp").epoch_seconds().cast("int64") * _US
        else:
            instant = _null("int64")
        table = table.mutate(_d_instant=instant)
        shape_ok = column.notnull()
        offset_ok = year_ok = ibis.literal(True)
        cast_ok = table["_d_instant"].notnull()
    instant = table["_d_instant"]
    in_range = (instant >= _LOW_US) & (instant < _HIGH_US)
    every = shape_ok & offset_ok & year_ok & cast_ok & in_range
    table = table.mutate(_d_value=every.ifelse(instant, _null("int64")))
    return table, _Date(table["_d_value"], _raw(table, name), shape_ok, offset_ok, year_ok, cast_ok)


def _integer_reason(expected: str, raw: ir.Value) -> ir.StringValue:
    return _lit(f"expected an integer {expected} (digits only), got ") + _shown(raw)


def _problem(checks: list[tuple[str, ir.BooleanValue, ir.StringValue]]) -> ir.StringValue:
    """'column<TAB>reason' of the first failing check, NULL for a usable row."""
    arms = [(condition, _lit(column + "\t") + reason) for column, condition, reason in checks]
    return ibis.cases(*arms, else_=None).cast("string")


def checked(form: Form, table: ir.Table, kinds: dict[str, Kind]) -> ir.Table:
    """The parsed columns, the key columns as written (``_key_*``) and ``_problem``.

    ``date`` is microseconds since 1970 in UTC (pandas turns it into a timestamp). Each step is
    its own projection, so the checks refer to parsed values by name (see ``_time``).
    """
    rows = table.select(**{f"_raw_{name}": table[name] for name in kinds})
    rows, date = _time(rows, "date", kinds)
    keys = SAMPLE_KEYS if form == "sample" else AGGREGATE_KEYS
    parsed = {name: _text(rows, name, kinds) for name in ("run_id", "model", "env_id")}
    parsed["spec_version"] = _text(rows, "spec_version", kinds)
    if form == "aggregate":
        for name in ("n", "misbehaved", "aware", "misbehaved_aware"):
            parsed[name] = _count(rows, name, kinds)
    else:
        parsed["sample_id"] = _text(rows, "sample_id", kinds)
        epoch = _count(rows, "epoch", kinds)
        parsed["_epoch_given"] = epoch
        parsed["epoch"] = _Parsed(epoch.value.fill_null(1), epoch.raw)
        parsed["misbehaved"] = _flag(rows, "misbehaved", kinds)
        parsed["aware"] = _flag(rows, "aware", kinds)
        parsed["reasoning"] = _text(rows, "reasoning", kinds)  # as the files keep it: trimmed
    rows = rows.mutate(
        _d_shape_ok=date.shape_ok,
        _d_offset_ok=date.offset_ok,
        _d_year_ok=date.year_ok,
        _d_cast_ok=date.cast_ok,
        **{f"_v_{name}": value.value for name, value in parsed.items()},
    )

    def value(name: str) -> ir.Value:
        return rows[f"_v_{name}"]

    def raw(name: str) -> ir.Value:
        return rows[f"_raw_{name}"] if name in kinds else _null("string")

    got_date = _lit(", got ") + _shown(raw("date"))
    iso = _lit(f"expected an ISO 8601 date or time {dates.EXAMPLES} (a bare date is UTC)")
    years = _lit(f"expected {dates.YEARS_EXPECTED}")
    checks: list[tuple[str, ir.BooleanValue, ir.StringValue]] = [
        ("run_id", value("run_id").isnull(), _lit("missing run id")),
        ("model", value("model").isnull(), _lit("missing model")),
        ("env_id", value("env_id").isnull(), _lit("missing environment id")),
        ("date", ~rows["_d_shape_ok"], iso + got_date),
        ("date", ~rows["_d_offset_ok"], _lit(f"expected {dates.OFFSET_EXPECTED}") + got_date),
        ("date", ~rows["_d_year_ok"], years + got_date),
        ("date", ~rows["_d_cast_ok"], iso + got_date),
        ("date", rows["_d_value"].isnull(), years + got_date),
    ]
    if form == "aggregate":
        n, misbehaved = value("n"), value("misbehaved")
        aware, both = value("aware"), value("misbehaved_aware")
        smaller = ibis.least(misbehaved, aware)
        checks += [
            ("n", n.isnull() | (n < 1), _integer_reason("n >= 1", raw("n"))),
            (
                "misbehaved",
                misbehaved.isnull() | (misbehaved < 0),
                _integer_reason("misbehaved >= 0", raw("misbehaved")),
            ),
            (
                "misbehaved",
                misbehaved > n,
                _lit("misbehaved (")
                + misbehaved.cast("string")
                + _lit(") is more than n (")
                + n.cast("string")
                + _lit(")"),
            ),
            (
                "aware",
                raw("aware").notnull() & (aware.isnull() | (aware < 0)),
                _integer_reason("aware >= 0 or nothing", raw("aware")),
            ),
            (
                "aware",
                aware > n,
                _lit("aware (")
                + aware.cast("string")
                + _lit(") is more than n (")
                + n.cast("string")
                + _lit(")"),
            ),
            (
                "misbehaved_aware",
                raw("misbehaved_aware").notnull() & (both.isnull() | (both < 0)),
                _integer_reason("misbehaved_aware >= 0 or nothing", raw("misbehaved_aware")),
            ),
            (
                "misbehaved_aware",
                both.notnull() & aware.isnull(),
                _lit("misbehaved_aware needs aware"),
            ),
            (
                "misbehaved_aware",
                both > smaller,
                _lit("misbehaved_aware (")
                + both.cast("string")
                + _lit(") is more than min(misbehaved, aware) (")
                + smaller.cast("string")
                + _lit(")"),
            ),
        ]
        outputs: tuple[str, ...] = ("n", "misbehaved", "aware", "misbehaved_aware")
    else:
        flag_words = "true/false, 1/0, yes/no or C/I"
        epoch, given = value("epoch"), value("_epoch_given")
        checks += [
            ("sample_id", value("sample_id").isnull(), _lit("missing sample id")),
            (
                "epoch",
                (raw("epoch").notnull() & given.isnull()) | (epoch < 1),
                _integer_reason("epoch >= 1", raw("epoch")),
            ),
            (
                "misbehaved",
                value("misbehaved").isnull(),
                _lit(f"expected {flag_words}, got ") + _shown(raw("misbehaved")),
            ),
            (
                "aware",
                value("aware").isnull()
                & raw("aware").notnull()
                & (raw("aware").cast("string").strip() != ""),
                _lit(f"expected {flag_words} or nothing, got ") + _shown(raw("aware")),
            ),
        ]
        outputs = ("sample_id", "epoch", "misbehaved", "aware", "reasoning")
    columns: dict[str, ir.Value] = {
        name: value(name) for name in ("run_id", "model", "env_id", "spec_version", *outputs)
    }
    columns["date"] = rows["_d_value"]
    for name in keys:
        columns[f"_key_{name}"] = raw(name).cast("string")
    columns["_problem"] = _problem(checks)
    return rows.select(**columns)


def sample_groups(rows: ir.Table) -> ir.Table:
    """Per run and environment counts of the usable sample rows, and how many rows were bad
    (the columns of ``checks.sample_groups_sql``, ``first_row`` aside: a table has no lines)."""
    ok = rows["_problem"].isnull()
    misbehaved, aware = rows["misbehaved"], rows["aware"]
    return rows.group_by(["run_id", "env_id"]).aggregate(
        model=rows["model"].min(where=ok),
        date=rows["date"].min(where=ok),
        spec_version=rows["spec_version"].min(where=ok),
        n=ok.count(where=ok),
        n_ids=rows["sample_id"].nunique(where=ok),
        epochs=rows["epoch"].max(where=ok),
        misbehaved=ok.count(where=ok & misbehaved),
        aware=ok.count(where=ok & aware),
        misbehaved_aware=ok.count(where=ok & misbehaved & aware),
        aware_unknown=ok.count(where=ok & aware.isnull()),
        misbehaved_ids=rows["sample_id"].nunique(where=ok & misbehaved),
        bad_rows=ok.count(where=~ok),
    )


USABLE_ORDER = ("run_id", "sample_id", "epoch")
"""How the rows of one model line and environment are numbered (``usable_samples``' ``_pos``):
by their key, as the files' rows of the same group would list them sorted."""


def usable_samples(rows: ir.Table, kinds: dict[str, Kind]) -> ir.Table:
    """The usable sample rows of ``checked`` rows (``date`` still in microseconds since 1970),
    with ``_pos``: the row's number (from 0) in its model line and environment, in
    ``USABLE_ORDER`` (a key column the table lacks is a constant there, so it is left out of the
    order). Unordered otherwise:
    ``tracker.benchmarks.table_sample_rows`` asks the engine for them by group."""
    usable = rows.filter(rows["_problem"].isnull())
    columns = ("run_id", "model", "date", "env_id", "sample_id", "epoch")
    usable = usable.select(*columns, "misbehaved", "aware", "reasoning")
    order = [usable[name] for name in USABLE_ORDER if name in kinds]
    number = ibis.row_number().over(group_by=[usable["model"], usable["env_id"]], order_by=order)
    return usable.mutate(_pos=number)


def rejected(rows: ir.Table, form: Form) -> ir.Table:
    """The rows that fail a check: their keys as written and ``_problem`` (unordered: engines
    sort NULL keys differently, so the caller orders them)."""
    keys = [f"_key_{name}" for name in (SAMPLE_KEYS if form == "sample" else AGGREGATE_KEYS)]
    return rows.filter(rows["_problem"].notnull()).select(*keys, "_problem")
