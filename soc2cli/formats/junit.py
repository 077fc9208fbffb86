"""JUnit XML: one test case per criterion, so CI test panes show readiness."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from soc2cli.formats.common import draft_banner
from soc2cli.labels import check_resources_label, gap_kind_label
from soc2cli.report import CriterionResult, Gap, Report
from soc2cli.vocabulary import CriterionStatus


def _failure(case: ET.Element, criterion: CriterionResult, members: list[Gap]) -> None:
    """The failure of a criterion with gaps: one line per gap, and under a failing_check gap
    the checks that fail with their resources."""
    lines = [
        f"{g.control} {g.title}: {gap_kind_label(g.kind)} ({g.severity.value})" for g in members
    ]
    text: list[str] = []
    for line, gap in zip(lines, members, strict=True):
        text.append(line)
        text += [f"  - {check_resources_label(f)}" for f in gap.failing]
    coverage = criterion.coverage
    failure = ET.SubElement(
        case,
        "failure",
        message=f"{criterion.status.value}, {coverage.ready} of {coverage.total} "
        f"controls ready; {len(lines)} gap(s): " + "; ".join(lines),
        type=criterion.status.value,
    )
    failure.text = "\n".join(text)


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(report: Report) -> str:
    gaps = {g.control: g for g in report.gaps}
    suites = ET.Element("testsuites", name="soc2 readiness")
    by_category: dict[str, list[ET.Element]] = {}
    counts: dict[str, dict[str, int]] = {}
    in_scope = set(report.scope.categories)
    for criterion in report.criteria:
        if criterion.category not in in_scope:
            continue
        case = ET.Element(
            "testcase",
            classname=f"soc2.{criterion.category}",
            name=f"{criterion.id} {criterion.title}",
        )
        tally = counts.setdefault(criterion.category, {"tests": 0, "failures": 0, "skipped": 0})
        tally["tests"] += 1
        if criterion.status in (CriterionStatus.gap, CriterionStatus.partial):
            tally["failures"] += 1
            members = [*criterion.gap_controls, criterion.id]
            _failure(case, criterion, [gaps[c] for c in members if c in gaps])
        elif criterion.status is CriterionStatus.excluded:
            tally["skipped"] += 1
            ET.SubElement(case, "skipped", message=criterion.exclusion_reason or "excluded")
        by_category.setdefault(criterion.category, []).append(case)
    for category, cases in by_category.items():
        tally = counts[category]
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=f"soc2.{category}",
            tests=str(tally["tests"]),
            failures=str(tally["failures"]),
            skipped=str(tally["skipped"]),
            errors="0",
        )
        suite.extend(cases)
    ET.indent(suites)
    banner = draft_banner(report)
    comment = f"<!-- {banner} -->\n" if banner else ""
    body = ET.tostring(suites, encoding="unicode")
    # XML 1.0 cannot carry control characters at all, escaped or not: drop them.
    return '<?xml version="1.0" encoding="utf-8"?>\n' + comment + _XML_ILLEGAL.sub("", body) + "\n"
