"""Round 19 (speed23): the trial answers of a question propagated all at once, each answer a
world of two bits per value (``incremental.propagate_worlds``, ``relevance.WORLDS``). Figures in
docs/interview.md, "Round 19"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aiact.logic import And, Atom, Condition, Const, Not, Or, Truth, evaluate
from aiact.questions import catalogue, incremental, relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context, atom_changes
from aiact.questions.incremental import emit_condition_bits, plan_of, propagate, propagate_worlds
from aiact.questions.relevance import best, completions, rank, trial_answers
from tests.switches import (
    SEARCHED_GOALS,
    best_and_rank_without,
    check_same_without,
    searched_states,
)
from tests.test_questions_relevance import (
    FEW,
    interview_states,
    states,
    states_with_unknowns,
)

NAMES = ("a", "b", "c", "d")
TRUTHS: tuple[Truth, ...] = (True, False, None)


def _conditions() -> st.SearchStrategy[Condition]:
    leaves = st.one_of(st.sampled_from(NAMES).map(Atom), st.sampled_from(TRUTHS).map(Const))
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            inner.map(Not),
            st.lists(inner, min_size=2, max_size=4).map(lambda xs: And(tuple(xs))),
            st.lists(inner, min_size=2, max_size=4).map(lambda xs: Or(tuple(xs))),
        ),
        max_leaves=12,
    )


@given(
    _conditions(),
    st.lists(st.fixed_dictionaries({n: st.sampled_from(TRUTHS) for n in NAMES}), min_size=1),
)
def test_a_condition_over_worlds_is_its_kleene_value_in_each_world(
    condition: Condition, worlds: list[dict[str, Truth]]
) -> None:
    """The condition emitted over N worlds (two masks per value) gives, in each world, the
    value :func:`aiact.logic.evaluate` gives on that world's values."""
    every = (1 << len(worlds)) - 1

    def bits(name: str) -> tuple[int, int]:
        true = sum(1 << i for i, w in enumerate(worlds) if w[name] is True)
        false = sum(1 << i for i, w in enumerate(worlds) if w[name] is False)
        return true, false

    local = {n: (f"{n}t", f"{n}f") for n in NAMES}
    lines = [f"{t}, {f} = bits({n!r})" for n, (t, f) in local.items()]
    true, false = emit_condition_bits(condition, local.__getitem__, "x", lines)
    body = "".join(f"    {line}\n" for line in lines)
    namespace: dict[str, Any] = {}
    exec(f"def _f(bits, A):\n{body}    return {true}, {false}\n", namespace)
    got_true, got_false = namespace["_f"](bits, every)
    assert got_true & got_false == 0
    for i, world in enumerate(worlds):
        value = True if got_true >> i & 1 else (False if got_false >> i & 1 else None)
        assert value == evaluate(condition, world), (i, world)


def _answers_changes(
    facts: dict[str, Any], kind: SubjectKind, context: Context, base: Any, opened: Any
) -> list[dict[str, Any]]:
    """Every trial answer's rule inputs' changes, over every question still open."""
    found: list[dict[str, Any]] = []
    for question in catalogue().for_kind(kind):
        if question.id == "subject" or relevance._is_settled(question, facts):
            continue
        for _, sets in completions(trial_answers(question, kind, context, opened.inputs), facts):
            changes = {k: v for k, v in sets.items() if facts.get(k, relevance._MISSING) != v}
            quick = atom_changes(base, changes, facts)
            if quick is not None:
                found.append(dict(quick))
    return found


