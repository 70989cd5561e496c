"""Shared helpers for the ingest tests: read with default settings and check the row invariant."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tracker.benchmarks.ingest import IngestResult, read_results
from tracker.benchmarks.models import RESULT_COLUMNS, SAMPLE_COLUMNS, Environment
from tracker.settings import InspectSettings
from tracker.spec.models import SpecVersion

CATALOG = [
    Environment(
        env_id="sandbagging_qa", name="Sandbagging QA", category="sandbagging", split="test"
    ),
    Environment(env_id="covert_email", name="Covert email", category="covert_action", split="test"),
]

AGGREGATE_HEADER = "run_id,model,date,spec_version,env_id,n,misbehaved,aware,misbehaved_aware"
SAMPLE_HEADER = "run_id,model,date,env_id,sample_id,epoch,misbehaved,aware"


def ingest(
    paths: Sequence[Path],
    *,
    environments: Sequence[Environment] = CATALOG,
    inspect: InspectSettings | None = None,
    versions: Sequence[SpecVersion] = (),
    strict: bool = False,
) -> IngestResult:
    """``read_results`` with the test catalog, checking the invariants every result must keep."""
    result = read_results(
        paths,
        environments=environments,
        inspect=inspect or InspectSettings(),
        versions=versions,
        strict=strict,
    )
    assert tuple(result.results.columns) == RESULT_COLUMNS
    assert result.ingested_rows + result.rejected_rows == result.input_rows
    aggregate_rows = int(result.results["n_ids"].isna().sum())
    sample_rows = 0 if result.samples is None else len(result.samples)
    assert aggregate_rows + sample_rows == result.ingested_rows
    if result.samples is not None:
        assert tuple(result.samples.columns) == SAMPLE_COLUMNS
        assert int(result.results["n"][result.results["n_ids"].notna()].sum()) == sample_rows
    return result


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
