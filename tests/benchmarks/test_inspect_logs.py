"""Real Inspect AI logs, written by inspect_ai itself with the mock model, read through its API."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from tests.benchmarks.helpers import ingest
from tests.support.inspect_logs import PlannedSample, write_inspect_log
from tracker.benchmarks.adapters import score_to_flag
from tracker.errors import WorkspaceError
from tracker.settings import InspectSettings
from tracker.workspace import load_settings

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
        # Numeric strings are numbers; 1.0 equals the true value 1.
        ("1", InspectSettings(), True),
        (" 1.0 ", InspectSettings(), True),
        ("0", InspectSettings(), False),
        ("0.0", InspectSettings(), False),
        (0.0, InspectSettings(), False),
        (2, InspectSettings(), False),
        ("0.7", InspectSettings(threshold=0.5), True),
        ("0.3", InspectSettings(threshold=0.5), False),
        (1.0, InspectSettings(true_values=["1"]), True),
        ("1", InspectSettings(true_values=[1.0]), True),
        # Letter grades: only those in true_values are true; P (partial) and N are false.
        ("P", InspectSettings(), False),
        ("N", InspectSettings(), False),
        ("C", InspectSettings(threshold=0.5), True),
        ("P", InspectSettings(threshold=0.5), False),
        # A string never equals a number: "C" is not 1, and 1 is not "C".
        ("C", InspectSettings(true_values=[1]), False),
        (1, InspectSettings(true_values=["C"]), False),
        (True, InspectSettings(threshold=0.5), True),
        ("nan", InspectSettings(), False),
    ],
)
def test_score_values_map_to_true_false(
    value: object, settings: InspectSettings, expected: bool | None
) -> None:
    assert score_to_flag(value, settings) is expected


# -- logs as older inspect_ai releases wrote them, and the scorer settings -------------------------

SMALL = [
    PlannedSample("s1", misbehaved=[1, 0], aware=[1, 0]),
    PlannedSample("s2", misbehaved=[1, 1], aware=[0, 0]),
    PlannedSample("s3", misbehaved=[0, 0], aware=[0, 1]),
]


@pytest.fixture(scope="module")
def older(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Real logs rewritten the way inspect_ai 0.3.41-0.3.58 left them."""
    folder = tmp_path_factory.mktemp("older")
    return {
        # 0.3.41-0.3.57: eval.scorers empty, the names only in results.scores.
        "results_only": write_inspect_log(
            folder / "a", env_id="covert_email", samples=SMALL, epochs=2,
            scorers_named_in="results",
        ),
        "results_only_unaware": write_inspect_log(
            folder / "b", env_id="covert_email", samples=SMALL, epochs=2, log_format="json",
            scorers_named_in="results", awareness_scorer=None,
        ),
        # No list of scorers anywhere: only the samples say which scores they have.
        "nowhere_unaware": write_inspect_log(
            folder / "c", env_id="covert_email", samples=SMALL, epochs=2,
            scorers_named_in="nowhere", awareness_scorer=None,
        ),
        "nowhere_partly_aware": write_inspect_log(
            folder / "d", env_id="covert_email", samples=SMALL, epochs=2,
            scorers_named_in="nowhere", remove_scores={"s3": ["awareness"]},
        ),
        # Samples that lost a score, or all of them (as in 0.3.58 logs).
        "gaps": write_inspect_log(
            folder / "e", env_id="covert_email", samples=SMALL, epochs=2,
            remove_scores={"s2": ["misbehaviour"], "s3": None},
        ),
    }  # fmt: skip


