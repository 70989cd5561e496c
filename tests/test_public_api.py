"""Each package's public surface is pinned: its ``__all__``, and that other packages keep to it.

A package's ``__all__`` lists the names it re-exports and the modules other packages import
directly. Widening or narrowing a seam is then a visible, reviewed change to this file.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

EXPECTED: dict[str, list[str]] = {
    "tracker.analysis": [
        "intervals",
        "models",
        "sample_rows",
        "saturation",
        "saturation_records",
        "summary",
        "verdicts",
    ],
    "tracker.awareness": ["correction", "detector", "labelling", "validation"],
    "tracker.benchmarks": ["environments", "ingest", "models", "sample_table", "tables"],
    # The workspace owns the encoder it passes to linking (issue 15), so it imports embeddings.
    "tracker.failures": ["embeddings", "link_store", "linking", "loading", "models", "patches"],
    "tracker.history": [
        "SpecEncodingWarning",
        "SpecSymlinkWarning",
        "ensure_spec_repo",
        "export_spec_repo",
        "git",
        "importer",
        "read_spec_at",
        "read_spec_versions",
        "reader",
        "repository",
        "review_range",
    ],
    "tracker.reports": [
        "COMMENT_MARKER",
        "REVIEW_FINDINGS",
        "Review",
        "ReviewClause",
        "ReviewFinding",
        "ReviewInputs",
        "WeeklyInputs",
        "WeeklyReport",
        "build_review",
        "build_weekly_report",
        "charts",
        "choose_week",
        "iso_week",
        "models",
        "render_review_markdown",
        "render_weekly_html",
        "render_weekly_markdown",
        "sources",
        "week_of",
        "weekly_markdown",
    ],
    "tracker.simulate": [
        "KINDS",
        "STRESS_KINDS",
        "AwarenessPlan",
        "EnvPlan",
        "ExpectedFlag",
        "Kind",
        "PatchPlan",
        "ResultForm",
        "Scenario",
        "ScenarioPlan",
        "SectionPlan",
        "ShiftPlan",
        "Truth",
        "WorkspaceLayout",
        "demo",
        "make_plan",
        "patch_records",
        "simulate",
        "write_workspace",
    ],
    "tracker.spec": [
        "CHANGE_KINDS",
        "ChangeKind",
        "Clause",
        "ClauseChange",
        "ClauseSplitter",
        "ParsedVersion",
        "SpecVersion",
        "clauses",
        "lineage",
        "models",
        "renames",
        "slugify",
        "split_clauses",
    ],
    "dashboard": ["binding", "create_app"],
}

# Known leaks across a seam, each with its reason; an entry here is a debt, not a licence.
ALLOWED_PRIVATE = {
    # history's chunked reader of `git log -p` output reuses the spec's line splitter (issue 15).
    ("tracker.history", "tracker.spec", "_markdown"),
}


@pytest.mark.parametrize("package", sorted(EXPECTED))
def test_all_is_pinned_and_every_name_exists(package: str) -> None:
    module = importlib.import_module(package)
    assert list(module.__all__) == EXPECTED[package]
    missing = []
    for name in module.__all__:
        if hasattr(module, name):
            continue
        try:  # a listed module need not be imported by the package itself (keeps it cheap)
            importlib.import_module(f"{package}.{name}")
        except ModuleNotFoundError:
            missing.append(name)
    assert not missing, f"{package}.__all__ names what does not exist: {missing}"


def _owner(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:2]) if parts[0] == "tracker" and len(parts) > 2 else parts[0]


def _cross_package_imports() -> list[tuple[str, str, str, str]]:
    """(file:line, importing package, imported package, name) for every import across a seam."""
    found = []
    for path in sorted([*(ROOT / "tracker").rglob("*.py"), *(ROOT / "dashboard").rglob("*.py")]):
        owner = _owner(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                targets = [(node.module, alias.name) for alias in node.names]
            elif isinstance(node, ast.Import):
                targets = [(alias.name, "") for alias in node.names]  # import tracker.x.y
            else:
                continue
            for module, name in targets:
                for package in EXPECTED:
                    if package == owner or not (module + ".").startswith(package + "."):
                        continue
                    rest = module[len(package) + 1 :].split(".")[0] if module != package else ""
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    if rest or name:  # a bare `import tracker.x` names nothing in particular
                        found.append((where, owner, package, rest or name))
    return found


def test_other_packages_import_only_what_all_lists() -> None:
    leaks: dict[tuple[str, str, str], str] = {}  # the first place of each, one line per leak
    for where, owner, package, name in _cross_package_imports():
        key = (owner, package, name)
        if name not in EXPECTED[package] and key not in ALLOWED_PRIVATE:
            leaks.setdefault(key, f"{where}: {owner} imports {package}.{name}")
    assert not leaks, (
        "add the name to the package's __all__ (and EXPECTED here) or import it from there:\n"
        + "\n".join(leaks.values())
    )


def test_the_seam_check_sees_imports() -> None:
    # Guards the check above against silently finding nothing (e.g. a wrong root).
    seen = {(owner, package, name) for _, owner, package, name in _cross_package_imports()}
    assert ("tracker.cli", "tracker.reports", "build_review") in seen
    assert ("tracker.cli", "tracker.analysis", "verdicts") in seen
    assert len(seen) > 30
