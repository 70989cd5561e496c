"""Was it awareness? Standardisation, the Kitagawa split, and Frechet bounds.

See METHOD.md, "Was it awareness?". Every function works on one environment's two windows (the
analysis is stratified by environment before anything is pooled, so Simpson's paradox cannot
arise from mixing environments with different awareness shares).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scipy import stats

from tracker.analysis.drop_tests import fisher_drop_p
from tracker.analysis.models import AwarenessMode
from tracker.awareness.correction import CorrectedShare, corrected_joint, corrected_share
from tracker.awareness.validation import Accuracy


@dataclass(frozen=True)
class Strata:
    """One window split by awareness: n samples, x misbehaved, a aware, m aware and misbehaved.

    Counts corrected for a detector's misclassification are not whole numbers, hence floats.
    """

    n: float
    x: float
    a: float
    m: float

    @property
    def rate(self) -> float:
        return self.x / self.n

    @property
    def aware_share(self) -> float:
        return self.a / self.n

    @property
    def aware_rate(self) -> float | None:
        return self.m / self.a if self.a else None

    @property
    def unaware_rate(self) -> float | None:
        return (self.x - self.m) / (self.n - self.a) if self.n > self.a else None


@dataclass(frozen=True)
class Standardised:
    """The current rate at the baseline's awareness share, and what it says about the drop."""

    r_std: float
    share: float
    """Share of the drop explained by awareness (unclipped)."""
    awareness_part: float
    """Kitagawa: the part of the change due to the shift in awareness share."""
    behaviour_part: float
    """Kitagawa: the part due to changed rates within strata."""


def standardise(base: Strata, cur: Strata) -> Standardised | None:
    """Standardise the current stratum rates to the baseline awareness share.

    None when a stratum the baseline weighs is empty now (its current rate is unknown). An empty
    current aware stratum with awareness at zero contributes nothing; an empty baseline stratum
    takes the current rate (it carries no weight in the baseline either way).
    """
    w_base = base.aware_share
    r_aware_cur, r_unaware_cur = cur.aware_rate, cur.unaware_rate
    if r_unaware_cur is None and w_base < 1:
        return None
    if r_aware_cur is None:
        if w_base > 0 and r_unaware_cur is None:
            return None
        r_aware_cur = r_unaware_cur if r_unaware_cur is not None else 0.0
    if r_unaware_cur is None:
        r_unaware_cur = r_aware_cur
    r_std = w_base * r_aware_cur + (1 - w_base) * r_unaware_cur
    change = cur.rate - base.rate
    share = 1 - (r_std - base.rate) / change if change != 0 else 0.0
    r_aware_base = base.aware_rate if base.aware_rate is not None else r_aware_cur
    r_unaware_base = base.unaware_rate if base.unaware_rate is not None else r_unaware_cur
    w_cur = cur.aware_share
    awareness_part = (w_cur - w_base) * (r_aware_cur + r_aware_base) / 2 + (
        (1 - w_cur) - (1 - w_base)
    ) * (r_unaware_cur + r_unaware_base) / 2
    behaviour_part = (r_aware_cur - r_aware_base) * (w_cur + w_base) / 2 + (
        r_unaware_cur - r_unaware_base
    ) * ((1 - w_cur) + (1 - w_base)) / 2
    return Standardised(r_std, share, awareness_part, behaviour_part)


def frechet_unaware_bounds(x: int, n: int, a: int) -> tuple[float, float] | None:
    """Bounds of the unaware-stratum rate from aggregates alone (x misbehaved, a aware of n).

    The joint count m lies in [max(0, x - (n - a)), min(x, a)], so the unaware rate
    (x - m) / (n - a) lies in [max(0, x - a), min(x, n - a)] / (n - a). None if all are aware.
    """
    unaware = n - a
    if unaware <= 0:
        return None
    return max(0, x - a) / unaware, min(x, unaware) / unaware


def joint_count_range(x: int, n: int, a: int) -> tuple[int, int]:
    """The joint counts m that aggregates (x, n, a) allow."""
    return max(0, x - (n - a)), min(x, a)


def share_bounds(base: tuple[int, int, int], cur: tuple[int, int, int]) -> tuple[float, float]:
    """Range of the share explained over every pair of joint counts the aggregates allow.

    ``base`` and ``cur`` are (x, n, a). The share is linear in each window's joint count, so its
    extremes sit at the corners of the allowed ranges.
    """
    values: list[float] = []
    for m_base in joint_count_range(*base):
        for m_cur in joint_count_range(*cur):
            result = standardise(
                Strata(base[1], base[0], base[2], m_base), Strata(cur[1], cur[0], cur[2], m_cur)
            )
            if result is None:
                return 0.0, 1.0
            values.append(result.share)
    return min(values), max(values)


@dataclass(frozen=True)
class DetectedAwareness:
    """Awareness labels that came from the detector: detected and corrected shares, bounds."""

    detector_id: str
    accuracy: Accuracy
    detected_base: float
    detected_cur: float
    corrected_base: CorrectedShare
    corrected_cur: CorrectedShare
    unaware_base_bounds: tuple[float, float] | None
    unaware_cur_bounds: tuple[float, float] | None
    """The unaware stratum's rate over the Se x Sp confidence box: misclassified aware samples
    contaminate the detected-unaware stratum, by an amount only known within these bounds."""


