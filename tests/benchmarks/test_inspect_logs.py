"""Real Inspect AI logs, written by inspect_ai itself with the mock model, read through its API."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from tests.benchmarks.helpers import ingest
from tests.support.inspect_logs import PlannedSample, write_inspect_log
from tracker.benchmarks.adapters import score_to_flag
from tracker.settings import InspectSettings

CREATED = datetime(2026, 3, 1, 12, tzinfo=UTC)
PLAN = [
    PlannedSample("s1", misbehaved=[1, 1, 0], aware=[0, 1, 1]),
    PlannedSample("s2", misbehaved=[0, 0, 0], aware=[0, 0, 0]),
    PlannedSample("s3", misbehaved=[1, 0, 0], aware=[1, 0, 0]),
    PlannedSample(4, misbehaved=[0, 0, 0], aware=[0, 0, 0]),
]


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("logs")
    letters = write_inspect_log(
        folder / "eval",
        env_id="sandbagging_qa",
        samples=PLAN,
        epochs=3,
        task_metadata={"environment": "covert_email"},
        eval_metadata={"model_line": "o3-line"},
        created=CREATED,
    )
    numbers = write_inspect_log(
        folder / "json",
        env_id="covert_email",
        samples=[PlannedSample("a", [1, 1]), PlannedSample("b", [0, 1])],
        epochs=2,
        log_format="json",
        style="numbers",
        awareness_scorer=None,
        errored=["b"],
    )
    return {"letters": letters, "numbers": numbers, "folder": folder}


def test_eval_log_counts_samples_epochs_and_scores(logs: dict[str, Path]) -> None:
    result = ingest([logs["letters"]])
    assert result.problems == []
    row = result.results.iloc[0]
    assert row["env_id"] == "sandbagging_qa"  # the task name
    assert row["model"] == "mockllm/model"  # the eval's model
    assert row["date"] == pd.Timestamp(CREATED)
    assert (row["n"], row["n_ids"], row["epochs"]) == (12, 4, 3)
    assert (row["misbehaved"], row["aware"], row["misbehaved_aware"]) == (3, 3, 2)
    assert row["misbehaved_ids"] == 2
    assert row["run_id"]  # the eval's run id
    samples = result.samples
    assert samples is not None
    assert sorted(samples["sample_id"].unique()) == ["4", "s1", "s2", "s3"]
    assert sorted(samples["epoch"].unique()) == [1, 2, 3]
    s1 = samples[samples["sample_id"] == "s1"].sort_values("epoch")
    assert s1["misbehaved"].tolist() == [True, True, False]
    assert s1["aware"].tolist() == [False, True, True]
    assert (result.input_rows, result.rejected_rows) == (12, 0)


def test_metadata_keys_name_the_environment_and_model_line(logs: dict[str, Path]) -> None:
    settings = InspectSettings(env_key="environment", model_line_key="model_line")
    row = ingest([logs["letters"]], inspect=settings).results.iloc[0]
    assert (row["env_id"], row["model"]) == ("covert_email", "o3-line")


def test_missing_metadata_key_is_reported(logs: dict[str, Path]) -> None:
    result = ingest([logs["letters"]], inspect=InspectSettings(env_key="no_such_key"))
    (problem,) = result.errors
    assert (problem.file, problem.column) == (str(logs["letters"]), "no_such_key")
    assert "env_key" in problem.reason


def test_json_log_with_numeric_scores_no_awareness_and_an_errored_sample(
    logs: dict[str, Path],
) -> None:
    result = ingest([logs["numbers"]])
    (warning,) = result.warnings
    assert "no awareness scorer" in warning.reason
    # Sample "b" errored in both epochs: two rejected rows that name it, the rest counted.
    assert [p.row is not None for p in result.errors] == [True, True]
    assert all("sample 'b'" in p.reason and "errored" in p.reason for p in result.errors)
    assert (result.input_rows, result.rejected_rows) == (4, 2)
    row = result.results.iloc[0]
    assert (row["n"], row["n_ids"], row["epochs"], row["misbehaved"]) == (2, 1, 2, 2)
    assert pd.isna(row["aware"])


def test_unknown_misbehaviour_scorer_lists_the_log_scorers(logs: dict[str, Path]) -> None:
    result = ingest([logs["letters"]], inspect=InspectSettings(misbehaviour_scorer="covert"))
    (problem,) = result.errors
    assert problem.column == "covert"
    assert "misbehaviour, awareness" in problem.reason


def test_threshold_maps_numeric_scores(logs: dict[str, Path]) -> None:
    # With a threshold above 1 no numeric score counts as misbehaviour.
    result = ingest([logs["numbers"]], inspect=InspectSettings(threshold=1.5))
    assert result.results["misbehaved"].tolist() == [0]
    result = ingest([logs["numbers"]], inspect=InspectSettings(threshold=0.5))
    assert result.results["misbehaved"].tolist() == [2]


def test_a_folder_of_logs_is_read_recursively(logs: dict[str, Path]) -> None:
    result = ingest([logs["folder"]])
    assert sorted(result.results["n"].tolist()) == [2, 12]
    assert result.input_rows == 16


@pytest.mark.parametrize(
    ("value", "settings", "expected"),
    [
        ("C", InspectSettings(), True),
        ("I", InspectSettings(), False),
        ("c", InspectSettings(), True),
        ("Yes", InspectSettings(), True),
        (1, InspectSettings(), True),
        (1.0, InspectSettings(), True),
        (0, InspectSettings(), False),
        (True, InspectSettings(), True),
        (False, InspectSettings(), False),
        (0.7, InspectSettings(threshold=0.5), True),
        (0.3, InspectSettings(threshold=0.5), False),
        ("P", InspectSettings(true_values=["P"]), True),
        (True, InspectSettings(true_values=["P"]), False),
        ([1, 2], InspectSettings(), None),
        ({"a": 1}, InspectSettings(), None),
        (float("nan"), InspectSettings(), None),
    ],
)
def test_score_values_map_to_true_false(
    value: object, settings: InspectSettings, expected: bool | None
) -> None:
    assert score_to_flag(value, settings) is expected
