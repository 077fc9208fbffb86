"""The built-in catalogue: all 61 criteria, 330 points of focus, and a control library that holds up."""

from __future__ import annotations

import re
from collections import Counter

from soc2cli.catalogue import Catalogue

# id -> (category, number of points of focus in the 2022 revision, COSO principle restated)
EXPECTED = {
    "CC1.1": ("security", 5, 1),
    "CC1.2": ("security", 4, 2),
    "CC1.3": ("security", 6, 3),
    "CC1.4": ("security", 7, 4),
    "CC1.5": ("security", 6, 5),
    "CC2.1": ("security", 9, 13),
    "CC2.2": ("security", 13, 14),
    "CC2.3": ("security", 12, 15),
    "CC3.1": ("security", 16, 6),
    "CC3.2": ("security", 9, 7),
    "CC3.3": ("security", 5, 8),
    "CC3.4": ("security", 6, 9),
    "CC4.1": ("security", 8, 16),
    "CC4.2": ("security", 3, 17),
    "CC5.1": ("security", 6, 10),
    "CC5.2": ("security", 4, 11),
    "CC5.3": ("security", 6, 12),
    "CC6.1": ("security", 13, None),
    "CC6.2": ("security", 3, None),
    "CC6.3": ("security", 4, None),
    "CC6.4": ("security", 4, None),
    "CC6.5": ("security", 1, None),
    "CC6.6": ("security", 4, None),
    "CC6.7": ("security", 4, None),
    "CC6.8": ("security", 5, None),
    "CC7.1": ("security", 5, None),
    "CC7.2": ("security", 4, None),
    "CC7.3": ("security", 7, None),
    "CC7.4": ("security", 14, None),
    "CC7.5": ("security", 6, None),
    "CC8.1": ("security", 18, None),
    "CC9.1": ("security", 2, None),
    "CC9.2": ("security", 13, None),
    "A1.1": ("availability", 3, None),
    "A1.2": ("availability", 11, None),
    "A1.3": ("availability", 2, None),
    "C1.1": ("confidentiality", 3, None),
    "C1.2": ("confidentiality", 2, None),
    "PI1.1": ("processing_integrity", 3, None),
    "PI1.2": ("processing_integrity", 3, None),
    "PI1.3": ("processing_integrity", 5, None),
    "PI1.4": ("processing_integrity", 4, None),
    "PI1.5": ("processing_integrity", 4, None),
    "P1.1": ("privacy", 7, None),
    "P2.1": ("privacy", 6, None),
    "P3.1": ("privacy", 4, None),
    "P3.2": ("privacy", 2, None),
    "P4.1": ("privacy", 1, None),
    "P4.2": ("privacy", 2, None),
    "P4.3": ("privacy", 3, None),
    "P5.1": ("privacy", 5, None),
    "P5.2": ("privacy", 4, None),
    "P6.1": ("privacy", 4, None),
    "P6.2": ("privacy", 1, None),
    "P6.3": ("privacy", 1, None),
    "P6.4": ("privacy", 3, None),
    "P6.5": ("privacy", 2, None),
    "P6.6": ("privacy", 2, None),
    "P6.7": ("privacy", 3, None),
    "P7.1": ("privacy", 2, None),
    "P8.1": ("privacy", 6, None),
}

ISO = re.compile(
    r"^A\.(5\.([1-9]|[12][0-9]|3[0-7])|6\.[1-8]|7\.([1-9]|1[0-4])|8\.([1-9]|[12][0-9]|3[0-4]))$"
)
NIST = re.compile(r"^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$")
ROLES = {
    "CEO",
    "CTO",
    "Security Lead",
    "Engineering Lead",
    "DevOps Lead",
    "IT Lead",
    "HR Lead",
    "Privacy Lead",
    "Legal Counsel",
    "Operations Lead",
    "Finance Lead",
    "Product Lead",
    "Customer Support Lead",
}


def test_exactly_the_61_criteria_in_order(builtin: Catalogue) -> None:
    assert [c.id for c in builtin.criteria] == [
        i
        for cat in (
            "security",
            "availability",
            "processing_integrity",
            "confidentiality",
            "privacy",
        )
        for i in EXPECTED
        if EXPECTED[i][0] == cat
    ]
    assert len(builtin.criteria) == 61


def test_categories_points_of_focus_and_coso(builtin: Catalogue) -> None:
    for criterion in builtin.criteria:
        category, focus, coso = EXPECTED[criterion.id]
        assert criterion.category == category, criterion.id
        assert len(criterion.points_of_focus) == focus, criterion.id
        assert criterion.coso_principle == coso, criterion.id
    assert sum(len(c.points_of_focus) for c in builtin.criteria) == 330


def test_category_counts(builtin: Catalogue) -> None:
    counts = Counter(c.category for c in builtin.criteria)
    assert counts == {
        "security": 33,
        "availability": 3,
        "confidentiality": 2,
        "processing_integrity": 5,
        "privacy": 18,
    }


def test_every_criterion_has_a_control(builtin: Catalogue) -> None:
    for criterion in builtin.criteria:
        assert builtin.controls_by_criterion[criterion.id], f"{criterion.id} has no control"


def test_control_library_is_complete(builtin: Catalogue) -> None:
    assert len(builtin.controls) >= 120
    for control in builtin.controls:
        assert control.question.strip().endswith("?"), control.id
        assert len(control.guidance.good) > 40 and len(control.guidance.auditor_asks) > 30, (
            control.id
        )
        assert len(control.evidence) >= 2, control.id
        assert control.remediation and control.effort_days > 0, control.id
        assert control.owner in ROLES, (control.id, control.owner)


def test_mapping_ids_are_well_formed(builtin: Catalogue) -> None:
    mapped = 0
    for control in builtin.controls:
        for ref in control.mappings.get("iso27001_2022", []):
            assert ISO.match(ref), (control.id, ref)
        for ref in control.mappings.get("nist_csf_2", []):
            assert NIST.match(ref), (control.id, ref)
        if control.mappings.get("iso27001_2022") or control.mappings.get("nist_csf_2"):
            mapped += 1
    assert mapped >= len(builtin.controls) * 0.95


def test_physical_data_centre_controls_are_carved_out_for_cloud(builtin: Catalogue) -> None:
    carved = [c for c in builtin.controls if c.carve_out is not None]
    assert carved, "no carve-out controls"
    for control in carved:
        assert "cloud" in [h.value for h in control.carve_out.hosting]
        assert all(builtin.control(r) is not None for r in control.carve_out.replaced_by)
    vendor_review = builtin.control("VEN-02")
    assert vendor_review is not None and "CC6.4" in vendor_review.criteria


def test_seed_topics_are_covered(builtin: Catalogue) -> None:
    text = " ".join(f"{c.title} {c.description}".lower() for c in builtin.controls)
    for topic in (
        "multi-factor",
        "role",
        "vulnerab",
        "incident response",
        "vendor",
        "change",
        "retention",
        "phishing",
        "classification",
        "risk register",
        "onboarding",
        "offboarding",
        "policies",
        "network",
        "board",
    ):
        assert topic in text, topic


def test_no_copied_aicpa_headings(builtin: Catalogue) -> None:
    # A few AICPA point-of-focus headings, which the catalogue must paraphrase, not reuse.
    banned = [
        "sets the tone at the top",
        "establishes standards of conduct",
        "evaluates adherence to standards of conduct",
    ]
    for criterion in builtin.criteria:
        for focus in criterion.points_of_focus:
            assert not any(b in focus.lower() for b in banned), (criterion.id, focus)
