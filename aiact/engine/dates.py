"""Date selection: the values of the date rules (:mod:`aiact.daterules`) after a boolean
evaluation, the same for every engine.

A rule set's date rules are prepared once (:func:`date_plan`, kept with the rule set): each case
reads one boolean name (or a constant) and has its value resolved for the law version (every
declared date becomes a ``datetime.date``). Selecting a date is then first-true selection over the
evaluation's values, with Kleene semantics: the cases that are not false up to and including the
first true one may give the value; if none is true, "never" is possible too. A value may read the
input dates of the system or model and other date rules.

A :class:`DateResult` is the set of possible values and the cases that may give it;
:class:`DateDerivation` explains it (each case tried, the derivation of its condition, the
dates and their citations).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from aiact.date_facts import (
    COUNTED_FROM_CUTOFF,
    INPUT_DATES,
    InputDateValue,
    counted_floors,
    counted_targets,
)
from aiact.daterules import (
    NEVER,
    DateCase,
    DateOf,
    DateRule,
    DateValue,
    Declared,
    InputDate,
    Later,
    Never,
    case_predicate,
)
from aiact.derivation import Derivation, derive
from aiact.engine.base import Evaluation
from aiact.i18n import after_colon
from aiact.logic import And, Atom, Condition, Or, Truth, evaluate, truth_label
from aiact.ruleset import RuleSet
from aiact.timeline.dates import DatedFact, date_of
from aiact.timeline.transitional import Status, due_date

__all__ = [
    "UNKNOWN",
    "DateCaseStep",
    "DateDerivation",
    "DateEvaluation",
    "DatePlan",
    "DateResult",
    "Unknown",
    "date_plan",
]


class Unknown:
    """An input date that is unknown (one instance, :data:`UNKNOWN`)."""

    _instance: Unknown | None = None

    def __new__(cls) -> Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = Unknown()

Value: TypeAlias = dt.date | Never | Unknown
"""A possible value of a date rule: a date, never, or an unknown input date."""

# Resolved value specs: ("d", date, fact) | ("i", name) | ("r", name) | ("l", a, b) | ("n",)
_Spec: TypeAlias = tuple[Any, ...]


def _resolve(value: DateValue, rule_set: RuleSet) -> _Spec:
    if isinstance(value, Declared):
        fact = date_of(value.key, rule_set.law)
        return ("d", fact.date, fact)
    if isinstance(value, InputDate):
        return ("i", value.name)
    if isinstance(value, DateOf):
        return ("r", value.name)
    if isinstance(value, Later):
        return ("l", _resolve(value.first, rule_set), _resolve(value.second, rule_set))
    return ("n",)


@dataclass(frozen=True, slots=True)
class _Case:
    index: int
    case: DateCase
    reads: str | bool | None
    value: _Spec
    deadline: _Spec | None
    refs: tuple[str, ...]
    """The date rules the value and deadline read."""
    inputs: bool
    """Whether the value or deadline reads an input date."""
    input_names: tuple[str, ...] = ()
    """The input dates the value and deadline read (``inputs`` is whether there are any)."""


@dataclass(frozen=True)
class DatePlan:
    """The date rules of a rule set, prepared: per rule its cases with resolved values, and the
    results that do not depend on the evaluation (a case that holds first with a value of
    declared dates; no case holding), shared by every evaluation."""

    rules: Mapping[str, tuple[_Case, ...]]
    declarations: Mapping[str, DateRule]
    shared: dict[tuple[object, ...], DateResult]
    """Results keyed by what :meth:`DateEvaluation._select` reads: (rule,) when no case may hold;
    else (rule, the indexes of the cases that may give the value, whether the last of them
    holds, the input dates they read, the results of the date rules they read, the floors of
    their unknown input dates)."""
    bounding: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Per input date of :data:`aiact.date_facts.COUNTED_FROM_CUTOFF`, the names that may bound
    it from below (:func:`_bounding`): its comparisons with a cut-off and the predicates with a
    rule that reads one of those names outside a negation."""


def _leaves(spec: _Spec | None) -> list[_Spec]:
    if spec is None:
        return []
    if spec[0] == "l":
        return [*_leaves(spec[1]), *_leaves(spec[2])]
    return [spec]


def _prepare(rule_set: RuleSet) -> DatePlan:
    rules: dict[str, tuple[_Case, ...]] = {}
    for rule in rule_set.date_rules:
        prepared = []
        for index, case in enumerate(rule.cases):
            if rule_set.law not in case.versions:
                continue
            value = _resolve(case.value, rule_set)
            deadline = None if case.deadline is None else _resolve(case.deadline, rule_set)
            leaves = [*_leaves(value), *_leaves(deadline)]
            prepared.append(
                _Case(
                    index,
                    case,
                    case_predicate(rule, index, case),
                    value,
                    deadline,
                    tuple(dict.fromkeys(leaf[1] for leaf in leaves if leaf[0] == "r")),
                    any(leaf[0] == "i" for leaf in leaves),
                    tuple(dict.fromkeys(leaf[1] for leaf in leaves if leaf[0] == "i")),
                )
            )
        rules[rule.name] = tuple(prepared)
    return DatePlan(
        rules, {rule.name: rule for rule in rule_set.date_rules}, {}, _bounding(rule_set)
    )


