"""soc2: offline SOC 2 readiness and gap assessment."""

from __future__ import annotations

from soc2cli._version import __version__

__all__ = ["__version__"]
