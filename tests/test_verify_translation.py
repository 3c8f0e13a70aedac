"""The solver translation held to the native engine (issue 19, part 1).

For generated cases (every valid case file hypothesis draws, both kinds, both law versions,
any reading), the case's facts are pinned in the solver and the solver's model must give every
predicate, every rule and the risk tier exactly the value the native engine computes. The same
run checks the background constraints: a valid case is never excluded by them (else the pinned
problem would be unsatisfiable), and a solver model is always a valid case that reproduces
itself (the inverse direction, from random constraints).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

z3 = pytest.importorskip("z3", reason="the verify extra (z3-solver) is not installed")

from aiact.case import Case  # noqa: E402
from aiact.date_facts import first_placed  # noqa: E402
from aiact.engine.compile import ruleset_for  # noqa: E402
from aiact.testing import strategies as ais  # noqa: E402
from aiact.verify.cases import case_atoms, case_from_values  # noqa: E402
from aiact.verify.dates import (  # noqa: E402
    DateConst,
    DateInput,
    DateMax,
    DateRef,
    DateRule,
    Never,
    day_number,
    encode_date_rules,
    evaluate_date_rules,
    input_date,
    value_in,
)
from aiact.verify.encode import Encoding, encoding  # noqa: E402
from aiact.verify.kleene import const, fresh, truth_in, well_formed  # noqa: E402
from aiact.versions import LawVersion  # noqa: E402

_ENCODINGS: dict[tuple[str, LawVersion], tuple[Encoding, Any]] = {}


def _solver(kind: str, law: LawVersion) -> tuple[Encoding, Any]:
    """One encoding per rule set over a free reading, with its solver (reused: push/pop)."""
    key = (kind, law)
    if key not in _ENCODINGS:
        enc = encoding(ruleset_for(kind, law), None)  # type: ignore[arg-type]
        solver = z3.Solver()
        solver.add(*enc.constraints(background=True))
        _ENCODINGS[key] = (enc, solver)
    return _ENCODINGS[key]


def _pin(enc: Encoding, case: Case, law: LawVersion) -> list[Any]:
    atoms = case_atoms(case, law)
    pins = enc.case.fix(atoms)
    pins += [enc.reading.atoms[n].is_value(v) for n, v in case.interpretations.as_facts().items()]
    if case.system is not None:
        pins += enc.case.fix_dates(first_placed(case.system), case.system.significant_change)
    else:
        assert case.model is not None
        pins += enc.case.fix_dates(case.model.placed_on_market, None)
    return pins


@given(ais.cases(), st.sampled_from(list(LawVersion)))
@settings(max_examples=400)
def test_the_solver_gives_the_engine_s_values(case: Case, law: LawVersion) -> None:
    kind = "system" if case.system is not None else "model"
    enc, solver = _solver(kind, law)
    case = case.model_copy(update={"law": law})
    assessment = case.assess()
    solver.push()
    try:
        solver.add(*_pin(enc, case, law))
        assert solver.check() == z3.sat, "a valid case is excluded by the background constraints"
        model = solver.model()
    finally:
        solver.pop()
    # Every fact the rules read, every conclusion (the atoms of non-boolean fields, such as
    # org.headcount while empty, are read by no rule and are not encoded).
    values = {n: v for n, v in assessment.evaluation.values.items() if n in enc.values}
    assert set(assessment.evaluation.ruleset.predicates) <= set(values)
    wrong = {
        name: (truth_in(model, enc.values[name]), value)
        for name, value in values.items()
        if truth_in(model, enc.values[name]) is not value
    }
    assert not wrong, f"solver vs engine (name: (solver, engine)): {wrong}"
    rules = assessment.evaluation.rule_values
    wrong = {
        rule: (truth_in(model, enc.rules[rule]), value)
        for rule, value in rules.items()
        if truth_in(model, enc.rules[rule]) is not value
    }
    assert not wrong, f"rule values differ: {wrong}"
    assert enc.tier_in(model) is assessment.risk_tier
    # The model, written back as a case file, is the same case.
    again = case_from_values(enc.case.read(model), law, enc.reading.read(model))
    first, second = case_atoms(case, law), case_atoms(again, law)
    assert {n: second[n] for n in enc.values if n in first} == {
        n: first[n] for n in enc.values if n in first
    }


@st.composite
def _pins(draw: st.DrawFn, kind: str) -> dict[str, bool | None]:
    enc, _ = _solver(kind, LawVersion.AMENDED)
    names = sorted(enc.case.facts)
    chosen = draw(st.lists(st.sampled_from(names), max_size=40, unique=True))
    return {name: draw(st.sampled_from([True, False, None])) for name in chosen}


@given(st.sampled_from(["system", "model"]), st.data())
@settings(max_examples=150)
def test_every_solver_model_is_a_valid_case(kind: str, data: st.DataObject) -> None:
    """The background constraints leave out nothing the validators reject: under random
    constraints, each model the solver finds loads as a case file and reproduces its facts."""
    pins = data.draw(_pins(kind))
    law = data.draw(st.sampled_from(list(LawVersion)))
    enc, solver = _solver(kind, law)
    solver.push()
    try:
        solver.add(*enc.case.fix(pins))
        if solver.check() != z3.sat:
            return  # the pins themselves contradict a validator
        model = solver.model()
    finally:
        solver.pop()
    values = enc.case.read(model)
    case = case_from_values(values, law, enc.reading.read(model))
    atoms = case_atoms(case, law)
    assert {n: atoms[n] for n in values.facts} == dict(values.facts)


def test_every_name_a_rule_reads_is_encoded() -> None:
    for kind in ("system", "model"):
        for law in LawVersion:
            enc, _ = _solver(kind, law)
            read = {name for rule in enc.ruleset.rules for name in rule.reads}
            assert read <= set(enc.values)


# --------------------------------------------------------------------------- the date encoding
# Against the LOCAL STAND-IN for date rules (aiact.verify.dates.DateRule) until the real date
# rules land: an ordered list of cases, first true wins, an unknown before it undetermines.

_D = (dt.date(2026, 8, 2), dt.date(2027, 12, 2), dt.date(2028, 8, 2))
_STAND_IN = (
    DateRule(
        "date.cutoff",
        (
            ("a2", DateConst(_D[1])),
            ("not a2", DateConst(_D[0])),
        ),
    ),
    DateRule(
        "date.applies_from",
        (
            ("hr and legacy", Never()),
            ("hr and changed", DateMax(DateRef("date.cutoff"), DateInput("significant_change"))),
            ("hr", DateRef("date.cutoff")),
            ("annex_i", DateConst(_D[2])),
        ),
    ),
    DateRule(
        "date.later",
        (("true", DateMax(DateInput("placed_on_market"), DateRef("date.applies_from"))),),
    ),
)
_NAMES = ("a2", "hr", "legacy", "changed", "annex_i")


@given(
    st.fixed_dictionaries({n: st.sampled_from([True, False, None]) for n in _NAMES}),
    st.fixed_dictionaries(
        {
            n: st.one_of(st.none(), st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)))
            for n in ("placed_on_market", "significant_change")
        }
    ),
)
def test_date_rules_encode_as_ite_chains(truths: dict[str, Any], days: dict[str, Any]) -> None:
    env = {n: fresh(n) for n in _NAMES}
    inputs = {}
    solver = z3.Solver()
    for name in ("placed_on_market", "significant_change"):
        value, bound = input_date(name)
        inputs[name] = value
        solver.add(bound)
        if days[name] is None:
            solver.add(z3.Not(value.det))
        else:
            solver.add(value.det, value.day == day_number(days[name]))
    for name, value in truths.items():
        solver.add(well_formed(env[name]), env[name].same(const(value)))
    encoded = encode_date_rules(_STAND_IN, env, inputs)
    assert solver.check() == z3.sat
    model = solver.model()
    expected = evaluate_date_rules(_STAND_IN, truths, days)
    found = {name: value_in(model, value) for name, value in encoded.items()}
    assert found == expected
