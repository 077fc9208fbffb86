"""The catalogue: pydantic models, the directory loader, overlay merge and cross-checks."""

from __future__ import annotations

import contextlib
import re
import signal
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic_core import PydanticCustomError

from soc2cli import files
from soc2cli.errors import CatalogueError, InputError
from soc2cli.files import KeyPath, LoadedYaml
from soc2cli.vocabulary import (
    ControlType,
    Documentation,
    EvidenceKind,
    Frequency,
    Frozen,
    Hosting,
    NonEmpty,
    Phase,
    Priority,
    ServiceType,
)

CRITERION_ID = r"^(CC[1-9]|A1|C1|PI1|P[1-8])\.[1-9][0-9]{0,3}$"
CONTROL_ID = r"^[A-Z]{2,5}-[0-9]{2,4}$"


class CatalogueInfo(Frozen):
    """Identity of a catalogue and the credit for its structure."""

    id: NonEmpty
    version: NonEmpty
    title: NonEmpty
    source: NonEmpty = Field(description="Credit for the structure the catalogue follows")
    notice: str = ""


class Category(Frozen):
    """A Trust Services category (security, availability, ...)."""

    id: Annotated[str, Field(pattern=r"^[a-z_]+$")]
    title: NonEmpty
    description: NonEmpty
    always_in_scope: bool = False


class Series(Frozen):
    """A criterion series such as CC6 (logical and physical access)."""

    id: Annotated[str, Field(pattern=r"^(CC[1-9]|A1|C1|PI1|P[1-8])$")]
    name: NonEmpty
    category: NonEmpty


class Domain(Frozen):
    """A family of controls; its prefix starts every control id in it."""

    id: Annotated[str, Field(pattern=r"^[a-z_]+$")]
    prefix: Annotated[str, Field(pattern=r"^[A-Z]{2,5}$")]
    title: NonEmpty
    phase: Phase = Field(description="Remediation phase that gaps in this domain belong to")


class DataType(Frozen):
    """A kind of data the scope can declare (the vocabulary for scope.data_types)."""

    id: Annotated[str, Field(pattern=r"^[a-z_]+$")]
    title: NonEmpty
    description: NonEmpty


class Framework(Frozen):
    """Another framework controls map to; ids are checked against ``ids`` or ``pattern``."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    title: NonEmpty
    pattern: str | None = None
    ids: list[str] | None = None
    data_types: list[str] = Field(
        default_factory=list,
        description="Reports show coverage of this framework only when the scope holds one of "
        "these data types (HIPAA with health data); empty: always",
    )

    def shown_for(self, data_types: list[str]) -> bool:
        """Whether a report on a scope holding ``data_types`` shows this framework's coverage."""
        return not self.data_types or any(d in self.data_types for d in data_types)

    @field_validator("pattern")
    @classmethod
    def _safe_pattern(cls, value: str | None) -> str | None:
        return None if value is None else check_pattern(value)

    def accepts(self, ref: str) -> bool:
        """Whether ``ref`` is an id of this framework; PatternTooSlow when the pattern stalls."""
        if self.ids is not None and ref not in self.ids:
            return False
        if self.pattern is None:
            return True
        return len(ref) <= MAX_ID_LENGTH and _fullmatch_in_time(self.pattern, ref)


# A framework's id pattern comes from a user's catalogue and runs on every mapped id. Nested
# repetition such as (a+)+ backtracks exponentially, so it is refused, and every match is bounded
# in time as well (other shapes, such as (a|aa)+, can also backtrack without end).
MAX_PATTERN_LENGTH = 300
MAX_ID_LENGTH = 100
PATTERN_SECONDS = 1.0
_BIG_REPEAT = 20


class PatternTooSlow(Exception):
    """A framework pattern ran past PATTERN_SECONDS on one id."""


def check_pattern(value: str) -> str:
    """``value`` if it is a regular expression that cannot backtrack exponentially; ValueError."""
    if len(value) > MAX_PATTERN_LENGTH:
        raise ValueError(f"the pattern is longer than {MAX_PATTERN_LENGTH} characters")
    try:
        parsed = re._parser.parse(value)  # type: ignore[attr-defined]
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    if _nested_repeat(list(parsed), inside=False):
        raise ValueError(
            "nested repetition such as (a+)+ can take exponential time to match; "
            "bound the outer repeat, e.g. (\\.[0-9]{1,2}){1,3}"
        )
    return value


def _nested_repeat(items: list[Any], *, inside: bool) -> bool:
    """Whether a repeat of more than one item sits inside a long or unbounded repeat."""
    for op, arg in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _, high, body = arg
            if inside and high > 1:
                return True
            big = name != "POSSESSIVE_REPEAT" and high > _BIG_REPEAT
            if _nested_repeat(list(body), inside=inside or big):
                return True
        elif any(_nested_repeat(list(part), inside=inside) for part in _parts(name, arg)):
            return True
    return False


