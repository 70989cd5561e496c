"""Write a scenario to a folder as a complete workspace (the simulator's only I/O edge).

Layout (paths relative to the destination)::

    specdrift.toml
    spec/                       a real git repository, one dated commit per spec version
    benchmarks/environments.csv
    benchmarks/results.csv      aggregates with aware and misbehaved_aware (form "joint")
    benchmarks/results_aggregate.csv   aggregates with aware only (form "aggregate")
    benchmarks/results_bare.csv        aggregates without awareness (form "bare")
    benchmarks/samples.csv      sample rows with reasoning text (form "samples")
    benchmarks/failures.jsonl
    links.csv                   confirmed links of patches committed without trailers
    truth.json                  the ground truth

Only the result files of forms present are written. Git commits carry fixed author, committer and
dates, so the same scenario always gives the same commit shas.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from tracker.history.git import GitRepo
from tracker.history.repository import export_spec_repo
from tracker.simulate.generate import Scenario
from tracker.simulate.spec_doc import SpecCommit

AUTHOR = ("Spec Author", "spec-author@example.invalid")
_RESULT_FILES = {
    "joint": ("results.csv", ("aware", "misbehaved_aware")),
    "aggregate": ("results_aggregate.csv", ("aware",)),
    "bare": ("results_bare.csv", ()),
}
_BASE_COLUMNS = ("run_id", "model", "date", "env_id", "n", "misbehaved")


@dataclass(frozen=True)
class WorkspaceLayout:
    """Where the parts of a written workspace go, relative to its root."""

    spec_repo: str = "spec"
    spec_file: str = "spec.md"
    benchmarks: str = "benchmarks"
    links: str = "links.csv"
    truth: str = "truth.json"
    export: str | None = None
    """Also write a ``git fast-export`` stream of the spec repository here."""
    clause_marker: str = r"^(?P<id>(AS|GP)\d+)\b"


def iso(when: datetime | pd.Timestamp) -> str:
    """UTC ISO 8601 with a Z, the form every written file uses."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_spec_repo(commits: tuple[SpecCommit, ...], repo: Path, spec_file: str) -> list[str]:
    """A fresh git repository with one commit per spec version; returns the commit shas."""
    repo.mkdir(parents=True, exist_ok=True)
    base_env = {
        **os.environ,
        "GIT_AUTHOR_NAME": AUTHOR[0],
        "GIT_AUTHOR_EMAIL": AUTHOR[1],
        "GIT_COMMITTER_NAME": AUTHOR[0],
        "GIT_COMMITTER_EMAIL": AUTHOR[1],
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }

    spec_git = GitRepo(repo)

    def git(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> str:
        given = stdin.encode() if stdin is not None else None
        return spec_git.run(*args, env=env or base_env, input_bytes=given).decode().strip()

    git("init", "-q", "-b", "main")
    shas = []
    for commit in commits:
        (repo / spec_file).write_text(commit.text, encoding="utf-8")
        git("add", spec_file)
        stamp = iso(commit.date)
        env = {**base_env, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        git("commit", "-q", "--no-gpg-sign", "-F", "-", env=env, stdin=commit.message)
        shas.append(git("rev-parse", "HEAD"))
    return shas


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _cell(value: object) -> object:
    """Dates as ISO text, counts as integers (pandas stores a column with gaps as float)."""
    if isinstance(value, pd.Timestamp | datetime):
        return iso(value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return "" if value != value else int(value)
    return "" if value is None else value


def write_benchmarks(scenario: Scenario, folder: Path) -> list[str]:
    """Environments, result files and failures; returns the result file names written."""
    plan = scenario.plan
    _write_csv(
        folder / "environments.csv",
        ["env_id", "name", "category", "split", "variant_of", "description"],
        [
            [e.env_id, e.name, e.category, e.split, e.variant_of or "", e.description]
            for e in (plan_env.env for plan_env in plan.envs)
        ],
    )
    forms = {e.env.env_id: e.form for e in plan.envs}
    written: list[str] = []
    for form, (name, extra) in _RESULT_FILES.items():
        rows = scenario.results[[forms[e] == form for e in scenario.results["env_id"]]]
        if rows.empty:
            continue
        columns = [*_BASE_COLUMNS, *extra]
        _write_csv(
            folder / name,
            columns,
            [[_cell(v) for v in rec] for rec in rows[columns].itertuples(index=False)],
        )
        written.append(name)
    if not scenario.samples.empty:
        columns = ["run_id", "model", "date", "env_id", "sample_id", "epoch", "misbehaved"]
        columns += ["aware", "reasoning"]
        frame = scenario.samples[columns]
        _write_csv(
            folder / "samples.csv",
            columns,
            [[_cell(v) for v in rec] for rec in frame.itertuples(index=False)],
        )
        written.append("samples.csv")
    with (folder / "failures.jsonl").open("w", encoding="utf-8") as handle:
        for failure in scenario.failures:
            record = {
                "failure_id": failure.failure_id,
                "date": iso(failure.date),
                "env_id": failure.env_id,
                "model": failure.model,
                "summary": failure.summary,
                "excerpt": failure.excerpt,
            }
            handle.write(json.dumps(record) + "\n")
    return written


def write_links(scenario: Scenario, path: Path) -> None:
    """Confirmed links of patches committed without trailers, then curated rejections."""
    rows: list[list[object]] = []
    for commit in scenario.commits:
        if commit.patch is None or commit.patch.trailers:
            continue
        for failure_id in commit.failure_ids:
            rows.append([commit.patch.clause_id, failure_id, "confirmed", "curated by the team"])
    rows.extend(
        [clause_id, failure_id, "rejected", note]
        for clause_id, failure_id, note in scenario.rejections
    )
    _write_csv(path, ["clause_id", "failure_id", "status", "note"], rows)


def _toml(layout: WorkspaceLayout, result_files: list[str], header: str) -> str:
    results = ", ".join(f'"{layout.benchmarks}/{name}"' for name in result_files)
    export = f'export = "{layout.export}"\n' if layout.export else ""
    return (
        f"# {header or 'A workspace written by tracker.simulate.'}\n"
        "[spec]\n"
        f'repo = "{layout.spec_repo}"\n'
        f"{export}"
        f'files = ["{layout.spec_file}"]\n'
        f"clause_marker = '{layout.clause_marker}'\n\n"
        "[benchmarks]\n"
        f'environments = "{layout.benchmarks}/environments.csv"\n'
        f"results = [{results}]\n"
        f'failures = ["{layout.benchmarks}/failures.jsonl"]\n\n'
        "[links]\n"
        f'file = "{layout.links}"\n\n'
        "[analysis]\n"
    )


def write_workspace(
    scenario: Scenario, dest: Path, layout: WorkspaceLayout | None = None, header: str = ""
) -> list[str]:
    """Write the whole workspace into ``dest``; returns the spec commit shas, oldest first."""
    layout = layout or WorkspaceLayout()
    dest.mkdir(parents=True, exist_ok=True)
    repo = dest / layout.spec_repo
    if repo.exists():
        raise FileExistsError(f"{repo}: already exists; write into an empty folder")
    shas = write_spec_repo(scenario.commits, repo, layout.spec_file)
    if layout.export:
        export_spec_repo(repo, dest / layout.export)
    result_files = write_benchmarks(scenario, dest / layout.benchmarks)
    write_links(scenario, dest / layout.links)
    (dest / layout.truth).write_text(scenario.truth.to_json(), encoding="utf-8")
    (dest / "specdrift.toml").write_text(_toml(layout, result_files, header), encoding="utf-8")
    return shas
