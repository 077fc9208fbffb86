"""`soc2 portfolio`: every client side by side, each figure equal to that file's own report; and
`soc2 init`, which starts a client folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import icalendar
import openpyxl
import pexpect
import pytest
import yaml
from conftest import OVERLAY_CONTROL, REPO, all_answers, assessment_doc, run, write_assessment
from test_branding import NETWORK, png_bytes, write_branding

from soc2cli import __version__
from soc2cli.catalogue import Catalogue
from soc2cli.dates import target_status
from soc2cli.portfolio import build_portfolio
from soc2cli.templating import md_escape

AS_OF = "2027-04-01"  # inside the fintech example's observation window: evidence due and overdue
EXAMPLES = ["seed-saas", "fintech-type2", "healthtech-privacy"]


@pytest.fixture
def clients(tmp_path: Path) -> Path:
    """The three example clients in their folders, a YAML file that is not an assessment and a
    broken assessment."""
    root = tmp_path / "clients"
    for name in EXAMPLES:
        (root / name).mkdir(parents=True)
        shutil.copy(REPO / "examples" / name / "assessment.yaml", root / name / "assessment.yaml")
    (root / "notes.yaml").write_text("meetings: [weekly]\n", encoding="utf-8")
    (root / "broken").mkdir()
    (root / "broken" / "assessment.yaml").write_text(
        "scope:\n  organization: Broken Co\n  report_type: type3\n", encoding="utf-8"
    )
    return root


def _portfolio(*args: str) -> dict[str, Any]:
    result = run("portfolio", *args, "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _report(path: str) -> dict[str, Any]:
    result = run("report", path, "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _expected_row(file: str, report: dict[str, Any]) -> dict[str, Any]:
    """What the portfolio must say of ``file``, read from the file's own report JSON."""
    summary, plan = report["summary"], report["plan"]
    as_of = date.fromisoformat(plan["as_of"])
    horizon = (as_of + timedelta(days=30)).isoformat()
    projected = plan["type2"]["report_date"] if plan["type2"] else plan["type1_report_date"]
    return {
        "file": file,
        "organization": report["scope"]["organization"],
        "report_type": summary["report_type"],
        "readiness": summary["readiness"],
        "readiness_type1": summary["type1"]["readiness"],
        "readiness_type2": summary["type2"]["readiness"],
        "answered": summary["answered"],
        "applicable": summary["applicable"],
        "draft": summary["draft"],
        "gaps": summary["gaps_total"],
        "target_date": plan["target_date"],
        "projected_date": projected,
        "at_risk": plan["meets_target"] is False,
        "evidence_due": sum(
            1
            for check in report["evidence"]["checks"]
            for slot in check["slots"]
            if slot["status"] == "due" and slot["end"] <= horizon
        ),
        "evidence_overdue": report["evidence"]["missing_occurrences"],
    }


