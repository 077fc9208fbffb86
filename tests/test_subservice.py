"""Subservice organisations (name, services, method), the complementary subservice organisation
controls that follow from the services, and the system description built on them, through the
installed `soc2` command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, assessment_doc, write_assessment, write_tree

from soc2cli.assessment import dump_assessment, load_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.labels import report_type_label
from soc2cli.subservice import SubserviceOrganization
from soc2cli.vocabulary import ServiceType, SubserviceMethod

SOC2 = shutil.which("soc2", path=str(Path(sys.executable).parent)) or shutil.which("soc2")
EXAMPLES = sorted((REPO / "examples").glob("*/assessment.yaml"))
AS_OF = "2026-12-01"
APPENDIX = "\n## For the author\n"
HEADINGS = (
    "# System description: ",
    "## Company overview and services provided",
    "## Principal service commitments and system requirements",
    "## Components of the system",
    "### Infrastructure",
    "### Software",
    "### People",
    "### Procedures",
    "### Data",
    "## System boundaries",
    "## Significant incidents",
    "## Control environment",
    "## Risk assessment",
    "## Information and communication",
    "## Monitoring",
    "## Control activities",
    "## Criteria that do not apply",
    "## Subservice organisations",
    "## Complementary subservice organisation controls",
    "## Complementary user entity controls",
    "## For the author",
)
CHANGES = "## Significant changes during the period"
# Readiness words and figures: the appendix's, never the body's.
STATUS = re.compile(
    r"\b(ready|readiness|not yet ready|gaps?|partial|missing|unanswered|not yet answered"
    r"|answered|draft)\b|\d+(\.\d+)?\s*%|\b\d+ of \d+\b",
    re.IGNORECASE,
)
CONTROL_ID = re.compile(r"\b[A-Z]{2,5}-\d{2,4}\b")


def soc2(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert SOC2 is not None, "the soc2 entry point is not installed"
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [SOC2, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def describe(path: Path) -> str:
    result = soc2("describe", str(path), "--as-of", AS_OF, cwd=path.parent)
    assert result.returncode == 0, result.stderr
    return result.stdout


def section(text: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same level or above."""
    level = heading.split(" ", 1)[0]
    body = text.split(f"\n{heading}\n", 1)[1]
    ends = [m.start() for m in re.finditer(f"^#{{1,{len(level)}}} ", body, re.MULTILINE)]
    return body[: ends[0]] if ends else body


def catalogue_statements(catalogue: Catalogue) -> list[str]:
    """The control descriptions the body quotes as statements (the catalogue's own words)."""
    return [" ".join(c.description.split()) for c in catalogue.controls]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_describe_each_example_has_every_section_and_no_status_in_the_body(
    example: Path, tmp_path: Path, builtin: Catalogue
) -> None:
    copy = tmp_path / "assessment.yaml"
    shutil.copy(example, copy)
    text = describe(copy)
    scope = load_assessment(copy, builtin).scope
    headings = [*HEADINGS]
    if scope.report_type.value == "type2":
        headings.insert(headings.index("## Subservice organisations"), CHANGES)
    else:
        assert CHANGES not in text
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    body, appendix = text.split(APPENDIX)
    for statement in catalogue_statements(builtin):
        body = body.replace(statement, "")  # a control's own description may say "gaps"
    assert STATUS.search(body) is None, STATUS.search(body)
    # The status is all in the appendix: the criteria table and the controls not ready.
    assert f"### Readiness for a {report_type_label(scope.report_type)} report" in appendix
    assert "### Controls not ready" in appendix
    providers = section(text, "## Subservice organisations")
    for provider in scope.subservice_organizations:
        assert provider.name in providers and provider.services
    assert "Carve-out" in providers
    csocs = section(text, "## Complementary subservice organisation controls")
    assert CONTROL_ID.search(csocs) is None
    assert "The provider allows only authorised people into the data centres" in csocs


