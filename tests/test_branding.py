"""Branded deliverables (branding.yaml, --branding) and the user's own templates (--template-dir)."""

from __future__ import annotations

import base64
import re
import struct
import zlib
from pathlib import Path

import openpyxl
import pytest
from conftest import all_answers, assessment_doc, run, write_assessment, write_tree

from soc2cli.catalogue import Catalogue

AS_OF = ("--as-of", "2027-01-15")
FIRM = "Audit & <Partners>"
DISCLAIMER = "Readiness advice, <b>not</b> an audit opinion."
# A reference to anything outside the file: a network URL in src, href or url().
NETWORK = re.compile(
    r"""(src|href)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?\s*(https?:)?//""", re.I
)


def png_bytes() -> bytes:
    """A valid 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def write_branding(folder: Path, *, image: bytes | None = None, **keys: str) -> Path:
    """branding.yaml in ``folder`` (firm, accent and disclaimer by default), and its logo image."""
    import yaml

    data = {"firm": FIRM, "accent": "#aa3300", "disclaimer": DISCLAIMER, **keys}
    if image is not None:
        (folder / data.setdefault("logo", "logo.png")).write_bytes(image)
    path = folder / "branding.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def client(tmp_path: Path, builtin: Catalogue) -> Path:
    answers = all_answers(builtin, "implemented")
    answers[builtin.controls[0].id] = {"status": "missing", "notes": "<img src=x onerror=alert(1)>"}
    doc = assessment_doc(answers=answers, organization="Client <i>Co</i>")
    folder = tmp_path / "client"
    folder.mkdir()
    return write_assessment(folder / "assessment.yaml", doc)


def _report(path: Path, *args: str) -> str:
    result = run("report", str(path), *args, *AS_OF)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_branding_beside_the_assessment_brands_the_html_report(client: Path) -> None:
    write_branding(client.parent, image=png_bytes())
    html = _report(client, "--format", "html")
    logo = "data:image/png;base64," + base64.b64encode(png_bytes()).decode()
    assert f'<img src="{logo}" alt="Audit &amp; &lt;Partners&gt;">' in html
    assert '<span class="firm">Audit &amp; &lt;Partners&gt;</span>' in html
    assert ":root { --accent: #aa3300; }" in html
    assert (
        "Prepared by Audit &amp; &lt;Partners&gt;. Readiness advice, &lt;b&gt;not&lt;/b&gt; an "
        "audit opinion." in html
    )
    assert "<Partners>" not in html and "<b>not</b>" not in html
    assert NETWORK.search(html) is None
    assert "img-src data:" in html  # the page's policy allows the embedded logo and nothing else


def test_without_branding_the_report_is_unbranded(client: Path) -> None:
    html = _report(client, "--format", "html")
    assert 'id="brand"' not in html and "Prepared by" not in html


def test_branding_option_wins_over_the_file_beside(client: Path, tmp_path: Path) -> None:
    write_branding(client.parent, firm="Beside LLP")
    other = tmp_path / "firm"
    other.mkdir()
    given = write_branding(other, firm="Given LLP", image=png_bytes())
    html = _report(client, "--format", "html", "--branding", str(given))
    assert '<span class="firm">Given LLP</span>' in html and "Beside LLP" not in html


def test_customer_summary_and_workbook_are_branded(client: Path, tmp_path: Path) -> None:
    write_branding(client.parent, image=png_bytes())
    summary = _report(client, "--format", "summary-html")
    assert 'id="brand"' in summary and "data:image/png;base64," in summary
    assert "Prepared by Audit &amp; &lt;Partners&gt;." in summary
    assert NETWORK.search(summary) is None
    out = tmp_path / "workbook.xlsx"
    assert run("report", str(client), "--format", "xlsx", "-o", str(out), *AS_OF).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert (
        wb.properties.title == "SOC 2 readiness: Client <i>Co</i> (prepared by Audit & <Partners>)"
    )
    assert wb.properties.creator.startswith("Audit & <Partners> (soc2 ")
    assert wb.properties.description == DISCLAIMER
    for ws in wb.worksheets:
        assert ws.oddHeader.left.text == "Prepared by Audit && <Partners>"  # & is a code there
        assert ws.oddFooter.left.text == DISCLAIMER


def test_policy_pack_carries_the_firm_footer(client: Path, tmp_path: Path) -> None:
    write_branding(client.parent)
    out = tmp_path / "policies"
    result = run("policies", "generate", str(client), "-o", str(out), *AS_OF)
    assert result.exit_code == 0, result.stderr
    footer = (
        "*Prepared by Audit &amp; &lt;Partners&gt;. Readiness advice, &lt;b&gt;not&lt;/b&gt; an "
        "audit opinion.*\n"
    )
    written = sorted(out.glob("*.md"))
    assert len(written) > 10
    assert all(p.read_text(encoding="utf-8").endswith(footer) for p in written)
    # The footer leaves the front matter alone: the pack still checks clean of invalid files.
    check = run("policies", "check", str(out), "--assessment", str(client), *AS_OF)
    assert "invalid" not in check.stdout


@pytest.mark.parametrize(
    ("keys", "logo", "expected"),
    [
        (
            {"accent": "red"},
            None,
            r"branding.yaml:2:1: accent: 'red' is not a colour; expected #rrggbb",
        ),
        ({"accent": "#12345"}, None, r"accent: '#12345' is not a colour"),
        ({"colour": "#123456"}, None, r"colour: unknown key; expected one of firm, logo, accent"),
        ({"firm": ""}, None, r"branding.yaml:1:1: firm: give the firm's name as text"),
        ({"logo": "missing.png"}, None, r"logo: missing.png: no such file"),
        ({}, b"GIF89a not really", r"logo: logo.png: not a PNG, JPEG or SVG image"),
        (
            {},
            b"\x89PNG\r\n\x1a\n" + b"0" * (600 * 1024),
            r"the image is 600 kB; the limit is 512 kB",
        ),
        (
            {"logo": "logo.svg"},
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            r"logo: logo.svg: the SVG contains a <script> element",
        ),
        (
            {"logo": "logo.svg"},
            b'<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="x()"/></svg>',
            r"the SVG's <rect> has an event handler \(onclick\)",
        ),
        (
            {"logo": "logo.svg"},
            b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            b'<image xlink:href="https://example.com/x.png"/></svg>',
            r"the SVG's <image> links outside the file",
        ),
        (
            {"logo": "logo.svg"},
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "b">]><svg/>',
            r"the SVG declares a DOCTYPE or entities",
        ),
    ],
)
def test_bad_branding_is_bad_input(
    client: Path, keys: dict[str, str], logo: bytes | None, expected: str
) -> None:
    write_branding(client.parent, image=logo, **keys)
    result = run("report", str(client), "--format", "html", *AS_OF)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert re.search(expected, result.stderr), result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_safe_svg_logo_is_embedded(client: Path) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect fill="url(#g)"/></svg>'
    write_branding(client.parent, image=svg, logo="logo.svg")
    html = _report(client, "--format", "html")
    assert "data:image/svg+xml;base64," + base64.b64encode(svg).decode() in html
    assert NETWORK.search(html) is None


# --- --template-dir ------------------------------------------------------------------------------


def test_a_user_template_overrides_the_built_in_one(client: Path, tmp_path: Path) -> None:
    templates = write_tree(
        tmp_path / "templates",
        {"report.md.j2": "{{ scope.organization | md }}: {{ summary.readiness | pct }}\n"},
    )
    out = _report(client, "--template-dir", str(templates))
    assert re.fullmatch(r"Client <i>Co</i>: \d+ %\n", out.replace("&lt;", "<").replace("&gt;", ">"))


def test_a_user_template_extends_the_built_in_one(client: Path, tmp_path: Path) -> None:
    templates = write_tree(
        tmp_path / "templates",
        {
            "report.md.j2": """
                {% extends "default:report.md.j2" %}
                {% block header %}> Prepared by Example Advisory for {{ scope.organization | md }}

                {% endblock %}
                {% block footer %}
                Questions: advisory@example.com
                {% endblock %}
            """
        },
    )
    plain = _report(client)
    extended = _report(client, "--template-dir", str(templates))
    header = "> Prepared by Example Advisory for Client &lt;i&gt;Co&lt;/i&gt;\n\n"
    assert extended == header + plain + "Questions: advisory@example.com\n"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (
            "line one\n{{ report.__class__.__mro__ }}\n",
            r"^error: .*report\.md\.j2:2: the template reaches for Python internals, which the "
            r"sandbox refuses \(access to attribute '__class__' of 'Report' object is unsafe\.\)$",
        ),
        (
            "{{ headline.__globals__ }}\n",
            r"report\.md\.j2:1: the template reaches for Python internals",
        ),
        ("ok\n{% if %}\n", r"report\.md\.j2:2: template syntax error: Expected an expression"),
        (
            "\n\n{{ no_such_variable }}\n",
            r"report\.md\.j2:3: template error: 'no_such_variable' is undefined",
        ),
        ("{% include 'missing.j2' %}\n", r"report\.md\.j2:1: template not found: missing\.j2"),
    ],
)
def test_a_bad_user_template_is_bad_input(
    client: Path, tmp_path: Path, template: str, expected: str
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "report.md.j2").write_text(template, encoding="utf-8")
    result = run("report", str(client), "--template-dir", str(templates), *AS_OF)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert re.search(expected, result.stderr.strip()), result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_template_folder_is_bad_input(client: Path, tmp_path: Path) -> None:
    result = run("report", str(client), "--template-dir", str(tmp_path / "nope"), *AS_OF)
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'nope'}: the template folder does not exist\n"


def test_html_user_templates_are_autoescaped(client: Path, tmp_path: Path) -> None:
    templates = write_tree(
        tmp_path / "templates", {"report.html.j2": "<p>{{ scope.organization }}</p>\n"}
    )
    html = _report(client, "--format", "html", "--template-dir", str(templates))
    assert html == "<p>Client &lt;i&gt;Co&lt;/i&gt;</p>\n"


def test_template_dir_for_the_policy_pack_and_the_system_description(
    client: Path, tmp_path: Path
) -> None:
    templates = write_tree(
        tmp_path / "templates",
        {
            "policies/_layout.md.j2": "{{ front_matter }}\n# {{ p.title }} for {{ org }}\n",
            "system-description.md.j2": "# System description of {{ org }}\n",
        },
    )
    out = tmp_path / "pack"
    result = run(
        "policies", "generate", str(client), "-o", str(out), "--template-dir", str(templates)
    )
    assert result.exit_code == 0, result.stderr
    text = (out / "access-control.md").read_text(encoding="utf-8")
    assert text.startswith("---\nid: access-control\n")
    assert text.endswith("---\n\n# Access Control Policy for Client &lt;i&gt;Co&lt;/i&gt;\n")
    described = run("describe", str(client), "--template-dir", str(templates), *AS_OF)
    assert described.exit_code == 0, described.stderr
    assert described.stdout == "# System description of Client &lt;i&gt;Co&lt;/i&gt;\n"


def test_branded_report_from_an_extending_template_renders_in_chromium(
    client: Path, tmp_path: Path
) -> None:
    from test_html_browser import CHROMIUM, _render

    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    write_branding(client.parent, image=png_bytes())
    templates = write_tree(
        tmp_path / "templates",
        {
            "report.html.j2": """
                {% extends "default:report.html.j2" %}
                {% block header %}{{ super() }}<p id="engagement">Engagement 2027-014 for {{ scope.organization }}</p>
                {% endblock %}
            """
        },
    )
    out = tmp_path / "report.html"
    result = run(
        "report", str(client), "--format", "html", "-o", str(out), "--template-dir", str(templates)
    )
    assert result.exit_code == 0, result.stderr
    dom, log = _render(tmp_path, out)
    assert [line for line in log.splitlines() if ":CONSOLE" in line] == []
    assert '<span class="firm">Audit &amp; &lt;Partners&gt;</span>' in dom
    assert '<p id="engagement">Engagement 2027-014 for Client &lt;i&gt;Co&lt;/i&gt;</p>' in dom
    assert 'id="kpi-readiness"' in dom and 'id="brand-footer"' in dom
    assert NETWORK.search(dom) is None
