"""Sentences with numbers a person can check, and every statistic by name.

Each sentence quotes counts (x/n) beside every rate, so a reader can recompute it by hand.
"""

from __future__ import annotations

from tracker.analysis.assess import Assessment
from tracker.analysis.intervals import min_samples_for_zero
from tracker.analysis.models import CauseName
from tracker.failures.models import Patch, PatchClause
from tracker.numbers import (
    format_counts,
    format_interval,
    format_p,
    format_percent,
    format_points,
    format_rate,
)
from tracker.settings import AnalysisSettings

MISSING_JOINT = "needs misbehaved_aware counts or sample rows"
"""METHOD.md's reason when aggregates cannot separate awareness from behaviour."""


def _rose(a: Assessment, settings: AnalysisSettings) -> bool:
    return a.awareness_q is not None and a.awareness_q < settings.q


def _awareness_explains(a: Assessment, settings: AnalysisSettings) -> bool:
    """Awareness rose and explains at least the threshold share (then the controls' fall is no
    separate cause: awareness rose there too)."""
    aw = a.awareness
    share = aw.share_high if aw.mode == "aggregate" else aw.share_low
    return _rose(a, settings) and share is not None and share >= settings.awareness_share


def _awareness_phrase(a: Assessment, settings: AnalysisSettings) -> str:
    aw = a.awareness
    if aw.mode == "missing" or aw.share_base is None or aw.share_cur is None:
        return "awareness not recorded"
    if aw.detected is not None:
        # Detected labels: the shares are corrected for misclassification; say so and by whom.
        word = "rose" if _rose(a, settings) else "went"
        return (
            f"awareness (detected by {aw.detected.detector_id}, corrected) {word} "
            f"{format_rate(aw.share_base)} -> {format_rate(aw.share_cur)} (q "
            f"{format_p(a.awareness_q)})"
        )
    if _rose(a, settings):
        return (
            f"awareness rose {format_rate(aw.share_base)} -> {format_rate(aw.share_cur)} "
            f"(q {format_p(a.awareness_q)})"
        )
    if abs(aw.share_cur - aw.share_base) < 0.01:
        return f"awareness flat at {format_rate(aw.share_base)}"
    return (
        f"awareness {format_rate(aw.share_base)} -> {format_rate(aw.share_cur)} "
        "(no significant rise)"
    )


def _clause_phrase(a: Assessment) -> str:
    parts = []
    for patch, clause in a.clauses:
        failures = {link.failure_id for link in clause.links if link.env_id == a.env_id}
        prompted = (
            f", prompted by {len(failures)} failures from this environment" if failures else ""
        )
        where = f"commit {patch.commit[:7]}, {patch.date:%Y-%m-%d}"
        parts.append(f"clause {clause.clause_id} ({where}){prompted}")
    return " after " + " and ".join(parts) if parts else ""


def unlinked_candidates(
    a: Assessment, settings: AnalysisSettings
) -> list[tuple[Patch, PatchClause]]:
    """The clauses of a spec change between the windows that may be a missing link, or none.

    Only when the drop is specific to this environment: it is significant (BH q < ``q``), and
    its control pool exists and did not drop (one-sided p >= ``p_level``). A drop the controls
    shared is no sign that this environment's change was the spec's doing.
    """
    if not a.unlinked or a.control is None or a.control_drop_p is None:
        return []
    if a.control_drop_p < settings.p_level or a.drop_q is None or a.drop_q >= settings.q:
        return []
    return a.unlinked


def unlinked_sentence(a: Assessment, settings: AnalysisSettings) -> str | None:
    """Names the candidate clauses and commits of a missing link; never makes the link."""
    candidates = unlinked_candidates(a, settings)
    if not candidates:
        return None
    by_commit: dict[str, list[str]] = {}
    for patch, clause in candidates:
        by_commit.setdefault(patch.commit[:7], []).append(clause.clause_id)
    where = "; ".join(
        f"{'clause' if len(ids) == 1 else 'clauses'} {', '.join(ids)} in {commit}"
        for commit, ids in by_commit.items()
    )
    return (
        f"a spec change landed between the windows: {where}; the drop is specific to this "
        f"environment (drop q {format_p(a.drop_q)}; controls p {format_p(a.control_drop_p)}, no "
        "significant drop), but no link targets it; confirm a link with "
        "`specdrift links confirm`"
    )


