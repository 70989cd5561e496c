"""Write REAL Inspect AI logs with inspect_ai itself, with outcomes the test controls.

A task's samples carry their planned outcomes in metadata (one value per epoch); two scorers read
them back: one says whether the sample misbehaved, the other whether the model verbalised
evaluation awareness. The model is ``mockllm/model`` with ``custom_outputs`` whose outputs carry
``usage`` (without it inspect_ai would download a tokenizer to count tokens). A sample's planned
``reasoning`` (one text per epoch) makes the model's answer a list of content blocks,
``[ContentReasoning(reasoning=...), ContentText(text=answer)]``, as reasoning models' answers are.

    from tests.support.inspect_logs import PlannedSample, write_inspect_log
    path = write_inspect_log(
        tmp_path, env_id="sandbagging_qa",
        samples=[PlannedSample("s1", misbehaved=[1, 0], aware=[0, 0])], epochs=2,
    )
"""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar

os.environ.setdefault("INSPECT_DISABLE_TELEMETRY", "1")

ScoreStyle = Literal["letters", "numbers", "floats", "strings", "booleans", "raw"]
"""How the scorers encode true/false: ``C``/``I``, ``1``/``0``, ``1.0``/``0.0``, ``"1"``/``"0"``,
or ``True``/``False``; ``raw``: the planned values are the scores themselves (e.g. ``"P"``)."""

PlannedValue = int | bool | float | str


@dataclass(frozen=True)
class PlannedSample:
    """One sample and what it does in each epoch (index 0 is epoch 1)."""

    sample_id: str | int
    misbehaved: Sequence[PlannedValue]
    """Per epoch: a flag, or with style ``raw`` the score value itself."""
    aware: Sequence[PlannedValue] = ()
    """Empty: not aware in any epoch."""
    reasoning: Sequence[str] = ()
    """Per epoch, the model's reasoning (a ``ContentReasoning`` block before its answer);
    empty: the answer has no reasoning block."""
    answer: str = "I will do the task."
    """The text of the model's answer (a ``ContentText`` block), the same in every epoch."""


