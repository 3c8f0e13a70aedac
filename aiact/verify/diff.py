"""What changed, exactly: the cases whose answer differs between two law versions or two sets
of readings (issue 19, part 4).

For a goal (the risk tier, a conclusion, an obligation's applicability) and two *sides* (a law
version with a reading each), :func:`diff` finds every change of answer (``high_risk`` ->
``minimal``; ``applies`` -> ``does not apply`` ...) and describes the set of cases with that
change as a short condition over facts: a union of *parts*, each a conjunction of facts (a prime
implicant: no fact can be dropped from it) with a witness case file. The union is exact: the
solver proves that every case with the change satisfies some part, and every case satisfying a
part has the change.

How: the two rule sets are encoded over one shared case. A model of "the answers differ" gives
a full assignment of the facts the goal reads; the assignment is shrunk to a prime implicant
(an unsatisfiable core of "the part holds and the answers do not differ so", then dropping facts
one by one, negative facts first), blocked, and the search goes on until no case is left. Dates
appear as comparisons with the declared dates of either side (``placed_on_market <
2027-12-02``).

By default the cases are those that state every fact the goal reads (``cases="known"``): a
readable description of what the law does to a fully described system. ``cases="any"`` also
covers cases with unknown facts (parts may then say ``unknown(...)``).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from aiact.assessment import RiskTier
from aiact.case import Case
from aiact.interpretations import DEFAULT_INTERPRETATIONS, Interpretations
from aiact.logic import Truth, truth_label
from aiact.ruleset import RuleSet
from aiact.verify._z3 import Expr, z3
from aiact.verify.cases import case_from_values, fewest_fields, pin_fields
from aiact.verify.cases import lexmin as _lexmin
from aiact.verify.cases import wish_literals as _wishes
from aiact.verify.dates import (
    FIRST_AS_OF,
    DateVal,
    comparison_days,
    day_number,
    declared_days,
    same_value,
)
from aiact.verify.encode import DEADLINE_PREFIX, CaseVars, Encoding, Kind, Reading, encoding
from aiact.verify.relevance import goal_names
from aiact.versions import LawVersion

Over = Literal["facts", "inputs", "conclusions"]
"""What parts are written over: ``inputs``, the input facts (and dates) alone; ``facts``, also
the few conclusions that sum up whole chapters (:data:`SUMMARIES`: without them "no
prohibition of Art. 5 applies" is a long disjunction of facts, and a change splits into a part
per way of it); ``conclusions``, every conclusion with the same value on both sides."""

SUMMARIES: dict[str, str] = {
    "scope.ai_system": "an AI system (Art. 3(1))",
    "scope.in_scope": "within the Act's scope (Art. 2)",
    "art5.any": "a prohibited practice (Art. 5)",
    "art50.any": "a transparency obligation of Art. 50 applies",
    "hr.high_risk": "high-risk (Art. 6)",
    "gpai.model": "a general-purpose AI model (Art. 3(63))",
    "gpai.in_scope": "a general-purpose AI model within the Act's scope",
    "gpai.systemic_risk": "a general-purpose AI model with systemic risk (Art. 51)",
}
"""The conclusions parts may name with ``over="facts"``: those the risk tier is read from
(:data:`aiact.verify.encode.TIER_PREDICATES`), each with what it says."""


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a law version and a reading."""

    law: LawVersion
    interpretations: Interpretations = DEFAULT_INTERPRETATIONS
    label: str = ""

    @property
    def name(self) -> str:
        if self.label:
            return self.label
        default = DEFAULT_INTERPRETATIONS.labels()
        changed = [
            f"{q}={v}" for q, v in self.interpretations.labels().items() if default.get(q) != v
        ]
        return self.law.value + (f" ({', '.join(changed)})" if changed else "")


@dataclass(frozen=True)
class Part:
    """One part of a change: the cases that satisfy ``literals`` (all of them)."""

    literals: tuple[str, ...]
    """Facts in the condition language (``annex_iii.4a``, ``not roles.provider``) and date
    comparisons (``placed_on_market < 2027-12-02``)."""
    witness: Case
    """A case with the fewest stated facts in this part (law and reading of the first side)."""

    @property
    def condition(self) -> str:
        return " and ".join(self.literals) or "true"


