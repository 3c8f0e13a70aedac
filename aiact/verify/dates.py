"""Dates in the solver: day numbers, the input dates of a case, the declared date comparisons
(``dates.*``) and the date rules (:mod:`aiact.daterules`).

**A date term** is a :class:`DateVal`: ``det`` (it is determined: a known date, or *never*),
``never`` (the date never comes; later than every day) and ``day`` (an integer day number,
:func:`day_number`, read only when determined and not never). An *undetermined* term (``det``
false) is the engine's ``UNKNOWN``: an input date that is not given.

**The value of a date rule** is what :class:`aiact.engine.dates.DateResult` reports: the *set* of
its possible values (a date, never, or an unknown input date), with Kleene first-true selection:
the cases that are not false up to and including the first true one may give the value, and
"never" is possible when no case is true. In the solver the set is a :class:`DateSet`: a list of
*slots*, each a presence condition and a date term, one per value a case can give (a
:class:`~aiact.daterules.Later` of two rules with 3 and 4 values gives 12 slots); the set is the
values of the present slots, and the rule is *determined* when they are all one date or all
never (one value, not an unknown input). Slots with the same symbolic value are merged, so a
value reached by several cases is one slot. This is the representation the differential test
holds to the engine (``tests/test_verify_translation.py``): for each date rule the values of the
present slots are exactly ``DateResult.values``.

**Comparisons** of a date-valued conclusion (``applies_from(art26_1) <= 2027-12-02``) are
three-valued: true when every possible value satisfies the relation, false when none does,
unknown otherwise (an unknown input date satisfies neither); a property test holds when it is
true, as for a condition. :meth:`DateSet.on` is the same for "has the date come by ``day``"
(:meth:`aiact.engine.dates.DateResult.on`, which dates the risk tier).

**The ``dates.*`` atoms** are the declarations of :data:`aiact.date_facts.COMPARISONS`: an input
date of the case compared with a declared date chosen per law version and reading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from aiact.date_facts import AS_OF_COMPARISONS, COMPARISONS, MODEL_COMPARISONS
from aiact.daterules import (
    DateComparison,
    DateOf,
    DateRule,
    DateValue,
    Declared,
    InputDate,
    Later,
    Never,
    case_predicate,
)
from aiact.logic import Truth
from aiact.verify._z3 import Expr, z3
from aiact.verify.kleene import FALSE, K3, const
from aiact.versions import LawVersion

EARLIEST = dt.date(1990, 1, 1)
"""The earliest date a case may carry in a counterexample (a bound, so models stay readable)."""
LATEST = dt.date(2100, 12, 31)
FIRST_AS_OF = dt.date(2024, 8, 1)
"""The earliest day assessed: the entry into force (Art. 113, first paragraph)."""


def day_number(day: dt.date) -> int:
    """The integer the solver uses for ``day`` (the proleptic Gregorian ordinal)."""
    return day.toordinal()


def from_day_number(number: int) -> dt.date:
    return dt.date.fromordinal(number)


@dataclass(frozen=True, slots=True)
class DateVal:
    """A date-valued term: determined or not, never or a day number."""

    det: Expr
    never: Expr
    day: Expr

    @property
    def is_day(self) -> Expr:
        """Determined and a real day (not never)."""
        return z3.And(self.det, z3.Not(self.never))


def const_date(day: dt.date) -> DateVal:
    return DateVal(z3.BoolVal(True), z3.BoolVal(False), z3.IntVal(day_number(day)))


NEVER = DateVal(z3.BoolVal(True), z3.BoolVal(True), z3.IntVal(0))
UNDETERMINED = DateVal(z3.BoolVal(False), z3.BoolVal(False), z3.IntVal(0))


def bounded_day(name: str, low: dt.date = EARLIEST, high: dt.date = LATEST) -> tuple[Expr, Expr]:
    """An integer day variable and its range constraint."""
    day = z3.Int(name)
    return day, z3.And(day >= day_number(low), day <= day_number(high))


def date_if(condition: Expr, then: DateVal, otherwise: DateVal) -> DateVal:
    return DateVal(
        z3.If(condition, then.det, otherwise.det),
        z3.If(condition, then.never, otherwise.never),
        z3.If(condition, then.day, otherwise.day),
    )


Op = Literal["<", "<=", "=", "!=", ">", ">="]


def _less(a: DateVal, b: DateVal) -> Expr:
    """``a < b`` for determined terms, never being later than every day."""
    return z3.And(z3.Not(a.never), z3.Or(b.never, a.day < b.day))


def _equal(a: DateVal, b: DateVal) -> Expr:
    return z3.Or(z3.And(a.never, b.never), z3.And(z3.Not(a.never), z3.Not(b.never), a.day == b.day))


def relation(a: DateVal, op: Op, b: DateVal) -> Expr:
    """``a op b`` for determined terms (two-valued)."""
    return {
        "<": lambda: _less(a, b),
        ">": lambda: _less(b, a),
        "<=": lambda: z3.Not(_less(b, a)),
        ">=": lambda: z3.Not(_less(a, b)),
        "=": lambda: _equal(a, b),
        "!=": lambda: z3.Not(_equal(a, b)),
    }[op]()


def compare(a: DateVal, op: Op, b: DateVal) -> K3:
    """``a op b`` as a three-valued value: unknown when either side is undetermined."""
    holds = relation(a, op, b)
    both = z3.And(a.det, b.det)
    return K3(z3.And(both, holds), z3.And(both, z3.Not(holds)))


def same_value(a: DateVal, b: DateVal) -> Expr:
    """The two terms are the same value of a set (both undetermined counts as the same:
    the engine's one ``UNKNOWN``)."""
    return z3.Or(z3.And(z3.Not(a.det), z3.Not(b.det)), z3.And(a.det, b.det, _equal(a, b)))


def plus_days(a: DateVal, days: int) -> DateVal:
    return DateVal(a.det, a.never, a.day + days)


def date_max(a: DateVal, b: DateVal) -> DateVal:
    """The later of two dates (:func:`aiact.engine.dates._later`): never if either is never
    (even if the other is undetermined), undetermined if either is, else the later day."""
    never = z3.Or(z3.And(a.det, a.never), z3.And(b.det, b.never))
    det = z3.Or(never, z3.And(a.det, b.det))
    return DateVal(det, never, z3.If(a.day >= b.day, a.day, b.day))


def ite_chain(cases: Sequence[tuple[K3, DateVal]]) -> DateVal:
    """Kleene first-match to one value: the value of the first case whose condition is true;
    undetermined if a condition before it is unknown; never if every condition is false. (The
    date rules keep the possible values as a set instead: :func:`encode_date_rule`.)"""
    result = NEVER
    for condition, value in reversed(cases):
        result = date_if(condition.t, value, date_if(condition.f, result, UNDETERMINED))
    return result


DateValue_: TypeAlias = dt.date | Literal["never"] | None
"""A concrete value read from a model: a date, ``"never"`` or ``None`` (undetermined)."""


def value_in(model: Expr, value: DateVal) -> DateValue_:
    """The value of a date term in a solver model: a date, ``"never"`` or ``None``."""
    if not z3.is_true(model.eval(value.det, model_completion=True)):
        return None
    if z3.is_true(model.eval(value.never, model_completion=True)):
        return "never"
    return from_day_number(model.eval(value.day, model_completion=True).as_long())


# --------------------------------------------------------------------------- the case's dates


FALSE_EXPR = z3.BoolVal(False)


@dataclass(frozen=True)
class InputDay:
    """One date field of a case file: a day given (``known``, with its day number), ``"none"``
    given (``none``: the event did not happen; only a field that can say so, the significant
    change of Art. 111(2)), or empty. ``known`` and ``none`` are exclusive."""

    known: Expr
    day: Expr
    none: Expr = FALSE_EXPR

    @property
    def stated(self) -> Expr:
        """The field is given: a day or ``"none"``."""
        return z3.Or(self.known, self.none) if not z3.is_false(self.none) else self.known

    @property
    def value(self) -> DateVal:
        """The field as a term: the day when given, never when ``"none"``, undetermined when
        empty."""
        return DateVal(self.stated, self.none, self.day)


def input_day(name: str, can_be_none: bool = False) -> tuple[InputDay, Expr]:
    """A date field of the case and its constraint: within 1990-2100 when given, and (with
    ``can_be_none``: the field may say ``"none"``, a Bool ``<name>#none``) not both a day and
    ``"none"``."""
    known = z3.Bool(f"{name}#known")
    day, bound = bounded_day(f"{name}#day")
    if not can_be_none:
        return InputDay(known, day), z3.Implies(known, bound)
    none = z3.Bool(f"{name}#none")
    return InputDay(known, day, none), z3.And(z3.Implies(known, bound), z3.Not(z3.And(known, none)))


def system_input_dates(placed: InputDay, service: InputDay, change: InputDay) -> dict[str, DateVal]:
    """The input dates of an AI system (:func:`aiact.date_facts.system_input_dates`): the first
    placing is the earlier given of the placing and the putting into service (unknown with
    neither); an empty placing or putting into service with the other given did not happen
    (never); the significant change is its day, never when ``"none"`` (no significant change)
    and unknown when empty (round 13: an empty one no longer means none)."""
    either = z3.Or(placed.known, service.known)
    earliest = z3.If(
        z3.And(placed.known, service.known),
        z3.If(placed.day <= service.day, placed.day, service.day),
        z3.If(placed.known, placed.day, service.day),
    )
    return {
        "first_placed": DateVal(either, z3.BoolVal(False), earliest),
        "placed_on_market": DateVal(
            either, z3.And(z3.Not(placed.known), service.known), placed.day
        ),
        "put_into_service": DateVal(
            either, z3.And(placed.known, z3.Not(service.known)), service.day
        ),
        "significant_change": change.value,
    }


def model_input_dates(placed: InputDay) -> dict[str, DateVal]:
    """The input date of a general-purpose AI model (its placing on the market)."""
    return {"placed_on_market": placed.value}


# --------------------------------------------------------------------------- the dates.* atoms


def _compare_with(value: DateVal, relation_name: str, target: dt.date | None) -> K3:
    """:func:`aiact.date_facts.compare`: false when the target does not exist in the version or
    the input date did not happen, unknown when it is unknown."""
    if target is None:
        return FALSE
    number = day_number(target)
    holds = {
        "before": value.day < number,
        "on_or_after": value.day >= number,
        "on_or_before": value.day <= number,
    }[relation_name]
    happened = z3.And(value.det, z3.Not(value.never))
    return K3(z3.And(happened, holds), z3.And(value.det, z3.Or(value.never, z3.Not(holds))))


def comparison_atom(
    declaration: DateComparison,
    law: LawVersion,
    inputs: Mapping[str, DateVal],
    switch: Callable[[str], K3],
) -> K3:
    """One ``dates.*`` atom: the input date compared with the first target of the declaration
    that matches the law version and the reading (:func:`aiact.date_facts.target_of`; a switch
    counts only when it is true)."""
    from aiact.timeline.dates import date_of

    value = inputs[declaration.input]
    chain: list[tuple[str | None, dt.date | None]] = []
    for target in declaration.targets:
        if law not in target.versions:
            continue
        day = None if target.key is None else date_of(target.key, law).date
        chain.append((target.when, day))
        if target.when is None:
            break
    result = FALSE  # no target matches: the provision is not in this version
    for when, day in reversed(chain):
        here = _compare_with(value, declaration.relation, day)
        if when is None:
            result = here
            continue
        chosen = switch(when).t
        result = K3(z3.If(chosen, here.t, result.t), z3.If(chosen, here.f, result.f))
    return result


def comparison_atoms(
    kind: Literal["system", "model"],
    law: LawVersion,
    inputs: Mapping[str, DateVal],
    switch: Callable[[str], K3],
) -> dict[str, K3]:
    """Every ``dates.*`` atom of a system or model."""
    table = COMPARISONS if kind == "system" else MODEL_COMPARISONS
    return {c.atom: comparison_atom(c, law, inputs, switch) for c in table}


def as_of_atoms(
    kind: Literal["system", "model"],
    law: LawVersion,
    as_of: Expr,
    switch: Callable[[str], K3],
) -> dict[str, K3]:
    """The ``dates.*`` atoms that compare the day assessed (:data:`aiact.date_facts.
    AS_OF_COMPARISONS`, ``dates.art80_2_finding_possible``): a day always known."""
    if kind != "system":
        return {}
    day = DateVal(z3.BoolVal(True), z3.BoolVal(False), as_of)
    return {c.atom: comparison_atom(c, law, {c.input: day}, switch) for c in AS_OF_COMPARISONS}


def comparison_days(law: LawVersion) -> tuple[dt.date, ...]:
    """Every declared date a comparison of ``law`` reads (for the vocabulary of diffs)."""
    from aiact.timeline.dates import date_of

    days = {
        date_of(t.key, law).date
        for c in (*COMPARISONS, *MODEL_COMPARISONS, *AS_OF_COMPARISONS)
        for t in c.targets
        if law in t.versions and t.key is not None
    }
    return tuple(sorted(days))


# --------------------------------------------------------------------------- date rules


UNKNOWN_LABEL: Literal["unknown"] = "unknown"


@dataclass(frozen=True)
class Slot:
    """One possible value of a date rule: present when ``present`` holds, with the value
    ``value``; ``label`` names the value symbolically (``2027-12-02``, ``never``,
    ``later(significant_change, 2027-12-02)``); ``fixed`` is the value when it is a constant."""

    present: Expr
    value: DateVal
    label: str
    fixed: dt.date | Literal["never"] | None = None


@dataclass(frozen=True)
class DateSet:
    """The possible values of a date rule (see the module docstring)."""

    slots: tuple[Slot, ...]

    def values_in(self, model: Expr) -> frozenset[dt.date | Literal["never", "unknown"]]:
        """The set of possible values in a model (``"unknown"``: an unknown input date)."""
        out: set[dt.date | Literal["never", "unknown"]] = set()
        for slot in self.slots:
            if z3.is_true(model.eval(slot.present, model_completion=True)):
                value = value_in(model, slot.value)
                out.add(UNKNOWN_LABEL if value is None else value)
        return frozenset(out)

    def labels_in(self, model: Expr) -> frozenset[str]:
        """The labels of the present slots in a model."""
        return frozenset(
            s.label for s in self.slots if z3.is_true(model.eval(s.present, model_completion=True))
        )

    def every(self, test: Callable[[DateVal], Expr]) -> Expr:
        """Every present value passes ``test``."""
        return z3.And([z3.Implies(s.present, test(s.value)) for s in self.slots])

    def some(self, test: Callable[[DateVal], Expr]) -> Expr:
        return z3.Or([z3.And(s.present, test(s.value)) for s in self.slots])

    def compare(self, op: Op, other: DateVal) -> K3:
        """``value op other``: true when every possible value satisfies it, false when none
        does (an unknown value, or an undetermined ``other``, satisfies neither)."""
        return K3(
            self.every(lambda v: compare(v, op, other).t),
            self.every(lambda v: compare(v, op, other).f),
        )

    def on(self, day: Expr) -> K3:
        """Whether the value has come by ``day`` (an integer day number):
        :meth:`aiact.engine.dates.DateResult.on`."""
        return K3(
            self.every(lambda v: z3.And(v.is_day, v.day <= day)),
            self.every(lambda v: z3.And(v.det, z3.Or(v.never, v.day > day))),
        )

    @property
    def determined(self) -> Expr:
        """One value whatever the unknown facts are (and not an unknown input date):
        :attr:`aiact.engine.dates.DateResult.determined`."""
        parts = [z3.Implies(s.present, s.value.det) for s in self.slots]
        for i, a in enumerate(self.slots):
            for b in self.slots[i + 1 :]:
                parts.append(z3.Implies(z3.And(a.present, b.present), same_value(a.value, b.value)))
        return z3.And(parts)

    def same_set(self, other: DateSet) -> Expr:
        """The two sets of possible values are equal."""

        def within(a: DateSet, b: DateSet) -> Expr:
            return z3.And(
                [
                    z3.Implies(
                        s.present,
                        z3.Or([z3.And(t.present, same_value(s.value, t.value)) for t in b.slots]),
                    )
                    for s in a.slots
                ]
            )

        return z3.And(within(self, other), within(other, self))


def _fixed_label(value: dt.date | Literal["never"]) -> str:
    return "never" if value == "never" else value.isoformat()


def _merge(slots: Iterable[Slot]) -> tuple[Slot, ...]:
    """One slot per symbolic value (the presence conditions joined); slots that can never be
    present dropped."""
    by_label: dict[str, list[Slot]] = {}
    for slot in slots:
        if z3.is_false(slot.present):
            continue
        by_label.setdefault(slot.label, []).append(slot)
    out = []
    for label, group in by_label.items():
        present = group[0].present if len(group) == 1 else z3.Or([s.present for s in group])
        out.append(Slot(z3.simplify(present), group[0].value, label, group[0].fixed))
    return tuple(out)


def _value_slots(
    value: DateValue,
    law: LawVersion,
    inputs: Mapping[str, DateVal],
    done: Mapping[str, DateSet],
) -> list[Slot]:
    """The possible values of a date value (:mod:`aiact.daterules`), each with the condition
    under which it is possible."""
    true = z3.BoolVal(True)
    if isinstance(value, Declared):
        from aiact.timeline.dates import date_of

        day = date_of(value.key, law).date
        return [Slot(true, const_date(day), day.isoformat(), day)]
    if isinstance(value, InputDate):
        return [Slot(true, inputs[value.name], value.name)]
    if isinstance(value, DateOf):
        return list(done[value.name].slots)
    if isinstance(value, Never):
        return [Slot(true, NEVER, "never", "never")]
    assert isinstance(value, Later)
    out = []
    for a in _value_slots(value.first, law, inputs, done):
        for b in _value_slots(value.second, law, inputs, done):
            present = z3.simplify(z3.And(a.present, b.present))
            if a.fixed is not None and b.fixed is not None:
                fixed: dt.date | Literal["never"] = (
                    "never" if "never" in (a.fixed, b.fixed) else max(a.fixed, b.fixed)  # type: ignore[type-var,unused-ignore]
                )
                term = NEVER if isinstance(fixed, str) else const_date(fixed)
                out.append(Slot(present, term, _fixed_label(fixed), fixed))
            elif "never" in (a.fixed, b.fixed):
                out.append(Slot(present, NEVER, "never", "never"))
            else:
                out.append(
                    Slot(present, date_max(a.value, b.value), f"later({a.label}, {b.label})")
                )
    return out


def encode_date_rule(
    rule: DateRule,
    law: LawVersion,
    truth: Callable[[str], K3],
    inputs: Mapping[str, DateVal],
    done: Mapping[str, DateSet],
) -> tuple[DateSet, dict[int, tuple[Expr, Expr]]]:
    """The possible values of ``rule`` (:class:`aiact.engine.dates.DateEvaluation`): each case
    of the version, in order, may give its value when its condition is not false and no earlier
    case is true; "never" when no case is true. Also, per case index, when the case *may* give
    the value and when it is *selected* (its condition true, no earlier one true)."""
    slots: list[Slot] = []
    cases: dict[int, tuple[Expr, Expr]] = {}
    earlier = z3.BoolVal(False)
    for index, case in enumerate(rule.cases):
        if law not in case.versions:
            continue
        reads = case_predicate(rule, index, case)
        condition = truth(reads) if isinstance(reads, str) else const(_truth(reads))
        may = z3.simplify(z3.And(z3.Not(condition.f), z3.Not(earlier)))
        cases[index] = (may, z3.simplify(z3.And(condition.t, z3.Not(earlier))))
        for slot in _value_slots(case.value, law, inputs, done):
            slots.append(Slot(z3.And(may, slot.present), slot.value, slot.label, slot.fixed))
        earlier = z3.Or(earlier, condition.t)
    slots.append(Slot(z3.simplify(z3.Not(earlier)), NEVER, "never", "never"))
    return DateSet(_merge(slots)), cases


def _truth(value: bool | None) -> Truth:
    return value


def encode_date_rules(
    rules: Sequence[DateRule],
    law: LawVersion,
    truth: Callable[[str], K3],
    inputs: Mapping[str, DateVal],
) -> tuple[dict[str, DateSet], dict[str, dict[int, tuple[Expr, Expr]]]]:
    """Every date rule of a rule set (in their order: each after those it reads)."""
    done: dict[str, DateSet] = {}
    cases: dict[str, dict[int, tuple[Expr, Expr]]] = {}
    for rule in rules:
        done[rule.name], cases[rule.name] = encode_date_rule(rule, law, truth, inputs, done)
    return done, cases


NO_DEADLINE = "none"
"""The label of "no deadline" in a deadline set (the engine's None; a deadline that is never is
the same)."""


def encode_deadlines(
    rules: Sequence[DateRule],
    law: LawVersion,
    inputs: Mapping[str, DateVal],
    values: Mapping[str, DateSet],
    cases: Mapping[str, Mapping[int, tuple[Expr, Expr]]],
) -> dict[str, DateSet]:
    """The possible "comply by" deadlines of every date rule, as
    :class:`aiact.engine.dates.DateResult` reports them (``deadlines``): each case that may
    give the value (``cases``, from :func:`encode_date_rule`) contributes its deadline (none
    when it has none; an inheriting case, :attr:`aiact.daterules.DateCase.inherit`, the
    deadlines of the rule it defers to), and none when no case is true. No deadline is the slot
    labelled :data:`NO_DEADLINE`, valued *never*; :attr:`DateSet.determined` with a real day is
    ``DateResult.deadline`` (one deadline, a date)."""
    true = z3.BoolVal(True)
    none = Slot(true, NEVER, NO_DEADLINE, "never")
    done: dict[str, DateSet] = {}
    for rule in rules:
        selected = cases[rule.name]
        slots: list[Slot] = []
        for index, case in enumerate(rule.cases):
            if index not in selected:
                continue
            may = selected[index][0]
            source: Sequence[Slot]
            if case.inherit:
                assert isinstance(case.value, DateOf)
                source = done[case.value.name].slots
            elif case.deadline is None:
                source = [none]
            else:
                source = _value_slots(case.deadline, law, inputs, values)
            for slot in source:
                slots.append(Slot(z3.And(may, slot.present), slot.value, slot.label, slot.fixed))
        fired = z3.Or([when for _, when in selected.values()]) if selected else z3.BoolVal(False)
        slots.append(Slot(z3.simplify(z3.Not(fired)), NEVER, NO_DEADLINE, "never"))
        named = [
            Slot(s.present, s.value, NO_DEADLINE, s.fixed) if s.fixed == "never" else s
            for s in slots
        ]
        done[rule.name] = DateSet(_merge(named))
    return done


def declared_days(law: LawVersion) -> tuple[dt.date, ...]:
    """Every date the Act declares for ``law`` (the dates a date rule can take)."""
    from aiact.timeline.dates import DateKey, NotInVersionError, date_of

    out = set()
    for key in DateKey:
        try:
            out.add(date_of(key, law).date)
        except NotInVersionError:
            continue
    return tuple(sorted(out))