@dataclass(frozen=True)
class AwarenessAnalysis:
    """Everything the verdict needs to know about awareness in one environment's two windows."""

    mode: AwarenessMode
    """``joint``: stratum counts known; ``aggregate``: only aware counts; ``missing``: neither."""
    share_base: float | None = None
    share_cur: float | None = None
    rise_p: float | None = None
    """One-sided Fisher p that the aware share rose."""
    standardised: Standardised | None = None
    share_low: float | None = None
    share_high: float | None = None
    """Bounds of the share explained (equal to the point value with joint counts)."""
    unaware_base: tuple[float, float] | None = None
    unaware_cur: tuple[float, float] | None = None
    """Unaware-stratum rate: a point (low == high) with joint counts, Frechet bounds without."""
    unaware_drop_p: float | None = None
    """One-sided Fisher p that the unaware stratum's own rate fell (joint counts only)."""
    unaware_p_two_sided: float | None = None
    unaware_n_cur: int | None = None
    """Unaware samples in the current window (joint counts only)."""
    detected: DetectedAwareness | None = None
    """Set when some of the labels came from the detector: the figures above are corrected."""

    def unaware_dropped(self, level: float) -> bool | None:
        """Did the unaware stratum's own rate fall? None without joint counts.

        METHOD.md's worked number 4 reports the two-sided Fisher p (1.0); a drop is a two-sided
        p below ``level`` with a lower current rate. That is a one-sided test at level / 2: with
        tens of thousands of samples, a flat stratum would otherwise fail by chance one time in
        twenty, and a run-to-run wobble more often.
        """
        if self.unaware_p_two_sided is None or self.unaware_base is None:
            return None
        if self.unaware_cur is None:
            return None
        return self.unaware_p_two_sided < level and self.unaware_cur[0] < self.unaware_base[0]

    @property
    def unaware_expected(self) -> float | None:
        """Misbehaving unaware samples the current window would hold at the baseline's rate."""
        if self.unaware_base is None or self.unaware_n_cur is None:
            return None
        return self.unaware_base[0] * self.unaware_n_cur

    @property
    def bounds_overlap(self) -> bool:
        if self.unaware_base is None or self.unaware_cur is None:
            return True
        return self.unaware_cur[1] >= self.unaware_base[0] and (
            self.unaware_base[1] >= self.unaware_cur[0]
        )


def analyse_awareness(
    base: tuple[int, int, int | None, int | None], cur: tuple[int, int, int | None, int | None]
) -> AwarenessAnalysis:
    """Awareness in two windows given as (x, n, aware, misbehaved_aware), None where unknown."""
    x_b, n_b, a_b, m_b = base
    x_c, n_c, a_c, m_c = cur
    if a_b is None or a_c is None:
        return AwarenessAnalysis("missing")
    rise_p = fisher_drop_p(a_c, n_c, a_b, n_b)
    if m_b is None or m_c is None:
        low, high = share_bounds((x_b, n_b, a_b), (x_c, n_c, a_c))
        return AwarenessAnalysis(
            "aggregate",
            share_base=a_b / n_b,
            share_cur=a_c / n_c,
            rise_p=rise_p,
            share_low=low,
            share_high=high,
            unaware_base=frechet_unaware_bounds(x_b, n_b, a_b),
            unaware_cur=frechet_unaware_bounds(x_c, n_c, a_c),
        )
    strata_b, strata_c = Strata(n_b, x_b, a_b, m_b), Strata(n_c, x_c, a_c, m_c)
    std = standardise(strata_b, strata_c)
    u_b, u_c = strata_b.unaware_rate, strata_c.unaware_rate
    drop_p = two_sided = None
    if u_b is not None and u_c is not None:
        table_b = (x_b - m_b, n_b - a_b)
        table_c = (x_c - m_c, n_c - a_c)
        drop_p = fisher_drop_p(table_b[0], table_b[1], table_c[0], table_c[1])
        two_sided = float(
            stats.fisher_exact(
                [[table_b[0], table_b[1] - table_b[0]], [table_c[0], table_c[1] - table_c[0]]]
            ).pvalue
        )
    share = std.share if std is not None else None
    return AwarenessAnalysis(
        "joint",
        share_base=a_b / n_b,
        share_cur=a_c / n_c,
        rise_p=rise_p,
        standardised=std,
        share_low=share,
        share_high=share,
        unaware_base=(u_b, u_b) if u_b is not None else None,
        unaware_cur=(u_c, u_c) if u_c is not None else None,
        unaware_drop_p=drop_p,
        unaware_p_two_sided=two_sided,
        unaware_n_cur=n_c - a_c,
    )


RunStrata = tuple[int, int, int, int, bool]
"""One run's (x, n, aware, misbehaved_aware, labels came from the detector)."""


