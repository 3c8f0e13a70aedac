"""Dates in the solver: day numbers, comparisons, and the date atoms of today's rules.

A date-valued term is a :class:`DateVal`: ``det`` (it is determined: a known date, or *never*),
``never`` (the date never comes; +infinity) and ``day`` (an integer day number,
:func:`day_number`, read only when determined and not never). A comparison of two terms is a
three-valued :class:`~aiact.verify.kleene.K3`: unknown when either side is undetermined.

Two parts:

* :func:`system_date_atoms` / :func:`model_date_atoms`: today's ``dates.*`` atoms (computed in
  :mod:`aiact.date_facts` outside the rules) written as comparisons of the case's dates with the
  declared cut-off dates of the law version, so that the solver knows what they mean (placed
  before 2 Aug 2026 implies placed before 2 Dec 2027, a change is never before the placing ...).
* **A local stand-in for date rules** (:class:`DateRule`, :func:`encode_date_rules` and the
  reference :func:`evaluate_date_rules`), marked as such: a date-valued conclusion by an ordered
  list of cases, each a condition and a date value, compiled into an if-then-else chain over day
  numbers. The real date rules are being written in ``aiact.engine``/``aiact.ruleset``; when they
  land, the translator encodes them with :func:`ite_chain`, :func:`date_max` and
  :func:`compare`, and the ``dates.*`` atoms become declarations (see ``docs/verification.md``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from aiact.logic import Condition, Truth, evaluate, parse
from aiact.verify._z3 import Expr, z3
from aiact.verify.kleene import K3, encode

EARLIEST = dt.date(1990, 1, 1)
"""The earliest date a case may carry in a counterexample (a bound, so models stay readable)."""
LATEST = dt.date(2100, 12, 31)


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


def input_date(name: str) -> tuple[DateVal, Expr]:
    """A date of the case (``placed_on_market``): unknown when not given. Returns the term and
    its range constraint."""
    known = z3.Bool(f"{name}#known")
    day = z3.Int(f"{name}#day")
    bound = z3.Implies(known, z3.And(day >= day_number(EARLIEST), day <= day_number(LATEST)))
    return DateVal(known, z3.BoolVal(False), day), bound


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


def compare(a: DateVal, op: Op, b: DateVal) -> K3:
    """``a op b`` as a three-valued value: unknown when either side is undetermined."""
    relation = {
        "<": lambda: _less(a, b),
        ">": lambda: _less(b, a),
        "<=": lambda: z3.Not(_less(b, a)),
        ">=": lambda: z3.Not(_less(a, b)),
        "=": lambda: _equal(a, b),
        "!=": lambda: z3.Not(_equal(a, b)),
    }[op]()
    both = z3.And(a.det, b.det)
    return K3(z3.And(both, relation), z3.And(both, z3.Not(relation)))


def plus_days(a: DateVal, days: int) -> DateVal:
    return DateVal(a.det, a.never, a.day + days)


def date_max(a: DateVal, b: DateVal) -> DateVal:
    """The later of two dates: never if either is never (even if the other is undetermined),
    undetermined if either is, else the later day."""
    never = z3.Or(z3.And(a.det, a.never), z3.And(b.det, b.never))
    det = z3.Or(never, z3.And(a.det, b.det))
    return DateVal(det, never, z3.If(a.day >= b.day, a.day, b.day))


def ite_chain(cases: Sequence[tuple[K3, DateVal]]) -> DateVal:
    """Kleene first-match: the value of the first case whose condition is true; undetermined if
    a condition before it is unknown; never if every condition is false."""
    result = NEVER
    for condition, value in reversed(cases):
        result = date_if(condition.t, value, date_if(condition.f, result, UNDETERMINED))
    return result


def value_in(model: Expr, value: DateVal) -> dt.date | Literal["never"] | None:
    """The value of a date term in a solver model: a date, ``"never"`` or ``None``."""
    if not z3.is_true(model.eval(value.det, model_completion=True)):
        return None
    if z3.is_true(model.eval(value.never, model_completion=True)):
        return "never"
    return from_day_number(model.eval(value.day, model_completion=True).as_long())


# --------------------------------------------------------------------------- today's date atoms


@dataclass(frozen=True)
class Cutoffs:
    """The declared dates that today's ``dates.*`` atoms compare with, for one law version."""

    art111_2_route: Mapping[str, dt.date]
    """Art. 111(2) cut-off by route (``annex_iii``, ``annex_i``) under reading A2=route_date."""
    art111_2_general: Mapping[str, dt.date]
    """The same under A2=general_date (equal to the route dates in the original text)."""
    annex_x: dt.date
    art50_2: dt.date | None
    """Art. 111(4) cut-off (amended text only)."""
    gpai: dt.date


def cutoffs(law: object) -> Cutoffs:
    """Read the cut-off dates from :mod:`aiact.timeline` (so they keep their citations there)."""
    from aiact.interpretations import Art111Cutoff, Interpretations
    from aiact.timeline.dates import DateKey, date_of
    from aiact.timeline.schedule import Route
    from aiact.timeline.transitional import art111_2_cutoff
    from aiact.versions import LawVersion

    version = LawVersion.parse(law)  # type: ignore[arg-type]

    def by_route(reading: Art111Cutoff) -> dict[str, dt.date]:
        out = {}
        for route in Route:
            day = art111_2_cutoff(version, route, Interpretations(art111_cutoff=reading)).date
            assert day is not None
            out[route.value] = day
        return out

    return Cutoffs(
        art111_2_route=by_route(Art111Cutoff.ROUTE_DATE),
        art111_2_general=by_route(Art111Cutoff.GENERAL_DATE),
        annex_x=date_of(DateKey.ANNEX_X_CUTOFF, version).date,
        art50_2=date_of(DateKey.ART50_2_LEGACY_CUTOFF, version).date
        if version is LawVersion.AMENDED
        else None,
        gpai=date_of(DateKey.GPAI_LEGACY_CUTOFF, version).date,
    )