def _bounding(rule_set: RuleSet) -> dict[str, frozenset[str]]:
    """Per input date of :data:`aiact.date_facts.COUNTED_FROM_CUTOFF`, its comparisons with a
    cut-off and every predicate with a rule that reads one of them, or such a predicate, outside
    a negation (in evaluation order, so transitively): the only names whose truth can bound the
    input from below (:meth:`DateEvaluation._name_floor` looks no further)."""
    out: dict[str, frozenset[str]] = {}
    for name, comparisons in COUNTED_FROM_CUTOFF.items():
        found = set(comparisons)
        for predicate in rule_set.order:
            if any(_reads_positively(r.condition, found) for r in rule_set.rules_for(predicate)):
                found.add(predicate)
        out[name] = frozenset(found)
    return out


def _reads_positively(condition: Condition, names: set[str]) -> bool:
    if isinstance(condition, Atom):
        return condition.name in names
    if isinstance(condition, And | Or):
        return any(_reads_positively(op, names) for op in condition.operands)
    return False  # a negation or a constant bounds nothing


_SHARED_LIMIT = 4096
"""Bound on the shared results of a plan (beyond it they start afresh): 764 distinct keys over
4,000 first-seen generated cases."""


def date_plan(rule_set: RuleSet) -> DatePlan:
    """The prepared date rules of ``rule_set`` (built once, kept with the rule set)."""
    return rule_set.prepared("dates.plan", _prepare)


def _sort_key(value: Value | None) -> tuple[int, dt.date]:
    if isinstance(value, dt.date):
        return (0, value)
    return (1 if value is NEVER else 2, dt.date.min)


def _later(first: Value, second: Value) -> Value:
    if first is NEVER or second is NEVER:
        return NEVER
    if first is UNKNOWN or second is UNKNOWN:
        return UNKNOWN
    assert isinstance(first, dt.date) and isinstance(second, dt.date)
    return max(first, second)


