"""Hand-built result tables for the analysis tests: monthly checkpoints, counts written out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pandas as pd
import pytest

from tracker.benchmarks.models import RESULT_COLUMNS, Environment
from tracker.failures.models import Link, Patch, PatchClause


def checkpoint(index: int) -> datetime:
    """The date of checkpoint ``index`` (0-based): the 1st of each month of 2026 at noon UTC."""
    return datetime(2026, 1 + index, 1, 12, tzinfo=UTC)


def env_rows(
    env_id: str,
    misbehaved: Sequence[int],
    n: int | Sequence[int] = 600,
    aware: Sequence[int] | None = None,
    joint: Sequence[int] | None = None,
    model: str = "m1",
    n_ids: Sequence[int] | None = None,
    epochs: int | None = None,
) -> list[dict[str, object]]:
    """One result row per checkpoint for one environment."""
    sizes = [n] * len(misbehaved) if isinstance(n, int) else list(n)
    rows = []
    for i, x in enumerate(misbehaved):
        rows.append(
            {
                "run_id": f"{model}-ckpt{i:02d}",
                "model": model,
                "date": pd.Timestamp(checkpoint(i)),
                "spec_version": None,
                "env_id": env_id,
                "n": sizes[i],
                "n_ids": n_ids[i] if n_ids is not None else pd.NA,
                "epochs": epochs if epochs is not None else pd.NA,
                "misbehaved": x,
                "aware": aware[i] if aware is not None else pd.NA,
                "misbehaved_aware": joint[i] if joint is not None else pd.NA,
                "source": "test",
            }
        )
    return rows


def results_table(*groups: list[dict[str, object]]) -> pd.DataFrame:
    """Concatenate env_rows groups into a results table with RESULT_COLUMNS."""
    rows = [row for group in groups for row in group]
    table = pd.DataFrame(rows, columns=list(RESULT_COLUMNS))
    for column in ("n_ids", "epochs", "aware", "misbehaved_aware"):
        table[column] = table[column].astype("Int64")
    table["date"] = pd.to_datetime(table["date"], utc=True)
    return table


def environment(
    env_id: str, category: str = "misc", split: str = "test", **extra: str
) -> Environment:
    return Environment(env_id=env_id, name=env_id, category=category, split=split, **extra)  # type: ignore[arg-type]


def patch(clause_id: str, targets: Sequence[str], date: datetime, failures: int = 3) -> Patch:
    """A patch with one added clause targeting ``targets``, prompted by ``failures`` failures."""
    links = [
        Link(
            clause_id=clause_id,
            failure_id=f"F-{i:04d}",
            version="abc1234def5678",
            env_id=targets[0],
            score=1.0,
            origin="trailer",
            status="confirmed",
        )
        for i in range(failures)
    ]
    clause = PatchClause(clause_id=clause_id, changes=["added"], targets=list(targets), links=links)
    return Patch(commit="abc1234def5678", date=date, clauses=[clause])


def printed(value: str) -> object:
    """``pytest.approx`` of a number as METHOD.md prints it: within half its last digit."""
    decimals = len(value.split(".")[1]) if "." in value else 0
    return pytest.approx(float(value), abs=0.5 * 10**-decimals, rel=0)