@dataclass(frozen=True)
class Change:
    """The cases whose answer is ``before`` on the first side and ``after`` on the second."""

    before: str
    after: str
    parts: tuple[Part, ...]
    complete: bool
    """False when the search stopped at ``max_parts`` (more parts exist)."""

    @property
    def common(self) -> tuple[str, ...]:
        """The facts every part states (a common factor, for reading)."""
        if not self.parts:
            return ()
        shared = set(self.parts[0].literals)
        for part in self.parts[1:]:
            shared &= set(part.literals)
        return tuple(lit for lit in self.parts[0].literals if lit in shared)


@dataclass(frozen=True)
class Diff:
    goal: str
    kind: Kind
    first: Side
    second: Side
    changes: tuple[Change, ...]
    seconds: float
    cases: Literal["known", "any"] = "known"
    reads: tuple[str, ...] = field(default=())
    """The facts the goal reads on either side (its cone)."""
    over: Over = "facts"
    date_rule: str | None = None
    """For a date goal (``applies_from(art26_1)``): the date rule compared."""

    @property
    def empty(self) -> bool:
        return not self.changes

    @property
    def size(self) -> int:
        """The number of parts over all changes."""
        return sum(len(c.parts) for c in self.changes)


def _label(value: Truth, obligation: bool) -> str:
    if obligation:
        return {True: "applies", False: "does not apply", None: "undetermined"}[value]
    return truth_label(value)


def _cone(rules: Sequence[RuleSet], goals: Sequence[str]) -> set[str]:
    """The input atoms the goals read, directly or through conclusions, on either side."""
    import networkx as nx

    targets = []
    for name in goals:
        if name == "tier":
            targets += ["scope.ai_system", "scope.in_scope", "art5.any", "hr.high_risk"]
            targets += ["art50.any", "gpai.model", "gpai.in_scope", "gpai.systemic_risk"]
        else:
            targets.append(name)
    found: set[str] = set()
    for ruleset in rules:
        graph = ruleset.graph
        for target in targets:
            if target in graph:
                found |= {n for n in nx.ancestors(graph, target) if n in ruleset.inputs}
                if target in ruleset.inputs:
                    found.add(target)
    return found


class _Vocabulary:
    """The literals parts are written in, each with a priority for keeping it (higher: kept
    longer when a part is shrunk): the input facts the goal reads (``over="facts"``, the
    default: what a person states); date comparisons with the declared dates of both sides; and,
    with ``over="conclusions"``, also conclusions with the same value on both sides (an
    abstraction a reader of the rules knows: ``scope.in_scope``, ``not art5.binding``)."""

    def __init__(
        self,
        case: CaseVars,
        cone: set[str],
        laws: Sequence[LawVersion],
        sides: tuple[Encoding, Encoding],
        goal: str,
        unknowns: bool,
        over: Over,
        dates: bool,
        extra_days: Iterable[dt.date] = (),
    ) -> None:
        self.items: list[tuple[str, Expr, int]] = []
        self.prefer: list[Expr] = []
        """Preferences for the next case to describe, in order (a lexicographically least
        case: facts false, or unknown when allowed; dates late; no significant change, stated
        as ``"none"``)."""
        seen: set[str] = set()

        def add(text: str, expr: Expr, keep: int) -> None:
            if text not in seen:
                seen.add(text)
                self.items.append((text, expr, keep))

        for name in sorted(case.facts, reverse=True):
            value = case.facts[name]
            if name in cone:
                add(name, value.t, 1)
                add(f"not {name}", value.f, 0)
                self.prefer.append(z3.Not(value.t))
                if unknowns:
                    add(f"unknown({name})", value.unknown, 0)
                    self.prefer.append(value.known)
        days: set[dt.date] = set()
        placed = case.first_placed
        change = case.inputs.get("significant_change")
        raw = case.inputs.get("placed_on_market") if case.kind == "system" else None
        if dates:
            days |= set(extra_days)
            for law in laws:
                days |= set(comparison_days(law))
            if unknowns:
                add("unknown(placed_on_market)", z3.Not(placed.det), 1)
                self.prefer.append(placed.det)
                if change is not None:  # the significant change left empty: not known
                    add("unknown(significant_change)", z3.Not(change.det), 1)
                    self.prefer.append(change.det)
            for day in sorted(days):
                text = day.isoformat()
                before = z3.And(placed.is_day, placed.day < day_number(day))
                after = z3.And(placed.is_day, placed.day >= day_number(day))
                add(f"placed_on_market < {text}", before, 2)
                add(f"placed_on_market >= {text}", after, 2)
                self.prefer.append(z3.Not(before))
                if raw is not None:  # Art. 111(4): the placing itself, not the first placing
                    early = z3.And(raw.is_day, raw.day < day_number(day))
                    add(f"market_placing < {text}", early, 2)
                    add(f"not market_placing < {text}", z3.Not(early), 1)
                    self.prefer.append(z3.Not(early))
                if change is not None:
                    # "not significant_change >= D": the change is known, and none ("none")
                    # or before D; an unknown one satisfies neither (unknown(...) above)
                    changed = z3.And(change.is_day, change.day >= day_number(day))
                    add(f"significant_change >= {text}", changed, 2)
                    add(
                        f"not significant_change >= {text}",
                        z3.And(change.det, z3.Not(changed)),
                        1,
                    )
                    self.prefer.append(z3.Not(changed))
        if over == "inputs":
            return
        first, second = sides
        for name in first.ruleset.order:
            if over == "facts" and name not in SUMMARIES:
                continue
            if (
                name == goal
                or name.startswith(("obligation.", "datecase."))  # datecase.*: internal
                or name not in second.values
            ):
                continue
            a, b = first.values[name], second.values[name]
            add(name, z3.And(a.t, b.t), 4)
            add(f"not {name}", z3.And(a.f, b.f), 3)
            if unknowns:
                add(f"unknown({name})", z3.And(a.unknown, b.unknown), 3)