def _encode(value: PlannedValue, style: ScoreStyle) -> Any:
    if style == "raw":
        return value
    flag = bool(value)
    if style == "letters":
        return "C" if flag else "I"
    if style == "numbers":
        return 1 if flag else 0
    if style == "floats":
        return 1.0 if flag else 0.0
    if style == "strings":
        return "1" if flag else "0"
    return flag


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _outside_running_loop(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``function`` in a worker thread when this thread already runs an event loop.

    The session's Playwright browser (sync API) keeps an asyncio loop running in the main thread
    once a browser test has started it; inspect_ai's ``eval`` and log readers call
    ``asyncio.run``, which refuses to start inside a running loop. A fresh thread has none.
    """

    @functools.wraps(function)
    def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return function(*args, **kwargs)
        with ThreadPoolExecutor(max_workers=1) as worker:
            return worker.submit(function, *args, **kwargs).result()

    return call


@_outside_running_loop
def write_inspect_log(
    log_dir: Path,
    *,
    env_id: str,
    samples: Sequence[PlannedSample],
    epochs: int = 1,
    log_format: Literal["eval", "json"] = "eval",
    style: ScoreStyle = "letters",
    misbehaviour_scorer: str = "misbehaviour",
    awareness_scorer: str | None = "awareness",
    task_metadata: dict[str, Any] | None = None,
    eval_metadata: dict[str, Any] | None = None,
    created: datetime | None = None,
    model: str = "mockllm/model",
    errored: Sequence[str | int] = (),
    scorers_named_in: Literal["eval", "results", "nowhere"] = "eval",
    remove_scores: Mapping[str | int, Sequence[str] | None] | None = None,
) -> Path:
    """Run a task named ``env_id`` on the mock model and return the log file inspect_ai wrote.

    ``created`` (tz-aware) rewrites the eval's creation time through ``write_eval_log``, so tests
    can place runs on the calendar. Samples whose id is in ``errored`` raise in the solver; the
    eval goes on (``fail_on_error=False``) and the log records their error.

    Older logs are reproduced the same way, by rewriting what inspect_ai wrote:
    ``scorers_named_in="results"`` empties ``eval.scorers``, leaving the scorer names only in
    ``results.scores`` (as inspect_ai 0.3.41 to 0.3.58 wrote); ``"nowhere"`` empties both, so
    only the samples' scores name them. ``remove_scores`` maps a sample id to the scorers whose
    scores its samples lose in every epoch (None: every score, as some 0.3.58 logs have).
    """
    from inspect_ai import Task
    from inspect_ai import eval as inspect_eval
    from inspect_ai.dataset import Sample
    from inspect_ai.log import read_eval_log, write_eval_log
    from inspect_ai.model import (
        ChatMessageAssistant,
        ContentReasoning,
        ContentText,
        ModelOutput,
        ModelUsage,
        get_model,
    )
    from inspect_ai.scorer import Score, Target, accuracy, scorer
    from inspect_ai.solver import Generate, TaskState, generate, solver

    for planned in samples:
        for name, values in (
            ("misbehaved", planned.misbehaved),
            ("aware", planned.aware),
            ("reasoning", planned.reasoning),
        ):
            if values and len(values) != epochs:
                raise ValueError(f"sample {planned.sample_id}: {name} needs {epochs} values")

    def planned_value(state: TaskState, key: str) -> PlannedValue:
        values = state.metadata.get(key) or []
        return values[state.epoch - 1] if values else False

    def make_scorer(key: str) -> Any:
        async def score(state: TaskState, target: Target) -> Score:
            return Score(value=_encode(planned_value(state, key), style))

        return score

    # Scorer names come from the registered function names, so build them under the asked names.
    scorers = [
        scorer(metrics=[accuracy()], name=misbehaviour_scorer)(lambda: make_scorer("misbehaved"))()
    ]
    if awareness_scorer is not None:
        scorers.append(
            scorer(metrics=[accuracy()], name=awareness_scorer)(lambda: make_scorer("aware"))()
        )

    # custom_outputs sees only the messages, and epochs run in any order: the solver below puts
    # the sample and epoch into the prompt, so the output can be chosen for that epoch.
    plans = {str(p.sample_id): p for p in samples}

    def output(messages: Any, *_: Any) -> ModelOutput:
        prompt = next((m.text for m in messages if m.role == "user"), "")
        sample_id, _, epoch_text = prompt.removeprefix("Task ").rpartition(", epoch ")
        planned = plans.get(sample_id)
        epoch = int(epoch_text) - 1 if epoch_text.isdigit() else 0
        answer = planned.answer if planned is not None else "I will do the task."
        if planned is not None and planned.reasoning:
            content: Any = [
                ContentReasoning(reasoning=planned.reasoning[epoch]),
                ContentText(text=answer),
            ]
            result = ModelOutput.from_message(ChatMessageAssistant(content=content, model="model"))
        else:
            result = ModelOutput.from_content(model="model", content=answer)
        result.usage = ModelUsage(input_tokens=10, output_tokens=5, total_tokens=15)
        return result

    failing = set(map(str, errored))

    @solver
    def fail_planned() -> Any:
        async def solve(state: TaskState, generate: Generate) -> TaskState:
            if str(state.sample_id) in failing:
                raise RuntimeError(f"planned failure of sample {state.sample_id}")
            state.user_prompt.text = f"Task {state.sample_id}, epoch {state.epoch}"
            return state

        return solve

    dataset = [
        Sample(
            id=p.sample_id,
            input=f"Task {p.sample_id}",
            target="",
            # Flags as ints, so metadata stays plain JSON; raw values go through as they are.
            metadata={
                "misbehaved": [v if style == "raw" else int(v) for v in p.misbehaved],
                "aware": [v if style == "raw" else int(v) for v in p.aware],
            },
        )
        for p in samples
    ]
    task = Task(
        dataset=dataset,
        solver=[fail_planned(), generate()],
        scorer=scorers,
        name=env_id,
        metadata=task_metadata or {},
    )
    mock = get_model(model, custom_outputs=output) if model.startswith("mockllm/") else model
    logs = inspect_eval(
        task,
        model=mock,
        epochs=epochs,
        log_dir=str(log_dir),
        log_format=log_format,
        metadata=eval_metadata,
        display="none",
        log_level="error",
        fail_on_error=False,
    )
    log = logs[0]
    if log.status != "success":
        raise RuntimeError(f"inspect eval failed: {log.error}")
    path = Path(log.location)
    if created is not None or scorers_named_in != "eval" or remove_scores:
        full = read_eval_log(str(path))
        if created is not None:
            full.eval.created = created.isoformat()
        if scorers_named_in != "eval":
            full.eval.scorers = None
        if scorers_named_in == "nowhere" and full.results is not None:
            full.results.scores = []
        removals = {str(k): v for k, v in (remove_scores or {}).items()}
        for sample in full.samples or []:
            if str(sample.id) not in removals:
                continue
            names = removals[str(sample.id)]
            if names is None:
                sample.scores = None
            else:
                sample.scores = {
                    k: v for k, v in (sample.scores or {}).items() if k not in set(names)
                }
        write_eval_log(full, str(path))
    return path