def system_date_atoms(
    cut: Cutoffs, placed: DateVal, change_present: Expr, change_day: Expr, a2_route: K3
) -> dict[str, K3]:
    """Today's ``dates.*`` atoms of an AI system (as :func:`aiact.date_facts.system_date_atoms`
    computes them): ``placed`` is the first placing (unknown when not given); a significant
    change is present or not (absent means no change)."""
    atoms: dict[str, K3] = {}
    for route, route_day in cut.art111_2_route.items():
        general_day = cut.art111_2_general[route]
        cutoff = (
            const_date(route_day)
            if route_day == general_day
            else date_if(a2_route.t, const_date(route_day), const_date(general_day))
        )
        atoms[f"dates.placed_before_art111_2_cutoff_{route}"] = compare(placed, "<", cutoff)
        after = z3.And(change_present, change_day >= cutoff.day)
        atoms[f"dates.changed_after_art111_2_cutoff_{route}"] = K3(after, z3.Not(after))
    atoms["dates.placed_before_annex_x_cutoff"] = compare(placed, "<", const_date(cut.annex_x))
    atoms["dates.placed_before_art50_2_cutoff"] = (
        K3(z3.BoolVal(False), z3.BoolVal(True))
        if cut.art50_2 is None
        else compare(placed, "<", const_date(cut.art50_2))
    )
    return atoms


def model_date_atoms(cut: Cutoffs, placed: DateVal) -> dict[str, K3]:
    """Today's ``dates.*`` atom of a GPAI model (Art. 111(3))."""
    return {"dates.model_placed_before_gpai_cutoff": compare(placed, "<", const_date(cut.gpai))}


# --------------------------------------------------------------------------- stand-in date rules
# LOCAL STAND-IN, to be replaced by the date rules of aiact.ruleset when they land. It fixes the
# encoding (an if-then-else chain over day numbers) and its tests; only the types change.


@dataclass(frozen=True)
class DateConst:
    day: dt.date


@dataclass(frozen=True)
class DateInput:
    name: str


@dataclass(frozen=True)
class DateRef:
    name: str


@dataclass(frozen=True)
class DateMax:
    first: DateExpr
    second: DateExpr


@dataclass(frozen=True)
class Never:
    pass


DateExpr: TypeAlias = DateConst | DateInput | DateRef | DateMax | Never

DateValue: TypeAlias = dt.date | Literal["never"] | None
"""A date, ``"never"`` or ``None`` (undetermined)."""


@dataclass(frozen=True)
class DateRule:
    """STAND-IN. ``concludes`` takes the value of the first case whose condition is true."""

    concludes: str
    cases: tuple[tuple[str, DateExpr], ...]

    def conditions(self) -> tuple[Condition, ...]:
        return tuple(parse(text) for text, _ in self.cases)


def evaluate_date_rules(
    rules: Sequence[DateRule],
    truths: Mapping[str, Truth],
    inputs: Mapping[str, dt.date | None],
) -> dict[str, DateValue]:
    """STAND-IN reference semantics (in order; a rule reads only earlier conclusions)."""
    values: dict[str, DateValue] = {}

    def value(expr: DateExpr) -> DateValue:
        if isinstance(expr, DateConst):
            return expr.day
        if isinstance(expr, DateInput):
            return inputs.get(expr.name)
        if isinstance(expr, DateRef):
            return values[expr.name]
        if isinstance(expr, Never):
            return "never"
        a, b = value(expr.first), value(expr.second)
        if a == "never" or b == "never":
            return "never"
        if a is None or b is None:
            return None
        return max(a, b)

    for rule in rules:
        result: DateValue = "never"
        for condition, (_, expr) in zip(rule.conditions(), rule.cases, strict=True):
            truth = evaluate(condition, truths)
            if truth is None:
                result = None
                break
            if truth:
                result = value(expr)
                break
        values[rule.concludes] = result
    return values


def encode_date_rules(
    rules: Sequence[DateRule],
    env: Mapping[str, K3] | Callable[[str], K3],
    inputs: Mapping[str, DateVal],
) -> dict[str, DateVal]:
    """STAND-IN: the date rules as if-then-else chains over day numbers."""
    values: dict[str, DateVal] = {}

    def term(expr: DateExpr) -> DateVal:
        if isinstance(expr, DateConst):
            return const_date(expr.day)
        if isinstance(expr, DateInput):
            return inputs[expr.name]
        if isinstance(expr, DateRef):
            return values[expr.name]
        if isinstance(expr, Never):
            return NEVER
        return date_max(term(expr.first), term(expr.second))

    for rule in rules:
        values[rule.concludes] = ite_chain(
            [
                (encode(c, env), term(e))
                for c, (_, e) in zip(rule.conditions(), rule.cases, strict=True)
            ]
        )
    return values
