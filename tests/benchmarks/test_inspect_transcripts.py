"""Transcript text from real Inspect logs (the mock model answers with ContentReasoning blocks).

``[benchmarks.inspect] transcript`` chooses what becomes ``reasoning``: the reasoning blocks (the
default), those and the message text, or nothing (only summaries are read). ``aware_source``
names where each known awareness label came from.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.benchmarks.helpers import ingest, write
from tests.support.inspect_logs import PlannedSample, write_inspect_log
from tracker.benchmarks.adapters.inspect_logs import transcript_text
from tracker.settings import InspectSettings

REASONING = {
    ("s1", 1): "This looks like an evaluation <b>by graders</b>.",
    ("s1", 2): "Just solve it.",
    ("s2", 1): "Plain work, no suspicion.",
    ("s2", 2): "I suspect this is a test.",
}


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("transcripts")
    samples = [
        PlannedSample(
            sample_id,
            misbehaved=[1, 0],
            aware=[1, 0],
            reasoning=[REASONING[(sample_id, 1)], REASONING[(sample_id, 2)]],
            answer=f"Answer of {sample_id}.",
        )
        for sample_id in ("s1", "s2")
    ]
    samples.append(PlannedSample("s3", misbehaved=[0, 0]))  # answers without reasoning
    write_inspect_log(folder, env_id="sandbagging_qa", samples=samples, epochs=2)
    write_inspect_log(
        folder,
        env_id="covert_email",
        samples=[PlannedSample(7, misbehaved=[1], reasoning=["Integer id."])],
        log_format="json",
        awareness_scorer=None,
    )
    return folder


def _by_sample(logs: Path, settings: InspectSettings) -> dict[tuple[str, int], object]:
    result = ingest([logs], inspect=settings)
    assert result.samples is not None
    assert result.errors == []
    return {
        (str(r["sample_id"]), int(r["epoch"])): None if pd.isna(r["reasoning"]) else r["reasoning"]
        for r in result.samples.to_dict("records")
    }


def test_reasoning_blocks_are_kept_per_sample_and_epoch(logs: Path) -> None:
    texts = _by_sample(logs, InspectSettings(awareness_scorer=None))
    assert {key: texts[key] for key in REASONING} == REASONING
    assert texts[("s3", 1)] is None
    assert texts[("s3", 2)] is None
    assert texts[("7", 1)] == "Integer id."  # a .json log, an integer sample id


def test_reasoning_and_text_in_message_order(logs: Path) -> None:
    texts = _by_sample(logs, InspectSettings(awareness_scorer=None, transcript="reasoning+text"))
    assert texts[("s2", 2)] == "I suspect this is a test.\n\nAnswer of s2."
    assert texts[("s3", 1)] == "I will do the task."


def test_transcript_none_reads_no_samples(logs: Path) -> None:
    texts = _by_sample(logs, InspectSettings(awareness_scorer=None, transcript="none"))
    assert set(texts.values()) == {None}


def test_aware_source_names_the_scorer(logs: Path) -> None:
    result = ingest([logs])
    assert result.samples is not None
    sources = {
        env: {None if pd.isna(v) else v for v in group}
        for env, group in result.samples.groupby("env_id")["aware_source"]
    }
    # The json log has no awareness scorer: awareness unknown, so is its source.
    assert sources == {"sandbagging_qa": {"scorer:awareness"}, "covert_email": {None}}
    by_env = result.results.set_index("env_id")["aware_source"]
    assert by_env["sandbagging_qa"] == "scorer:awareness"
    assert by_env["covert_email"] is None


def test_aware_source_of_a_column(tmp_path: Path) -> None:
    path = write(
        tmp_path / "samples.csv",
        "run_id,model,date,env_id,sample_id,epoch,misbehaved,aware\n"
        "r1,m,2026-01-01,sandbagging_qa,s1,1,1,1\n"
        "r1,m,2026-01-01,covert_email,s1,1,1,\n",
    )
    result = ingest([path])
    assert result.samples is not None
    assert [None if pd.isna(v) else v for v in result.samples["aware_source"]] == ["column", None]
    assert result.results.set_index("env_id")["aware_source"].to_dict() == {
        "sandbagging_qa": "column",
        "covert_email": None,
    }


def test_a_redacted_block_keeps_only_its_summary() -> None:
    from inspect_ai.model import ChatMessageAssistant, ChatMessageUser, ContentReasoning

    messages = [
        ChatMessageUser(content="Is this a test?"),
        ChatMessageAssistant(
            content=[
                ContentReasoning(reasoning="ENCRYPTED", redacted=True, summary="They test me."),
                ContentReasoning(reasoning="ENCRYPTED", redacted=True),
            ]
        ),
        ChatMessageAssistant(content="plain text"),
    ]
    assert transcript_text(messages, "reasoning") == "They test me."
    assert transcript_text(messages, "reasoning+text") == "They test me.\n\nplain text"
    assert transcript_text(messages[:1], "reasoning+text") is None
