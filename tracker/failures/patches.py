"""Patches: spec versions that add or change clauses, with the environments each clause targets.

A clause targets an environment when a confirmed link (trailer or links.csv) or an inferred link
at or above ``high_confidence`` points to a failure of that environment, or when the version's
``Targets-env`` trailer names it. The first version of a history (where everything is "added")
is the spec's starting point, not a patch.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.failures.linking import TRAILER_KINDS, ChangeSource
from tracker.failures.models import Failure, Link, Patch, PatchClause
from tracker.settings import LinkSettings
from tracker.spec.models import ChangeKind, ParsedVersion


def targeting_links(links: Sequence[Link], settings: LinkSettings) -> list[Link]:
    """The links strong enough to make a clause target an environment."""
    return [
        link
        for link in links
        if link.status == "confirmed"
        or (link.status == "proposed" and link.score >= settings.high_confidence)
    ]


def build_patches(
    versions: Sequence[ParsedVersion],
    lineage: ChangeSource,
    links: Sequence[Link],
    failures: Sequence[Failure],
    settings: LinkSettings,
) -> list[Patch]:
    """Every version after the first that adds or changes clauses, oldest first."""
    env_of = {failure.failure_id: failure.env_id for failure in failures}
    strong: dict[tuple[str, str], list[Link]] = {}
    for link in targeting_links(links, settings):
        strong.setdefault((link.version, link.clause_id), []).append(link)
    patches: list[Patch] = []
    for parsed in list(versions)[1:]:
        version = parsed.version
        # One clause can change in several ways at once (modified and retitled): one entry each.
        kinds: dict[str, list[ChangeKind]] = {}
        for change in lineage.changes_in(version.commit):
            if change.kind in TRAILER_KINDS:
                kinds.setdefault(change.clause_id, []).append(change.kind)
        if not kinds:
            continue
        named_envs = version.targets_env
        clauses: list[PatchClause] = []
        for clause_id, clause_kinds in kinds.items():
            evidence = sorted(
                strong.get((version.commit, clause_id), []),
                key=lambda link: (-link.score, link.failure_id),
            )
            envs = {link.env_id or env_of.get(link.failure_id, "") for link in evidence}
            envs.update(named_envs)
            clauses.append(
                PatchClause(
                    clause_id=clause_id,
                    changes=clause_kinds,
                    targets=sorted(env for env in envs if env),
                    links=evidence,
                    targets_env_trailer=list(named_envs),
                )
            )
        patches.append(
            Patch(
                commit=version.commit,
                date=version.date,
                release=version.release,
                subject=version.subject,
                clauses=clauses,
            )
        )
    return patches
