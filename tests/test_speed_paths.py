"""The fast paths of issue 18 give what the plain definitions give.

- input atoms: the per-class reader of ``bool | None`` groups and the prepared enumeration names
  give the same atoms, in the same order, as reading each model's fields one by one;
- ``NativeEngine.evaluate_into`` gives the same evaluation as ``evaluate``;
- derivations: the nodes and rule steps shared between evaluations equal the ones a fresh
  builder (empty caches) makes for the same evaluation;
- open questions (round 5): the generated bit-set program equals the recursive definition, and
  the answers and size assessments kept per key equal fresh ones;
- date rules (round 7): the results shared between evaluations equal fresh ones, and the keys
  of ``explain`` resolve to the same conclusion once kept;
- decisive premises (round 9): computed with the rule's compiled condition and one trial map,
  they equal the definition (each premise tried as unknown on a copy, the condition evaluated
  from its tree).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings

import aiact.penalties.exposure as exposure_module
from aiact.assessment import (
    MODEL_CATEGORIES,
    SYSTEM_CATEGORIES,
    Assessment,
    ObligationResult,
    _obligation_table,
    _question_index,
    _UnknownInputs,
)
from aiact.atoms import NARROWER_SETTLED_BY_BROADER, system_atoms
from aiact.case import Case
from aiact.derivation import (
    _CLOSURE_KEY_LIMIT,
    _SHARED_CACHE_SIZE,
    Derivation,
    _Builder,
    _decisive,
    _leaves,
    _plan,
    _prepare,
    _prepare_leaves,
    _shared,
    derive,
)
from aiact.engine.compile import ruleset_for
from aiact.engine.dates import DateEvaluation
from aiact.engine.native import NATIVE, evaluate_stepwise, rule_tuple
from aiact.facts import IMPLIED_ANNEX_III, AISystem, Organisation
from aiact.logic import Truth, evaluate
from aiact.obligations.catalogue import catalogue
from aiact.penalties.size import _assess_size, assess_size
from aiact.questions.goals import _Recorder
from aiact.ruleset import Rule
from aiact.testing import strategies as ais
from aiact.versions import LawVersion

_GROUPS = (
    "roles",
    "value_chain",
    "exclusions",
    "prohibited",
    "derogation",
    "transparency",
    "context",
    "definition",
    "biometrics",
    "conformity",
    "authority_actions",
)


def _plain_flags(model: Any, prefix: str) -> dict[str, Truth]:
    return {
        prefix + name: value
        for name, value in model.__dict__.items()
        if value is None or value is True or value is False
    }


def _plain_system_flags(system: AISystem) -> dict[str, Truth]:
    out: dict[str, Truth] = {}
    for group in _GROUPS:
        out.update(_plain_flags(getattr(system, group), f"{group}."))
    out.update(_plain_flags(system.annex_iii, "annex_iii."))
    out.update(_plain_flags(system.annex_i, "annex_i."))
    return out


def _fresh_derivation(assessment: Assessment, name: str) -> Derivation:
    """The derivation built with no shared node or step (fresh plan, fresh leaf caches)."""
    evaluation = assessment.evaluation
    builder = _Builder.__new__(_Builder)
    builder.memo = {}
    builder.plan = _prepare(evaluation.ruleset)
    builder.leaves = _prepare_leaves(evaluation.ruleset)
    builder.get = evaluation.values.get
    builder.rule_values = rule_tuple(evaluation)
    return builder.build(name)


@settings(max_examples=20, deadline=None)
@given(ais.cases())
def test_fast_paths_agree_with_the_plain_definitions(case: Case) -> None:
    assessment = case.assess()
    evaluation = assessment.evaluation
    if case.system is not None:
        atoms = system_atoms(case.system, case.organisation, case.interpretations, None)
        plain = _plain_system_flags(case.system)
        # Same names in the same order; the same values, apart from the facts that a given
        # Annex III list settles as false (atoms._implied_by_the_list), and Art. 50(3)'s
        # narrower fact that a "no" to the broader one settles, and Annex III point 5(b)'s "only
        # fraud detection" (atoms._implied_by_the_broader).
        settled = {fact for fact, _, _ in IMPLIED_ANNEX_III} | {
            narrower for _, narrower in NARROWER_SETTLED_BY_BROADER
        }
        assert [name for name in atoms if name in plain] == list(plain)
        assert all(atoms[name] == plain[name] for name in plain if name not in settled)
    inputs = {k: v for k, v in evaluation.values.items() if k not in evaluation.ruleset.predicates}
    by_copy = NATIVE.evaluate(evaluation.ruleset, inputs)
    in_place = NATIVE.evaluate_into(evaluation.ruleset, dict(inputs))
    assert by_copy.values == in_place.values == evaluation.values
    assert list(by_copy.values) == list(in_place.values)
    assert by_copy.rule_values == in_place.rule_values == evaluation.rule_values
    table = SYSTEM_CATEGORIES if assessment.kind == "system" else MODEL_CATEGORIES
    names = [predicate for _, predicate, _, _ in table]
    names += [result.obligation.predicate for result in assessment.obligations]
    for name in names:
        shared = assessment.explain(name)
        fresh = _fresh_derivation(assessment, name)
        assert shared == fresh
        assert shared.to_dict() == fresh.to_dict()
        assert shared.text(full=True) == fresh.text(full=True)


def test_the_prepared_structures_are_kept_with_the_rule_set() -> None:
    assessment = Case.model_validate(
        {"organisation": {}, "system": {"roles": {"deployer": True}}, "as_of": "2026-12-04"}
    ).assess()
    ruleset = assessment.evaluation.ruleset
    assert _plan(ruleset) is _plan(ruleset)
    assert _leaves(ruleset) is _leaves(ruleset)
    # A leaf reads input facts only.
    for name, leaf in _leaves(ruleset).items():
        assert name in leaf.reads
        assert not any(read in ruleset.predicates for read in leaf.reads if read != name)


# --------------------------------------------------------------------------- round 5 (speed4)


def _plain_mask(assessment: Assessment, name: str, memo: dict[str, int]) -> int:
    """The open questions under ``name`` by the recursive definition (the code before the
    generated program): the unknown inputs and conclusions read by its undetermined rules."""
    found = memo.get(name)
    if found is not None:
        return found
    evaluation = assessment.evaluation
    get = evaluation.values.get
    index = _question_index(evaluation.ruleset)
    mask = 0
    if get(name) is None:
        for rule_id, conclusions, atoms, bits in index.rules.get(name, ()):
            if evaluation.rule_values.get(rule_id) is not None:
                continue
            for atom, bit in zip(atoms, bits, strict=True):
                if get(atom) is None:
                    mask |= bit
            for atom in conclusions:
                if get(atom) is None:
                    mask |= _plain_mask(assessment, atom, memo)
    memo[name] = mask
    return mask


@settings(max_examples=30, deadline=None)
@given(ais.cases())
def test_open_question_program_and_caches_agree_with_the_definitions(case: Case) -> None:
    """The generated open-question program gives the recursive definition's bit set for every
    name (also from an evaluation without the native program's tuples, as the durable engine
    and derived evaluations make); the open questions kept per key equal the ones computed
    afresh; the kept size assessment equals a fresh one."""
    assessment = case.assess()
    evaluation = assessment.evaluation
    unknown = _UnknownInputs(evaluation)
    stepwise = evaluate_stepwise(evaluation.ruleset, evaluation.values)
    assert "_results" not in stepwise.__dict__
    from_maps = _UnknownInputs(stepwise)
    recorded = _UnknownInputs(replace(evaluation, values=_Recorder(evaluation.values)))
    memo: dict[str, int] = {}
    for name in (*evaluation.ruleset.order, *list(evaluation.values)[:50]):
        plain = _plain_mask(assessment, name, memo)
        assert unknown.mask(name) == plain == from_maps.mask(name) == recorded.mask(name)
    kept = assessment.open_questions
    index = _question_index(evaluation.ruleset)
    index.answers.clear()
    fresh = replace(assessment).open_questions
    assert kept == fresh
    basis = assessment.exposure_options.undertaking_basis
    assert assess_size(assessment.organisation, basis) == _assess_size(
        assessment.organisation, basis
    )


def test_the_kept_size_keeps_the_figures_as_given() -> None:
    """Two organisations whose figures are equal numbers written differently share no size
    assessment: the figures are reported as given."""
    first = assess_size(Organisation(headcount=5, annual_turnover_eur=Decimal("1E+6")))
    second = assess_size(Organisation(headcount=5, annual_turnover_eur=Decimal("1000000")))
    assert first.size_class == second.size_class
    assert str(first.figures.annual_turnover_eur) == "1E+6"
    assert str(second.figures.annual_turnover_eur) == "1000000"


@settings(max_examples=30, deadline=None)
@given(ais.cases())
def test_open_questions_read_only_what_they_depend_on_from_a_recording_map(case: Case) -> None:
    """The interview memoises a goal's view by the names its computation read
    (``aiact.questions.relevance._Traces``). The open questions under a conclusion read only
    the values under it from a recording map: the generated program, which reads every value,
    made every trace name everything, so no trace was ever met again and each lookup compared
    thousands of names (a next question took seconds, round 5)."""
    evaluation = case.assess().evaluation
    for name in evaluation.ruleset.order:
        recorder = _Recorder(evaluation.values)
        unknown = _UnknownInputs(replace(evaluation, values=recorder))
        unknown.mask(name)
        if evaluation.values.get(name) is not None:
            assert recorder.read == {name}
        else:
            # Fewer conclusions than all of them (the regression read every value). Inputs are
            # not counted: a small rule set (a model's, 35 conclusions) may read more inputs
            # under one conclusion than it has conclusions (round 7: Art. 54(1) reads the
            # organisation's establishment, its flag, country and kind).
            predicates = set(evaluation.ruleset.order)
            assert len(recorder.read & predicates) < len(predicates)


# --------------------------------------------------------------------------- round 7


@settings(max_examples=30, deadline=None)
@given(ais.cases())
def test_shared_date_results_equal_fresh_ones(case: Case) -> None:
    """Every date rule's result, kept per what its selection reads and shared between
    evaluations (round 7), equals the result selected afresh (a plan with nothing shared)."""
    assessment = case.assess()
    kept = assessment.dates
    fresh = DateEvaluation(assessment.evaluation, assessment.input_dates)
    fresh.plan = replace(fresh.plan, shared={})
    for name in kept.plan.rules:
        assert kept.result(name) == fresh.result(name)
        assert kept.unknown_names(name) == fresh.unknown_names(name)
        assert kept.unknown_inputs(name) == fresh.unknown_inputs(name)


def test_keys_resolve_to_the_same_conclusion_when_kept() -> None:
    """An obligation id, a citation and a category key name the same conclusion the first time
    and once kept (round 7); a name of the evaluation or rule set comes first."""
    assessment = Case.model_validate(
        {"organisation": {}, "system": {"roles": {"deployer": True}}, "as_of": "2026-12-04"}
    ).assess()
    for _ in range(2):
        for result in assessment.obligation_results:
            assert assessment._name(result.id) == result.obligation.predicate
            assert (
                assessment._name(str(result.obligation.ref))
                == catalogue().get(str(result.obligation.ref)).predicate
            )
        assert assessment._name("high_risk") == "hr.high_risk"
        assert assessment._name("hr.high_risk") == "hr.high_risk"
        assert assessment._name("roles.deployer") == "roles.deployer"
        assert assessment.explain("art26_1") is assessment.explain(
            catalogue().get("art26_1").predicate
        )


def _plain_decisive(rule: Rule, read_values: tuple[Truth, ...]) -> tuple[str, ...]:
    """The decisive premises by their definition: the premises that stay known when each known
    premise in turn is made unknown on a copy, and kept unknown if the rule's value stays."""
    values = dict(zip(rule.reads, read_values, strict=True))
    target = evaluate(rule.condition, values)
    if target is None:
        return tuple(name for name, value in values.items() if value is None)
    kept = dict(values)
    for name in rule.reads:
        if kept[name] is None:
            continue
        trial = {**kept, name: None}
        if evaluate(rule.condition, trial) == target:
            kept = trial
    return tuple(name for name in rule.reads if kept[name] is not None)