def _parts(name: str, arg: Any) -> list[Any]:
    """The sub-patterns of a group, an alternation or a lookaround."""
    if name == "SUBPATTERN":
        return [arg[-1]]
    if name == "BRANCH":
        return list(arg[1])
    if name in ("ASSERT", "ASSERT_NOT"):
        return [arg[1]]
    return []


def _too_slow(signum: int, frame: Any) -> None:
    raise PatternTooSlow


def _fullmatch_in_time(pattern: str, ref: str) -> bool:
    """``re.fullmatch``, stopped after PATTERN_SECONDS (in the main thread, where a timer can
    interrupt it: the regex engine checks for signals as it backtracks)."""
    if pattern in _SLOW:
        raise PatternTooSlow  # once is enough: every other id would cost the same second
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        return re.fullmatch(pattern, ref) is not None
    previous = signal.signal(signal.SIGALRM, _too_slow)
    outer = signal.setitimer(signal.ITIMER_REAL, PATTERN_SECONDS)
    try:
        return re.fullmatch(pattern, ref) is not None
    except PatternTooSlow:
        _SLOW.add(pattern)
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, *outer)
        signal.signal(signal.SIGALRM, previous)


_SLOW: set[str] = set()


# What validation gives every instance a copy of, shared once it is built: a catalogue holds one
# Control and one Criterion per item (17,400 and 6,100 at the largest size measured), and each
# instance would otherwise carry its own set of field names (pydantic copies the set before it
# changes one) and its own copy of every text, however often the text repeats.
_FIELD_SETS: dict[frozenset[str], set[str]] = {}
_set = object.__setattr__  # past a frozen model's or dataclass's __setattr__
_RULES: dict[tuple[tuple[str, ...], tuple[Hosting, ...], tuple[str, ...]], Applicability] = {}


def _share(model: Frozen) -> None:
    """Give ``model`` the shared set of its field names, and interned texts (plain and in
    lists of texts). The values stay equal: only duplicate copies go."""
    data = model.__dict__
    for name, value in data.items():
        kind = type(value)
        if kind is str:
            data[name] = sys.intern(value)
        elif kind is list and value and type(value[0]) is str:
            value[:] = [sys.intern(v) if type(v) is str else v for v in value]
    fields = model.__pydantic_fields_set__
    _set(model, "__pydantic_fields_set__", _FIELD_SETS.setdefault(frozenset(fields), fields))


class Criterion(Frozen):
    """One Trust Services criterion, stated in the project's own words."""

    id: Annotated[str, Field(pattern=CRITERION_ID)]
    category: NonEmpty
    series: NonEmpty
    title: NonEmpty
    summary: NonEmpty
    coso_principle: Annotated[int, Field(ge=1, le=17)] | None = None
    points_of_focus: Annotated[list[NonEmpty], Field(min_length=1)]

    @model_validator(mode="after")
    def _shared(self) -> Criterion:
        _share(self)
        return self


class Guidance(Frozen):
    """Plain-language help shown with a question."""

    good: NonEmpty = Field(description="What good looks like")
    auditor_asks: NonEmpty = Field(description="What an auditor will ask to see")


class Applicability(Frozen):
    """When a control applies. Each listed dimension must match (any of its values)."""

    categories: list[str] = Field(default_factory=list)
    hosting: list[Hosting] = Field(default_factory=list)
    data_types: list[str] = Field(default_factory=list)


class CarveOut(Frozen):
    """Hosting models under which a subservice organisation performs this control."""

    hosting: Annotated[list[Hosting], Field(min_length=1)]
    replaced_by: Annotated[list[NonEmpty], Field(min_length=1)]
    reason: NonEmpty


# How an evidence example is written in a catalogue file: a tagged text, or a plain text, which is
# an operating record (what an overlay written before the kinds existed meant). The {text, kind}
# form is what `soc2 catalogue export` writes and the cache stores.
_TEXT = {"type": "string", "minLength": 1}
EVIDENCE_INPUT_SCHEMA: dict[str, Any] = {
    "title": "Evidence example",
    "description": (
        "design: TEXT for a document that shows how the control works (a policy, procedure, "
        "configuration or diagram); operating: TEXT for a record that shows it ran (a ticket, "
        "log, sign-off, review minutes or export over the period); a plain text is operating"
    ),
    "anyOf": [
        _TEXT,
        *(
            {
                "type": "object",
                "properties": {kind.value: _TEXT},
                "required": [kind.value],
                "additionalProperties": False,
            }
            for kind in EvidenceKind
        ),
        {
            "type": "object",
            "properties": {"text": _TEXT, "kind": {"enum": [k.value for k in EvidenceKind]}},
            "required": ["text", "kind"],
            "additionalProperties": False,
        },
    ],
}
_EVIDENCE_FORMS = "an evidence example is a text, or 'design: TEXT' or 'operating: TEXT'"
# The error type of a badly written item; its context names the item, which the loader adds to the
# location (an error raised for the whole list is otherwise placed at the list).
EVIDENCE_ITEM_ERROR = "evidence_item"


