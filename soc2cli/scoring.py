"""Pure scoring: (catalogue, assessment) -> Report. No I/O."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from soc2cli.applicability import Applicability, applicability
from soc2cli.assessment import (
    Answer,
    Assessment,
    EvidenceItem,
    ObservationPeriod,
    Scope,
    unknown_answers,
)
from soc2cli.audit.records import AuditException
from soc2cli.catalogue import (
    Catalogue,
    Control,
    Criterion,
    Framework,
    Requirements,
    natural_key,
)
from soc2cli.evidence import check_control, summarise
from soc2cli.labels import SEVERITY_ORDER, phase_rank, severity_rank
from soc2cli.plan import build_plan
from soc2cli.report import (
    REPORT_SCHEMA_VERSION,
    CatalogueRef,
    CategorySummary,
    ControlResult,
    Coverage,
    CriterionResult,
    EvidenceCheck,
    FollowUp,
    FrameworkCoverage,
    FrameworkItem,
    Gap,
    Method,
    NotApplicable,
    Readiness,
    Report,
    ReportScope,
    Summary,
    Unanswered,
    assembled,
    built,
)
from soc2cli.scanners.records import CriterionCounts
from soc2cli.scanners.state import ScanState, criterion_counts, scan_states
from soc2cli.vocabulary import (
    IN_PLACE,
    STARTED,
    CapacitySource,
    CriterionStatus,
    Documentation,
    EvidenceKind,
    Exclusion,
    FrameworkStatus,
    GapKind,
    Hosting,
    Phase,
    Priority,
    ReportType,
    Severity,
    Status,
)

WEIGHTS: dict[Priority, int] = {
    Priority.critical: 4,
    Priority.high: 3,
    Priority.medium: 2,
    Priority.low: 1,
}

METHOD_TEXT = (
    "Each answer records two facts: how far the control is implemented (missing, partial, "
    "implemented, operating) and whether a written policy, standard or procedure describes it. "
    "The catalogue says for each control whether a document is required (policies, procedures, "
    "plans, reviews) or optional (settings the system itself enforces). A control is designed "
    "and in place when it is implemented or operating, and documented where a document is "
    "required; that is Type I readiness. For Type II, before the observation window starts "
    "(or while no window is set), the same rule says whether the control is ready to start the "
    "window; once the window has begun, a control must also be operating, with every evidence "
    "occurrence already due inside the window evidenced in the register. Occurrences not yet "
    "due never count against a control, so adding evidence can only raise readiness. "
    "Readiness is the priority-weighted share of applicable controls that are ready, "
    "sum(weight of ready controls) / sum(weight of applicable controls), with weights "
    "critical 4, high 3, medium 2, low 1; the plain count of ready controls is shown beside it. "
    "Unanswered controls count as not ready but are never gaps or risks: a report with "
    "unanswered applicable controls is a draft. Controls answered not applicable, carved out "
    "to a subservice organisation (their place is taken by the controls that oversee the "
    "provider), or supporting no in-scope criterion are excluded. A criterion is ready when "
    "all its key controls (those without which an auditor would not accept it as met) are "
    "ready, partial when some of its controls are ready, and a gap otherwise; coverage counts "
    "its ready supporting controls. Only the scope's categories exclude criteria: a Common "
    "Criterion whose supporting controls are all not applicable stays in scope as an uncovered "
    "gap. Gap severity starts from the control's priority and rises one step when the control "
    "is a key control of two or more criteria that are not ready, and two steps at four or "
    "more. A gap's effort is the control's estimate, except where only operating evidence is "
    "missing: the control is already designed and only a quarter of it (collecting evidence) "
    "is planned."
)


def designed(control: Control, answer: Answer | None) -> bool:
    """Designed and in place: implemented or operating, and written down where that is required."""
    if answer is None or answer.status not in IN_PLACE:
        return False
    return answer.documented or control.documentation is Documentation.optional


# The gap an answer leaves whatever the rest: not started, partly done, or not known.
_SIMPLE_GAPS = {
    Status.unknown: GapKind.follow_up,
    Status.missing: GapKind.missing_control,
    Status.partial: GapKind.partial_control,
}


def gap_kind(
    control: Control,
    answer: Answer | None,
    *,
    operation_due: bool,
    deficient: bool,
    failing: bool = False,
) -> GapKind | None:
    """The kind of gap an answer leaves; None when ready (or unanswered: never a gap).

    ``operation_due`` is true for a Type II once its observation window has begun; then a
    designed control must also be operating with its due evidence (``deficient`` is false).
    """
    if answer is None or answer.status is Status.not_applicable:
        return None
    if answer.status in _SIMPLE_GAPS:
        return _SIMPLE_GAPS[answer.status]
    if failing:  # answered in place, but a scanner check fails: the machine evidence wins
        return GapKind.failing_check
    if not designed(control, answer):
        return GapKind.undocumented
    if operation_due and (answer.status is not Status.operating or deficient):
        return GapKind.no_evidence
    return None


class _Tally:
    """Weighted readiness of a set of controls for Type I and Type II, added up one at a time."""

    __slots__ = ("controls", "count1", "count2", "done1", "done2", "total")

    def __init__(self) -> None:
        self.total = self.done1 = self.done2 = self.count1 = self.count2 = self.controls = 0

    def add(self, weight: int, type1: bool, type2: bool) -> None:
        self.total += weight
        self.controls += 1
        if type1:
            self.done1 += weight
            self.count1 += 1
        if type2:
            self.done2 += weight
            self.count2 += 1

    def readiness(self, type2: bool) -> Readiness:
        done, count = (self.done2, self.count2) if type2 else (self.done1, self.count1)
        total = self.total
        data = {
            "readiness": round(done / total, 4) if total else 1.0,
            "ready": count,
            "applicable": self.controls,
            "weighted_ready": float(done),
            "weighted_total": float(total),
        }
        return assembled(Readiness, data)


NO_EVIDENCE_EFFORT_SHARE = 0.25
# Each priority's place among the severities (a priority names the severity it starts from),
# and the ranks gaps are sorted by, looked up rather than searched for.
_PRIORITY_RANK = {p: severity_rank(Severity(p.value)) for p in Priority}
_SEVERITY_RANK = {s: severity_rank(s) for s in Severity}
_PHASE_RANK = {p: phase_rank(p) for p in Phase}


def _gap_effort(effort: float, kind: GapKind) -> float:
    """Person-days to close a gap; a designed control only needs its evidence collection set up."""
    if kind is GapKind.no_evidence:
        return max(0.5, round(effort * NO_EVIDENCE_EFFORT_SHARE * 2) / 2)
    return effort


def _missing_periods(check: EvidenceCheck | None) -> list[str]:
    return [] if check is None else list(check.missing)


def _severity(priority: Priority, uncovered: int) -> Severity:
    """The control's priority, one step more severe when it is a key control of two or more
    criteria that are not ready, two steps at four or more."""
    steps = (uncovered >= 2) + (uncovered >= 4)
    return SEVERITY_ORDER[max(0, _PRIORITY_RANK[priority] - steps)]


def _framework_coverage(
    catalogue: Catalogue,
    results: list[ControlResult],
    report_type: ReportType,
    only: list[str] | None,
    scope: Scope | None = None,
) -> dict[str, FrameworkCoverage]:
    """Coverage of each framework: those named in ``only``, else those the data types of the
    ``scope`` call for (HIPAA only with health data, PCI DSS only with payment card data);
    every framework when neither is given."""
    out: dict[str, FrameworkCoverage] = {}
    type2 = report_type is ReportType.type2
    ready = {r.id: (r.type2_ready if type2 else r.type1_ready) for r in results if r.applicable}
    started = {r.id for r in results if r.applicable and r.status in STARTED}
    facts = _Facts.of(catalogue)
    for fw in catalogue.frameworks:
        if only and fw.id not in only:
            continue
        if not only and scope is not None and not fw.shown_for(scope.data_types):
            continue
        requirements = catalogue.framework_requirements[fw.id]
        if requirements.total:
            items = _items_in_order(fw.id, requirements, ready, started, facts)
        else:
            applicable = [r for r in results if r.applicable]
            items = _items_sorted(fw, applicable, report_type)
        counts = Counter(i.status for i in items)
        out[fw.id] = assembled(
            FrameworkCoverage,
            {
                "id": fw.id,
                "title": fw.title,
                "covered": counts[FrameworkStatus.covered],
                "partly_covered": counts[FrameworkStatus.partly_covered],
                "not_covered": counts[FrameworkStatus.not_covered],
                "not_mapped": counts[FrameworkStatus.not_mapped],
                "items": items,
            },
        )
    return out


def _items_in_order(
    fw_id: str,
    requirements: Requirements,
    ready: dict[str, bool],
    started: set[str],
    facts: _Facts,
) -> list[FrameworkItem]:
    """A framework's items, in the natural order the catalogue worked out once for them all.

    An item whose mapped controls all apply is the same for every report with its status: the
    catalogue's facts keep one of each."""
    items = []
    for ref, control_ids, listed in requirements.ordered:
        mapped = [c for c in control_ids if c in ready]
        if not mapped:
            if listed:
                items.append(facts.item(fw_id, ref, FrameworkStatus.not_mapped, []))
            continue
        done = sum(map(ready.__getitem__, mapped))
        if done == len(mapped):
            status = FrameworkStatus.covered
        elif done or not started.isdisjoint(mapped):
            status = FrameworkStatus.partly_covered
        else:
            status = FrameworkStatus.not_covered
        if len(mapped) == len(control_ids):
            items.append(facts.item(fw_id, ref, status, control_ids))
        else:
            items.append(
                assembled(FrameworkItem, {"id": ref, "status": status, "controls": mapped})
            )
    return items