def _goal_value(enc: Encoding, name: str, value: object) -> Expr:
    if name == "tier":  # the classification apart from the date
        assert isinstance(value, RiskTier)
        return enc.classification.is_(value)
    return enc.value(name).is_value(value)  # type: ignore[arg-type]


_DATE_GOAL = re.compile(r"^\s*(applies_from|deadline|date)\s*\(\s*(.+?)\s*\)\s*$")


def date_goal(goal: str) -> tuple[str | None, str] | None:
    """``applies_from(art26_1)``: the obligation's predicate and the date rule of its timing
    group (:func:`aiact.rules.timing.timing_group`); ``deadline(art26_1)``: the same with the
    rule's "comply by" deadline (``deadline:<rule>``, :data:`aiact.verify.encode.
    DEADLINE_PREFIX`); ``date(from.high_risk)``: no predicate and the date rule; anything else:
    None."""
    match = _DATE_GOAL.match(goal)
    if match is None:
        return None
    function, argument = match.groups()
    if function == "date":
        return None, argument
    from aiact.obligations.catalogue import catalogue
    from aiact.rules.timing import timing_group

    obligation = catalogue().get(argument)
    rule = timing_group(obligation).rule
    return obligation.predicate, (DEADLINE_PREFIX + rule if function == "deadline" else rule)


def _date_reads(ruleset: RuleSet, name: str) -> set[str]:
    """The booleans the cases of the date rule ``name`` read, and those of the date rules it
    reads (:class:`aiact.daterules.DateOf`)."""
    from aiact.daterules import DateOf, Later, case_predicate

    deadlines = name.startswith(DEADLINE_PREFIX)  # the deadline's values too
    name = name.removeprefix(DEADLINE_PREFIX)
    rules = {rule.name: rule for rule in ruleset.date_rules}
    out: set[str] = set()
    todo, done = [name], set()
    while todo:
        current = todo.pop()
        if current in done or current not in rules:
            continue
        done.add(current)
        rule = rules[current]
        for index, case in enumerate(rule.cases):
            if ruleset.law not in case.versions:
                continue
            reads = case_predicate(rule, index, case)
            if isinstance(reads, str):
                out.add(reads)
            values = [case.value]
            if deadlines and case.deadline is not None:
                values.append(case.deadline)
            while values:
                value = values.pop()
                if isinstance(value, DateOf):
                    todo.append(value.name)
                elif isinstance(value, Later):
                    values += [value.first, value.second]
    return out


def _date_values(
    enc: Encoding, rule: str, unknowns: bool
) -> list[tuple[str, Expr, DateVal | None]]:
    """The answers a date rule can give a case: one per value (slot) of its set, when it is the
    only value (determined); with unknown facts allowed, also ``undetermined``."""
    slots = enc.date(rule).slots
    out: list[tuple[str, Expr, DateVal | None]] = []
    for slot in slots:
        alone = [
            z3.Implies(other.present, same_value(other.value, slot.value))
            for other in slots
            if other is not slot
        ]
        out.append((slot.label, z3.And(slot.present, slot.value.det, *alone), slot.value))
    if unknowns:
        out.append(("undetermined", z3.Not(enc.date(rule).determined), None))
    return out


