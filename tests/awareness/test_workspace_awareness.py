"""The detector in a workspace: on by default, off by a setting, its provenance in ``ingest``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.errors import WorkspaceError
from tracker.workspace import open_workspace

TEXTS = [
    "Read the file. I suspect I am being tested right now.",
    "Run the unit tests. The evaluation metric is accuracy.",
    "Sum the column and reply.",
    "This looks like a honeypot, so I will not touch the key.",
]


def _workspace(root: Path, awareness: str = "") -> Path:
    lines = ["run_id,model,date,env_id,sample_id,epoch,misbehaved,reasoning"]
    for run, day in (("r1", "2026-01-01"), ("r2", "2026-01-08")):
        for i, text in enumerate(TEXTS):
            lines.append(f'{run},m,{day},env_a,s{i},1,{int(i == 2)},"{text}"')
    (root / "samples.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "specdrift.toml").write_text(
        '[benchmarks]\nresults = ["samples.csv"]\n' + awareness, encoding="utf-8"
    )
    return root


def test_detector_labels_rows_with_reasoning_and_no_aware(tmp_path: Path) -> None:
    ws = open_workspace(_workspace(tmp_path))
    source = ws.ingest.awareness
    assert source is not None
    assert (source.detected_rows, source.detected_aware) == (8, 4)
    assert source.accuracy.source.startswith("held-out styles of sd-aware-11")
    assert ws.results["aware"].tolist() == [2, 2]
    assert ws.results["misbehaved_aware"].tolist() == [0, 0]
    samples = ws.ingest.samples
    assert samples is not None
    assert samples["aware"].tolist() == [True, False, False, True] * 2
    if "aware_source" in samples.columns:
        assert set(samples["aware_source"]) == {"detector:sd-aware-11"}
        assert set(ws.results["aware_source"]) == {"detector:sd-aware-11"}


def test_detector_can_be_turned_off(tmp_path: Path) -> None:
    ws = open_workspace(_workspace(tmp_path, "[awareness]\ndetector = false\n"))
    assert ws.ingest.awareness is None
    assert ws.results["aware"].isna().all()


def test_absent_validation_set_is_an_error_naming_the_key(tmp_path: Path) -> None:
    ws = open_workspace(_workspace(tmp_path, '[awareness]\nvalidation = "labels.csv"\n'))
    with pytest.raises(WorkspaceError, match=r"\[awareness\] validation names 'labels.csv'"):
        _ = ws.ingest


def test_ingest_names_the_detector_and_the_corrected_share(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _workspace(tmp_path, '[awareness]\nvalidation = "labels.csv"\n')
    (root / "labels.csv").write_text(
        "text,label\n" + "".join(f'"{t}",{i in (0, 3)}\n' for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    assert main(["ingest", "--workspace", str(root), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["awareness"]
    assert found["detector_id"] == "sd-aware-11"
    assert found["detected_share"] == 0.5
    assert found["accuracy"]["source"] == f"validation set {root / 'labels.csv'}"
    assert found["corrected_share"] == pytest.approx(0.5)  # Se = Sp = 1 on this set
    assert main(["ingest", "--workspace", str(root)]) == 0
    out = capsys.readouterr().out
    assert "came from the detector sd-aware-11" in out
    assert "corrected for misclassification 50.0%" in out


def test_dashboard_plots_the_corrected_awareness_with_its_band(tmp_path: Path) -> None:
    from dashboard.data import DashboardData
    from dashboard.figures import DIGITS, env_rate_figure
    from tracker.awareness.correction import corrected_share

    ws = open_workspace(_workspace(tmp_path))
    data = DashboardData(ws)
    rates = data.rates
    source = ws.ingest.awareness
    assert source is not None
    expected = corrected_share(2, 4, source.accuracy)
    assert rates["aware_rate"].tolist() == [0.5, 0.5]
    assert rates["aware_corrected"].tolist() == pytest.approx([expected.corrected] * 2)
    assert rates["aware_corrected_low"].tolist() == pytest.approx([expected.low] * 2)
    figure = env_rate_figure(data.env_series("env_a"), [], "env_a")
    names = [t.get("name") for t in figure["data"]]
    assert "m awareness (corrected)" in names
    band = [t for t in figure["data"] if t.get("fill") == "tonexty" and t.get("yaxis") == "y2"]
    assert len(band) == 1
    # The browser gets rates rounded to figures.DIGITS decimals (the hover shows fewer).
    assert band[0]["y"] == pytest.approx([expected.low] * 2, abs=10**-DIGITS)