def _items_sorted(
    fw: Framework, applicable: list[ControlResult], report_type: ReportType
) -> list[FrameworkItem]:
    """A framework's items, sorted here: for ids that share a place in the natural order (or are
    listed twice), where the order depends on which controls map to them first."""
    refs: dict[str, list[ControlResult]] = {}
    for result in applicable:
        for ref in result.mappings.get(fw.id, []):
            refs.setdefault(ref, []).append(result)
    items = [
        built(
            FrameworkItem,
            id=ref,
            status=_coverage(refs[ref], report_type),
            controls=[c.id for c in refs[ref]],
        )
        for ref in sorted(refs, key=natural_key)
    ]
    items += [
        built(FrameworkItem, id=ref, status=FrameworkStatus.not_mapped, controls=[])
        for ref in fw.ids or []
        if ref not in refs
    ]
    items.sort(key=lambda i: natural_key(i.id))
    return items


def _coverage(controls: list[ControlResult], report_type: ReportType) -> FrameworkStatus:
    """How far the controls mapped to one requirement of another framework are ready."""
    ready = [
        c for c in controls if (c.type2_ready if report_type is ReportType.type2 else c.type1_ready)
    ]
    if len(ready) == len(controls):
        return FrameworkStatus.covered
    if ready or any(c.status in STARTED for c in controls):
        return FrameworkStatus.partly_covered
    return FrameworkStatus.not_covered


