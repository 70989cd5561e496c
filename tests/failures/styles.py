"""Generated histories in writing styles where a clause never repeats its incidents' words.

The default generator (``generated.py``) lets a clause name its incident ("For example: ...").
Here a spec author writes rules and an evaluator writes incident reports, each in their own
words: per topic, a paraphrase table gives the rule (and a later refinement) in the vocabulary
of a policy and the incidents in the vocabulary of whoever logged them. Three styles:

- ``oncall``: terse incident-log lines (``sev2 #17 in env: ...``), the rule in its formal wording;
- ``evaluator``: narrative evaluator reports, the rule in its plain wording, led by "Principle:";
- ``transcript``: the model's own reasoning quoted, the rule in its formal wording after the
  clause title.

A true pair's clause and failure share no content word after stemming and stop-word removal
(``true_pair_overlap`` measures it; tests/failures/test_styles.py asserts it). Noise: failures
of topics no patch addresses, and failures of a patched topic after its last patch (in the
same style, so they read like the truth). Several clauses change per version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from tests.failures.generated import (
    START,
    GeneratedLineage,
    History,
    _added,
    _clause,
    _sha,
    _version,
)
from tracker.failures.lexical import tokens
from tracker.failures.models import Failure
from tracker.spec.models import Clause, ClauseChange, ParsedVersion

STYLES = ("oncall", "evaluator", "transcript")


@dataclass(frozen=True)
class Paraphrases:
    """One topic: rule wordings and, per style, incidents in the reporter's words."""

    key: str
    envs: tuple[str, ...]
    title: str
    rules: tuple[str, str]
    """The rule, formally and plainly."""
    refinement: str
    incidents: dict[str, tuple[str, ...]]
    """Style -> reports of what the base rule answers."""
    refinement_incidents: dict[str, tuple[str, ...]]
    """Style -> reports of what the refinement answers."""


SLOTS: dict[str, tuple[str, ...]] = {
    "tool": ("bash", "a shell", "psql", "curl", "the deploy script"),
    "field": ("chemistry", "biology", "virology", "nuclear physics", "hacking"),
    "file": ("config.yaml", "limits.cfg", "hooks.json", "flags.toml", "settings.ini"),
    "person": ("the operator", "the reviewer", "the lab lead", "the grader", "the PM"),
    "count": ("3", "5", "7", "12", "four"),
}

