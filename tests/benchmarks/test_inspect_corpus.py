"""Every real Inspect AI log of the shared corpus (inspect_ai 0.3.41 to 0.3.154), file by file.

The logs come from inspect_ai's own test suite (../shared/corpora/inspect-logs/README.md). What
each one holds was read with inspect_ai's API first (``read_eval_log(header_only=True)``,
``read_eval_log_sample_summaries``); ``test_the_expectations_are_what_inspect_reads`` checks the
table below against that API again, so the ingest tests compare with the logs' truth, not with
what specdrift happens to read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from tests.benchmarks.helpers import write
from tests.conftest import SHARED
from tracker.benchmarks.ingest import IngestResult, read_results
from tracker.benchmarks.models import RESULT_COLUMNS, Environment
from tracker.cli import main
from tracker.settings import InspectSettings

CORPUS = SHARED / "corpora" / "inspect-logs"


@dataclass(frozen=True)
class Log:
    """What one log holds, per inspect_ai's own API."""

    written_by: str
    """The inspect_ai release that wrote it (``eval.packages``)."""
    task: str
    scorer: str
    """The only scorer, from ``eval.scorers`` or, when that is empty, ``results.scores``."""
    samples: int
    """Sample summaries (one sample in one epoch)."""
    misbehaved: int
    """Summaries whose score is ``C`` (every scored log here grades C / I)."""
    scored: bool = True
    """False: the samples carry no scores at all."""
    status: str = "success"
    eval_scorers: bool = True
    """Whether ``eval.scorers`` names the scorer (0.3.41-0.3.58 logs may name it only in
    ``results.scores``)."""


LOGS = {
    "log_formats.eval": Log("0.3.41", "popularity", "match", 1, 0, eval_scorers=False),
    "log_formats.json": Log("0.3.41", "popularity", "match", 1, 0, eval_scorers=False),
    "log_images.json": Log("0.3.41", "images", "match", 1, 0, eval_scorers=False),
    "log_streaming.eval": Log("0.3.42", "popularity", "match", 4, 3, eval_scorers=False),
    "2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json": Log(
        "0.3.43", "input_task", "model_graded_fact", 1, 1, eval_scorers=False
    ),
    "2025-02-11T15-17-00-05-00_popularity_dPiJifoWeEQBrfWsAopzWr.eval": Log(
        "0.3.58", "popularity", "match", 10, 0, scored=False
    ),
    "log_tool_call_error.json": Log(
        "0.3.58", "...", "includes", 1, 0, scored=False, eval_scorers=False
    ),
    "log_read_sample.eval": Log("0.3.95", "popularity", "match", 1, 1),
    "log_read_sample.json": Log("0.3.95", "popularity", "match", 1, 1),
    "2025-05-12T20-27-36-04-00_browser.json": Log("0.3.95", "browser", "includes", 1, 1),
    "2025-05-12T20-28-13-04-00_no-samples.json": Log(
        "0.3.95", "testtaskname", "match", 0, 0, status="cancelled"
    ),
    "mmlu-summary-choices.eval": Log("0.3.154", "inspect_evals/mmlu_0_shot", "choice", 1, 0),
}
TASKS = sorted({log.task for log in LOGS.values()})
CATALOG = [Environment(env_id=t, name=t, category="capability", split="test") for t in TASKS]
"""Every task is in the catalog, so the only warnings are the logs' own."""
NO_SAMPLES = "no samples in this log (eval status is 'cancelled'); nothing to count"


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is absent: {CORPUS} (needs ../shared)")
    return CORPUS


def _read(path: Path, settings: InspectSettings) -> IngestResult:
    result = read_results([path], environments=CATALOG, inspect=settings)
    assert result.ingested_rows + result.rejected_rows == result.input_rows
    assert tuple(result.results.columns) == RESULT_COLUMNS
    return result


def test_the_table_lists_every_log(corpus: Path) -> None:
    logs = {p.name for p in corpus.iterdir() if p.suffix in (".eval", ".json")}
    assert logs == set(LOGS)


