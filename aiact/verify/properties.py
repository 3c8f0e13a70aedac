"""Properties over facts and conclusions, and their proof for every possible case.

A property is two-valued: it holds or it does not. Its leaves test the three-valued values of
conditions written in the rules' own condition language (:mod:`aiact.logic`)::

    true(hr.profiling_override) implies true(hr.high_risk) and false(hr.derogation)
    false(scope.in_scope) implies false(obligation.art26_1)
    true(role.deployer and org.kind.public_authority) implies possible(duty.fria_deployer)
    tier(high_risk) implies known(hr.annex_i or hr.annex_iii)
    true(legacy.art111_2_grace) implies placed_on_market < 2027-12-02

Grammar (``not`` > ``and`` > ``or`` > ``implies``; parentheses group)::

    property   := disjunct [("implies" | "=>") property]
    disjunct   := conjunct ("or" conjunct)*
    conjunct   := negation ("and" negation)*
    negation   := "not" negation | "(" property ")" | test | comparison
    test       := TEST "(" condition ")" | ("tier" | "classification") "(" TIER ("," TIER)* ")"
    TEST       := true | false | unknown | known | possible      (possible: not false)
    comparison := dateterm ("<" | "<=" | "=" | "!=" | ">" | ">=") dateterm
    dateterm   := YYYY-MM-DD | never | DATENAME [("+" | "-") DAYS]
                | "date" "(" DATERULE ")" | "applies_from" "(" OBLIGATION ")"
                | "deadline" "(" OBLIGATION ")"

``DATENAME`` is a date of the case: ``placed_on_market`` (the first placing on the market or
putting into service, the earlier of the two given; unknown when neither is given),
``significant_change`` (``never`` when the case says ``"none"``, no significant change; unknown
when it is left empty) or ``as_of`` (the day assessed, on which
``tier(...)`` is the tier: :attr:`aiact.assessment.Assessment.risk_tier`; ``classification(...)``
tests the tier apart from the date, :attr:`~aiact.assessment.Assessment.classification_tier`).
A comparison holds only when both sides are known and the relation holds. ``date(from.high_risk)``
is a date-valued conclusion (a date rule, :mod:`aiact.rules.timing`), ``applies_from(art26_1)``
the date from which an obligation applies (its timing group's date rule); a comparison with one
holds when every possible value of the conclusion satisfies it (an unknown input date satisfies
none), as :class:`aiact.engine.dates.DateResult` reports the possible values.
``deadline(art26_1)`` is the "comply by" deadline of a transitional rule that the obligation's
date rule gives (``ObligationResult.deadline``; ``never`` where none does).

:func:`prove` decides a property for every valid case of a law version (and every reading, or
one): ``proved``, or a counterexample case file with the fewest stated facts.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from aiact.assessment import RiskTier
from aiact.case import Case
from aiact.interpretations import Interpretations
from aiact.logic import parse
from aiact.ruleset import RuleSet
from aiact.verify._z3 import Expr, z3
from aiact.verify.cases import case_from_values, least_model, stated_fields
from aiact.verify.dates import NEVER, DateVal, Op, compare, const_date, plus_days
from aiact.verify.encode import CaseVars, Encoding, Kind, Reading, encoding
from aiact.versions import LawVersion


class PropertySyntaxError(ValueError):
    """A property text that does not parse; the message shows where."""


_TESTS = {"true", "false", "unknown", "known", "possible"}
_TOKEN = re.compile(
    r"\s*(?:(?P<date>\d{4}-\d{2}-\d{2})|(?P<int>\d+)|(?P<op><=|>=|!=|=>|<|>|=|\+|-)"
    r"|(?P<punct>[(),])|(?P<name>[A-Za-z_][A-Za-z0-9_.]*))"
)


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    stripped = text.rstrip()
    while pos < len(stripped):
        match = _TOKEN.match(stripped, pos)
        if match is None or match.lastgroup is None:
            raise PropertySyntaxError(
                f"unexpected character {stripped[pos:].strip()[:1]!r} at position {pos} in {text!r}"
            )
        out.append(
            _Tok(
                match.lastgroup,
                match.group(match.lastgroup),
                match.start(match.lastgroup),
                match.end(),
            )
        )
        pos = match.end()
    return out


# --------------------------------------------------------------------------- the syntax tree


@dataclass(frozen=True)
class Test:
    """``true(condition)`` etc."""

    test: str
    condition: str


@dataclass(frozen=True)
class TierTest:
    tiers: tuple[RiskTier, ...]
    classification: bool = False
    """``classification(...)``: the tier apart from the date, not the tier on ``as_of``."""


@dataclass(frozen=True)
class DateTerm:
    name: str | None
    """A date of the case, or ``None`` for a literal (``day``) or never (``day`` None)."""
    day: dt.date | None = None
    offset: int = 0
    rule: str | None = None
    """A date-valued conclusion: the name of a date rule (``from.high_risk``, ``tier.
    prohibited``); ``name`` is then ``None``."""


@dataclass(frozen=True)
class Compare:
    left: DateTerm
    op: Op
    right: DateTerm


@dataclass(frozen=True)
class PNot:
    operand: Prop


@dataclass(frozen=True)
class PAnd:
    operands: tuple[Prop, ...]


@dataclass(frozen=True)
class POr:
    operands: tuple[Prop, ...]


@dataclass(frozen=True)
class PImplies:
    premise: Prop
    conclusion: Prop


Prop = Test | TierTest | Compare | PNot | PAnd | POr | PImplies

DATE_NAMES = ("placed_on_market", "significant_change", "as_of")


def parse_property(text: str) -> Prop:
    """Parse a property text (see the module docstring for the grammar)."""
    tokens = _tokens(text)
    if not tokens:
        raise PropertySyntaxError("empty property")
    position = 0

    def peek(offset: int = 0) -> _Tok | None:
        index = position + offset
        return tokens[index] if index < len(tokens) else None

    def take(expected: str | None = None) -> _Tok:
        nonlocal position
        if position >= len(tokens):
            raise PropertySyntaxError(f"property ends too early: {text!r}")
        token = tokens[position]
        if expected is not None and token.text != expected:
            raise PropertySyntaxError(
                f"expected {expected!r} at position {token.start}, found {token.text!r} in {text!r}"
            )
        position += 1
        return token

    def prop() -> Prop:
        left = disjunct()
        token = peek()
        if token is not None and token.text in ("implies", "=>"):
            take()
            return PImplies(left, prop())
        return left

    def disjunct() -> Prop:
        items = [conjunct()]
        while (t := peek()) is not None and t.text == "or":
            take()
            items.append(conjunct())
        return items[0] if len(items) == 1 else POr(tuple(items))

    def conjunct() -> Prop:
        items = [negation()]
        while (t := peek()) is not None and t.text == "and":
            take()
            items.append(negation())
        return items[0] if len(items) == 1 else PAnd(tuple(items))

    def negation() -> Prop:
        nonlocal position
        token = peek()
        if token is None:
            raise PropertySyntaxError(f"property ends too early: {text!r}")
        if token.text == "not":
            take()
            return PNot(negation())
        if token.text == "(":
            take()
            inner = prop()
            take(")")
            return inner
        if token.text in _TESTS and (nxt := peek(1)) is not None and nxt.text == "(":
            take()
            opening = take("(")
            depth = 1
            while depth:
                t = take()
                depth += {"(": 1, ")": -1}.get(t.text, 0)
            inner_text = text[opening.end : tokens[position - 1].start]
            try:
                parse(inner_text)
            except ValueError as error:
                raise PropertySyntaxError(f"in {token.text}(...): {error}") from None
            return Test(token.text, inner_text.strip())
        if token.text in ("tier", "classification"):
            which = take()
            take("(")
            tiers = []
            while True:
                name = take()
                try:
                    tiers.append(RiskTier(name.text))
                except ValueError:
                    raise PropertySyntaxError(
                        f"unknown tier {name.text!r}; tiers are {[t.value for t in RiskTier]}"
                    ) from None
                if take().text == ")":
                    break
            return TierTest(tuple(tiers), which.text == "classification")
        left = dateterm()
        op = take()
        if op.text not in ("<", "<=", "=", "!=", ">", ">="):
            raise PropertySyntaxError(
                f"expected a test such as true(...), tier(...) or a date comparison at position "
                f"{token.start} in {text!r}"
            )
        return Compare(left, cast(Op, op.text), dateterm())

    def dateterm() -> DateTerm:
        token = take()
        if (
            token.text in ("date", "applies_from", "deadline")
            and (nxt := peek()) is not None
            and (nxt.text == "(")
        ):
            take("(")
            inner = take()
            take(")")
            return DateTerm(None, rule=_date_rule_name(token.text, inner.text))
        if token.kind == "date":
            try:
                return DateTerm(None, dt.date.fromisoformat(token.text))
            except ValueError:
                raise PropertySyntaxError(f"{token.text!r} is not a date") from None
        if token.text == "never":
            return DateTerm(None, None)
        if token.kind != "name" or token.text not in DATE_NAMES:
            raise PropertySyntaxError(
                f"{token.text!r} at position {token.start} is not a test or a date: write "
                f"true({token.text}) to test a condition, or compare one of {DATE_NAMES}"
            )
        offset = 0
        sign = peek()
        if sign is not None and sign.text in ("+", "-"):
            take()
            amount = take()
            if amount.kind != "int":
                raise PropertySyntaxError(f"expected a number of days after {sign.text!r}")
            offset = int(amount.text) * (1 if sign.text == "+" else -1)
        return DateTerm(token.text, None, offset)

    tree = prop()
    if position != len(tokens):
        raise PropertySyntaxError(f"unexpected {tokens[position].text!r} in {text!r}")
    return tree


def _date_rule_name(function: str, argument: str) -> str:
    """``date(from.high_risk)`` names a date rule; ``applies_from(art26_1)`` the date rule of an
    obligation's timing group (:func:`aiact.rules.timing.timing_group`); ``deadline(art26_1)``
    that rule's deadline (``deadline:<rule>``)."""
    if function == "date":
        return argument
    from aiact.obligations.catalogue import catalogue
    from aiact.rules.timing import timing_group
    from aiact.verify.encode import DEADLINE_PREFIX

    try:
        obligation = catalogue().get(argument)
    except (KeyError, ValueError):
        raise PropertySyntaxError(f"{function}({argument}): no such obligation") from None
    rule = timing_group(obligation).rule
    return DEADLINE_PREFIX + rule if function == "deadline" else rule