# A slotted dataclass, not a model: a catalogue holds one per item (17,400 controls at the largest
# size measured), and each model instance carries its own __dict__ and set of fields.
@pydantic_dataclass(frozen=True, slots=True, config=ConfigDict(extra="forbid"))
class EvidenceExample:
    """One example of what an auditor examines for a control, and which kind of evidence it is."""

    text: NonEmpty
    kind: EvidenceKind


def _evidence_items(value: Any) -> Any:
    """A control's evidence list with every item as {text, kind}; the items written so already
    (the cache, an export) pass as they are, so only a hand-written file costs a conversion."""
    if not isinstance(value, list):
        return value
    out = []
    for index, item in enumerate(value):
        if isinstance(item, EvidenceExample) or (isinstance(item, dict) and "text" in item):
            out.append(item)
        elif isinstance(item, str) and item:
            out.append({"text": item, "kind": EvidenceKind.operating})
        else:
            out.append(_tagged_item(item, index))
    return out


def _tagged_item(item: Any, index: int) -> dict[str, str]:
    """``design: TEXT`` or ``operating: TEXT`` as {text, kind}; an error at the item otherwise."""
    kind = next(iter(item)) if isinstance(item, dict) and len(item) == 1 else ""
    if not isinstance(kind, str) or kind not in EvidenceKind.__members__:
        message = "an evidence example cannot be empty" if item == "" else _EVIDENCE_FORMS
        raise PydanticCustomError(EVIDENCE_ITEM_ERROR, message, {"index": index})
    text = item[kind]
    if not isinstance(text, str) or not text:
        message = f"the {kind} evidence example must be a text, not empty"
        raise PydanticCustomError(EVIDENCE_ITEM_ERROR, message, {"index": index})
    return {"text": text, "kind": kind}


class SubserviceControl(Frozen):
    """A complementary subservice organisation control: what a provider of a service type is
    relied on to do, stated as the provider's responsibility."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    text: NonEmpty
    criteria: Annotated[list[Annotated[str, Field(pattern=CRITERION_ID)]], Field(min_length=1)]


class ServiceControls(Frozen):
    """The complementary subservice organisation controls of one service type."""

    service: ServiceType
    includes: list[ServiceType] = Field(
        default_factory=list,
        description="Service types whose controls this one also relies on (a managed database "
        "runs on infrastructure)",
    )
    controls: list[SubserviceControl] = Field(default_factory=list)


class Control(Frozen):
    """A control in the library, with its interview question and everything a plan needs."""

    id: Annotated[str, Field(pattern=CONTROL_ID)]
    title: NonEmpty
    description: NonEmpty
    domain: NonEmpty
    type: ControlType
    frequency: Frequency
    criteria: Annotated[list[Annotated[str, Field(pattern=CRITERION_ID)]], Field(min_length=1)]
    question: NonEmpty
    guidance: Guidance
    applies_when: Applicability = Field(default_factory=Applicability)
    carve_out: CarveOut | None = None
    evidence: Annotated[
        list[Annotated[EvidenceExample, WithJsonSchema(EVIDENCE_INPUT_SCHEMA, mode="validation")]],
        Field(
            min_length=2,
            description="What an auditor examines: design documents and, at least one, operating "
            "records",
        ),
    ]
    remediation: Annotated[list[NonEmpty], Field(min_length=1)]
    effort_days: Annotated[float, Field(gt=0, le=365)]
    priority: Priority
    owner: NonEmpty
    documentation: Documentation = Field(
        default=Documentation.required,
        description="Whether an auditor needs a written policy, standard or procedure for it",
    )
    key_for: list[Annotated[str, Field(pattern=CRITERION_ID)]] = Field(
        default_factory=list,
        description="Criteria (of its own) that an auditor would not accept as met without it",
    )
    mappings: dict[str, list[NonEmpty]] = Field(default_factory=dict)

    @field_validator("evidence", mode="before")
    @classmethod
    def _evidence_forms(cls, value: Any) -> Any:
        return _evidence_items(value)

    @field_validator("evidence")
    @classmethod
    def _one_operating(
        cls, value: list[EvidenceExample], info: ValidationInfo
    ) -> list[EvidenceExample]:
        if all(e.kind is not EvidenceKind.operating for e in value):
            raise ValueError(
                f"control {info.data.get('id', '')} needs at least one operating evidence "
                "example: a record that shows the control ran (write it as 'operating: TEXT')"
            )
        return value

    @model_validator(mode="after")
    def _shared(self) -> Control:
        _share(self)
        _share(self.guidance)
        if self.carve_out is not None:
            _share(self.carve_out)
        rule = self.applies_when
        key = (tuple(rule.categories), tuple(rule.hosting), tuple(rule.data_types))
        shared = _RULES.get(key)
        if shared is None:  # equal rules (most controls have none): one instance of each
            _share(rule)
            shared = _RULES[key] = rule
        self.__dict__["applies_when"] = shared
        for example in self.evidence:
            _set(example, "text", sys.intern(example.text))
        return self

    @cached_property
    def evidence_texts(self) -> list[str]:
        """Every evidence example's text, in catalogue order."""
        return [e.text for e in self.evidence]

    def evidence_of(self, kind: EvidenceKind) -> list[str]:
        """The texts of the evidence examples of one kind, in catalogue order."""
        return self._texts_by_kind[kind]

    @cached_property
    def _texts_by_kind(self) -> dict[EvidenceKind, list[str]]:
        return {k: [e.text for e in self.evidence if e.kind is k] for k in EvidenceKind}


