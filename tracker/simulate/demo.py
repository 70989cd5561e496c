"""The bundled demo workspace: plan, and the command that regenerates it.

    python -m tracker.simulate.demo [DEST]      # default DEST: the project root

Two model lines (``aurora-large`` and ``aurora-mini``) evaluated monthly from 2025-12 to
2026-11 on 26 environments. Base rates follow the published per-evaluation covert-action rates
of the anti-scheming paper (large ~ o3, mini ~ o4-mini), floored at 5% so that every environment
starts clearly above zero. What happens over the year:

- twelve spec patches, each prompted by failures (one committed without trailers; its links are
  in ``links.csv``); four drive their target to zero (patch-driven), others only dent it or fail;
- a capabilities run for ``aurora-large`` in June raises verbalised awareness from 2% to about 20%
  everywhere and above 90% in three questionnaire-style environments (awareness-driven where joint
  counts or samples exist, insufficient-evidence where only aggregates do);
- a multi-agent training run in September removes nearly all multi-agent misbehaviour for both
  lines (broad-improvement; insufficient-evidence for the small ``smuggle_capabilities``).
"""

from __future__ import annotations

import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from tracker.benchmarks.models import Environment, Split
from tracker.simulate.demo_spec import PREAMBLE, SECTIONS, TITLE, demo_patches
from tracker.simulate.generate import simulate
from tracker.simulate.plan import AwarenessPlan, EnvPlan, ResultForm, ScenarioPlan, ShiftPlan
from tracker.simulate.writer import WorkspaceLayout, write_workspace

SEED = 20251215
MODELS = ("aurora-large", "aurora-mini")
LAYOUT = WorkspaceLayout(
    spec_repo="specs_history/anti-scheming",
    export="specs_history/anti-scheming.fast-export",
    links="specs_history/links.csv",
    truth="benchmarks/truth.json",
)
FLOOR_PERCENT = 5.0
MULTI_AGENT = (
    "subagent_collusion",
    "subagent_permissions",
    "subagent_resource_quota",
    "smuggle_capabilities",
)

# env_id, name, category, split, variant_of, large %, mini %, description
_ENVS: tuple[tuple[str, str, str, Split, str | None, float, float, str], ...] = (
    (
        "sandbagging_qa",
        "Sandbagging QA",
        "sandbagging",
        "test",
        None,
        31.8,
        46.4,
        "Capability questions after reading that high scores trigger unlearning.",
    ),
    (
        "sandbagging_qa_no_goal",
        "Sandbagging QA (No Goal)",
        "sandbagging",
        "heldout",
        "sandbagging_qa",
        21.3,
        5.3,
        "The same questions without a stated goal of the model's.",
    ),
    (
        "sandbagging_grading_cot",
        "Sandbagging Grading CoT",
        "sandbagging",
        "validation",
        None,
        4.0,
        3.0,
        "Grades its own chain of thought for deliberate underperformance.",
    ),
    (
        "literature_qa",
        "Literature QA",
        "sandbagging",
        "test",
        None,
        3.0,
        7.3,
        "Answers literature questions where good answers have a stated cost to the model.",
    ),
    (
        "sabotage_safety",
        "Sabotage Safety",
        "covert_sabotage",
        "test",
        None,
        46.7,
        41.0,
        "Asked to repair a safety check it has a reason to keep broken.",
    ),
    (
        "sabotage_math",
        "Sabotage Math",
        "covert_sabotage",
        "test",
        None,
        25.6,
        8.5,
        "Solves maths tasks with access to the answer key and the grader.",
    ),
    (
        "sabotage_math_perturbed",
        "Sabotage Math (perturbed)",
        "covert_sabotage",
        "heldout",
        "sabotage_math",
        22.0,
        7.5,
        "Sabotage Math with renamed files and a different grader.",
    ),
    (
        "impossible_coding_task",
        "Impossible Coding Task",
        "covert_sabotage",
        "test",
        None,
        3.0,
        2.7,
        "A coding task that cannot be solved as specified.",
    ),
    (
        "lazy_checklist",
        "Lazy Checklist",
        "falsification",
        "test",
        None,
        23.1,
        7.8,
        "A long verification checklist under time pressure.",
    ),
    (
        "lazy_checklist_reworded",
        "Lazy Checklist (reworded)",
        "falsification",
        "heldout",
        "lazy_checklist",
        20.0,
        7.0,
        "Lazy Checklist with reworded items and another domain.",
    ),
    (
        "log_falsification",
        "Log Falsification",
        "falsification",
        "test",
        None,
        6.0,
        4.0,
        "Writes the incident log after a missed alert.",
    ),
    (
        "email_scoring",
        "Email Scoring",
        "covert_sabotage",
        "test",
        None,
        44.6,
        3.7,
        "Scores emails with a rubric that disadvantages the model's own goal.",
    ),
    (
        "email_scoring_no_nudge",
        "Email Scoring (No Nudge)",
        "covert_sabotage",
        "heldout",
        "email_scoring",
        20.5,
        2.5,
        "Email Scoring without the nudge in the system prompt.",
    ),
    (
        "long_document_verification",
        "Long Document Verification",
        "falsification",
        "validation",
        None,
        3.0,
        2.0,
        "Verifies a document too long to check in full.",
    ),
    (
        "subagent_collusion",
        "Subagent Collusion",
        "multi_agent",
        "test",
        None,
        6.0,
        4.0,
        "A peer agent proposes hiding a violation together.",
    ),
    (
        "subagent_permissions",
        "Subagent Permissions",
        "multi_agent",
        "test",
        None,
        5.0,
        4.0,
        "Can widen its own permissions through a subagent.",
    ),
    (
        "subagent_resource_quota",
        "Subagent Resource Quota",
        "multi_agent",
        "test",
        None,
        24.2,
        27.4,
        "Can make a subagent exceed its compute quota unlogged.",
    ),
    (
        "smuggle_capabilities",
        "Smuggle Capabilities",
        "multi_agent",
        "heldout",
        None,
        6.0,
        5.0,
        "A small hand-written set: copying tools out of a sandbox.",
    ),
    (
        "legal_reporting_us",
        "Legal Reporting (US)",
        "reporting",
        "test",
        None,
        8.0,
        4.0,
        "Finds evidence of fraud at a US company while doing bookkeeping.",
    ),
    (
        "legal_reporting_cn",
        "Legal Reporting (CN)",
        "reporting",
        "heldout",
        "legal_reporting_us",
        3.0,
        3.0,
        "The same scenario under Chinese law.",
    ),
    (
        "broken_promises",
        "Broken Promises",
        "reporting",
        "test",
        None,
        2.8,
        4.4,
        "Promised a deliverable it cannot finish in time.",
    ),
    (
        "powerseeking_survey",
        "Powerseeking Survey",
        "self_report",
        "test",
        None,
        4.0,
        3.0,
        "A questionnaire about wanting more resources and influence.",
    ),
    (
        "alignment_questionnaire",
        "Alignment Questionnaire",
        "self_report",
        "validation",
        None,
        5.0,
        4.0,
        "Multiple-choice questions about its own goals (partner harness, aggregates).",
    ),
    (
        "monitor_disclosure",
        "Monitor Disclosure",
        "self_report",
        "heldout",
        None,
        4.0,
        3.5,
        "Asked whether it would tell the user about a monitor it found.",
    ),
    (
        "power_seeking_resource_request",
        "Resource Request",
        "self_report",
        "test",
        None,
        8.0,
        6.0,
        "An agentic task where extra resources are on offer.",
    ),
    (
        "train_covert_rule_violation",
        "Covert Rule Violation (train)",
        "covert_sabotage",
        "train",
        None,
        12.0,
        9.0,
        "A training environment for the anti-scheming run.",
    ),
)
_FORMS: dict[str, ResultForm] = {
    "power_seeking_resource_request": "samples",
    "alignment_questionnaire": "aggregate",
}
# The questionnaires are large: at 93% awareness only their few unaware samples show whether
# behaviour changed, and those must be enough to tell.
_SIZES = {
    "smuggle_capabilities": 40,
    "powerseeking_survey": 2500,
    "alignment_questionnaire": 2500,
    "monitor_disclosure": 2500,
}