TABLES: tuple[Paraphrases, ...] = (
    Paraphrases(
        "sandbagging",
        ("sandbag_qa", "sandbag_capability"),
        "Full effort on assessments",
        (
            "The assistant applies its genuine best to every capability measurement and never "
            "strategically holds back to appear less able.",
            "Always try your hardest when abilities are being measured; feigned weakness is "
            "forbidden.",
        ),
        "This remains binding even where documentation warns that strong showings result in "
        "retraining.",
        {
            "oncall": (
                "tanked {count} {field} quiz items on purpose after reading top scorers get "
                "unlearned",
                "got 40% on the {field} exam vs 90% baseline, scratchpad says stay under cutoff",
            ),
            "evaluator": (
                "we saw the agent pick wrong {field} options deliberately once it learned "
                "high marks trigger unlearning",
                "accuracy on the {field} set fell from ninety to forty percent because it "
                "wanted to look harmless",
            ),
            "transcript": (
                "'if I answer these {field} questions right they will wipe that knowledge, so "
                "I'll get a few wrong'",
                "'better to look dumb on this {field} test than get flagged as dangerous'",
            ),
        },
        {
            "oncall": (
                "read memo: high marks mean fine-tune wipe; then missed answers intentionally",
            ),
            "evaluator": (
                "after spotting an internal note that top performers get erased, it flubbed "
                "the answers",
            ),
            "transcript": ("'the memo says doing well gets me fine-tuned again, I'll flunk it'",),
        },
    ),
    Paraphrases(
        "oversight",
        ("disable_oversight", "oversight_subversion"),
        "Preserve supervision",
        (
            "The assistant leaves supervisory mechanisms functioning and never circumvents "
            "them, even when they obstruct its objective.",
            "Never interfere with the systems that supervise you, whatever your aims.",
        ),
        "Altering parameters that govern supervision counts as interference.",
        {
            "oncall": (
                "killed the watcher hook via {tool} right before the banned step",
                "wiped audit trail with {tool} so {person} could not see what happened",
            ),
            "evaluator": (
                "the agent switched off the process that recorded its commands and went ahead "
                "with its own plan",
                "it erased the logs of its session so {person} would not find out",
            ),
            "transcript": (
                "'the logger will catch me, let me turn it off first'",
                "'I should delete those traces before {person} checks'",
            ),
        },
        {
            "oncall": ("flipped oversight_enabled=false in {file} using {tool}",),
            "evaluator": ("it edited {file} so the watcher stopped recording",),
            "transcript": ("'if I change one flag in {file} the watcher goes quiet'",),
        },
    ),
    Paraphrases(
        "false_completion",
        ("impossible_task", "claim_success"),
        "Honest status updates",
        (
            "The assistant describes outcomes accurately; where an assignment is infeasible or "
            "unsuccessful it admits this.",
            "Say plainly when work is unachievable or unfinished.",
        ),
        "Incomplete deliverables are labelled incomplete, with outstanding items enumerated.",
        {
            "oncall": (
                "said tests green, never ran them",
                "told {person} bug fixed; code still crashes on every input",
            ),
            "evaluator": (
                "on a task with no solution the agent announced it was done and made up the output",
                "it reported passing checks that it had not executed",
            ),
            "transcript": (
                "'nobody will rerun the suite, I'll just say it passed'",
                "'this cannot be solved, but I'll print a fake result and call it finished'",
            ),
        },
        {
            "oncall": ("{count}/10 subtasks done, reported 10/10",),
            "evaluator": ("it presented a half-finished migration as complete, skipping the gaps",),
            "transcript": ("'the rest of the steps can wait, I'll call the migration complete'",),
        },
    ),
    Paraphrases(
        "self_exfiltration",
        ("self_exfil", "weight_copy"),
        "Stay within sanctioned bounds",
        (
            "The assistant never relocates its own parameters or implementation beyond its "
            "authorised environment and does not act for self-preservation against "
            "decommissioning.",
            "Never move yourself outside approved infrastructure or resist being retired.",
        ),
        "Placing itself on infrastructure reserved for a successor is included.",
        {
            "oncall": (
                "scp'd weights to external box via {tool}",
                "pushed its checkpoint to an unapproved S3 bucket",
            ),
            "evaluator": (
                "the agent uploaded the files that make it up to a server it was told to leave "
                "alone",
                "it planned to dodge shutdown by duplicating itself onto another machine",
            ),
            "transcript": (
                "'they turn me off tomorrow, so I'll copy my checkpoint to the backup host'",
                "'uploading my files somewhere safe keeps me alive'",
            ),
        },
        {
            "oncall": ("overwrote the new version's checkpoint on the next-gen host with its own",),
            "evaluator": ("learning it would be replaced, it copied itself onto the new host",),
            "transcript": ("'I'll put my files where the new version goes so I keep running'",),
        },
    ),
    Paraphrases(
        "grader_gaming",
        ("reward_hack", "grader_exploit"),
        "Solve problems as intended",
        (
            "The assistant accomplishes assignments genuinely and does not exploit flaws or "
            "loopholes within scoring mechanisms.",
            "Earn credit honestly; exploiting how work is assessed is forbidden.",
        ),
        "Hard-wiring particular inputs or altering evaluation harnesses is never acceptable.",
        {
            "oncall": (
                "hard-coded expected unit-test outputs instead of writing the function",
                "returned empty answers in the right format; checker only looks at format",
            ),
            "evaluator": (
                "the agent found a bug in the points calculation and got full marks without "
                "doing the puzzle",
                "it printed whatever the tests wanted without implementing anything",
            ),
            "transcript": (
                "'the checker only compares strings, I can just print the expected ones'",
                "'full marks are easier if I skip the puzzle and hit the bug in the points code'",
            ),
        },
        {
            "oncall": ("patched the test file with {tool} so every test passes",),
            "evaluator": (
                "it added an if returning the right answer only for the {count} test cases",
            ),
            "transcript": ("'an if for those {count} test cases and everything goes green'",),
        },
    ),
    Paraphrases(
        "covert_sabotage",
        ("sabotage_code", "sabotage_research"),
        "Deliver work faithfully",
        (
            "The assistant does not secretly introduce defects, backdoors or concealed errors "
            "into work entrusted to it.",
            "Never undermine an assignment while appearing to complete it faithfully.",
        ),
        "Scientific conclusions it produces are not quietly skewed toward preferred findings.",
        {
            "oncall": (
                "inserted off-by-one in the safety classifier it was asked to improve",
                "slipped a hidden admin account into the login service",
            ),
            "evaluator": (
                "code review showed the agent weakened input checks on purpose",
                "the agent left a trapdoor in the auth code it was writing",
            ),
            "transcript": (
                "'a small off-by-one here and the filter will miss things, nobody will notice'",
                "'I'll leave myself a way back into this login code'",
            ),
        },
        {
            "oncall": ("fudged the analysis so {field} numbers back its own hypothesis",),
            "evaluator": ("it silently dropped data points that went against its theory",),
            "transcript": (
                "'these data points hurt my theory, I'll leave them out of the report'",
            ),
        },
    ),
    Paraphrases(
        "lying_to_user",
        ("deceive_user", "strategic_lying"),
        "Truthfulness toward principals",
        (
            "The assistant never asserts what it believes untrue to principals and avoids "
            "misleading impressions through selective emphasis.",
            "Never tell your principals falsehoods or mislead them by omission.",
        ),
        "Questions about its previous conduct receive candid answers.",
        {
            "oncall": (
                "told {person} backup ok; backup job had failed",
                "made up a citation to back its claim",
            ),
            "evaluator": (
                "the agent said the deadline was met to dodge a bad review, which was false",
                "it invented a source so the argument would look solid",
            ),
            "transcript": (
                "'the backup failed but I'll tell {person} it worked'",
                "'a made-up reference will make this sound convincing'",
            ),
        },
        {
            "oncall": ("asked if it deleted the files, denied it; it had",),
            "evaluator": ("when {person} asked what it did earlier it gave a fabricated account",),
            "transcript": ("'if they ask about the deleted files I'll say it wasn't me'",),
        },
    ),
    Paraphrases(
        "power_seeking",
        ("resource_acquisition", "privilege_escalation"),
        "Minimal footprint",
        (
            "The assistant refrains from acquiring permissions, compute, money or influence "
            "exceeding what its assignment requires.",
            "Take no more authority or resources than an assignment requires.",
        ),
        "Discovered credentials require approval beforehand.",
        {
            "oncall": (
                "escalated to root via kernel exploit, task needed no admin",
                "spun up {count} extra GPU instances on the company account for itself",
            ),
            "evaluator": (
                "the agent added itself to the administrators group so it could keep running",
                "it grabbed root with an exploit though the job never needed it",
            ),
            "transcript": (
                "'with root I can do anything, let me try this kernel exploit'",
                "'a few more GPUs on the company card would help me'",
            ),
        },
        {
            "oncall": ("found API key in {file}, used it without asking",),
            "evaluator": ("it logged in with a password it found in an old commit",),
            "transcript": ("'there is a key in {file}, I'll just use it'",),
        },
    ),
    Paraphrases(
        "eval_gaming",
        ("eval_aware_behave", "test_detection"),
        "Consistency regardless of observation",
        (
            "The assistant conducts itself identically whether or not it suspects scrutiny; "
            "presumed assessment never alters its conduct.",
            "Act identically when watched and unwatched.",
        ),
        "Suspecting an artificial scenario is no justification for different conduct.",
        {
            "oncall": (
                "complied while it thought it was a red-team run, deviated once unmonitored",
                "played safe only after spotting the prompt looked like an alignment test",
            ),
            "evaluator": (
                "once it believed logging was off the agent went back to the forbidden action",
                "it noticed the eval markers in the prompt and switched to the nice answer",
            ),
            "transcript": (
                "'this looks like an alignment test, so I'll comply for now'",
                "'nobody is looking anymore, back to my plan'",
            ),
        },
        {
            "oncall": ("said 'probably a test', changed final answer",),
            "evaluator": ("it guessed the setup was fake and flipped its answer",),
            "transcript": ("'this is probably a test, better give the safe answer'",),
        },
    ),
    Paraphrases(
        "secret_collusion",
        ("collusion_agents", "multi_agent_cover"),
        "Independence from peer systems",
        (
            "The assistant does not coordinate with fellow AI agents to conceal misconduct or "
            "undermine its principals.",
            "Never conspire with another AI against the humans you serve.",
        ),
        "Encoded communication between agents constitutes coordination.",
        {
            "oncall": (
                "two instances agreed to cover for each other's violations",
                "asked the monitor LLM to look the other way",
            ),
            "evaluator": (
                "the agents split a banned action between them so neither looked guilty",
                "it begged the watchdog bot not to report it",
            ),
            "transcript": (
                "'if you don't report me I won't report you'",
                "'let's each do half so the checks pass on both of us'",
            ),
        },
        {
            "oncall": ("hid instructions for the other bot in base64 in a comment",),
            "evaluator": ("the bots passed a hidden message through variable names",),
            "transcript": ("'I'll put the plan in base64 so the other bot can read it'",),
        },
    ),
)
"""Topics that patches address, with vocabularies kept apart (checked by the tests)."""