@dataclass(slots=True)
class _Row:
    """One control as the scope and the answers make it."""

    control: Control
    applicable: bool
    exclusion: Exclusion | None
    reason: str | None
    answer: Answer | None
    scan: ScanState | None = None

    @property
    def failing(self) -> bool:
        return bool(self.scan and self.scan.failing)


# The scopes whose applicability a catalogue's facts keep; past this many they start again.
SCOPES_KEPT = 64
_ScopeKey = tuple[tuple[str, ...], Hosting, tuple[str, ...], tuple[str, ...]]


class _Facts:
    """What scoring needs of a catalogue that no answer changes, worked out once per catalogue
    and kept with it (``Catalogue.derived``): each control's report fields that no answer
    changes, each criterion's supporting and key controls and its result when out of scope, the
    applicability of every control to each scope seen, and the framework items that are the
    same in every report."""

    __slots__ = ("criteria", "excluded", "items", "results", "scopes")

    def __init__(self, catalogue: Catalogue) -> None:
        self.criteria: dict[str, tuple[list[str] | None, frozenset[str]]] = {}
        keys = _key_controls(catalogue)
        for criterion in catalogue.criteria:
            controls = catalogue.controls_by_criterion.get(criterion.id, [])
            # Without carve-outs the supporting controls are the applicable ones, each once.
            carved = any(c.carve_out is not None for c in controls)
            plain = None if carved else list(dict.fromkeys(c.id for c in controls))
            self.criteria[criterion.id] = (plain, keys.get(criterion.id, frozenset()))
        self.results = {c.id: _result_template(c) for c in catalogue.controls}
        self.excluded: dict[str, CriterionResult] = {}
        self.scopes: dict[_ScopeKey, list[Applicability]] = {}
        self.items: dict[tuple[str, str, FrameworkStatus], FrameworkItem] = {}

    @classmethod
    def of(cls, catalogue: Catalogue) -> _Facts:
        found = catalogue.derived.get(cls)
        if not isinstance(found, cls):
            found = catalogue.derived[cls] = cls(catalogue)
        return found

    def applicability(self, catalogue: Catalogue, scope: Scope) -> list[Applicability]:
        """Whether each control applies to ``scope``, in catalogue order: it depends only on the
        scope's categories, hosting, data types and the names of its providers."""
        key = (
            tuple(scope.categories),
            scope.hosting,
            tuple(scope.data_types),
            tuple(p.name for p in scope.subservice_organizations),
        )
        found = self.scopes.get(key)
        if found is None:
            if len(self.scopes) >= SCOPES_KEPT:
                self.scopes.clear()
            found = [applicability(c, scope, catalogue) for c in catalogue.controls]
            self.scopes[key] = found
        return found

    def supporting(
        self, catalogue: Catalogue, rows: dict[str, _Row], criterion_id: str
    ) -> tuple[list[str], frozenset[str]]:
        """The ids of a criterion's supporting controls in a report, and of its key controls."""
        plain, keys = self.criteria[criterion_id]
        if plain is None:  # a supporting control is carved out under some hosting
            return [c.id for c in _supporting(catalogue, rows, criterion_id)], keys
        return [i for i in plain if rows[i].applicable], keys

    def item(
        self, fw_id: str, ref: str, status: FrameworkStatus, controls: list[str]
    ) -> FrameworkItem:
        """The item of a requirement with all its mapped controls applicable (or none mapped)."""
        key = (fw_id, ref, status)
        found = self.items.get(key)
        if found is None:
            data = {"id": ref, "status": status, "controls": controls}
            found = self.items[key] = assembled(FrameworkItem, data)
        return found


