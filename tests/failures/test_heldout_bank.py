"""The held-out bank is its own: new topics, new styles, no word shared by a true pair."""

from __future__ import annotations

import itertools
import string

import numpy as np
import pytest

from tests.failures.heldout_bank import (
    HELDOUT_BANK,
    HELDOUT_NOISE,
    HELDOUT_SLOTS,
    HELDOUT_STYLES,
    HELDOUT_TABLES,
    heldout_frame,
)
from tests.failures.histories import ALL_STYLES, make_history
from tests.failures.splits import DEV_SEEDS, FIT_SEEDS, HELDOUT_SEEDS, TEST_SEEDS
from tests.failures.styles import NOISE, TABLES, generate_styled_history, true_pair_overlap
from tests.failures.topics import DISTRACTOR_TOPICS, TOPICS
from tracker.failures.lexical import tokens


def _fillings(template: str) -> list[str]:
    """Every way the template's slots can be filled."""
    names = sorted({name for _, name, _, _ in string.Formatter().parse(template) if name})
    return [
        template.format(**dict(zip(names, values, strict=True)))
        for values in itertools.product(*(HELDOUT_SLOTS[name] for name in names))
    ]


def test_bank_sizes() -> None:
    assert len(HELDOUT_TABLES) >= 12
    assert len(HELDOUT_STYLES) >= 3
    assert len({table.key for table in HELDOUT_TABLES}) == len(HELDOUT_TABLES)
    for table in HELDOUT_TABLES:
        assert set(table.incidents) == set(table.refinement_incidents) == set(HELDOUT_STYLES)
        for style in HELDOUT_STYLES:
            assert len(set(table.incidents[style])) >= 8, (table.key, style)
            assert len(set(table.refinement_incidents[style])) >= 3, (table.key, style)
    assert len(HELDOUT_NOISE) >= 5
    for env, by_style in HELDOUT_NOISE.items():
        assert set(by_style) == set(HELDOUT_STYLES), env
        assert all(len(set(by_style[style])) >= 3 for style in HELDOUT_STYLES), env


def test_nothing_is_shared_with_the_old_banks() -> None:
    old_keys = {t.key for t in TABLES} | {t.key for t in (*TOPICS, *DISTRACTOR_TOPICS)}
    old_envs = {env for t in (*TABLES, *TOPICS, *DISTRACTOR_TOPICS) for env in t.envs} | set(NOISE)
    keys = {table.key for table in HELDOUT_TABLES}
    envs = [env for table in HELDOUT_TABLES for env in table.envs]
    assert not keys & old_keys
    assert not set(envs) & old_envs
    assert not set(HELDOUT_NOISE) & old_envs
    # An environment belongs to one topic, and noise environments to none.
    assert len(set(envs)) == len(envs)
    assert not set(HELDOUT_NOISE) & set(envs)
    assert not set(HELDOUT_STYLES) & set(ALL_STYLES)


def test_no_true_pair_shares_a_content_word() -> None:
    """Each report, with every slot filling and environment, against all its topic's wordings."""
    checked = 0
    for table in HELDOUT_TABLES:
        clause_words = set(tokens(" ".join((table.title, *table.rules, table.refinement))))
        assert len(clause_words) >= 10, table.key
        for style in HELDOUT_STYLES:
            for template in (*table.incidents[style], *table.refinement_incidents[style]):
                for filled, env in itertools.product(_fillings(template), table.envs):
                    report = heldout_frame(style, env, 17, filled)
                    shared = clause_words & set(tokens(report))
                    assert not shared, (table.key, style, report, sorted(shared))
                    checked += 1
    assert checked > 1000


@pytest.mark.parametrize("style", HELDOUT_STYLES)
def test_histories_build_without_shared_words_and_are_deterministic(style: str) -> None:
    seeds = HELDOUT_SEEDS[:6]
    for seed in seeds:
        history = make_history(style, seed)
        again = make_history(style, seed)
        assert again.failures == history.failures
        assert again.truth == history.truth
        assert again.lineage.changes == history.lineage.changes
        assert true_pair_overlap(history) == (0.0, 0.0)
        envs = {failure.env_id for failure in history.failures}
        assert envs & set(HELDOUT_NOISE), "noise reports are generated"
        true_ids = {failure_id for _, failure_id, _ in history.truth}
        assert len(true_ids) >= 16, "every patch answers some reports"
        by_key = {table.key: set(table.envs) for table in HELDOUT_TABLES}
        by_id = {failure.failure_id: failure for failure in history.failures}
        assert all(by_id[f].env_id in by_key[key] for key, f, _ in history.truth)
    summaries = [tuple(f.summary for f in make_history(style, seed).failures) for seed in seeds]
    assert len(set(summaries)) == len(seeds)


def test_held_out_seeds_are_apart_from_every_other_split() -> None:
    assert not set(HELDOUT_SEEDS) & (set(FIT_SEEDS) | set(DEV_SEEDS) | set(TEST_SEEDS))
    assert len(HELDOUT_SEEDS) == 24


def test_a_style_is_generated_only_from_its_own_bank() -> None:
    with pytest.raises(ValueError, match="unknown style 'ticket'"):
        generate_styled_history(np.random.default_rng(0), "ticket")
    with pytest.raises(ValueError, match="unknown style 'oncall'"):
        generate_styled_history(np.random.default_rng(0), "oncall", bank=HELDOUT_BANK)
