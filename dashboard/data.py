"""The dashboard's data access: one object per app over a tracker ``Workspace``.

Pages and callbacks read everything through :class:`DashboardData`, which derives the tables
the charts need from the workspace's results, flags, patches and lineage once and keeps them.
The object is created by the app factory and stored on the Flask server's config, so page layouts
(called by Dash's router inside a request) find the data of *their* app; nothing is loaded when a
module is imported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeVar

import pandas as pd

from dashboard.derive import PatchMark, headline_series, latest_rates, patch_marks, run_rates
from dashboard.figures import Figure, env_rate_figure

if TYPE_CHECKING:
    from tracker.analysis.models import Flag
    from tracker.analysis.saturation_records import SaturationSummary
    from tracker.benchmarks.models import Environment
    from tracker.failures.models import Failure, Link, LinkDecision
    from tracker.spec.models import Clause, ClauseChange, ClauseHistory, ParsedVersion
    from tracker.workspace import Workspace

T = TypeVar("T")

CONFIG_KEY = "SPECDRIFT_DASHBOARD_DATA"
NO_VERDICT = "not at zero"
"""The verdict column's value for an environment and model line without a flag."""

ENV_TABLE_COLUMNS: tuple[str, ...] = (
    "env_id",
    "name",
    "category",
    "split",
    "model",
    "runs",
    "latest_rate",
    "latest_x",
    "latest_n",
    "latest_aware",
    "verdict",
    "patch_score",
    "awareness_score",
    "broad_score",
    "evidence",
)


def current_data() -> DashboardData:
    """The data of the app serving the current request (a page layout runs inside one)."""
    import flask

    data = flask.current_app.config.get(CONFIG_KEY)
    if not isinstance(data, DashboardData):
        raise RuntimeError("this server was not created by dashboard.create_app")
    return data


