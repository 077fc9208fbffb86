"""Starting a client folder (`soc2 init`): an assessment to fill with its JSON Schema beside it, a
README for the folder, and the firm's catalogue overlay and branding when given.

Nothing that exists is ever overwritten: when any of the files is already there, nothing is
written at all.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from pathlib import Path

from soc2cli import files
from soc2cli.branding import BRANDING_FILE, Branding
from soc2cli.errors import InputError, UsageError
from soc2cli.templating import md_escape, render_template

ASSESSMENT_FILE = "assessment.yaml"
SCHEMA_FILE = "assessment.schema.json"
README_FILE = "README.md"
OVERLAY_FOLDER = "overlay"
LOGO_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/svg+xml": ".svg"}


@dataclass(frozen=True)
class NewFile:
    """A file to create, by its path inside the client folder."""

    name: str
    data: bytes


def organisation_from(folder: Path) -> str:
    """A starting organisation name from the folder's name: 'acme-cloud' -> 'Acme Cloud'."""
    words = re.split(r"[-_\s.]+", folder.resolve().name)
    name = " ".join(w[:1].upper() + w[1:] for w in words if w)
    return name or "The client"


def assessment_text(organisation: str) -> str:
    """The starting assessment: the schema hint, how to go on, and a minimal scope to fill."""
    document = {
        "schema_version": 2,
        "scope": {
            "organization": organisation,
            "report_type": "type1",
            "categories": ["security"],
            "hosting": "cloud",
            "systems": [],
            "data_types": [],
        },
        "answers": {},
    }
    header = render_template("text", "client/assessment-header.yaml.j2", schema=SCHEMA_FILE)
    return header + files.dump_yaml(document)


def client_files(
    folder: Path,
    *,
    overlay: Path | None,
    branding: tuple[Path, Branding] | None,
    version: str,
) -> list[NewFile]:
    """Every file `soc2 init` creates in ``folder``, with its bytes."""
    from soc2cli.schemas import json_schema

    organisation = organisation_from(folder)
    schema = json.dumps(json_schema("assessment"), indent=2, sort_keys=True) + "\n"
    out = [
        NewFile(ASSESSMENT_FILE, assessment_text(organisation).encode("utf-8")),
        NewFile(SCHEMA_FILE, schema.encode("utf-8")),
    ]
    if overlay is not None:
        for path in files.files_under([overlay], (".yaml", ".yml")):
            name = f"{OVERLAY_FOLDER}/{path.relative_to(overlay).as_posix()}"
            out.append(NewFile(name, files.load_bytes(path)))
    if branding is not None:
        out += _branding_files(branding[1])
    readme = render_template(
        "md",
        "client/README.md.j2",
        org=md_escape(organisation),
        version=version,
        overlay=OVERLAY_FOLDER if overlay is not None else None,
        catalogue=f" --catalogue {OVERLAY_FOLDER}" if overlay is not None else "",
        branding=branding is not None,
        assessment=ASSESSMENT_FILE,
        schema=SCHEMA_FILE,
    )
    out.append(NewFile(README_FILE, readme.encode("utf-8")))
    return out


def _branding_files(branding: Branding) -> list[NewFile]:
    """The branding file, its logo copied beside it as logo.png (.jpg, .svg)."""
    document: dict[str, str] = {"firm": branding.firm}
    out = []
    if branding.logo is not None:
        head, _, encoded = branding.logo.partition(";base64,")
        logo = "logo" + LOGO_EXTENSIONS[head.removeprefix("data:")]
        out.append(NewFile(logo, base64.b64decode(encoded)))
        document["logo"] = logo
    if branding.accent:
        document["accent"] = branding.accent
    if branding.disclaimer:
        document["disclaimer"] = branding.disclaimer
    return [NewFile(BRANDING_FILE, files.dump_yaml(document).encode("utf-8")), *out]


def create_client_folder(folder: Path, new: list[NewFile]) -> None:
    """Create ``folder`` (its parent must exist) and the files; refuse when any already exists."""
    if folder.exists() and not folder.is_dir():
        raise InputError("expected a folder for the client, found a file", file=str(folder))
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise InputError("the folder's parent does not exist; create it first", file=str(folder))
    existing = [f.name for f in new if (folder / f.name).exists()]
    if existing:
        raise UsageError(
            f"{folder} already has {', '.join(existing)}; nothing was written "
            "(soc2 init never overwrites a file: move them away or choose another folder)"
        )
    files.make_folder(folder)
    for item in new:
        target = folder / item.name
        files.make_folder(target.parent, parents=True)
        files.atomic_write(target, item.data, backup=False)