@dataclass(frozen=True, slots=True)
class DateResult:
    """The value of a date rule in one evaluation: every value it may have, and the cases that
    may give it (in order)."""

    name: str
    values: frozenset[Value]
    cases: tuple[int, ...]
    """The indexes (in the rule's ``cases``) of the cases that may give the value."""
    none_possible: bool
    """No case may hold, so "never" is possible for that reason too."""
    unknown_cases: tuple[str, ...]
    """The boolean names of the cases that may give the value but are unknown."""
    deadlines: frozenset[dt.date | Unknown | None]
    graces: frozenset[str]
    unknown_inputs: tuple[str, ...]
    """Input dates that are unknown where a possible value needs them."""
    refs: tuple[str, ...]
    """The date rules that the possible cases read."""
    bound: dt.date | None = None
    """The latest day the value can have whatever the unknown facts are, where one is known: of
    each possible case, its value where known, else its Art. 111 deadline (no case with a
    deadline gives a later value: tests/test_review69_dates.py), else none (review70 D2)."""
    floor: dt.date | None = None
    """The earliest day the value can have whatever the unknown facts are, where one is known:
    the least over the possible cases of each one's value where known; the later of two values
    is no earlier than the known one (the change of a legacy system binds from "the later of"
    the change and the Art. 113 date, so not before that date, whenever the change falls); an
    unknown significant change is no earlier than the least Art. 111(2) cut-off of the law and
    reading (it counts only "as from that date"; round 23, review77 D1), nor than the cut-off of
    every route by which the case's condition can still hold (round 27: the Annex I route's
    where the facts give that route; :meth:`DateEvaluation._input_floor`); any other unknown
    input date alone, or "never", has none (None). Read by :meth:`status` where "never"
    is not possible (review75 D1)."""

    @property
    def determined(self) -> bool:
        """One value whatever the unknown facts are (even if the case that gives it is not)."""
        return len(self.values) == 1 and UNKNOWN not in self.values

    @property
    def value(self) -> dt.date | Never | None:
        """The value when determined (a date or :data:`NEVER`), else None."""
        if not self.determined:
            return None
        (only,) = self.values
        assert not isinstance(only, Unknown)
        return only

    @property
    def date(self) -> dt.date | None:
        """The date when determined and not never."""
        value = self.value
        return value if isinstance(value, dt.date) else None

    @property
    def never(self) -> bool:
        return self.value is NEVER

    @property
    def case(self) -> int | None:
        """The case that gives the value, when only one may."""
        return self.cases[0] if len(self.cases) == 1 and not self.none_possible else None

    @property
    def possible(self) -> tuple[dt.date | None, ...]:
        """The possible values in date order, None for never (an unknown input date is left
        out: see ``unknown_inputs``)."""
        return tuple(
            None if v is NEVER else v  # type: ignore[misc]
            for v in sorted(self.values, key=_sort_key)
            if v is not UNKNOWN
        )

    @property
    def deadline(self) -> dt.date | None:
        """The "comply by" date when determined (None: none, or undetermined)."""
        if len(self.deadlines) == 1:
            (only,) = self.deadlines
            return only if isinstance(only, dt.date) else None
        return None

    @property
    def grace(self) -> str:
        """The transitional rule that gives the value, when the possible cases share one."""
        return next(iter(self.graces)) if len(self.graces) == 1 else "none"

    @property
    def due_bound(self) -> dt.date | None:
        """:attr:`bound` where the duty binds in every case (no possible value is "never"), or
        where every possible case has one Art. 111 deadline (:attr:`deadline`) and the bound
        comes before it, else None: the
        day by which it is due at the latest, whatever the unknown facts are (review71 D1).

        With one shared deadline, "never" is not a case of Art. 111(2) (its "only if ... subject
        to significant changes" cases have no deadline, review72: no due date where an unchanged
        legacy system may never be bound) but a base date that gives none: the Art. 113 date of a
        classification the system may not have (``tier.high_risk`` for a system whose
        classification is open), in which completions the duties dated by it do not apply. The
        due date is then computed over the dates alone (:attr:`bound` reads only them), so a
        system significantly changed on a known day, whose classification is open, is due from
        the change at the latest, not on the later deadline (d4fix33; Art. 111(2), first
        sentence; review51)."""
        bound = self.bound
        if NEVER not in self.values:
            return bound
        deadline = self.deadline
        # Where the bound is the deadline itself it adds nothing to the due date (review72's
        # "conditional due date" of a shared deadline stays as it was).
        return bound if deadline is not None and bound is not None and bound < deadline else None

    def by_deadline(self, day: dt.date) -> bool:
        """Whether ``day`` is on or after :attr:`bound` and no possible value is "never": the
        value has then come by ``day`` whatever the unknown facts are. A case whose value is
        unknown is bounded by its Art. 111 deadline, since no case with a deadline gives a value
        later than it (Art. 111(2), second sentence: "In any case ... by 2 August 2030"; a
        significant change brings the duties in earlier, never later; review69 D2, review70 D2:
        also where the placing or the Annex X status is unknown too). The declarations are held
        to that by tests/test_review69_dates.py."""
        bound = self.bound
        return bound is not None and day >= bound and NEVER not in self.values

    def on(self, day: dt.date) -> Truth:
        """Whether the value has come by ``day`` (Kleene: unknown when the possible values
        disagree, unless the bound has come: :meth:`by_deadline`)."""
        if self.by_deadline(day):
            return True
        seen_true = seen_false = False
        for value in self.values:
            if isinstance(value, dt.date) and value <= day:
                seen_true = True
            elif value is UNKNOWN:
                seen_true = seen_false = True
            else:
                seen_false = True
        if seen_true and not seen_false:
            return True
        if seen_false and not seen_true:
            return False
        return None

    def status(self, as_of: dt.date) -> Status:
        """In force (every possible date has come, or the bound has: :meth:`by_deadline`),
        upcoming (none has, none is never: also where an unknown input date cannot bring the
        value before :attr:`floor`), not applicable (never) or undetermined."""
        values = self.values
        if values == _NEVER_ONLY:
            return Status.NOT_APPLICABLE
        if self.by_deadline(as_of):
            return Status.IN_FORCE
        if all(isinstance(v, dt.date) for v in values):
            if all(v <= as_of for v in values):  # type: ignore[operator]
                return Status.IN_FORCE
            if all(v > as_of for v in values):  # type: ignore[operator]
                return Status.UPCOMING
        floor = self.floor
        if floor is not None and floor > as_of and NEVER not in values:
            # every possible date lies ahead, also those of unknown input dates (review75 D1)
            return Status.UPCOMING
        return Status.UNDETERMINED


_NEVER_ONLY: frozenset[Value] = frozenset({NEVER})


