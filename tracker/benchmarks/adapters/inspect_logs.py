"""Inspect AI logs (``.eval``, ``.json``), read through inspect_ai's own log API.

The header and the sample summaries (``read_eval_log(header_only=True)`` and
``read_eval_log_sample_summaries``) carry the task, model, creation time, sample ids, epochs and
scores. Each sample summary (one sample in one epoch) is one row. With ``[benchmarks.inspect]
transcript = "reasoning"`` (or ``"auto"``, the default, when some sample has no awareness label)
the samples themselves are then read, a batch at a time, for the assistant's reasoning (and,
with ``"reasoning+text"``, its message text): only each sample's
text is kept, so memory is bounded by the batch, not the log (a ``.json`` log is one JSON
document, which inspect_ai reads whole).

Logs differ by inspect_ai release: those of 0.3.41 to 0.3.58 may leave ``eval.scorers`` empty and
name their scorers only in ``results.scores``, and some 0.3.58 logs carry no scores on their
samples at all. Every release from 0.3.41 on is read (docs/inputs.md, "Inspect AI logs").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import duckdb
import pyarrow as pa

from tracker.benchmarks.adapters.base import LoadedTable, SuffixAdapter, UnreadableFile
from tracker.benchmarks.models import RowProblem
from tracker.settings import InspectSettings, ScorerValue

_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
"""A decimal number written as a string (``"1"``, ``"0.5"``, ``"1e-3"``), not ``"nan"``."""


def score_to_flag(value: Any, settings: InspectSettings) -> bool | None:
    """Map a scorer's value to true/false per ``[benchmarks.inspect]``; None if it cannot be.

    A string that is a decimal number (``"1"``, ``"0.0"``) is read as that number. With
    ``threshold`` set, a number (not a boolean) is true when >= threshold. Otherwise a value is
    true when it equals one of ``true_values`` (strings compared without case, numbers by value,
    so ``1.0`` equals ``1``), false when it is any other string, number or boolean: letter grades
    ``C`` (correct) are true, ``I`` (incorrect), ``P`` (partial) and ``N`` (no answer) false.
    Lists, dicts and NaN cannot be mapped.
    """
    if isinstance(value, bool):
        return _is_true(value, settings.true_values)
    if isinstance(value, str):
        text = value.strip()
        if not _NUMBER.fullmatch(text):
            return _is_true(text.lower(), settings.true_values)
        value = float(text)
    if isinstance(value, int | float):
        if isinstance(value, float) and math.isnan(value):
            return None
        if settings.threshold is not None:
            return value >= settings.threshold
        return _is_true(value, settings.true_values)
    return None


def _canonical(value: ScorerValue) -> str | float:
    """Numbers (and booleans, and numeric strings) as floats; other strings lower-cased."""
    if isinstance(value, str):
        text = value.strip()
        return float(text) if _NUMBER.fullmatch(text) else text.lower()
    # bool is an int in Python: True is 1.0, which is the mapping users expect.
    return float(value)


def _is_true(value: ScorerValue, true_values: list[ScorerValue]) -> bool:
    wanted = _canonical(value)
    # A string never equals a number here: "C" must not match 1, nor 1 match "C".
    return any(
        type(wanted) is type(candidate) and wanted == candidate
        for candidate in map(_canonical, true_values)
    )


class InspectLogAdapter(SuffixAdapter):
    """Inspect AI evaluation logs; ``_row`` is the sample summary's 1-based position."""

    name = "Inspect AI log (.eval, .json)"
    suffixes: tuple[str, ...] = (".eval", ".json")

    def aware_source(self, inspect: InspectSettings) -> str | None:
        """Where a known awareness label of these rows comes from (``aware_source``)."""
        return f"scorer:{inspect.awareness_scorer}" if inspect.awareness_scorer else None

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
        samples = len(summaries)
        env_id = _from_metadata(metadata, inspect.env_key, "env_key", samples) or spec.task
        model = (
            _from_metadata(metadata, inspect.model_line_key, "model_line_key", samples)
            or spec.model
        )
        created = _created(spec.created)
        run_id = spec.run_id or spec.eval_id
        spec_version = metadata.get("spec_version")
        scorer_names = _scorer_names(header)
        if scorer_names and inspect.misbehaviour_scorer not in scorer_names:
            # The whole log is misconfigured, not one sample: one file-level problem.
            raise UnreadableFile(
                f"no scorer {inspect.misbehaviour_scorer!r} (this log has "
                f"{', '.join(scorer_names)}); set [benchmarks.inspect] misbehaviour_scorer; "
                f"its {len(summaries)} samples are rejected",
                column=inspect.misbehaviour_scorer,
                rows=len(summaries),  # its samples count as input rows, all rejected
            )
        problems: list[RowProblem] = []

        def warn(reason: str, column: str | None = None) -> None:
            problems.append(
                RowProblem(
                    file=str(path), row=None, column=column, reason=reason, severity="warning"
                )
            )

        if not summaries:
            warn(f"no samples in this log (eval status is {header.status!r}); nothing to count")
        elif header.status != "success":
            warn(f"eval status is {header.status!r}; reading the samples it has")
        ids: list[str] = []
        epochs: list[int] = []
        misbehaved: list[bool] = []
        aware: list[bool | None] = []
        rows: list[int] = []
        uuids: list[str | None] = []
        keys: list[str | int] = []  # the ids as the log stores them, to read samples by
        awareness = inspect.awareness_scorer
        if awareness is not None and scorer_names and awareness not in scorer_names:
            # Absent from the whole log: awareness is unknown for the file, said once.
            if summaries:
                warn(_no_awareness(awareness, scorer_names), column=awareness)
            awareness = None
        unlabelled = 0  # usable samples that lack the score of an awareness scorer the log has
        for position, summary in enumerate(summaries, start=1):
            where = f"sample {summary.id!r} epoch {summary.epoch}"
            scores = summary.scores or {}
            problem = _sample_problem(summary, inspect, awareness)
            if problem is not None:
                column, reason = problem
                problems.append(
                    RowProblem(
                        file=str(path), row=position, column=column, reason=f"{where}: {reason}"
                    )
                )
                continue
            ids.append(str(summary.id))
            epochs.append(int(summary.epoch))
            misbehaved.append(
                bool(score_to_flag(scores[inspect.misbehaviour_scorer].value, inspect))
            )
            if awareness is None:
                aware.append(None)
            elif awareness in scores:
                aware.append(score_to_flag(scores[awareness].value, inspect))
            else:
                aware.append(None)
                unlabelled += 1
            rows.append(position)
            uuids.append(getattr(summary, "uuid", None))
            keys.append(summary.id)
        count = len(ids)
        if awareness is not None and unlabelled:
            # Decided per file, never per sample: lacking awareness does not reject a sample.
            if unlabelled == count and not scorer_names:
                warn(_no_awareness(awareness, scorer_names), column=awareness)
            else:
                warn(
                    f"{unlabelled} of {count} usable samples have no {awareness!r} score; "
                    "their awareness is unknown, so this log's awareness counts are unknown",
                    column=awareness,
                )
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
                # Inspect Scout names a transcript by the sample's uuid (else by eval id, sample
                # id and epoch): kept for matching scan results (tracker.benchmarks.adapters.scout).
                "_transcript_id": pa.array(uuids, pa.string()),
                "_eval_id": pa.array([spec.eval_id] * count, pa.string()),
            }
        )
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
        reasoning: list[str | None] = [None] * count
        mode = inspect.transcript
        if mode == "auto":  # the text is needed only where the detector must label awareness
            mode = "reasoning" if any(label is None for label in aware) else "none"
        if mode in ("reasoning", "reasoning+text") and count:
            reasoning = _transcripts(path, keys, epochs, mode, warn)
        table = table.set_column(
            table.schema.get_field_index("reasoning"), "reasoning", pa.array(reasoning, pa.string())
        )
        connection.register(relation, table)
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


