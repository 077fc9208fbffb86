"""Benchmarks for soc2: start-up, report time and memory, answer-to-next-question latency, scaling.

Run from the repository root with the tool installed:  python bench/run.py [--quick]
Prints one table and exits 1 when a target is missed. Figures are medians of several runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SOC2 = str(BIN / "soc2")
EXAMPLES = sorted((ROOT / "examples").glob("*/assessment.yaml"))

Row = tuple[str, str, str, bool | None]


def run_measured(cmd: Sequence[str], cwd: Path | None = None) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    if proc.stderr:
        proc.stderr.close()
    return elapsed, usage.ru_maxrss


def median_of(cmd: Sequence[str], runs: int) -> tuple[float, int]:
    samples = [run_measured(cmd) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def startup(runs: int) -> list[Row]:
    floor, _ = median_of([sys.executable, "-c", "import typer"], runs)
    rows: list[Row] = [("python -c 'import typer' (floor)", f"{floor * 1000:.0f} ms", "", None)]
    for args in (["--version"], ["--help"]):
        t, _ = median_of([SOC2, *args], runs)
        ratio = t / floor
        rows.append(
            (
                f"soc2 {args[0]}",
                f"{t * 1000:.0f} ms",
                f"{ratio:.2f}x floor (target <= 1.3x)",
                ratio <= 1.3,
            )
        )
    return rows


def reports(runs: int) -> list[Row]:
    rows: list[Row] = []
    for example in EXAMPLES:
        for fmt in ("json", "md", "html"):
            t, rss = median_of(
                [SOC2, "report", str(example), "--format", fmt, "--as-of", "2026-12-01"], runs
            )
            ok = t < 0.5 and rss < 60 * 1024
            rows.append(
                (
                    f"report {example.parent.name} {fmt}",
                    f"{t * 1000:.0f} ms, {rss / 1024:.0f} MB",
                    "target < 500 ms, < 60 MB",
                    ok,
                )
            )
    return rows


class _TimedPrompter:
    """Answers every question 'documented' and timestamps save-to-next-question gaps."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.asked = 0
        self.last_answer: float | None = None
        self.latencies: list[float] = []

    def text(self, message: str, *, default: str = "", validate: Any = None) -> str:
        if message == "Owner":
            self.last_answer = time.perf_counter()
        return default

    def select(self, message: str, choices: Sequence[Any], *, default: str | None = None) -> str:
        if self.asked >= self.limit:
            return "?quit"
        self.asked += 1
        return "documented"

    def checkbox(
        self, message: str, choices: Sequence[Any], *, checked: Sequence[str] = ()
    ) -> list[str]:
        return list(checked)

    def confirm(self, message: str, *, default: bool = True) -> bool:
        return default

    def say(self, message: str) -> None:
        # The position line is the first thing shown for the next question.
        if self.last_answer is not None and "question " in message:
            self.latencies.append(time.perf_counter() - self.last_answer)
            self.last_answer = None


def answer_latency(questions: int) -> list[Row]:
    from soc2cli.assessment import Assessment, save_assessment
    from soc2cli.catalogue import load_catalogue
    from soc2cli.interview import Interview

    catalogue = load_catalogue().catalogue
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "assessment.yaml"
        assessment = Assessment.model_validate(
            {
                "scope": {
                    "organization": "Bench",
                    "categories": ["security", "availability", "privacy"],
                }
            }
        )
        save_assessment(assessment, path)
        prompter = _TimedPrompter(questions)
        interview = Interview(
            catalogue, path, prompter, clock=lambda: datetime(2026, 11, 26, tzinfo=UTC)
        )
        interview.assessment = assessment
        interview.run_questions(assessment.scope)
    median = statistics.median(prompter.latencies)
    worst = max(prompter.latencies)
    return [
        (
            f"answer saved -> next question ({len(prompter.latencies)} answers)",
            f"median {median * 1000:.1f} ms, max {worst * 1000:.1f} ms",
            "target < 50 ms",
            median < 0.05,
        )
    ]


def synthetic_catalogue(factor: int, target: Path) -> tuple[int, int]:
    """Write the built-in catalogue ``factor`` times over, renumbered; returns (criteria, controls)."""
    from soc2cli.catalogue import builtin_catalogue_dir

    source = builtin_catalogue_dir()
    target.mkdir(parents=True)
    shutil.copy(source / "catalogue.yaml", target / "catalogue.yaml")
    criteria = [
        c
        for f in sorted((source / "tsc").glob("*.yaml"))
        for c in yaml.safe_load(f.read_text())["criteria"]
    ]
    controls = [
        c
        for f in sorted((source / "controls").glob("*.yaml"))
        for c in yaml.safe_load(f.read_text())["controls"]
    ]

    def crit_id(cid: str, k: int) -> str:
        series, num = cid.split(".")
        return f"{series}.{int(num) + 20 * k}"

    def ctl_id(cid: str, k: int) -> str:
        prefix, num = cid.split("-")
        return f"{prefix}-{int(num) + 100 * k:02d}"

    for k in range(factor):
        copy_criteria = [dict(c, id=crit_id(c["id"], k)) for c in criteria]
        copy_controls = []
        for c in controls:
            item = dict(c, id=ctl_id(c["id"], k), criteria=[crit_id(x, k) for x in c["criteria"]])
            if c.get("carve_out"):
                item["carve_out"] = dict(
                    c["carve_out"],
                    replaced_by=[ctl_id(x, k) for x in c["carve_out"]["replaced_by"]],
                )
            copy_controls.append(item)
        (target / f"copy{k:03d}.yaml").write_text(
            yaml.safe_dump({"criteria": copy_criteria, "controls": copy_controls}, sort_keys=False)
        )
    return len(criteria) * factor, len(controls) * factor