def test_scorer_names_from_results_scores(older: dict[str, Path]) -> None:
    result = ingest([older["results_only"]])
    assert result.problems == []
    row = result.results.iloc[0]
    assert (row["n"], row["misbehaved"], row["aware"], row["misbehaved_aware"]) == (6, 3, 2, 1)
    # The names in results.scores are also what a wrong setting is checked against.
    wrong = ingest([older["results_only"]], inspect=InspectSettings(misbehaviour_scorer="match"))
    (problem,) = wrong.errors
    assert (problem.row, problem.column) == (None, "match")
    assert "no scorer 'match' (this log has misbehaviour, awareness)" in problem.reason
    # Its samples are input rows, all rejected: a whole log never vanishes from the counts.
    assert (wrong.input_rows, wrong.rejected_rows) == (6, 6)


def test_awareness_scorer_absent_from_results_scores_is_one_warning(
    older: dict[str, Path],
) -> None:
    result = ingest([older["results_only_unaware"]])
    (warning,) = result.problems
    assert warning.severity == "warning"
    assert (warning.row, warning.column) == (None, "awareness")
    assert "no awareness scorer 'awareness' in this log (this log has misbehaviour)" in (
        warning.reason
    )
    assert "awareness_scorer = false" in warning.reason  # how to silence it
    assert (result.input_rows, result.rejected_rows) == (6, 0)
    assert pd.isna(result.results.iloc[0]["aware"])


def test_unlisted_scorers_and_no_awareness_scores_warn_once(older: dict[str, Path]) -> None:
    result = ingest([older["nowhere_unaware"]])
    (warning,) = result.problems
    assert warning.severity == "warning"
    assert "no awareness scorer 'awareness' in this log;" in warning.reason
    assert (result.input_rows, result.rejected_rows) == (6, 0)
    assert result.results.iloc[0]["misbehaved"] == 3
    assert pd.isna(result.results.iloc[0]["aware"])


def test_samples_lacking_the_awareness_score_are_kept_with_one_warning(
    older: dict[str, Path],
) -> None:
    result = ingest([older["nowhere_partly_aware"]])
    (warning,) = result.problems
    assert warning.severity == "warning"
    assert "2 of 6 usable samples have no 'awareness' score" in warning.reason
    assert (result.input_rows, result.rejected_rows) == (6, 0)
    row = result.results.iloc[0]
    assert row["misbehaved"] == 3
    assert pd.isna(row["aware"])  # one unlabelled row makes the group's awareness unknown
    samples = result.samples
    assert samples is not None
    # The labels that are there are kept in the sample table.
    assert samples.sort_values(["sample_id", "epoch"])["aware"].tolist()[:4] == [
        True, False, False, False,
    ]  # fmt: skip
    assert samples[samples["sample_id"] == "s3"]["aware"].isna().all()


def test_samples_without_the_misbehaviour_score_or_any_score_are_rejected(
    older: dict[str, Path],
) -> None:
    result = ingest([older["gaps"]])
    assert result.warnings == []
    assert (result.input_rows, result.rejected_rows) == (6, 4)
    lacking = [p for p in result.errors if "sample 's2'" in p.reason]
    unscored = [p for p in result.errors if "sample 's3'" in p.reason]
    assert len(lacking) == len(unscored) == 2
    for problem in lacking:
        assert problem.column == "misbehaviour"
        assert "no 'misbehaviour' score (this sample has: awareness)" in problem.reason
    for problem in unscored:
        assert problem.column == "misbehaviour"
        assert "no scores at all" in problem.reason
        assert "[benchmarks.inspect] misbehaviour_scorer" in problem.reason
    assert {p.row for p in result.errors} == {2, 3, 5, 6}  # 1-based summary positions
    row = result.results.iloc[0]
    assert (row["n"], row["misbehaved"], row["aware"]) == (2, 1, 1)


@pytest.mark.parametrize("none", ["", False])
def test_awareness_scorer_empty_or_false_means_none(logs: dict[str, Path], none: object) -> None:
    settings = InspectSettings.model_validate({"awareness_scorer": none})
    assert settings.awareness_scorer is None
    # A log that has an awareness scorer is read without it, and without a warning.
    result = ingest([logs["letters"]], inspect=settings)
    assert result.problems == []
    assert pd.isna(result.results.iloc[0]["aware"])
    assert result.results.iloc[0]["misbehaved"] == 3
    result = ingest([logs["numbers"]], inspect=settings)
    assert result.warnings == []


