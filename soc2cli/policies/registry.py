"""The policy registry (templates/policies/index.yaml): which policies a scope needs, and why."""

from __future__ import annotations

from functools import cache
from typing import Annotated

from pydantic import Field, ValidationError

from soc2cli import files
from soc2cli.assessment import Scope
from soc2cli.catalogue import Catalogue
from soc2cli.errors import InputError
from soc2cli.files import KeyPath, LoadedYaml
from soc2cli.labels import title_label
from soc2cli.templating import templates_dir
from soc2cli.vocabulary import Frozen, NonEmpty

REGISTRY_FILE = "policies/index.yaml"
POLICY_ID = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"


class PolicySpec(Frozen):
    """One policy in the registry: what it is called, when it is required and what it satisfies.

    The first control in ``controls`` is the policy's anchor: the owner recorded for it in the
    assessment becomes the policy owner.
    """

    id: Annotated[str, Field(pattern=POLICY_ID)]
    title: NonEmpty
    template: Annotated[str, Field(pattern=r"^[a-z0-9-]+\.md\.j2$")]
    summary: NonEmpty
    required_when: list[NonEmpty] = Field(default_factory=list)
    owner: NonEmpty = Field(description="Default owner role when the assessment names none")
    review_months: Annotated[int, Field(ge=1, le=36)]
    controls: Annotated[list[NonEmpty], Field(min_length=1)]
    criteria: Annotated[list[NonEmpty], Field(min_length=1)]

    @property
    def filename(self) -> str:
        return f"{self.id}.md"

    def required_for(self, scope: Scope | None) -> bool:
        """Always-required policies (empty ``required_when``) apply to every scope."""
        if not self.required_when:
            return True
        return scope is not None and any(scope.in_scope(c) for c in self.required_when)

    def requirement(self) -> str:
        """Why the policy is expected, in words."""
        if not self.required_when:
            return "required for every SOC 2 scope"
        # The category's words: the built-in titles read the same ("Processing integrity").
        categories = " or ".join(title_label({}, c) for c in self.required_when)
        return f"required when {categories} is in scope"


class PolicyRegistry(Frozen):
    """The registry file: templates/policies/index.yaml."""

    policies: Annotated[list[PolicySpec], Field(min_length=1)]

    def get(self, policy_id: str) -> PolicySpec | None:
        return next((p for p in self.policies if p.id == policy_id), None)


def located(doc: LoadedYaml, exc: ValidationError) -> InputError:
    """The first validation problem, located in the document, with a count of the others."""
    err = exc.errors()[0]
    path: KeyPath = tuple(p for p in err["loc"] if isinstance(p, str | int))
    kind = err["type"]
    if kind == "extra_forbidden":
        message = "unknown key"
    elif kind == "missing":
        message = "required key is missing"
    else:
        message = str(err["msg"]).removeprefix("Value error, ")
    more = len(exc.errors()) - 1
    if more:
        message += f" (and {more} more problem(s))"
    return doc.error(path, message)


@cache
def load_registry() -> PolicyRegistry:
    """The shipped policy registry (templates/policies/index.yaml), validated."""
    doc = files.load_yaml(templates_dir() / REGISTRY_FILE, what="policy registry")
    if not isinstance(doc.data, dict):
        raise doc.error((), "expected a mapping with a 'policies' list")
    try:
        registry = PolicyRegistry.model_validate(doc.data)
    except ValidationError as exc:
        raise located(doc, exc) from None
    seen: set[str] = set()
    for index, spec in enumerate(registry.policies):
        if spec.id in seen:
            raise doc.error(("policies", index, "id"), f"duplicate policy id {spec.id!r}")
        seen.add(spec.id)
        if not (templates_dir() / "policies" / spec.template).is_file():
            raise doc.error(("policies", index, "template"), f"no template {spec.template!r}")
    return registry


def registry_problems(registry: PolicyRegistry, catalogue: Catalogue) -> list[str]:
    """Registry references the catalogue does not know, one message each (for tests and CI)."""
    problems = []
    categories = {c.id for c in catalogue.categories}
    for spec in registry.policies:
        for category in spec.required_when:
            if category not in categories:
                problems.append(f"{spec.id}: unknown category {category!r}")
        for control_id in spec.controls:
            if catalogue.control(control_id) is None:
                problems.append(f"{spec.id}: unknown control {control_id!r}")
        supported = {
            criterion
            for control_id in spec.controls
            if (control := catalogue.control(control_id)) is not None
            for criterion in control.criteria
        }
        for criterion_id in spec.criteria:
            if catalogue.criterion(criterion_id) is None:
                problems.append(f"{spec.id}: unknown criterion {criterion_id!r}")
            elif criterion_id not in supported:
                problems.append(
                    f"{spec.id}: criterion {criterion_id} is supported by none of its controls"
                )
    return problems


def expected_policies(catalogue: Catalogue, scope: Scope | None) -> list[PolicySpec]:
    """The policies a scope needs; without a scope, only the always-required ones."""
    categories = {c.id for c in catalogue.categories}
    return [
        spec
        for spec in load_registry().policies
        if spec.required_for(scope)
        and (not spec.required_when or any(c in categories for c in spec.required_when))
    ]