def test_only_controls_in_place_are_stated(tmp_path: Path, builtin: Catalogue) -> None:
    answers = {
        "GOV-01": {"status": "operating", "documented": True},
        "GOV-02": {"status": "partial", "documented": False},
        "CHG-02": {"status": "implemented", "documented": True},
        "CHG-03": {"status": "unknown"},
        "GOV-04": {
            "status": "implemented",
            "documented": True,
            "notes": "Signed at hiring; nobody re-acknowledges it every year.",
        },
    }
    path = write_assessment(tmp_path / "a.yaml", assessment_doc(answers=answers))
    text = describe(path)
    body, appendix = text.split(APPENDIX)
    stated = set(re.findall(r"^- .*\(([A-Z]{2,5}-\d{2,4})\)$", body, re.MULTILINE))
    assert stated == {"GOV-01", "CHG-02"}
    # In place, but the notes say part of it is not done: the body leaves it out, and says why.
    assert (
        "GOV-04 is answered implemented, but its notes say part of it is not done or give other "
        "figures than the catalogue's description "
        '("Signed at hiring; nobody re-acknowledges it every year."), so the body leaves it out'
    ) in appendix
    gov01 = builtin.control("GOV-01")
    assert gov01 is not None
    assert " ".join(gov01.description.split()) in section(text, "## Control environment")
    assert "- GOV-02 Current organisation chart with reporting lines (answered partial)" in appendix
    assert "(answered unknown)" in appendix and "(not yet answered)" in appendix


def _providers_doc(**scope: Any) -> dict[str, Any]:
    return assessment_doc(
        categories=["security", "availability"],
        systems=[{"name": "API", "description": "REST API"}],
        **scope,
    )


def test_csocs_follow_the_services_each_provider_gives(tmp_path: Path) -> None:
    doc = _providers_doc(
        hosting="hybrid",
        subservice_organizations=[
            {"name": "Rackspace", "services": ["colocation"]},
            {"name": "Cloudy", "services": ["iaas"]},
            {"name": "DBaaS Co", "services": ["paas_database"]},
        ],
    )
    text = describe(write_assessment(tmp_path / "a.yaml", doc))
    rows = {
        line.split(" | ")[0].lstrip("| "): line.split(" | ")[-1].rstrip(" |")
        for line in section(text, "## Complementary subservice organisation controls").splitlines()
        if line.startswith("| The provider")
    }

    def performed_by(start: str) -> str:
        [found] = [who for what, who in rows.items() if what.startswith(start)]
        return found

    # Colocation: physical and environmental protection only.
    assert performed_by("The provider allows only authorised people") == (
        "Rackspace, Cloudy and DBaaS Co"
    )
    assert performed_by("The provider protects the data centres against fire") == (
        "Rackspace, Cloudy and DBaaS Co"
    )
    # Infrastructure: also hardware, media destruction, hypervisors and network.
    for start in (
        "The provider wipes or physically destroys disks",
        "The provider configures, patches and monitors the hypervisors",
        "The provider installs, maintains, monitors and replaces the servers",
    ):
        assert performed_by(start) == "Cloudy and DBaaS Co"
    # A managed database: all of that, and the engine's patching, backups and host access.
    for start in (
        "The provider patches and upgrades the database engine",
        "The provider runs the storage and replication behind the managed service",
        "The provider restricts its own staff's administrative access to the hosts",
    ):
        assert performed_by(start) == "DBaaS Co"
    assert len(rows) == 10


def test_csocs_name_no_control_of_the_client(tmp_path: Path) -> None:
    doc = _providers_doc(subservice_organizations=[{"name": "Cloudy", "services": ["iaas"]}])
    text = describe(write_assessment(tmp_path / "a.yaml", doc))
    csocs = section(text, "## Complementary subservice organisation controls")
    assert "| The provider configures, patches and monitors the hypervisors" in csocs
    assert CONTROL_ID.search(csocs) is None


def test_only_criteria_in_scope_are_listed(tmp_path: Path) -> None:
    doc = assessment_doc(subservice_organizations=[{"name": "Rack Co", "services": ["colocation"]}])
    text = describe(write_assessment(tmp_path / "a.yaml", doc))
    csocs = section(text, "## Complementary subservice organisation controls")
    # Security only: environmental protection supports only an availability criterion.
    assert "| CC6.4 | Rack Co |" in csocs
    assert "fire, water" not in csocs and "A1.2" not in csocs


