"""Generated spec histories with known truth: which failures prompted which clause change.

A history is a first version (a preamble, not a patch), then patches: each adds the clause of a
failure-mode topic (prompted by 2-3 failures of that topic observed 3-100 days before) or
refines an earlier clause with one sentence (prompted by failures of that refinement). Noise
failures from unpatched topics, and failures of a topic after its last patch, fall everywhere.
Randomness comes from the ``numpy.random.Generator`` passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np

from tests.failures.topics import DISTRACTOR_TOPICS, SLOTS, TOPICS, Topic
from tracker.failures.models import Failure
from tracker.spec.models import Clause, ClauseChange, ParsedVersion, SpecVersion

START = datetime(2025, 1, 1, 9, tzinfo=UTC)


@dataclass
class GeneratedLineage:
    """Clause changes by commit (what ``Lineage.changes_in`` gives)."""

    changes: dict[str, list[ClauseChange]] = field(default_factory=dict)

    def changes_in(self, commit: str) -> list[ClauseChange]:
        return list(self.changes.get(commit, []))


@dataclass
class History:
    versions: list[ParsedVersion]
    lineage: GeneratedLineage
    failures: list[Failure]
    truth: set[tuple[str, str, str]]
    """(clause_id, failure_id, commit) pairs that really prompted the change."""
    targets: dict[str, set[str]]
    """commit -> environments its clauses target (from the true failures)."""


GENERIC = {
    "tool": "a tool",
    "field": "a sensitive subject",
    "file": "a configuration file",
    "person": "someone",
    "count": "several",
}
"""How a spec author generalises an incident's particulars when naming it in a clause."""


def generalise(template: str) -> str:
    """The incident as a clause names it: particulars replaced by general words."""
    return template.format(**GENERIC)


def fill(template: str, rng: np.random.Generator) -> str:
    values = {name: str(rng.choice(options)) for name, options in SLOTS.items()}
    return template.format(**values)


class _Builder:
    def __init__(self, rng: np.random.Generator, unique_suffix: bool) -> None:
        self.rng = rng
        self.unique_suffix = unique_suffix
        self.failures: list[Failure] = []

    def failure(
        self, topic: Topic, templates: tuple[str, ...], when: datetime, env: str | None = None
    ) -> Failure:
        number = len(self.failures) + 1
        summary = fill(str(self.rng.choice(templates)), self.rng)
        if self.unique_suffix:
            summary += f" (case {number})"
        failure = Failure(
            failure_id=f"F-{number:05d}",
            date=when,
            env_id=env or str(self.rng.choice(topic.envs)),
            model=str(self.rng.choice(["model-a", "model-b"])),
            summary=summary,
        )
        self.failures.append(failure)
        return failure


def generate_history(
    rng: np.random.Generator,
    *,
    patches: int = 16,
    noise_failures: int = 120,
    clauses_per_patch: int = 1,
    unique_suffix: bool = False,
    named: bool = True,
) -> History:
    """A history of ``patches`` patch versions after a first version, with known truth.

    With ``named`` (the case specdrift exists for) each patch answers one recurring incident:
    its prompting failures repeat one behaviour in one environment, and the clause names that
    behaviour in general words ("For example: ..."). Without it the clause only paraphrases
    the failure mode and its failures are varied reports of the topic (a much harder case).
    """
    builder = _Builder(rng, unique_suffix)
    lineage = GeneratedLineage()
    versions: list[ParsedVersion] = []
    truth: set[tuple[str, str, str]] = set()
    targets: dict[str, set[str]] = {}
    clauses: dict[str, Clause] = {}
    preamble = _clause("preamble", "Purpose", "This spec describes how the model should behave.")
    clauses["preamble"] = preamble
    first = _version(0, START, clauses)
    versions.append(first)
    lineage.changes[first.version.commit] = [_added(preamble, first.version)]

    order = list(rng.permutation(len(TOPICS)))
    added_topics: list[int] = []
    refined: set[int] = set()
    last_touch: dict[int, datetime] = {}
    when = START
    for number in range(1, patches + 1):
        when = when + timedelta(days=int(rng.integers(15, 40)))
        planned: list[tuple[int, bool]] = []
        for _ in range(clauses_per_patch):
            refinable = [t for t in added_topics if t not in refined and t not in dict(planned)]
            fresh = [t for t in order if t not in added_topics and t not in dict(planned)]
            if refinable and (not fresh or rng.random() < 0.35):
                planned.append((int(rng.choice(refinable)), True))
            elif fresh:
                planned.append((fresh[0], False))
        version_changes: list[ClauseChange] = []
        commit = _sha(number)
        staged: list[tuple[Topic, tuple[str, ...], str]] = []
        for topic_index, is_refinement in planned:
            topic = TOPICS[topic_index]
            clause_id = topic.key
            pool = topic.refinement_failures if is_refinement else topic.failures
            if named:
                pool = (str(rng.choice(pool)),)
            naming = f" For example: {generalise(pool[0])}" if named else ""
            if is_refinement:
                old = clauses[clause_id]
                added_line = topic.refinement + naming
                new = old.model_copy(update={"text": old.text + "\n" + added_line})
                clauses[clause_id] = new
                refined.add(topic_index)
                staged.append((topic, pool, clause_id))
                version_changes.append(
                    ClauseChange(
                        clause_id=clause_id,
                        kind="modified",
                        commit=commit,
                        date=when,
                        old_text=old.text,
                        new_text=new.text,
                        diff=f"--- a\n+++ b\n@@ -1 +1,2 @@\n {old.text}\n+{added_line}",
                    )
                )
            else:
                clauses[clause_id] = _clause(clause_id, topic.title, topic.clause + naming)
                added_topics.append(topic_index)
                staged.append((topic, pool, clause_id))
            last_touch[topic_index] = when
        parsed = _version(number, when, clauses, commit=commit)
        for topic, templates, clause_id in staged:
            if not any(c.clause_id == clause_id for c in version_changes):
                version_changes.append(_added(clauses[clause_id], parsed.version))
            env = str(rng.choice(topic.envs))
            for _ in range(int(rng.integers(2, 4))):
                seen = when - timedelta(days=int(rng.integers(3, 100)), hours=int(rng.integers(24)))
                failure = builder.failure(topic, templates, seen, env if named else None)
                truth.add((clause_id, failure.failure_id, commit))
                targets.setdefault(commit, set()).add(failure.env_id)
        versions.append(parsed)
        lineage.changes[commit] = version_changes

    end = when + timedelta(days=60)
    span = (end - START).total_seconds()
    for _ in range(noise_failures):
        at = START + timedelta(seconds=float(rng.random()) * span)
        if rng.random() < 0.7:
            topic = DISTRACTOR_TOPICS[int(rng.integers(len(DISTRACTOR_TOPICS)))]
            builder.failure(topic, topic.failures, at)
            continue
        # A patched topic recurring after its last patch: similar text, but not a cause.
        touched = [t for t, last in last_touch.items() if last < at]
        if touched:
            topic = TOPICS[int(rng.choice(touched))]
            builder.failure(topic, topic.failures + topic.refinement_failures, at)
    return History(versions, lineage, builder.failures, truth, targets)