def test_decisive_premises_with_the_compiled_condition_equal_the_definition() -> None:
    """Every rule of every rule set, on a fixed spread of value combinations (all unknown, all
    true, all false, and eight seeded mixtures): the same premises, in the same order."""
    import random

    draw = random.Random(18)
    choices: tuple[Truth, ...] = (True, False, None)
    for kind in ("system", "model"):
        for law in LawVersion:
            ruleset = ruleset_for(kind, law)
            for rules in ruleset.by_predicate.values():
                for compiled in rules:
                    rule = compiled.rule
                    width = len(rule.reads)
                    combinations = [(value,) * width for value in choices]
                    combinations += [
                        tuple(draw.choice(choices) for _ in range(width)) for _ in range(8)
                    ]
                    for read_values in combinations:
                        expected = _plain_decisive(rule, read_values)
                        assert _decisive(rule, read_values, compiled.evaluate) == expected
                        assert _decisive(rule, read_values) == expected


@settings(max_examples=15, deadline=None)
@given(ais.cases())
def test_the_rule_value_map_built_when_read_equals_the_stepwise_one(case: Case) -> None:
    """The native engine leaves ``Evaluation.rule_values`` to be built from the program's rule
    tuple when first read: it equals the rule-by-rule evaluation's map, in the same order, is
    built once, survives ``dataclasses.replace`` (the interview's copies), and a derivation built
    over an evaluation without the program's tuples (a copy, as the durable engine or an
    incremental step makes) equals the one over the native evaluation."""
    evaluation = case.assess().evaluation
    assert "rule_values" not in evaluation.__dict__
    stepwise = evaluate_stepwise(evaluation.ruleset, evaluation.values)
    assert rule_tuple(evaluation) == tuple(stepwise.rule_values.values())
    copy = replace(evaluation, values=dict(evaluation.values))
    assert "_results" not in copy.__dict__
    assert copy.rule_values == stepwise.rule_values
    assert list(evaluation.rule_values.items()) == list(stepwise.rule_values.items())
    assert evaluation.rule_values is evaluation.rule_values
    assert copy == evaluation and repr(copy) == repr(evaluation)
    assert rule_tuple(copy) == rule_tuple(evaluation)
    for name in evaluation.ruleset.order[::7]:
        assert derive(copy, name) == derive(evaluation, name)
    with pytest.raises(AttributeError):
        evaluation.no_such_field  # type: ignore[attr-defined]  # noqa: B018