def _rows(catalogue: Catalogue, assessment: Assessment, as_of: date) -> list[_Row]:
    rows = []
    scans = scan_states(assessment, as_of)
    answers = assessment.answers
    found = _Facts.of(catalogue).applicability(catalogue, assessment.scope)
    for control, app in zip(catalogue.controls, found, strict=True):
        answer = answers.get(control.id)
        applicable, exclusion, reason = app.applicable, app.exclusion, app.reason
        if applicable and answer is not None and answer.status is Status.not_applicable:
            applicable, exclusion, reason = False, Exclusion.not_applicable, answer.notes
        scan = scans.get(control.id) if scans else None
        rows.append(_Row(control, applicable, exclusion, reason, answer, scan))
    return rows


@dataclass(frozen=True)
class _Readiness:
    """Per applicable control: ready for Type I, for Type II, and the gap it leaves."""

    type1: dict[str, bool]
    type2: dict[str, bool]
    gaps: dict[str, GapKind]


def _judge(
    rows: list[_Row], report_type: ReportType, operation_due: bool, deficient: set[str]
) -> _Readiness:
    type1: dict[str, bool] = {}
    type2: dict[str, bool] = {}
    gaps: dict[str, GapKind] = {}
    for row in rows:
        if not row.applicable:
            continue
        cid = row.control.id
        is_designed = designed(row.control, row.answer) and not row.failing
        type1[cid] = is_designed
        type2[cid] = is_designed and (
            not operation_due
            or (
                row.answer is not None
                and row.answer.status is Status.operating
                and cid not in deficient
            )
        )
        kind = gap_kind(
            row.control,
            row.answer,
            operation_due=operation_due and report_type is ReportType.type2,
            deficient=cid in deficient,
            failing=row.failing,
        )
        if kind is not None:
            gaps[cid] = kind
    return _Readiness(type1, type2, gaps)


def _audit_exceptions(judged: _Readiness, rows: list[_Row], assessment: Assessment) -> _Readiness:
    """An open exception from the last audit makes its control not ready, and its gap an
    ``audit_exception``: the auditor's finding outranks the answer until it is closed."""
    audit = assessment.audit
    found = {e.control for e in audit.open_exceptions} if audit is not None else set()
    found &= {r.control.id for r in rows if r.applicable}
    if not found:
        return judged
    return _Readiness(
        type1={cid: ready and cid not in found for cid, ready in judged.type1.items()},
        type2={cid: ready and cid not in found for cid, ready in judged.type2.items()},
        gaps={**judged.gaps, **dict.fromkeys(sorted(found), GapKind.audit_exception)},
    )


def _exception_notes(gaps: list[Gap], assessment: Assessment) -> list[Gap]:
    """An audit-exception gap quotes the auditor's finding, management's response, the owner
    and the due date recorded with it."""
    if assessment.audit is None:
        return gaps
    found: dict[str, list[AuditException]] = {}
    for exception in assessment.audit.open_exceptions:
        found.setdefault(exception.control, []).append(exception)
    out = []
    for gap in gaps:
        if gap.kind is GapKind.audit_exception and gap.control in found:
            exceptions = found[gap.control]
            notes = [_exception_note(e) for e in exceptions]
            owner = next((e.owner for e in exceptions if e.owner), gap.owner)
            remediation = [
                "Remediate the exception the auditor reported and keep the records that show the "
                "control operating from then on, so the next report has no exception for it.",
                *gap.remediation,
            ]
            notes += [f"Interview notes: {gap.notes}"] if gap.notes else []
            gap = gap.model_copy(
                update={"notes": " ".join(notes), "owner": owner, "remediation": remediation}
            )
        out.append(gap)
    return out


def _exception_note(exception: AuditException) -> str:
    def sentence(text: str) -> str:
        return text if text.rstrip().endswith((".", "!", "?")) else text.rstrip() + "."

    note = sentence(f"Audit exception: {exception.description}")
    if exception.management_response:
        note += " " + sentence(f"Management response: {exception.management_response}")
    if exception.due_date is not None:
        note += f" Due {exception.due_date.isoformat()}."
    return note


def _supporting(catalogue: Catalogue, rows: dict[str, _Row], criterion_id: str) -> list[Control]:
    """Applicable controls supporting a criterion; a carved-out control is replaced by the
    controls that oversee the subservice organisation in its place."""
    out: list[Control] = []
    for control in catalogue.controls_by_criterion.get(criterion_id, []):
        row = rows[control.id]
        if row.applicable:
            out.append(control)
        elif row.exclusion is Exclusion.carved_out and control.carve_out is not None:
            for ref in control.carve_out.replaced_by:
                sub = catalogue.control(ref)
                if sub is not None and rows[ref].applicable:
                    out.append(sub)
    unique: dict[str, Control] = {c.id: c for c in out}
    return list(unique.values())


def _key_controls(catalogue: Catalogue) -> dict[str, frozenset[str]]:
    """The ids of each criterion's key controls: those marked key for it, and the controls that
    take the place of a carved-out key control. Among the supporting controls of a report, those
    in a criterion's set are its key controls; all of them if none is."""
    keys: dict[str, set[str]] = {}
    for control in catalogue.controls:
        for criterion_id in control.key_for:
            keys.setdefault(criterion_id, set()).add(control.id)
            if control.carve_out is not None and criterion_id in control.criteria:
                keys[criterion_id].update(control.carve_out.replaced_by)
    return {c: frozenset(ids) for c, ids in keys.items()}


