"""The shipped examples: valid against the schema, and their reports current."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import jsonschema
import yaml
from conftest import REPO, run

EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))


def _regenerate_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("regenerate", REPO / "examples" / "regenerate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_at_least_three_examples() -> None:
    assert len(EXAMPLES) >= 3


def test_generated_reports_and_schemas_are_current() -> None:
    module = _regenerate_module()
    stale = [
        str(path.relative_to(REPO))
        for path, text in module.expected_files().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run: python examples/regenerate.py"


def test_examples_validate_against_the_assessment_schema() -> None:
    schema = json.loads((REPO / "schemas" / "assessment.schema.json").read_text())
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        assert text.startswith(
            "# yaml-language-server: $schema=../../schemas/assessment.schema.json\n"
        )
        document = json.loads(json.dumps(yaml.safe_load(text), default=str))
        jsonschema.validate(document, schema)


def test_examples_load_without_warnings() -> None:
    for path in EXAMPLES:
        result = run("assess", str(path), "--non-interactive")
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""


def test_example_reports_match_the_json_schema() -> None:
    schema = json.loads((REPO / "schemas" / "report.schema.json").read_text())
    for path in EXAMPLES:
        report = json.loads((path.parent / "report.json").read_text())
        jsonschema.validate(report, schema)


def test_save_of_an_example_is_byte_identical(tmp_path: Path) -> None:
    from soc2cli.assessment import load_assessment, save_assessment
    from soc2cli.catalogue import load_catalogue

    catalogue = load_catalogue().catalogue  # answers in interview order, titles as comments
    for path in EXAMPLES:
        copy = tmp_path / path.parent.name / "assessment.yaml"
        copy.parent.mkdir()
        copy.write_bytes(path.read_bytes())
        save_assessment(load_assessment(copy, catalogue), copy, catalogue)
        assert copy.read_bytes() == path.read_bytes(), path
