"""Date-valued rules: "a date-valued rule is still a rule".

A :class:`DateRule` concludes a date-valued name (``from.high_risk``, ``tier.prohibited``) by an
ordered list of :class:`DateCase`: each case is a condition over the boolean facts and
conclusions of the rule set, a date value, its legal source and a label in English and Dutch.
Semantics, in Kleene logic: the first case whose condition is true gives the value; a case whose
condition is unknown before it makes the result undetermined, and the possible values are those
of every case that is not false up to and including the first true one (every case that is not
false, and "never", when none is true). When every case is false the value is :data:`NEVER`: the
rule does not apply.

The date values are a small declarative set, so that a solver (dates as integers, ``ite`` chains)
and a column-wise evaluator can translate them mechanically:

* :class:`Declared` -- a date of the Act (:class:`~aiact.timeline.dates.DateKey`), resolved per
  law version, with the citation of its declaration;
* :class:`InputDate` -- a date of the system or model (``significant_change`` ...);
* :class:`DateOf` -- another date-valued conclusion;
* :class:`Later` -- the later of two values (``max``);
* :data:`NEVER` -- does not apply.

A case may *inherit* from the date rule its value reads (its deadline and transitional rule too):
a rule can settle a branch first (a legacy system, Art. 111(2)) and defer to the rule of that
branch, whose cases then read only what distinguishes them within the branch. Kleene selection
is exact when the cases of a rule are mutually exclusive and the last is their complement; the
branches make that possible where a flat list would repeat the branch condition in each case
(and over-approximate the possible values when it is unknown).

A case's condition is compiled into an ordinary boolean rule (``datecase.<rule>.<n>``) of the
rule set, so that every piece of logic stays in the boolean engines; a condition that is a single
name or a constant is read directly. Date selection is then pure first-true selection over named
booleans (:mod:`aiact.engine.dates`), the same for every engine.

The date comparisons that boolean rules read (``dates.*``) are declarations too:
:class:`DateComparison` (the table is in :mod:`aiact.date_facts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal, TypeAlias

from aiact.logic import Atom, Condition, Const, parse
from aiact.refs import LegalRef
from aiact.timeline.dates import DateKey
from aiact.timeline.transitional import Grace
from aiact.versions import ALL_VERSIONS, LawVersion

__all__ = [
    "NEVER",
    "ComparisonTarget",
    "DateCase",
    "DateComparison",
    "DateOf",
    "DateRule",
    "DateValue",
    "Declared",
    "Grace",
    "InputDate",
    "Later",
    "Never",
    "Relation",
    "case_predicate",
    "value_parts",
]


class Never:
    """The value "does not apply" (one instance, :data:`NEVER`)."""

    _instance: Never | None = None

    def __new__(cls) -> Never:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NEVER"

    def __reduce__(self) -> str:
        return "NEVER"


NEVER = Never()
"""Does not apply: the value of a date rule none of whose cases holds."""


@dataclass(frozen=True)
class Declared:
    """A date of the Act, resolved per law version (:func:`~aiact.timeline.dates.date_of`)."""

    key: DateKey

    def __str__(self) -> str:
        return f"date({self.key.value})"


@dataclass(frozen=True)
class InputDate:
    """A date of the system or model (see :data:`aiact.date_facts.INPUT_DATES`)."""

    name: str

    def __str__(self) -> str:
        return f"input({self.name})"


@dataclass(frozen=True)
class DateOf:
    """The value of another date-valued conclusion."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Later:
    """The later of two values (``max``; "never" if either is never)."""

    first: DateValue
    second: DateValue

    def __str__(self) -> str:
        return f"later({self.first}, {self.second})"


DateValue: TypeAlias = Declared | InputDate | DateOf | Later | Never


def value_parts(value: DateValue) -> tuple[DateValue, ...]:
    """The leaves of a value (the operands of :class:`Later`, recursively)."""
    if isinstance(value, Later):
        return (*value_parts(value.first), *value_parts(value.second))
    return (value,)


@dataclass(frozen=True)
class DateCase:
    """One case of a :class:`DateRule`: when ``when`` holds (and no earlier case does), the rule's
    value is ``value``."""

    when: str
    value: DateValue
    source: str
    """The provision that makes this case (e.g. ``Art. 111(2)``); the dates' own citations come
    with their declarations."""
    label_en: str
    label_nl: str
    grace: Grace = "none"
    deadline: DateValue | None = None
    """The "comply by" date of a transitional rule, if the case is one."""
    versions: frozenset[LawVersion] = ALL_VERSIONS
    interpretations: tuple[str, ...] = ()
    """The open legal questions (A1 ...) whose reading this case depends on."""
    inherit: bool = False
    """The value is another date rule (:class:`DateOf`) and the case takes its deadline and its
    transitional rule too: a rule that first settles which branch holds and then defers to the
    rule of that branch (so that the branch's cases need not repeat its condition)."""

    @cached_property
    def condition(self) -> Condition:
        return parse(self.when)

    @cached_property
    def ref(self) -> LegalRef:
        return LegalRef.parse(self.source)


@dataclass(frozen=True)
class DateRule:
    """A date-valued conclusion ``name``, decided by its first case that holds."""

    name: str
    cases: tuple[DateCase, ...]
    title_en: str
    title_nl: str
    versions: frozenset[LawVersion] = ALL_VERSIONS

    def applies_to(self, law: LawVersion) -> bool:
        return law in self.versions

    def cases_for(self, law: LawVersion) -> tuple[DateCase, ...]:
        return tuple(case for case in self.cases if law in case.versions)


def case_predicate(rule: DateRule, index: int, case: DateCase) -> str | bool | None:
    """The boolean name a case reads: the name itself for a bare name, the constant for a
    constant, else the generated rule's conclusion ``datecase.<rule>.<index>``."""
    condition = case.condition
    if isinstance(condition, Atom):
        return condition.name
    if isinstance(condition, Const):
        return condition.value
    return f"datecase.{rule.name}.{index}"


Relation = Literal["before", "on_or_after", "on_or_before"]
"""``input < target``, ``input >= target``, ``input <= target``."""


@dataclass(frozen=True)
class ComparisonTarget:
    """The date a comparison reads in ``versions`` where ``when`` (an ``interp.*`` switch, or
    None: always) holds; ``key=None``: the provision does not exist in those versions and the
    comparison is false."""

    versions: frozenset[LawVersion]
    key: DateKey | None
    when: str | None = None


@dataclass(frozen=True)
class DateComparison:
    """A boolean input ``atom`` = ``input <relation> target``, the target chosen per law version
    and reading (the first :class:`ComparisonTarget` that matches). An input date that is
    unknown makes the atom unknown; one that did not happen makes it false."""

    atom: str
    input: str
    relation: Relation
    targets: tuple[ComparisonTarget, ...]
    source: str
    label_en: str
    label_nl: str
    interpretation: str | None = None