def synthetic_assessment(catalogue_dir: Path, path: Path, status: str) -> None:
    ids = []
    for f in sorted(catalogue_dir.glob("copy*.yaml")):
        ids += [c["id"] for c in yaml.safe_load(f.read_text())["controls"]]
    doc = {
        "schema_version": 1,
        "scope": {
            "organization": "Scale Co",
            "report_type": "type2",
            "categories": [
                "security",
                "availability",
                "processing_integrity",
                "confidentiality",
                "privacy",
            ],
            "observation_period": {"start": date(2027, 3, 1), "end": date(2027, 8, 31)},
            "hosting": "hybrid",
        },
        "answers": {i: {"status": status if n % 3 else "documented"} for n, i in enumerate(ids)},
    }
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def scaling(factors: Sequence[int], runs: int) -> list[Row]:
    """Report and diff on synthetic catalogues; ratios are per unit of size against the base run.

    The base is the smallest factor of at least 10, where fixed start-up costs no longer dominate.
    Each size is run once untimed first, so every timed run sees the same warm cache.
    """
    rows: list[Row] = []
    base_factor = min((f for f in factors if f >= 10), default=factors[0])
    base: tuple[float, float, int] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for factor in factors:
            cat_dir = Path(tmp) / f"cat{factor}"
            n_criteria, n_controls = synthetic_catalogue(factor, cat_dir)
            old, new = Path(tmp) / f"old{factor}.yaml", Path(tmp) / f"new{factor}.yaml"
            synthetic_assessment(cat_dir, old, "operating")
            synthetic_assessment(cat_dir, new, "partial")
            r_runs = runs if factor <= 10 else max(1, runs // 3)
            report_t, report_rss = median_of(
                [
                    SOC2,
                    "report",
                    str(old),
                    "--catalogue",
                    str(cat_dir),
                    "--format",
                    "json",
                    "--as-of",
                    "2026-12-01",
                ],
                r_runs,
            )
            diff_t, diff_rss = median_of(
                [
                    SOC2,
                    "diff",
                    str(old),
                    str(new),
                    "--catalogue",
                    str(cat_dir),
                    "--format",
                    "json",
                    "--fail-on",
                    "never",
                ],
                r_runs,
            )
            if factor == base_factor:
                base = (report_t, diff_t, factor)
            if base is None or factor < base[2]:
                rows.append(
                    (
                        f"scale {factor}x ({n_criteria} criteria, {n_controls} controls)",
                        f"report {report_t:.2f} s / {report_rss / 1024:.0f} MB; diff {diff_t:.2f} s / {diff_rss / 1024:.0f} MB",
                        "start-up dominates; not a scaling point",
                        None,
                    )
                )
                continue
            per_unit_report = (report_t / base[0]) / (factor / base[2])
            per_unit_diff = (diff_t / base[1]) / (factor / base[2])
            linear = factor == base[2] or (per_unit_report <= 1.5 and per_unit_diff <= 1.5)
            rows.append(
                (
                    f"scale {factor}x ({n_criteria} criteria, {n_controls} controls)",
                    f"report {report_t:.2f} s / {report_rss / 1024:.0f} MB; diff {diff_t:.2f} s / {diff_rss / 1024:.0f} MB",
                    f"time per unit vs {base[2]}x: report {per_unit_report:.2f}, diff {per_unit_diff:.2f} (target <= 1.5)",
                    linear,
                )
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and smaller scale factors")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    factors = [1, 10] if args.quick else [1, 10, 30, 100]
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    # An installed wheel is byte-compiled by pip; compile the package the same way, so start-up
    # is not measured with a compile of every module on each run.
    import soc2cli

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(soc2cli.__file__).parent)], check=False
    )
    rows = startup(runs) + reports(runs) + answer_latency(60) + scaling(factors, runs)
    width = max(len(r[0]) for r in rows)
    failed = 0
    for name, value, target, ok in rows:
        mark = "" if ok is None else ("ok  " if ok else "MISS")
        failed += ok is False
        print(f"{mark:4} {name:<{width}}  {value:<42} {target}")
    print(f"{failed} target(s) missed" if failed else "all targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