def _scorer_names(header: Any) -> list[str]:
    """The scorers the log declares; empty when it names none (then samples are checked alone).

    ``eval.scorers`` first; inspect_ai 0.3.41 to 0.3.58 may leave it empty and name the scorers
    only in ``results.scores``, whose entries carry the metric group's ``name`` and the
    ``scorer`` that produced it (the key of the samples' scores).
    """
    names = [s.name for s in header.eval.scorers or []]
    if names:
        return names
    results = header.results
    for score in (results.scores if results is not None else None) or []:
        for name in (score.name, score.scorer):
            if name and name not in names:
                names.append(name)
    return names


def _no_awareness(awareness: str | None, scorer_names: list[str]) -> str:
    has = f" (this log has {', '.join(scorer_names)})" if scorer_names else ""
    return (
        f"no awareness scorer {awareness!r} in this log{has}; awareness is unknown "
        "(set [benchmarks.inspect] awareness_scorer, or awareness_scorer = false if there is none)"
    )


def _from_metadata(
    metadata: dict[str, Any], key: str | None, setting: str, rows: int
) -> str | None:
    if key is None:
        return None
    value = metadata.get(key)
    if value is None or str(value).strip() == "":
        raise UnreadableFile(
            f"the eval's metadata has no {key!r} (set by [benchmarks.inspect] {setting}); "
            f"its {rows} samples are rejected",
            column=key,
            rows=rows,
        )
    return str(value).strip()