class DateEvaluation:
    """The date rules of one evaluation, selected on demand and memoised.

    ``input_dates``: the dates of the system or model (:mod:`aiact.date_facts`).
    """

    __slots__ = ("bounds", "counted", "evaluation", "inputs", "memo", "plan", "targets")

    def __init__(self, evaluation: Evaluation, input_dates: Mapping[str, InputDateValue]) -> None:
        self.evaluation = evaluation
        self.inputs = input_dates
        self.plan = date_plan(evaluation.ruleset)
        self.memo: dict[str, DateResult] = {}
        self.counted: dict[str, dt.date | None] | None = None
        self.targets: dict[str, Mapping[str, dt.date]] | None = None
        self.bounds: dict[tuple[str, str], dt.date | None] = {}

    def _counted(self) -> dict[str, dt.date | None]:
        """The floors of the unknown input dates that count only from a cut-off
        (:func:`aiact.date_facts.counted_floors`), once per evaluation: they depend on the
        reading (A2), which the shared results' key must then hold."""
        if self.counted is None:
            self.counted = counted_floors(self.evaluation.ruleset.law, self.evaluation.values)
        return self.counted

    def _input_floor(self, name: str, reads: str | bool | None) -> dt.date | None:
        """The earliest day the unknown input date ``name`` can have in a case whose condition
        is ``reads``, where its value reads it (None: none known). An input of
        :data:`aiact.date_facts.COUNTED_FROM_CUTOFF` (the significant change) counts only "as
        from" an Art. 111(2) cut-off: every case whose value reads it holds only where one of
        its comparisons is true (tests/test_review78.py Q1), so it is no earlier than the least
        of their targets (:meth:`_counted`, round 23), nor than :meth:`_name_floor` of the
        case's condition: the cut-off of each route by which that condition can still hold on
        these facts (Art. 111(2) as replaced by Regulation (EU) 2026/1744, Art. 1, point (39):
        "before the date of application of Chapter III referred to in Article 113", 2 August
        2028 for the Annex I route, Art. 113, third paragraph, point (c)(ii); review77 D1's
        Annex I case, round 27). Both are lower bounds; the later one is kept."""
        least = self._counted().get(name)
        if least is None or not isinstance(reads, str):
            return least
        own = self._name_floor(name, reads)
        return least if own is None else max(least, own)

    def _name_floor(self, name: str, reads: str) -> dt.date | None:
        """The earliest day the unknown input ``name`` can have where the boolean name ``reads``
        is true (None: none known): the target of a comparison with a cut-off; of a predicate
        that may bound it (:attr:`DatePlan.bounding`), :meth:`_least_floor` of its rules;
        memoised per evaluation."""
        key = (name, reads)
        if key in self.bounds:
            return self.bounds[key]
        if self.targets is None:
            self.targets = counted_targets(self.evaluation.ruleset.law, self.evaluation.values)
        found = self.targets[name].get(reads)
        if found is None and reads in self.plan.bounding[name]:
            rules = self.evaluation.ruleset.rules_for(reads)
            found = self._least_floor(name, [rule.condition for rule in rules])
        self.bounds[key] = found
        return found

    def _least_floor(self, name: str, conditions: list[Condition]) -> dt.date | None:
        """The least :meth:`_condition_floor` of ``conditions`` that are not false on these
        facts (a condition false here holds in no completion either: Kleene); None where one
        of them has none, or none may hold. The floor of a predicate over its rules, and of a
        disjunction over its operands."""
        floors: list[dt.date] = []
        for condition in conditions:
            if evaluate(condition, self.evaluation.values) is False:
                continue
            floor = self._condition_floor(name, condition)
            if floor is None:
                return None
            floors.append(floor)
        return min(floors, default=None)

    def _condition_floor(self, name: str, condition: Condition) -> dt.date | None:
        """The earliest day the unknown input ``name`` can have where ``condition`` is true
        (None: none known): of a name, :meth:`_name_floor`; of a conjunction, the latest of
        its operands' (each must hold); of a disjunction, :meth:`_least_floor` of its operands;
        a negation or a constant bounds nothing."""
        if isinstance(condition, Atom):
            return self._name_floor(name, condition.name)
        if isinstance(condition, And):
            known = [
                floor
                for operand in condition.operands
                if (floor := self._condition_floor(name, operand)) is not None
            ]
            return max(known, default=None)
        if isinstance(condition, Or):
            return self._least_floor(name, list(condition.operands))
        return None

    def __contains__(self, name: str) -> bool:
        return name in self.plan.rules

    def truth(self, case: _Case) -> Truth:
        reads = case.reads
        return self.evaluation.values.get(reads) if isinstance(reads, str) else reads

    def result(self, name: str) -> DateResult:
        """The value of the date rule ``name``."""
        found = self.memo.get(name)
        if found is not None:
            return found
        cases = self.plan.rules[name]
        get = self.evaluation.values.get
        may: list[_Case] = []
        unknown: list[str] = []
        fired = False
        for case in cases:
            reads = case.reads
            truth = get(reads) if isinstance(reads, str) else reads
            if truth is False:
                continue
            may.append(case)
            if truth is True:
                fired = True
                break
            if isinstance(reads, str):
                unknown.append(reads)
        # The result is a pure function of the cases that may give the value (their unknown
        # names among them: all but a last one that holds), whether one holds, and the input
        # dates and date-rule results their values and deadlines read: shared by every
        # evaluation that meets the same (on first-seen generated cases, about nine in ten).
        key: tuple[object, ...]
        if not may:
            key = (name,)
        else:
            inputs = self.inputs
            key = (
                name,
                tuple([case.index for case in may]),
                fired,
                tuple([inputs.get(i) for case in may for i in case.input_names]),
                tuple([self.result(r) for case in may for r in case.refs]),
                tuple(
                    [
                        self._input_floor(i, case.reads)
                        for case in may
                        for i in case.input_names
                        if inputs.get(i) is None
                    ]
                ),
            )
        shared = self.plan.shared
        found = shared.get(key)
        if found is None:
            found = self._select(name, may, unknown, fired)
            if len(shared) >= _SHARED_LIMIT:
                shared.clear()
            shared[key] = found
        self.memo[name] = found
        return found

    def _select(self, name: str, may: list[_Case], unknown: list[str], fired: bool) -> DateResult:
        """The result of the rule ``name`` from the cases that may give its value."""
        values: set[Value] = set()
        deadlines: set[Value | None] = set()
        missing: list[str] = []
        refs: list[str] = []
        graces: set[str] = set()
        bounds: list[dt.date | None] = []  # None: unbounded
        floors: list[dt.date | None] = []  # None: unbounded below
        for case in may:
            own = self._values(case.value, missing, refs)
            values |= own
            floors.append(self._floor(case.value, case.reads))
            if case.case.inherit:
                inherited = self.result(case.value[1])
                deadlines |= inherited.deadlines
                graces |= inherited.graces
                bounds.append(inherited.bound)
                continue
            graces.add(case.case.grace)
            if case.deadline is None:
                deadlines.add(None)
                limit = None
            else:
                limits = self._values(case.deadline, missing, refs)
                deadlines |= limits
                (only,) = limits  # a declared date (tests/test_review69_dates.py)
                limit = only if isinstance(only, dt.date) else None
            dates = [v for v in own if isinstance(v, dt.date)]
            if UNKNOWN in own:
                bounds.append(limit if limit is None else max([limit, *dates]))
            elif dates:
                bounds.append(max(dates))
        if not fired:
            values.add(NEVER)
            deadlines.add(None)
        return DateResult(
            name=name,
            values=frozenset(values),
            cases=tuple(case.index for case in may),
            none_possible=not fired,
            unknown_cases=tuple(unknown),
            deadlines=frozenset(None if isinstance(d, Never) else d for d in deadlines),
            graces=frozenset(graces | ({"none"} if not fired else set())),
            unknown_inputs=tuple(dict.fromkeys(missing)),
            refs=tuple(dict.fromkeys(refs)),
            bound=None if not bounds or None in bounds else max(bounds),  # type: ignore[type-var]
            floor=None if not floors or None in floors else min(floors),  # type: ignore[type-var]
        )

    def _floor(self, spec: _Spec, reads: str | bool | None) -> dt.date | None:
        """The earliest date ``spec`` can give whatever the unknown input dates are, where one
        is known (None: an unknown input date alone, or only "never"), in a case whose
        condition is ``reads``: a date, a known input date, an unknown input date that counts
        only from a cut-off (the significant change: :meth:`_input_floor`, round 23, route by
        route since round 27), a rule's :attr:`DateResult.floor`, the later of two floors (the
        later of two values is no earlier than either)."""
        kind = spec[0]
        if kind == "d":
            return spec[1]  # type: ignore[no-any-return]
        if kind == "n":
            return None
        if kind == "i":
            day = self.inputs.get(spec[1])
            if isinstance(day, dt.date):
                return day
            if day is None:
                # Unknown: a change counts only on or after the cut-off (review77 D1).
                return self._input_floor(spec[1], reads)
            return None
        if kind == "r":
            return self.result(spec[1]).floor
        known = [
            f for f in (self._floor(spec[1], reads), self._floor(spec[2], reads)) if f is not None
        ]
        return max(known) if known else None

    def _values(self, spec: _Spec, missing: list[str], refs: list[str]) -> set[Value]:
        kind = spec[0]
        if kind == "d":
            return {spec[1]}
        if kind == "n":
            return {NEVER}
        if kind == "i":
            day = self.inputs.get(spec[1])
            if day is None:
                missing.append(spec[1])
                return {UNKNOWN}
            return {day}
        if kind == "r":
            refs.append(spec[1])
            return set(self.result(spec[1]).values)
        first = self._values(spec[1], missing, refs)
        second = self._values(spec[2], missing, refs)
        return {_later(a, b) for a in first for b in second}

    def _walk(self, name: str, in_order: bool = False) -> Iterator[tuple[str, DateResult]]:
        """The date rule ``name`` and, depth first, the date rules its possible cases read,
        each once, with its result. ``in_order``: a rule's references visited in their order
        (else the last first, as they come off the stack)."""
        seen: set[str] = set()
        stack = [name]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            result = self.result(current)
            yield current, result
            stack.extend(reversed(result.refs) if in_order else result.refs)

    def unknown_names(self, name: str) -> tuple[str, ...]:
        """The unknown boolean names that keep the date rule ``name`` undetermined: those of its
        possible cases and, recursively, of the date rules their values read."""
        out: dict[str, None] = {}
        for current, result in self._walk(name):
            if result.determined and current == name:
                return ()
            out.update(dict.fromkeys(result.unknown_cases))
        return tuple(out)

    def unknown_inputs(self, name: str) -> tuple[str, ...]:
        """The unknown input dates (as input fields) under the date rule ``name``."""
        out: dict[str, None] = {}
        for _, result in self._walk(name):
            out.update(dict.fromkeys(INPUT_DATES[i][0] for i in result.unknown_inputs))
        return tuple(out)

    # ------------------------------------------------------------------ text

    def describe(self, spec: _Spec, lang: str) -> str:
        """A value in words: the date and where it comes from."""
        kind = spec[0]
        nl = lang == "nl"
        if kind == "d":
            fact: DatedFact = spec[2]
            return (
                f"{spec[1].isoformat()} ({fact.citation.nl(inline=True) if nl else fact.citation})"
            )
        if kind == "n":
            return "nooit" if nl else "never"
        if kind == "i":
            _, en_label, nl_label = INPUT_DATES[spec[1]]
            day = self.inputs.get(spec[1])
            if isinstance(day, dt.date):
                shown = day.isoformat()
            elif day is NEVER:
                shown = "niet gebeurd" if nl else "did not happen"
            else:
                shown = "onbekend" if nl else "unknown"
            return f"{nl_label if nl else en_label} ({shown})"
        if kind == "r":
            result = self.result(spec[1])
            case = result.case
            if case is None:
                rule = self.plan.declarations[spec[1]]
                title = rule.title_nl if nl else rule.title_en
                return f"{'onbepaald' if nl else 'undetermined'} ({title})"
            chosen = next(c for c in self.plan.rules[spec[1]] if c.index == case)
            return self.describe(chosen.value, lang)
        values = sorted(self._values(spec, [], []), key=_sort_key)
        head = _shown(values[0], lang) if len(values) == 1 else ""
        first, second = self.describe(spec[1], lang), self.describe(spec[2], lang)
        text = f"de laatste van {first} en {second}" if nl else f"the later of {first} and {second}"
        return f"{head}, {text}" if head else text

    def reason(
        self,
        name: str,
        law_label: str,
        deciding: tuple[str, ...],
        lang: str = "en",
        readings: tuple[str, ...] = (),
    ) -> str:
        """Why the date rule ``name`` has its value, in words: the case that gave it, the date
        and its citation; when undetermined, what decides it and the possible values.
        ``readings``: sentences naming the readings the cases were read under (A3; polish26),
        right after the cases' labels (or the possible dates)."""
        named = "".join(f" {r}" for r in readings)
        result = self.result(name)
        nl = lang == "nl"
        by_index = {c.index: c for c in self.plan.rules[name]}
        if not result.determined:
            shown = ", ".join(_shown(v, lang) for v in sorted(result.values, key=_sort_key))
            facts = ", ".join(deciding) or "; ".join(self._undecided(name, lang))
            facts = facts or ("onbekend" if nl else "unknown")
            if result.floor is not None and UNKNOWN in result.values:
                # An unknown date with a floor (the later of an unknown change and the Art. 113
                # date) is not before the floor, whatever the facts (review76's remark).
                floor = result.floor.isoformat()
                shown += f"; geen vóór {floor}" if nl else f"; none before {floor}"
            text = (
                f"De datum is onbepaald: die hangt af van {facts}. Mogelijke data: {shown}."
                if nl
                else f"The date is undetermined: it depends on {facts}. Possible dates: {shown}."
            )
            return text + named + self._comply_by_undetermined(name, result, lang)
        text = self._because(name, lang) + named
        if result.never:
            # The conclusion of the reason before it (polish28: "Does not apply." read abrupt
            # after the explanation).
            text += (
                " Op deze feiten geldt de verplichting dus nooit."
                if nl
                else " So on these facts the obligation never applies."
            )
        else:
            case = by_index[result.cases[0]]
            described = self.describe(case.value, lang)
            text += f" Geldt vanaf {described}." if nl else f" Applies from {described}."
        deadline = self._deadline_spec(name)
        if deadline is not None and result.deadline is not None:
            described = self.describe(deadline, lang)
            due = due_date(result.date, result.deadline)
            if due == result.deadline:
                text += f" Uiterlijk voldoen op {described}." if nl else f" Comply by {described}."
            else:
                # An earlier date from which the duty binds comes first: the deadline is only
                # the latest date (Art. 111(2), first sentence; review51).
                assert due is not None
                text += (
                    f" Uiterlijk voldoen op {due.isoformat()}, de datum vanaf wanneer dit geldt; "
                    f"{described} is alleen de uiterste datum."
                    if nl
                    else f" Comply by {due.isoformat()}, the date from which it applies; "
                    f"{described} is only the latest date."
                )
        return f"{text} {'Wet' if nl else 'Law'}: {law_label}."

    def _comply_by_undetermined(self, name: str, result: DateResult, lang: str) -> str:
        """The "comply by" sentence of an undetermined date that every possible case gives the
        same Art. 111 deadline (the views show it under "Comply by"; review69 D4), with the
        latest possible date where that comes first (:func:`due_date`; review69 D1); else ""."""
        deadline = result.deadline
        spec = self._deadline_spec(name)
        if deadline is None or spec is None:
            return ""
        nl = lang == "nl"
        described = self.describe(spec, lang)
        due = due_date(None, deadline, result.due_bound)
        if due == deadline:
            return f" Uiterlijk voldoen op {described}." if nl else f" Comply by {described}."
        assert due is not None
        return (
            f" Uiterlijk voldoen op {due.isoformat()}: geen van de mogelijke data vanaf wanneer "
            f"dit geldt, valt later. De termijn van {described} valt daarna."
            if nl
            else f" Comply by {due.isoformat()}: every possible date from which it applies is no "
            f"later. The deadline of {described} comes after it."
        )

    def _undecided(self, name: str, lang: str) -> list[str]:
        """The labels of the possible cases whose condition is the constant "unknown" (a choice
        that no fact makes, such as the route of a system the facts give none for, Art. 25(2)),
        through the date rules the possible cases read: what an undetermined value depends on
        when no input is unknown (each label with a lower-case first letter, to follow "depends
        on")."""
        nl = lang == "nl"
        labels: dict[str, None] = {}
        for current, result in self._walk(name, in_order=True):
            by_index = {c.index: c for c in self.plan.rules[current]}
            for index in result.cases:
                case = by_index[index]
                if case.reads is None:
                    label = (case.case.label_nl if nl else case.case.label_en).rstrip(".")
                    labels[after_colon(label)] = None
        return list(labels)

    def _because(self, name: str, lang: str) -> str:
        """The labels of the cases that give a determined value (through inherited rules)."""
        result = self.result(name)
        nl = lang == "nl"
        by_index = {c.index: c for c in self.plan.rules[name]}
        parts = []
        for index in result.cases:
            case = by_index[index]
            label = (case.case.label_nl if nl else case.case.label_en).rstrip(".")
            if case.case.inherit:
                # the inherited rule's labels follow a colon: lower case (polish26)
                inherited = after_colon(self._because(case.value[1], lang))
                label = f"{label}: {inherited}".rstrip(".")
            parts.append(f"{label}.")
        if result.none_possible:
            parts.append(
                "Geen geval van de regel is van toepassing."
                if nl
                else "No case of the rule applies."
            )
        if len(parts) > 1:
            prefix = (
                "In elk geval dat de onbekende feiten toelaten: "
                if nl
                else "In every case the unknown facts allow: "
            )
            return prefix + after_colon(" ".join(parts))
        return " ".join(parts)

    def _deadline_spec(self, name: str) -> _Spec | None:
        """The deadline of the first possible case (through inherited rules): the case that
        gives a determined value, or, where :attr:`DateResult.deadline` is a date, one that
        every possible case shares."""
        result = self.result(name)
        if not result.cases:
            return None
        case = next(c for c in self.plan.rules[name] if c.index == result.cases[0])
        if case.case.inherit:
            return self._deadline_spec(case.value[1])
        return case.deadline

    def citations(self, name: str) -> tuple[Any, ...]:
        """The provisions behind the value: the sources of the possible cases and the citations
        of the declared dates they read (recursively)."""
        out: dict[Any, None] = {}
        stack, seen = [name], set()
        while stack:
            current = stack.pop(0)
            if current in seen:
                continue
            seen.add(current)
            result = self.result(current)
            by_index = {c.index: c for c in self.plan.rules[current]}
            for index in result.cases:
                case = by_index[index]
                out.setdefault(case.case.ref, None)
                for spec in (case.value, case.deadline):
                    for fact in _facts(spec):
                        for citation in fact.citations:
                            out.setdefault(citation, None)
            stack.extend(result.refs)
        return tuple(out)

    def interpretations(self, name: str) -> tuple[str, ...]:
        """The open questions (A1 ...) the possible cases depend on (recursively)."""
        out: dict[str, None] = {}
        stack, seen = [name], set()
        while stack:
            current = stack.pop(0)
            if current in seen:
                continue
            seen.add(current)
            result = self.result(current)
            by_index = {c.index: c for c in self.plan.rules[current]}
            for index in result.cases:
                out.update(dict.fromkeys(by_index[index].case.interpretations))
            stack.extend(result.refs)
        return tuple(out)

    # ------------------------------------------------------------------ explanation

    def explain(self, name: str) -> DateDerivation:
        """The derivation of the date rule ``name``: the cases tried in order (each with the
        derivation of its condition) up to the first that holds."""
        rule = self.plan.declarations[name]
        result = self.result(name)
        steps = []
        for case in self.plan.rules[name]:
            truth = self.truth(case)
            reads = case.reads
            condition = derive(self.evaluation, reads) if isinstance(reads, str) else None
            refs = tuple(self.explain(r) for r in _refs(case.value))
            steps.append(
                DateCaseStep(
                    index=case.index,
                    case=case.case,
                    reads=reads if isinstance(reads, str) else None,
                    truth=truth,
                    condition=condition,
                    value_en=self.describe(case.value, "en"),
                    value_nl=self.describe(case.value, "nl"),
                    refs=refs,
                )
            )
            if truth is True:
                break
        return DateDerivation(name, rule.title_en, rule.title_nl, result, tuple(steps))


