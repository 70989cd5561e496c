"""A results-only workspace from the anti-scheming paper's Fig. 9 (../shared/corpora).

``covert_action_rates.csv`` holds percents of covert actions for 20 test evaluations, o4-mini and
o3, before and after anti-scheming training. The paper does not publish per-evaluation sample
sizes, so every evaluation gets ``N_PER_EVALUATION`` samples and ``misbehaved = round(percent *
N / 100)``: 1.7% is 17/1000. Two runs per model: before training and after it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FIG9_CSV = (
    PROJECT_ROOT.parent / "shared" / "corpora" / "anti-scheming-fig9" / "covert_action_rates.csv"
)
N_PER_EVALUATION = 1000
BEFORE_DATE = "2025-01-01"
AFTER_DATE = "2025-06-01"
MODELS: dict[str, str] = {"o4-mini": "o4mini", "o3": "o3"}
"""Model name in the results -> prefix of its columns in the corpus CSV."""


@dataclass(frozen=True)
class Evaluation:
    """One row of Fig. 9: an evaluation and its percents per model, before and after."""

    name: str
    env_id: str
    before: dict[str, float]
    """Model -> percent before training."""
    after: dict[str, float]
    """Model -> percent after training."""


def slug(name: str) -> str:
    """``Email Scoring (No Nudge)`` -> ``email_scoring_no_nudge``."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def read_fig9(path: Path = FIG9_CSV) -> list[Evaluation]:
    """The corpus rows, in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Evaluation(
            name=row["evaluation"],
            env_id=slug(row["evaluation"]),
            before={m: float(row[f"{p}_before"]) for m, p in MODELS.items()},
            after={m: float(row[f"{p}_after"]) for m, p in MODELS.items()},
        )
        for row in rows
    ]


def run_id(model: str, phase: str) -> str:
    """The run id of ``model`` before or after training (``phase`` is "before" or "after")."""
    return f"{model}-{phase}"


def count(percent: float, n: int = N_PER_EVALUATION) -> int:
    """Misbehaving samples of ``n`` at ``percent``: 1.7% of 1000 is 17."""
    return round(percent * n / 100)


def fig9_rows(
    evaluations: list[Evaluation] | None = None,
    n: int = N_PER_EVALUATION,
    aware: int | None = None,
) -> list[dict[str, str | int]]:
    """Aggregate result rows: per model, a run before and a run after, one row per evaluation.

    ``aware`` adds an ``aware`` column with that count in every row (flat awareness); the paper
    gives awareness only as a mean over evaluations, so by default there is none.
    """
    evaluations = read_fig9() if evaluations is None else evaluations
    rows: list[dict[str, str | int]] = []
    for model in MODELS:
        for phase, date in (("before", BEFORE_DATE), ("after", AFTER_DATE)):
            for evaluation in evaluations:
                percent = (evaluation.before if phase == "before" else evaluation.after)[model]
                row: dict[str, str | int] = {
                    "run_id": run_id(model, phase),
                    "model": model,
                    "date": date,
                    "env_id": evaluation.env_id,
                    "n": n,
                    "misbehaved": count(percent, n),
                }
                if aware is not None:
                    row["aware"] = aware
                rows.append(row)
    return rows


def write_fig9_results(path: Path, n: int = N_PER_EVALUATION, aware: int | None = None) -> Path:
    """Write the aggregate rows to ``path`` (CSV) and return it."""
    rows = fig9_rows(n=n, aware=aware)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_fig9_workspace(folder: Path, n: int = N_PER_EVALUATION, aware: int | None = None) -> Path:
    """A results-only workspace: ``specdrift.toml`` naming ``results.csv`` and nothing else."""
    folder.mkdir(parents=True, exist_ok=True)
    write_fig9_results(folder / "results.csv", n=n, aware=aware)
    (folder / "specdrift.toml").write_text(
        '[benchmarks]\nresults = ["results.csv"]\n', encoding="utf-8"
    )
    return folder
