"""soc2 catalogue list|show|export|validate, overlays and located errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import OVERLAY_CONTROL, run, write_tree

from soc2cli.catalogue import Catalogue, builtin_catalogue_dir, load_catalogue
from soc2cli.errors import CatalogueError


def _control(**kw: str) -> str:
    return OVERLAY_CONTROL.format(title="Extra control", **kw)


def test_builtin_catalogue_validates() -> None:
    result = run("catalogue", "validate")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("catalogue soc2-builtin ")
    assert "61 criteria" in result.stdout
    assert result.stderr == ""


def test_list_json_is_sorted_and_complete(builtin: Catalogue) -> None:
    result = run("catalogue", "list", "--format", "json")
    data = json.loads(result.stdout)
    assert [d["id"] for d in data] == [c.id for c in builtin.criteria]
    assert data[0] == {
        "category": "security",
        "controls": len(builtin.controls_by_criterion["CC1.1"]),
        "id": "CC1.1",
        "series": "CC1",
        "title": builtin.criteria[0].title,
    }


def test_list_filters_by_category() -> None:
    data = json.loads(run("catalogue", "list", "--category", "privacy", "--format", "json").stdout)
    assert len(data) == 18 and {d["category"] for d in data} == {"privacy"}
    bad = run("catalogue", "list", "--category", "secrecy")
    assert bad.exit_code == 2 and "unknown category 'secrecy'" in bad.stderr


def test_list_table_fits_80_columns() -> None:
    result = run("catalogue", "list", env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "CC6.1" in result.stdout


def test_show_criterion_and_control(builtin: Catalogue) -> None:
    result = run("catalogue", "show", "CC6.1", env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert "CC6.1" in result.stdout and "Points of focus" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    control = builtin.controls_by_criterion["CC6.1"][0]
    shown = run("catalogue", "show", control.id.lower(), env={"COLUMNS": "80"})
    assert shown.exit_code == 0
    assert "Question" in shown.stdout
    assert "Design evidence" in shown.stdout and "Operating evidence" in shown.stdout


def test_show_unknown_id_suggests() -> None:
    result = run("catalogue", "show", "CC6.9")
    assert result.exit_code == 2
    assert "no criterion or control with id 'CC6.9'" in result.stderr
    assert "did you mean" in result.stderr


def test_export_has_criteria_and_controls(builtin: Catalogue) -> None:
    data = json.loads(run("catalogue", "export", "--format", "json").stdout)
    assert len(data["criteria"]) == 61
    criterion = data["criteria"][0]
    assert {"id", "category", "series", "title", "summary", "points_of_focus"} <= set(criterion)
    control = data["controls"][0]
    assert {"id", "title", "criteria", "question", "mappings"} <= set(control)
    assert len(data["controls"]) == len(builtin.controls)
    # Stable: the same bytes twice.
    assert (
        run("catalogue", "export", "--format", "json").stdout
        == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    )


def _copy_builtin(tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "cat"
    shutil.copytree(
        builtin_catalogue_dir(), target, ignore=shutil.ignore_patterns("__pycache__", "*.py")
    )
    return target


def test_validate_reports_yaml_syntax_error_with_line(tmp_path: Path) -> None:
    write_tree(tmp_path / "o", {"extra.yaml": "controls:\n  - id: AC-99\n    title: [unclosed\n"})
    result = run("catalogue", "validate", str(tmp_path / "o"))
    assert result.exit_code == 2
    line = result.stderr.strip().splitlines()[0]
    assert line.startswith(f"error: {tmp_path / 'o' / 'extra.yaml'}:4:")
    assert "YAML syntax error" in line


def test_validate_reports_unknown_field_with_key_path(tmp_path: Path) -> None:
    text = _control(id="AC-99", criterion="CC6.1") + "    colour: blue\n"
    write_tree(tmp_path / "o", {"extra.yaml": text})
    result = run("catalogue", "validate", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == f"error: {tmp_path / 'o' / 'extra.yaml'}:18:5: controls[0].colour: unknown field"
    )


def test_validate_reports_unknown_criterion(tmp_path: Path) -> None:
    write_tree(tmp_path / "o", {"extra.yaml": _control(id="AC-99", criterion="CC6.9")})
    result = run("catalogue", "validate", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert "extra.yaml:8:16: controls[0].criteria[0]: unknown criterion 'CC6.9'" in result.stderr


def test_validate_reports_duplicate_control_id(tmp_path: Path) -> None:
    write_tree(
        tmp_path / "o",
        {
            "a.yaml": _control(id="AC-98", criterion="CC6.1"),
            "b.yaml": _control(id="AC-98", criterion="CC6.2"),
        },
    )
    result = run("catalogue", "validate", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert (
        f"{tmp_path / 'o' / 'b.yaml'}:2:5: controls[0].id: duplicate id 'AC-98' (first defined in {tmp_path / 'o' / 'a.yaml'}:2)"
        in result.stderr
    )


def test_validate_reports_bad_applicability(tmp_path: Path) -> None:
    text = (
        _control(id="AC-97", criterion="CC6.1")
        + "    applies_when: {categories: [secrecy], hosting: [moon]}\n"
    )
    write_tree(tmp_path / "o", {"extra.yaml": text})
    result = run("catalogue", "validate", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert "controls[0].applies_when.hosting[0]" in result.stderr


def test_full_catalogue_duplicate_and_warning(tmp_path: Path) -> None:
    cat = _copy_builtin(tmp_path)
    # A criterion nobody supports is a warning, not an error.
    (cat / "zz.yaml").write_text(
        "criteria:\n  - {id: CC9.9, category: security, series: CC9, title: t, summary: s, points_of_focus: [p]}\n"
    )
    result = run("catalogue", "validate", str(cat))
    assert result.exit_code == 0
    assert "criterion CC9.9 is supported by no control" in result.stderr


def test_overlay_adds_and_overrides_controls(tmp_path: Path, builtin: Catalogue) -> None:
    first = builtin.controls[0]
    write_tree(
        tmp_path / "o",
        {
            "add.yaml": _control(id="AC-99", criterion="CC6.1"),
            "override.yaml": _control(id=first.id, criterion="CC6.2").replace(
                "domain: access_control", f"domain: {first.domain}"
            ),
        },
    )
    merged = load_catalogue(tmp_path / "o").catalogue
    assert len(merged.controls) == len(builtin.controls) + 1
    assert merged.control("AC-99") is not None
    overridden = merged.control(first.id)
    assert overridden is not None and overridden.title == "Extra control"
    result = run("catalogue", "show", "AC-99", "--catalogue", str(tmp_path / "o"))
    assert result.exit_code == 0 and "Extra control" in result.stdout


def test_overlay_may_not_redefine_criteria(tmp_path: Path) -> None:
    write_tree(
        tmp_path / "o",
        {
            "c.yaml": "criteria:\n  - {id: CC1.1, category: security, series: CC1, title: t, summary: s, points_of_focus: [p]}\n"
        },
    )
    with pytest.raises(CatalogueError) as info:
        load_catalogue(tmp_path / "o")
    assert "may add or override controls only" in str(info.value)


def test_missing_catalogue_dir(tmp_path: Path) -> None:
    result = run("catalogue", "validate", str(tmp_path / "none"))
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'none'}: catalogue directory not found\n"