_FLIPPED: dict[str, Op] = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "!=": "!="}


def _compare(node: Compare, enc: Encoding) -> Expr:
    """A comparison; with a date-valued conclusion on one side it is true when every possible
    value of the conclusion satisfies it (:meth:`aiact.verify.dates.DateSet.compare`)."""
    left, op, right = node.left, node.op, node.right
    if left.rule is None and right.rule is None:
        return compare(_date_term(left, enc), op, _date_term(right, enc)).t
    if left.rule is not None and right.rule is not None:
        raise PropertySyntaxError("compare a date rule with a date of the case or a literal date")
    if left.rule is None:
        left, op, right = right, _FLIPPED[op], left
    assert left.rule is not None
    return enc.date(left.rule).compare(op, _date_term(right, enc)).t


def _date_term(term: DateTerm, enc: Encoding) -> DateVal:
    if term.name is None:
        return NEVER if term.day is None else const_date(term.day)
    if term.name == "as_of":
        value = DateVal(z3.BoolVal(True), z3.BoolVal(False), enc.case.as_of)
    elif term.name == "placed_on_market":
        value = enc.case.first_placed
    else:
        value = enc.case.inputs["significant_change"]
    return plus_days(value, term.offset) if term.offset else value


def to_solver(prop: Prop | str, enc: Encoding) -> Expr:
    """The property as a two-valued solver formula over one encoded case."""
    tree = parse_property(prop) if isinstance(prop, str) else prop

    def walk(node: Prop) -> Expr:
        if isinstance(node, Test):
            value = enc.condition(node.condition)
            if node.test == "true":
                return value.t
            if node.test == "false":
                return value.f
            if node.test == "unknown":
                return value.unknown
            if node.test == "known":
                return value.known
            return z3.Not(value.f)
        if isinstance(node, TierTest):
            if node.classification:
                return enc.classification.is_(*node.tiers)
            return enc.tier_is(*node.tiers)
        if isinstance(node, Compare):
            return _compare(node, enc)
        if isinstance(node, PNot):
            return z3.Not(walk(node.operand))
        if isinstance(node, PAnd):
            return z3.And([walk(op) for op in node.operands])
        if isinstance(node, POr):
            return z3.Or([walk(op) for op in node.operands])
        assert isinstance(node, PImplies)
        return z3.Implies(walk(node.premise), walk(node.conclusion))

    return walk(tree)


