"""The assessment file: stable round trip, atomic saves, and located errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from soc2cli.assessment import Answer, Assessment, dump_assessment, load_assessment, save_assessment
from soc2cli.errors import InputError

GOOD = """\
# yaml-language-server: $schema=../schemas/assessment.schema.json
schema_version: 2
scope:
  organization: Acme Cloud Inc.
  report_type: type2
  categories:
  - security
  - availability
  observation_period:
    start: 2027-02-01
    end: 2027-07-31
  hosting: cloud
  subservice_organizations:
  - AWS
  systems:
  - name: Acme API
    description: Multi-tenant REST API
  data_types:
  - customer_data
  target_date: 2027-09-30
answers:
  AC-01:
    status: implemented
    documented: true
    notes: 'Okta SSO: all staff; no MFA on break-glass'
    owner: CTO
    answered_at: '2026-11-26T12:00:00Z'
  ZZ-99:
    status: missing
    documented: false
"""

V1 = (
    GOOD.replace("schema_version: 2", "schema_version: 1")
    .replace("    status: implemented\n    documented: true\n", "    status: documented\n")
    .replace("    documented: false\n", "")
)


def _load(tmp_path: Path, text: str | bytes, name: str = "a.yaml") -> Assessment:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return load_assessment(path)


def _error(tmp_path: Path, text: str | bytes) -> str:
    with pytest.raises(InputError) as info:
        _load(tmp_path, text)
    return info.value.format().replace(str(tmp_path) + "/", "")


def test_round_trip_is_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    save_assessment(load_assessment(path), path)
    assert path.read_text(encoding="utf-8") == GOOD
    assert not (tmp_path / "a.yaml.bak").exists()  # nothing changed, nothing written


def test_version_1_is_migrated_on_save(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        V1.replace("  ZZ-99:\n    status: missing\n", "")
        + "  AC-02:\n    status: operating\n  AC-03:\n    status: implemented\n"
        + "  AC-04:\n    status: partial\n",
        encoding="utf-8",
    )
    assessment = load_assessment(path)
    assert assessment.schema_version == 2
    facts = {k: (a.status.value, a.documented) for k, a in assessment.answers.items()}
    assert facts == {
        "AC-01": ("implemented", True),
        "AC-02": ("operating", True),
        "AC-03": ("implemented", False),
        "AC-04": ("partial", False),
    }
    save_assessment(assessment, path)
    text = path.read_text(encoding="utf-8")
    assert "schema_version: 2\n" in text
    assert "  AC-02:\n    status: operating\n    documented: true\n" in text
    assert "status: documented" not in text


def test_save_keeps_a_backup_and_unknown_answers(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assessment = load_assessment(path)
    answers = dict(assessment.answers)
    answers["AC-02"] = Answer(status="operating")  # type: ignore[arg-type]
    save_assessment(assessment.model_copy(update={"answers": answers}), path)
    assert (tmp_path / "a.yaml.bak").read_text(encoding="utf-8") == GOOD
    saved = load_assessment(path)
    assert set(saved.answers) == {"AC-01", "AC-02", "ZZ-99"}
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server:")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_multiline_notes_survive(tmp_path: Path) -> None:
    assessment = _load(tmp_path, GOOD)
    answers = {"AC-01": Answer(status="partial", notes="line one\nline two: <b>x</b>")}  # type: ignore[arg-type]
    text = dump_assessment(assessment.model_copy(update={"answers": answers}))
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_assessment(path).answers["AC-01"].notes == "line one\nline two: <b>x</b>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "a.yaml: the assessment file is empty; run 'soc2 assess' to create it"),
        (
            "- a\n- b\n",
            "a.yaml:1: expected a mapping with 'scope' and 'answers' at the top, found a list",
        ),
        ("scope: {organization: X\n", "a.yaml:2:1: YAML syntax error"),
        (
            "scope:\n  organization: X\nscope:\n  organization: Y\n",
            "a.yaml:3:1: scope: duplicate key 'scope' (first defined on line 1)",
        ),
        (
            "scope:\n  organisation: X\n",
            "a.yaml:2:3: scope.organisation: unknown key 'organisation' (did you mean 'organization'?)",
        ),
        ("answers: {}\n", "a.yaml:1:1: scope: required key is missing"),
        (
            "scope:\n  organization: X\n  target_date: 2027-02-30\n",
            "a.yaml:3:16: YAML error: '2027-02-30' is not a valid date (day is out of range for month)",
        ),
        (
            "scope:\n  organization: X\n  report_type: type2\n  observation_period: {start: 2027-07-01, end: 2027-02-01}\n",
            "a.yaml:4:3: scope.observation_period: observation period must end after it starts",
        ),
        (
            "scope:\n  organization: X\n  observation_period: {start: 2027-01-01, end: 2028-06-01}\n",
            "a.yaml:3:3: scope.observation_period: observation period must last between 1 and 12 months",
        ),
        (
            "scope:\n  organization: X\nanswers:\n  AC-01: {status: not_applicable}\n",
            "a.yaml:4:3: answers.AC-01: not_applicable needs notes saying why the control does not apply",
        ),
        (
            "schema_version: 7\nscope:\n  organization: X\n",
            "a.yaml:1:1: schema_version: schema_version 7 is newer than this soc2 understands (2); upgrade soc2",
        ),
        (
            "scope:\n  organization: X\n<<<<<<< HEAD\nanswers: {}\n=======\nanswers: {AC-01: {status: missing}}\n>>>>>>> branch\n",
            "a.yaml:3:1: git merge conflict marker found; resolve the conflict and remove the markers",
        ),
        (
            "scope:\n  organization: X\n  hosting: clod\n",
            "a.yaml:3:3: scope.hosting: 'clod' is not one of",
        ),
    ],
)
def test_bad_input_is_located(tmp_path: Path, text: str, expected: str) -> None:
    assert _error(tmp_path, text).startswith(expected)


def test_binary_and_wrong_encoding(tmp_path: Path) -> None:
    assert (
        _error(tmp_path, b"\x00\x01\x02binary")
        == "a.yaml: assessment file is binary, expected UTF-8 YAML text"
    )
    latin1 = "scope:\n  organization: Caf\xe9\n".encode("latin-1")
    assert _error(tmp_path, latin1).startswith("a.yaml:2: not valid UTF-8 (byte 0xe9)")


def test_alias_bomb_is_rejected_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 12):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    message = _error(tmp_path, "\n".join(lines) + "\n")
    assert "possible alias bomb" in message


def test_deep_nesting_is_rejected(tmp_path: Path) -> None:
    message = _error(tmp_path, "scope: " + "[" * 300 + "]" * 300 + "\n")
    assert "nest" in message


def test_migrations_run_one_step_at_a_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import soc2cli.assessment as module

    steps: list[int] = []

    def one_to_two(data: dict) -> dict:  # type: ignore[type-arg]
        steps.append(1)
        scope = dict(data["scope"])
        scope["organization"] = scope.pop("company")
        return {**data, "scope": scope}

    monkeypatch.setattr(module, "MIGRATIONS", {0: lambda d: (steps.append(0), d)[1], 1: one_to_two})
    monkeypatch.setattr(module, "SCHEMA_VERSION", 2)
    migrated = module.migrate({"schema_version": 0, "scope": {"company": "Old Format Ltd"}})
    assert steps == [0, 1]
    assert migrated == {"schema_version": 2, "scope": {"organization": "Old Format Ltd"}}


def test_current_files_need_no_migration() -> None:
    from soc2cli.assessment import MIGRATIONS, SCHEMA_VERSION, migrate

    assert all(version < SCHEMA_VERSION for version in MIGRATIONS)
    doc = {"schema_version": SCHEMA_VERSION, "scope": {"organization": "X"}}
    assert migrate(dict(doc)) == doc