def test_a_control_answered_not_applicable_is_never_stated_as_done(
    tmp_path: Path, builtin: Catalogue
) -> None:
    physical = [c for c in builtin.controls if c.domain == "physical"]
    reason = "The servers sit in the colocation cage; nobody of ours enters it"
    answers: dict[str, Any] = {
        c.id: {"status": "not_applicable", "notes": reason} for c in physical
    }
    answers["GOV-01"] = {"status": "operating", "documented": True}
    doc = _providers_doc(
        hosting="hybrid",
        subservice_organizations=[{"name": "Rack Co", "services": ["colocation"]}],
        answers=answers,
    )
    text = describe(write_assessment(tmp_path / "a.yaml", doc))
    body = text.split(APPENDIX)[0]
    not_applicable = section(text, "### Controls that do not apply")
    for control in physical:
        # Listed with its reason under what does not apply, and nowhere else in the body.
        assert f"- **{control.id} {control.title}** (" in not_applicable
        assert body.count(control.id) == 1
        assert " ".join(control.description.split()) not in body
    assert not_applicable.count(reason) == len(physical)
    csocs = section(text, "## Complementary subservice organisation controls")
    assert "| The provider allows only authorised people" in csocs
    assert "Example Co" not in csocs.split("\n|---", 1)[1]  # every row is the provider's


def test_categories_out_of_scope_do_not_apply(tmp_path: Path) -> None:
    text = describe(write_assessment(tmp_path / "a.yaml", assessment_doc()))
    out = section(text, "### Categories not in scope")
    assert "- **Availability** (A1.1, A1.2, A1.3)" in out
    assert "- **Privacy** (P1.1, " in out


def test_inclusive_providers_are_described_not_carved_out(tmp_path: Path) -> None:
    doc = _providers_doc(
        subservice_organizations=[
            {"name": "Cloudy", "services": ["iaas"], "method": "inclusive"},
            {"name": "Mailer", "services": ["email_delivery"]},
        ]
    )
    text = describe(write_assessment(tmp_path / "a.yaml", doc))
    providers = section(text, "## Subservice organisations")
    assert "| Cloudy | Cloud infrastructure (IaaS) | Inclusive |" in providers
    assert "| Mailer | Email delivery | Carve-out |" in providers
    assert "**Inclusive method.**" in providers and "**Carve-out method.**" in providers
    assert "| The provider configures, patches and monitors the hypervisors" in providers
    csocs = section(text, "## Complementary subservice organisation controls")
    assert "Cloudy" not in csocs and "hypervisors" not in csocs
    assert "| The provider sends the system's messages over encrypted connections" in csocs
    appendix = text.split(APPENDIX)[1]
    assert "Cloudy is presented with the inclusive method: obtain the written assertion" in appendix