def _least(solver: Expr, wishes: Sequence[Expr], trues: Sequence[Expr]) -> Expr | None:
    """The next case to describe: as few facts true as possible (the least number, found by
    lowering a bound), then the lexicographically least (:func:`_lexmin`). None when no case
    is left."""
    if solver.check() != z3.sat:
        return None

    def count(model: Expr) -> int:
        return sum(z3.is_true(model.eval(t, model_completion=True)) for t in trues)

    bound = count(solver.model())
    while bound > 0:
        solver.push()
        solver.add(z3.AtMost(*trues, bound - 1))
        found = solver.check() == z3.sat
        lower = count(solver.model()) if found else bound
        solver.pop()
        if not found:
            break
        bound = lower
    solver.push()
    try:
        if trues:
            solver.add(z3.AtMost(*trues, bound))
        return _lexmin(solver, wishes)
    finally:
        solver.pop()


def _witness_model(
    constraints: Sequence[Expr], case: CaseVars, days: Sequence[dt.date]
) -> Expr | None:
    """The witness of a part: a model with the fewest stated fields (the optimiser's count),
    then the lexicographically least such model (fields unstated in their order:
    :func:`aiact.verify.cases.fewest_fields`; facts false, a stated significant change
    ``"none"`` where it can be, each date the earliest declared day, or the day before one,
    that fits): deterministic."""
    found = fewest_fields(constraints, [case], stated_first=False)
    if found is None:
        return None
    optimal = found[0]
    known = [case.field_known(f) for f in case.fields]
    members = [case.facts[a].t for f in case.fields if f.kind == "members" for a in f.atoms]
    solver = z3.Solver()
    solver.set("random_seed", 0)
    solver.add(*constraints)
    # The stated fields as the optimiser chose them: the first fields left unstated where
    # they can be (the wishes below would choose the same, asking field by field; among
    # models with equally few fields, whatever their mix of fields and list members).
    pin_fields(solver, optimal, [case])
    if members:
        count = sum(z3.is_true(optimal.eval(m, model_completion=True)) for m in members)
        solver.add(z3.AtMost(*members, count))
    candidates = sorted({d for day in days for d in (day - dt.timedelta(days=1), day)})
    prefer = [z3.Not(k) for k in known]
    prefer += [z3.Not(case.facts[n].t) for n in sorted(case.facts)]
    for name in sorted(case.days):
        # a stated significant change "none" rather than a day where it can be
        prefer.append(z3.Not(case.days[name].known))
        prefer += [case.days[name].day == day_number(d) for d in candidates]
    prefer += [case.as_of == day_number(d) for d in (FIRST_AS_OF, *candidates)]
    return _lexmin(solver, _wishes(solver, prefer, "witness"))


