"""Benchmarks for soc2: start-up, report time and memory, cost per assessment, scaling, import.

Run from the repository root with the tool installed:  python bench/run.py [--quick] [--no-fail]

Time targets are ratios, not absolute times: each comparison runs as interleaved pairs (floor,
tool, floor, tool, ...) and the figure is the median of the per-pair ratios, with their min and
max, so a ratio holds while the speed of a shared machine drifts. Absolute times are printed for
information. Rows are printed as they are measured; the script exits 1 when a target is missed,
unless --no-fail is given.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SOC2 = str(BIN / "soc2")
EXAMPLES = sorted((ROOT / "examples").glob("*/assessment.yaml"))
# Prowler's own example output (Apache-2.0, notice beside it): the seed of the import files.
PROWLER_SAMPLE = next(
    (
        p
        for p in (
            ROOT / "tests/data/prowler/example_output_aws.ocsf.json",
            Path("/work/shared/reference/prowler/example_output_aws.ocsf.json"),
        )
        if p.exists()
    ),
    None,
)

TYPER_FLOOR = [sys.executable, "-c", "import typer"]
REPORT_FLOOR = [sys.executable, "-c", "import typer, pydantic, yaml, jinja2, rich"]

MB = 1024  # ru_maxrss is in KB
# libyaml's emitter when PyYAML has it: writing the 100x catalogue in pure Python takes minutes.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

Row = tuple[str, str, str, bool | None]


class Table:
    """Prints each row as soon as it is measured, and counts the misses."""

    def __init__(self) -> None:
        self.missed = 0

    def add(self, rows: Sequence[Row]) -> None:
        for name, value, target, ok in rows:
            mark = "" if ok is None else ("ok  " if ok else "MISS")
            self.missed += ok is False
            print(f"{mark:4} {name:<44} {value:<50} {target}".rstrip(), flush=True)

    def note(self, line: str) -> None:
        print(line, flush=True)


class CommandFailed(Exception):
    pass


def run_measured(cmd: Sequence[str], cwd: Path | None = None) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KB) of one child process; exit codes 0 and 1 are results."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()  # drain, so a chatty child cannot block on a full pipe
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code not in (0, 1):
        raise CommandFailed(f"command failed ({code}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return elapsed, usage.ru_maxrss


def median_of(cmd: Sequence[str], runs: int, cwd: Path | None = None) -> tuple[float, int]:
    samples = [run_measured(cmd, cwd) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


@dataclass
class Paired:
    floor_s: list[float]
    tool_s: list[float]
    tool_rss: list[int]

    @property
    def ratios(self) -> list[float]:
        return [t / f for f, t in zip(self.floor_s, self.tool_s, strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def describe(self) -> str:
        r = self.ratios
        return (
            f"{self.ratio:.2f}x (min {min(r):.2f}, max {max(r):.2f}); "
            f"{statistics.median(self.tool_s) * 1000:.0f} vs "
            f"{statistics.median(self.floor_s) * 1000:.0f} ms"
        )


def paired(floor: Sequence[str], tool: Sequence[str], pairs: int) -> Paired:
    """Interleaved runs: floor, tool, floor, tool, ... after one untimed warm-up of each."""
    run_measured(floor)
    run_measured(tool)
    result = Paired([], [], [])
    for _ in range(pairs):
        result.floor_s.append(run_measured(floor)[0])
        t, rss = run_measured(tool)
        result.tool_s.append(t)
        result.tool_rss.append(rss)
    return result


def startup(pairs: int) -> tuple[list[Row], Paired]:
    rows: list[Row] = []
    version = paired(TYPER_FLOOR, [SOC2, "--version"], pairs)
    help_ = paired(TYPER_FLOOR, [SOC2, "--help"], pairs)
    for name, p in (("--version", version), ("--help", help_)):
        rows.append(
            (
                f"soc2 {name} / import typer",
                p.describe(),
                "paired median <= 1.3x",
                p.ratio <= 1.3,
            )
        )
    return rows, version


def reports(pairs: int, formats: Sequence[str]) -> Iterator[Row]:
    empty = [
        sys.executable,
        str(Path(__file__).with_name("empty_command.py")),
        "report",
        str(EXAMPLES[0]),
        "--format",
        "json",
        "--as-of",
        "2026-12-01",
    ]
    p = paired(REPORT_FLOOR, empty, pairs)
    yield (
        "a Typer command doing nothing / libs",
        p.describe(),
        "information: Typer's own share of the 1.6x",
        None,
    )
    for example in EXAMPLES:
        for fmt in formats:
            cmd = [SOC2, "report", str(example), "--format", fmt, "--as-of", "2026-12-01"]
            p = paired(REPORT_FLOOR, cmd, pairs)
            rss = max(p.tool_rss)
            yield (
                f"report {example.parent.name} {fmt} / libs",
                f"{p.describe()}; {rss / MB:.0f} MB",
                "paired median <= 1.6x, < 60 MB",
                p.ratio <= 1.6 and rss < 60 * MB,
            )


def cost_model(count: int, version: Paired) -> list[Row]:
    """Fixed start-up cost, then the in-process cost of loading and scoring one assessment.

    The work runs in a fresh interpreter (bench/cost_model.py), after the report runs have
    filled the catalogue cache, as any later command would find it.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).with_name("cost_model.py")),
                tmp,
                "--count",
                str(count),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    if out.returncode != 0:
        raise CommandFailed(f"bench/cost_model.py failed ({out.returncode}):\n{out.stderr[-2000:]}")
    data = json.loads(out.stdout)
    per = [p + s for p, s in zip(data["parse_s"], data["score_s"], strict=True)]
    cli = statistics.median(version.tool_s)
    fixed = cli + data["import_s"] + data["catalogue_s"]
    median = statistics.median(per)
    mean = statistics.fmean(per)
    p90 = statistics.quantiles(per, n=10)[-1] if len(per) >= 2 else per[0]
    projected = fixed + 1000 * mean
    default = [
        p + s for p, s in zip(data["default_gc_parse_s"], data["default_gc_score_s"], strict=True)
    ]
    return [
        (
            "cost: fixed start-up",
            f"{fixed * 1000:.0f} ms = CLI {cli * 1000:.0f} + imports {data['import_s'] * 1000:.0f}"
            f" + catalogue {data['catalogue_s'] * 1000:.0f}",
            "information",
            None,
        ),
        (
            f"cost: load+score 1 assessment ({len(per)} runs)",
            f"median {median * 1000:.1f} ms (parse+validate "
            f"{statistics.median(data['parse_s']) * 1000:.1f}, score "
            f"{statistics.median(data['score_s']) * 1000:.1f}); p90 {p90 * 1000:.1f}",
            "median < 5 ms",
            median < 0.005,
        ),
        (
            "cost: 1,000 assessments, projected",
            f"{projected:.1f} s = fixed + 1000 x mean {mean * 1000:.1f} ms",
            "< 10 s including start-up",
            projected < 10,
        ),
        (
            "  the same with Python's default GC",
            f"median {statistics.median(default) * 1000:.1f} ms, mean "
            f"{statistics.fmean(default) * 1000:.1f} ms",
            "information (the commands collect less often)",
            None,
        ),
    ]