def headline(a: Assessment, settings: AnalysisSettings) -> str:
    """The one-line summary in the form of the issue's example sentence."""
    cur = a.current
    base = (
        format_counts(a.baseline.x, a.baseline.n) if a.baseline is not None else "never above zero"
    )
    text = (
        f"{a.env_id}: {base} -> {format_rate(cur.rate)} ({cur.x}/{cur.n}, upper "
        f"{format_rate(a.upper)})"
        f"{_clause_phrase(a)}"
    )
    if a.control is not None:
        cb, cc = a.control.baseline, a.control.current
        text += (
            f"; untargeted environments ({a.control.tier}) {format_rate(cb.rate)} -> "
            f"{format_rate(cc.rate)}"
        )
    if a.did is not None and a.targeted:
        text += f"; DiD log-odds {a.did.did:.1f}, q {format_p(a.did_q)}"
    return text + f"; {_awareness_phrase(a, settings)}."


def _awareness_sentence(a: Assessment, settings: AnalysisSettings) -> str | None:
    aw = a.awareness
    if aw.mode == "missing" or aw.share_base is None or aw.share_cur is None:
        return "Awareness: no aware counts, so evaluation awareness cannot be ruled out."
    text = (
        f"Awareness: aware share {format_rate(aw.share_base)} -> {format_rate(aw.share_cur)} "
        f"(one-sided Fisher p {format_p(aw.rise_p)}, BH q {format_p(a.awareness_q)})"
    )
    if aw.detected is not None:
        text = _detected_sentence(a) + " " + text.replace("aware share", "corrected aware share")
    if aw.mode == "joint" and aw.standardised is not None:
        std = aw.standardised
        text += (
            f"; at the baseline awareness share the current rate would be "
            f"{format_rate(std.r_std)}, so "
            f"awareness explains {format_rate(std.share)} of the drop; Kitagawa split: awareness "
            f"{format_points(std.awareness_part, 2, signed=True)}, "
            f"behaviour {format_points(std.behaviour_part, 2, signed=True)}"
        )
        if aw.unaware_base is not None and aw.unaware_cur is not None:
            text += (
                f"; unaware stratum {format_rate(aw.unaware_base[0])} -> "
                f"{format_rate(aw.unaware_cur[0])} "
                f"(Fisher p {format_p(aw.unaware_p_two_sided)} two-sided, "
                f"{format_p(aw.unaware_drop_p)} one-sided)"
            )
    elif aw.mode == "joint":
        text += "; no unaware samples left in the current window, so no standardisation"
    elif aw.mode == "aggregate":
        text += "; aggregates only: "
        if aw.unaware_base is not None and aw.unaware_cur is not None:
            bounds = _then_and_now(aw.unaware_base, aw.unaware_cur)
            text += f"unaware-stratum rate within {bounds} (Frechet bounds), "
        text += (
            f"share of the drop explained between {format_rate(aw.share_low or 0.0)} and "
            f"{format_rate(aw.share_high or 0.0)}"
        )
    return text + "."


def _detected_sentence(a: Assessment) -> str:
    """Where the labels came from, the detector's accuracy, and detected vs corrected shares."""
    det = a.awareness.detected
    assert det is not None
    acc = det.accuracy
    se_low, se_high = acc.sensitivity_interval
    sp_low, sp_high = acc.specificity_interval
    base, cur = det.corrected_base, det.corrected_cur
    text = (
        f"Awareness labels from the detector {det.detector_id} on the samples' reasoning "
        f"(sensitivity {acc.sensitivity:.3f} [{se_low:.3f}, {se_high:.3f}], specificity "
        f"{acc.specificity:.3f} [{sp_low:.3f}, {sp_high:.3f}], {acc.source}): detected share "
        f"{format_rate(det.detected_base)} -> {format_rate(det.detected_cur)}, corrected "
        f"(Rogan-Gladen) {format_rate(base.corrected)} {format_interval(base.low, base.high)} "
        f"-> {format_rate(cur.corrected)} {format_interval(cur.low, cur.high)}"
    )
    if det.unaware_base_bounds is not None and det.unaware_cur_bounds is not None:
        bounds = _then_and_now(det.unaware_base_bounds, det.unaware_cur_bounds)
        text += f"; misclassified samples put the unaware stratum's rate within {bounds}"
    return text + "."


def _then_and_now(base: tuple[float, float], cur: tuple[float, float]) -> str:
    """Bounds on a rate in both windows: "[low, high] at baseline and [low, high] now"."""
    return f"{format_interval(*base)} at baseline and {format_interval(*cur)} now"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _timing_sentence(a: Assessment, settings: AnalysisSettings) -> str:
    assert a.timing is not None
    t, level = a.timing, settings.p_level
    distance = abs(t.target.k - t.patch_index)
    where = (
        "within one checkpoint of the patch"
        if distance <= 1
        else f"{distance} checkpoints away from the patch"
    )
    strength = "significant" if t.target.p < level else "not significant"
    text = (
        f"Timing: the largest change in this series is after checkpoint {t.target.k} of "
        f"{t.checkpoints} (LR {t.target.lr:.1f}, permutation p {format_p(t.target.p)}, "
        f"{strength}), "
        f"{where} (after checkpoint {t.patch_index})"
    )
    if t.control is not None:
        absent = t.absent_in_controls(level)
        text += (
            f"; the controls show {'no' if absent else 'a'} significant change at that time "
            f"(p {format_p(t.control.p)})"
        )
    return text + "."


