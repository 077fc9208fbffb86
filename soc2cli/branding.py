"""A firm's branding for the deliverables: name, logo, accent colour and disclaimer (branding.yaml).

The logo is read once and carried as a ``data:`` URI, so a branded HTML file stays one
self-contained file with no network reference. Its type is decided by its first bytes, not its
name: PNG, JPEG or SVG. An SVG is checked element by element and refused when it could run
script or reach outside the file.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from soc2cli import files
from soc2cli.errors import InputError

BRANDING_FILE = "branding.yaml"
MAX_LOGO_BYTES = 512 * 1024
KEYS = ("firm", "logo", "accent", "disclaimer")
_ACCENT = re.compile(r"#[0-9a-fA-F]{6}")
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
# Elements that run script, embed other documents or change attributes over time.
_SVG_REFUSED = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"}
_SVG_REFUSED |= {"set", "animate", "animatemotion", "animatetransform", "animatecolor"}
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)


@dataclass(frozen=True)
class Branding:
    """What a deliverable shows of the firm that prepared it."""

    firm: str
    accent: str | None = None
    """A ``#rrggbb`` colour, lower case."""
    disclaimer: str = ""
    logo: str | None = None
    """The logo as a ``data:image/...;base64,`` URI."""


def find_branding(assessment: Path, given: Path | None = None) -> Branding | None:
    """``given`` (--branding), else the branding.yaml beside ``assessment``, else None."""
    if given is not None:
        return load_branding(given)
    beside = assessment.parent / BRANDING_FILE
    return load_branding(beside) if beside.is_file() else None


def load_branding(path: Path) -> Branding:
    """Read and check a branding file; every problem is an InputError located in it."""
    doc = files.load_yaml(path, what="branding file")
    if not isinstance(doc.data, dict):
        raise InputError(
            "expected a mapping with firm, and optionally logo, accent and disclaimer",
            file=str(path),
            line=1,
        )
    data: dict[str, Any] = doc.data
    for key in data:
        if key not in KEYS:
            raise doc.error((str(key),), f"unknown key; expected one of {', '.join(KEYS)}")
    firm = data.get("firm")
    if not isinstance(firm, str) or not firm.strip():
        raise doc.error(("firm",), "give the firm's name as text")
    accent = data.get("accent")
    if accent is not None and not (isinstance(accent, str) and _ACCENT.fullmatch(accent)):
        raise doc.error(("accent",), f"{accent!r} is not a colour; expected #rrggbb, e.g. #2f5fb3")
    disclaimer = data.get("disclaimer", "")
    if not isinstance(disclaimer, str):
        raise doc.error(("disclaimer",), "expected text")
    logo = data.get("logo")
    if logo is not None and not (isinstance(logo, str) and logo.strip()):
        raise doc.error(("logo",), "expected the path of an image file")
    uri = None
    if logo is not None:
        try:
            uri = logo_uri(path.parent / logo)
        except ValueError as exc:
            raise doc.error(("logo",), f"{logo}: {exc}") from None
    return Branding(
        firm=firm.strip(),
        accent=accent.lower() if accent else None,
        disclaimer=disclaimer.strip(),
        logo=uri,
    )


def logo_uri(path: Path) -> str:
    """The image at ``path`` as a data: URI; ValueError saying what is wrong with it."""
    try:
        data = files.load_bytes(path)
    except FileNotFoundError:
        raise ValueError("no such file (a path relative to the branding file)") from None
    except OSError as exc:
        raise ValueError(f"cannot read it: {exc.strerror}") from None
    if len(data) > MAX_LOGO_BYTES:
        raise ValueError(
            f"the image is {len(data) // 1024} kB; the limit is {MAX_LOGO_BYTES // 1024} kB"
        )
    return f"data:{image_type(data)};base64,{base64.b64encode(data).decode('ascii')}"


def image_type(data: bytes) -> str:
    """The MIME type of a PNG, JPEG or safe SVG image, from its content; ValueError otherwise."""
    if data.startswith(_PNG):
        return "image/png"
    if data.startswith(_JPEG):
        return "image/jpeg"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    if text.lstrip().startswith(("<?xml", "<svg", "<!--")) and "<svg" in text:
        check_svg(text)
        return "image/svg+xml"
    raise ValueError("not a PNG, JPEG or SVG image (judged by its content, not its name)")


def check_svg(text: str) -> None:
    """Refuse an SVG that could run script or load anything from outside the file."""
    from xml.etree import ElementTree  # only for a logo in SVG: every report imports this module

    if re.search(r"<!(DOCTYPE|ENTITY)", text, re.IGNORECASE):
        raise ValueError("the SVG declares a DOCTYPE or entities; export it without them")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise ValueError(f"not a well-formed SVG ({exc})") from None
    if _local(root.tag) != "svg":
        raise ValueError("not an SVG image (its root element is not <svg>)")
    for element in root.iter():
        name = _local(element.tag)
        if name in _SVG_REFUSED:
            raise ValueError(f"the SVG contains a <{name}> element; remove it")
        if name == "style" and _reaches_out(element.text or ""):
            raise ValueError("the SVG's <style> refers to something outside the file")
        for attribute, value in element.attrib.items():
            _check_attribute(name, _local(attribute), value)


def _check_attribute(element: str, attribute: str, value: str) -> None:
    if attribute.lower().startswith("on"):
        raise ValueError(f"the SVG's <{element}> has an event handler ({attribute}); remove it")
    if attribute == "href" and not value.strip().startswith("#"):
        raise ValueError(f"the SVG's <{element}> links outside the file ({value[:60]!r})")
    if _reaches_out(value):
        raise ValueError(f"the SVG's <{element}> {attribute} refers to something outside the file")


def _reaches_out(text: str) -> bool:
    lowered = text.lower()
    if "javascript:" in lowered or "@import" in lowered:
        return True
    return any(not target.startswith("#") for target in _URL.findall(text))


def _local(tag: str) -> str:
    """An XML name without its namespace: '{http://www.w3.org/2000/svg}svg' -> 'svg'."""
    return tag.rsplit("}", 1)[-1].lower() if tag.startswith("{") else tag.lower()
