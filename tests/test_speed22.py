"""Round 18 (speed22): an answer whose rule inputs change as an earlier answer's of the same
question reuses that answer's propagation (``relevance.SAME_INPUTS``). Figures in
docs/interview.md, "Round 18"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aiact.questions import catalogue, relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context, atom_changes
from aiact.questions.incremental import propagate, propagated
from aiact.questions.relevance import completions, trial_answers
from tests.switches import (
    SEARCHED_GOALS,
    best_and_rank,
    best_and_rank_without,
    check_same_without,
    searched_states,
)
from tests.test_questions_relevance import (
    FEW,
)


def _provider_and_deployer() -> dict[str, Any]:
    """A state of the interview benchmark (1584 of speed22's collection, among `tier`'s
    slowest): a provider and deployer of an AI system, no exclusion, before the territory, the
    organisation and the practices are asked."""
    return {
        "exclusions.exclusively_military_defence_national_security": False,
        "exclusions.free_open_source_licence": False,
        "exclusions.international_cooperation_law_enforcement": False,
        "exclusions.pre_market_research_testing": False,
        "exclusions.sole_purpose_scientific_research": False,
        "is_ai_system": True,
        "roles.deployer": True,
        "roles.distributor": False,
        "roles.importer": False,
        "roles.product_manufacturer": False,
        "roles.provider": True,
        "value_chain.own_name_on_high_risk_system": False,
    }


def _plain(found: tuple[Any, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    over, rules = found
    return dict(over), dict(rules.items())


def test_each_answers_propagation_is_its_own_where_the_inputs_repeat() -> None:
    """Every answer of every question of the state, propagated through one ``_Propagation`` per
    question (fully and within the view's positions, as :func:`relevance._try` does), gets the
    propagation computed afresh for its own rule inputs; and ``org_member_state``'s answers
    (the Member States) do reuse one (the memo is met)."""
    facts = _provider_and_deployer()
    kind: SubjectKind = "system"
    context = Context(dt.date(2026, 9, 1))
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    opened = relevance._open_inputs(base, "tier")
    narrow = relevance._narrow(base, "tier", opened)
    evaluation = base.evaluation
    reused: dict[str, int] = {}
    for question in catalogue().for_kind(kind):
        if question.id == "subject" or relevance._is_settled(question, facts):
            continue
        several = question.kind == "several_of"
        # As :func:`relevance._try` calls it (within the view's positions, then fully), and the
        # other way round.
        first = relevance._Propagation(evaluation, None, several)
        second = relevance._Propagation(evaluation, None, several)
        answers = completions(trial_answers(question, kind, context, opened.inputs), facts)
        calls = 0
        for answer, sets in answers:
            changes = {k: v for k, v in sets.items() if facts.get(k, relevance._MISSING) != v}
            quick = atom_changes(base, changes, facts)
            if quick is None:
                continue
            calls += 1
            fresh = _plain(propagated(evaluation, quick))
            values = evaluation.values
            changed = {n: v for n, v in quick.items() if n not in values or values[n] != v}
            exact = narrow is not None and not several and len(changed) < relevance.WIDE
            inside = None if not exact else dict(propagate(evaluation, changed, narrow)[0])
            for propagation, order in ((first, ("within", "full")), (second, ("full", "within"))):
                for way in order:
                    if way == "full":
                        assert _plain(propagation(answer, quick)) == fresh, (question.id, answer)
                    elif narrow is not None:
                        within = dict(propagation.within(answer, quick, narrow)[0])
                        if inside is not None:
                            assert within == inside, (question.id, answer)
        reused[question.id] = calls - len(second.memo) // 2
    assert reused["org_member_state"] > 10


@FEW
@given(searched_states(), st.sampled_from(SEARCHED_GOALS))
def test_the_next_question_is_the_same_without_the_propagations_reused(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """Round 18 (relevance.SAME_INPUTS): best() and rank() give the same with the propagations
    of answers whose rule inputs repeat reused as without (every cache emptied before each)."""
    check_same_without("SAME_INPUTS", state, goal)


def test_the_slow_state_asks_the_same_without_the_propagations_reused() -> None:
    """1584's next question (`prohibited_practices`, after the search tried ``org_member_state``
    with its 28 options) is the same with and without the reuse."""
    facts = _provider_and_deployer()
    context = Context(dt.date(2026, 9, 1))
    asked = ("subject", "exclusions", "roles")
    found, ranked = best_and_rank(facts, "system", context, "tier", asked)
    assert found is not None and found.question.id == "prohibited_practices"
    assert best_and_rank_without("SAME_INPUTS", facts, "system", context, "tier", asked) == (
        found,
        ranked,
    )
