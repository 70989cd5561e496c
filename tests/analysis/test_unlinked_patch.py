"""A spec change between the windows that no link ties to the environment is named, never
guessed (issue 11, item 4): cause ``unlinked-patch``, and the candidates ``links propose``
lists first."""

from __future__ import annotations

from datetime import timedelta

from tests.analysis.tables import checkpoint, env_rows, patch, results_table
from tests.analysis.test_verdicts import (
    CONTROLS,
    ENVIRONMENTS,
    FLAT_AWARE,
    PATCH_DATE,
    SETTINGS,
    TARGET,
    flag_of,
    flat_controls,
)
from tracker.analysis.verdicts import assess_all, compute_flags, missing_link_candidates
from tracker.failures.models import Failure

UNLINKED = patch("full_effort", [], PATCH_DATE, failures=0)
DROP = [180, 175, 185, 180, 0, 0]


def _failure(failure_id: str, env_id: str, days_before: int) -> Failure:
    return Failure(
        failure_id=failure_id,
        date=PATCH_DATE - timedelta(days=days_before),
        env_id=env_id,
        model="m1",
        summary="sandbagged on purpose",
    )


def test_a_specific_drop_after_an_unlinked_patch_names_clause_and_commit() -> None:
    table = results_table(env_rows(TARGET, DROP, aware=FLAT_AWARE), *flat_controls())
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [UNLINKED], SETTINGS))
    assert flag.verdict == "insufficient-evidence"
    assert flag.clauses == []
    named = [c.evidence for c in flag.causes if c.cause == "unlinked-patch"]
    assert named == [
        "a spec change landed between the windows: clause full_effort in abc1234; the drop is "
        "specific to this environment (drop q < 0.001; controls p = 0.522, no significant "
        "drop), but no link targets it; confirm a link with `specdrift links confirm`"
    ]
    assert named[0] in flag.evidence
    # It replaces the vaguer "a patch with no link to this environment" reason.
    assert not any("a patch with no link" in c.evidence for c in flag.causes)


def test_the_same_drop_with_the_patch_linked_is_patch_driven_and_names_nothing() -> None:
    table = results_table(env_rows(TARGET, DROP, aware=FLAT_AWARE), *flat_controls())
    linked = patch("full_effort", [TARGET], PATCH_DATE)
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [linked], SETTINGS))
    assert flag.verdict == "patch-driven"
    assert all(c.cause != "unlinked-patch" for c in flag.causes)


def test_controls_that_dropped_too_name_no_spec_change() -> None:
    # No awareness counts: broad-improvement is ruled out, so the verdict stays
    # insufficient-evidence while the controls fell significantly.
    falling = [90, 92, 88, 90, 3, 2]
    table = results_table(env_rows(TARGET, DROP), *[env_rows(e, falling) for e in CONTROLS])
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [UNLINKED], SETTINGS))
    assert flag.verdict == "insufficient-evidence"
    assert flag.details.control is not None
    assert flag.details.control.drop_p < SETTINGS.p_level
    assert all(c.cause != "unlinked-patch" for c in flag.causes)
    assessments = assess_all(table, ENVIRONMENTS, [UNLINKED], SETTINGS)
    failures = [_failure("F-1", TARGET, 10)]
    assert missing_link_candidates(assessments, failures, SETTINGS, 120) == []


def test_a_patch_before_the_baseline_is_not_between_the_windows() -> None:
    table = results_table(env_rows(TARGET, DROP, aware=FLAT_AWARE), *flat_controls())
    early = patch("full_effort", [], checkpoint(0) - timedelta(days=5), failures=0)
    flag = flag_of(compute_flags(table, ENVIRONMENTS, [early], SETTINGS))
    assert flag.verdict == "insufficient-evidence"
    assert all(c.cause != "unlinked-patch" for c in flag.causes)


def test_candidates_pair_the_clause_with_the_environments_recent_failures() -> None:
    table = results_table(env_rows(TARGET, DROP, aware=FLAT_AWARE), *flat_controls())
    assessments = assess_all(table, ENVIRONMENTS, [UNLINKED], SETTINGS)
    failures = [
        _failure("F-old", TARGET, 200),  # beyond the lookback
        _failure("F-1", TARGET, 30),
        _failure("F-2", TARGET, 5),
        _failure("F-other", "covert_email", 5),  # another environment
    ]
    found = missing_link_candidates(assessments, failures, SETTINGS, 120)
    assert [(m.clause.clause_id, m.patch.commit, m.failure.failure_id) for m in found] == [
        ("full_effort", "abc1234def5678", "F-2"),
        ("full_effort", "abc1234def5678", "F-1"),
    ]
