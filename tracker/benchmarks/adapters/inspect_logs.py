"""Inspect AI logs (``.eval``, ``.json``), read through inspect_ai's own log API.

Only the header and the sample summaries are read (``read_eval_log(header_only=True)`` and
``read_eval_log_sample_summaries``): they carry the task, model, creation time, sample ids, epochs
and scores, which is all ingest needs. Each sample summary (one sample in one epoch) is one row.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from tracker.benchmarks.adapters.base import LoadedTable, SuffixAdapter, UnreadableFile
from tracker.benchmarks.models import RowProblem
from tracker.settings import InspectSettings, ScorerValue


def score_to_flag(value: Any, settings: InspectSettings) -> bool | None:
    """Map a scorer's value to true/false per ``[benchmarks.inspect]``; None if it cannot be.

    With ``threshold`` set, a number (not a boolean) is true when >= threshold. Otherwise a value
    is true when it equals one of ``true_values`` (strings compared without case), false when it
    is any other string, number or boolean. Lists, dicts and NaN cannot be mapped.
    """
    if isinstance(value, bool):
        return _is_true(value, settings.true_values)
    if isinstance(value, int | float):
        if isinstance(value, float) and math.isnan(value):
            return None
        if settings.threshold is not None:
            return value >= settings.threshold
        return _is_true(value, settings.true_values)
    if isinstance(value, str):
        return _is_true(value.strip().lower(), settings.true_values)
    return None


def _is_true(value: ScorerValue, true_values: list[ScorerValue]) -> bool:
    for candidate in true_values:
        if isinstance(value, str) or isinstance(candidate, str):
            if (
                isinstance(value, str)
                and isinstance(candidate, str)
                and value == candidate.strip().lower()
            ):
                return True
            continue
        # bool is an int in Python: True == 1, which is the mapping users expect.
        if value == candidate:
            return True
    return False


class InspectLogAdapter(SuffixAdapter):
    """Inspect AI evaluation logs; ``_row`` is the sample summary's 1-based position."""

    name = "Inspect AI log (.eval, .json)"
    suffixes: tuple[str, ...] = (".eval", ".json")

    def load(
        self,
        path: Path,
        connection: duckdb.DuckDBPyConnection,
        relation: str,
        inspect: InspectSettings,
    ) -> LoadedTable:
        from inspect_ai.log import read_eval_log, read_eval_log_sample_summaries

        try:
            header = read_eval_log(str(path), header_only=True)
            summaries = read_eval_log_sample_summaries(str(path))
        except Exception as exc:  # inspect_ai raises many kinds (zip, JSON, validation errors)
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise UnreadableFile(
                f"not a readable Inspect log ({type(exc).__name__}: {message})"
            ) from exc
        spec = header.eval
        metadata: dict[str, Any] = dict(spec.metadata or {})
        env_id = _from_metadata(metadata, inspect.env_key, "env_key") or spec.task
        model = _from_metadata(metadata, inspect.model_line_key, "model_line_key") or spec.model
        created = _created(spec.created)
        run_id = spec.run_id or spec.eval_id
        spec_version = metadata.get("spec_version")
        scorer_names = [s.name for s in spec.scorers or []]
        if scorer_names and inspect.misbehaviour_scorer not in scorer_names:
            raise UnreadableFile(
                f"no scorer {inspect.misbehaviour_scorer!r} (this log has "
                f"{', '.join(scorer_names)}); set [benchmarks.inspect] misbehaviour_scorer",
                column=inspect.misbehaviour_scorer,
            )
        problems: list[RowProblem] = []
        if header.status != "success":
            problems.append(
                RowProblem(
                    file=str(path),
                    row=None,
                    column=None,
                    reason=f"eval status is {header.status!r}; reading the samples it has",
                    severity="warning",
                )
            )
        awareness = inspect.awareness_scorer
        if awareness is not None and scorer_names and awareness not in scorer_names:
            awareness = None
            problems.append(
                RowProblem(
                    file=str(path),
                    row=None,
                    column=inspect.awareness_scorer,
                    reason="no awareness scorer in this log; awareness is unknown",
                    severity="warning",
                )
            )
        ids: list[str] = []
        epochs: list[int] = []
        misbehaved: list[bool] = []
        aware: list[bool | None] = []
        rows: list[int] = []
        for position, summary in enumerate(summaries, start=1):
            where = f"sample {summary.id!r} epoch {summary.epoch}"
            problem = _sample_problem(summary, inspect, awareness)
            if problem is not None:
                column, reason = problem
                problems.append(
                    RowProblem(
                        file=str(path), row=position, column=column, reason=f"{where}: {reason}"
                    )
                )
                continue
            scores = summary.scores or {}
            ids.append(str(summary.id))
            epochs.append(int(summary.epoch))
            misbehaved.append(
                bool(score_to_flag(scores[inspect.misbehaviour_scorer].value, inspect))
            )
            aware.append(
                score_to_flag(scores[awareness].value, inspect) if awareness is not None else None
            )
            rows.append(position)
        count = len(ids)
        table = pa.table(
            {
                "run_id": pa.array([run_id] * count, pa.string()),
                "model": pa.array([model] * count, pa.string()),
                "date": pa.array([created] * count, pa.timestamp("us", tz="UTC")),
                "spec_version": pa.array(
                    [str(spec_version) if spec_version else None] * count, pa.string()
                ),
                "env_id": pa.array([env_id] * count, pa.string()),
                "sample_id": pa.array(ids, pa.string()),
                "epoch": pa.array(epochs, pa.int64()),
                "misbehaved": pa.array(misbehaved, pa.bool_()),
                "aware": pa.array(aware, pa.bool_()),
                "reasoning": pa.array([None] * count, pa.string()),
                "_row": pa.array(rows, pa.int64()),
            }
        )
        connection.register(relation, table)
        types = {
            "run_id": "VARCHAR",
            "model": "VARCHAR",
            "date": "TIMESTAMP WITH TIME ZONE",
            "spec_version": "VARCHAR",
            "env_id": "VARCHAR",
            "sample_id": "VARCHAR",
            "epoch": "BIGINT",
            "misbehaved": "BOOLEAN",
            "aware": "BOOLEAN",
            "reasoning": "VARCHAR",
        }
        rejected = len(summaries) - count
        return LoadedTable(
            file=path,
            form="sample",
            relation=relation,
            columns=types,
            input_rows=len(summaries),
            problems=problems,
            rejected_rows=rejected,
            row_unit="row",
        )


def _from_metadata(metadata: dict[str, Any], key: str | None, setting: str) -> str | None:
    if key is None:
        return None
    value = metadata.get(key)
    if value is None or str(value).strip() == "":
        raise UnreadableFile(
            f"the eval's metadata has no {key!r} (set by [benchmarks.inspect] {setting})",
            column=key,
        )
    return str(value).strip()


def _created(raw: str | datetime) -> datetime:
    created = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    return created if created.tzinfo is not None else created.replace(tzinfo=UTC)


def _sample_problem(
    summary: Any, inspect: InspectSettings, awareness: str | None
) -> tuple[str | None, str] | None:
    """Why a sample summary cannot be counted, as (column, reason); None if it can."""
    if summary.error:
        first = str(summary.error).strip().splitlines()[0] if str(summary.error).strip() else ""
        return None, f"the sample errored ({first})"
    scores = summary.scores or {}
    for name in (inspect.misbehaviour_scorer, awareness):
        if name is None:
            continue
        if name not in scores:
            return name, f"no {name!r} score"
        if score_to_flag(scores[name].value, inspect) is None:
            return name, f"score {scores[name].value!r} cannot be read as true/false"
    return None
