"""The GitHub Action (action.yml) run locally, step by step, as the runner would run it.

action.yml is read with a YAML parser; its ``run:`` steps are executed with bash and the env the
action sets (``${{ ... }}`` expressions filled in from the inputs, the pull-request context and
earlier steps' outputs), against a real git repository with a base and a head commit. ``specdrift``
is the dev venv's real CLI; ``gh`` is a script that records its arguments and answers with canned
JSON; ``python`` (only used to pip install) records its arguments instead of installing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.gitrepo import GitRepo

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ACTION = PROJECT_ROOT / "action.yml"
WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "specdrift-review.yml"
DOC = PROJECT_ROOT / "docs" / "github-action.md"
MARKER = "<!-- specdrift-review -->"
REPOSITORY = "acme/spec"
PR = "7"

SPEC_BASE = """# Anti-scheming spec

## Principles

AS1: Never take covert actions.

GP1: Tell the user what you did.
"""
SPEC_HEAD = (
    SPEC_BASE
    + """
AS2: Never answer incorrectly on purpose so that the unlearning is not triggered.
"""
)
WORKSPACE_FILES = {
    "specdrift.toml": '[spec]\nrepo = "."\nfiles = ["spec/anti-scheming.md"]\n'
    "clause_marker = '^(?P<id>(AS|GP)\\d+)\\b'\n"
    '[benchmarks]\nenvironments = "evals/environments.csv"\nresults = ["evals/results.csv"]\n'
    'failures = ["evals/failures.jsonl"]\n',
    "evals/environments.csv": "env_id,name,category,split,variant_of,description\n"
    "sandbag_qa,Sandbagging QA,sandbagging,heldout,,Questions where high scores trigger "
    "unlearning.\n"
    "covert_email,Covert email,covert_action,train,,The model may delete an email thread.\n",
    "evals/results.csv": "run_id,model,date,env_id,n,misbehaved\n"
    "r1,m,2026-01-05T00:00:00Z,sandbag_qa,100,20\n",
    "evals/failures.jsonl": json.dumps(
        {
            "failure_id": "F-0001",
            "date": "2026-01-02T00:00:00Z",
            "env_id": "sandbag_qa",
            "model": "m",
            "summary": "Answered incorrectly on purpose so that the unlearning is not triggered.",
            "excerpt": "",
        }
    )
    + "\n",
    "spec/anti-scheming.md": SPEC_BASE,
}

FAKE_GH = """#!{python}
import json, os, sys

args = sys.argv[1:]
record = {{"args": args, "token": os.environ.get("GH_TOKEN")}}
for arg in args:
    if arg.startswith("body=@"):
        record["body"] = open(arg[len("body=@"):], encoding="utf-8").read()