def test_json_figures_equal_each_files_own_report(clients: Path) -> None:
    result = run("portfolio", str(clients), "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["as_of"] == AS_OF and data["tool_version"] == __version__
    rows = data["clients"]
    assert sorted(r["file"] for r in rows) == sorted(
        str(clients / name / "assessment.yaml") for name in EXAMPLES
    )
    for row in rows:
        expected = _expected_row(row["file"], _report(row["file"]))
        assert {key: row[key] for key in expected} == expected
    fintech = next(r for r in rows if "fintech" in r["file"])
    assert fintech["evidence_due"] > 0 and fintech["evidence_overdue"] > 0  # both were compared
    for row in rows:  # answers to applicable controls recorded more than 90 days before AS_OF
        answers = yaml.safe_load(Path(row["file"]).read_text(encoding="utf-8"))["answers"]
        applicable = {c["id"] for c in _report(row["file"])["controls"] if c["applicable"]}
        cutoff = date.fromisoformat(AS_OF) - timedelta(days=90)
        stale = [
            cid
            for cid, answer in answers.items()
            if cid in applicable
            and "answered_at" in answer
            and date.fromisoformat(str(answer["answered_at"])[:10]) < cutoff
        ]
        assert row["stale_answers"] == len(stale) > 0
    assert all(r["policy_reviews_overdue"] is None for r in rows)  # no policies folder beside


def test_sorted_by_risk_and_the_misses_said_in_words(tmp_path: Path, builtin: Catalogue) -> None:
    operating = all_answers(builtin, "operating")
    half = {
        cid: {"status": "implemented" if i % 2 else "missing"} for i, cid in enumerate(operating)
    }
    docs = {
        "ready": assessment_doc(organization="Ready Co", answers=operating),
        "half": assessment_doc(organization="Halfway Co", answers=half),
        # Type II with the window begun and no evidence: occurrences overdue.
        "evidence": assessment_doc(
            organization="Evidence Co", report_type="type2", answers=operating
        ),
        # Everything ready, but the report cannot come by next week.
        "late": assessment_doc(organization="Late Co", answers=operating, target_date="2027-04-08"),
    }
    for name, doc in docs.items():
        write_assessment(tmp_path / f"{name}.yaml", doc)
    rows = _portfolio(str(tmp_path))["clients"]
    assert [r["organization"] for r in rows] == ["Late Co", "Evidence Co", "Halfway Co", "Ready Co"]
    late, evidence, half_row, ready = rows
    assert late["at_risk"] and late["readiness"] == 1.0
    assert late["missed_by"] == "missed by about 5 weeks"
    assert evidence["evidence_overdue"] > 0 and not evidence["at_risk"]
    assert 0 < half_row["readiness"] < ready["readiness"] == 1.0
    assert [r["missed_by"] for r in rows[1:]] == ["", "", ""]


def test_files_that_are_not_assessments_are_skipped_with_a_note(clients: Path) -> None:
    result = run("portfolio", str(clients), "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 0
    broken = clients / "broken" / "assessment.yaml"
    notes = clients / "notes.yaml"
    assert result.stderr.splitlines() == [
        f"warning: {broken}:3:3: scope.report_type: 'type3' is not one of 'type1' or 'type2' "
        "(did you mean 'type2'?); skipped",
        f"note: {notes}: not an assessment (no top-level 'scope:' key); skipped",
        "3 client(s), 2 projected to miss their target date; 2 file(s) skipped",
    ]
    skipped = json.loads(result.stdout)["skipped"]
    assert [s["file"] for s in skipped] == [str(broken), str(notes)]


def test_files_and_folders_may_be_mixed_and_are_counted_once(clients: Path) -> None:
    one = str(clients / "seed-saas" / "assessment.yaml")
    data = _portfolio(one, str(clients / "seed-saas"), one)
    assert [r["file"] for r in data["clients"]] == [one]
    assert data["skipped"] == []


def test_stale_answers_and_overdue_policy_reviews(tmp_path: Path, builtin: Catalogue) -> None:
    answers = all_answers(builtin, "implemented")
    ids = sorted(answers)
    answers[ids[0]]["answered_at"] = "2026-12-01T09:00:00Z"  # 121 days before AS_OF: stale
    answers[ids[1]]["answered_at"] = "2027-01-01T09:00:00Z"  # 90 days: not yet stale
    answers[ids[2]]["answered_at"] = "2027-03-30T09:00:00Z"
    folder = tmp_path / "acme"
    folder.mkdir()
    path = write_assessment(folder / "assessment.yaml", assessment_doc(answers=answers))
    policies = folder / "policies"
    generated = run("policies", "generate", str(path), "-o", str(policies), "--as-of", "2025-06-01")
    assert generated.exit_code == 0, generated.stderr
    check = run(
        "policies", "check", str(policies), "--assessment", str(path), "--format", "json",
        "--as-of", AS_OF,
    )  # fmt: skip
    overdue = [f for f in json.loads(check.stdout)["findings"] if f["kind"] == "overdue"]
    (row,) = _portfolio(str(folder))["clients"]
    assert row["stale_answers"] == 1
    assert row["policy_reviews_overdue"] == len(overdue) > 0


def test_markdown_lists_every_client_and_escapes_what_users_typed(
    clients: Path, builtin: Catalogue
) -> None:
    doc = assessment_doc(answers=all_answers(builtin, "operating"), organization="Pipe | *Star* Co")
    write_assessment(clients / "odd.yaml", doc)
    result = run("portfolio", str(clients), "--as-of", AS_OF)
    assert result.exit_code == 0
    out = result.stdout
    rows = _portfolio(str(clients))["clients"]
    at_risk = sum(r["at_risk"] for r in rows)
    assert out.startswith(
        f"# SOC 2 readiness portfolio\n\n*4 clients as of 2027-04-01; {at_risk} projected"
    )
    assert "| Pipe \\| \\*Star\\* Co | Type I | 100 % |" in out
    for row in rows:
        if row["organization"].startswith("Pipe"):
            continue
        line = next(
            x for x in out.splitlines() if x.startswith(f"| {md_escape(row['organization'])}")
        )
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        assert cells[2:6] == [
            f"{round(row['readiness'] * 100)} %",
            f"{round(row['readiness_type1'] * 100)} %",
            f"{round(row['readiness_type2'] * 100)} %",
            f"{row['answered']} of {row['applicable']}",
        ]
        status = target_status(
            date.fromisoformat(row["target_date"]), date.fromisoformat(row["projected_date"])
        )
        verdict = f"**{row['missed_by']}**" if row["at_risk"] else status
        assert status.startswith("missed by " if row["at_risk"] else "on track, ")
        assert cells[7] == f"{row['projected_date']} {verdict}"
        assert cells[-1] == md_escape(row["file"])
    assert "## Skipped\n\n- " in out


def test_html_is_self_contained_escaped_and_branded(
    clients: Path, tmp_path: Path, builtin: Catalogue
) -> None:
    doc = assessment_doc(
        answers=all_answers(builtin, "operating"), organization="<script>alert(1)</script> Co"
    )
    write_assessment(clients / "xss.yaml", doc)
    firm = tmp_path / "firm"
    firm.mkdir()
    branding = write_branding(firm, image=png_bytes())
    out = tmp_path / "portfolio.html"
    result = run(
        "portfolio", str(clients), "--format", "html", "-o", str(out), "--as-of", AS_OF,
        "--branding", str(branding),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html
    assert "<strong>&lt;script&gt;alert(1)&lt;/script&gt; Co</strong>" in html
    assert NETWORK.search(html) is None
    assert "default-src 'none'" in html
    assert '<span id="at-risk">2</span>' in html
    assert html.count('<tr class="risk">') == 2
    assert '<span class="firm">Audit &amp; &lt;Partners&gt;</span>' in html
    assert "data:image/png;base64," in html


def test_xlsx_opens_and_matches_the_json(clients: Path, tmp_path: Path) -> None:
    out = tmp_path / "portfolio.xlsx"
    result = run("portfolio", str(clients), "--format", "xlsx", "-o", str(out), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    rows = _portfolio(str(clients))["clients"]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Portfolio", "Skipped"]
    sheet = wb["Portfolio"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == [
        "Organisation",
        "Report type",
        "Readiness (its report type)",
        "Type I readiness",
        "Type II readiness",
    ]
    got = [
        {
            "organization": r[0],
            "readiness_type1": r[3],
            "readiness_type2": r[4],
            "answered": r[5],
            "projected_date": r[8].date().isoformat(),
            "file": r[14],
        }
        for r in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert got == [{k: row[k] for k in got[0]} for row in rows]
    assert [r[0] for r in wb["Skipped"].iter_rows(min_row=2, values_only=True)] == [
        str(clients / "broken" / "assessment.yaml"),
        str(clients / "notes.yaml"),
    ]


def test_ics_merges_the_clients_evidence_calendars(clients: Path, tmp_path: Path) -> None:
    shutil.copytree(clients / "fintech-type2", clients / "fintech-copy")
    out = tmp_path / "portfolio.ics"
    result = run("portfolio", str(clients), "--ics", str(out), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    expected = 0
    for name in [*EXAMPLES, "fintech-copy"]:
        one = run("report", str(clients / name / "assessment.yaml"), "--format", "ics",
                  "--as-of", AS_OF)  # fmt: skip
        expected += len(list(icalendar.Calendar.from_ical(one.stdout).walk("VEVENT")))
    assert len(events) == expected > 0
    assert len({str(e["UID"]) for e in events}) == len(events)  # two clients never collide
    assert all(str(e["SUMMARY"]).startswith("Ledgerly Inc.: SOC 2 evidence due: ") for e in events)
    days = [e.decoded("DTSTART") for e in events]
    assert days == sorted(days)


def test_worker_processes_give_the_same_portfolio(tmp_path: Path, builtin: Catalogue) -> None:
    root = tmp_path / "many"
    for n in range(20):
        (root / f"c{n:02d}").mkdir(parents=True)
        source = REPO / "examples" / EXAMPLES[n % 3] / "assessment.yaml"
        text = source.read_text(encoding="utf-8").replace(
            "organization: ", f"organization: {n} ", 1
        )
        (root / f"c{n:02d}" / "assessment.yaml").write_text(text, encoding="utf-8")
    when = date.fromisoformat(AS_OF)
    done: list[tuple[int, int]] = []
    alone = build_portfolio([root], builtin, as_of=when, tool_version="t", workers=1)
    pooled = build_portfolio(
        [root], builtin, as_of=when, tool_version="t", workers=2,
        progress=lambda n, total: done.append((n, total)),
    )  # fmt: skip
    assert pooled == alone and len(pooled.clients) == 20
    assert done[-1] == (20, 20)


def test_no_assessment_found_and_bad_paths_are_bad_input(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    result = run("portfolio", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"error: no assessment file found in {tmp_path}"
    missing = run("portfolio", str(tmp_path / "nope"))
    assert missing.exit_code == 2
    assert missing.stderr == f"error: {tmp_path / 'nope'}: no such file or folder\n"
    binary = run("portfolio", str(tmp_path), "--format", "xlsx")
    assert binary.exit_code == 2
    assert "give one with -o FILE" in binary.stderr


def test_the_installed_command_end_to_end(clients: Path, tmp_path: Path) -> None:
    soc2 = shutil.which("soc2")
    assert soc2 is not None
    proc = subprocess.run(
        [soc2, "portfolio", str(clients), "--format", "json", "--as-of", AS_OF],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == _portfolio(str(clients))


# --- soc2 init -----------------------------------------------------------------------------------


def test_init_starts_a_client_folder(tmp_path: Path) -> None:
    folder = tmp_path / "acme-cloud"
    result = run("init", str(folder))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "README.md",
        "assessment.schema.json",
        "assessment.yaml",
    ]
    text = (folder / "assessment.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=assessment.schema.json\n")
    doc = yaml.safe_load(text)
    assert doc["scope"]["organization"] == "Acme Cloud"
    schema = json.loads((folder / "assessment.schema.json").read_text(encoding="utf-8"))
    assert schema == json.loads(run("schema", "assessment").stdout)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Acme Cloud: SOC 2 readiness\n")
    assert "soc2 assess assessment.yaml --rescope" in readme
    assert "soc2 report assessment.yaml --format html -o report.html" in readme
    assert result.stderr.splitlines()[-1] == f"next: soc2 assess {folder}/assessment.yaml --rescope"
    # The new assessment is valid: it validates and reports as a draft with nothing answered.
    checked = run("assess", str(folder / "assessment.yaml"), "--non-interactive")
    assert "error" not in checked.stderr
    report = run("report", str(folder / "assessment.yaml"), "--format", "json")
    assert report.exit_code == 0 and json.loads(report.stdout)["summary"]["answered"] == 0


def test_init_never_overwrites(tmp_path: Path) -> None:
    folder = tmp_path / "client"
    folder.mkdir()
    (folder / "notes.txt").write_text("kept\n", encoding="utf-8")
    assert run("init", str(folder)).exit_code == 0  # unrelated files are fine
    (folder / "assessment.yaml").write_text("answers edited by hand\n", encoding="utf-8")
    (folder / "README.md").unlink()
    again = run("init", str(folder))
    assert again.exit_code == 2
    assert again.stderr == (
        f"error: {folder} already has assessment.yaml, assessment.schema.json; nothing was "
        "written (soc2 init never overwrites a file: move them away or choose another folder)\n"
    )
    assert (folder / "assessment.yaml").read_text(encoding="utf-8") == "answers edited by hand\n"
    assert not (folder / "README.md").exists()


def test_init_copies_the_overlay_and_the_branding(tmp_path: Path) -> None:
    overlay = tmp_path / "firm-overlay"
    (overlay / "extra").mkdir(parents=True)
    control = OVERLAY_CONTROL.format(id="AC-90", title="Firm control", criterion="CC6.1")
    (overlay / "extra" / "firm.yaml").write_text(control, encoding="utf-8")
    firm = tmp_path / "firm"
    firm.mkdir()
    branding = write_branding(firm, image=png_bytes())
    folder = tmp_path / "client"
    result = run("init", str(folder), "--from", str(overlay), "--branding", str(branding))
    assert result.exit_code == 0, result.stderr
    assert (folder / "overlay" / "extra" / "firm.yaml").read_text(encoding="utf-8") == control
    assert (folder / "logo.png").read_bytes() == png_bytes()
    assert yaml.safe_load((folder / "branding.yaml").read_text(encoding="utf-8")) == {
        "firm": "Audit & <Partners>",
        "logo": "logo.png",
        "accent": "#aa3300",
        "disclaimer": "Readiness advice, <b>not</b> an audit opinion.",
    }
    assert "--catalogue overlay" in (folder / "README.md").read_text(encoding="utf-8")
    # The report in the new folder uses the overlay and picks up the branding beside it.
    assessment = str(folder / "assessment.yaml")
    data = json.loads(
        run("report", assessment, "--format", "json", "--catalogue", str(folder / "overlay")).stdout
    )
    assert "AC-90" in {c["id"] for c in data["controls"]}
    html = run("report", assessment, "--format", "html").stdout
    assert '<span class="firm">Audit &amp; &lt;Partners&gt;</span>' in html


def test_init_refuses_a_broken_overlay_before_writing(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "bad.yaml").write_text("controls:\n  - id: AC-91\n", encoding="utf-8")
    folder = tmp_path / "client"
    result = run("init", str(folder), "--from", str(overlay))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {overlay / 'bad.yaml'}:")
    assert not folder.exists()


def test_a_terminal_sees_the_progress_of_a_big_portfolio(tmp_path: Path) -> None:
    soc2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")
    assert soc2 is not None
    for n in range(24):
        shutil.copy(REPO / "examples" / "seed-saas" / "assessment.yaml", tmp_path / f"c{n}.yaml")
    out = tmp_path / "portfolio.json"
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    child = pexpect.spawn(
        soc2,
        ["portfolio", str(tmp_path), "--format", "json", "-o", str(out)],
        env=env,
        timeout=60,
        encoding="utf-8",
    )
    child.expect(r"scoring the assessments: \d+ of 24")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["clients"]) == 24


def test_portfolio_template_can_be_overridden(clients: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "portfolio.md.j2").write_text(
        "{% for c in clients %}{{ c.organization | md }}: {{ c.readiness | pct }}\n{% endfor %}",
        encoding="utf-8",
    )
    result = run("portfolio", str(clients), "--template-dir", str(templates), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    rows = _portfolio(str(clients))["clients"]
    assert result.stdout == "".join(
        f"{md_escape(r['organization'])}: {round(r['readiness'] * 100)} %\n" for r in rows
    )