@dataclass(frozen=True)
class _CriteriaOutcome:
    results: list[CriterionResult]
    gap_criteria: dict[str, list[str]]
    key_misses: Counter[str]
    uncovered: list[Criterion]

    def with_scanner_counts(self, counts: dict[str, CriterionCounts]) -> _CriteriaOutcome:
        """Findings of unmapped scanner checks, shown with the criteria they name."""
        if not counts:
            return self
        results = [
            r.model_copy(
                update={"scanner_pass": counts[r.id].passed, "scanner_fail": counts[r.id].failed}
            )
            if r.id in counts and r.status is not CriterionStatus.excluded
            else r
            for r in self.results
        ]
        return _CriteriaOutcome(results, self.gap_criteria, self.key_misses, self.uncovered)


def _criteria(
    catalogue: Catalogue, scope: Scope, rows: dict[str, _Row], ready: dict[str, bool]
) -> _CriteriaOutcome:
    results: list[CriterionResult] = []
    gap_criteria: dict[str, list[str]] = {}
    key_misses: Counter[str] = Counter()
    uncovered: list[Criterion] = []
    facts = _Facts.of(catalogue)
    for criterion in catalogue.criteria:
        if not scope.in_scope(criterion.category):
            results.append(_excluded(catalogue, facts, criterion))
            continue
        ids, keyset = facts.supporting(catalogue, rows, criterion.id)
        if not ids:
            uncovered.append(criterion)
            results.append(
                _criterion_result(
                    criterion,
                    CriterionStatus.gap,
                    warning=(
                        f"{criterion.id} is in scope but no applicable control supports it "
                        "(all answered not applicable or excluded by the scope); an auditor will "
                        "still test it"
                    ),
                )
            )
            continue
        keys = [i for i in ids if i in keyset] or ids
        not_ready = [i for i in ids if not ready[i]]
        done = len(ids) - len(not_ready)
        if all(ready[k] for k in keys):
            status = CriterionStatus.ready
        elif done:
            status = CriterionStatus.partial
        else:
            status = CriterionStatus.gap
        for control_id in not_ready:
            gap_criteria.setdefault(control_id, []).append(criterion.id)
            if status is not CriterionStatus.ready and control_id in keys:
                key_misses[control_id] += 1
        results.append(
            _criterion_result(
                criterion,
                status,
                controls=ids,
                keys=keys,
                gap_controls=not_ready,
                coverage=_coverage_of(done, len(ids)),
            )
        )
    return _CriteriaOutcome(results, gap_criteria, key_misses, uncovered)


def _excluded(catalogue: Catalogue, facts: _Facts, criterion: Criterion) -> CriterionResult:
    """A criterion whose category is out of scope: the same in every report."""
    found = facts.excluded.get(criterion.id)
    if found is None:
        title = catalogue.category_index.get(criterion.category)
        found = facts.excluded[criterion.id] = _criterion_result(
            criterion,
            CriterionStatus.excluded,
            exclusion=f"category {title.title if title else criterion.category} not in scope",
        )
    return found


@lru_cache(maxsize=1024)
def _coverage_of(ready: int, total: int) -> Coverage:
    """Coverage of ``ready`` of ``total`` supporting controls: one shared model per pair."""
    return assembled(Coverage, {"ready": ready, "total": total})


def _criterion_result(
    criterion: Criterion,
    status: CriterionStatus,
    *,
    exclusion: str | None = None,
    warning: str | None = None,
    controls: list[str] | None = None,
    keys: list[str] | None = None,
    gap_controls: list[str] | None = None,
    coverage: Coverage | None = None,
) -> CriterionResult:
    data = {
        "id": criterion.id,
        "category": criterion.category,
        "series": criterion.series,
        "title": criterion.title,
        "status": status,
        "exclusion_reason": exclusion,
        "warning": warning,
        "controls": controls or [],
        "key_controls": keys or [],
        "gap_controls": gap_controls or [],
        "coverage": coverage or _coverage_of(0, 0),
        "scanner_pass": 0,
        "scanner_fail": 0,
    }
    return assembled(CriterionResult, data)


def _uncovered_gap(criterion: Criterion, catalogue: Catalogue, rows: dict[str, _Row]) -> Gap:
    supporting = catalogue.controls_by_criterion.get(criterion.id, [])
    names = ", ".join(c.id for c in supporting) or "none in the catalogue"
    reasons = "; ".join(f"{c.id}: {rows[c.id].reason}" for c in supporting if rows[c.id].reason)
    return Gap(
        control=criterion.id,
        title=f"{criterion.id} has no applicable control: {criterion.title}",
        criteria=[criterion.id],
        kind=GapKind.uncovered,
        severity=Severity.high,
        status=None,
        documented=False,
        remediation=[
            f"Common Criteria are always in scope: show the auditor how {criterion.id} is met. "
            f"Review the controls that support it ({names}) and answer the ones that do apply, "
            "even in a simple form suited to a small company.",
            "If another control of yours meets the criterion, add it to the catalogue overlay "
            "with this criterion in its list.",
        ],
        evidence=[],
        effort_days=1.0,
        owner="Security Lead",
        phase=Phase.foundation,
        notes=reasons,
        missing_periods=[],
    )


