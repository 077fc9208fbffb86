"""Regenerate the compiled built-in templates, the example reports and the JSON Schemas:
python examples/regenerate.py [--check]. With --check, nothing is written; stale, missing or
left-over files are listed and the exit code is 1."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from soc2cli import __version__
from soc2cli.assessment import load_assessment
from soc2cli.catalogue import load_catalogue
from soc2cli.formats import Format, render
from soc2cli.schemas import json_schema
from soc2cli.scoring import score
from soc2cli.templating import compiled_sources

ROOT = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 12, 1)  # fixed, so the committed reports do not change with the calendar
COMPILED = ROOT / "soc2cli" / "compiled_templates"
FORMATS = {Format.md: "report.md", Format.html: "report.html", Format.json: "report.json"}


def expected_files() -> dict[Path, str]:
    """Every generated file and the text it should hold."""
    catalogue = load_catalogue().catalogue
    files: dict[Path, str] = {COMPILED / name: text for name, text in compiled_sources().items()}
    for name in ("catalogue", "assessment", "report"):
        text = json.dumps(json_schema(name), indent=2, sort_keys=True) + "\n"
        files[ROOT / "schemas" / f"{name}.schema.json"] = text
    for path in sorted((ROOT / "examples").glob("*/assessment.yaml")):
        report = score(catalogue, load_assessment(path, catalogue), as_of=AS_OF, tool_version=__version__)
        for fmt, filename in FORMATS.items():
            files[path.parent / filename] = render(report, fmt)
    return files


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    expected = expected_files()
    for path, text in expected.items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    # A compiled module whose template is gone is left over.
    left_over = [p for p in sorted(COMPILED.glob("t_*.py")) if p not in expected]
    for path in stale:
        print(("stale: " if check else "wrote: ") + str(path.relative_to(ROOT)))
    for path in left_over:
        print(("left over: " if check else "removed: ") + str(path.relative_to(ROOT)))
        if not check:
            path.unlink()
    return 1 if check and (stale or left_over) else 0


if __name__ == "__main__":
    sys.exit(main())
