"""Pure: which controls a scope makes apply, and why the others do not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from soc2cli.labels import hosting_label, title_label
from soc2cli.vocabulary import Exclusion, Hosting, Status

if TYPE_CHECKING:
    from soc2cli.assessment import Assessment, Scope
    from soc2cli.catalogue import Catalogue, Control


@dataclass(frozen=True)
class Applicability:
    """Whether a control applies to a scope; if not, the kind of exclusion and why."""

    applicable: bool
    exclusion: Exclusion | None
    reason: str | None


APPLIES = Applicability(True, None, None)


def applicability(control: Control, scope: Scope, catalogue: Catalogue) -> Applicability:
    """Whether the scope makes ``control`` apply; if not, why."""
    in_scope = [
        c
        for c in control.criteria
        if (crit := catalogue.criterion(c)) and scope.in_scope(crit.category)
    ]
    if not in_scope:
        return Applicability(False, Exclusion.out_of_scope, "supports no criterion in scope")
    rule = control.applies_when
    if rule.categories and not any(scope.in_scope(c) for c in rule.categories):
        titles = {c.id: c.title for c in catalogue.categories}
        wanted = " or ".join(title_label(titles, c) for c in rule.categories)
        return Applicability(False, Exclusion.out_of_scope, f"applies only with {wanted} in scope")
    if rule.hosting and scope.hosting not in rule.hosting:
        wanted = " or ".join(hosting_label(h).lower() for h in rule.hosting)
        return Applicability(False, Exclusion.out_of_scope, f"applies only to {wanted} hosting")
    if rule.data_types and not set(rule.data_types) & set(scope.data_types):
        titles = {d.id: d.title for d in catalogue.data_types}
        wanted = " or ".join(title_label(titles, d).lower() for d in rule.data_types)
        return Applicability(False, Exclusion.out_of_scope, f"applies only when handling {wanted}")
    carve = control.carve_out
    if carve is not None and scope.hosting in carve.hosting:
        providers = (
            ", ".join(p.name for p in scope.subservice_organizations) or "the hosting provider"
        )
        reason = (
            f"carved out to the subservice organisation ({providers}); "
            f"covered by {', '.join(carve.replaced_by)}"
        )
        return Applicability(False, Exclusion.carved_out, reason)
    return APPLIES


def applicable_controls(catalogue: Catalogue, scope: Scope) -> list[Control]:
    """The controls ``scope`` makes apply, in catalogue order."""
    return [c for c in catalogue.controls if applicability(c, scope, catalogue).applicable]


def controls_in_force(catalogue: Catalogue, assessment: Assessment | None) -> set[str]:
    """Ids of the controls the scope makes apply, minus those answered not_applicable.

    Without an assessment: the controls that apply to every scope (security only, any hosting).
    """
    from soc2cli.assessment import Scope

    if assessment is None:
        scopes = [Scope(organization="any", hosting=h) for h in Hosting]
        return {
            c.id
            for c in catalogue.controls
            if all(applicability(c, s, catalogue).applicable for s in scopes)
        }
    return {
        c.id
        for c in applicable_controls(catalogue, assessment.scope)
        if (answer := assessment.answers.get(c.id)) is None
        or answer.status is not Status.not_applicable
    }
