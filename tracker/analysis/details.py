"""Every statistic behind a verdict, by name: the ``details`` of a flag."""

from __future__ import annotations

from tracker.analysis.assess import Assessment


def details(a: Assessment) -> dict[str, float | int | str | None]:
    """Every statistic behind the verdict, by name."""
    out: dict[str, float | int | str | None] = {
        "current_upper": a.upper,
        "certified": int(a.certified),
        "stale_runs": a.windows.stale_runs,
        "drop_test": a.drop_test if a.drop_p is not None else None,
        "drop_p": a.drop_p,
        "drop_q": a.drop_q,
        "rrr_target": a.rrr_target,
        "rrr_control": a.rrr_control,
        "specificity": a.specificity,
        "control_drop_p": a.control_drop_p,
    }
    if a.control is not None:
        c = a.control
        out |= {
            "control_tier": c.tier,
            "control_envs": ",".join(c.env_ids),
            "control_baseline_x": c.baseline.x,
            "control_baseline_n": c.baseline.n,
            "control_current_x": c.current.x,
            "control_current_n": c.current.n,
        }
    if a.did is not None:
        d = a.did
        out |= {
            "log_or_target": d.target.estimate,
            "var_target": d.target.variance,
            "log_or_control": d.control.estimate,
            "var_control": d.control.variance,
            "did": d.did,
            "did_se": d.se,
            "did_z": d.z,
            "did_p": d.p,
            "did_q": a.did_q,
        }
    if a.timing is not None:
        t = a.timing
        out |= {
            "changepoint_k": t.target.k,
            "changepoint_lr": t.target.lr,
            "changepoint_p": t.target.p,
            "patch_index": t.patch_index,
            "control_changepoint_k": t.control.k if t.control else None,
            "control_changepoint_p": t.control.p if t.control else None,
        }
    aw = a.awareness
    out |= {
        "awareness_mode": aw.mode,
        "aware_share_baseline": aw.share_base,
        "aware_share_current": aw.share_cur,
        "awareness_rise_p": aw.rise_p,
        "awareness_rise_q": a.awareness_q,
        "awareness_share_low": aw.share_low,
        "awareness_share_high": aw.share_high,
        "unaware_drop_p": aw.unaware_drop_p,
        "unaware_p_two_sided": aw.unaware_p_two_sided,
        "unaware_n_current": aw.unaware_n_cur,
        "unaware_expected_events": aw.unaware_expected,
    }
    if aw.detected is not None:  # labels from the detector: detected vs corrected shares
        det = aw.detected
        out |= {
            "awareness_detector": det.detector_id,
            "awareness_accuracy_source": det.accuracy.source,
            "detected_share_baseline": det.detected_base,
            "detected_share_current": det.detected_cur,
            "corrected_share_baseline_low": det.corrected_base.low,
            "corrected_share_baseline_high": det.corrected_base.high,
            "corrected_share_current_low": det.corrected_cur.low,
            "corrected_share_current_high": det.corrected_cur.high,
        }
    if aw.standardised is not None:
        out |= {
            "r_std": aw.standardised.r_std,
            "awareness_share_explained": aw.standardised.share,
            "kitagawa_awareness": aw.standardised.awareness_part,
            "kitagawa_behaviour": aw.standardised.behaviour_part,
        }
    for name, bounds in (("baseline", aw.unaware_base), ("current", aw.unaware_cur)):
        if bounds is not None:
            out[f"unaware_rate_{name}_low"], out[f"unaware_rate_{name}_high"] = bounds
    for gap in a.variant_gaps:
        out[f"variant_gap_{gap.twin}"] = gap.x / gap.n - a.current.rate
    return out