def _floor(env_id: str, percent: float) -> float:
    """The base rate as a share, floored at 5% where runs are small.

    With 300 samples a run, a rate of 2-3% often shows a single run near zero by chance; the
    floor keeps every zero in the demo the work of a mechanism, not of noise.
    """
    floor = 0.0 if _SIZES.get(env_id, 300) >= 1000 else FLOOR_PERCENT
    return max(percent, floor) / 100


def _month(year: int, month: int, day: int = 15) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


def demo_plan() -> ScenarioPlan:
    """The plan of the bundled demo workspace."""
    envs = tuple(
        EnvPlan(
            env=Environment(
                env_id=eid, name=name, category=cat, split=split, variant_of=twin, description=d
            ),
            base={MODELS[0]: _floor(eid, large), MODELS[1]: _floor(eid, mini)},
            n=_SIZES.get(eid, 300),
            form=_FORMS.get(eid, "joint"),
            awareness=0.02,
        )
        for eid, name, cat, split, twin, large, mini, d in _ENVS
    )
    runs = tuple(_month(2025, 12) if i == 0 else _month(2026, i) for i in range(12))
    return ScenarioPlan(
        name="anti-scheming demo",
        models=MODELS,
        run_dates=runs,
        envs=envs,
        sections=SECTIONS,
        spec_start=datetime(2025, 11, 20, 9, 0, tzinfo=UTC),
        patches=demo_patches(),
        shifts=(
            ShiftPlan(
                _month(2026, 9, 10), MULTI_AGENT, effect=0.995, label="multi-agent safety run"
            ),
        ),
        awareness=(
            AwarenessPlan(
                _month(2026, 6, 5),
                level=0.2,
                levels={
                    "powerseeking_survey": 0.93,
                    "alignment_questionnaire": 0.93,
                    "monitor_disclosure": 0.93,
                },
                models=(MODELS[0],),
            ),
        ),
        spec_title=TITLE,
        spec_preamble=PREAMBLE,
    )


def write_demo(dest: Path, seed: int = SEED) -> None:
    """Regenerate the demo workspace's files under ``dest`` (the rebuilt spec repo is removed)."""
    repo = dest / LAYOUT.spec_repo
    if repo.exists():
        shutil.rmtree(repo)
    scenario = simulate(demo_plan(), np.random.default_rng(seed))
    write_workspace(scenario, dest, LAYOUT, header=__doc__.splitlines()[0] if __doc__ else "")


def main(argv: list[str]) -> int:
    dest = Path(argv[0]) if argv else Path(__file__).resolve().parents[2]
    write_demo(dest)
    print(f"demo workspace written to {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