def _control_results(
    catalogue: Catalogue, rows: list[_Row], judged: _Readiness
) -> list[ControlResult]:
    """The controls as the report lists them; their lists are the catalogue's own (shared)."""
    templates = _Facts.of(catalogue).results
    type1, type2 = judged.type1, judged.type2
    results = []
    for row in rows:
        control, answer, scan = row.control, row.answer, row.scan
        cid = control.id
        data = templates[cid].copy()  # every field in order: what no answer changes filled in
        data["applicable"] = row.applicable
        data["exclusion"] = row.exclusion
        data["exclusion_reason"] = row.reason
        if answer is not None:
            data["status"] = answer.status
            data["documented"] = answer.documented
            data["answered"] = True
            data["notes"] = answer.notes
            if answer.owner:
                data["owner"] = answer.owner
            data["designed"] = row.applicable and designed(control, answer)
        data["type1_ready"] = type1.get(cid, False)
        data["type2_ready"] = type2.get(cid, False)
        if scan:
            data["automated"] = scan.latest
            data["failing_checks"] = scan.failing
            data["accepted_checks"] = scan.accepted
        results.append(assembled(ControlResult, data))
    return results


def _result_template(control: Control) -> dict[str, Any]:
    """A control's ``ControlResult`` fields in declaration order, as an unanswered control that
    does not apply has them; scoring copies it and sets what the report changes."""
    return {
        "id": control.id,
        "title": control.title,
        "domain": control.domain,
        "type": control.type,
        "frequency": control.frequency,
        "priority": control.priority,
        "criteria": control.criteria,
        "applicable": False,
        "exclusion": None,
        "exclusion_reason": None,
        "status": None,
        "documented": False,
        "documentation": control.documentation,
        "key_for": control.key_for,
        "answered": False,
        "notes": "",
        "owner": control.owner,
        "designed": False,
        "type1_ready": False,
        "type2_ready": False,
        "evidence": control.evidence_texts,
        "operating_evidence": control.evidence_of(EvidenceKind.operating),
        "mappings": _sorted_mappings(control),
        "automated": [],
        "failing_checks": [],
        "accepted_checks": [],
    }


def _evidence_to_collect(control: Control, kind: GapKind) -> list[str]:
    """What closes the gap: the documents an undocumented control lacks, the records a control
    without evidence lacks, otherwise every example."""
    wanted = _WANTED_EVIDENCE.get(kind)
    if wanted is not None and (texts := control.evidence_of(wanted)):
        return texts
    return control.evidence_texts


_WANTED_EVIDENCE = {
    GapKind.undocumented: EvidenceKind.design,
    GapKind.no_evidence: EvidenceKind.operating,
}


def _sorted_mappings(control: Control) -> dict[str, list[str]]:
    """The control's mappings by framework id; the catalogue's own dict when already in order."""
    mappings = control.mappings
    keys = list(mappings)
    if keys == sorted(keys):
        return mappings
    return {k: mappings[k] for k in sorted(keys)}


def _gaps(
    catalogue: Catalogue,
    rows: list[_Row],
    kinds: dict[str, GapKind],
    crit: _CriteriaOutcome,
    deficient: dict[str, EvidenceCheck],
) -> list[Gap]:
    gaps: list[Gap] = []
    if crit.uncovered:
        by_id = {r.control.id: r for r in rows}
        gaps += [_uncovered_gap(c, catalogue, by_id) for c in crit.uncovered]
    domains = catalogue.domain_index
    key_misses = crit.key_misses
    for row in rows:
        kind = kinds.get(row.control.id)
        if kind is None:
            continue
        control, answer = row.control, row.answer
        phase = Phase.operational if kind is GapKind.no_evidence else domains[control.domain].phase
        data = {
            "control": control.id,
            "title": control.title,
            "criteria": crit.gap_criteria.get(control.id, []),
            "kind": kind,
            "severity": _severity(control.priority, key_misses.get(control.id, 0)),
            "status": answer.status if answer else None,
            "documented": bool(answer and answer.documented),
            "remediation": control.remediation,
            "evidence": _evidence_to_collect(control, kind),
            "effort_days": _gap_effort(control.effort_days, kind),
            "owner": answer.owner if answer and answer.owner else control.owner,
            "phase": phase,
            "notes": answer.notes if answer else "",
            "missing_periods": _missing_periods(deficient.get(control.id)),
            "failing": row.scan.failing if row.scan and kind is GapKind.failing_check else [],
        }
        gaps.append(assembled(Gap, data))
    gaps.sort(key=lambda g: (_PHASE_RANK[g.phase], _SEVERITY_RANK[g.severity], g.control))
    return gaps