# --------------------------------------------------------------------------- proofs


@dataclass(frozen=True)
class Counterexample:
    """A case that breaks the property (``case``), with the values that matter."""

    case: Case
    stated: tuple[str, ...]
    """The fields the case states (the fewest the solver could find)."""
    values: dict[str, Any] = field(default_factory=dict)
    """Values of the names the property reads, in this case (``true``/``false``/``unknown``,
    ``tier``)."""
    second: Case | None = None
    """For a property of two cases (monotonicity ...), the second case."""


@dataclass(frozen=True)
class Proof:
    """The outcome of :func:`prove`."""

    name: str
    kind: Kind
    law: LawVersion
    interpretations: Interpretations | None
    """The reading proved under; ``None``: every reading."""
    proved: bool
    seconds: float
    counterexample: Counterexample | None = None

    def __bool__(self) -> bool:
        return self.proved

    def summary(self) -> str:
        reading = "every reading" if self.interpretations is None else "the given reading"
        head = f"{self.name} [{self.kind}, {self.law.value}, {reading}]"
        if self.proved:
            return f"proved: {head} ({self.seconds:.2f} s)"
        assert self.counterexample is not None
        return (
            f"counterexample: {head}, stating {', '.join(self.counterexample.stated) or 'nothing'}"
        )


