"""In-process cost of loading and scoring one assessment against the built-in catalogue.

Run by bench/run.py in a fresh interpreter:  python bench/cost_model.py WORKDIR [--count N]
Imports the public entry points, loads the built-in catalogue once, writes N assessments derived
from the shipped examples with varied answers into WORKDIR, then times, for each one, reading,
parsing, validating and scoring it. Prints one JSON object with the timings in seconds.

The timed figures use the garbage-collector settings every `soc2` command runs with
(``soc2cli.cli.GC_THRESHOLD``); the same files are then timed again with Python's default
settings, for information (a library caller that keeps the defaults).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*/assessment.yaml"))
# Every status that needs no notes; not_applicable answers of the examples are kept as they are.
STATUSES = ("missing", "partial", "implemented", "operating", "unknown")


def varied_assessments(count: int, workdir: Path, seed: int = 23) -> list[Path]:
    """``count`` files, each a shipped example with its answers re-rolled (and a few dropped)."""
    import yaml

    rng = random.Random(seed)
    bases = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    paths = []
    for n in range(count):
        doc: dict[str, Any] = dict(bases[n % len(bases)])
        doc["scope"] = dict(doc["scope"], organization=f"Client {n:04d}")
        answers: dict[str, Any] = {}
        for control_id, answer in (doc.get("answers") or {}).items():
            if rng.random() < 0.1:
                continue  # unanswered: a draft, as real portfolios have
            if answer.get("status") == "not_applicable":
                answers[control_id] = answer
                continue
            answers[control_id] = dict(
                answer, status=rng.choice(STATUSES), documented=rng.random() < 0.5
            )
        doc["answers"] = answers
        path = workdir / f"client{n:04d}.yaml"
        path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()

    start = time.perf_counter()
    from soc2cli.assessment import load_assessment
    from soc2cli.catalogue import load_catalogue
    from soc2cli.scoring import score

    imported = time.perf_counter()
    catalogue = load_catalogue().catalogue
    loaded = time.perf_counter()

    from soc2cli.cli import GC_THRESHOLD  # the CLI's start-up, timed as `soc2 --version`

    paths = varied_assessments(args.count, args.workdir)
    default = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    parse_s, score_s = timed(paths, catalogue, load_assessment, score)
    gc.set_threshold(*default)
    default_parse_s, default_score_s = timed(paths, catalogue, load_assessment, score)
    json.dump(
        {
            "controls": len(catalogue.controls),
            "import_s": imported - start,
            "catalogue_s": loaded - imported,
            "parse_s": parse_s,
            "score_s": score_s,
            "default_gc_parse_s": default_parse_s,
            "default_gc_score_s": default_score_s,
        },
        sys.stdout,
    )
    return 0


def timed(
    paths: list[Path], catalogue: Any, load_assessment: Any, score: Any
) -> tuple[list[float], list[float]]:
    """Seconds to read, parse and validate each file, and to score it."""
    from soc2cli import __version__

    as_of = date(2026, 12, 1)
    parse_s: list[float] = []
    score_s: list[float] = []
    for path in paths:
        t0 = time.perf_counter()
        assessment = load_assessment(path, catalogue)
        t1 = time.perf_counter()
        score(catalogue, assessment, as_of=as_of, tool_version=__version__)
        t2 = time.perf_counter()
        parse_s.append(t1 - t0)
        score_s.append(t2 - t1)
    return parse_s, score_s


if __name__ == "__main__":
    sys.exit(main())