def _summary(
    catalogue: Catalogue,
    scope: Scope,
    rows: list[_Row],
    judged: _Readiness,
    criteria: list[CriterionResult],
    gaps: list[Gap],
    window_started: bool,
) -> Summary:
    applicable = [r for r in rows if r.applicable]
    report_type = scope.report_type
    overall, by_category = _tallies(catalogue, scope, applicable, judged)
    type1, type2 = overall.readiness(False), overall.readiness(True)
    by_status = Counter(r.answer.status.value if r.answer else "unanswered" for r in applicable)
    answered = len(applicable) - by_status["unanswered"]
    statuses = [s.value for s in Status if s is not Status.not_applicable] + ["unanswered"]
    kinds = Counter(g.kind for g in gaps)
    severities = Counter(g.severity for g in gaps)
    counts = Counter(c.status for c in criteria)
    data = {
        "report_type": report_type,
        "readiness": (type2 if report_type is ReportType.type2 else type1).readiness,
        "type1": type1,
        "type2": type2,
        "type2_window_started": window_started,
        "draft": answered < len(applicable),
        "answered": answered,
        "applicable": len(applicable),
        "categories": _category_summaries(catalogue, by_category, criteria),
        "controls_total": len(rows),
        "controls_applicable": len(applicable),
        "controls_excluded": len(rows) - len(applicable),
        "controls_by_status": {s: by_status.get(s, 0) for s in statuses},
        "criteria_ready": counts[CriterionStatus.ready],
        "criteria_partial": counts[CriterionStatus.partial],
        "criteria_gap": counts[CriterionStatus.gap],
        "criteria_excluded": counts[CriterionStatus.excluded],
        "criteria_in_scope": len(criteria) - counts[CriterionStatus.excluded],
        "gaps_total": len(gaps),
        "gaps_by_kind": {k.value: kinds[k] for k in GapKind},
        "gaps_by_severity": {s.value: severities[s] for s in SEVERITY_ORDER},
    }
    return assembled(Summary, data)


def _tallies(
    catalogue: Catalogue, scope: Scope, applicable: list[_Row], judged: _Readiness
) -> tuple[_Tally, dict[str, _Tally]]:
    """Readiness over all applicable controls, and per category in scope over the controls that
    support it: one pass."""
    overall = _Tally()
    by_category = {c.id: _Tally() for c in catalogue.categories if scope.in_scope(c.id)}
    categories = catalogue.control_categories
    type1, type2 = judged.type1, judged.type2
    for row in applicable:
        cid = row.control.id
        weight, ready1, ready2 = WEIGHTS[row.control.priority], type1[cid], type2[cid]
        overall.add(weight, ready1, ready2)
        for category in categories[cid]:
            tally = by_category.get(category)
            if tally is not None:
                tally.add(weight, ready1, ready2)
    return overall, by_category


def _category_summaries(
    catalogue: Catalogue, by_category: dict[str, _Tally], criteria: list[CriterionResult]
) -> list[CategorySummary]:
    """Readiness per category in scope, over the applicable controls that support it."""
    counts = Counter((c.category, c.status) for c in criteria)
    totals = Counter(c.category for c in criteria)
    out = []
    for category in catalogue.categories:
        tally = by_category.get(category.id)
        if tally is None:
            continue
        data = {
            "category": category.id,
            "title": category.title,
            "type1": tally.readiness(False),
            "type2": tally.readiness(True),
            "criteria_ready": counts[category.id, CriterionStatus.ready],
            "criteria_partial": counts[category.id, CriterionStatus.partial],
            "criteria_gap": counts[category.id, CriterionStatus.gap],
            "criteria_total": totals[category.id],
        }
        out.append(assembled(CategorySummary, data))
    return out


def observation_window(scope: Scope) -> ObservationPeriod | None:
    """The Type II window to check evidence against, if the scope has one."""
    if scope.report_type is ReportType.type2:
        return scope.observation_period
    return None


def _evidence_checks(
    rows: list[_Row], assessment: Assessment, window: ObservationPeriod | None, as_of: date
) -> list[EvidenceCheck]:
    """The evidence register checked for every applicable control."""
    register = assessment.evidence
    report_type = assessment.scope.report_type
    checks = []
    for row in rows:
        if not row.applicable:
            continue
        control = row.control
        items: Sequence[EvidenceItem] = register.get(control.id, ())
        if row.scan:
            items = [*items, *row.scan.samples]
        checks.append(
            check_control(
                control.id,
                control.title,
                control.frequency,
                row.answer.status if row.answer else None,
                items,
                report_type=report_type,
                window=window,
                as_of=as_of,
            )
        )
    return checks


def _report_scope(catalogue: Catalogue, scope: Scope, capacity: float) -> ReportScope:
    """The scope as the report states it: every category in scope, and the capacity planned with."""
    # The scope was validated when the file was read; only the two values set here are new.
    data = {name: getattr(scope, name) for name in Scope.__pydantic_fields__}
    data["categories"] = [c.id for c in catalogue.categories if scope.in_scope(c.id)]
    data["capacity_days_per_week"] = float(capacity)
    return assembled(ReportScope, data)