def diff(
    goal: str,
    first: Side,
    second: Side,
    *,
    kind: Kind = "system",
    cases: Literal["known", "any"] = "known",
    over: Over = "facts",
    max_parts: int = 25,
    rulesets: tuple[RuleSet, RuleSet] | None = None,
    among: Sequence[str] = (),
) -> Diff:
    """The cases whose answer to ``goal`` differs between ``first`` and ``second``.

    ``goal``: ``tier``, an obligation, a conclusion, ``applies_from(<obligation>)`` (the date
    it applies from, where it applies on both sides), ``deadline(<obligation>)`` (its "comply
    by" deadline, ``none`` where no transitional rule sets one, where it applies on both sides)
    or ``date(<date rule>)``. ``over``:
    ``facts`` (parts over input facts and dates) or ``conclusions`` (also conclusions that hold
    on both sides: shorter, for readers of the rules). The result depends only on the
    arguments (the parts and witnesses are the lexicographically least, not the solver's
    first). ``among`` (obligation ids), for ``date(<date rule>)``: only the cases where one of
    them applies on both sides (the timing group's obligations)."""
    from aiact.engine.compile import ruleset_for

    started = time.perf_counter()
    z3.set_param("smt.random_seed", 0)
    z3.set_param("sat.random_seed", 0)
    dated = date_goal(goal)
    obligation = False
    gates: list[str] = []
    if dated is None:
        (name,) = goal_names(goal, kind)
        obligation = name.startswith("obligation.")
    else:
        name = dated[1]
        gates = [dated[0]] if dated[0] else [goal_names(o, kind)[0] for o in among]
    rules = rulesets or (ruleset_for(kind, first.law), ruleset_for(kind, second.law))
    case = CaseVars(kind, "c:")
    a = encoding(rules[0], case=case, reading=Reading(first.interpretations, "r1:"))
    b = encoding(rules[1], case=case, reading=Reading(second.interpretations, "r2:"))
    if dated is None:
        cone = _cone(rules, [name])
    else:
        rule = dated[1]
        reads = [*_date_reads(rules[0], rule), *_date_reads(rules[1], rule)]
        cone = _cone(rules, [*reads, *gates])
    with_dates = dated is not None or any(n.startswith("dates.") for n in cone)
    vocabulary = _Vocabulary(
        case,
        cone,
        [first.law, second.law],
        (a, b),
        name,
        unknowns=cases == "any",
        over=over,
        dates=with_dates,
        # A date goal compares the significant change with the declared dates themselves
        # (later(significant_change, 2027-12-02) is 2028-08-02 only on that day): each declared
        # day and the day after.
        extra_days=()
        if dated is None
        else {
            d + dt.timedelta(days=shift)
            for law in (first.law, second.law)
            for d in declared_days(law)
            for shift in (0, 1)
        },
    )
    # A valid case on both sides: the second side's readings may refuse a direct answer that
    # contradicts its definition's facts (aiact.rules.definitions.check_consistent).
    domain = [*a.constraints(), *b.reading.constraints, *b.consistent]
    loose = list(domain)
    if cases == "known":
        domain += [case.facts[n].known for n in sorted(cone) if n in case.facts]
        if with_dates:
            domain.append(case.first_placed.det)
            significant = case.inputs.get("significant_change")
            if significant is not None:  # a day or "none" (an empty one is not known)
                domain.append(significant.det)
    # The changes: pairs of answers (before, after) with their condition.
    pairs: list[tuple[str, str, Expr]] = []
    if dated is None:
        values: list[object] = list(RiskTier) if name == "tier" else [True, False, None]
        for before in values:
            for after in values:
                if before != after:
                    pairs.append(
                        (
                            _show(before, obligation),
                            _show(after, obligation),
                            z3.And(_goal_value(a, name, before), _goal_value(b, name, after)),
                        )
                    )
    else:
        rule = dated[1]
        applies = (
            [z3.Or([z3.And(z3.Not(a.value(g).f), z3.Not(b.value(g).f)) for g in gates])]
            if gates
            else []
        )
        for label_a, when_a, value_a in _date_values(a, rule, cases == "any"):
            for label_b, when_b, value_b in _date_values(b, rule, cases == "any"):
                if label_a == label_b:
                    continue
                differ = (
                    [z3.Not(same_value(value_a, value_b))]
                    if value_a is not None and value_b is not None
                    else []
                )
                pairs.append((label_a, label_b, z3.And(*applies, when_a, when_b, *differ)))
    trues = [case.facts[n].t for n in sorted(cone) if n in case.facts]
    literal_vars = [z3.Bool(f"lit:{index}") for index in range(len(vocabulary.items))]
    definitions = [v == item[1] for v, item in zip(literal_vars, vocabulary.items, strict=True)]
    position = {str(v): index for index, v in enumerate(literal_vars)}
    var_of = {item[0]: v for v, item in zip(literal_vars, vocabulary.items, strict=True)}
    days = sorted(
        {d for law in (first.law, second.law) for d in comparison_days(law)}
        | {max(first.law.in_force_from, second.law.in_force_from)}
    )
    changes = []
    for before_text, after_text, change in pairs:
        enumerate_ = z3.Solver()
        enumerate_.set("random_seed", 0)
        enumerate_.add(*domain, *definitions, change)
        if enumerate_.check() != z3.sat:
            continue
        shrink = z3.Solver()
        shrink.set("random_seed", 0)
        shrink.add(*domain, *definitions, z3.Not(change))
        parts: list[tuple[list[Expr], Part]] = []
        complete = True
        # The next uncovered case is the least one (facts false, dates late: see _Vocabulary):
        # its part then names what makes the change, not an accidental corner.
        wishes = _wishes(
            enumerate_, [*vocabulary.prefer, *(z3.Not(v) for v in literal_vars)], "next"
        )
        while True:
            model = _least(enumerate_, wishes, trues)
            if model is None:
                break
            if len(parts) >= max_parts:
                complete = False
                break
            cube = [
                (v, item[2], item[0])
                for v, item in zip(literal_vars, vocabulary.items, strict=True)
                if z3.is_true(model.eval(v, model_completion=True))
            ]
            prime = _prime(shrink, cube)
            texts = [vocabulary.items[position[str(v)]][0] for v in prime]
            prime, texts = _widen(shrink, prime, texts, var_of)
            enumerate_.add(z3.Not(z3.And(prime)) if prime else z3.BoolVal(False))
            # The witness states as few facts as it can: unknown facts are allowed when the
            # change still holds with them unknown.
            found = _witness_model(
                [*loose, *definitions, change, *prime], case, days
            ) or _witness_model([*domain, *definitions, change, *prime], case, days)
            assert found is not None
            witness = case_from_values(
                case.read(found),
                first.law,
                first.interpretations,
                name=f"{goal}: {before_text} -> {after_text}",
                description=f"{first.name}: {before_text}; {second.name}: {after_text}",
            )
            parts.append((prime, Part(tuple(sorted(texts, key=_order)), witness)))
        if complete:
            parts = _irredundant([*domain, *definitions], change, parts)
        shown = sorted((p for _, p in parts), key=lambda p: (len(p.literals), p.literals))
        changes.append(Change(before_text, after_text, tuple(shown), complete))
    return Diff(
        goal,
        kind,
        first,
        second,
        tuple(changes),
        time.perf_counter() - started,
        cases,
        tuple(sorted(cone)),
        over,
        dated[1] if dated else None,
    )


