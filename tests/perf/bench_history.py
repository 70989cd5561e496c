"""Benchmark: the full lineage of a 2,000-commit history of a ~270 KB spec.

Prints the cold full-lineage time divided by the time of ``git log -p -- spec.md`` on the same
repository in the same run (the floor: reading every diff once; target <= 1.6), the warm re-run
time with the clause cache filled (target <= 0.4 s), and the peak memory (target <= 500 MB).
Each measured run is a fresh Python process, so its peak resident memory is its own; git runs
through the seam (tracker/history/git.py: gitpython), whose import is counted with the others.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

COMMITS = 2_000
SECTIONS = 90
TARGET_BYTES = 225_000
START = 1_735_689_600  # 2025-01-01T00:00:00Z
COLD_RATIO = 1.6
"""Cold full lineage / ``git log -p -- spec.md`` (issue 15)."""
WARM_SECONDS = 0.4
"""Warm re-run with the clause cache filled (issue 15)."""

WORDS = [
    "the",
    "assistant",
    "should",
    "must",
    "never",
    "always",
    "model",
    "user",
    "developer",
    "instruction",
    "policy",
    "harm",
    "honest",
    "report",
    "covert",
    "action",
    "sabotage",
    "evaluation",
    "context",
    "refuse",
    "comply",
    "explain",
    "request",
    "tool",
    "output",
    "safety",
    "oversight",
    "goal",
    "deceive",
    "disclose",
    "uncertainty",
    "principle",
    "example",
]


def _sentence(rng: np.random.Generator) -> str:
    words = rng.choice(WORDS, size=int(rng.integers(8, 20)))
    return " ".join(words).capitalize() + "."


def _paragraph(rng: np.random.Generator) -> str:
    return " ".join(_sentence(rng) for _ in range(int(rng.integers(3, 7))))


def _initial_sections(rng: np.random.Generator) -> list[list[str]]:
    """Each section is a list of lines; heading ids and fenced examples like the OpenAI spec."""
    sections: list[list[str]] = []
    per_section = TARGET_BYTES // SECTIONS
    for index in range(SECTIONS):
        level = "#" if index % 10 == 0 else "##" if index % 3 == 0 else "###"
        lines = [f"{level} Section {index} {{#section_{index} authority=platform}}", ""]
        size = 0
        while size < per_section:
            if rng.random() < 0.15:
                block = ["~~~xml", "# not a heading", f"<user>{_sentence(rng)}</user>", "~~~"]
            else:
                block = [_paragraph(rng)]
            lines.extend([*block, ""])
            size += sum(len(line) + 1 for line in block) + 1
        sections.append(lines)
    return sections


def _edit(sections: list[list[str]], rng: np.random.Generator) -> None:
    """A small edit: reword a line (most often), extend a paragraph, or insert one."""
    section = sections[int(rng.integers(len(sections)))]
    prose = [i for i, line in enumerate(section) if line and line[0].isupper()]
    if not prose:
        section.extend([_paragraph(rng), ""])
        return
    line = prose[int(rng.integers(len(prose)))]
    roll = rng.random()
    if roll < 0.8:
        words = section[line].split(" ")
        words[int(rng.integers(len(words)))] = str(rng.choice(WORDS))
        section[line] = " ".join(words)
    elif roll < 0.95:
        section[line] += " " + _sentence(rng)
    else:
        section[line + 1 : line + 1] = ["", _paragraph(rng)]


def _data(content: bytes) -> bytes:
    return b"data %d\n" % len(content) + content + b"\n"


def build_repository(path: Path, rng: np.random.Generator) -> int:
    """A repository of COMMITS commits of spec.md, streamed into one ``git fast-import``.

    The stream is written as it is made, so this process stays small: a child process started
    later inherits nothing large (its peak memory is measured).
    """
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    sections = _initial_sections(rng)
    size = 0
    importer = subprocess.Popen(
        ["git", "-C", str(path), "fast-import", "--quiet"], stdin=subprocess.PIPE
    )
    assert importer.stdin is not None
    for number in range(COMMITS):
        if number:
            _edit(sections, rng)
        content = ("\n".join(line for section in sections for line in section) + "\n").encode()
        size = len(content)
        stamp = f"{START + number * 3600} +0000".encode()
        message = f"Edit {number}\n\nPrompted-by: F-{number:04d}\n".encode()
        importer.stdin.write(
            b"commit refs/heads/main\n"
            + b"author Bench <bench@example.invalid> "
            + stamp
            + b"\n"
            + b"committer Bench <bench@example.invalid> "
            + stamp
            + b"\n"
            + _data(message)
            + b"M 100644 inline spec.md\n"
            + _data(content)
        )
    importer.stdin.close()
    if importer.wait() != 0:
        raise RuntimeError("git fast-import failed")
    subprocess.run(["git", "-C", str(path), "checkout", "-q", "-f", "main"], check=True)
    return size


def build_only(path: Path) -> None:
    """Build the benchmark repository at ``path`` (for profiling by hand)."""
    build_repository(path, np.random.default_rng(20260101))


_CHILD = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
from tracker.history.reader import read_spec_versions
from tracker.spec.lineage import build_lineage
imported = time.perf_counter()
def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    git = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + git.ru_utime + git.ru_stime
cpu_before = cpu()
versions = read_spec_versions(Path(sys.argv[1]), ["spec.md"], cache_dir=Path(sys.argv[2]))
lineage = build_lineage(versions)
changes = sum(len(lineage.changes_in(v.version.commit)) for v in versions)
done = time.perf_counter()

def peak_mb():
    # VmHWM is this process's own high-water mark (ru_maxrss can carry the parent's over exec).
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

print(json.dumps({
    "seconds": done - imported,
    "cpu_seconds": cpu() - cpu_before,
    "import_seconds": imported - started,
    "versions": len(versions),
    "changes": changes,
    "peak_mb": peak_mb(),
}))
"""