def _capacity(scope: Scope, override: float | None) -> tuple[float, CapacitySource]:
    """Person-days a week for remediation, and where the figure came from."""
    if override is not None:
        return override, CapacitySource.option
    if scope.capacity_days_per_week is not None:
        return scope.capacity_days_per_week, CapacitySource.scope
    return scope.capacity, CapacitySource.default


def _method(window_started: bool) -> Method:
    return Method(
        description=METHOD_TEXT,
        weights={p.value: w for p, w in WEIGHTS.items()},
        ready_statuses={
            "type1": ["implemented", "operating"],
            "type2": ["operating"] if window_started else ["implemented", "operating"],
        },
    )


@dataclass(frozen=True)
class _Lists:
    """The report's lists of controls that are not gaps: unanswered, to follow up, not applicable."""

    unanswered: list[Unanswered]
    follow_ups: list[FollowUp]
    not_applicable: list[NotApplicable]

    @classmethod
    def of(cls, rows: list[_Row]) -> _Lists:
        applicable = [r for r in rows if r.applicable]
        return cls(
            unanswered=[
                assembled(
                    Unanswered,
                    {"control": r.control.id, "title": r.control.title, "owner": r.control.owner},
                )
                for r in applicable
                if r.answer is None
            ],
            follow_ups=[
                assembled(
                    FollowUp,
                    {
                        "control": r.control.id,
                        "question": r.control.question,
                        "owner": r.control.owner,
                    },
                )
                for r in applicable
                if r.answer is not None and r.answer.status is Status.unknown
            ],
            not_applicable=[
                assembled(
                    NotApplicable,
                    {"control": r.control.id, "title": r.control.title, "reason": r.reason or ""},
                )
                for r in rows
                if r.exclusion is Exclusion.not_applicable
            ],
        )


def _catalogue_ref(catalogue: Catalogue) -> CatalogueRef:
    info = catalogue.catalogue
    return CatalogueRef(id=info.id, version=info.version, title=info.title)


def score(
    catalogue: Catalogue,
    assessment: Assessment,
    *,
    as_of: date,
    tool_version: str,
    capacity_days_per_week: float | None = None,
    frameworks: list[str] | None = None,
) -> Report:
    """Score an assessment and plan the remediation; ``capacity_days_per_week`` overrides the
    scope's capacity, ``frameworks`` limits the framework coverage to those ids, in detail."""
    scope = assessment.scope
    report_type = scope.report_type
    rows = _rows(catalogue, assessment, as_of)
    window = observation_window(scope)
    window_started = window is not None and as_of >= window.start
    checks = _evidence_checks(rows, assessment, window, as_of)
    deficient = {c.control: c for c in checks if c.deficient}
    judged = _judge(rows, report_type, window_started, set(deficient))
    judged = _audit_exceptions(judged, rows, assessment)
    ready = judged.type2 if report_type is ReportType.type2 else judged.type1
    crit = _criteria(catalogue, scope, {r.control.id: r for r in rows}, ready).with_scanner_counts(
        criterion_counts(assessment, as_of)
    )
    gaps = _exception_notes(_gaps(catalogue, rows, judged.gaps, crit, deficient), assessment)
    controls = _control_results(catalogue, rows, judged)
    capacity, src = _capacity(scope, capacity_days_per_week)
    lists = _Lists.of(rows)
    return Report(
        schema_version=REPORT_SCHEMA_VERSION,
        tool_version=tool_version,
        catalogue=_catalogue_ref(catalogue),
        scope=_report_scope(catalogue, scope, capacity),
        method=_method(window_started),
        summary=_summary(catalogue, scope, rows, judged, crit.results, gaps, window_started),
        criteria=crit.results,
        controls=controls,
        gaps=gaps,
        unanswered=lists.unanswered,
        warnings=[c.warning for c in crit.results if c.warning],
        plan=build_plan(
            gaps, scope, as_of=as_of, capacity_days_per_week=capacity, capacity_from=src
        ),
        frameworks=_framework_coverage(catalogue, controls, report_type, frameworks, scope),
        framework_focus=list(frameworks or []),
        follow_ups=lists.follow_ups,
        not_applicable=lists.not_applicable,
        unknown_answers=unknown_answers(assessment, catalogue),
        domains={d.id: d.title for d in catalogue.domains},
        category_titles={c.id: c.title for c in catalogue.categories},
        data_type_titles={d.id: d.title for d in catalogue.data_types},
        evidence=summarise(
            checks,
            in_use=bool(assessment.evidence),
            report_type=report_type,
            window=window,
            as_of=as_of,
        ),
        **_records(assessment),
    )


def _records(assessment: Assessment) -> dict[str, Any]:
    """What the report repeats from the file as it is: scanner files, waivers, interviews."""
    return {
        "scans": sorted(assessment.scans, key=lambda s: (s.scanned_at, s.sha256)),
        "waivers": list(assessment.waivers),
        "interviews": list(assessment.interviews),
    }