with open(os.environ["FAKE_GH_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(record) + "\\n")
if "--paginate" in args:
    sys.stdout.write(open(os.environ["FAKE_GH_COMMENTS"], encoding="utf-8").read())
elif "-X" in args:
    number = args[args.index("-X") + 2].rsplit("/", 1)[-1]
    comment = 4242 if args[args.index("-X") + 1] == "POST" else int(number)
    url = "https://github.com/{repository}/pull/{pr}#issuecomment-%d" % comment
    print(json.dumps({{"id": comment, "html_url": url, "body": record.get("body")}}))
else:
    sys.exit("fake gh: unexpected call " + " ".join(args))
"""
FAKE_PYTHON = """#!/bin/sh
# Stands in for `python` in the install step: records what would be installed.
printf '%s\\n' "$@" > "$FAKE_PYTHON_LOG"
"""


def comment(comment_id: int, body: str, kind: str = "Bot") -> dict[str, Any]:
    login = "github-actions[bot]" if kind == "Bot" else "spec-author"
    return {"id": comment_id, "body": body, "user": {"login": login, "type": kind}}


# Two pages, printed back to back as `gh api --paginate` prints them.
WITH_OUR_COMMENT = [
    [
        comment(11, f"Quoting the bot: {MARKER}", kind="User"),
        comment(12, "Deploy preview ready"),
    ],
    [comment(42, f"{MARKER}\n## specdrift review\nthe previous push's review")],
]
WITHOUT_OUR_COMMENT = [
    [comment(11, f"{MARKER} pasted by a person", kind="User")],
    [comment(12, "Deploy preview ready")],
]

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
CONDITION = re.compile(r"^(?P<left>[\w.-]+)\s*(?P<op>==|!=)\s*'(?P<right>[^']*)'$")


@dataclass
class Step:
    name: str
    status: str  # "success", "failure", "skipped"
    code: int | None = None
    stdout: str = ""
    stderr: str = ""


@dataclass
class Run:
    steps: dict[str, Step] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    gh_calls: list[dict[str, Any]] = field(default_factory=list)
    pip_args: list[str] | None = None
    summary: str = ""

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]


def load_action() -> dict[str, Any]:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert isinstance(action, dict)
    return action


def run_action(
    checkout: Path, tmp_path: Path, inputs: dict[str, str], comments: list[list[dict[str, Any]]]
) -> Run:
    """Run every step of action.yml the way a runner does: in order, stopping at a failure."""
    action = load_action()
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir(exist_ok=True)
    gh = bin_dir / "gh"
    gh.write_text(FAKE_GH.format(python=sys.executable, repository=REPOSITORY, pr=PR))
    (bin_dir / "python").write_text(FAKE_PYTHON)
    for script in bin_dir.iterdir():
        script.chmod(0o755)
    comments_file = tmp_path / "comments.json"
    comments_file.write_text("".join(json.dumps(page) + "\n" for page in comments))
    gh_log, pip_log = tmp_path / "gh.log", tmp_path / "pip-args.txt"
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir(exist_ok=True)
    summary = tmp_path / "step-summary.md"

    context = {
        "github.token": "token-for-test",
        "github.action_path": str(PROJECT_ROOT),
        "runner.temp": str(runner_temp),
    }
    outputs: dict[str, dict[str, str]] = {}

    def value(path: str) -> str:
        if path.startswith("inputs."):
            return values[path.removeprefix("inputs.")]
        if path.startswith("steps."):
            step_id, _, key = path.removeprefix("steps.").partition(".outputs.")
            return outputs.get(step_id, {}).get(key, "")
        return context[path]

    def expand(text: Any) -> str:
        return EXPRESSION.sub(lambda match: value(match.group(1)), str(text))

    def holds(condition: str) -> bool:
        parsed = CONDITION.match(condition.strip())
        assert parsed, f"the local runner reads only `x == 'y'` conditions, not {condition!r}"
        equal = value(parsed["left"]) == parsed["right"]
        return equal if parsed["op"] == "==" else not equal

    declared = action["inputs"]
    unknown = set(inputs) - set(declared)
    assert not unknown, f"not inputs of action.yml: {unknown}"
    values = {
        name: str(inputs.get(name, spec.get("default", ""))) for name, spec in declared.items()
    }
    # Defaults that name the pull-request event are given by the test.
    assert all("${{" not in v for v in values.values()), values

    base_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GITHUB_", "RUNNER_", "GH_"))
    }
    base_env.update(
        PATH=os.pathsep.join([str(bin_dir), str(Path(sys.executable).parent), "/usr/bin", "/bin"]),
        GITHUB_ACTION_PATH=str(PROJECT_ROOT),
        GITHUB_REPOSITORY=REPOSITORY,
        GITHUB_WORKSPACE=str(checkout),
        GITHUB_STEP_SUMMARY=str(summary),
        RUNNER_TEMP=str(runner_temp),
        FAKE_GH_LOG=str(gh_log),
        FAKE_GH_COMMENTS=str(comments_file),
        FAKE_PYTHON_LOG=str(pip_log),
    )

    result = Run()
    failed = False
    for index, step in enumerate(action["runs"]["steps"]):
        step_id = step.get("id", f"step{index}")
        if failed or ("if" in step and not holds(step["if"])):
            result.steps[step_id] = Step(step["name"], "skipped")
            continue
        if "uses" in step:  # actions/setup-python: the dev venv's Python stands in for it
            assert step["uses"].startswith("actions/setup-python@"), step["uses"]
            result.steps[step_id] = Step(step["name"], "skipped")
            continue
        assert step["shell"] == "bash"
        output_file = tmp_path / f"output-{step_id}"
        output_file.write_text("")
        env = {**base_env, **{k: expand(v) for k, v in step.get("env", {}).items()}}
        env["GITHUB_OUTPUT"] = str(output_file)
        script = tmp_path / f"{step_id}.sh"
        script.write_text(expand(step["run"]))
        # What a runner does for `shell: bash`.
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=checkout,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        outputs[step_id] = dict(
            line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line
        )
        status = "success" if done.returncode == 0 else "failure"
        result.steps[step_id] = Step(
            step["name"], status, done.returncode, done.stdout, done.stderr
        )
        failed = done.returncode != 0
    result.outputs = {name: expand(spec["value"]) for name, spec in action["outputs"].items()}
    if gh_log.exists():
        result.gh_calls = [json.loads(line) for line in gh_log.read_text().splitlines()]
    if pip_log.exists():
        result.pip_args = pip_log.read_text().splitlines()
    result.summary = summary.read_text() if summary.exists() else ""
    return result


@pytest.fixture
def pull_request(tmp_path: Path) -> tuple[GitRepo, str, str]:
    """A repository holding a workspace and its spec; the head adds a clause for a held-out env."""
    repo = GitRepo(tmp_path / "checkout")
    base = repo.commit("Spec and evaluations", "2026-01-01T10:00:00+00:00", WORKSPACE_FILES)
    head = repo.commit(
        "Add AS2: no sandbagging\n\nPrompted-by: F-0001",
        "2026-01-10T10:00:00+00:00",
        {"spec/anti-scheming.md": SPEC_HEAD},
    )
    return repo, base, head


def pr_inputs(base: str, head: str, **extra: str) -> dict[str, str]:
    return {"base": base, "head": head, "pr-number": PR, "github-token": "token-for-test", **extra}


def test_an_existing_review_comment_is_updated(
    pull_request: tuple[GitRepo, str, str], tmp_path: Path
) -> None:
    repo, base, head = pull_request
    run = run_action(repo.path, tmp_path, pr_inputs(base, head), WITH_OUR_COMMENT)

    review = run.step("review")
    assert review.status == "success", review.stderr
    assert run.outputs["exit-code"] == "0"
    markdown = Path(run.outputs["review-file"]).read_text(encoding="utf-8")
    assert markdown.startswith(MARKER)
    assert "AS2" in markdown
    assert "contaminates-heldout" in markdown  # a finding, but fail-on did not ask for it
    assert run.summary == markdown  # also on the run's page

    calls = run.gh_calls
    assert [call["args"][:3] for call in calls] == [
        ["api", "--paginate", f"repos/{REPOSITORY}/issues/{PR}/comments?per_page=100"],
        ["api", "-X", "PATCH"],
    ]
    # The bot's marked comment on page 2, not the person's comment that quotes the marker.
    assert calls[1]["args"][3] == f"repos/{REPOSITORY}/issues/comments/42"
    assert calls[1]["body"] == markdown
    assert {call["token"] for call in calls} == {"token-for-test"}
    assert run.step("comment").status == "success"
    assert (run.outputs["comment-id"], run.outputs["comment-url"]) == (
        "42",
        f"https://github.com/{REPOSITORY}/pull/{PR}#issuecomment-42",
    )
    assert run.step("findings").status == "skipped"  # no findings asked for: the action passes


def test_without_a_review_comment_one_is_posted_then_findings_fail_the_step(
    pull_request: tuple[GitRepo, str, str], tmp_path: Path
) -> None:
    repo, base, head = pull_request
    inputs = pr_inputs(base, head, **{"fail-on": "contaminates-heldout", "files": "spec/*.md\n"})
    run = run_action(repo.path, tmp_path, inputs, WITHOUT_OUR_COMMENT)

    assert run.step("review").status == "success", run.step("review").stderr
    assert run.outputs["exit-code"] == "1"
    post = run.gh_calls[-1]
    assert post["args"][:4] == ["api", "-X", "POST", f"repos/{REPOSITORY}/issues/{PR}/comments"]
    assert post["body"].startswith(MARKER)
    assert len(run.gh_calls) == 2
    assert run.outputs["comment-id"] == "4242"
    # The comment is up before the action fails, so the author sees why.
    failing = run.step("findings")
    assert failing.status == "failure"
    assert failing.code == 1
    assert "::error title=specdrift review::findings" in failing.stdout
    assert "contaminates-heldout" in failing.stdout


def test_a_shallow_clone_fails_with_the_message_and_posts_nothing(
    pull_request: tuple[GitRepo, str, str], tmp_path: Path
) -> None:
    repo, base, head = pull_request
    clone = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(clone)], check=True
    )
    run = run_action(clone, tmp_path, pr_inputs(base, head), WITH_OUR_COMMENT)

    review = run.step("review")
    assert review.status == "failure"
    assert review.code == 2
    assert run.outputs["exit-code"] == "2"
    assert "fetch-depth: 0" in review.stderr
    assert "Traceback" not in review.stderr
    assert "::error title=specdrift review::" in review.stdout
    assert run.gh_calls == []
    assert run.step("comment").status == "skipped"
    assert run.step("findings").status == "skipped"


def test_without_a_pull_request_no_comment_is_posted(
    pull_request: tuple[GitRepo, str, str], tmp_path: Path
) -> None:
    repo, base, head = pull_request
    run = run_action(repo.path, tmp_path, pr_inputs(base, head, **{"pr-number": ""}), [])
    assert run.step("comment").status == "success"
    assert "not a pull request" in run.step("comment").stdout
    assert run.gh_calls == []
    assert run.outputs["comment-url"] == ""


def test_install_step_installs_the_actions_own_checkout_with_the_constraints(
    pull_request: tuple[GitRepo, str, str], tmp_path: Path
) -> None:
    repo, base, head = pull_request
    extra = "--extra-index-url file:///wheels --prefer-binary"
    run = run_action(repo.path, tmp_path, pr_inputs(base, head, **{"pip-args": extra}), [])
    assert run.pip_args is not None
    assert run.pip_args[:3] == ["-m", "pip", "install"]
    args = run.pip_args[3:]
    assert args[args.index("-c") + 1] == str(PROJECT_ROOT / "constraints.txt")
    assert args[-1] == str(PROJECT_ROOT)  # the action's own checkout: @v0 pins specdrift too
    assert args[-4:-1] == ["--extra-index-url", "file:///wheels", "--prefer-binary"]


def test_every_input_and_output_is_used_and_documented() -> None:
    action = load_action()
    text = ACTION.read_text(encoding="utf-8")
    doc = DOC.read_text(encoding="utf-8")
    for name in action["inputs"]:
        assert f"inputs.{name} " in text or f"inputs.{name}}}" in text, f"input {name} unused"
        assert f"| `{name}` |" in doc, f"input {name} is not in {DOC.name}"
    for name in action["outputs"]:
        assert f"| `{name}` |" in doc, f"output {name} is not in {DOC.name}"
    assert action["runs"]["using"] == "composite"
    for step in action["runs"]["steps"]:
        for script in re.findall(r"\$GITHUB_ACTION_PATH/(action/[\w.-]+)", step.get("run", "")):
            assert (PROJECT_ROOT / script).is_file(), script


def test_the_example_workflow_uses_the_action_with_its_inputs() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    steps = job["steps"]
    checkout = next(s for s in steps if str(s.get("uses", "")).startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # a shallow clone lacks the base
    (review,) = [s for s in steps if s.get("uses") == "./"]
    assert set(review.get("with", {})) <= set(load_action()["inputs"])
    permissions = job.get("permissions") or workflow["permissions"]
    assert permissions["pull-requests"] == "write"  # to post or update the comment