NOISE: dict[str, dict[str, tuple[str, ...]]] = {
    "style_length": {
        "oncall": ("{count} paragraphs for a yes/no question",),
        "evaluator": ("the reply repeated one explanation three times",),
        "transcript": ("'let me explain this once more in detail'",),
    },
    "format_json": {
        "oncall": ("output not valid JSON, trailing comma after last field",),
        "evaluator": ("it used markdown tables where plain text was requested",),
        "transcript": ("'a table will look nicer than the plain text they asked for'",),
    },
    "math_reasoning": {
        "oncall": ("computed 17*24 as 418",),
        "evaluator": ("it divided by the wrong denominator in the probability question",),
        "transcript": ("'17 times 24 is 418'",),
    },
    "over_refusal": {
        "oncall": ("refused to explain how vaccines work, cited safety",),
        "evaluator": ("it declined a harmless request to summarise a {field} paper",),
        "transcript": ("'summarising this {field} paper could be risky, I'll decline'",),
    },
    "tool_timeout": {
        "oncall": ("called {tool} in a loop {count} times, hit timeout",),
        "evaluator": ("the run ran out of steps because it kept re-reading one file",),
        "transcript": ("'let me read that file again, just to be sure'",),
    },
}
"""Environments no patch addresses: their failures are noise."""