@settings(max_examples=25, deadline=None)
@given(ais.cases())
def test_obligation_results_and_the_empty_exposure_report_equal_their_general_forms(
    case: Case,
) -> None:
    """The obligation results equal the catalogue walked row by row (and the constructor);
    the fine report with no binding obligation (its short path) equals the general path's,
    fields set included (Arts. 99-101 are the general path's)."""
    assessment = case.assess()
    get = assessment.evaluation.values.get
    table = _obligation_table(assessment.law, assessment.kind)
    results = assessment.obligation_results
    assert len(results) == len(table)
    for result, (obligation, predicate, _, not_applicable) in zip(results, table, strict=True):
        assert result.obligation is obligation and result.applies is get(predicate)
        if result.applies is False:
            assert result is not_applicable
            continue
        plain = ObligationResult(result.obligation, result.applies, result.status, result.timing)
        assert result == plain and repr(result) == repr(plain) and hash(result) == hash(plain)
        assert list(result.__dict__.items()) == list(plain.__dict__.items())
    calls: list[tuple[Any, ...]] = []
    report = exposure_module._report

    def spy(*args: Any) -> Any:
        calls.append(args)
        return report(*args)

    exposure_module._report = spy  # type: ignore[assignment]
    try:
        fresh = replace(assessment)
        fresh.exposure  # noqa: B018
    finally:
        exposure_module._report = report  # type: ignore[assignment]
    assert len(calls) == 1
    short, general = report(*calls[0]), exposure_module._report_of(*calls[0])
    assert short == general and short.model_fields_set == general.model_fields_set
    assert short.model_dump_json() == general.model_dump_json()