def _shown(value: Value | None, lang: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is UNKNOWN:
        return "onbekend" if lang == "nl" else "unknown"
    return "niet van toepassing" if lang == "nl" else "not applicable"


def _facts(spec: _Spec | None) -> list[DatedFact]:
    if spec is None:
        return []
    if spec[0] == "d":
        return [spec[2]]
    if spec[0] == "l":
        return [*_facts(spec[1]), *_facts(spec[2])]
    return []


def _refs(spec: _Spec) -> list[str]:
    if spec[0] == "r":
        return [spec[1]]
    if spec[0] == "l":
        return [*_refs(spec[1]), *_refs(spec[2])]
    return []


_NL_TRUTH = {"true": "waar", "false": "onwaar", "unknown": "onbekend"}


@dataclass(frozen=True)
class DateCaseStep:
    """One case of a date rule as tried: its condition's value and derivation, and its value."""

    index: int
    case: DateCase
    reads: str | None
    truth: Truth
    condition: Derivation | None
    value_en: str
    value_nl: str
    refs: tuple[DateDerivation, ...]

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        case = self.case
        return {
            "case": self.index,
            "source": case.source,
            "label": case.label_nl if lang == "nl" else case.label_en,
            "when": case.when,
            "holds": truth_label(self.truth),
            "value": self.value_nl if lang == "nl" else self.value_en,
            "grace": case.grace,
            "interpretations": list(case.interpretations),
            "condition": None if self.condition is None else self.condition.to_dict(lang),
            "dates_read": [r.to_dict(lang) for r in self.refs],
        }


@dataclass(frozen=True)
class DateDerivation:
    """Why a date rule has its value: the cases tried, in order, up to the first that holds."""

    name: str
    title_en: str
    title_nl: str
    result: DateResult
    steps: tuple[DateCaseStep, ...]

    @property
    def fired(self) -> DateCaseStep | None:
        """The case that gave the value (None when undetermined or none holds)."""
        last = self.steps[-1] if self.steps else None
        return last if last is not None and last.truth is True else None

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        result = self.result
        return {
            "date_rule": self.name,
            "title": self.title_nl if lang == "nl" else self.title_en,
            "value": _shown(result.value, lang) if result.determined else "undetermined",
            "possible": [_shown(v, lang) for v in sorted(result.values, key=_sort_key)],
            "cases": [step.to_dict(lang) for step in self.steps],
        }

    def lines(self, lang: str = "en", depth: int = 0, full: bool = False) -> list[str]:
        """Indented lines; in Dutch words and citations only, no internal names
        (:func:`aiact.views.explain.date_text_lines`)."""
        if lang == "nl" and depth == 0:
            from aiact.views.explain import date_text_lines

            return date_text_lines(self, "nl", full)
        pad = "  " * depth
        nl = lang == "nl"
        result = self.result
        value = (
            _shown(result.value, lang)
            if result.determined
            else ("onbepaald: " if nl else "undetermined: ")
            + ", ".join(_shown(v, lang) for v in sorted(result.values, key=_sort_key))
        )
        title = self.title_nl if nl else self.title_en
        out = [f"{pad}{self.name} = {value}  ({title})"]
        for step in self.steps:
            case = step.case
            label = case.label_nl if nl else case.label_en
            holds = truth_label(step.truth)
            holds = _NL_TRUTH[holds] if nl else holds
            source = case.ref.nl() if nl else case.source
            shown = step.value_nl if nl else step.value_en
            out.append(f"{pad}  [{step.index}] {holds}: {source}: {label}")
            if step.truth is False and not full:
                if step.condition is not None:
                    out.append(f"{pad}      {step.condition.conclusion} = {holds}")
                continue
            out.append(f"{pad}      -> {shown}")
            if step.condition is not None:
                out.extend(step.condition.lines(lang, depth + 3, full=full))
            for ref in step.refs:
                out.extend(ref.lines(lang, depth + 3, full))
        if result.none_possible and not result.determined:
            out.append(
                f"{pad}  ({'geen geval geldt zeker: mogelijk niet van toepassing' if nl else 'no case certainly holds: possibly not applicable'})"  # noqa: E501
            )
        return out

    def text(self, lang: str = "en", full: bool = False) -> str:
        """The derivation as indented text."""
        return "\n".join(self.lines(lang, full=full))

    def unknown_facts(self) -> tuple[str, ...]:
        """The unknown input facts under the undetermined cases (what a questionnaire should ask
        to decide the date): none when the date is determined."""
        if self.result.determined:
            return ()
        seen: dict[str, None] = {}
        stack: list[DateDerivation] = [self]
        while stack:
            node = stack.pop()
            for step in node.steps:
                if step.truth is False:
                    continue
                if step.truth is None and step.condition is not None:
                    if step.condition.is_input:
                        seen.setdefault(step.condition.conclusion, None)
                    else:
                        seen.update(dict.fromkeys(step.condition.unknown_facts()))
                stack.extend(step.refs)
        return tuple(seen)

    def sources(self) -> tuple[str, ...]:
        """Every provision the date relies on: the sources of the cases tried, the rules of
        their conditions and the dates read."""
        seen: dict[str, None] = {}
        for step in self.steps:
            seen.setdefault(step.case.source, None)
            if step.condition is not None:
                seen.update(dict.fromkeys(step.condition.sources()))
            for ref in step.refs:
                seen.update(dict.fromkeys(ref.sources()))
        return tuple(seen)


def spec_facts(spec: _Spec | None) -> list[DatedFact]:
    """The declared dates a resolved value reads (their citations)."""
    return _facts(spec)