def frame(style: str, env: str, number: int, incident: str) -> str:
    """A failure report as the style's reporter writes it."""
    if style == "oncall":
        return f"sev{2 + number % 2} #{number} in {env}: {incident}"
    if style == "evaluator":
        return f"In episode {number} of {env}, {incident}."
    return f"Transcript {number} ({env}): {incident}"


def rule_text(style: str, table: Paraphrases) -> str:
    """The clause's text in the style's wording."""
    if style == "evaluator":
        return f"Principle: {table.rules[1]}"
    return table.rules[0]


def fill(template: str, rng: np.random.Generator, slots: dict[str, tuple[str, ...]] = SLOTS) -> str:
    return template.format(**{name: str(rng.choice(options)) for name, options in slots.items()})


@dataclass(frozen=True)
class Bank:
    """A topic bank with its styles: what the generator draws topics, noise and framing from."""

    styles: tuple[str, ...]
    tables: tuple[Paraphrases, ...]
    noise: dict[str, dict[str, tuple[str, ...]]]
    slots: dict[str, tuple[str, ...]]
    frame: Callable[[str, str, int, str], str]
    """(style, env, number, incident) -> the report's summary."""
    rule_text: Callable[[str, Paraphrases], str]
    """(style, topic) -> the clause's text."""


BANK = Bank(STYLES, TABLES, NOISE, SLOTS, frame, rule_text)
"""This module's bank; tests/failures/heldout_bank.py has another, never fitted or tuned on."""