def _ruleset(kind: Kind, law: LawVersion, ruleset: RuleSet | None) -> RuleSet:
    if ruleset is not None:
        return ruleset
    from aiact.engine.compile import ruleset_for

    return ruleset_for(kind, law)


def _least(
    constraints: Sequence[Expr], cases: Sequence[CaseVars], reading: Reading, law: LawVersion
) -> Expr | None:
    """The counterexample's model: the fewest stated fields, then the least such case
    (:func:`aiact.verify.cases.least_model`), so that a property gives the same counterexample
    whatever the process proved before (dates preferred on the law's declared days)."""
    from aiact.verify.dates import declared_days

    return least_model(
        constraints,
        cases,
        readings=reading.atoms if reading.interpretations is None else None,
        prefer=reading.prefer_default,
        days=declared_days(law),
    )


def check(
    build: Callable[[Encoding], Expr],
    *,
    name: str,
    kind: Kind = "system",
    law: LawVersion | str = LawVersion.AMENDED,
    interpretations: Interpretations | None = None,
    background: bool = True,
    ruleset: RuleSet | None = None,
    minimise: bool = True,
    reads: Sequence[str] = (),
) -> Proof:
    """Prove the formula ``build(encoding)`` for every case (the engine of :func:`prove`)."""
    started = time.perf_counter()
    version = LawVersion.parse(law)
    rules = _ruleset(kind, version, ruleset)
    enc = encoding(rules, interpretations)
    formula = build(enc)
    constraints = [*enc.constraints(background), z3.Not(formula)]
    solver = z3.Solver()
    solver.add(*constraints)
    result = solver.check()
    if result == z3.unsat:
        return Proof(name, kind, version, interpretations, True, time.perf_counter() - started)
    if result != z3.sat:  # pragma: no cover - the solver gave up
        raise RuntimeError(f"{name}: the solver returned {result}")
    model = (
        _least(constraints, [enc.case], enc.reading, version) if minimise else None
    ) or solver.model()
    example = counterexample(enc, model, reads, name)
    return Proof(
        name, kind, version, interpretations, False, time.perf_counter() - started, example
    )


def counterexample(
    enc: Encoding, model: Expr, reads: Sequence[str], name: str, case: CaseVars | None = None
) -> Counterexample:
    from aiact.logic import truth_label

    values = (case or enc.case).read(model)
    reading = enc.reading.read(model)
    found = case_from_values(
        values,
        enc.ruleset.law,
        reading,
        name=f"counterexample: {name}",
        description="Generated by aiact.verify: a case that breaks the property.",
    )
    shown: dict[str, Any] = {
        "tier": enc.tier_in(model).value,
        "classification": enc.classification.in_model(model).value,
    }
    from aiact.verify.kleene import truth_in

    for item in reads:
        shown[item] = truth_label(truth_in(model, enc.value(item)))
    return Counterexample(found, stated_fields(values, case or enc.case), shown)


