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
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

z3 = pytest.importorskip("z3", reason="the verify extra (z3-solver) is not installed")

from aiact.case import Case  # noqa: E402
from aiact.daterules import NEVER  # noqa: E402
from aiact.engine.compile import ruleset_for  # noqa: E402
from aiact.engine.dates import UNKNOWN  # noqa: E402
from aiact.testing import strategies as ais  # noqa: E402
from aiact.verify.cases import case_atoms, case_from_values  # noqa: E402
from aiact.verify.dates import (  # noqa: E402
    DateVal,
    date_max,
    day_number,
    from_day_number,
    ite_chain,
    value_in,
)
from aiact.verify.encode import Encoding, case_dates, encoding  # noqa: E402
from aiact.verify.kleene import const, truth_in  # noqa: E402
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
    pins += enc.case.fix_dates(case_dates(case), case.as_of)
    return pins


def _engine_value(value: object) -> object:
    if value is NEVER:
        return "never"
    if value is UNKNOWN:
        return "unknown"
    return value


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
    # Every date rule: the set of its possible values (a date, never, an unknown input date).
    wrong_dates = {}
    for name, found in enc.dates.items():
        engine = frozenset(_engine_value(v) for v in assessment.date(name).values)
        if found.values_in(model) != engine:
            wrong_dates[name] = (sorted(map(str, found.values_in(model))), sorted(map(str, engine)))
    assert not wrong_dates, f"date rules (solver, engine): {wrong_dates}"
    # And the set of its possible "comply by" deadlines (no deadline: "none"); where it is one
    # date, that is every obligation's ObligationResult.deadline.
    wrong_deadlines = {}
    for name, found in enc.deadlines.items():
        result = assessment.date(name)
        engine = frozenset("none" if d is None else _engine_value(d) for d in result.deadlines)
        solver_values = frozenset("none" if v == "never" else v for v in found.values_in(model))
        if solver_values != engine:
            wrong_deadlines[name] = (sorted(map(str, solver_values)), sorted(map(str, engine)))
        one = z3.is_true(model.eval(found.determined, model_completion=True))
        single = next(iter(solver_values)) if one and len(solver_values) == 1 else None
        expected = single if isinstance(single, dt.date) else None
        if expected != result.deadline:
            wrong_deadlines[f"{name} (deadline)"] = (str(expected), str(result.deadline))
    for obligation in assessment.obligation_results:
        if obligation.timing is not None:
            assert obligation.deadline == assessment.date(obligation.timing.rule).deadline
    assert not wrong_deadlines, f"deadlines (solver, engine): {wrong_deadlines}"
    # The tier on the day assessed and apart from the date, with the higher possible tiers.
    assert enc.tier.in_model(model) is assessment.risk_tier
    assert enc.tier.possible_in(model) == set(assessment.possible_tiers)
    assert enc.classification.in_model(model) is assessment.classification_tier
    assert enc.classification.possible_in(model) == set(assessment.possible_classification_tiers)
    # The model, written back as a case file, is the same case.
    again = case_from_values(enc.case.read(model), law, enc.reading.read(model))
    first, second = case_atoms(case, law), case_atoms(again, law)
    assert {n: second[n] for n in enc.values if n in first} == {
        n: first[n] for n in enc.values if n in first
    }


_CHANGES = st.one_of(st.just("none"), st.none(), st.integers(min_value=0, max_value=3000))


@given(ais.cases("system", high_risk=True), st.sampled_from(list(LawVersion)), _CHANGES)
@settings(max_examples=150)
def test_the_solver_reads_the_significant_change_as_the_engine(
    case: Case, law: LawVersion, change: Any
) -> None:
    """The significant change in its three states (round 13, Art. 111(2)): a day (so many days
    after the first placing), ``"none"`` (no significant change: never) or empty (not known:
    the ``dates.changed_*`` atoms and the dates that turn on it unknown). Every value, date
    rule and deadline is the engine's, and the model, written back, says the same."""
    assert case.system is not None
    if isinstance(change, int):
        first = min(
            (d for d in (case.system.placed_on_market, case.system.put_into_service) if d),
            default=dt.date(2020, 1, 1),
        )
        change = min(first + dt.timedelta(days=change), dt.date(2100, 12, 31))
    # A substantial modification is a significant change (Art. 3(23), recital 177): the model
    # refuses "none" with it, and model_copy would not check.
    assume(not (change == "none" and case.system.value_chain.substantial_modification is True))
    case = case.model_copy(
        update={"system": case.system.model_copy(update={"significant_change": change})}
    )
    test_the_solver_gives_the_engine_s_values.hypothesis.inner_test(case, law)  # type: ignore[attr-defined]


