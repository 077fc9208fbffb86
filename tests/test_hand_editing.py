"""An assessment file edited by hand: every mistake named with its place, and a hint to fix it."""

from __future__ import annotations

from pathlib import Path

from conftest import run

HEAD = """schema_version: 2
scope:
  organization: Hand Edited Co
  report_type: type1
  categories: [security]
  hosting: cloud
answers:
"""


def _file(tmp_path: Path, answers: str) -> Path:
    path = tmp_path / "assessment.yaml"
    path.write_text(HEAD + answers, encoding="utf-8")
    return path


def test_a_note_with_colon_space_gets_the_hint_to_quote_it(tmp_path: Path) -> None:
    path = _file(
        tmp_path, "  AC-01:\n    status: partial\n    notes: Okta: no MFA on break-glass\n"
    )
    result = run("assess", str(path), "--non-interactive")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {path}:10:16: YAML syntax error: mapping values are not allowed in this context; "
        "check the indentation, and put text that contains ': ' in quotes\n"
    )
    # Quoted as the hint says, the same note loads.
    path.write_text(HEAD + '  AC-01:\n    status: partial\n    notes: "Okta: no MFA"\n')
    assert run("assess", str(path), "--non-interactive").exit_code == 0


def test_every_problem_is_shown_each_with_its_place(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "  AC-01:\n    statsu: partial\n"  # misspelt: reported once, not also as "missing"
        "  AC-02:\n    status: doing\n"
        "  AC-03:\n    status: partial\n    documented: maybe\n",
    )
    result = run("assess", str(path), "--non-interactive")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {path}:9:5: answers.AC-01.statsu: unknown key 'statsu' (did you mean 'status'?)",
        f"error: {path}:11:5: answers.AC-02.status: 'doing' is not one of 'missing', 'partial', "
        "'implemented', 'operating', 'not_applicable' or 'unknown'",
        f"error: {path}:14:5: answers.AC-03.documented: expected true or false",
    ]


def test_many_problems_are_capped_with_a_count(tmp_path: Path) -> None:
    answers = "".join(f"  AC-{i:02d}:\n    status: nope\n" for i in range(1, 26))
    path = _file(tmp_path, answers)
    result = run("report", str(path))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 21
    assert all(line.startswith(f"error: {path}:") for line in lines)
    assert lines[0].startswith(f"error: {path}:9:5: answers.AC-01.status: 'nope' is not one of")
    assert lines[-1] == f"error: {path}: and 5 more problems (fix these first)"


def test_a_control_id_written_differently_is_an_error_with_the_id_meant(tmp_path: Path) -> None:
    path = _file(tmp_path, "  AC-6:\n    status: operating\n  ZZ-01:\n    status: missing\n")
    result = run("assess", str(path), "--non-interactive")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {path}:8:3: answers.AC-6: 'AC-6' is not a control in the catalogue; "
        "did you mean AC-06?\n"
    )
    assert run("report", str(path)).stderr == result.stderr
    # An id unlike any in the catalogue may belong to another one: kept, with a warning.
    path.write_text(HEAD + "  ZZ-01:\n    status: missing\n", encoding="utf-8")
    result = run("assess", str(path), "--non-interactive")
    assert result.exit_code == 0
    assert result.stderr == (
        f"warning: {path}: answers.ZZ-01: not a control in the catalogue; kept, not scored\n"
    )
    assert result.stdout.startswith(f"{path}: valid; 0 of ")
