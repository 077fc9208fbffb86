"""Benchmark for soc2 trend: replay a 500-commit history of an assessment file.

Run from the repository root with the tool installed:  python bench/history.py [--commits N] [--no-fail]

Builds a temporary git repository whose assessment file changes in every commit (a consultant's
week-by-week edits: one to three answers at a time, a few reverts, an occasional broken commit),
then times reading the history from git and computing the trend, once with the worker processes
the tool picks and once in a single process. A second repository toggles between a handful of
versions, where the per-blob cache does the work. The target (issue 19) is 500 commits in under
10 seconds on 2 cores. CPU seconds are printed beside wall time: on a shared machine the wall time
of the worker run depends on what else is running, the CPU seconds do not.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from soc2cli import __version__
from soc2cli.catalogue import load_catalogue
from soc2cli.history.revisions import read_revisions
from soc2cli.history.trend import build_trend

STATUSES = ["missing", "partial", "implemented", "operating", "unknown"]
TARGET_SECONDS = 10.0


def _document(answers: dict[str, Any]) -> str:
    doc = {
        "schema_version": 2,
        "scope": {
            "organization": "Bench Co",
            "report_type": "type2",
            "categories": ["security", "availability", "confidentiality"],
            "observation_period": {"start": "2027-06-01", "end": "2027-11-30"},
            "hosting": "cloud",
            "target_date": "2028-01-31",
        },
        "answers": answers,
    }
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(doc, Dumper=dumper, sort_keys=False)


def build(repo: Path, commits: int, *, distinct: bool, seed: int = 19) -> None:
    """A repository with ``commits`` commits that change assessment.yaml."""
    rng = random.Random(seed)
    controls = [c.id for c in load_catalogue().catalogue.controls]
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "bench",
        "GIT_AUTHOR_EMAIL": "bench@example.com",
        "GIT_COMMITTER_NAME": "bench",
        "GIT_COMMITTER_EMAIL": "bench@example.com",
    }
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=env)
    # fast-import writes the whole history in one process: building stays quick.
    stream: list[bytes] = []
    answers: dict[str, Any] = {}
    versions = [
        _document({c: {"status": s, "documented": True} for c in controls[:k]})
        for k, s in [(20, "partial"), (40, "implemented"), (60, "implemented"), (80, "operating")]
    ]
    start = datetime(2027, 1, 4, 9, tzinfo=UTC)
    for n in range(commits):
        when = start + timedelta(hours=n * 17)
        if not distinct:
            text = versions[n % len(versions)]
        elif n % 97 == 50:
            text = "scope: [\n"  # a broken commit, fixed by the next one
        else:
            for control in rng.sample(controls, rng.randint(1, 3)):
                answers[control] = {
                    "status": rng.choice(STATUSES),
                    "documented": rng.random() < 0.7,
                    "notes": f"edit {n}",
                }
            text = _document(answers)
        data = text.encode()
        stamp = f"{int(when.timestamp())} +0000"
        stream += [
            b"commit refs/heads/main\n",
            f"author bench <bench@example.com> {stamp}\n".encode(),
            f"committer bench <bench@example.com> {stamp}\n".encode(),
            f"data {len(f'edit {n}')}\nedit {n}\n".encode(),
            f"M 100644 inline assessment.yaml\ndata {len(data)}\n".encode(),
            data,
            b"\n",
        ]
    subprocess.run(
        ["git", "fast-import", "--quiet"], cwd=repo, input=b"".join(stream), check=True, env=env
    )
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, check=True, env=env)


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # git and finished workers
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(repo: Path, workers: int | None) -> tuple[float, float, float, int, int]:
    """Seconds to read the history, wall seconds in all, CPU seconds in all, points, skipped."""
    catalogue = load_catalogue().catalogue
    cpu = _cpu_seconds()
    began = time.perf_counter()
    revisions = read_revisions(repo / "assessment.yaml")
    read = time.perf_counter() - began
    trend = build_trend(revisions, catalogue, tool_version=__version__, workers=workers)
    total = time.perf_counter() - began
    return read, total, _cpu_seconds() - cpu, len(trend.points), len(trend.skipped)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument(
        "--no-fail", action="store_true", help="exit 0 even when the target is missed"
    )
    args = parser.parse_args()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"soc2 {__version__}, Python {sys.version.split()[0]}, {cpus} CPUs, {args.commits} commits"
    )
    load_catalogue()  # the catalogue cache is warm in real use: not part of the figure
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="soc2-bench-history-") as tmp:
        for label, distinct in [("every commit a new version", True), ("4 versions", False)]:
            repo = Path(tmp) / ("distinct" if distinct else "few")
            build(repo, args.commits, distinct=distinct)
            for workers in (None, 1):
                read, total, cpu, points, skipped = measure(repo, workers)
                who = "auto workers" if workers is None else "1 process"
                print(
                    f"{label:28} {who:13} git {read:5.2f} s  trend total {total:5.2f} s  "
                    f"CPU {cpu:5.2f} s  ({points} points, {skipped} skipped)",
                    flush=True,
                )
                if workers is None:
                    worst = max(worst, total)
    verdict = "ok" if worst < TARGET_SECONDS else "MISSED"
    print(f"target: under {TARGET_SECONDS:.0f} s with auto workers: {worst:.2f} s, {verdict}")
    return 0 if worst < TARGET_SECONDS or args.no_fail else 1


if __name__ == "__main__":
    raise SystemExit(main())