def test_the_significant_change_has_three_states_in_the_solver() -> None:
    """A day, ``"none"`` and empty are exclusive, pinned by ``fix_dates`` and read back."""
    enc, solver = _solver("system", LawVersion.AMENDED)
    field = enc.case.days["significant_change"]
    for value in (dt.date(2028, 1, 1), "none", None):
        solver.push()
        try:
            solver.add(*enc.case.fix_dates({"significant_change": value}))
            assert solver.check() == z3.sat
            read = enc.case.read(solver.model())
        finally:
            solver.pop()
        assert read.dates["significant_change"] == value
    solver.push()
    try:
        solver.add(field.known, field.none)
        assert solver.check() == z3.unsat  # a day and "none" at once: no case file says so
    finally:
        solver.pop()
    with pytest.raises(ValueError, match="cannot be 'none'"):
        enc.case.fix_dates({"placed_on_market": "none"})


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
    case.assess()  # accepted by aiact assess (no direct answer contradicts its definition)


def test_every_name_a_rule_reads_is_encoded() -> None:
    for kind in ("system", "model"):
        for law in LawVersion:
            enc, _ = _solver(kind, law)
            read = {name for rule in enc.ruleset.rules for name in rule.reads}
            assert read <= set(enc.values)


# --------------------------------------------------------------------------- date terms


def _term(value: object) -> DateVal:
    if value == "never":
        return DateVal(z3.BoolVal(True), z3.BoolVal(True), z3.IntVal(0))
    if value is None:
        return DateVal(z3.BoolVal(False), z3.BoolVal(False), z3.IntVal(0))
    assert isinstance(value, dt.date)
    return DateVal(z3.BoolVal(True), z3.BoolVal(False), z3.IntVal(day_number(value)))


_DAYS = st.one_of(st.none(), st.just("never"), st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)))


@given(_DAYS, _DAYS)
def test_the_later_of_two_dates_is_the_engine_s(a: Any, b: Any) -> None:
    """``date_max`` against :func:`aiact.engine.dates._later` (never wins, then unknown)."""
    from aiact.engine.dates import _later

    def engine(v: Any) -> Any:
        return NEVER if v == "never" else UNKNOWN if v is None else v

    expected = _engine_value(_later(engine(a), engine(b)))
    found = value_in(_empty_model(), date_max(_term(a), _term(b)))
    assert ("unknown" if found is None else found) == expected


def _empty_model() -> Any:
    solver = z3.Solver()
    assert solver.check() == z3.sat
    return solver.model()


@given(st.lists(st.tuples(st.sampled_from([True, False, None]), _DAYS), min_size=1, max_size=5))
def test_ite_chain_is_kleene_first_match(cases: list[tuple[Any, Any]]) -> None:
    expected: Any = "never"
    for truth, value in cases:
        if truth is None:
            expected = None
            break
        if truth:
            expected = value
            break
    encoded = ite_chain([(const(truth), _term(value)) for truth, value in cases])
    assert value_in(_empty_model(), encoded) == expected


def test_day_numbers_round_trip() -> None:
    for day in (dt.date(1990, 1, 1), dt.date(2027, 12, 2), dt.date(2100, 12, 31)):
        assert from_day_number(day_number(day)) == day


def _deadline_scenarios() -> list[Any]:
    """The scenario cases whose expectations name a "comply by" deadline (Art. 111(2) public
    authorities, Annex X, Art. 50(2) and general-purpose AI models placed before the dates)."""
    import yaml

    from aiact.case import case_from_mapping
    from aiact.versions import version_in_force

    root = Path(__file__).resolve().parent / "scenarios"
    out = []
    for file in sorted(root.glob("*.yaml")):
        for scenario in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            expected = (scenario.get("expect") or {}).get("deadline") or {}
            if any(v is not None for v in expected.values()):
                case = case_from_mapping(scenario["case"])
                law = case.law or version_in_force(case.as_of or dt.date.today())
                out.append(pytest.param(case, law, id=f"{file.stem}::{scenario['id']}"))
    return out


@pytest.mark.parametrize(("case", "law"), _deadline_scenarios())
def test_the_solver_gives_the_engine_s_deadlines(case: Case, law: LawVersion) -> None:
    """The differential test on the cases with a deadline (which the generated cases meet
    rarely): every value, date rule and deadline set is the engine's."""
    assessment = case.model_copy(update={"law": law}).assess()
    assert any(r.deadline is not None for r in assessment.obligation_results)
    test_the_solver_gives_the_engine_s_values.hypothesis.inner_test(case, law)  # type: ignore[attr-defined]