class ScannerChecks(Frozen):
    """One scanner's check ids for one provider, each mapped to the controls it evidences.

    Every check the scanner knows is listed; an empty list means "reviewed: evidences no
    control of this catalogue", so a check id missing from every list is unknown.
    """

    scanner: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    provider: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    checks: dict[str, list[Annotated[str, Field(pattern=CONTROL_ID)]]]


class CatalogueFile(Frozen):
    """What one YAML file of a catalogue directory may hold."""

    catalogue: CatalogueInfo | None = None
    categories: list[Category] = Field(default_factory=list)
    series: list[Series] = Field(default_factory=list)
    domains: list[Domain] = Field(default_factory=list)
    data_types: list[DataType] = Field(default_factory=list)
    frameworks: list[Framework] = Field(default_factory=list)
    criteria: list[Criterion] = Field(default_factory=list)
    controls: list[Control] = Field(default_factory=list)
    scanner_checks: list[ScannerChecks] = Field(default_factory=list)
    subservice_controls: list[ServiceControls] = Field(default_factory=list)


class Catalogue(Frozen):
    """A whole, cross-checked catalogue."""

    catalogue: CatalogueInfo
    categories: list[Category]
    series: list[Series]
    domains: list[Domain]
    data_types: list[DataType]
    frameworks: list[Framework]
    criteria: list[Criterion]
    controls: list[Control]
    scanner_checks: list[ScannerChecks] = Field(default_factory=list)
    subservice_controls: list[ServiceControls] = Field(default_factory=list)

    def controls_of_service(self, service: ServiceType) -> list[SubserviceControl]:
        """The complementary subservice organisation controls a provider of ``service`` is
        relied on for, with those of the services it includes first; each once."""
        by_service = {entry.service: entry for entry in self.subservice_controls}
        seen: set[ServiceType] = set()
        found: dict[str, SubserviceControl] = {}

        def visit(current: ServiceType) -> None:
            if current in seen or current not in by_service:
                return
            seen.add(current)  # before its includes: an include cycle ends here
            for included in by_service[current].includes:
                visit(included)
            for control in by_service[current].controls:
                found.setdefault(control.id, control)

        visit(service)
        return list(found.values())

    # The indexes below are plain dicts in the instance's __dict__ (cached_property): read in the
    # scoring loops, a pydantic private attribute costs a slow __getattr__ on every lookup.
    @cached_property
    def criterion_index(self) -> dict[str, Criterion]:
        return {c.id: c for c in self.criteria}

    @cached_property
    def control_index(self) -> dict[str, Control]:
        return {c.id: c for c in self.controls}

    def criterion(self, criterion_id: str) -> Criterion | None:
        return self.criterion_index.get(criterion_id)

    def check_map(self, scanner: str) -> dict[str, dict[str, list[str]]]:
        """provider -> check id -> control ids for one scanner; later entries override."""
        out: dict[str, dict[str, list[str]]] = {}
        for entry in self.scanner_checks:
            if entry.scanner == scanner:
                out.setdefault(entry.provider, {}).update(entry.checks)
        return out

    def control(self, control_id: str) -> Control | None:
        return self.control_index.get(control_id)

    def similar_ids(self, key: str) -> list[str]:
        """Up to three criterion or control ids close to ``key``, for "did you mean"."""
        import difflib

        ids = [c.id for c in self.criteria] + [c.id for c in self.controls]
        return difflib.get_close_matches(key, ids, n=3)

    @cached_property
    def controls_by_criterion(self) -> dict[str, list[Control]]:
        """Controls supporting each criterion, in catalogue order."""
        out: dict[str, list[Control]] = {c.id: [] for c in self.criteria}
        for control in self.controls:
            for criterion_id in control.criteria:
                out.setdefault(criterion_id, []).append(control)
        return out

    @cached_property
    def framework_requirements(self) -> dict[str, Requirements]:
        """Per framework: the requirement ids it lists or the controls map to, in natural order,
        each with the ids of the controls mapped to it (in catalogue order)."""
        mapped: dict[str, dict[str, list[str]]] = {fw.id: {} for fw in self.frameworks}
        for control in self.controls:
            for fw_id, refs in control.mappings.items():
                index = mapped.setdefault(fw_id, {})
                for ref in refs:
                    ids = index.get(ref)
                    if ids is None:
                        index[ref] = [control.id]
                    else:
                        ids.append(control.id)
        return {fw.id: Requirements.of(fw, mapped[fw.id]) for fw in self.frameworks}

    @cached_property
    def control_categories(self) -> dict[str, frozenset[str]]:
        """The categories of the criteria each control supports, by control id."""
        index = self.criterion_index
        shared: dict[frozenset[str], frozenset[str]] = {}  # few distinct sets: keep one of each
        out = {}
        for control in self.controls:
            found = frozenset(index[x].category for x in control.criteria if x in index)
            out[control.id] = shared.setdefault(found, found)
        return out

    @cached_property
    def derived(self) -> dict[type, object]:
        """What other modules work out of the catalogue once and keep with it, by the class that
        holds it (scoring's per-control facts): a loaded catalogue never changes."""
        return {}

    @cached_property
    def domain_index(self) -> dict[str, Domain]:
        return {d.id: d for d in self.domains}

    @cached_property
    def category_index(self) -> dict[str, Category]:
        return {c.id: c for c in self.categories}

    @cached_property
    def series_index(self) -> dict[str, Series]:
        return {s.id: s for s in self.series}