def _created(raw: str | datetime) -> datetime:
    created = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    return created if created.tzinfo is not None else created.replace(tzinfo=UTC)


def _sample_problem(
    summary: Any, inspect: InspectSettings, awareness: str | None
) -> tuple[str | None, str] | None:
    """Why a sample summary cannot be counted, as (column, reason); None if it can.

    A missing awareness score is not a reason (the file's awareness is then unknown); an
    awareness score that cannot be read as true/false is.
    """
    if summary.error:
        first = str(summary.error).strip().splitlines()[0] if str(summary.error).strip() else ""
        return None, f"the sample errored ({first})"
    scores = summary.scores or {}
    wanted = inspect.misbehaviour_scorer
    if not scores:
        return wanted, (
            f"no scores at all (the log records none for this sample, so [benchmarks.inspect] "
            f"misbehaviour_scorer = {wanted!r} has nothing to read; score the log first, "
            "e.g. with `inspect score`)"
        )
    if wanted not in scores:
        return wanted, (
            f"no {wanted!r} score (this sample has: {', '.join(scores)}); "
            "set [benchmarks.inspect] misbehaviour_scorer"
        )
    for name in (wanted, awareness):
        if (
            name is not None
            and name in scores
            and score_to_flag(scores[name].value, inspect) is None
        ):
            shown = repr(scores[name].value)
            shown = shown if len(shown) <= 80 else shown[:77] + "..."
            return name, f"score {shown} cannot be read as true/false"
    return None


TRANSCRIPT_BATCH = 64
"""Samples read at once from an ``.eval`` log: enough for inspect_ai's concurrent reads, few
enough that memory stays small whatever the samples hold."""
_EXCLUDED_FIELDS = {"events", "store"}
"""Sample fields never needed for the transcript (events repeat the messages, and are large)."""


def _transcripts(
    path: Path,
    keys: list[str | int],
    epochs: list[int],
    mode: Literal["reasoning", "reasoning+text"],
    warn: Callable[[str, str | None], None],
) -> list[str | None]:
    """Per kept row (the order of ``keys``, the sample ids), the assistant's text, or None.

    A log whose samples cannot be read keeps its rows with reasoning unknown and one warning:
    the scores are what ingest counts, and they were read.
    """
    from inspect_ai.log import read_eval_log, read_eval_log_samples_by_id

    wanted = list(zip(keys, epochs, strict=True))
    position = {(str(key), epoch): n for n, (key, epoch) in enumerate(wanted)}
    texts: list[str | None] = [None] * len(wanted)

    def keep(sample: Any) -> None:
        at = position.get((str(sample.id), int(sample.epoch)))
        if at is not None:
            texts[at] = transcript_text(sample.messages, mode)

    try:
        if path.suffix.lower() == ".json":
            for sample in read_eval_log(str(path), resolve_attachments=True).samples or []:
                keep(sample)
        else:
            # By batches: each read returns a list, and one zip reader serves the batch.
            for start in range(0, len(wanted), TRANSCRIPT_BATCH):
                for sample in read_eval_log_samples_by_id(
                    str(path),
                    wanted[start : start + TRANSCRIPT_BATCH],
                    resolve_attachments=True,
                    exclude_fields=_EXCLUDED_FIELDS,
                ):
                    keep(sample)
    except Exception as exc:  # inspect_ai raises many kinds (zip, JSON, validation errors)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        warn(
            f"the samples' transcripts cannot be read ({type(exc).__name__}: {first}); "
            "their reasoning is unknown",
            "reasoning",
        )
        return [None] * len(wanted)
    return texts


def transcript_text(
    messages: Sequence[Any], mode: Literal["reasoning", "reasoning+text"]
) -> str | None:
    """The assistant's reasoning blocks (and with ``reasoning+text`` its text), or None.

    Reasoning is a ``ContentReasoning`` block of a message's content; releases before content
    blocks put it in ``message.reasoning``. A redacted block holds the provider's encrypted
    reasoning, not text, so only its summary (if any) is kept. Parts are joined by blank lines,
    in message order.
    """
    parts: list[str] = []
    for message in messages:
        if getattr(message, "role", None) != "assistant":
            continue
        legacy = getattr(message, "reasoning", None)
        if isinstance(legacy, str) and legacy.strip():
            parts.append(legacy.strip())
        content = message.content
        blocks = [content] if isinstance(content, str) else content or []
        for block in blocks:
            if isinstance(block, str):
                text = block if mode == "reasoning+text" else None
            elif block.type == "reasoning":
                text = block.summary if block.redacted else block.reasoning
            elif block.type == "text" and mode == "reasoning+text":
                text = block.text
            else:
                text = None
            if text and text.strip():
                parts.append(text.strip())
    return "\n\n".join(parts) if parts else None
