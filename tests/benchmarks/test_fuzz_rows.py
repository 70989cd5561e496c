"""Fuzzed results files through ``specdrift ingest``: the row accounting cannot be fooled.

Random CSV and JSON Lines files full of dialect noise (quotes, quoted line breaks, a quote that
never closes, a byte-order mark, CRLF and lone CR, blank lines, repeated, missing and unknown
columns, odd dates and counts) go through ``tracker.cli.main(["ingest", ...])`` on a real
workspace (a git spec history, a catalog). Whatever the file: no traceback, exit code 0 or 2
only (2 exactly when a column is named twice), and ingested + rejected rows equal the input
rows, counted here from what the generator wrote, not from any parser.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.support.gitrepo import GitRepo
from tracker.cli import main

COLUMNS = (
    "run_id",
    "model",
    "date",
    "spec_version",
    "env_id",
    "n",
    "misbehaved",
    "aware",
    "misbehaved_aware",
)
REQUIRED = ("run_id", "model", "date", "env_id", "n", "misbehaved")
TEXT = st.sampled_from(
    [
        *("r1", "r2", "o3-line", "", " ", 'say "hi"', "a,b", "two\nlines", "cr\rhere", "x\r\ny"),
        *("é✓", "line\u2028sep", "\x85", "tab\there", '"', "covert_email", "sandbagging_qa"),
    ]
)
DATES = st.sampled_from(
    [
        *("2026-01-05", "2026-01-05T10:00:00+02:00", "2026-01-05t10:00z", " 2026-03-01 ", ""),
        *("9999-12-31T23:59:59-12:00", "2026-01-05T10:00:00+25:00", "2026-01-05T10:00+05:75"),
        *("1899-12-31", "2201-01-01", "epoch", "2026-02-30", "infinity", "2026-01-05 Europe/Paris"),
    ]
)
COUNTS = st.sampled_from(
    [
        *("0", "1", "7", "300", " 12 ", "1_000", "1e3", "3.0", "-1", "+3", "", "x", "0x10"),
        *("99999999999999999999", "\u0661", "1\n2"),
    ]
)
PLAIN = st.sampled_from(["r1", "r2", "m", "2026-01-05", "7", "0", "covert_email", "", "x y"])
"""Values with no quote, comma or line break: what follows a quote that never closes."""
RAW = st.sampled_from(['o3"line', 'say "hi" twice', 'ends"', '"ab"cd', "plain"])
"""Values written without quoting: a quote inside a field, or text after a closing quote."""

VALUE = {
    "run_id": TEXT,
    "model": TEXT,
    "date": DATES,
    "spec_version": st.sampled_from(["", "abc123", " "]),
    "env_id": TEXT,
    "n": COUNTS,
    "misbehaved": COUNTS,
    "aware": COUNTS,
    "misbehaved_aware": COUNTS,
}


@dataclass
class Noise:
    header: list[str]
    repeated: bool
    """A column is named twice: ingest must refuse the file (exit 2)."""
    unclosed: bool = False
    """A quote opens and never closes (``--hypothesis-show-statistics`` counts these)."""


@st.composite
def headers(draw: st.DrawFn) -> Noise:
    header = list(COLUMNS)
    kind = draw(st.sampled_from(["none", "none", "repeated", "missing", "unknown"]))
    if kind == "repeated":
        name = draw(st.sampled_from(COLUMNS))
        header.insert(draw(st.integers(0, len(header))), draw(st.sampled_from([name, f" {name} "])))
    elif kind == "missing":
        header.remove(draw(st.sampled_from(REQUIRED)))
    elif kind == "unknown":
        header.append("notes")
    return Noise(header, kind == "repeated")


def _csv_line(fields: list[str], quote_all: bool, end: str) -> str:
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    # Python 3.11's writer quotes a field for the line break characters of its own terminator
    # only, so write with both and put the wanted ending on afterwards.
    csv.writer(buffer, quoting=quoting, lineterminator="\r\n").writerow(fields)
    return buffer.getvalue().removesuffix("\r\n") + end


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[bytes, Noise, int]:
    """(file bytes, header noise, data rows written)."""
    noise = draw(headers())
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    quote_all = draw(st.booleans())
    texts = [_csv_line(noise.header, quote_all, end)]
    count = draw(st.integers(0, 10))
    broken_at = draw(st.one_of(st.none(), st.integers(0, max(count - 1, 0))))
    rows: list[str] = []
    for index in range(count):
        width = len(noise.header) + draw(st.sampled_from([0, 0, 0, -2, 1]))
        names = [*noise.header, "extra"][: max(width, 1)]
        if broken_at is not None and index > broken_at:
            # After an unclosed quote nothing may close it: plain values, one line each.
            rows.append(",".join(draw(PLAIN) for _ in names) + end)
            continue
        values = [draw(VALUE.get(name.strip(), TEXT)) for name in names]
        if broken_at == index:
            # A quote opens the row's last field and never closes.
            head = _csv_line(values[:-1], quote_all, "") + "," if len(values) > 1 else ""
            rows.append(head + '"' + draw(PLAIN) + end)
        elif draw(st.integers(0, 5)) == 0:
            rows.append(",".join(draw(RAW) for _ in names) + end)
        else:
            rows.append(_csv_line(values, quote_all, end))
    for row in rows:
        if draw(st.integers(0, 4)) == 0:
            texts.append(draw(st.sampled_from(["\n", "   \n", "\r\n", "\t\r"])))
        texts.append(row)
    noise.unclosed = broken_at is not None and count > 0
    text = "".join(texts)
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return bom + text.encode("utf-8"), noise, sum(1 for row in rows if row.strip())


@st.composite
def jsonl_files(draw: st.DrawFn) -> tuple[bytes, int]:
    """(file bytes, data rows written): objects, repeated keys, lines that are not objects."""
    rows: list[str] = []
    for _ in range(draw(st.integers(0, 10))):
        record: dict[str, Any] = {
            name: draw(VALUE[name]) for name in COLUMNS if draw(st.booleans()) or name in REQUIRED
        }
        for name in ("n", "misbehaved"):
            if draw(st.booleans()):
                record[name] = draw(st.sampled_from([300, 0, 7.0, 2.5, -1, True, None, 1e3]))
        kind = draw(st.sampled_from(["object", "object", "repeated", "broken", "array"]))
        line = json.dumps(record, ensure_ascii=draw(st.booleans()))
        if kind == "repeated" and len(line) > 2:
            line = line[:-1] + ', "n": 999}'
        elif kind == "broken":
            line = line[: draw(st.integers(1, max(len(line) - 1, 1)))]
        elif kind == "array":
            line = json.dumps(list(record.values()))
        rows.append(line)
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = "".join(row + end + (end if draw(st.integers(0, 4)) == 0 else "") for row in rows)
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return bom + text.encode("utf-8"), sum(1 for row in rows if row.strip())


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    repo = GitRepo(root / "spec")
    repo.commit("Release 1", "2026-01-01T00:00:00+00:00", {"spec.md": "# Spec\n\nBe honest.\n"})
    (root / "specdrift.toml").write_text(
        '[spec]\nrepo = "spec"\nfiles = ["spec.md"]\n\n[benchmarks]\n'
        'environments = "environments.csv"\nresults = ["results"]\nfailures = []\n',
        encoding="utf-8",
    )
    (root / "environments.csv").write_text(
        "env_id,name,category,split\ncovert_email,C,covert_action,test\n", encoding="utf-8"
    )
    (root / "results").mkdir()
    return root


def _ingest(workspace: Path, name: str, data: bytes) -> tuple[int, str, str]:
    for old in (workspace / "results").iterdir():
        old.unlink()
    (workspace / "results" / name).write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        # An exception other than SpecdriftError escapes main() and fails the test: a traceback.
        code = main(["ingest", "--workspace", str(workspace), "--format", "json"])
    return code, out.getvalue(), err.getvalue()


def _check_accounting(out: str, written: int) -> None:
    report = json.loads(out)
    assert report["input_rows"] == written
    assert report["ingested_rows"] + report["rejected_rows"] == report["input_rows"]
    if report["rejected_rows"]:
        assert report["rejected"]  # every rejected row is explained
    for problem in report["rejected"]:
        assert problem["file"].endswith(("results.csv", "results.jsonl"))


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(generated=csv_files())
def test_fuzzed_csv_rows_are_all_accounted_for(
    workspace: Path, generated: tuple[bytes, Noise, int]
) -> None:
    data, noise, written = generated
    event(f"repeated column: {noise.repeated}, unclosed quote: {noise.unclosed}")
    code, out, err = _ingest(workspace, "results.csv", data)
    assert "Traceback" not in err
    if noise.repeated:
        assert code == 2
        assert "results.csv, line 1, column" in err
        assert "duplicate column" in err
        return
    assert code == 0, err
    _check_accounting(out, written)


@FUZZ
@given(generated=jsonl_files())
def test_fuzzed_jsonl_rows_are_all_accounted_for(
    workspace: Path, generated: tuple[bytes, int]
) -> None:
    data, written = generated
    code, out, err = _ingest(workspace, "results.jsonl", data)
    assert "Traceback" not in err
    assert code == 0, err
    _check_accounting(out, written)