class DashboardData:
    """Derived, cached views of one workspace, safe to share between request threads."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        # Workspace properties compute on first use; two requests must not compute them twice.
        self._lock = threading.RLock()

    @contextmanager
    def locked(self) -> Iterator[Workspace]:
        with self._lock:
            yield self.workspace

    def _stored(self, name: str, compute: Callable[[], T], *, links: bool = True) -> T:
        """A page table from the workspace's derived cache (tracker.derived_cache), else
        computed and stored: a warm start-up reads the tables instead of the results files.
        The cache's key covers links.csv, so after a link decision a table that reads links is
        computed afresh; one that does not (``links=False``) is kept."""
        with self.locked() as ws:
            return ws.derived.get(f"dashboard.{name}", compute, keep_on_decision=not links)

    def _indexed(self, name: str, compute: Callable[[], T]) -> T:
        """An index over links or flags, kept in memory until a link decision changes them."""
        with self.locked() as ws:
            return ws.derived.memo(f"dashboard.{name}", compute)

    # -- benchmark results -------------------------------------------------------------------

    @cached_property
    def rates(self) -> pd.DataFrame:
        return self._stored(
            "rates",
            lambda: run_rates(self.workspace.results, self.workspace.ingest.awareness),
            links=False,
        )

    @cached_property
    def rates_by_env(self) -> dict[str, pd.DataFrame]:
        return {str(env): rows for env, rows in self.rates.groupby("env_id", sort=False)}

    @cached_property
    def headline(self) -> pd.DataFrame:
        return self._stored("headline", lambda: headline_series(self.rates), links=False)

    @cached_property
    def run_dates(self) -> dict[str, pd.Timestamp]:
        return {str(k): v for k, v in self.rates.groupby("run_id")["date"].min().items()}

    @cached_property
    def model_lines(self) -> list[str]:
        return sorted(self.rates["model"].unique().tolist())

    @cached_property
    def environments(self) -> dict[str, Environment]:
        with self.locked() as ws:
            return {env.env_id: env for env in ws.environments}

    def env_series(self, env_id: str) -> pd.DataFrame:
        empty = self.rates.iloc[0:0]
        return self.rates_by_env.get(env_id, empty)

    def env_figure(self, env_id: str, height: int, legend: bool = True) -> Figure:
        """``env_id``'s chart (:func:`dashboard.figures.env_rate_figure`), built once per
        environment and size: a filter that brings an environment back, the clause page and a
        revisit send the stored figure instead of rebuilding it per request (issue 18). The
        figure draws the patches, which read links, so the figures are kept like the indexes
        (until a link decision); callers must not modify one."""
        figures: dict[tuple[str, int, bool], Figure] = self._indexed("env_figures", dict)
        key = (env_id, height, legend)
        with self._lock:
            if key not in figures:
                figures[key] = env_rate_figure(
                    self.env_series(env_id),
                    self.marks,
                    env_id,
                    height=height,
                    legend=legend,
                    model_lines=self.model_lines,
                )
            return figures[key]

    def memo(self, name: str, compute: Callable[[DashboardData], T]) -> T:
        """A page's own derivation of this data (e.g. its sorted, formatted table), computed on
        first use and kept like the indexes: dropped by a link decision, since what it is
        derived from may read links."""
        return self._indexed(f"page.{name}", lambda: compute(self))

    # -- verdicts -----------------------------------------------------------------------------

    @property
    def flags(self) -> list[Flag]:
        with self.locked() as ws:
            return ws.flags

    @property
    def saturation(self) -> SaturationSummary:
        with self.locked() as ws:
            return ws.saturation_summary

    @property
    def flag_index(self) -> dict[tuple[str, str], Flag]:
        return self._indexed(
            "flag_index", lambda: {(flag.env_id, flag.model): flag for flag in self.flags}
        )

    def flag_date(self, flag: Flag) -> pd.Timestamp | None:
        """When the flag's current window ends (its latest run)."""
        dates = [self.run_dates[r] for r in flag.current.runs if r in self.run_dates]
        return max(dates) if dates else None

    @property
    def env_table(self) -> pd.DataFrame:
        """One row per environment and model line: catalog fields, latest rate, verdict, scores."""
        return self._stored("env_table", self._env_table)

    def _env_table(self) -> pd.DataFrame:
        latest = latest_rates(self.rates)
        runs = self.rates.groupby(["model", "env_id"]).size()
        rows = []
        for record in latest.to_dict("records"):
            env_id, model = str(record["env_id"]), str(record["model"])
            env = self.environments.get(env_id)
            flag = self.flag_index.get((env_id, model))
            aware = record["aware_rate"]
            rows.append(
                {
                    "env_id": env_id,
                    "name": env.name if env else env_id,
                    "category": env.category if env else "",
                    "split": env.split if env else "",
                    "model": model,
                    "runs": int(runs.get((model, env_id), 0)),
                    "latest_rate": float(record["rate"]),
                    "latest_x": int(record["misbehaved"]),
                    "latest_n": int(record["n"]),
                    "latest_aware": None if pd.isna(aware) else float(aware),
                    "verdict": flag.verdict if flag else NO_VERDICT,
                    "patch_score": flag.scores.patch if flag else None,
                    "awareness_score": flag.scores.awareness if flag else None,
                    "broad_score": flag.scores.broad if flag else None,
                    "evidence": flag.evidence[0] if flag and flag.evidence else "",
                }
            )
        frame = pd.DataFrame(rows, columns=list(ENV_TABLE_COLUMNS))
        return frame.sort_values(["env_id", "model"], ignore_index=True)

    @cached_property
    def categories(self) -> list[str]:
        return sorted({env.category for env in self.environments.values()})

    # -- spec ---------------------------------------------------------------------------------

    @property
    def versions(self) -> list[ParsedVersion]:
        with self.locked() as ws:
            return ws.versions

    def changes_in(self, commit: str) -> list[ClauseChange]:
        with self.locked() as ws:
            return list(ws.lineage.changes_in(commit))

    def clause_history(self, clause_id: str) -> ClauseHistory | None:
        """Everything that happened to a clause (by any of its ids), None if no version has it."""
        with self.locked() as ws:
            try:
                return ws.lineage.history(clause_id)
            except KeyError:
                return None

    def latest_clause(self, clause_id: str) -> tuple[Clause, ParsedVersion] | None:
        """The clause as the newest version that has it has it, with that version."""
        for parsed in reversed(self.versions):
            for clause in parsed.clauses:
                if clause.id == clause_id:
                    return clause, parsed
        return None

    @cached_property
    def versions_table(self) -> pd.DataFrame:
        """One row per spec version: commit, date, label, subject and its change counts by kind."""
        return self._stored("versions_table", self._versions_table, links=False)

    def _versions_table(self) -> pd.DataFrame:
        rows = []
        for parsed in self.versions:
            version = parsed.version
            changes = self.changes_in(version.commit)
            row: dict[str, object] = {
                "commit": version.commit,
                "short": version.short,
                "date": pd.Timestamp(version.date),
                "label": version.label,
                "subject": version.subject,
                "author": version.author,
                "clauses": len(parsed.clauses),
                "changes": len(changes),
            }
            for change in changes:
                row[change.kind] = int(row.get(change.kind, 0)) + 1  # type: ignore[call-overload]
            rows.append(row)
        return pd.DataFrame(rows)

    @property
    def marks(self) -> list[PatchMark]:
        return self._indexed("marks", lambda: patch_marks(self.workspace.patches))

    # -- failures and links ---------------------------------------------------------------------

    @property
    def failures(self) -> list[Failure]:
        with self.locked() as ws:
            return ws.failures

    @cached_property
    def failure_index(self) -> dict[str, Failure]:
        return {failure.failure_id: failure for failure in self.failures}

    @property
    def link_decisions(self) -> list[LinkDecision]:
        with self.locked() as ws:
            return ws.link_decisions

    @property
    def links(self) -> list[Link]:
        with self.locked() as ws:
            return ws.links

    @property
    def links_by_failure(self) -> dict[str, list[Link]]:
        return self._indexed("links_by_failure", lambda: _index(self.links, "failure_id"))

    @property
    def links_by_clause(self) -> dict[str, list[Link]]:
        return self._indexed("links_by_clause", lambda: _index(self.links, "clause_id"))

    def record_link_decision(self, clause_id: str, failure_id: str, status: str, note: str) -> bool:
        """Write a confirm/reject decision to links.csv and recompute links, patches and flags.

        Returns False when the same decision was already recorded. Unknown ids raise the
        tracker's ``UsageError``.
        """
        from tracker.failures.models import LinkDecision

        decision = LinkDecision.model_validate(
            {"clause_id": clause_id, "failure_id": failure_id, "status": status, "note": note}
        )
        # The workspace forgets links, patches, flags and its derived cache; every view here
        # that reads them comes from that cache, so it is rebuilt on next use.
        with self.locked() as ws:
            return ws.record_link_decision(decision)

    def warm(self) -> None:
        """Compute what every page needs, e.g. before serving, so first renders are fast."""
        # The saturation timeline is the overview's: tens of seconds cold on 200 environments, so
        # it is computed (and stored in the derived cache) here, not on the first visit.
        _ = (self.headline, self.env_table, self.marks, self.versions_table, self.links_by_clause)
        _ = self.saturation


def _index(links: list[Link], key: Literal["clause_id", "failure_id"]) -> dict[str, list[Link]]:
    """Links grouped by ``key`` (``clause_id`` or ``failure_id``), in their order."""
    index: dict[str, list[Link]] = {}
    for link in links:
        index.setdefault(getattr(link, key), []).append(link)
    return index