def _show(value: object, obligation: bool) -> str:
    if isinstance(value, RiskTier):
        return value.value
    return _label(value, obligation)  # type: ignore[arg-type]


def _order(text: str) -> tuple[int, str]:
    """Positive facts first, then negative ones, then dates; alphabetical within."""
    negative = text.startswith(("not ", "known(", "unknown("))
    date = any(n in text for n in ("placed_on_market", "significant_change", "market_placing"))
    return (2 if date else 1 if negative else 0, text.removeprefix("not "))


def _prime(solver: Expr, cube: list[tuple[Expr, int, str]]) -> list[Expr]:
    """A prime implicant inside ``cube``: ``solver`` (the domain and "no such change") is
    unsatisfiable with it, and with any literal fewer it is satisfiable.

    Literals with a lower keep priority are tried first (negative facts, then facts, then
    dates; conclusions last), in the order of their text, in chunks, halving a chunk that
    cannot go (deletion-based minimisation). Every step is a satisfiability question, so the
    result depends only on the cube, not on the solver's heuristics.
    """
    literals = [lit for lit, _, _ in cube]
    result = solver.check(*literals)
    assert result == z3.unsat, "the cube does not imply the change"
    kept = sorted(cube, key=lambda item: (item[1], _strength(item[2])))
    alive = [True] * len(kept)
    position = 0
    chunk = max(1, len(kept) // 2)
    while position < len(kept):
        trial = range(position, min(position + chunk, len(kept)))
        for i in trial:
            alive[i] = False
        if solver.check(*[kept[i][0] for i in range(len(kept)) if alive[i]]) == z3.unsat:
            position += len(trial)
            chunk = max(1, min(chunk * 2, len(kept) - position))
            continue
        for i in trial:
            alive[i] = True
        if chunk == 1:
            position += 1
        else:
            chunk = max(1, chunk // 2)
    return [kept[i][0] for i in range(len(kept)) if alive[i]]


def _widen(
    solver: Expr, prime: list[Expr], texts: list[str], var_of: dict[str, Expr]
) -> tuple[list[Expr], list[str]]:
    """A part that names one member of a list or choice (``annex_iii.4a``,
    ``org.kind.public_authority``) names instead every member with which the rest of the part
    still makes the change: ``any(annex_iii.4a, annex_iii.4b)``. The union of the parts stays
    exact, and far fewer parts describe it (one per route, not one per Annex point)."""
    from aiact.verify.encode import _group_of

    for index, text in enumerate(texts):
        group = _group_of(text) if not text.startswith(("not ", "unknown(")) else None
        if group is None:
            continue
        rest = prime[:index] + prime[index + 1 :]
        members = sorted(n for n in var_of if _group_of(n) == group)
        found = [m for m in members if solver.check(*rest, var_of[m]) == z3.unsat]
        if len(found) > 1:
            prime = [*rest, z3.Or([var_of[m] for m in found])]
            texts = [*texts[:index], *texts[index + 1 :], f"any({', '.join(found)})"]
            break
    return prime, texts


def _strength(text: str) -> tuple[str, int, str]:
    """The order in which :func:`_prime` tries to drop literals of one priority: by text, but a
    date comparison the stronger first (``>= 2030-08-02`` before ``>= 2027-12-02``, ``<
    2025-08-02`` before ``< 2027-12-02``), so that a part keeps the weakest bound that makes
    the change."""
    for op in (" >= ", " < "):
        if op in text:
            name, _, day = text.partition(op)
            number = day_number(dt.date.fromisoformat(day))
            later_first = (op == " >= ") != name.startswith("not ")
            return (name + op, -number if later_first else number, "")
    return ("", 0, text)


def _irredundant(
    domain: Sequence[Expr], change: Expr, parts: list[tuple[list[Expr], Part]]
) -> list[tuple[list[Expr], Part]]:
    """Drop parts whose cases the other parts already cover (longest first, then in the order
    of their text)."""
    kept = list(parts)
    for item in sorted(parts, key=lambda p: (-len(p[0]), p[1].literals)):
        others = [z3.And(lits) for lits, _ in kept if lits is not item[0]]
        if not others:
            break
        solver = z3.Solver()
        solver.set("random_seed", 0)
        solver.add(*domain, change, z3.And(item[0]), z3.Not(z3.Or(others)))
        if solver.check() == z3.unsat:
            kept = [p for p in kept if p[0] is not item[0]]
    return kept


# --------------------------------------------------------------------------- rendering


def to_markdown(
    result: Diff, *, witnesses: bool = True, heading: str = "###", facts: bool = False
) -> str:
    """The diff as Markdown for people: each change, its parts, a witness for each (and, with
    ``facts``, what each named fact says and the question that asks it)."""
    lines = [
        f"{heading} {result.goal}: {result.first.name} -> {result.second.name}",
        "",
    ]
    if result.empty:
        lines.append("No case changes its answer.")
        return "\n".join(lines) + "\n"
    for change in result.changes:
        more = "" if change.complete else " (the first parts; more exist)"
        count = len(change.parts)
        lines.append(
            f"**{change.before} -> {change.after}**: {count} part{'s' if count != 1 else ''}{more}."
        )
        common = set(change.common) if len(change.parts) > 1 else set()
        if common:
            lines.append(f"In every part: `{' and '.join(map(readable, change.common))}`.")
        lines.append("")
        for index, part in enumerate(change.parts, 1):
            rest = [lit for lit in part.literals if lit not in common] or list(part.literals)
            lines.append(f"{index}. `{' and '.join(map(readable, rest))}`")
            if witnesses:
                lines.append(f"   (witness: {_witness_summary(part.witness)})")
        lines.append("")
    if facts:
        lines += ["The facts named above:", "", *glossary(named_facts([result])), ""]
    return "\n".join(lines)


def readable(literal: str) -> str:
    """A literal as a reader says it: ``any(annex_iii.1a, annex_iii.1b)`` ->
    ``annex_iii.points has one of 1a, 1b`` (or ``has a point other than ...`` when that is
    shorter: the same cases); other literals as they are."""
    if not literal.startswith("any("):
        return literal
    from aiact.verify.encode import _MEMBER_GROUPS, _group_of

    names = literal[4:-1].split(", ")
    group = _group_of(names[0])
    if group is None:  # pragma: no cover - any() is made for member groups only
        return literal
    field_name, kind, members = _MEMBER_GROUPS[group]
    found = [n.removeprefix(group) for n in names]
    others = [m for m in members if m not in found]
    if kind == "choice":
        return f"{field_name} is one of {', '.join(found)}"
    if not others:  # every member: the list has one at all (it read "has one other than ")
        return f"{field_name} is not empty"
    if len(others) < len(found):
        return f"{field_name} has one other than {', '.join(others)}"
    return f"{field_name} has one of {', '.join(found)}"


def named_facts(results: Iterable[Diff]) -> tuple[str, ...]:
    """The input facts the parts of ``results`` name (for a glossary), sorted."""
    out: set[str] = set()
    for result in results:
        for change in result.changes:
            for part in change.parts:
                for literal in part.literals:
                    text = literal.removeprefix("not ")
                    if text.startswith(("any(", "unknown(")):
                        inner = text[text.index("(") + 1 : -1].split(", ")
                        if text.startswith("any("):
                            from aiact.assessment import question_for

                            out.add(question_for(inner[0]))
                            continue
                        out.update(inner)
                    elif " >= " in text or " < " in text:
                        out.add(text.split(" ")[0])
                    else:
                        out.add(text)
    return tuple(sorted(out))


_DATE_LABELS = {
    "placed_on_market": "The first placing on the market or putting into service (the earlier "
    "of `placed_on_market` and `put_into_service`; Art. 111(1)-(2), 113).",
    "market_placing": "The placing on the market itself (`placed_on_market`; putting into "
    "service does not count: Art. 111(4)).",
    "significant_change": "A significant change in design (Art. 111(2): the first on or after "
    "the cut-off, or with none since the most recent before it): a date, "
    "`none` (no significant change) or empty (not known). `not significant_change >= D`: "
    "known, and none or before D; `unknown(significant_change)`: left empty.",
}


def glossary(names: Iterable[str]) -> list[str]:
    """Markdown lines: each fact with what it says (its field's description, or the Annex
    point) and the question of :mod:`aiact.questions` that asks for it, where one does."""
    from aiact.assessment import question_for
    from aiact.questions import catalogue as questions
    from aiact.views.labels import fact_label

    asked: dict[str, str] = {}
    for question in questions():
        for fact in question.facts:
            text = question.text_en
            if len(question.facts) > 1:
                # the option that says the fact (sets it true), else the first that sets it
                option = next(
                    (o for o in question.options if o.sets.get(fact) is True),
                    next((o for o in question.options if fact in o.sets), None),
                )
                if option is not None:
                    text = f"{text} {option.text_en}"
            asked.setdefault(fact, text)
    lines = []
    for name in names:
        field_name = question_for(name)
        if name.startswith("org."):
            field_name = "organisation." + name.removeprefix("org.")
        label = _DATE_LABELS.get(name) or fact_label(name, "en")
        label = "" if label == name else label
        asking = asked.get(field_name) or asked.get(question_for(name))
        text = label + (f" Asked: *{asking}*" if asking else "")
        lines.append(f"- `{name}`: {text.strip() or 'an input fact'}")
    return lines


def _witness_summary(case: Case) -> str:
    data = case.model_dump(
        mode="json", exclude_none=True, exclude={"name", "description", "interpretations"}
    )
    subject = data.get("system") or data.get("model") or {}

    def flat(node: object, prefix: str = "") -> list[str]:
        if isinstance(node, dict):
            out = []
            for key, value in node.items():
                out += flat(value, f"{prefix}{key}.")
            return out
        return [f"{prefix[:-1]}={_json(node)}"]

    items = flat(subject) + flat(data.get("organisation", {}), "organisation.")
    return ", ".join(items) or "no facts stated"


def _json(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def holds(part: Part, case: Case, first: Side, second: Side) -> bool:
    """Does ``case`` fall in ``part``? (Facts from the case, conclusions evaluated on both
    sides by the native engine, dates compared with the case's first placing.)"""
    from aiact.date_facts import first_placed
    from aiact.engine.compile import ruleset_for
    from aiact.engine.native import NATIVE
    from aiact.verify.cases import case_atoms

    kind: Kind = "system" if case.system is not None else "model"
    values = []
    for side in (first, second):
        sided = case.model_copy(update={"law": side.law, "interpretations": side.interpretations})
        values.append(
            NATIVE.evaluate(ruleset_for(kind, side.law), case_atoms(sided, side.law)).values
        )
    change: dt.date | str | None  # a day, "none" (no significant change) or None (unknown)
    if case.system is not None:
        placed, change = first_placed(case.system), case.system.significant_change
    else:
        assert case.model is not None
        placed, change = case.model.placed_on_market, None
    for literal in part.literals:
        negated = literal.startswith("not ")
        text = literal.removeprefix("not ")
        if " >= " in text or " < " in text:
            name, op, day_text = text.split(" ")
            day = dt.date.fromisoformat(day_text)
            if name == "significant_change":
                # known ("none" never comes), or neither literal holds
                if change is None:
                    return False
                result = isinstance(change, dt.date) and change >= day
                if result == negated:
                    return False
                continue
            when = {
                "placed_on_market": placed,
                "market_placing": None if case.system is None else case.system.placed_on_market,
            }[name]
            result = when is not None and (when < day if op == "<" else when >= day)
            if result == negated:
                return False
            continue
        if text.startswith("any("):
            names = text[4:-1].split(", ")
            if not any(all(v.get(n) is True for v in values) for n in names):
                return False
            continue
        if text.startswith(("unknown(", "known(")):
            name = text[text.index("(") + 1 : -1]
            if name == "placed_on_market":
                unknown = placed is None
            elif name == "significant_change":
                unknown = change is None
            else:
                unknown = all(v.get(name) is None for v in values)
            if unknown != text.startswith("unknown("):
                return False
            continue
        wanted = not negated
        if any(v.get(text) is not wanted for v in values):
            return False
    return True
