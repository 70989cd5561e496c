"""Seeded scenario simulator: whole workspaces for chosen mechanisms, with their ground truth.

    plan = make_plan("patch_broad", rng)          # or a ScenarioPlan built by hand
    scenario = simulate(plan, rng)                 # tables, failures, spec commits, truth
    write_workspace(scenario, folder)              # specdrift.toml, git spec repo, files

``python -m tracker.simulate.demo`` regenerates the bundled demo workspace. See
docs/simulator.md.
"""

from tracker.simulate.generate import Scenario, simulate
from tracker.simulate.plan import (
    AwarenessPlan,
    EnvPlan,
    PatchPlan,
    ResultForm,
    ScenarioPlan,
    SectionPlan,
    ShiftPlan,
)
from tracker.simulate.records import patch_records
from tracker.simulate.scenarios import KINDS, STRESS_KINDS, Kind, make_plan
from tracker.simulate.truth import ExpectedFlag, Truth
from tracker.simulate.writer import WorkspaceLayout, write_workspace

# Names and the modules other packages import directly; tests/test_public_api.py pins them.
__all__ = [
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
]
