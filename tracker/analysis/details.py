"""Every statistic behind a verdict as a typed record: the ``details`` of a flag.

Built from the ``Assessment`` once its q-values are in; the evidence sentences are rendered from
the same ``Assessment`` (tracker/analysis/evidence.py), so no figure is ever read back from text.
"""

from __future__ import annotations

from tracker.analysis.assess import Assessment
from tracker.analysis.awareness import AwarenessAnalysis
from tracker.analysis.changepoint import ChangePoint
from tracker.analysis.models import (
    AwarenessStats,
    ChangePointStats,
    ControlPoolStats,
    CorrectedShareStats,
    Counts,
    DetectorCorrection,
    DiffInDiff,
    DropTest,
    FlagStatistics,
    Interval,
    LogOdds,
    Standardisation,
    TimingStats,
    UnawareStratum,
    VariantGapStats,
)
from tracker.analysis.windows import Window
from tracker.awareness.correction import CorrectedShare


def _counts(window: Window) -> Counts:
    return Counts(x=window.x, n=window.n)


def _interval(bounds: tuple[float, float] | None) -> Interval | None:
    return None if bounds is None else Interval(low=bounds[0], high=bounds[1])


def _change_point(cp: ChangePoint) -> ChangePointStats:
    return ChangePointStats(k=cp.k, lr=cp.lr, p=cp.p)


def _corrected(share: CorrectedShare) -> CorrectedShareStats:
    return CorrectedShareStats(
        detected=share.detected, corrected=share.corrected, low=share.low, high=share.high
    )


def _awareness(aw: AwarenessAnalysis, rise_q: float | None) -> AwarenessStats:
    std = aw.standardised
    det = aw.detected
    share_explained = (
        Interval(low=aw.share_low, high=aw.share_high)
        if aw.share_low is not None and aw.share_high is not None
        else None
    )
    detector = None
    if det is not None:  # labels from the detector: its accuracy, detected vs corrected shares
        acc = det.accuracy
        detector = DetectorCorrection(
            detector_id=det.detector_id,
            accuracy_source=acc.source,
            sensitivity=acc.sensitivity,
            sensitivity_interval=Interval(
                low=acc.sensitivity_interval[0], high=acc.sensitivity_interval[1]
            ),
            specificity=acc.specificity,
            specificity_interval=Interval(
                low=acc.specificity_interval[0], high=acc.specificity_interval[1]
            ),
            baseline=_corrected(det.corrected_base),
            current=_corrected(det.corrected_cur),
            unaware_baseline=_interval(det.unaware_base_bounds),
            unaware_current=_interval(det.unaware_cur_bounds),
        )
    return AwarenessStats(
        mode=aw.mode,
        share_baseline=aw.share_base,
        share_current=aw.share_cur,
        rise_p=aw.rise_p,
        rise_q=rise_q,
        share_explained=share_explained,
        standardisation=None
        if std is None
        else Standardisation(
            r_std=std.r_std,
            share_explained=std.share,
            kitagawa_awareness=std.awareness_part,
            kitagawa_behaviour=std.behaviour_part,
        ),
        unaware=UnawareStratum(
            baseline=_interval(aw.unaware_base),
            current=_interval(aw.unaware_cur),
            drop_p=aw.unaware_drop_p,
            p_two_sided=aw.unaware_p_two_sided,
            n_current=aw.unaware_n_cur,
            expected_events=aw.unaware_expected,
        ),
        detector=detector,
    )


def details(a: Assessment) -> FlagStatistics:
    """Every statistic behind the verdict, from an assessment whose q-values are filled in."""
    drop = None
    if a.baseline is not None and a.drop_p is not None:
        assert a.rrr_target is not None  # assess computes it with the drop test
        drop = DropTest(test=a.drop_test, p=a.drop_p, q=a.drop_q, relative_reduction=a.rrr_target)
    control = None
    if a.control is not None:
        c = a.control
        # assess computes these three together with the pool
        assert a.control_drop_p is not None
        assert a.rrr_control is not None
        assert a.specificity is not None
        control = ControlPoolStats(
            tier=c.tier,
            env_ids=list(c.env_ids),
            baseline=_counts(c.baseline),
            current=_counts(c.current),
            drop_p=a.control_drop_p,
            relative_reduction=a.rrr_control,
            specificity=a.specificity,
        )
    did = None
    if a.did is not None:
        d = a.did
        did = DiffInDiff(
            target=LogOdds(estimate=d.target.estimate, variance=d.target.variance),
            control=LogOdds(estimate=d.control.estimate, variance=d.control.variance),
            did=d.did,
            se=d.se,
            z=d.z,
            p=d.p,
            q=a.did_q,
        )
    timing = None
    if a.timing is not None:
        t = a.timing
        timing = TimingStats(
            target=_change_point(t.target),
            checkpoints=t.checkpoints,
            patch_index=t.patch_index,
            control=_change_point(t.control) if t.control is not None else None,
            control_index=t.control_index,
        )
    return FlagStatistics(
        current_upper=a.upper,
        certified=a.certified,
        stale_runs=a.windows.stale_runs,
        drop=drop,
        control=control,
        did=did,
        timing=timing,
        awareness=_awareness(a.awareness, a.awareness_q),
        variant_gaps=[
            VariantGapStats(
                twin=gap.twin,
                current=Counts(x=gap.x, n=gap.n),
                gap=gap.x / gap.n - a.current.rate,
                p=gap.p,
            )
            for gap in a.variant_gaps
        ],
    )