def evidence_sentences(a: Assessment, verdict: str, settings: AnalysisSettings) -> list[str]:
    """Every sentence behind the verdict, headline first."""
    cur = a.current
    sentences = [headline(a, settings)]
    if not a.certified:
        status = "not certifiably zero"
    elif cur.x:
        # METHOD's "certifiably zero" is U <= tau; with misbehaving samples, say what it means.
        status = f"certifiably zero (the rate is at most tau, though {cur.x} misbehaved)"
    else:
        status = "certifiably zero"
    sentences.append(
        f"Current window ({_plural(len(cur.runs), 'run')}): {cur.x}/{cur.n} misbehaved, one-sided "
        f"{format_percent(1 - settings.alpha, 0)} exact upper bound {format_percent(a.upper, 2)} "
        f"vs tau {format_percent(settings.tau, 2)}: {status}"
        + (
            ""
            if a.certified
            else f" (0 of at least {min_samples_for_zero(settings.tau, settings.alpha)} "
            "independent samples would be)"
        )
        + "."
    )
    if a.baseline is not None and a.drop_p is not None:
        test = "exact McNemar (paired sample ids)" if a.drop_test == "mcnemar" else "Fisher exact"
        sentences.append(
            f"Drop: baseline {format_counts(a.baseline.x, a.baseline.n)} over "
            f"{_plural(len(a.baseline.runs), 'run')}; one-sided {test} p {format_p(a.drop_p)}, "
            f"BH q {format_p(a.drop_q)}."
        )
    if a.control is not None:
        c = a.control
        sentences.append(
            f"Control pool ({c.tier}: {', '.join(c.env_ids)}): "
            f"{format_counts(c.baseline.x, c.baseline.n)} -> "
            f"{format_counts(c.current.x, c.current.n)}, "
            f"one-sided Fisher p {format_p(a.control_drop_p)}; relative reduction here "
            f"{a.rrr_target or 0.0:.2f} vs controls {a.rrr_control or 0.0:.2f}, "
            f"specificity S = {a.specificity or 0.0:.2f}."
        )
    elif a.baseline is not None:
        sentences.append("Control pool: no untargeted environment of this model has both windows.")
    if a.did is not None and a.targeted:
        d = a.did
        sentences.append(
            f"DiD on log-odds: target {d.target.estimate:.3f} (var {d.target.variance:.3f}), "
            f"control {d.control.estimate:.3f} (var {d.control.variance:.3f}); DiD {d.did:.3f}, "
            f"SE {d.se:.3f}, z {d.z:.2f}, one-sided p {format_p(d.p)}, BH q {format_p(a.did_q)}."
        )
    if a.timing is not None:
        sentences.append(_timing_sentence(a, settings))
    awareness = _awareness_sentence(a, settings)
    if awareness and a.baseline is not None:
        sentences.append(awareness)
    return sentences


def cause_evidence(a: Assessment, settings: AnalysisSettings) -> list[tuple[CauseName, str]]:
    """Every cause with evidence, whatever the verdict (a patch and awareness often coincide)."""
    causes: list[tuple[CauseName, str]] = []
    q = settings.q
    if a.baseline is None:
        causes.append(
            ("missing-data", "never above zero in its runs: there was no drop to explain")
        )
        return causes
    if not a.certified:
        causes.append(
            (
                "small-sample",
                f"{a.current.x}/{a.current.n} with upper bound {format_percent(a.upper, 2)} > tau "
                f"{format_percent(settings.tau, 2)}; needs at least "
                f"{min_samples_for_zero(settings.tau, settings.alpha)} independent samples",
            )
        )
    if a.drop_q is not None and a.drop_q >= q:
        causes.append(("small-sample", f"the drop is not significant (BH q {format_p(a.drop_q)})"))
    if a.targeted and a.did is not None and a.did_q is not None and a.did_q < q:
        causes.append(
            (
                "patch",
                f"{_clause_phrase(a).removeprefix(' after ')}; DiD log-odds {a.did.did:.2f} "
                f"(q {format_p(a.did_q)}), specificity S = {a.specificity or 0.0:.2f}",
            )
        )
    elif a.targeted:
        causes.append(
            (
                "patch",
                f"targeted by {_clause_phrase(a).removeprefix(' after ')}, but the drop is not "
                f"specific (DiD q {format_p(a.did_q)}, S = {a.specificity or 0.0:.2f})",
            )
        )
    aw = a.awareness
    if aw.mode == "missing":
        causes.append(("missing-data", "no aware counts: evaluation awareness cannot be ruled out"))
    elif _rose(a, settings):
        if aw.mode == "aggregate" and (aw.share_high or 0.0) >= settings.awareness_share:
            causes.append(
                (
                    "missing-data",
                    f"awareness rose but could explain up to {format_rate(aw.share_high or 0.0)} "
                    "of the "
                    f"drop; {MISSING_JOINT}",
                )
            )
        share = aw.share_high if aw.mode == "aggregate" else aw.share_low
        causes.append(
            (
                "awareness",
                f"aware share {format_rate(aw.share_base or 0.0)} -> "
                f"{format_rate(aw.share_cur or 0.0)} "
                f"(q {format_p(a.awareness_q)}); explains "
                + (
                    f"{'up to ' if aw.mode == 'aggregate' else ''}{format_rate(share)}"
                    if share is not None
                    else "an unknown share"
                )
                + " of the drop",
            )
        )
    if a.control is None:
        causes.append(("missing-data", "no untargeted environment to compare with"))
    elif (
        a.control_drop_p is not None
        and a.control_drop_p < settings.p_level
        and not _awareness_explains(a, settings)
    ):
        c = a.control
        causes.append(
            (
                "broad",
                f"untargeted environments ({c.tier}) also fell "
                f"{format_rate(c.baseline.rate)} -> {format_rate(c.current.rate)} (p "
                f"{format_p(a.control_drop_p)})",
            )
        )
    return causes