def _measure(repo: Path, cache: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(repo), str(cache)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    rng = np.random.default_rng(20260101)
    with tempfile.TemporaryDirectory(prefix="bench-history-") as folder:
        repo, cache = Path(folder) / "spec", Path(folder) / "cache"
        started = time.perf_counter()
        size = build_repository(repo, rng)
        print(
            f"built {COMMITS} commits of a {size / 1000:.0f} KB spec in "
            f"{time.perf_counter() - started:.1f} s"
        )
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            ["git", "-C", str(repo), "log", "-p", "--", "spec.md"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        floor = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        floor_cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        cold = _measure(repo, cache)
        warm = _measure(repo, cache)
        # A reworded word can be the same word: such commits do not touch the spec.
        assert cold["versions"] == warm["versions"] > COMMITS * 0.9
        assert cold["changes"] == warm["changes"]
        _report(floor, floor_cpu, cold, warm)


def _verdict(ok: bool) -> str:
    return "OK" if ok else "OVER"


def _report(floor: float, floor_cpu: float, cold: dict[str, float], warm: dict[str, float]) -> None:
    """Wall times, and CPU times (own + git's), which a loaded shared machine distorts less."""
    ratio, cpu_ratio = cold["seconds"] / floor, cold["cpu_seconds"] / floor_cpu
    peak = max(cold["peak_mb"], warm["peak_mb"])
    print(f"git log -p -- spec.md:       {floor:.2f} s (cpu {floor_cpu:.2f} s)")
    print(
        f"cold full lineage:           {cold['seconds']:.2f} s (cpu {cold['cpu_seconds']:.2f} s)"
        f"  ratio {ratio:.2f} (cpu {cpu_ratio:.2f}), target <= {COLD_RATIO}: "
        f"{_verdict(ratio <= COLD_RATIO)}"
    )
    print(
        f"warm re-run (cache filled):  {warm['seconds']:.2f} s (cpu {warm['cpu_seconds']:.2f} s)"
        f"  target <= {WARM_SECONDS} s: {_verdict(warm['seconds'] <= WARM_SECONDS)}"
    )
    print(
        f"peak memory:                 {peak:.0f} MB (cold {cold['peak_mb']:.0f}, warm "
        f"{warm['peak_mb']:.0f})  target <= 500 MB: {_verdict(peak <= 500)}"
    )
    print(f"import of tracker modules:   {cold['import_seconds']:.2f} s (not counted)")
    print(f"versions, clause changes:    {int(cold['versions'])}, {int(cold['changes'])}")


if __name__ == "__main__":
    main()