class _TimedPrompter:
    """Answers every question 'implemented' and written down; times save-to-next-question gaps."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.asked = 0
        self.last_answer: float | None = None
        self.latencies: list[float] = []

    def text(
        self, message: str, *, default: str = "", validate: Any = None, multiline: bool = False
    ) -> str:
        if message == "Owner":
            self.last_answer = time.perf_counter()
        return default

    def select(
        self, message: str, choices: Sequence[Any], *, default: str | None = None, details: str = ""
    ) -> str:
        if message == "Owner":  # the last question of an answer: the suggested owner
            self.last_answer = time.perf_counter()
            values = [c.value for c in choices]
            return default if default in values else values[0]
        if self.asked >= self.limit:
            return "?quit"
        self.asked += 1
        return "implemented"

    def checkbox(
        self, message: str, choices: Sequence[Any], *, checked: Sequence[str] = ()
    ) -> list[str]:
        return list(checked)

    def confirm(self, message: str, *, default: bool = True) -> bool:
        return True if "written down" in message else default

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


def synthetic_catalogue(factor: int, target: Path) -> tuple[int, list[str]]:
    """Write the built-in catalogue ``factor`` times over, renumbered.

    Returns the number of criteria and the control ids.
    """
    try:
        from soc2cli.catalogue import builtin_catalogue_dir

        source = builtin_catalogue_dir()
    except ImportError:  # the package is being reorganised: the shipped catalogue
        source = ROOT / "criteria"
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

    ids: list[str] = []
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
            yaml.dump(
                {"criteria": copy_criteria, "controls": copy_controls},
                Dumper=_DUMPER,
                sort_keys=False,
            )
        )
        ids += [c["id"] for c in copy_controls]
    return len(criteria) * factor, ids


def synthetic_assessment(ids: Sequence[str], path: Path, status: str) -> None:
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
    path.write_text(yaml.dump(doc, Dumper=_DUMPER, sort_keys=False))


def report_cmd(assessment: Path, cat_dir: Path) -> list[str]:
    return [
        SOC2,
        "report",
        str(assessment),
        "--catalogue",
        str(cat_dir),
        "--format",
        "json",
        "--as-of",
        "2026-12-01",
    ]


def scaling(factors: Sequence[int], runs: int) -> Iterator[Row]:
    """Report and diff on synthetic catalogues; ratios are per unit of size against the base run.

    The base is the smallest factor of at least 10, where fixed start-up costs no longer dominate.
    Each size's first report fills the catalogue cache; it is shown for information, and the
    timed runs after it all see the same warm cache. The 100x report has absolute targets.
    """
    base_factor = min((f for f in factors if f >= 10), default=factors[0])
    base: tuple[float, float, int] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for factor in factors:
            cat_dir = Path(tmp) / f"cat{factor}"
            n_criteria, ids = synthetic_catalogue(factor, cat_dir)
            n_controls = len(ids)
            old, new = Path(tmp) / f"old{factor}.yaml", Path(tmp) / f"new{factor}.yaml"
            synthetic_assessment(ids, old, "operating")
            synthetic_assessment(ids, new, "partial")
            r_runs = runs if factor <= 10 else max(2, runs // 3)
            cold_t, cold_rss = run_measured(report_cmd(old, cat_dir))
            report_t, report_rss = median_of(report_cmd(old, cat_dir), r_runs)
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
            label = f"scale {factor}x ({n_criteria} criteria, {n_controls} controls)"
            value = (
                f"report {report_t:.2f} s / {report_rss / MB:.0f} MB; "
                f"diff {diff_t:.2f} s / {diff_rss / MB:.0f} MB"
            )
            if factor == base_factor:
                base = (report_t, diff_t, factor)
            if base is None or factor < base[2]:
                yield (label, value, "start-up dominates; not a scaling point", None)
            else:
                per_unit_report = (report_t / base[0]) / (factor / base[2])
                per_unit_diff = (diff_t / base[1]) / (factor / base[2])
                yield (
                    label,
                    value,
                    f"time per unit vs {base[2]}x: report {per_unit_report:.2f}, "
                    f"diff {per_unit_diff:.2f} (target <= 1.5)",
                    factor == base[2] or (per_unit_report <= 1.5 and per_unit_diff <= 1.5),
                )
            yield (
                f"  first report at {factor}x, filling the cache",
                f"{cold_t:.2f} s / {cold_rss / MB:.0f} MB",
                "information",
                None,
            )
            if factor == 100:
                yield (
                    f"report 100x, peak memory (max of {r_runs} runs)",
                    f"{report_rss / MB:.0f} MB",
                    "< 300 MB",
                    report_rss < 300 * MB,
                )
                yield (
                    f"report 100x, time (median of {r_runs} runs)",
                    f"{report_t:.2f} s",
                    "< 4 s",
                    report_t < 4,
                )


# Placeholders in Prowler's example output, replaced per finding so every finding is distinct.
_PROWLER_TOKENS = (
    "<finding_uid>",
    "<resource_uid>",
    "<resource_arn>",
    "<resource_name>",
    "<account_uid>",
    "<region>",
)
_REGIONS = ("us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2")


def prowler_file(path: Path, size_mb: int) -> int:
    """Write a Prowler JSON-OCSF array of about ``size_mb`` MB, streaming; returns the findings."""
    assert PROWLER_SAMPLE is not None
    templates = [
        json.dumps(f, separators=(",", ":"))
        for f in json.loads(PROWLER_SAMPLE.read_text(encoding="utf-8"))
    ]
    target = size_mb * 1024 * 1024
    written = 0
    n = 0
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        while written < target:
            text = templates[n % len(templates)]
            values = (
                f"prowler-aws-{n:010d}",
                f"arn:aws:s3:::bench-bucket-{n:010d}",
                f"arn:aws:s3:::bench-bucket-{n:010d}",
                f"bench-bucket-{n:010d}",
                f"{100000000000 + n % 40:012d}",
                _REGIONS[n % len(_REGIONS)],
            )
            for token, value in zip(_PROWLER_TOKENS, values, strict=True):
                text = text.replace(token, value)
            chunk = ("," if n else "") + text + "\n"
            out.write(chunk)
            written += len(chunk)
            n += 1
        out.write("]\n")
    return n


def import_command() -> list[str] | None:
    """The import command line without its file, or None while the command does not exist."""

    def ok(args: list[str]) -> bool:
        return subprocess.run([SOC2, *args], capture_output=True, check=False).returncode == 0

    if not ok(["import", "--help"]):
        return None
    return [SOC2, "import", "prowler"] if ok(["import", "prowler", "--help"]) else [SOC2, "import"]


def _import_runs(cmd: Sequence[str], runs: int, tmp: str) -> tuple[float, int]:
    """Median time and peak RSS of ``runs`` imports, each into a fresh copy of an example.

    A fresh copy each time: importing a file already recorded would only be the idempotence
    check, not the import.
    """
    samples = []
    for _ in range(runs):
        shutil.copyfile(
            ROOT / "examples/fintech-type2/assessment.yaml", Path(tmp) / "assessment.yaml"
        )
        samples.append(run_measured(cmd, cwd=Path(tmp)))
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def prowler_import(sizes_mb: Sequence[int], runs: int, table: Table) -> Iterator[Row]:
    """Time and peak memory of importing generated Prowler files of growing size."""
    command = import_command()
    if command is None:
        table.note("import: command not available yet, skipped")
        return
    if PROWLER_SAMPLE is None:
        yield ("import", "no Prowler sample output found", "cannot measure", False)
        return
    peaks: dict[int, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        assessment = Path(tmp) / "assessment.yaml"
        for size in sizes_mb:
            path = Path(tmp) / f"prowler-{size}mb.ocsf.json"
            findings = prowler_file(path, size)
            try:
                t, rss = _import_runs([*command, str(path), "--file", str(assessment)], runs, tmp)
            except CommandFailed as exc:
                yield (f"import {size} MB Prowler file", "failed", str(exc).splitlines()[0], False)
                return
            finally:
                path.unlink()
            peaks[size] = rss
            last = size == max(sizes_mb)
            yield (
                f"import {size} MB Prowler file ({findings} findings)",
                f"{t:.2f} s / {rss / MB:.0f} MB",
                "< 150 MB" if last else "information",
                rss < 150 * MB if last else None,
            )
    small, large = min(peaks), max(peaks)
    if small != large:
        growth = (peaks[large] - peaks[small]) / MB
        allowed = 0.1 * (large - small)
        yield (
            f"import peak memory growth {small} -> {large} MB",
            f"{growth:+.0f} MB",
            f"flat: < {allowed:.0f} MB (10 % of the added input)",
            growth < allowed,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and scale factors")
    parser.add_argument(
        "--no-fail", action="store_true", help="exit 0 even when a target is missed"
    )
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; {'--quick' if args.quick else 'full run'}",
        flush=True,
    )
    # An installed wheel is byte-compiled by pip; compile the package the same way, so start-up
    # is not measured with a compile of every module on each run.
    import soc2cli

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(soc2cli.__file__).parent)], check=False
    )
    try:
        missed = measure(args)
    except CommandFailed as exc:
        raise SystemExit(str(exc)) from None
    return 1 if missed and not args.no_fail else 0


def measure(args: argparse.Namespace) -> int:
    """Print every row; returns the number of missed targets."""
    pairs = 5 if args.quick else 11
    runs = 3 if args.quick else 7
    factors = [1, 10, 100] if args.quick else [1, 10, 30, 100]
    formats = ["json"] if args.quick else ["json", "md", "html"]
    table = Table()
    started = time.perf_counter()
    # A private cache, so the figures do not depend on what earlier runs left in ~/.cache.
    with tempfile.TemporaryDirectory() as cache:
        os.environ["SOC2_CACHE_DIR"] = cache
        rows, version = startup(pairs)
        table.add(rows)
        for row in reports(pairs, formats):
            table.add([row])
        table.add(cost_model(200, version))
        table.add(answer_latency(60))
        for row in scaling(factors, runs):
            table.add([row])
        for row in prowler_import([20, 100, 200], 1 if args.quick else 3, table):
            table.add([row])
    print(f"({time.perf_counter() - started:.0f} s)")
    print(f"{table.missed} target(s) missed" if table.missed else "all targets met")
    return table.missed


if __name__ == "__main__":
    sys.exit(main())