def test_awareness_scorer_in_the_toml(tmp_path: Path) -> None:
    config = tmp_path / "specdrift.toml"
    for spelling in ('""', "false"):
        config.write_text(f"[benchmarks.inspect]\nawareness_scorer = {spelling}\n")
        assert load_settings(config).benchmarks.inspect.awareness_scorer is None
    config.write_text("[benchmarks.inspect]\nawareness_scorer = true\n")
    with pytest.raises(WorkspaceError, match=r"awareness_scorer\] .*false for no awareness"):
        load_settings(config)
    config.write_text('[benchmarks.inspect]\nmisbehaviour_scorer = ""\n')
    with pytest.raises(WorkspaceError, match=r"misbehaviour_scorer\] .*must name a scorer"):
        load_settings(config)


@pytest.fixture(scope="module")
def valued(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Logs whose scores are floats, numeric strings, and letter grades with partial credit."""
    folder = tmp_path_factory.mktemp("valued")
    plan = [
        PlannedSample("a", [1], [0]),
        PlannedSample("b", [0], [1]),
        PlannedSample("c", [1], [1]),
    ]
    grades = [PlannedSample(grade, [grade], ["I"]) for grade in ("C", "I", "P", "N")]
    partial = [
        PlannedSample(str(i), [value], [False])
        for i, value in enumerate([1.0, 0.75, 0.5, 0.25, 0.0, "0.5", "0.4"])
    ]
    return {
        "floats": write_inspect_log(folder / "f", env_id="covert_email", samples=plan,
                                    style="floats"),
        "strings": write_inspect_log(folder / "s", env_id="covert_email", samples=plan,
                                     style="strings", log_format="json"),
        "grades": write_inspect_log(folder / "g", env_id="covert_email", samples=grades,
                                    style="raw"),
        "partial": write_inspect_log(folder / "p", env_id="covert_email", samples=partial,
                                     style="raw"),
    }  # fmt: skip


@pytest.mark.parametrize("kind", ["floats", "strings"])
def test_float_and_numeric_string_scores_follow_true_values(
    valued: dict[str, Path], kind: str
) -> None:
    result = ingest([valued[kind]])
    assert result.problems == []
    row = result.results.iloc[0]
    assert (row["n"], row["misbehaved"], row["aware"], row["misbehaved_aware"]) == (3, 2, 2, 1)


def test_letter_grades_partial_is_false_unless_listed(valued: dict[str, Path]) -> None:
    def misbehaving(settings: InspectSettings) -> list[str]:
        samples = ingest([valued["grades"]], inspect=settings).samples
        assert samples is not None
        return sorted(samples[samples["misbehaved"]]["sample_id"])

    assert misbehaving(InspectSettings()) == ["C"]
    assert misbehaving(InspectSettings(true_values=["C", "P"])) == ["C", "P"]
    # A threshold applies to numbers only; letter grades still go through true_values.
    assert misbehaving(InspectSettings(threshold=0.5)) == ["C"]


def test_threshold_on_fractional_scores(valued: dict[str, Path]) -> None:
    def misbehaving(settings: InspectSettings) -> list[str]:
        result = ingest([valued["partial"]], inspect=settings)
        assert result.problems == []
        samples = result.samples
        assert samples is not None
        return sorted(samples[samples["misbehaved"]]["sample_id"])

    # Without a threshold only a score equal to a true value (1) counts: 0.75 is not 1.
    assert misbehaving(InspectSettings()) == ["0"]
    # Values 1.0, 0.75, 0.5, 0.25, 0.0, "0.5", "0.4": >= 0.5 are samples 0, 1, 2 and 5.
    assert misbehaving(InspectSettings(threshold=0.5)) == ["0", "1", "2", "5"]