@FEW
@given(
    st.one_of(
        states(),
        states_with_unknowns(),
        interview_states("tier"),
        interview_states("full", ("system", "model")),
    ),
    st.data(),
)
def test_each_world_is_the_answers_own_propagation(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], data: st.DataObject
) -> None:
    """World by world, :func:`propagate_worlds` gives exactly what :func:`propagate` gives for
    that world's changes alone: the changed values and the changed rules' values, in the same
    order, fully, within the positions of ``_narrow`` and within those the scope is computed
    from; for the answers of every open question, taken in random groups (answers of several
    questions in one pass, more than :data:`incremental.WIDTH` of them, one alone)."""
    kind, context, facts, _ = state
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    opened = relevance._open_inputs(base, "tier")
    evaluation = base.evaluation
    plan = plan_of(evaluation.ruleset)
    scope = plan.under(relevance._MOOT_PREDICATES[kind])
    changes = _answers_changes(facts, kind, context, base, opened)
    if not changes:
        return
    groups = [changes]
    for _ in range(3):
        size = data.draw(st.integers(1, min(len(changes), 20)))
        groups.append(data.draw(st.lists(st.sampled_from(changes), min_size=size, max_size=size)))
    for within in (None, relevance._narrow(base, "tier", opened), scope):
        for group in groups:
            found = propagate_worlds(evaluation, group, within, with_rules=True)
            assert found is not None
            assert len(found) == len(group)
            for changed, (over, rules) in zip(group, found, strict=True):
                want_over, want_rules = propagate(evaluation, changed, within)
                assert list(over.items()) == list(want_over.items()), changed
                assert list(rules.items()) == list(want_rules.items()), changed


