"""The HTML deliverables a client keeps: the report's contents, timeline, calendar, dates and print
styles, and the customer summary's table and wording (issue #20)."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, all_answers, assessment_doc, run, write_assessment

from soc2cli.catalogue import Catalogue
from soc2cli.labels import frequency_label

EPOCH = {"SOURCE_DATE_EPOCH": "1798761600"}  # 2027-01-01
VOID = {"meta", "br", "img", "link", "hr", "input", "rect", "line", "path", "circle"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def all(self, tag: str | None = None, **attrs: str) -> list[Node]:
        """Every descendant with ``tag`` whose attributes contain ``attrs`` (class: one of them)."""
        found = []
        for child in self.children:
            if isinstance(child, str):
                continue
            if (tag is None or child.tag == tag) and all(
                value in child.attrs.get("class", "").split()
                if key == "class_"
                else child.attrs.get(key) == value
                for key, value in attrs.items()
            ):
                found.append(child)
            found.extend(child.all(tag, **attrs))
        return found

    def one(self, tag: str | None = None, **attrs: str) -> Node:
        found = self.all(tag, **attrs)
        assert len(found) == 1, (tag, attrs, len(found))
        return found[0]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


def cells(row: Node) -> list[str]:
    return [" ".join(c.text().split()) for c in row.children if isinstance(c, Node)]


@pytest.fixture
def assessment(tmp_path: Path, builtin: Catalogue) -> Path:
    """A Type II with gaps in every phase, a target date, two systems and no evidence yet."""
    answers = all_answers(builtin, "operating")
    for control in builtin.controls[::12]:
        answers[control.id] = {"status": "missing"}
    doc = assessment_doc(
        report_type="type2",
        categories=["security", "availability"],
        answers=answers,
        target_date="2027-06-30",
        systems=[{"name": "Api"}, {"name": "Web <b>app</b>"}],
    )
    return write_assessment(tmp_path / "a.yaml", doc)


def _report(path: Path, fmt: str, *extra: str) -> str:
    result = run("report", str(path), "--format", fmt, *extra, env=EPOCH)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _json(path: Path) -> dict[str, Any]:
    return dict(json.loads(_report(path, "json")))


def test_contents_list_every_section_in_order_and_every_link_resolves(
    assessment: Path, tmp_path: Path
) -> None:
    (tmp_path / "policies").mkdir()
    doc = parse(_report(assessment, "html", "--policies", str(tmp_path / "policies")))
    main = doc.one("main")
    nav = main.one("nav", class_="toc")
    targets = [a.attrs["href"] for a in nav.all("a")]
    sections = [s.attrs["id"] for s in main.all("section")]
    assert targets == [f"#{s}" for s in sections]
    assert "#policy-gaps" in targets and "#evidence" in targets
    ids = {n.attrs["id"] for n in doc.all() if "id" in n.attrs}
    for a in doc.all("a"):
        href = a.attrs.get("href", "")
        assert href.startswith("#") and href[1:] in ids, href
    assert [a.text() for a in nav.all("a")][:3] == ["Executive summary", "Scope", "Criteria"]


def test_timeline_draws_one_bar_per_phase_on_a_month_axis(assessment: Path) -> None:
    plan = _json(assessment)["plan"]
    svg = parse(_report(assessment, "html")).one("figure", id="timeline").one("svg")
    assert (
        svg.attrs["role"] == "img"
        and svg.one("title", id="timeline-title").text() == "Remediation timeline"
    )
    phases = svg.all("g", class_="bar-phase")
    assert len(plan["phases"]) >= 2 and len(phases) == len(plan["phases"])
    xs = []
    for number, (bar, phase) in enumerate(zip(phases, plan["phases"], strict=True), start=1):
        name = f"{number}. {phase['name']}"
        assert bar.one("title").text() == f"{name}: {phase['start']} to {phase['end']}"
        assert bar.one("text").text() == name
        rect = bar.one("rect")
        xs.append((float(rect.attrs["x"]), float(rect.attrs["width"])))
    # Phases follow one another: each bar starts where the one before it ends.
    for (x0, w0), (x1, _) in itertools.pairwise(xs):
        assert abs(x0 + w0 - x1) < 0.2
    window = svg.one("g", class_="bar-observation").one("title").text()
    type2 = plan["type2"]
    assert window == (
        f"Type II observation period: {type2['observation_start']} to {type2['observation_end']}"
    )
    markers = [g.one("title").text() for g in svg.all("g", class_="marker")]
    assert markers == [
        f"Plan date: {plan['as_of']}",
        f"Target: {plan['target_date']}",
        f"Type II report: {type2['report_date']}",
    ]
    # One tick a month from the plan date's month; names under them, the year where it starts.
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    ticks = [t.text() for t in svg.all("text", class_="tick")]
    as_of, report = date.fromisoformat(plan["as_of"]), date.fromisoformat(type2["report_date"])
    span = (report.year - as_of.year) * 12 + report.month - as_of.month + 1
    assert ticks == [months[(as_of.month - 1 + i) % 12] for i in range(span)]
    assert [t.text() for t in svg.all("text", class_="year")] == ["2027"]
    assert "<script" not in svg.text() and not svg.all("script")


def test_html_deliverables_hold_no_command_line_instructions(
    assessment: Path, tmp_path: Path
) -> None:
    from test_cli_basics import _command_paths

    commands = sorted({p[0] for p in _command_paths()})
    instruction = re.compile(rf"\bsoc2 ({'|'.join(commands)})\b|--[a-z]|\bscope\.[a-z]")
    (tmp_path / "policies").mkdir()
    pages = {
        "report": _report(assessment, "html", "--policies", str(tmp_path / "policies")),
        "summary": _report(assessment, "summary-html"),
    }
    for name, html in pages.items():
        body = parse(html).one("body").text()
        assert instruction.search(body) is None, (name, instruction.findall(body))
    # The HTML templates, whatever they show: nothing a client could only run in a terminal.
    for template in ("report.html.j2", "_budget.html.j2", "_timeline.html.j2", "summary.html.j2"):
        text = (REPO / "templates" / template).read_text(encoding="utf-8")
        assert re.search(rf"\bsoc2 ({'|'.join(commands)})\b", text) is None, template


def test_every_date_in_the_report_text_stays_on_one_line(assessment: Path) -> None:
    plan = _json(assessment)["plan"]
    html = _report(assessment, "html")
    body = parse(html).one("body")

    def loose_dates(node: Node) -> list[str]:
        if node.tag in ("time", "svg", "style"):
            return []
        found: list[str] = []
        for child in node.children:
            found += ISO_DATE.findall(child) if isinstance(child, str) else loose_dates(child)
        return found

    assert loose_dates(body) == []
    times = body.all("time")
    assert len(times) > 100
    assert all(t.attrs["datetime"] == t.text() for t in times if ISO_DATE.fullmatch(t.text()))
    style = parse(html).one("style").text()
    assert re.search(r"time, \.date \{ white-space: nowrap; \}", style)
    # The plan's warnings (a target date missed) come from Python; their dates are tagged too.
    warning = next(d for d in body.all("div", class_="warning") if "target date" in d.text())
    assert [t.text() for t in warning.all("time")] == ["2027-06-30", plan["type2"]["report_date"]]


def test_collection_calendar_is_one_row_per_control(assessment: Path, builtin: Catalogue) -> None:
    report = _json(assessment)
    due: dict[str, list[str]] = {}
    for check in report["evidence"]["checks"]:
        ends = [s["end"] for s in check["slots"] if s["status"] == "due"]
        if ends:
            due[check["control"]] = ends
    table = parse(_report(assessment, "html")).one("table", class_="calendar")
    assert cells(table.one("thead").one("tr")) == ["Control", "Frequency", "Owner", "Due"]
    rows = table.one("tbody").all("tr")
    assert len(rows) == len(due) < sum(len(v) for v in due.values())
    controls = {c.id: c for c in builtin.controls}
    for row in rows:
        control = row.all("td")[0].text().split()[0]
        dates = [t.text() for t in row.all("time")]
        assert dates == sorted(due[control])
        assert cells(row)[1] == frequency_label(controls[control].frequency)
    # Frequency words come from labels.py ("semi-annual"), never the file's code.
    semi = next(c for c in builtin.controls if c.frequency.value == "semi_annual" and c.id in due)
    row = next(r for r in rows if r.all("td")[0].text().startswith(semi.id))
    assert cells(row)[1] == frequency_label(semi.frequency) != "semi_annual"
    assert "semi-annual" in cells(row)[1].lower()


def test_report_prints_cleanly(assessment: Path) -> None:
    style = parse(_report(assessment, "html")).one("style").text()
    printing = style[style.index("@media print") :]
    for rule in (
        "nav.toc { display: none; }",
        "main > section ~ section { break-before: page; }",
        "tr, .kpi, .gapcard, .timeline, .chart, .warning { break-inside: avoid; }",
        "thead { display: table-header-group; }",
    ):
        assert rule in printing, rule


def test_customer_summary_table_has_one_row_per_category_and_overall(assessment: Path) -> None:
    summary = _json(assessment)["summary"]
    doc = parse(_report(assessment, "summary-html"))
    table = doc.one("table", id="where-we-are")
    assert cells(table.one("thead").one("tr")) == [
        "Category",
        "Readiness",
        "Progress",
        "Controls ready",
    ]

    def figures(r: dict[str, Any]) -> list[str]:
        return [f"{round(r['readiness'] * 100)} %", "", f"{r['ready']} of {r['applicable']}"]

    expected = [[c["title"], *figures(c["type2"])] for c in summary["categories"]]
    expected.append(["Overall", *figures(summary["type2"])])
    rows = table.one("tbody").all("tr")
    assert [cells(r) for r in rows] == expected
    assert [c["title"] for c in summary["categories"]] == ["Security", "Availability"]
    # Every row has the same cells, with the same classes: figures line up in their columns.
    shapes = {tuple(c.attrs.get("class", "") for c in r.all("td")) for r in rows}
    assert shapes == {("", "n", "progress", "n")}
    assert rows[-1].attrs["class"] == "overall"
    assert doc.one(id="overall").text() == f"{round(summary['readiness'] * 100)} %"


def test_customer_summary_says_which_categories_in_words(assessment: Path) -> None:
    sentence = (
        "Example Co is preparing for a SOC 2 Type II examination of Api and Web <b>app</b> "
        "against the AICPA Trust Services Criteria for security and availability."
    )
    intro = parse(_report(assessment, "summary-html")).one("main").all("p")[1].text()
    assert intro == sentence
    md = _report(assessment, "summary")
    assert sentence.replace("<b>", "&lt;b&gt;").replace("</b>", "&lt;/b&gt;") in md
    summary = _json(assessment)["summary"]
    overall = summary["type2"]
    assert (
        "| Category | Readiness | Controls ready |\n|---|---:|---:|\n"
        f"| Security | {round(summary['categories'][0]['type2']['readiness'] * 100)} % |"
    ) in md
    assert (
        f"| **Overall** | **{round(overall['readiness'] * 100)} %** | "
        f"**{overall['ready']} of {overall['applicable']}** |"
    ) in md


def test_timeline_of_a_type1_and_of_a_long_plan(tmp_path: Path, builtin: Catalogue) -> None:
    ready = write_assessment(
        tmp_path / "ready.yaml", assessment_doc(answers=all_answers(builtin, "operating"))
    )
    plan = _json(ready)["plan"]
    svg = parse(_report(ready, "html")).one("figure", id="timeline")
    assert svg.all("g", class_="bar-phase") == []
    audit = svg.one("g", class_="bar-type1_audit").one("title").text()
    assert audit == f"Type I audit: {plan['type1_ready_date']} to {plan['type1_report_date']}"
    assert [g.one("title").text() for g in svg.all("g", class_="marker")] == [
        f"Plan date: {plan['as_of']}",
        f"Type I report: {plan['type1_report_date']}",
    ]
    # Years of work at one person-day a week: a name every sixth month, the year under January.
    slow = write_assessment(
        tmp_path / "slow.yaml",
        assessment_doc(answers=all_answers(builtin, "missing"), capacity_days_per_week=1),
    )
    svg = parse(_report(slow, "html")).one("figure", id="timeline")
    ticks = [t.text() for t in svg.all("text", class_="tick")]
    assert len(ticks) > 8 and set(ticks) == {"Jan", "Jul"}
    years = [int(t.text()) for t in svg.all("text", class_="year")]
    assert years == list(range(2027, 2027 + len(years))) and ticks.count("Jan") == len(years)
