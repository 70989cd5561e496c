"""Open a workspace: ``specdrift.toml`` and the files it names, computed lazily and once.

The workspace is the one place that wires the edges (git, files) to the pure core. Each property
is computed on first use and kept, so a command pays only for what it reads.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from tracker._safe_files import link_tree
from tracker.errors import WorkspaceError
from tracker.settings import Settings
from tracker.settings_errors import setting_problem

if TYPE_CHECKING:
    import pandas as pd

    from tracker.analysis.models import Flag
    from tracker.analysis.sample_rows import SampleRows
    from tracker.analysis.saturation_records import SaturationReport, SaturationSummary
    from tracker.benchmarks.ingest import IngestResult
    from tracker.benchmarks.models import Environment, RowProblem
    from tracker.benchmarks.tables import TableSource
    from tracker.derived_cache import DerivedCache
    from tracker.failures.embeddings import Encoder
    from tracker.failures.models import Failure, Link, LinkDecision, LinkProblem, Patch
    from tracker.spec.lineage import Lineage
    from tracker.spec.models import ParsedVersion

CONFIG_NAME = "specdrift.toml"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def find_workspace(start: Path | None = None) -> Path:
    """The folder of ``specdrift.toml`` in ``start`` (default: the current one), else the demo.

    The demo is the checkout's own, or in an installed package one generated into the user's
    cache on first use (``tracker.demo``).
    """
    here = (start or Path.cwd()).resolve()
    if (here / CONFIG_NAME).is_file():
        return here
    from tracker.demo import demo_workspace

    return demo_workspace()


def open_workspace(path: Path | str | None = None) -> Workspace:
    """Open the workspace in ``path`` (a folder or a ``specdrift.toml``), else find one."""
    if path is None:
        root = find_workspace()
    else:
        candidate = Path(path).expanduser().resolve()
        if candidate.is_file():
            candidate = candidate.parent
        if not (candidate / CONFIG_NAME).is_file():
            raise WorkspaceError(
                f"{candidate}: no {CONFIG_NAME} here (expected a workspace folder)"
            )
        root = candidate
    return Workspace(root, load_settings(root / CONFIG_NAME))


def load_settings(config_path: Path) -> Settings:
    """Read and validate ``specdrift.toml``; errors name the file and the offending key."""
    try:
        text = config_path.read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise WorkspaceError(f"{config_path}: not UTF-8 text ({exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise WorkspaceError(f"{config_path}: not valid TOML ({exc})") from exc
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(setting_problem(err, Settings, text) for err in exc.errors())
        raise WorkspaceError(f"{config_path}: {problems}") from exc


class Workspace:
    """A workspace's settings and, computed on demand, everything derived from its files."""

    def __init__(self, root: Path, settings: Settings) -> None:
        self.root = root
        self.settings = settings
        self.link_problems: list[LinkProblem] = []
        """Links asked for that could not be made; filled when ``links`` is computed."""

    def __repr__(self) -> str:
        return f"Workspace({str(self.root)!r})"

    def path(self, relative: str) -> Path:
        """A path named in the settings, resolved against the workspace root."""
        return (self.root / os.path.expanduser(relative)).resolve()

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    def _named(self, section: BaseModel, key: str) -> bool:
        """Whether ``key`` of ``section`` was written in specdrift.toml, not left to its default."""
        return key in section.model_fields_set

    def _absent(self, table: str, key: str, relative: str) -> WorkspaceError:
        return WorkspaceError(
            f"{self.config_path}: [{table}] {key} names {relative!r}, "
            f"which does not exist ({self.path(relative)})"
        )

    def _existing_paths(self, table: str, key: str, section: BaseModel) -> list[Path]:
        """The paths ``section.key`` names that exist.

        A workspace needs only what it uses: a default path that is absent is skipped, but a path
        the toml names that is absent is an error (a typo must not read as "nothing to flag").
        """
        named = self._named(section, key)
        paths = []
        for relative in getattr(section, key):
            path = self.path(relative)
            if path.exists():
                paths.append(path)
            elif named:
                raise self._absent(table, key, relative)
        return paths

    @cached_property
    def result_paths(self) -> list[Path]:
        """The results files and folders to read (absent defaults skipped)."""
        return self._existing_paths("benchmarks", "results", self.settings.benchmarks)

    @property
    def table_sources(self) -> list[TableSource]:
        """The ``[[benchmarks.tables]]`` entries (read through Ibis, tracker.benchmarks.tables)."""
        from tracker.benchmarks.tables import TableSource

        return [
            TableSource(
                url=entry.url,
                table=entry.table,
                database=entry.database,
                setting=f"{self.config_path}: [[benchmarks.tables]] entry {index}",
            )
            for index, entry in enumerate(self.settings.benchmarks.tables, start=1)
        ]

    @cached_property
    def failure_paths(self) -> list[Path]:
        """The failure files to read (absent defaults skipped)."""
        return self._existing_paths("benchmarks", "failures", self.settings.benchmarks)

    @cached_property
    def catalog_path(self) -> Path | None:
        """The environment catalog, None when the workspace has none (the default is absent)."""
        benchmarks = self.settings.benchmarks
        path = self.path(benchmarks.environments)
        if path.is_file():
            return path
        if self._named(benchmarks, "environments"):
            raise self._absent("benchmarks", "environments", benchmarks.environments)
        return None

    @cached_property
    def has_spec(self) -> bool:
        """Whether the workspace has a spec history; without one nothing can be patch-driven.

        A ``[spec]`` table in the toml means it must be there (else an error naming the key); with
        no ``[spec]`` table the default folder is used when it exists.
        """
        spec = self.settings.spec
        repo = self.path(spec.repo)
        if repo.exists() or (spec.export and self.path(spec.export).is_file()):
            return True
        if "spec" in self.settings.model_fields_set:
            if spec.export:
                raise self._absent("spec", "export", spec.export)
            raise self._absent("spec", "repo", spec.repo)
        return False

    @property
    def cache_dir(self) -> Path:
        """Parsed versions and embeddings are cached here, keyed by content."""
        return self.root / ".specdrift"

    @property
    def links_file(self) -> Path:
        return self.path(self.settings.links.file)

    @cached_property
    def derived(self) -> DerivedCache:
        """Derived results stored under ``.specdrift/`` by a hash of every input
        (tracker.derived_cache): a warm run reads flags, links and patches instead of
        recomputing them from the results files."""
        from tracker.derived_cache import DerivedCache

        return DerivedCache(self)

    # -- spec history (tracker.history, tracker.spec) ---------------------------------------

    @cached_property
    def spec_repo(self) -> Path:
        """The spec repository, rebuilt from its fast-export stream on first use if configured.

        Commands that need a spec history call this; without one they stop with a message.
        """
        from tracker.history.repository import ensure_spec_repo

        if not self.has_spec:
            raise WorkspaceError(
                f"{self.config_path}: this workspace has no spec history "
                f"(add a [spec] table with repo = a git repository of the spec)"
            )
        export = self.settings.spec.export
        return ensure_spec_repo(
            self.path(self.settings.spec.repo), self.path(export) if export else None
        )

    @cached_property
    def versions(self) -> list[ParsedVersion]:
        """Every version of the spec files, oldest first, with clauses; none without a spec."""
        from tracker.history.reader import read_spec_history

        if not self.has_spec:
            return []
        return read_spec_history(self.spec_repo, self.settings.spec, self.cache_dir)

    @cached_property
    def lineage(self) -> Lineage:
        from tracker.spec.lineage import build_lineage

        return build_lineage(self.versions, rename_threshold=self.settings.spec.rename_threshold)

    # -- benchmarks (tracker.benchmarks) -----------------------------------------------------

    @cached_property
    def catalog(self) -> list[Environment] | None:
        """The environment catalog as written, None when the workspace has none."""
        from tracker.benchmarks.environments import read_environments

        path = self.catalog_path
        return read_environments(path) if path is not None else None

    @cached_property
    def environments(self) -> list[Environment]:
        """The catalog, else the environments found in the results (split and category unknown)."""
        return self.derived.get("environments", self._environments)

    def _environments(self) -> list[Environment]:
        if self.catalog is not None:
            return self.catalog
        from tracker.benchmarks.environments import environments_from_ids

        return environments_from_ids(self.ingest.results["env_id"].unique().tolist())

    def read_results(self, *, strict: bool = False) -> IngestResult:
        """Read the results files afresh (``ingest`` keeps the lenient read)."""
        from tracker.benchmarks.ingest import read_results

        result = read_results(
            self.result_paths,
            environments=self.catalog,
            inspect=self.settings.benchmarks.inspect,
            versions=[v.version for v in self.versions],
            strict=strict,
            scout=self.settings.benchmarks.scout.model_copy(
                update={"scans": [str(self.path(s)) for s in self.settings.benchmarks.scout.scans]}
            ),
            tables=self.table_sources,
            sample_file=self._sample_file(),
        )
        awareness = self.settings.awareness
        if awareness.detector:
            # Sample rows with reasoning and no label get the detector's (docs/awareness.md).
            from tracker.awareness.labelling import apply_detector

            validation = awareness.validation
            if validation is not None and not self.path(validation).is_file():
                raise self._absent("awareness", "validation", validation)
            result.awareness = apply_detector(
                result.sample_rows,
                result.results,
                cache_dir=self.cache_dir,
                validation=self.path(validation) if validation is not None else None,
            )
        return result

    def _sample_file(self) -> Path | None:
        """Where ingest writes the sample table: beside the derived results it belongs to (the
        same inputs; it goes when they change, as DerivedCache removes the folders of other
        inputs), named per process so two processes never write one file. None (a temporary
        file) when the workspace's derived results are not stored or their folder cannot be
        written."""
        if not self.derived.stores:  # a workspace whose derived results are never stored
            return None
        folder = self.derived.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        if not os.access(folder, os.W_OK):
            return None
        return folder / f"samples-{os.getpid()}-{id(self):x}"

    @cached_property
    def ingest(self) -> IngestResult:
        """Results and samples with every rejected row and warning; spec versions assigned."""
        found = self.derived.get("ingest", self.read_results)
        if found.sample_table is not None and not found.sample_table.exists():
            # A stored ingest whose sample file was deleted: read the results again.
            found = self.read_results()
            self.derived.put("ingest", found)
        return found

    @property
    def sample_table(self) -> SampleRows | None:
        """The ingested sample rows, queried per group by the analysis (None without any): the
        files' sample table, and a table source's rows in its engine.

        Read again when the files' table is gone: it lives in the derived results' folder,
        which is removed once the inputs change (a link decision rewrites links.csv) while this
        process still holds the ingest that named it.
        """
        table = self.ingest.sample_table
        if table is not None and not table.exists():
            self.__dict__.pop("ingest", None)
        return self.ingest.sample_rows

    @property
    def results(self) -> pd.DataFrame:
        return self.ingest.results

    @property
    def problems(self) -> list[RowProblem]:
        return self.ingest.problems

    @property
    def rejected_rows(self) -> int:
        """How many input rows were rejected (kept with the derived results: a warm run that
        reads its flags from the cache still warns about them without re-reading the files)."""
        return self.derived.get("rejected_rows", lambda: self.ingest.rejected_rows)

    @property
    def row_counts(self) -> tuple[int, int]:
        """(input rows, ingested rows) of the results, kept with the derived results like
        ``rejected_rows`` so a warm run can tell "no usable results" without reading them."""
        counts = self.derived.get(
            "row_counts", lambda: (self.ingest.input_rows, self.ingest.ingested_rows)
        )
        return int(counts[0]), int(counts[1])

    def require_results(self) -> None:
        """Stop (exit 2) when there is nothing to analyse: no result rows, or all rejected.

        Without this a misspelled column or a file in the wrong encoding would read as "nothing
        to flag" and pass a ``--fail-on`` in CI.
        """
        read, kept = self.row_counts
        if kept:
            return
        named = ", ".join(
            [str(p) for p in self.result_paths] + [t.name for t in self.table_sources]
        )
        named = named or "none found"
        if read == 0:
            raise WorkspaceError(
                f"{self.config_path}: no result rows to analyse in [benchmarks] results ({named})"
            )
        raise WorkspaceError(
            f"{self.config_path}: all {read} input rows of the results were rejected "
            "(`specdrift ingest` lists each with its reason); nothing to analyse"
        )

    # -- failures and links (tracker.failures) -----------------------------------------------

    @cached_property
    def failures(self) -> list[Failure]:
        """Failures from the failure files and from misbehaving sample rows that carry text.

        Kept with the derived results: the failures of the sample rows need the ingest, which a
        warm ``review`` or dashboard would otherwise unpickle (the whole results table) for them.
        They read no links, so a link decision keeps them."""

        def load() -> list[Failure]:
            from tracker.failures.loading import load_failures

            return load_failures(self.failure_paths, self.sample_table)

        return self.derived.get("failures", load, keep_on_decision=True)

    @cached_property
    def encoder(self) -> Encoder:
        """The embedding model of ``[links] model`` with its cache in ``cache_dir``: one per
        workspace, so the model loads once (on the first text that is not cached)."""
        from tracker.failures.embeddings import Encoder

        return Encoder(self.settings.links.model, self.cache_dir)

    @cached_property
    def link_decisions(self) -> list[LinkDecision]:
        from tracker.failures.link_store import read_link_decisions

        return read_link_decisions(self.links_file)

    @cached_property
    def links(self) -> list[Link]:
        """Trailer, file and inferred links, curated decisions applied."""
        return self.compute_links()

    def compute_links(self, progress: Callable[[int, int], None] | None = None) -> list[Link]:
        """The links (computed once, then kept as ``links``), reporting embedding progress.

        Links that were asked for but cannot be made (a trailer naming an unknown failure) are
        kept in ``link_problems``, never dropped silently.
        """
        if "links" in self.__dict__:
            return self.links

        def collect() -> tuple[list[Link], list[LinkProblem]]:
            from tracker.failures.linking import collect_links

            problems: list[LinkProblem] = []
            found = collect_links(
                self.versions,
                self.lineage,
                self.failures,
                self.link_decisions,
                self.settings.links,
                encoder=self.encoder,
                problems=problems,
                progress=progress,
            )
            return found, problems

        links, self.link_problems = self.derived.get("links", collect)
        self.__dict__["links"] = links
        return links

    @cached_property
    def patches(self) -> list[Patch]:
        return self.derived.get("patches", self._patches)

    def _patches(self) -> list[Patch]:
        from tracker.failures.patches import build_patches

        return build_patches(
            self.versions, self.lineage, self.links, self.failures, self.settings.links
        )

    # -- verdicts (tracker.analysis) ---------------------------------------------------------

    @cached_property
    def flags(self) -> list[Flag]:
        flags = self.derived.get("flags", self._flags)
        if "links" not in self.__dict__:
            # Flags read from the cache: their links' problems are stored beside them, and
            # warn_about_inputs must still say which links could not be made.
            self.compute_links()
        return flags

    def _flags(self) -> list[Flag]:
        from tracker.analysis.verdicts import compute_flags

        return compute_flags(
            self.results,
            self.environments,
            self.patches,
            self.settings.analysis,
            samples=self.sample_table,
            spec_history=self.has_spec,
            awareness=self.ingest.awareness,
        )

    @cached_property
    def saturation(self) -> SaturationReport:
        """Which environments still discriminate, per model line and run (docs/method.md)."""
        return self.derived.get("saturation", self._saturation)

    @cached_property
    def saturation_summary(self) -> SaturationSummary:
        """The saturation report without its cross-model checks, stored on its own: a warm
        dashboard or weekly report reads it without unpickling the whole report."""
        return self.derived.get("saturation_summary", lambda: self.saturation.summary())

    def _saturation(self) -> SaturationReport:
        from tracker.analysis.saturation import assess_saturation

        return assess_saturation(
            self.results, self.environments, self.patches, self.flags, self.settings.analysis
        )

    def record_link_decision(self, decision: LinkDecision) -> bool:
        """Write a confirm/reject decision to links.csv, then forget what depends on links.

        Its ids must name a clause some version of the spec has had and a known failure (else
        ``UsageError``). Returns False when the same decision was already recorded. The CLI and
        the dashboard both decide through here, so both leave the same links.csv and the same
        recomputed links, patches, flags and saturation.
        """
        from tracker.failures.link_store import write_link_decision

        changed = write_link_decision(
            self.links_file,
            decision,
            known_clauses={clause.id for parsed in self.versions for clause in parsed.clauses},
            known_failures={failure.failure_id for failure in self.failures},
        )
        kept = self.derived.kept_on_decision()
        self.forget()
        self._move_sample_file()
        for name, value in kept.items():
            # Stored under the new links.csv's key, so the next start still reads them.
            self.derived.put(name, value)
        return changed

    def _move_sample_file(self) -> None:
        """Give the new key's folder the sample table's files: the results, which do not depend
        on links.csv, need not be read again for it. The files are hard-linked, not moved: another
        process may still be reading the old folder (which is removed once no process holds it;
        ``DerivedCache._remove_stale``)."""
        ingest = self.__dict__.get("ingest")
        table = ingest.sample_table if ingest is not None else None
        if table is None or not table.exists():
            return
        target = self._sample_file()
        if target is None or target == table.path:
            return
        try:
            link_tree(table.path, target)
        except OSError:  # another filesystem, or a busy file: it is read again when gone
            return
        table.path = target

    def forget(self) -> None:
        """Drop everything that depends on links.csv (the spec history and the results stay)."""
        # The derived cache goes too: its key is recomputed from the files on next use.
        names = ("link_decisions", "links", "patches", "flags", "saturation", "saturation_summary")
        derived = self.__dict__.get("derived")
        if derived is not None:
            derived.release()  # its folder may go now, unless another process still reads it
        for name in (*names, "derived"):
            self.__dict__.pop(name, None)
        self.link_problems = []