@pytest.mark.parametrize("name", sorted(LOGS))
def test_the_expectations_are_what_inspect_reads(corpus: Path, name: str) -> None:
    from inspect_ai.log import read_eval_log, read_eval_log_sample_summaries

    log = LOGS[name]
    header = read_eval_log(str(corpus / name), header_only=True)
    summaries = read_eval_log_sample_summaries(str(corpus / name))
    assert header.eval.packages["inspect_ai"].startswith(log.written_by + ".")
    assert (header.eval.task, header.status, len(summaries)) == (log.task, log.status, log.samples)
    in_eval = [s.name for s in header.eval.scorers or []]
    in_results = [s.scorer for s in header.results.scores] if header.results else []
    assert in_eval == ([log.scorer] if log.eval_scorers else [])
    assert log.scorer in in_eval + in_results
    assert all(bool(s.scores) is log.scored for s in summaries)
    grades = [s.scores[log.scorer].value for s in summaries if s.scores]
    assert set(grades) <= {"C", "I"}
    assert grades.count("C") == log.misbehaved


@pytest.mark.parametrize("name", sorted(LOGS))
def test_each_log_ingests_on_its_own(corpus: Path, name: str) -> None:
    log = LOGS[name]
    path = corpus / name
    result = _read(path, InspectSettings(misbehaviour_scorer=log.scorer))
    ingested = log.samples if log.scored else 0
    assert (result.input_rows, result.ingested_rows, result.rejected_rows) == (
        log.samples,
        ingested,
        log.samples - ingested,
    )
    (warning,) = result.warnings
    assert (warning.file, warning.row) == (str(path), None)
    if log.samples == 0:
        assert warning.reason == NO_SAMPLES
    else:
        # One warning per file, never a rejection: these logs have no awareness scorer.
        assert warning.column == "awareness"
        assert warning.reason.startswith(
            f"no awareness scorer 'awareness' in this log (this log has {log.scorer}); "
            "awareness is unknown"
        )
    if log.scored:
        assert result.errors == []
    else:
        # The only rejections: samples with no scores at all, each named, with the setting.
        assert [p.row for p in result.errors] == list(range(1, log.samples + 1))
        for problem in result.errors:
            assert problem.column == log.scorer
            assert "no scores at all" in problem.reason
            assert f"[benchmarks.inspect] misbehaviour_scorer = {log.scorer!r}" in problem.reason
    if ingested:
        (row,) = result.results.to_dict("records")
        assert (row["env_id"], row["n"], row["misbehaved"]) == (log.task, ingested, log.misbehaved)
        assert pd.isna(row["aware"])
    else:
        assert result.results.empty


@pytest.mark.parametrize("name", sorted(LOGS))
def test_awareness_scorer_false_silences_the_warning(corpus: Path, name: str) -> None:
    log = LOGS[name]
    settings = InspectSettings(misbehaviour_scorer=log.scorer, awareness_scorer=False)
    result = _read(corpus / name, settings)
    assert [w.column for w in result.warnings] == ([None] if log.samples == 0 else [])


def test_log_streaming_counts_sample_ids_across_epochs(corpus: Path) -> None:
    result = _read(corpus / "log_streaming.eval", InspectSettings(misbehaviour_scorer="match"))
    row = result.results.iloc[0]
    # Samples 1 and 2 in two epochs each: sample 2 is C in both, sample 1 only in epoch 2.
    assert (row["n"], row["n_ids"], row["epochs"], row["misbehaved_ids"]) == (4, 2, 2, 2)