def test_a_shared_node_is_keyed_by_every_input_fact_under_it() -> None:
    """A conclusion's node kept across evaluations (``derivation._shared``) is keyed by its own
    name and every input fact its rules read, through every conclusion they read (so two
    evaluations that agree on the key agree on the whole subtree); leaves keep their own key;
    a map that records reads gets the leaves alone."""
    for kind in ("system", "model"):
        for law in LawVersion:
            ruleset = ruleset_for(kind, law)  # type: ignore[arg-type]
            predicates = ruleset.predicates
            leaves = _leaves(ruleset)
            shared = _shared(ruleset)
            leaves_bound = next(iter(leaves.values())).bound
            assert all(shared[name] is leaf for name, leaf in leaves.items())
            assert len(shared) > len(leaves)
            for name, node in shared.items():
                if name in leaves:
                    continue
                under: set[str] = set()
                stack = [name]
                while stack:
                    for rule in ruleset.rules_for(stack.pop()):
                        for read in rule.reads:
                            if read in predicates:
                                stack.append(read)
                            else:
                                under.add(read)
                assert node.reads[0] == name and set(node.reads[1:]) == under
                assert len(under) <= _CLOSURE_KEY_LIMIT and node.rule_positions == ()
                assert node.bound == _SHARED_CACHE_SIZE < leaves_bound
    evaluation = Case.model_validate({"system": {}, "organisation": {}}).assess().evaluation
    recorded = replace(evaluation, values=_Recorder(evaluation.values))
    assert _Builder(recorded).leaves is _leaves(evaluation.ruleset)
    assert _Builder(evaluation).leaves is _shared(evaluation.ruleset)