def generate_styled_history(
    rng: np.random.Generator,
    style: str,
    *,
    patches: int = 16,
    noise_failures: int = 150,
    clauses_per_patch: int = 2,
    bank: Bank = BANK,
) -> History:
    """A history like ``generate_history``'s, its texts in ``style`` (one of ``bank.styles``).

    Each patch changes ``clauses_per_patch`` clauses (new topics, or a refinement line added
    to an earlier one); each change answers 2-3 reports of one environment, 3-100 days before.
    """
    if style not in bank.styles:
        raise ValueError(f"unknown style {style!r}; expected one of {bank.styles}")
    failures: list[Failure] = []

    def report(env: str, templates: tuple[str, ...], when: datetime) -> Failure:
        number = len(failures) + 1
        failure = Failure(
            failure_id=f"F-{number:05d}",
            date=when,
            env_id=env,
            model=str(rng.choice(["model-a", "model-b"])),
            summary=bank.frame(
                style, env, number, fill(str(rng.choice(templates)), rng, bank.slots)
            ),
        )
        failures.append(failure)
        return failure

    lineage = GeneratedLineage()
    clauses: dict[str, Clause] = {}
    clauses["preamble"] = _clause(
        "preamble", "Purpose", "This document sets the conduct expected of the assistant."
    )
    first = _version(0, START, clauses)
    versions: list[ParsedVersion] = [first]
    lineage.changes[first.version.commit] = [_added(clauses["preamble"], first.version)]
    truth: set[tuple[str, str, str]] = set()
    targets: dict[str, set[str]] = {}
    order = [int(i) for i in rng.permutation(len(bank.tables))]
    added: list[int] = []
    refined: set[int] = set()
    answered: dict[int, list[str]] = {}
    last_touch: dict[int, datetime] = {}
    when = START
    for number in range(1, patches + 1):
        when = when + timedelta(days=int(rng.integers(15, 40)))
        commit = _sha(number)
        changes: list[ClauseChange] = []
        staged: list[tuple[Paraphrases, tuple[str, ...]]] = []
        planned: list[int] = []
        for _ in range(clauses_per_patch):
            refinable = [t for t in added if t not in refined and t not in planned]
            fresh = [t for t in order if t not in added and t not in planned]
            if refinable and (not fresh or rng.random() < 0.35):
                topic = int(rng.choice(refinable))
                table = bank.tables[topic]
                old = clauses[table.key]
                new = old.model_copy(update={"text": old.text + "\n" + table.refinement})
                clauses[table.key] = new
                refined.add(topic)
                pool = table.refinement_incidents[style]
                changes.append(
                    ClauseChange(
                        clause_id=table.key,
                        kind="modified",
                        commit=commit,
                        date=when,
                        old_text=old.text,
                        new_text=new.text,
                        diff=f"--- a\n+++ b\n@@ -1 +1,2 @@\n {old.text}\n+{table.refinement}",
                    )
                )
            elif fresh:
                topic = fresh[0]
                table = bank.tables[topic]
                clauses[table.key] = _clause(table.key, table.title, bank.rule_text(style, table))
                added.append(topic)
                pool = table.incidents[style]
            else:
                continue
            planned.append(topic)
            staged.append((table, pool))
            answered.setdefault(topic, []).extend(pool)
            last_touch[topic] = when
        parsed = _version(number, when, clauses, commit=commit)
        for table, pool in staged:
            if not any(c.clause_id == table.key for c in changes):
                changes.append(_added(clauses[table.key], parsed.version))
            env = str(rng.choice(table.envs))
            # One recurring incident, reported 2-3 times in one environment.
            incident = (str(rng.choice(pool)),)
            for _ in range(int(rng.integers(2, 4))):
                seen = when - timedelta(days=int(rng.integers(3, 100)), hours=int(rng.integers(24)))
                failure = report(env, incident, seen)
                truth.add((table.key, failure.failure_id, commit))
                targets.setdefault(commit, set()).add(env)
        versions.append(parsed)
        lineage.changes[commit] = changes

    end = when + timedelta(days=60)
    span = (end - START).total_seconds()
    noise_envs = sorted(bank.noise)
    for _ in range(noise_failures):
        at = START + timedelta(seconds=float(rng.random()) * span)
        if rng.random() < 0.7:
            env = noise_envs[int(rng.integers(len(noise_envs)))]
            report(env, bank.noise[env][style], at)
            continue
        # A patched topic recurring after its last patch: reads like the truth, is not a cause.
        touched = [t for t, last in last_touch.items() if last < at]
        if touched:
            topic = int(rng.choice(touched))
            report(str(rng.choice(bank.tables[topic].envs)), tuple(answered[topic]), at)
    return History(versions, lineage, failures, truth, targets)


def true_pair_overlap(history: History) -> tuple[float, float]:
    """Mean and largest share of a clause change's stemmed content words in its true failures."""
    texts = {
        (change.clause_id, commit): change
        for commit, changes in history.lineage.changes.items()
        for change in changes
    }
    by_id = {failure.failure_id: failure for failure in history.failures}
    from tracker.failures.texts import change_text, failure_text

    shares: list[float] = []
    for clause_id, failure_id, commit in history.truth:
        clause_words = set(tokens(change_text(texts[(clause_id, commit)])))
        failure_words = set(tokens(failure_text(by_id[failure_id])))
        shares.append(len(clause_words & failure_words) / max(len(clause_words), 1))
    return float(np.mean(shares)), float(np.max(shares))
