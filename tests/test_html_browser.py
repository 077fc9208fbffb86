"""The HTML report in a real headless Chromium: no console errors, no network, key figures shown."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest
from conftest import all_answers, assessment_doc, run, write_assessment

from soc2cli.catalogue import Catalogue

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="chromium is not installed"
)


def _render(tmp_path: Path, html: Path) -> tuple[str, str]:
    assert CHROMIUM is not None, "CI must install Debian's chromium package"
    proc = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", html.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, proc.stderr


def test_html_report_renders_cleanly(tmp_path: Path, builtin: Catalogue) -> None:
    answers = all_answers(builtin, "operating")
    gap_control = builtin.controls[3].id
    answers[gap_control] = {"status": "partial", "notes": "<script>alert(1)</script>"}
    doc = assessment_doc(
        report_type="type2",
        categories=["security", "privacy"],
        answers=answers,
        organization="Browser <b>Test</b> Co",
    )
    path = write_assessment(tmp_path / "a.yaml", doc)
    out = tmp_path / "report.html"
    result = run(
        "report",
        str(path),
        "--format",
        "html",
        "-o",
        str(out),
        env={"SOURCE_DATE_EPOCH": "1798761600"},
    )
    assert result.exit_code == 0, result.stderr
    dom, log = _render(tmp_path, out)
    console = [line for line in log.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    # The key figures are on the page as text, and the user's markup stayed text.
    readiness = re.search(r'id="kpi-readiness">([^<]+)<', dom)
    data = json.loads(run("report", str(path), "--format", "json").stdout)
    expected = f"{round(data['summary']['readiness'] * 100)} %"
    assert readiness is not None and readiness.group(1) == expected
    assert re.search(r'id="kpi-gaps">1<', dom)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "Browser &lt;b&gt;Test&lt;/b&gt; Co" in dom
    assert gap_control in dom
    assert "<script" not in dom


# --- layout: the report at a typical width, on a phone, and printed to PDF ------------------------

# Measures the page from inside, in a copy of the report (the report itself runs no script and its
# Content-Security-Policy forbids one): every <time> must sit on one line, the contents' links must
# land on a section, the timeline must be drawn, and nothing may stick out sideways.
HARNESS = """<script>
(() => {
  const times = [...document.querySelectorAll("time")];
  const wrapped = times.filter((t) => t.getClientRects().length !== 1).map((t) => t.textContent);
  const links = [...document.querySelectorAll("nav.toc a")].map((a) => a.getAttribute("href"));
  const svg = document.querySelector("#timeline svg").getBoundingClientRect();
  const bars = [...document.querySelectorAll("#timeline g.bar-phase rect")];
  const out = document.createElement("pre");
  out.id = "harness-result";
  out.textContent = JSON.stringify({
    times: times.length,
    wrapped,
    dangling: links.filter((h) => !document.querySelector(h + " h2")),
    links: links.length,
    svg_width: svg.width,
    main_width: document.querySelector("main").getBoundingClientRect().width,
    bars: bars.map((r) => r.getBoundingClientRect().width),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  });
  document.body.append(out);
})();
</script>"""


def _chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None, "CI must install Debian's chromium package"
    proc = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture
def report_html(tmp_path: Path, builtin: Catalogue) -> Path:
    """A Type II report with every optional section: gaps in every phase, follow-ups, unanswered
    and not-applicable controls, a target date and a collection calendar."""
    answers = all_answers(builtin, "operating")
    for control in builtin.controls[::12]:
        answers[control.id] = {"status": "missing"}
    for control in builtin.controls[1::12]:
        answers[control.id] = {"status": "unknown"}
    for control in builtin.controls[2::24]:
        del answers[control.id]
    for control in builtin.controls[3::24]:
        answers[control.id] = {"status": "not_applicable", "notes": "Not used here"}
    doc = assessment_doc(
        report_type="type2",
        categories=["security", "availability"],
        answers=answers,
        target_date="2027-06-30",
    )
    path = write_assessment(tmp_path / "a.yaml", doc)
    out = tmp_path / "report.html"
    result = run(
        "report",
        str(path),
        "--format",
        "html",
        "-o",
        str(out),
        env={"SOURCE_DATE_EPOCH": "1798761600"},
    )
    assert result.exit_code == 0, result.stderr
    return out


def _measure(tmp_path: Path, report: Path, width: int) -> dict[str, Any]:
    page = report.read_text(encoding="utf-8")
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    harness = tmp_path / f"harness-{width}.html"
    harness.write_text(page.replace("</body>", HARNESS + "\n</body>"), encoding="utf-8")
    dom = _chromium(tmp_path, f"--window-size={width},900", "--dump-dom", harness.as_uri())
    found = re.search(r'<pre id="harness-result">(.*?)</pre>', dom, re.S)
    assert found is not None, "the harness did not run"
    return dict(json.loads(html.unescape(found.group(1))))


@pytest.mark.parametrize("width", [1024, 420])
def test_dates_never_wrap_and_the_contents_land(
    report_html: Path, tmp_path: Path, width: int
) -> None:
    m = _measure(tmp_path, report_html, width)
    assert m["times"] > 100
    assert m["wrapped"] == []
    assert m["links"] >= 8 and m["dangling"] == []
    assert len(m["bars"]) >= 2 and min(m["bars"]) > 0
    # The timeline takes the width of the page, whatever the window.
    assert m["svg_width"] >= m["main_width"] - 2 * 24 - 1
    if width == 1024:
        assert m["overflow"] <= 0


def _png_pixels(png: bytes) -> bytes:
    """The filtered scanlines of a PNG, enough to tell a blank image from a drawn one."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    data, offset = b"", 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind = png[offset + 4 : offset + 8]
        if kind == b"IDAT":
            data += png[offset + 8 : offset + 8 + length]
        offset += 12 + length
    return zlib.decompress(data)


def test_screenshot_at_a_typical_width_is_drawn(report_html: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, "--window-size=1024,1400", f"--screenshot={shot}", report_html.as_uri())
    pixels = _png_pixels(shot.read_bytes())
    assert len(set(pixels)) > 64, "the screenshot is blank"


def test_printed_report_starts_each_section_on_a_new_page(
    report_html: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    _chromium(
        tmp_path,
        "--no-pdf-header-footer",
        "--generate-pdf-document-outline",
        f"--print-to-pdf={pdf}",
        report_html.as_uri(),
    )
    document = pdf.read_bytes()
    assert document.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", document))
    # The PDF's outline (its bookmarks) holds every heading printed, with its page and height.
    outline = {
        m[1].decode(): (int(m[2]), float(m[3]))
        for m in re.finditer(rb"/Title \((.*?)\)\n/Dest \[(\d+) 0 R /XYZ [\d.]+ ([\d.]+)", document)
    }
    media = re.search(rb"/MediaBox \[0 0 [\d.]+ ([\d.]+)\]", document)
    assert media is not None
    page_top = float(media[1])
    headings = re.findall(
        r'<section id="[^"]+">\s*<h2>([^<]+)</h2>', report_html.read_text("utf-8")
    )
    assert len(headings) >= 11 and pages > len(headings)
    # The contents list is screen navigation: not printed.
    assert "Contents" not in outline
    # Every section after the first opens a page of its own, at its top.
    assert len({outline[h][0] for h in headings}) == len(headings)
    for heading in headings[1:]:
        assert outline[heading][1] > page_top - 100, (heading, outline[heading], page_top)
