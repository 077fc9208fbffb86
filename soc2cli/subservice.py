"""Subservice organisations: the providers a system relies on, what each provides, how the
report presents it, and the complementary subservice organisation controls that follow."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BeforeValidator, Field, field_validator

from soc2cli.vocabulary import Frozen, NonEmpty, ServiceType, SubserviceMethod

if TYPE_CHECKING:
    from soc2cli.catalogue import Catalogue


class SubserviceOrganization(Frozen):
    """A provider the system relies on: its name, the services it provides, and the method."""

    name: NonEmpty
    services: list[ServiceType] = Field(
        default_factory=list, description="What it provides; empty while not yet known"
    )
    method: SubserviceMethod = Field(
        default=SubserviceMethod.carve_out,
        description="carve_out: its controls are left out of the description and the "
        "examination; inclusive: they are described and tested too",
    )

    @field_validator("services")
    @classmethod
    def _each_once(cls, value: list[ServiceType]) -> list[ServiceType]:
        if len(set(value)) != len(value):
            raise ValueError("a service is listed twice")
        return value

    @property
    def name_only(self) -> bool:
        """Whether only the name was given: written back as a plain name."""
        return self.model_fields_set <= {"name"}


def _by_name(value: Any) -> Any:
    """A plain name stands for a provider whose services are not known yet (carve-out)."""
    if isinstance(value, str):
        if not value.strip():
            raise ValueError("cannot be empty")
        return {"name": value}
    if isinstance(value, dict | SubserviceOrganization):
        return value
    raise ValueError("expected a provider name, or a mapping with name, services and method")


# In a file: a name, or a mapping. Both forms are in the published schema, for editors.
ProviderEntry = Annotated[
    SubserviceOrganization,
    BeforeValidator(_by_name, json_schema_input_type=NonEmpty | SubserviceOrganization),
]


def provider_document(provider: SubserviceOrganization) -> str | dict[str, Any]:
    """A provider as the assessment file writes it: its name alone when nothing else is known
    or was chosen, else a mapping with what was given."""
    if provider.name_only and not provider.services:
        return provider.name
    entry: dict[str, Any] = {"name": provider.name}
    if provider.services or "services" in provider.model_fields_set:
        entry["services"] = [s.value for s in provider.services]
    if "method" in provider.model_fields_set or provider.method is not SubserviceMethod.carve_out:
        entry["method"] = provider.method.value
    return entry


def provider_summary(provider: SubserviceOrganization) -> str | dict[str, Any]:
    """A provider in plain data, for comparisons: its name alone while only the name is known
    (services unknown, carve-out), else its name, services and method."""
    if not provider.services and provider.method is SubserviceMethod.carve_out:
        return provider.name
    return provider.model_dump(mode="json")


@dataclass(frozen=True)
class ProviderControl:
    """A complementary subservice organisation control, and the providers relied on for it."""

    id: str
    text: str
    criteria: list[str]
    providers: list[str]


def provider_controls(
    catalogue: Catalogue,
    providers: Iterable[SubserviceOrganization],
    in_scope: set[str],
) -> list[ProviderControl]:
    """The catalogue's controls for the services ``providers`` give, each once with every
    provider it applies to, in the catalogue's order; only criteria in scope, and only controls
    left with one."""
    relied: dict[str, list[str]] = {}
    for provider in providers:
        for service in provider.services:
            for control in catalogue.controls_of_service(service):
                names = relied.setdefault(control.id, [])
                if provider.name not in names:
                    names.append(provider.name)
    out = []
    for entry in catalogue.subservice_controls:
        for control in entry.controls:
            criteria = [c for c in control.criteria if c in in_scope]
            if control.id in relied and criteria:
                out.append(ProviderControl(control.id, control.text, criteria, relied[control.id]))
    return out
