"""Malformed and hostile input: exit 2, one located line, never a traceback; writes are crash-safe."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soc2cli.assessment import Assessment, dump_assessment, parse_assessment
from soc2cli.errors import InputError

CORPUS = REPO / "tests" / "data" / "malformed"
EXPECTED: dict[str, str] = yaml.safe_load(
    (REPO / "tests" / "data" / "malformed.expected.yaml").read_text()
)


def test_corpus_is_big_enough() -> None:
    assert len(EXPECTED) >= 40
    assert sorted(EXPECTED) == sorted(p.name for p in CORPUS.glob("*.yaml"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_malformed_file_gives_one_clear_line(name: str) -> None:
    path = CORPUS / name
    for args in (
        ["report", str(path)],
        ["assess", str(path), "--non-interactive"],
        ["diff", str(path), str(path)],
    ):
        result = run(*args)
        assert result.exit_code == 2, (args, result.stderr)
        expected = f"error: {path}{EXPECTED[name]}\n"
        if args[0] == "diff":  # diff reads assessments or reports, so it says "file"
            expected = expected.replace(": assessment file is", ": file is")
        assert result.stderr == expected
        assert "Traceback" not in result.stderr
        assert result.stdout == ""


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text("scope:\n  organization: X\n" + "# padding\n" * 2_200_000)
    result = run("report", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}: assessment file is too large (")


def test_alias_bomb_bounded_in_time_and_memory() -> None:
    code = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (400 * 1024 * 1024, 400 * 1024 * 1024))
        from soc2cli.cli import main
        main(["report", {str(CORPUS / "billion-laughs.yaml")!r}])
        """
    )
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "possible alias bomb" in proc.stderr
    assert time.monotonic() - start < 10


# --- property-based ---------------------------------------------------------------------------

STATUSES = [
    "missing",
    "partial",
    "implemented",
    "documented",
    "operating",
    "not_applicable",
    "unknown",
]
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
answer = st.fixed_dictionaries(
    {"status": st.sampled_from(STATUSES)},
    optional={
        "notes": text.filter(lambda t: t.strip() != ""),
        "owner": text.filter(lambda t: t != ""),
    },
)
valid_doc = st.fixed_dictionaries(
    {
        "schema_version": st.just(1),
        "scope": st.fixed_dictionaries(
            {"organization": text.filter(lambda t: t.strip() != "")},
            optional={
                "report_type": st.sampled_from(["type1", "type2"]),
                "hosting": st.sampled_from(["cloud", "on_prem", "hybrid"]),
                "categories": st.lists(
                    st.sampled_from(["security", "availability", "confidentiality", "privacy"]),
                    unique=True,
                ),
                "systems": st.lists(
                    st.fixed_dictionaries({"name": text.filter(lambda t: t.strip() != "")}),
                    max_size=3,
                ),
            },
        ),
        "answers": st.dictionaries(
            st.from_regex(r"[A-Z]{2,4}-[0-9]{2}", fullmatch=True), answer, max_size=8
        ),
    }
)


def _fix_na(doc: dict) -> dict:  # type: ignore[type-arg]
    for item in doc["answers"].values():
        if item["status"] == "not_applicable" and not str(item.get("notes", "")).strip():
            item["notes"] = "not used here"
    return doc


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(valid_doc.map(_fix_na))
def test_valid_assessments_round_trip(doc: dict) -> None:  # type: ignore[type-arg]
    assessment = Assessment.model_validate(doc)
    text_once = dump_assessment(assessment)
    again = parse_assessment(text_once, "a.yaml")
    assert again == assessment
    assert dump_assessment(again) == text_once


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=20,
)


@given(
    st.one_of(
        yaml_values, valid_doc.map(lambda d: {**d, "scope": {**d["scope"], "hosting": "moon"}})
    )
)
def test_arbitrary_documents_load_or_fail_cleanly(doc: object) -> None:
    try:
        rendered = yaml.safe_dump(doc, allow_unicode=True)
    except yaml.YAMLError:
        return
    try:
        parse_assessment(rendered, "a.yaml")
    except InputError as exc:
        assert exc.file == "a.yaml" and exc.message


@given(st.text(max_size=200))
def test_arbitrary_text_loads_or_fails_cleanly(raw: str) -> None:
    try:
        parse_assessment(raw, "a.yaml")
    except InputError as exc:
        assert exc.message


# --- crash safety -------------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from soc2cli.assessment import Assessment, save_assessment
    path = Path(sys.argv[1])
    versions = [
        Assessment.model_validate({"scope": {"organization": "Old"}, "answers": {f"AC-{i:02d}": {"status": "missing"} for i in range(1, 60)}}),
        Assessment.model_validate({"scope": {"organization": "New"}, "answers": {f"AC-{i:02d}": {"status": "operating", "notes": "x" * 200} for i in range(1, 60)}}),
    ]
    i = 0
    print("ready", flush=True)
    while True:
        save_assessment(versions[i % 2], path)
        i += 1
    """
)


def test_killed_writer_leaves_old_or_new_file_whole(tmp_path: Path) -> None:
    from soc2cli.assessment import Assessment, dump_assessment, load_assessment

    path = tmp_path / "assessment.yaml"
    old = Assessment.model_validate(
        {
            "scope": {"organization": "Old"},
            "answers": {f"AC-{i:02d}": {"status": "missing"} for i in range(1, 60)},
        }
    )
    new = Assessment.model_validate(
        {
            "scope": {"organization": "New"},
            "answers": {
                f"AC-{i:02d}": {"status": "operating", "notes": "x" * 200} for i in range(1, 60)
            },
        }
    )
    allowed = {dump_assessment(old), dump_assessment(new)}
    rng = random.Random(1234)
    for _ in range(15):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert path.read_text(encoding="utf-8") in allowed
        load_assessment(path)  # and it parses
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            assert backup.read_text(encoding="utf-8") in allowed


def test_regression_unusual_line_breaks_round_trip() -> None:
    # Found by the fuzz profile: NEL and LINE SEPARATOR changed on save when written plain.
    for name in ("0\x85", "a\u2028b", "tab\there", "cr\rlf", "bom\ufeff"):
        assessment = Assessment.model_validate({"scope": {"organization": name}})
        assert parse_assessment(dump_assessment(assessment), "a.yaml").scope.organization == name


cell = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
    st.text(max_size=30).map(lambda t: "".join(ch for ch in t if ch.isprintable())),
    st.sampled_from(["missing", "operating", "not_applicable", "=1+1", "AC-01", "GOV-01", "ZZ-99"]),
)


@settings(deadline=None)
@given(st.lists(st.lists(cell, min_size=9, max_size=11), max_size=12))
def test_questionnaire_reader_never_crashes(rows: list[list[object]]) -> None:
    import tempfile
    from datetime import UTC, datetime

    import openpyxl

    from soc2cli.catalogue import load_catalogue
    from soc2cli.questionnaire import HEADER, read

    catalogue = load_catalogue().catalogue
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Questionnaire"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "q.xlsx"
        wb.save(path)
        result = read(path, catalogue, now=lambda: datetime(2026, 11, 26, tzinfo=UTC))
    for control_id, answer in result.answers.items():
        assert catalogue.control(control_id) is not None
        assert answer.status.value in STATUSES
    assert all(e.row >= 2 and e.message for e in result.errors)
