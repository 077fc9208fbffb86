"""Catalogue corrections from the auditor's review (issue 15): applicability, new controls,
criterion wording, framework mappings and full ISO 27001:2022 and CSF 2.0 id lists."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from conftest import run

from soc2cli.assessment import Scope
from soc2cli.catalogue import Catalogue, Control, Criterion, load_catalogue
from soc2cli.scoring import applicability

# ISO/IEC 27001:2022 Annex A: 37 organisational, 8 people, 14 physical, 34 technological controls.
ISO_ANNEX_A = (
    [f"A.5.{i}" for i in range(1, 38)]
    + [f"A.6.{i}" for i in range(1, 9)]
    + [f"A.7.{i}" for i in range(1, 15)]
    + [f"A.8.{i}" for i in range(1, 35)]
)

# Every subcategory of the NIST Cybersecurity Framework 2.0 (CSWP 29), in the official order.
CSF_2_0 = [
    "GV.OC-01", "GV.OC-02", "GV.OC-03", "GV.OC-04", "GV.OC-05",
    "GV.RM-01", "GV.RM-02", "GV.RM-03", "GV.RM-04", "GV.RM-05", "GV.RM-06", "GV.RM-07",
    "GV.RR-01", "GV.RR-02", "GV.RR-03", "GV.RR-04",
    "GV.PO-01", "GV.PO-02",
    "GV.OV-01", "GV.OV-02", "GV.OV-03",
    "GV.SC-01", "GV.SC-02", "GV.SC-03", "GV.SC-04", "GV.SC-05", "GV.SC-06", "GV.SC-07",
    "GV.SC-08", "GV.SC-09", "GV.SC-10",
    "ID.AM-01", "ID.AM-02", "ID.AM-03", "ID.AM-04", "ID.AM-05", "ID.AM-07", "ID.AM-08",
    "ID.RA-01", "ID.RA-02", "ID.RA-03", "ID.RA-04", "ID.RA-05", "ID.RA-06", "ID.RA-07",
    "ID.RA-08", "ID.RA-09", "ID.RA-10",
    "ID.IM-01", "ID.IM-02", "ID.IM-03", "ID.IM-04",
    "PR.AA-01", "PR.AA-02", "PR.AA-03", "PR.AA-04", "PR.AA-05", "PR.AA-06",
    "PR.AT-01", "PR.AT-02",
    "PR.DS-01", "PR.DS-02", "PR.DS-10", "PR.DS-11",
    "PR.PS-01", "PR.PS-02", "PR.PS-03", "PR.PS-04", "PR.PS-05", "PR.PS-06",
    "PR.IR-01", "PR.IR-02", "PR.IR-03", "PR.IR-04",
    "DE.CM-01", "DE.CM-02", "DE.CM-03", "DE.CM-06", "DE.CM-09",
    "DE.AE-02", "DE.AE-03", "DE.AE-04", "DE.AE-06", "DE.AE-07", "DE.AE-08",
    "RS.MA-01", "RS.MA-02", "RS.MA-03", "RS.MA-04", "RS.MA-05",
    "RS.AN-03", "RS.AN-06", "RS.AN-07", "RS.AN-08",
    "RS.CO-02", "RS.CO-03",
    "RS.MI-01", "RS.MI-02",
    "RC.RP-01", "RC.RP-02", "RC.RP-03", "RC.RP-04", "RC.RP-05", "RC.RP-06",
    "RC.CO-03", "RC.CO-04",
]  # fmt: skip

NEW_CONTROLS = ("MON-08", "AC-13", "VUL-06")


def _control(catalogue: Catalogue, control_id: str) -> Control:
    control = catalogue.control(control_id)
    assert control is not None, control_id
    return control


def _criterion(catalogue: Catalogue, criterion_id: str) -> Criterion:
    criterion = catalogue.criterion(criterion_id)
    assert criterion is not None, criterion_id
    return criterion


def _text(criterion: Criterion) -> str:
    return " ".join([criterion.title, criterion.summary, *criterion.points_of_focus]).lower()


def _key_controls(catalogue: Catalogue, criterion_id: str) -> list[Control]:
    return [c for c in catalogue.controls if criterion_id in c.key_for]


def _scope(*data_types: str, categories: tuple[str, ...] = ("security",)) -> Scope:
    return Scope(
        organization="Example Ltd", categories=list(categories), data_types=list(data_types)
    )


# 1. Breach notification follows the data, not the Privacy category.


def test_breach_notification_applies_whenever_personal_or_health_data_is_in_scope(
    builtin: Catalogue,
) -> None:
    notices = [
        c
        for c in builtin.controls
        if "breach notification" in c.title.lower() and "regulators" in c.title.lower()
    ]
    assert [c.id for c in notices] == ["PRV-17"]
    prv17 = notices[0]
    assert prv17.applies_when.categories == []
    assert set(prv17.applies_when.data_types) == {"personal_data", "health_data"}
    assert {"P6.6", "CC7.4", "CC2.3"} <= set(prv17.criteria)
    assert "CC7.4" in prv17.key_for
    known = {d.id for d in builtin.data_types}
    assert set(prv17.applies_when.data_types) <= known

    for data_type in ("personal_data", "health_data"):
        assert applicability(prv17, _scope(data_type), builtin).applicable, data_type
    assert not applicability(prv17, _scope("customer_data"), builtin).applicable
    with_privacy = _scope("personal_data", categories=("security", "privacy"))
    assert applicability(prv17, with_privacy, builtin).applicable


# 2. New controls practitioners expect.


def test_new_controls_are_complete_and_continue_their_domain_numbering(
    builtin: Catalogue,
) -> None:
    numbers: dict[str, list[int]] = defaultdict(list)
    for control in builtin.controls:
        prefix, number = control.id.split("-")
        numbers[prefix].append(int(number))
    for prefix, found in numbers.items():
        assert sorted(found) == list(range(1, len(found) + 1)), prefix
    for control_id in NEW_CONTROLS:
        control = _control(builtin, control_id)
        assert control.question.strip().endswith("?"), control_id
        assert len(control.evidence) >= 2 and control.remediation, control_id
        assert set(control.key_for) <= set(control.criteria), control_id
        assert control.mappings.get("iso27001_2022"), control_id
        assert control.mappings.get("nist_csf_2"), control_id
        assert control.applies_when.categories == [], control_id


def test_completeness_and_accuracy_of_reports_used_by_controls(builtin: Catalogue) -> None:
    ipe = _control(builtin, "MON-08")
    text = f"{ipe.title} {ipe.description}".lower()
    assert "complete" in text and "accura" in text and "report" in text
    assert ipe.domain == "monitoring"
    assert "CC2.1" in ipe.criteria


def test_tenant_isolation_applies_under_security_alone(builtin: Catalogue) -> None:
    tenant = _control(builtin, "AC-13")
    assert "tenant" in f"{tenant.title} {tenant.description}".lower()
    assert "CC6.1" in tenant.criteria and "CC6.1" in tenant.key_for
    assert not tenant.applies_when.categories and not tenant.applies_when.data_types
    assert applicability(tenant, _scope(), builtin).applicable


def test_threat_intelligence_control(builtin: Catalogue) -> None:
    intel = _control(builtin, "VUL-06")
    assert "threat intelligence" in intel.title.lower()
    assert "A.5.7" in intel.mappings["iso27001_2022"]
    assert "ID.RA-02" in intel.mappings["nist_csf_2"]


def test_a1_3_is_met_only_by_an_actual_restore_or_failover(builtin: Catalogue) -> None:
    keys = _key_controls(builtin, "A1.3")
    assert {c.id for c in keys} == {"BCP-03", "BAK-03"}
    for control in keys:
        title = control.title.lower()
        assert "restore" in title or "failover" in title, control.id
        assert "tabletop" not in title, control.id
        assert "or a tabletop" not in control.question.lower(), control.id
    bcp03 = _control(builtin, "BCP-03")
    assert "does not replace" in bcp03.description
    assert not any("start with a tabletop" in step.lower() for step in bcp03.remediation)


# 3. Criterion wording.


def test_cc7_2_covers_natural_disasters_and_environmental_events(builtin: Catalogue) -> None:
    summary = _criterion(builtin, "CC7.2").summary.lower()
    assert "natural disaster" in summary and "environmental event" in summary


def test_p5_2_says_nothing_beyond_the_criterion_about_disagreements(builtin: Catalogue) -> None:
    assert "disagree" not in _text(_criterion(builtin, "P5.2"))
    prv11 = _control(builtin, "PRV-11")
    assert (
        "disagree"
        not in " ".join([prv11.description, *prv11.evidence_texts, *prv11.remediation]).lower()
    )


def test_p6_1_requires_explicit_consent_before_disclosure(builtin: Catalogue) -> None:
    p61 = _criterion(builtin, "P6.1")
    assert "explicit" in p61.title.lower() and "explicit" in p61.summary.lower()
    assert "before the disclosure" in p61.summary.lower()
    assert any("explicit consent" in focus for focus in p61.points_of_focus)


@pytest.mark.parametrize("criterion_id", ["P5.1", "P5.2", "P6.7"])
def test_processor_side_point_of_focus(builtin: Catalogue, criterion_id: str) -> None:
    criterion = _criterion(builtin, criterion_id)
    processor = [
        focus
        for focus in criterion.points_of_focus
        if re.search(r"on behalf of a business customer that controls it", focus)
        and "request" in focus
    ]
    assert len(processor) == 1, criterion_id
    expected = {"P5.1": 5, "P5.2": 4, "P6.7": 3}[criterion_id]
    assert len(criterion.points_of_focus) == expected


def test_c1_1_keeps_confidential_information_no_longer_than_needed(builtin: Catalogue) -> None:
    c11 = _criterion(builtin, "C1.1")
    assert "no longer than" in c11.summary
    assert any("no longer than" in focus for focus in c11.points_of_focus)
    assert len(c11.points_of_focus) == 3


# 4. Mappings.


def test_corrected_mappings(builtin: Catalogue) -> None:
    def iso(control_id: str) -> list[str]:
        return _control(builtin, control_id).mappings.get("iso27001_2022", [])

    def csf(control_id: str) -> list[str]:
        return _control(builtin, control_id).mappings.get("nist_csf_2", [])

    # NET-03 is admin access to production, not remote working; A.6.7 sits with the devices.
    assert "A.6.7" not in iso("NET-03") and "A.6.7" in iso("END-02")
    # The privacy review is run by the Privacy Lead: not an independent review.
    assert "A.5.35" not in iso("PRV-22") and "A.5.36" in iso("PRV-22")
    # A change-triggered risk review is ID.RA-07, not legal requirements.
    assert "GV.OC-03" not in csf("RSK-04") and "ID.RA-07" in csf("RSK-04")
    # Kept: the plan defines invocation and the recovery steps the response executes.
    assert "RC.RP-01" in csf("BCP-02")
    # Kept: treatment plans are the mitigation choices CC9.1 asks for, disruption risks included.
    rsk02 = _control(builtin, "RSK-02")
    assert "CC9.1" in rsk02.criteria and "business disruption" in rsk02.description
    # Deleting a tenant's data is logical deletion, not disposal of physical assets.
    assert "CC6.5" not in _control(builtin, "DAT-04").criteria
    # Customer commitments are CC2.3; incident notices are IR-05's.
    assert "CC7.4" not in _control(builtin, "POL-05").criteria
    assert "RS.CO-02" not in csf("POL-05")
    ast01 = _control(builtin, "AST-01")
    assert "CC2.1" in ast01.criteria and "CC2.1" in ast01.key_for
    assert any(c.startswith("A1.") for c in _control(builtin, "AVL-04").criteria)
    assert any(ref.startswith("GV.SC-") for ref in csf("VEN-07"))


def test_privacy_controls_do_not_use_gv_oc_03_as_filler(builtin: Catalogue) -> None:
    privacy = [c for c in builtin.controls if c.id.startswith("PRV-")]
    assert len(privacy) >= 21
    with_oc03 = {c.id for c in privacy if "GV.OC-03" in c.mappings.get("nist_csf_2", [])}
    # Only where the control is about knowing and meeting legal obligations.
    assert with_oc03 == {"PRV-17", "PRV-21", "PRV-22"}


# 5. Framework coverage.


def test_iso_framework_lists_the_93_annex_a_controls(builtin: Catalogue) -> None:
    iso = next(f for f in builtin.frameworks if f.id == "iso27001_2022")
    assert len(ISO_ANNEX_A) == 93
    assert iso.ids == ISO_ANNEX_A


def test_csf_framework_lists_every_csf_2_0_subcategory(builtin: Catalogue) -> None:
    csf = next(f for f in builtin.frameworks if f.id == "nist_csf_2")
    assert len(CSF_2_0) == len(set(CSF_2_0)) == 106
    assert csf.ids == CSF_2_0
    assert "ID.AM-06" not in csf.ids


def test_every_mapped_id_is_in_its_framework(builtin: Catalogue) -> None:
    frameworks = {f.id: f for f in builtin.frameworks}
    for control in builtin.controls:
        for framework_id, refs in control.mappings.items():
            framework = frameworks[framework_id]
            for ref in refs:
                assert framework.accepts(ref), (control.id, framework_id, ref)
                if framework.ids is not None:
                    assert ref in framework.ids, (control.id, ref)


def test_formerly_unmapped_ids_are_mapped(builtin: Catalogue) -> None:
    def mapped(framework_id: str) -> set[str]:
        return {r for c in builtin.controls for r in c.mappings.get(framework_id, [])}

    assert set(ISO_ANNEX_A) <= mapped("iso27001_2022")
    incident = {
        r for c in builtin.controls if c.id.startswith("IR-") for r in c.mappings["nist_csf_2"]
    }
    assert {"RS.MI-01", "RS.MI-02", "RS.MA-04", "RS.AN-08"} <= incident


# 6. The catalogue still holds together.


def test_every_criterion_has_a_key_control_and_validation_is_clean(builtin: Catalogue) -> None:
    for criterion in builtin.criteria:
        assert _key_controls(builtin, criterion.id), criterion.id
    for control in builtin.controls:
        assert set(control.key_for) <= set(control.criteria), control.id
    assert load_catalogue().warnings == []
    result = run("catalogue", "validate")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