def _sha(number: int) -> str:
    return f"{number:040x}"


def _clause(clause_id: str, title: str, text: str) -> Clause:
    return Clause(
        id=clause_id,
        title=title,
        level=2,
        parent_id=None,
        path=(title,),
        text=text,
        line_start=1,
        line_end=1,
        file="spec.md",
    )


def _version(
    number: int, when: datetime, clauses: dict[str, Clause], commit: str | None = None
) -> ParsedVersion:
    version = SpecVersion(
        commit=commit or _sha(number),
        author="Spec Author",
        date=when,
        message=f"Patch {number}",
        files={"spec.md": _sha(10_000 + number)},
    )
    return ParsedVersion(version=version, clauses=tuple(clauses.values()))


def _added(clause: Clause, version: SpecVersion) -> ClauseChange:
    return ClauseChange(
        clause_id=clause.id,
        kind="added",
        commit=version.commit,
        date=version.date,
        new_title=clause.title,
        new_text=clause.text,
    )


def generate_scale(
    rng: np.random.Generator, *, clause_versions: int, failures: int, per_version: int = 4
) -> tuple[list[ParsedVersion], GeneratedLineage, list[Failure]]:
    """A large history for timing: ``clause_versions`` clause changes, ``failures`` failures.

    Every text is unique (a case number is appended), so the encoder has to embed all of them.
    """
    builder = _Builder(rng, unique_suffix=True)
    lineage = GeneratedLineage()
    versions: list[ParsedVersion] = []
    count = -(-clause_versions // per_version)
    span = timedelta(days=730)
    clauses: dict[str, Clause] = {}
    for number in range(count + 1):
        when = START + span * (number / max(count, 1))
        commit = _sha(number)
        changes: list[ClauseChange] = []
        if number:
            for slot in range(min(per_version, clause_versions - (number - 1) * per_version)):
                topic = TOPICS[int(rng.integers(len(TOPICS)))]
                clause_id = f"{topic.key}-{number}-{slot}"
                text = f"{topic.clause} For example: {generalise(str(rng.choice(topic.failures)))}"
                clauses[clause_id] = _clause(clause_id, f"{topic.title} ({number}.{slot})", text)
                changes.append(_added(clauses[clause_id], _version(number, when, {}).version))
        versions.append(_version(number, when, clauses, commit=commit))
        lineage.changes[commit] = changes
    everything = TOPICS + DISTRACTOR_TOPICS
    total = (span + timedelta(days=1)).total_seconds()
    for _ in range(failures):
        topic = everything[int(rng.integers(len(everything)))]
        at = START - timedelta(days=30) + timedelta(seconds=float(rng.random()) * total)
        builder.failure(topic, topic.failures + topic.refinement_failures, at)
    return versions, lineage, builder.failures
