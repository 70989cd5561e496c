"""Trailers have one home, ``SpecVersion.trailer``: linking, patches and the review read them
through it, so a trailer typed by hand (``Prompted-By``, a comma list, a repeat) means the same
thing everywhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from tests.support.gitrepo import GitRepo
from tracker.failures.patches import build_patches
from tracker.history.importer import build_message
from tracker.history.reader import read_spec_versions
from tracker.reports.review import build_review
from tracker.reports.sources import review_inputs
from tracker.settings import LinkSettings, SpecSettings
from tracker.spec.lineage import build_lineage
from tracker.spec.models import PROMPTED_BY, TARGETS_ENV, SpecVersion, parse_trailers

MakeRepo = Callable[[str], GitRepo]


def _version(trailers: dict[str, list[str]]) -> SpecVersion:
    return SpecVersion(
        commit="a" * 40,
        author="t",
        date=datetime(2026, 1, 1, tzinfo=UTC),
        message="m",
        trailers=trailers,
    )


def test_trailer_values_match_without_case_split_commas_and_drop_repeats() -> None:
    version = _version(
        {"prompted-by": ["F-2, F-1", "F-2"], "Targets-Env": ["env_b,", " env_a"], "X": ["y"]}
    )
    assert version.prompted_by == ["F-2", "F-1"]
    assert version.targets_env == ["env_b", "env_a"]
    assert version.trailer("x") == ["y"]
    assert version.trailer("Reviewed-by") == []


def test_the_message_the_importer_writes_parses_back_to_the_same_trailers() -> None:
    message = build_message("Add AS3", ["F-1", "F-2"], ["env_a"])
    trailer_lines = message.split("\n\n", 1)[1]
    assert parse_trailers(trailer_lines) == {PROMPTED_BY: ["F-1", "F-2"], TARGETS_ENV: ["env_a"]}


def test_hand_typed_trailers_mean_the_same_to_patches_and_to_the_review(
    make_repo: MakeRepo,
) -> None:
    repo = make_repo("spec")
    base = repo.commit("start", files={"spec.md": "# Logs {#logs}\n\nKeep logs.\n"})
    repo.commit(
        "Tighten logs\n\nPrompted-By: F-2,F-1\nprompted-by: F-2\ntargets-env: env_b",
        date="2026-02-01T12:00:00+00:00",
        files={"spec.md": "# Logs {#logs}\n\nKeep every log line.\n"},
    )
    versions = read_spec_versions(repo.path, ["spec.md"])
    latest = versions[-1].version
    assert latest.prompted_by == ["F-2", "F-1"]
    assert latest.targets_env == ["env_b"]

    patches = build_patches(versions, build_lineage(versions), [], [], LinkSettings())
    assert [(p.clauses[0].clause_id, p.targets) for p in patches] == [("logs", ["env_b"])]

    inputs = review_inputs(
        base, "HEAD", SpecSettings(files=["spec.md"]), workspace=None, repo=repo.path
    )
    (clause,) = build_review(inputs).clauses
    assert [(f.failure_id, f.origin) for f in clause.failures] == [
        ("F-1", "trailer"),
        ("F-2", "trailer"),
    ]
    assert [(t.env_id, t.reason) for t in clause.targets] == [("env_b", TARGETS_ENV)]
