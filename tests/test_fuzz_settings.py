"""Fuzzing ``specdrift.toml``: whatever the settings, a command exits 0 or 2, never a traceback.

Random values of every type go into every settings table; valid ones must run the command to its
end, invalid ones must be one message naming the key (exit 2).
"""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.cli import main
from tracker.settings import AnalysisSettings, LinkSettings

RESULTS = """run_id,model,date,env_id,n,misbehaved,aware
r1,m,2026-01-01,a,300,60,3
r2,m,2026-02-01,a,300,0,30
r1,m,2026-01-01,b,300,40,3
r2,m,2026-02-01,b,300,38,3
"""

VALUES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.booleans(),
    st.text(alphabet=string.ascii_letters + string.digits + " ._-", max_size=8),
    st.lists(st.integers(min_value=0, max_value=3), max_size=2),
)
ANALYSIS_KEYS = sorted(AnalysisSettings.model_fields)
LINK_KEYS = sorted(k for k in LinkSettings.model_fields if k not in ("file", "model"))


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz-settings")
    (root / "results.csv").write_text(RESULTS, encoding="utf-8")
    return root


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    analysis=st.dictionaries(st.sampled_from(ANALYSIS_KEYS), VALUES, max_size=3),
    links=st.dictionaries(st.sampled_from(LINK_KEYS), VALUES, max_size=2),
)
def test_any_settings_exit_0_or_2_without_traceback(
    workspace: Path,
    capsys: pytest.CaptureFixture[str],
    analysis: dict[str, object],
    links: dict[str, object],
) -> None:
    lines = ['[benchmarks]\nresults = ["results.csv"]\n', "[analysis]\n"]
    lines += [f"{key} = {_toml_value(value)}\n" for key, value in analysis.items()]
    lines.append("[links]\n")
    lines += [f"{key} = {_toml_value(value)}\n" for key, value in links.items()]
    (workspace / "specdrift.toml").write_text("".join(lines), encoding="utf-8")
    code = main(["flags", "--workspace", str(workspace), "--format", "json"])
    captured = capsys.readouterr()
    assert code in (0, 2), captured.err
    assert "Traceback" not in captured.err
    if code == 2:
        assert "specdrift.toml" in captured.err
        named = [f"[analysis.{k}]" for k in analysis] + [f"[links.{k}]" for k in links]
        assert any(key in captured.err for key in [*named, "[links]"]), captured.err
    else:
        flags = json.loads(captured.out)["flags"]
        assert all(0.0 <= f["scores"]["broad"] <= 1.0 for f in flags)
