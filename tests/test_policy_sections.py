"""The shared sections 6 to 8 of every policy state a practice only when the answers support it:
each such sentence is a ``clause`` of its control, stated, left out, or moved to "To complete"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import assessment_doc, run, write_assessment

AS_OF = "2026-12-01"
SHARED = ("RSK-07", "RSK-02", "HR-06", "VEN-04", "POL-02", "POL-03", "POL-04")
OWNERS = {"RSK-07": "Risk Lead", "HR-06": "People Lead", "POL-04": "Comms Lead"}


def _answers(**changed: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every shared control operating, with a recorded owner where the text names one."""
    answers: dict[str, dict[str, Any]] = {}
    for cid in SHARED:
        answers[cid] = {"status": "operating"}
        if cid in OWNERS:
            answers[cid]["owner"] = OWNERS[cid]
    answers.update(changed)
    return answers


def _pack(tmp_path: Path, answers: dict[str, dict[str, Any]]) -> dict[str, str]:
    doc = assessment_doc(
        subservice_organizations=["Amazon Web Services"],
        systems=[{"name": "Widget API"}],
        data_types=["customer_data"],
        answers=answers,
    )
    out = tmp_path / "p"
    path = write_assessment(tmp_path / "a.yaml", doc)
    result = run("policies", "generate", str(path), "-o", str(out), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    return {p.stem: p.read_text(encoding="utf-8") for p in out.glob("*.md")}


def _to_complete(text: str) -> list[str]:
    block = text.split("## To complete", 1)[1].split("## 1. Purpose", 1)[0]
    return [line.split(". ", 1)[1] for line in block.splitlines() if line[:1].isdigit()]


def _shared(text: str) -> str:
    return text.split("## 6. Exceptions", 1)[1].split("## Revision history", 1)[0]


EXCEPTIONS = (
    "A person who cannot meet a statement in this policy asks the policy owner for an exception "
    "before departing from it. The request states the statement concerned, the reason, the "
    "compensating measures and an end date no more than 12 months away."
)
EXCEPTIONS_IN_PLACE = (
    " Risk Lead approves or rejects exceptions for low and medium risks and the CEO for high "
    "risks; the decision is recorded in the risk register (RSK-07). Open exceptions are reviewed "
    "at the quarterly risk register review (RSK-02)."
)
EXCEPTIONS_END = (
    " An exception that reaches its end date is either renewed through the same process or closed."
)
ENFORCEMENT = (
    "Anyone may report a suspected breach of this policy to the policy owner or through the "
    "reporting route in the Incident Response Policy."
)
DISCIPLINE = (
    "Breaches by staff are handled by People Lead through the documented disciplinary process "
    "(HR-06): sanctions are proportionate to intent and impact and range from a recorded warning "
    "and retraining to dismissal or the end of a contract."
)
VENDORS = "Breaches by vendors are handled under their contracts (VEN-04)."
APPROVAL = "Each new version is approved by senior management before it takes effect (POL-02)."
ANNOUNCE = (
    "Comms Lead announces each new version to staff (POL-04). Staff acknowledge the current "
    "version when they join and every year after (POL-03)."
)


def test_sections_state_every_practice_in_place(tmp_path: Path) -> None:
    pack = _pack(tmp_path, _answers())
    policies = {pid: text for pid, text in pack.items() if pid != "README"}
    assert len(policies) == 14
    for pid, text in policies.items():
        shared = _shared(text)
        assert f"\n\n{EXCEPTIONS}{EXCEPTIONS_IN_PLACE}{EXCEPTIONS_END}\n\n" in shared, pid
        assert f"\n\n{ENFORCEMENT} {DISCIPLINE} {VENDORS}\n\n## 8. Review\n\n" in shared, pid
        assert (
            'either with the changes made or as "no change needed". '
            f"{APPROVAL} The next review is due on "
        ) in shared, pid
        assert shared.endswith(f" {ANNOUNCE}\n\n"), pid
        assert not any("section 6," in i or "section 7," in i for i in _to_complete(text)), pid
        assert not any("section 8," in i for i in _to_complete(text)), pid


def test_sections_leave_out_what_the_answers_contradict(tmp_path: Path) -> None:
    answers = _answers(
        **{
            "HR-06": {
                "status": "missing",
                "notes": "Sanctions are decided <i>case by case</i>.",
                "owner": "People Lead",
            },
            "POL-02": {"status": "partial", "notes": "Approved by the CTO only."},
        }
    )
    pack = _pack(tmp_path, answers)
    discipline_item = (
        "Not stated yet, because HR-06 is answered missing: “Sanctions are decided "
        "&lt;i&gt;case by case&lt;/i&gt;”. The draft would state: “" + DISCIPLINE + "” Put this in "
        "place and add it to section 7, or write there what the company does instead, then "
        "update HR-06 in `soc2 assess`."
    )
    approval_item = (
        "Not stated yet, because POL-02 is answered partial: “Approved by the CTO only”. The "
        "draft would state: “" + APPROVAL + "” Put this in place and add it to section 8, or "
        "write there what the company does instead, then update POL-02 in `soc2 assess`."
    )
    policies = {pid: text for pid, text in pack.items() if pid != "README"}
    for pid, text in policies.items():
        stated = text.split("## 1. Purpose", 1)[1]
        assert "disciplinary process" not in stated and "(HR-06)" not in stated, pid
        assert "approved by senior management" not in stated and "(POL-02)" not in stated, pid
        items = _to_complete(text)
        assert items.count(discipline_item) == 1 and items.count(approval_item) == 1, pid
        shared = _shared(text)
        # What the answers support still reads as one paragraph per section.
        assert f"\n\n{ENFORCEMENT} {VENDORS}\n\n## 8. Review\n\n" in shared, pid
        assert (
            'either with the changes made or as "no change needed". The next review is due on '
        ) in shared, pid
        assert shared.endswith(f" {ANNOUNCE}\n\n"), pid
    assert "<i>" not in "".join(pack.values())
    # The index counts each policy's items; it does not repeat the shared ones.
    assert "Not stated yet" not in pack["README"]
    row = "| [Encryption Policy](encryption.md) |"
    count = next(line for line in pack["README"].splitlines() if line.startswith(row))
    assert count.endswith(f"| {len(_to_complete(pack['encryption']))} |")


def test_a_clause_whose_control_does_not_apply_is_dropped(tmp_path: Path) -> None:
    pack = _pack(
        tmp_path,
        _answers(
            **{"VEN-04": {"status": "not_applicable", "notes": "No vendor handles our data."}}
        ),
    )
    text = pack["acceptable-use"]
    assert f"\n\n{ENFORCEMENT} {DISCIPLINE}\n\n## 8. Review" in text
    assert "VEN-04" not in "".join(_to_complete(text))


@pytest.mark.parametrize(
    "call", ['clause("ENC-01")', "clause(section=7)"], ids=["no-section", "no-control"]
)
def test_a_user_clause_without_its_control_or_section_is_bad_input(
    call: str, tmp_path: Path
) -> None:
    templates = tmp_path / "templates" / "policies"
    templates.mkdir(parents=True)
    (templates / "encryption.md.j2").write_text(
        f"{{% call {call} %}}Keys are rotated.{{% endcall %}}\n", encoding="utf-8"
    )
    path = write_assessment(tmp_path / "a.yaml", assessment_doc())
    result = run(
        "policies", "generate", str(path), "-o", str(tmp_path / "p"),
        "--template-dir", str(tmp_path / "templates"),
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {templates / 'encryption.md.j2'}:1: template error: clause() needs the id of "
        'each control the sentence describes and its section: clause("HR-06", section=7)\n'
    )
    assert not (tmp_path / "p").exists()