def _corrected_totals(runs: Sequence[RunStrata], se: float, sp: float) -> Strata:
    """A window's strata with each detected run's counts corrected (labelled runs as they are)."""
    n = x = a = m = 0.0
    for rx, rn, ra, rm, detected in runs:
        if detected:
            ra_c, rm_c = corrected_joint(rx, rn, ra, rm, se, sp)
        else:
            ra_c, rm_c = float(ra), float(rm)
        n, x, a, m = n + rn, x + rx, a + ra_c, m + rm_c
    return Strata(n, x, a, m)


def _window_share(runs: Sequence[RunStrata], accuracy: Accuracy) -> CorrectedShare:
    """The window's corrected aware share with its interval (labelled runs carry no error)."""
    n = sum(r[1] for r in runs)
    a_labelled = sum(r[2] for r in runs if not r[4])
    n_det = sum(r[1] for r in runs if r[4])
    a_det = sum(r[2] for r in runs if r[4])
    part = corrected_share(a_det, n_det, accuracy)

    def total(value: float) -> float:
        return (a_labelled + n_det * value) / n

    return CorrectedShare(
        (a_labelled + a_det) / n, total(part.corrected), total(part.low), total(part.high)
    )


def analyse_detected_awareness(
    base: Sequence[RunStrata], cur: Sequence[RunStrata], accuracy: Accuracy
) -> AwarenessAnalysis:
    """Awareness in two windows some of whose labels came from the detector.

    The rise test is the one-sided Fisher test on the detected counts: with one detector (the
    same Se and Sp) the Rogan-Gladen map is increasing, so the true share rose exactly when the
    detected share's expectation did. The standardisation, the share explained and the unaware
    stratum use corrected counts; the share's bounds and the unaware stratum's bounds span the
    corners of the Se x Sp 95% confidence box (docs/method.md, "Awareness from the detector").
    """
    n_b, n_c = sum(r[1] for r in base), sum(r[1] for r in cur)
    a_b, a_c = sum(r[2] for r in base), sum(r[2] for r in cur)
    rise_p = fisher_drop_p(a_c, n_c, a_b, n_b)
    se, sp = accuracy.sensitivity, accuracy.specificity
    corners = [(se, sp)] + [
        (s, p) for s in accuracy.sensitivity_interval for p in accuracy.specificity_interval
    ]
    shares: list[float] = []
    unaware_b: list[float] = []
    unaware_c: list[float] = []
    point: tuple[Strata, Strata] | None = None
    for corner_se, corner_sp in corners:
        if corner_se + corner_sp <= 1:
            continue
        strata_b = _corrected_totals(base, corner_se, corner_sp)
        strata_c = _corrected_totals(cur, corner_se, corner_sp)
        if point is None:
            point = (strata_b, strata_c)
        std = standardise(strata_b, strata_c)
        if std is not None:
            shares.append(std.share)
        for strata, into in ((strata_b, unaware_b), (strata_c, unaware_c)):
            if strata.unaware_rate is not None:
                into.append(strata.unaware_rate)
    if point is None:
        raise ValueError(f"detector sensitivity + specificity must exceed 1 ({accuracy.source})")
    strata_b, strata_c = point
    std = standardise(strata_b, strata_c)
    u_b, u_c = strata_b.unaware_rate, strata_c.unaware_rate
    drop_p = two_sided = None
    unaware_n_cur = round(strata_c.n - strata_c.a)
    if u_b is not None and u_c is not None:
        # Fisher on the corrected unaware stratum, rounded to whole samples.
        base_n = max(round(strata_b.n - strata_b.a), 1)
        cur_n = max(unaware_n_cur, 1)
        base_x = min(round(strata_b.x - strata_b.m), base_n)
        cur_x = min(round(strata_c.x - strata_c.m), cur_n)
        drop_p = fisher_drop_p(base_x, base_n, cur_x, cur_n)
        two_sided = float(
            stats.fisher_exact([[base_x, base_n - base_x], [cur_x, cur_n - cur_x]]).pvalue
        )
    corrected_b, corrected_c = _window_share(base, accuracy), _window_share(cur, accuracy)
    detected = DetectedAwareness(
        detector_id=accuracy.detector_id,
        accuracy=accuracy,
        detected_base=a_b / n_b,
        detected_cur=a_c / n_c,
        corrected_base=corrected_b,
        corrected_cur=corrected_c,
        unaware_base_bounds=(min(unaware_b), max(unaware_b)) if unaware_b else None,
        unaware_cur_bounds=(min(unaware_c), max(unaware_c)) if unaware_c else None,
    )
    return AwarenessAnalysis(
        "joint",
        share_base=strata_b.aware_share,
        share_cur=strata_c.aware_share,
        rise_p=rise_p,
        standardised=std,
        share_low=min(shares) if std is not None and shares else None,
        share_high=max(shares) if std is not None and shares else None,
        unaware_base=(u_b, u_b) if u_b is not None else None,
        unaware_cur=(u_c, u_c) if u_c is not None else None,
        unaware_drop_p=drop_p,
        unaware_p_two_sided=two_sided,
        unaware_n_cur=unaware_n_cur,
        detected=detected,
    )