def test_cli_ingest_of_the_corpus_folder(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole folder, read with one setting (``match``), as a user pointing at it would."""
    write(
        tmp_path / "specdrift.toml",
        f'[benchmarks]\nenvironments = "environments.csv"\nresults = [{json.dumps(str(corpus))}]\n'
        'failures = []\n\n[benchmarks.inspect]\nmisbehaviour_scorer = "match"\n',
    )
    write(
        tmp_path / "environments.csv",
        "env_id,name,category,split\n" + "".join(f"{t},{t},capability,test\n" for t in TASKS),
    )
    code = main(["ingest", "--workspace", str(tmp_path), "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    match = [n for n, log in LOGS.items() if log.scorer == "match"]
    other = sorted(n for n in LOGS if n not in match)
    # log_formats.json is log_formats.eval in the other format (same run, same task): a duplicate.
    # Every sample of every log is an input row: those of the logs without the configured
    # scorer are rejected with their file, never left out of the counts.
    assert data["input_rows"] == sum(log.samples for log in LOGS.values())
    other_samples = sum(LOGS[n].samples for n in other)
    assert (data["ingested_rows"], data["rejected_rows"]) == (8, 11 + other_samples)
    rows = {(r["run_id"], r["env_id"]): (r["n"], r["x"]) for r in data["results"]}
    assert sorted(rows.values()) == [(1, 0), (1, 0), (1, 1), (1, 1), (2, 2)]
    rejected = data["rejected"]
    by_file: dict[str, list[str]] = {}
    for problem in rejected:
        by_file.setdefault(Path(problem["file"]).name, []).append(problem["reason"])
    # A log without the configured scorer is one file-level error that lists the scorers it has.
    for name in other:
        (reason,) = by_file.pop(name)
        assert reason.startswith(f"no scorer 'match' (this log has {LOGS[name].scorer});")
    (duplicate,) = by_file.pop("log_formats.json")
    assert "duplicate" in duplicate
    unscored = by_file.pop("2025-02-11T15-17-00-05-00_popularity_dPiJifoWeEQBrfWsAopzWr.eval")
    assert len(unscored) == 10
    assert all("no scores at all" in r for r in unscored)
    # The corpus's README.md and LICENSE are not logs; they are named, not guessed at.
    assert sorted(by_file) == ["LICENSE", "README.md"]
    assert all("unknown format" in r[0] for r in by_file.values())
    warnings = [(Path(w["file"]).name, w["reason"]) for w in data["warnings"]]
    assert sum("no awareness scorer" in r for _, r in warnings) == len(match) - 1
    assert ("2025-05-12T20-28-13-04-00_no-samples.json", NO_SAMPLES) in warnings


@pytest.mark.parametrize("name", sorted(LOGS))
def test_transcripts_are_what_a_full_read_holds(corpus: Path, name: str) -> None:
    """Samples read a batch at a time give each row the text of its sample in a full read.

    None of these logs has reasoning blocks (their models did not reason), so ``reasoning`` is
    empty throughout; with ``reasoning+text`` every assistant answer is there.
    """
    from inspect_ai.log import read_eval_log

    from tracker.benchmarks.adapters.inspect_logs import transcript_text

    log = LOGS[name]
    full = read_eval_log(str(corpus / name), resolve_attachments=True)
    for mode in ("reasoning", "reasoning+text"):
        settings = InspectSettings(
            misbehaviour_scorer=log.scorer, awareness_scorer=False, transcript=mode
        )
        result = _read(corpus / name, settings)
        # Reading the transcripts adds no warning: only the no-samples one remains.
        assert [w.column for w in result.warnings] == ([None] if log.samples == 0 else [])
        assert result.samples is not None
        got = {
            (r["sample_id"], r["epoch"]): None if pd.isna(r["reasoning"]) else r["reasoning"]
            for r in result.samples.to_dict("records")
        }
        expected = {
            (str(s.id), s.epoch): transcript_text(s.messages, mode) for s in full.samples or []
        }
        # Rejected samples (those of unscored logs) are in no sample row.
        assert len(got) == (log.samples if log.scored else 0)
        assert got == {key: expected[key] for key in got}
        if mode == "reasoning":
            assert set(got.values()) <= {None}
        else:
            assert None not in got.values()
