"""Deterministic identifiers and timestamps: the same input always gives the same document."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime

# Fixed once for the project (uuid5 of the URL namespace and "urn:soc2cli:oscal"); never change
# it, or every identifier of every document the tool ever wrote changes with it.
PROJECT_NAMESPACE = uuid.UUID("6555900c-c441-5582-9b45-2cc635b87f5d")

# Namespace of the names this project adds to OSCAL (props, parts, facets). OSCAL's own names
# (label, statement, guidance, assessment-method...) carry no ns.
NS = "urn:soc2cli:oscal"

# The documents use only constructs that OSCAL 1.1.2 already has; compliance-trestle's models
# (OSCAL 1.2.x) load them as well.
OSCAL_VERSION = "1.1.2"

_EPOCH = date(1970, 1, 1)


class Identifiers:
    """UUIDv5 for every element, from the catalogue, the organisation and the element's path.

    An element keeps its UUID across revisions of a document (a finding about CC6.1 stays the
    same finding), as OSCAL asks; the document UUIDs include the date, so each revision differs.
    """

    def __init__(self, catalogue_id: str, organization: str = "") -> None:
        self._namespace = uuid.uuid5(PROJECT_NAMESPACE, f"{catalogue_id}\n{organization}")

    def uuid(self, *path: str) -> str:
        return str(uuid.uuid5(self._namespace, "/".join(path)))


def timestamp(day: date | datetime) -> str:
    """An OSCAL date-time: a date at 00:00:00Z, or an aware date-time in UTC."""
    if isinstance(day, datetime):
        moment = day if day.tzinfo is not None else day.replace(tzinfo=UTC)
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{day.isoformat()}T00:00:00Z"


def version_date(version: str) -> date:
    """The date a ``YYYY.MM[.DD]`` catalogue version names; 1970-01-01 for any other version.

    The catalogue carries no date of its own, and the export must not read the clock.
    """
    match = re.match(r"^(\d{4})\.(\d{1,2})(?:\.(\d{1,2}))?", version)
    if match is None:
        return _EPOCH
    try:
        return date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        return _EPOCH


def control_id(soc2_id: str) -> str:
    """The OSCAL id of a criterion or control: lower case, as NIST writes them (CC6.1 -> cc6.1)."""
    return soc2_id.lower()


def token(text: str, prefix: str) -> str:
    """A token (OSCAL's identifier type) made from free text, e.g. a role id from an owner."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        slug = f"{prefix}-{slug}" if slug else prefix
    return slug