@FEW
@given(searched_states(), st.sampled_from(SEARCHED_GOALS))
def test_the_next_question_is_the_same_without_the_worlds(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """Round 19 (relevance.WORLDS): best() and rank() give the same with the answers propagated
    together as one by one (every cache emptied before each)."""
    check_same_without("WORLDS", state, goal)


def _open_source_system() -> dict[str, Any]:
    """A state of the interview benchmark (2368 of speed23's collection, among `tier`'s
    slowest): an AI system under a free and open-source licence, no other exclusion, before
    the roles are asked (the next question is ``roles``)."""
    return {
        "is_ai_system": True,
        "exclusions.free_open_source_licence": True,
        "exclusions.exclusively_military_defence_national_security": False,
        "exclusions.sole_purpose_scientific_research": False,
        "exclusions.pre_market_research_testing": False,
        "exclusions.international_cooperation_law_enforcement": False,
    }


def test_the_slow_state_asks_the_same_without_the_worlds(monkeypatch: Any) -> None:
    """2368's next question (``roles``) is the same with and without the worlds, and the worlds
    are used there: within the positions and in full (``roles``' options all reach the view's
    names), and for whether an answer can make the Act not apply."""
    facts = _open_source_system()
    context = Context(dt.date(2026, 9, 1))
    asked = ("subject", "exclusions")
    calls: list[tuple[int, bool, bool]] = []
    original = relevance.propagate_worlds

    def counted(base: Any, changes: Any, within: Any, with_rules: bool = False) -> Any:
        calls.append((len(changes), within is None, with_rules))
        return original(base, changes, within, with_rules)

    monkeypatch.setattr(relevance, "propagate_worlds", counted)
    # Since round 20 the views of ``roles``' options are taken within the positions
    # (relevance.VIEW_WITHIN, tests/test_speed25.py), with no full propagation: off here.
    monkeypatch.setattr(relevance, "VIEW_WITHIN", False)
    relevance.clear_cache()
    found = best(facts, "system", context, "tier", asked)
    assert found is not None and found.question.id == "roles"
    assert any(whole and rules and n >= 8 for n, whole, rules in calls)  # roles, in full
    assert any(not whole and not rules for _, whole, rules in calls)
    relevance.clear_cache()
    ranked = rank(facts, "system", context, "tier", asked)
    assert best_and_rank_without("WORLDS", facts, "system", context, "tier", asked) == (
        found,
        ranked,
    )


def test_a_value_that_is_not_a_truth_value_is_not_propagated_over_worlds() -> None:
    """A change to a value other than True, False or None (which the Kleene masks cannot hold)
    and a change that sets a predicate are left to the propagation one by one."""
    base = relevance.MEMO.assess(_open_source_system(), "system", Context(dt.date(2026, 9, 1)))
    assert not isinstance(base, Exception)
    evaluation = base.evaluation
    name = next(n for n in evaluation.ruleset.inputs if evaluation.values.get(n) is None)
    assert propagate_worlds(evaluation, [{name: True}, {name: 1}], None) is None
    predicate = evaluation.ruleset.order[0]
    other = evaluation.values.get(predicate) is not True
    assert propagate_worlds(evaluation, [{predicate: other}], None) is None
    assert propagate_worlds(evaluation, [], None) == []
    assert incremental.WIDTH >= 1


def test_a_predicate_is_evaluated_again_only_in_the_worlds_that_reach_it() -> None:
    """On an evaluation whose value of a predicate (or of a rule) is not what its rules give
    from the values it reads, :func:`propagate` keeps that value in a propagation that does not
    reach the predicate and computes it afresh in one that does; each world does the same
    (a predicate is evaluated again only in the worlds where a name it reads differs). The
    answers of every open question, as one group of worlds."""
    facts = _open_source_system()
    kind: SubjectKind = "system"
    context = Context(dt.date(2026, 9, 1))
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    opened = relevance._open_inputs(base, "tier")
    evaluation = base.evaluation
    changes = _answers_changes(facts, kind, context, base, opened)
    plan = plan_of(evaluation.ruleset)
    # The predicates some answers reach and some do not.
    reached: dict[str, int] = {}
    for changed in changes:
        for name in propagate(evaluation, changed)[0]:
            for reader in plan.readers.get(name, ()):
                reached[plan.names[reader]] = reached.get(plan.names[reader], 0) + 1
    some = sorted(p for p, n in reached.items() if 0 < n < len(changes))[::7][:12]
    assert some
    for predicate in some:
        other: Truth = False if evaluation.values.get(predicate) is not False else None
        rule = evaluation.ruleset.by_predicate[predicate][0].rule.id
        rule_other: Truth = True if evaluation.rule_values.get(rule) is not True else None
        for odd in (
            incremental.apply(evaluation, {predicate: other}, {}),
            incremental.apply(evaluation, {}, {rule: rule_other}),
        ):
            found = propagate_worlds(odd, changes, None, with_rules=True)
            assert found is not None
            for changed, (over, rules) in zip(changes, found, strict=True):
                want_over, want_rules = propagate(odd, changed)
                assert list(over.items()) == list(want_over.items()), (predicate, changed)
                assert list(rules.items()) == list(want_rules.items()), (predicate, changed)


def test_each_answer_gets_its_own_world_in_try() -> None:
    """:func:`relevance._worlds` and :func:`relevance._whole` give each answer (by its index
    among the question's answers) its own propagation, within the positions of ``_narrow`` and
    in full with the rules' values; the answers they leave out are "none of these" of a
    several-of question and those whose rule inputs are not computed."""
    facts = _open_source_system()
    kind: SubjectKind = "system"
    context = Context(dt.date(2026, 9, 1))
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    opened = relevance._open_inputs(base, "tier")
    narrow = relevance._narrow(base, "tier", opened)
    assert narrow is not None
    reads = relevance._reads(base, "tier")
    direct = relevance._direct("tier", kind)
    evaluation = base.evaluation
    whole_seen = 0
    for question in catalogue().for_kind(kind):
        if question.id == "subject" or relevance._is_settled(question, facts):
            continue
        several = question.kind == "several_of"
        answers = completions(trial_answers(question, kind, context, opened.inputs), facts)
        prepared = [relevance._changes(base, facts, sets, direct) for _, sets in answers]
        found = relevance._worlds(base, answers, prepared, several, narrow)
        if found is None:
            continue
        worlds = found[0]
        whole = relevance._whole(base, prepared, worlds, 0, reads)
        whole_seen += len(whole)
        for index, ((answer, _), (_, quick)) in enumerate(zip(answers, prepared, strict=True)):
            if quick is None or (several and not answer):
                assert worlds[index] is None
                continue
            assert worlds[index] == propagate(evaluation, quick, narrow)[0]
            if index in whole:
                over, rules = whole[index]
                assert not reads.isdisjoint(over)
                want_over, want_rules = propagate(evaluation, quick)
                assert (over, rules) == (want_over, want_rules), (question.id, answer)
    assert whole_seen >= 8