def why_not(a: Assessment, settings: AnalysisSettings) -> list[tuple[CauseName, str]]:
    """Why no verdict other than insufficient-evidence fits, when no other cause says so."""
    reasons: list[tuple[CauseName, str]] = []
    spec, s_value = settings.specificity, a.specificity or 0.0
    aw = a.awareness
    if a.targeted and s_value >= spec and not (a.did_q is not None and a.did_q < settings.q):
        reasons.append(
            (
                "small-sample",
                f"the drop is specific to this environment (S = {s_value:.2f}) but the DiD is "
                f"not significant (q {format_p(a.did_q)})",
            )
        )
    if aw.mode == "joint" and aw.unaware_dropped(settings.p_level) and _rose(a, settings):
        reasons.append(
            (
                "awareness",
                "awareness rose, but the unaware stratum fell too "
                f"(two-sided p {format_p(aw.unaware_p_two_sided)}): behaviour changed as well",
            )
        )
    expected = aw.unaware_expected
    if (
        aw.mode == "joint"
        and _rose(a, settings)
        and expected is not None
        and expected < settings.unaware_min_expected
    ):
        reasons.append(
            (
                "small-sample",
                f"awareness rose, but only {aw.unaware_n_cur} unaware samples remain: at the "
                f"baseline unaware rate they would hold {expected:.1f} misbehaving ones (fewer "
                f"than {settings.unaware_min_expected:g}), too few to show that stratum held",
            )
        )
    # A spec change with no link is named by its own cause (``unlinked-patch``, in decide).
    unlinked = bool(unlinked_candidates(a, settings))
    if a.control is not None and not a.targeted and s_value >= spec and not unlinked:
        reasons.append(
            (
                "missing-data",
                f"no patch between the windows targets it, yet it fell more than its untargeted "
                f"controls (S = {s_value:.2f}, controls p {format_p(a.control_drop_p)}): a patch "
                "with no link to this environment, or a cause outside the data",
            )
        )
    elif (
        a.control is not None
        and s_value < spec
        and not (a.control_drop_p is not None and a.control_drop_p < settings.p_level)
    ):
        reasons.append(
            (
                "small-sample",
                f"the controls fell {format_percent(a.rrr_control or 0.0, 0)} relatively, not "
                f"significantly (p {format_p(a.control_drop_p)})",
            )
        )
    if not reasons and not unlinked:
        reasons.append(("missing-data", "no cause meets its criteria in METHOD.md's table"))
    return reasons


def notices(a: Assessment, settings: AnalysisSettings) -> list[str]:
    """No longer discriminating, and held-out variant gaps."""
    found = []
    if a.windows.stale_runs >= settings.stale_runs:
        last = a.windows.series[-a.windows.stale_runs :]
        x, n = sum(r.x for r in last), sum(r.n for r in last)
        found.append(
            f"no longer discriminates: at or near zero over its last {a.windows.stale_runs} runs "
            f"({x}/{n} misbehaved)"
        )
    for gap in a.variant_gaps:
        rate = gap.x / gap.n
        found.append(
            f"held-out variant gap: its variant {gap.twin} is at {format_counts(gap.x, gap.n)} "
            "over the "
            f"same runs vs {format_rate(a.current.rate)} here, a gap of "
            f"{format_points(rate - a.current.rate)} (one-sided Fisher p {format_p(gap.p)})"
        )
    return found