def test_old_string_providers_still_load_and_stay_strings(
    tmp_path: Path, builtin: Catalogue
) -> None:
    doc = assessment_doc(subservice_organizations=["Amazon Web Services", "Equinix"])
    doc["schema_version"] = 2
    path = write_assessment(tmp_path / "a.yaml", doc)
    scope = load_assessment(path, builtin).scope
    assert scope.subservice_organizations == [
        SubserviceOrganization(name="Amazon Web Services"),
        SubserviceOrganization(name="Equinix"),
    ]
    assert all(p.method is SubserviceMethod.carve_out for p in scope.subservice_organizations)
    saved = yaml.safe_load(dump_assessment(load_assessment(path, builtin), builtin))
    assert saved["scope"]["subservice_organizations"] == ["Amazon Web Services", "Equinix"]
    result = soc2("report", str(path), "--format", "md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "| Subservice organisations | Amazon Web Services, Equinix |" in result.stdout
    text = describe(path)
    assert "| Amazon Web Services | *To be completed by management:* the services" in text
    appendix = text.split(APPENDIX)[1]
    assert "Which services does Amazon Web Services provide to the system" in appendix
    assert "record the services of Amazon Web Services and Equinix" in section(
        text, "## Complementary subservice organisation controls"
    )


def test_a_provider_with_services_is_saved_as_a_mapping(tmp_path: Path, builtin: Catalogue) -> None:
    doc = assessment_doc(
        subservice_organizations=["Okta", {"name": "Stripe", "services": ["payment_processor"]}]
    )
    path = write_assessment(tmp_path / "a.yaml", doc)
    assessment = load_assessment(path, builtin)
    [_, stripe] = assessment.scope.subservice_organizations
    assert stripe.services == [ServiceType.payment_processor]
    saved = yaml.safe_load(dump_assessment(assessment, builtin))["scope"]
    assert saved["subservice_organizations"] == [
        "Okta",
        {"name": "Stripe", "services": ["payment_processor"]},
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"name": "Okta", "servces": ["saas"]},
            "a.yaml:10:5: scope.subservice_organizations[0].servces: unknown key 'servces' "
            "(did you mean 'services'?)",
        ),
        (
            {"name": "Okta", "services": ["identity_provder"]},
            "a.yaml:11:7: scope.subservice_organizations[0].services[0]: 'identity_provder' is "
            "not one of 'iaas', 'paas_database', 'saas', 'identity_provider', 'colocation', "
            "'payment_processor' or 'email_delivery' (did you mean 'identity_provider'?)",
        ),
        (
            {"name": "Okta", "method": "carve-out"},
            "a.yaml:10:5: scope.subservice_organizations[0].method: 'carve-out' is not one of "
            "'carve_out' or 'inclusive' (did you mean 'carve_out'?)",
        ),
        (
            {"name": "Okta", "services": ["saas", "saas"]},
            "a.yaml:10:5: scope.subservice_organizations[0].services: a service is listed twice",
        ),
        (
            7,
            "a.yaml:9:5: scope.subservice_organizations[0]: expected a provider name, or a "
            "mapping with name, services and method",
        ),
        ({"services": ["saas"]}, "scope.subservice_organizations[0].name: required key"),
    ],
)
def test_bad_providers_are_located_errors(tmp_path: Path, entry: Any, message: str) -> None:
    doc = assessment_doc(subservice_organizations=[entry])
    write_assessment(tmp_path / "a.yaml", doc)
    result = soc2("report", "a.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_every_service_type_has_provider_controls(builtin: Catalogue) -> None:
    for service in ServiceType:
        controls = builtin.controls_of_service(service)
        assert controls, service
        assert len({c.id for c in controls}) == len(controls)
    colocation = {c.id for c in builtin.controls_of_service(ServiceType.colocation)}
    iaas = {c.id for c in builtin.controls_of_service(ServiceType.iaas)}
    database = {c.id for c in builtin.controls_of_service(ServiceType.paas_database)}
    assert colocation == {"physical_access", "environmental_protection"}
    assert colocation < iaas < database


def test_catalogue_validate_checks_the_provider_controls(tmp_path: Path) -> None:
    overlay = write_tree(
        tmp_path / "overlay",
        {
            "subservice.yaml": """\
                subservice_controls:
                  - service: iaas
                    includes: [saas, iaas]
                    controls:
                      - id: racks
                        text: The provider keeps the racks locked.
                        criteria: [CC6.4, CC6.99]
                """,
            "more/services.yaml": """\
                subservice_controls:
                  - service: colocation
                    controls: []
                  - service: colocation
                    controls: []
                """,
        },
    )
    result = soc2("catalogue", "validate", str(overlay), cwd=tmp_path)
    assert result.returncode == 2
    file = str(overlay / "subservice.yaml")
    assert f"{file}:3:22: subservice_controls[0].includes[1]: a service cannot include itself" in (
        result.stderr
    )
    assert f"{file}:7:27: subservice_controls[0].controls[0].criteria[1]: unknown criterion" in (
        result.stderr
    )
    more = overlay / "more" / "services.yaml"
    assert f"{more}:4:5: subservice_controls[1]: service 'colocation' is listed twice" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    unknown = write_tree(
        tmp_path / "unknown",
        {"s.yaml": "subservice_controls:\n  - service: mainframe\n    controls: []\n"},
    )
    result = soc2("catalogue", "validate", str(unknown), cwd=tmp_path)
    assert result.returncode == 2
    assert f"{unknown / 's.yaml'}:2:5: subservice_controls[0].service: Input should be 'iaas'" in (
        result.stderr
    )


def test_notes_with_other_figures_keep_a_control_out_of_the_body(tmp_path: Path) -> None:
    """TRN-01's description says training within 30 days of starting; notes giving 45 days keep
    it out of the body, and the appendix quotes them."""
    notes = "New joiners finish KnowBe4 within 45 days of starting, then every year."
    answers = {"TRN-01": {"status": "operating", "documented": True, "notes": notes}}
    text = describe(write_assessment(tmp_path / "a.yaml", assessment_doc(answers=answers)))
    body, appendix = text.split(APPENDIX)
    assert "(TRN-01)" not in body
    assert (
        f'TRN-01 is answered operating, but its notes say part of it is not done or give other figures than the catalogue\'s description ("{notes}")'
        in appendix
    )