def property_reads(prop: Prop | str) -> tuple[str, ...]:
    """The names a property's tests read."""
    from aiact.logic import atoms

    tree = parse_property(prop) if isinstance(prop, str) else prop
    found: dict[str, None] = {}

    def walk(node: Prop) -> None:
        if isinstance(node, Test):
            for name in atoms(parse(node.condition)):
                found.setdefault(name, None)
        elif isinstance(node, PNot):
            walk(node.operand)
        elif isinstance(node, PAnd | POr):
            for op in node.operands:
                walk(op)
        elif isinstance(node, PImplies):
            walk(node.premise)
            walk(node.conclusion)

    walk(tree)
    return tuple(found)


def prove(
    prop: str,
    *,
    kind: Kind = "system",
    law: LawVersion | str = LawVersion.AMENDED,
    interpretations: Interpretations | None = None,
    background: bool = True,
    ruleset: RuleSet | None = None,
    minimise: bool = True,
    name: str | None = None,
) -> Proof:
    """Prove that ``prop`` holds in every valid case of ``law`` (under every reading, or under
    ``interpretations``), or find a counterexample with the fewest stated facts: of those, the
    least (:func:`aiact.verify.cases.least_model`), so the same property gives the same case
    file whatever the process proved before. ``minimise=False``: the solver's first
    counterexample (quicker; not minimal, and it may vary from run to run).

    ``background=False`` drops the validators of the input models (cases a case file cannot
    state are then allowed, and a counterexample may not load); ``ruleset`` proves against a
    rule set of your own (a changed rule, a mutation test).
    """
    tree = parse_property(prop)
    return check(
        lambda enc: to_solver(tree, enc),
        name=name or prop,
        kind=kind,
        law=law,
        interpretations=interpretations,
        background=background,
        ruleset=ruleset,
        minimise=minimise,
        reads=property_reads(tree),
    )


def check_pair(
    build: Callable[[Encoding, Encoding], tuple[Expr, Expr]],
    *,
    name: str,
    kind: Kind = "system",
    law: LawVersion | str = LawVersion.AMENDED,
    interpretations: Interpretations | None = None,
    background: bool = True,
    ruleset: RuleSet | None = None,
    minimise: bool = True,
    reads: Sequence[str] = (),
) -> Proof:
    """Prove a property of two cases under one reading: ``build(first, second)`` gives
    ``(relation, property)``; the property must hold for every pair in the relation (the
    second case is the first with one fact added, one more Annex III point ...)."""

    started = time.perf_counter()
    version = LawVersion.parse(law)
    rules = _ruleset(kind, version, ruleset)
    reading = Reading(interpretations, "r:")
    first = encoding(rules, case=CaseVars(kind, "a:"), reading=reading)
    second = encoding(rules, case=CaseVars(kind, "b:"), reading=reading)
    relation, formula = build(first, second)
    constraints = [
        *first.constraints(background),
        *second.case.constraints(background),
        *(second.consistent if background else ()),
        relation,
        z3.Not(formula),
    ]
    solver = z3.Solver()
    solver.add(*constraints)
    result = solver.check()
    if result == z3.unsat:
        return Proof(name, kind, version, interpretations, True, time.perf_counter() - started)
    if result != z3.sat:  # pragma: no cover - the solver gave up
        raise RuntimeError(f"{name}: the solver returned {result}")
    model = (
        _least(constraints, [first.case, second.case], reading, version) if minimise else None
    ) or solver.model()
    example = counterexample(first, model, reads, name)
    other = counterexample(second, model, reads, name)
    values = {f"first: {k}": v for k, v in example.values.items()}
    values.update({f"second: {k}": v for k, v in other.values.items()})
    values["changed"] = changed_conclusions(first, second, model)
    return Proof(
        name,
        kind,
        version,
        interpretations,
        False,
        time.perf_counter() - started,
        Counterexample(example.case, example.stated, values, other.case),
    )


def changed_conclusions(first: Encoding, second: Encoding, model: Expr) -> dict[str, str]:
    """The conclusions whose value differs between two encoded cases in a model
    (``name: first -> second``)."""
    from aiact.logic import truth_label
    from aiact.verify.kleene import truth_in

    out = {}
    for name in first.ruleset.order:
        a = truth_in(model, first.values[name])
        b = truth_in(model, second.values[name])
        if a is not b:
            out[name] = f"{truth_label(a)} -> {truth_label(b)}"
    return out