@lru_cache(maxsize=4096)  # the same requirement ids are sorted again and again
def natural_key(value: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders the numbers in an id by value: A.5.2 before A.5.10."""
    parts: list[tuple[int, int | str]] = []
    token = ""
    for ch in value + "\0":
        if ch.isdigit():
            token += ch
            continue
        if token:
            parts.append((0, int(token)))
            token = ""
        if ch != "\0":
            parts.append((1, ch))
    return tuple(parts)


@dataclass(frozen=True)
class Requirements:
    """One framework's requirement ids that the catalogue names, in natural order."""

    # (id, ids of the controls mapped to it, whether the framework lists it)
    ordered: list[tuple[str, list[str], bool]]
    # No two ids share a place in the natural order and none is listed twice, so the order is
    # the same whichever subset of them a report shows.
    total: bool

    @classmethod
    def of(cls, framework: Framework, mapped: dict[str, list[str]]) -> Requirements:
        listed = framework.ids or []
        ids = sorted(set(mapped) | set(listed), key=lambda i: (natural_key(i), i))
        keys = {natural_key(i) for i in ids}
        unique = set(listed)
        return cls(
            ordered=[(i, mapped.get(i, []), i in unique) for i in ids],
            total=len(keys) == len(ids) and len(unique) == len(listed),
        )


@dataclass(frozen=True)
class Origin:
    """Where an item was defined: for located cross-check messages."""

    doc: LoadedYaml
    path: KeyPath

    def error(self, message: str, *suffix: str | int) -> InputError:
        return self.doc.error((*self.path, *suffix), message)


class LoadResult(Frozen):
    """A validated catalogue and the warnings found on the way (what the cache keeps)."""

    catalogue: Catalogue
    warnings: list[str]


# The code that turns catalogue files into a LoadResult: part of the cache key, so a changed model,
# loader or YAML reader never meets an entry an older one wrote.
SHAPING_CODE = tuple(
    Path(__file__).parent / name
    for name in ("catalogue.py", "vocabulary.py", "files/__init__.py", "files/plain_yaml.py")
)


def builtin_catalogue_dir() -> Path:
    """The catalogue shipped inside the package."""
    return Path(str(resources.files("soc2cli.criteria")))


def _yaml_files(directory: Path) -> list[Path]:
    if not directory.exists():
        raise InputError("catalogue directory not found", file=str(directory))
    if directory.is_file():
        return [directory]
    found = files.find_files(directory, (".yaml", ".yml"), recursive=True)
    if not found:
        raise InputError("no .yaml files in the catalogue directory", file=str(directory))
    return found


def _validation_problems(doc: LoadedYaml, exc: ValidationError) -> list[InputError]:
    problems = []
    for err in exc.errors():
        path: KeyPath = tuple(p for p in err["loc"] if isinstance(p, str | int))
        if err["type"] == EVIDENCE_ITEM_ERROR:
            path = (*path, err["ctx"]["index"])
        message = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            message = "unknown field"
        elif err["type"] == "missing":
            message = "required field is missing"
        problems.append(doc.error(path, message))
    return problems


def _parse_file(path: Path) -> tuple[LoadedYaml, CatalogueFile | None, list[InputError]]:
    try:
        doc = files.load_yaml(path, what="catalogue file")
    except InputError as exc:
        return LoadedYaml(file=str(path), data=None), None, [exc]
    if doc.data is None:
        return doc, CatalogueFile(), []
    if not isinstance(doc.data, dict):
        return doc, None, [doc.error((), "expected a mapping at the top of the file")]
    try:
        return doc, CatalogueFile.model_validate(doc.data), []
    except ValidationError as exc:
        return doc, None, _validation_problems(doc, exc)


@dataclass
class _Pool:
    """Items gathered from the files of one catalogue directory, with their origins."""

    info: tuple[CatalogueInfo, Origin] | None
    items: dict[str, list[tuple[Any, Origin]]]
    checks: list[tuple[ScannerChecks, Origin]] = field(default_factory=list)
    services: list[tuple[ServiceControls, Origin]] = field(default_factory=list)

    def ids(self, kind: str) -> Iterator[tuple[str, Origin]]:
        for item, origin in self.items[kind]:
            yield item.id, origin


KINDS = ("categories", "series", "domains", "data_types", "frameworks", "criteria", "controls")


def _gather(directory: Path, problems: list[InputError]) -> _Pool:
    pool = _Pool(info=None, items={k: [] for k in KINDS})
    for path in _yaml_files(directory):
        doc, parsed, errs = _parse_file(path)
        problems.extend(errs)
        if parsed is None:
            continue
        if parsed.catalogue is not None:
            if pool.info is not None:
                other = pool.info[1].doc.file
                problems.append(
                    doc.error(("catalogue",), f"second catalogue header (first in {other})")
                )
            else:
                pool.info = (parsed.catalogue, Origin(doc, ("catalogue",)))
        for kind in KINDS:
            for index, item in enumerate(getattr(parsed, kind)):
                pool.items[kind].append((item, Origin(doc, (kind, index))))
        for index, entry in enumerate(parsed.scanner_checks):
            pool.checks.append((entry, Origin(doc, ("scanner_checks", index))))
        for index, service in enumerate(parsed.subservice_controls):
            pool.services.append((service, Origin(doc, ("subservice_controls", index))))
    return pool


def _dedupe(pool: _Pool, problems: list[InputError]) -> None:
    for kind in KINDS:
        first: dict[str, Origin] = {}
        for item_id, origin in pool.ids(kind):
            if item_id in first:
                prev = first[item_id]
                line, _ = prev.doc.locate(prev.path)
                problems.append(
                    origin.error(
                        f"duplicate id {item_id!r} (first defined in {prev.doc.file}:{line})", "id"
                    )
                )
            else:
                first[item_id] = origin


def _merge_overlay(base: _Pool, overlay: _Pool, problems: list[InputError]) -> _Pool:
    for kind in KINDS:
        if kind != "controls" and overlay.items[kind]:
            _, origin = overlay.items[kind][0]
            problems.append(
                origin.error(
                    f"an overlay (a catalogue directory without a 'catalogue:' header) may add or "
                    f"override controls only, not {kind}"
                )
            )
    merged = {k: list(v) for k, v in base.items.items()}
    positions = {item.id: i for i, (item, _) in enumerate(merged["controls"])}
    for item, origin in overlay.items["controls"]:
        if item.id in positions:
            merged["controls"][positions[item.id]] = (item, origin)
        else:
            positions[item.id] = len(merged["controls"])
            merged["controls"].append((item, origin))
    # An overlay's entry for a service type replaces the built-in one.
    replaced = {service.service for service, _ in overlay.services}
    services = [s for s in base.services if s[0].service not in replaced] + overlay.services
    return _Pool(
        info=base.info,
        items=merged,
        checks=[*base.checks, *overlay.checks],
        services=services,
    )


@dataclass(frozen=True)
class _Known:
    """The ids a catalogue defines, for checking its references."""

    categories: set[str]
    series: dict[str, Series]
    domains: dict[str, Domain]
    data_types: set[str]
    frameworks: dict[str, Framework]
    criteria: set[str]
    controls: set[str]

    @classmethod
    def of(cls, pool: _Pool) -> _Known:
        return cls(
            categories={i for i, _ in pool.ids("categories")},
            series={s.id: s for s, _ in pool.items["series"]},
            domains={d.id: d for d, _ in pool.items["domains"]},
            data_types={i for i, _ in pool.ids("data_types")},
            frameworks={f.id: f for f, _ in pool.items["frameworks"]},
            criteria={i for i, _ in pool.ids("criteria")},
            controls={i for i, _ in pool.ids("controls")},
        )


def _cross_check(pool: _Pool, problems: list[InputError], warnings: list[str]) -> None:
    known = _Known.of(pool)
    for s, origin in pool.items["series"]:
        if s.category not in known.categories:
            problems.append(origin.error(f"unknown category {s.category!r}", "category"))
    for c, origin in pool.items["criteria"]:
        problems.extend(_criterion_problems(c, origin, known))
    supported: set[str] = set()
    for ctl, origin in pool.items["controls"]:
        problems.extend(_control_problems(ctl, origin, known))
        supported.update(ctl.criteria)
    for c, origin in pool.items["criteria"]:
        if c.id not in supported:
            line, _ = origin.doc.locate(origin.path)
            warnings.append(
                f"{origin.doc.file}:{line}: criterion {c.id} is supported by no control"
            )
    problems.extend(_scanner_check_problems(pool, known))
    for fw, origin in pool.items["frameworks"]:
        problems += [
            origin.error(f"unknown data type {ref!r}", "data_types", i)
            for i, ref in enumerate(fw.data_types)
            if ref not in known.data_types
        ]
    problems.extend(_service_problems(pool, known))


def _service_problems(pool: _Pool, known: _Known) -> list[InputError]:
    """Each service type listed once, including only listed types; known criteria; ids unique."""
    problems = []
    listed = {service.service for service, _ in pool.services}
    seen_services: set[ServiceType] = set()
    seen_ids: set[str] = set()
    for service, origin in pool.services:
        if service.service in seen_services:
            problems.append(origin.error(f"service {service.service.value!r} is listed twice"))
        seen_services.add(service.service)
        for i, included in enumerate(service.includes):
            if included == service.service:
                problems.append(origin.error("a service cannot include itself", "includes", i))
            elif included not in listed:
                problems.append(
                    origin.error(
                        f"no entry lists the controls of {included.value!r}", "includes", i
                    )
                )
        for i, control in enumerate(service.controls):
            if control.id in seen_ids:
                problems.append(origin.error(f"duplicate id {control.id!r}", "controls", i, "id"))
            seen_ids.add(control.id)
            problems += [
                origin.error(f"unknown criterion {ref!r}", "controls", i, "criteria", j)
                for j, ref in enumerate(control.criteria)
                if ref not in known.criteria
            ]
    return problems


def _scanner_check_problems(pool: _Pool, known: _Known) -> list[InputError]:
    """Every mapped control must exist; a check is listed once per scanner and provider and file."""
    problems = []
    seen: dict[tuple[str, str, str, str], Origin] = {}
    for entry, origin in pool.checks:
        for check, controls in entry.checks.items():
            key = (entry.scanner, entry.provider, check, origin.doc.file)
            if key in seen:
                problems.append(origin.error(f"check {check!r} is listed twice", "checks", check))
            seen[key] = origin
            for i, control in enumerate(controls):
                if control not in known.controls:
                    problems.append(
                        origin.error(f"unknown control {control!r}", "checks", check, i)
                    )
    return problems


def _unknown_checks(base: _Pool, overlay: _Pool) -> list[str]:
    """Warnings for an overlay's check ids that the built-in scanner lists do not know."""
    reference = {(e.scanner, e.provider, c) for e, _ in base.checks for c in e.checks}
    warnings = []
    for entry, origin in overlay.checks:
        for check in entry.checks:
            if (entry.scanner, entry.provider, check) not in reference:
                line, _ = origin.doc.locate((*origin.path, "checks", check))
                warnings.append(
                    f"{origin.doc.file}:{line}: {entry.scanner} check {check!r} is not in the "
                    f"built-in list for {entry.provider}; mapped, but check the spelling"
                )
    return warnings


def _criterion_problems(c: Criterion, origin: Origin, known: _Known) -> list[InputError]:
    problems = []
    if c.category not in known.categories:
        problems.append(origin.error(f"unknown category {c.category!r}", "category"))
    if c.series not in known.series:
        problems.append(origin.error(f"unknown series {c.series!r}", "series"))
    elif known.series[c.series].category != c.category:
        problems.append(
            origin.error(
                f"series {c.series} belongs to {known.series[c.series].category!r}", "category"
            )
        )
    elif not c.id.startswith(c.series + "."):
        problems.append(origin.error(f"criterion id does not start with {c.series}.", "id"))
    return problems


def _control_problems(ctl: Control, origin: Origin, known: _Known) -> list[InputError]:
    problems = [
        origin.error(f"unknown criterion {ref!r}", "criteria", i)
        for i, ref in enumerate(ctl.criteria)
        if ref not in known.criteria
    ]
    domain = known.domains.get(ctl.domain)
    if domain is None:
        problems.append(origin.error(f"unknown domain {ctl.domain!r}", "domain"))
    elif not ctl.id.startswith(domain.prefix + "-"):
        problems.append(
            origin.error(
                f"control id should start with {domain.prefix}- (domain {domain.id})", "id"
            )
        )
    problems += [
        origin.error(f"unknown category {cat!r}", "applies_when", "categories", i)
        for i, cat in enumerate(ctl.applies_when.categories)
        if cat not in known.categories
    ]
    problems += [
        origin.error(f"unknown data type {dt!r}", "applies_when", "data_types", i)
        for i, dt in enumerate(ctl.applies_when.data_types)
        if dt not in known.data_types
    ]
    if ctl.carve_out is not None:
        for i, ref in enumerate(ctl.carve_out.replaced_by):
            if ref not in known.controls:
                problems.append(
                    origin.error(f"unknown control {ref!r}", "carve_out", "replaced_by", i)
                )
            elif ref == ctl.id:
                problems.append(
                    origin.error("a control cannot replace itself", "carve_out", "replaced_by", i)
                )
    return problems + _mapping_problems(ctl, origin, known)


def _mapping_problems(ctl: Control, origin: Origin, known: _Known) -> list[InputError]:
    problems = []
    for fw_id, refs in ctl.mappings.items():
        fw = known.frameworks.get(fw_id)
        if fw is None:
            problems.append(origin.error(f"unknown framework {fw_id!r}", "mappings", fw_id))
            continue
        for i, ref in enumerate(refs):
            try:
                if not fw.accepts(ref):
                    problems.append(
                        origin.error(f"{ref!r} is not a valid {fw.title} id", "mappings", fw_id, i)
                    )
            except PatternTooSlow:
                problems.append(
                    origin.error(
                        f"the {fw.title} id pattern took over {PATTERN_SECONDS:g} s to check "
                        f"{ref[:40]!r}; simplify the framework's pattern (it backtracks)",
                        "mappings",
                        fw_id,
                        i,
                    )
                )
    return problems


def _criterion_sort_key(series_order: dict[str, int]) -> Any:
    def key(c: Criterion) -> tuple[int, int]:
        return series_order.get(c.series, 999), int(c.id.split(".")[1])

    return key


def load_catalogue(directory: Path | None = None) -> LoadResult:
    """Load the built-in catalogue, or ``directory``: a full catalogue or an overlay on the built-in.

    A directory whose files carry a ``catalogue:`` header is a whole catalogue; otherwise its
    controls are merged over the built-in ones (same id overrides, new ids add).
    """
    from soc2cli import cache

    builtin = builtin_catalogue_dir()
    try:
        inputs = _yaml_files(builtin) + ([] if directory is None else _yaml_files(directory))
        key: str | None = cache.key_for("catalogue", [*SHAPING_CODE, *inputs])
    except (InputError, OSError):
        key = None  # let the loader below report the problem with its location
    if key is not None and (hit := cache.load("catalogue", key, LoadResult)) is not None:
        return hit
    with files.recording() as parsed:
        result = _load_uncached(directory, builtin)
    if key is not None:
        # Filed under the bytes parsed, which an edit since the key above may have changed, and
        # over the same files as the key above: a whole catalogue directory does not parse the
        # built-in files, but they are part of the key it is looked up by.
        with contextlib.suppress(OSError):
            parsed_key = cache.key_for("catalogue", [*SHAPING_CODE, *inputs, *parsed], parsed)
            cache.store("catalogue", parsed_key, result)
    return result


def _load_uncached(directory: Path | None, builtin: Path) -> LoadResult:
    problems: list[InputError] = []
    warnings: list[str] = []
    pool = _gather(builtin if directory is None else directory, problems)
    if directory is not None and pool.info is None and not problems:
        base = _gather(builtin, problems)
        _dedupe(pool, problems)
        warnings.extend(_unknown_checks(base, pool))
        pool = _merge_overlay(base, pool, problems)
    if pool.info is None and not problems:
        problems.append(
            InputError("no file declares the 'catalogue:' header", file=str(directory or builtin))
        )
    _dedupe(pool, problems)
    if not problems:
        _cross_check(pool, problems, warnings)
    if problems or pool.info is None:
        raise CatalogueError(problems)
    series_order = {s.id: i for i, (s, _) in enumerate(pool.items["series"])}
    domain_order = {d.id: i for i, (d, _) in enumerate(pool.items["domains"])}
    criteria = sorted((c for c, _ in pool.items["criteria"]), key=_criterion_sort_key(series_order))
    controls = sorted(
        (c for c, _ in pool.items["controls"]),
        key=lambda c: (domain_order.get(c.domain, 999), c.id),
    )
    catalogue = Catalogue(
        catalogue=pool.info[0],
        categories=[c for c, _ in pool.items["categories"]],
        series=[s for s, _ in pool.items["series"]],
        domains=[d for d, _ in pool.items["domains"]],
        data_types=[d for d, _ in pool.items["data_types"]],
        frameworks=[f for f, _ in pool.items["frameworks"]],
        criteria=criteria,
        controls=controls,
        scanner_checks=[entry for entry, _ in pool.checks],
        subservice_controls=[service for service, _ in pool.services],
    )
    return LoadResult(catalogue=catalogue, warnings=warnings)


# Framework names a person may type for --framework, and the catalogue framework ids they mean.
FRAMEWORK_ALIASES = {
    "iso27001": "iso27001_2022",
    "nist-csf": "nist_csf_2",
    "hipaa": "hipaa_security",
    "pci-dss": "pci_dss_4",
    "gdpr": "gdpr",
}


def framework_id(name: str) -> str | None:
    """The catalogue id of a framework named by its alias (iso27001) or id; None if unknown."""
    key = name.strip().lower()
    if key in FRAMEWORK_ALIASES:
        return FRAMEWORK_ALIASES[key]
    return key if key in FRAMEWORK_ALIASES.values() else None
