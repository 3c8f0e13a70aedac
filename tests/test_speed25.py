"""Round 20 (speed25): each trial answer's own bound of what it can close, from its world
(``relevance.ANSWER_BOUNDS``, ``_answer_bound``), so that the search passes over a question
none of whose answers left can bring it to the score to beat. Figures in docs/interview.md,
"Round 20"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.questions import catalogue, incremental, relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context
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


def _bounds_and_closes(
    facts: dict[str, Any], kind: SubjectKind, context: Context
) -> list[tuple[str, Any, int, int]]:
    """For every open question and every answer that :func:`relevance._worlds` gives a world
    (with "none of these" of a several-of question), the answer's bound and the open parts of
    the goal ``tier`` its Assessment, assessed afresh from the facts, closes."""
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return []
    view = relevance._views(base, "tier")
    if view.determined:
        return []
    closable = relevance._closable(base, "tier", view)
    assert closable is not None
    opened = relevance._open_inputs(base, "tier")
    narrow = relevance._narrow(base, "tier", opened)
    if narrow is None:
        return []
    direct = relevance._direct("tier", kind)
    out: list[tuple[str, Any, int, int]] = []
    for question in catalogue().for_kind(kind):
        if question.id == "subject" or relevance._is_settled(question, facts):
            continue
        several = question.kind == "several_of"
        answers = completions(trial_answers(question, kind, context, opened.inputs), facts)
        prepared = [relevance._changes(base, facts, sets, direct) for _, sets in answers]
        found = relevance._worlds(base, answers, prepared, several, narrow, bounded=True)
        if found is None:
            continue
        worlds, none = found
        for index, (answer, sets) in enumerate(answers):
            world = none if index == 0 and several and not answer else worlds[index]
            if world is None:
                continue
            # Assessed from the facts, not derived from ``base``: the truth the bound must hold.
            trial = relevance._Memo().assess({**facts, **sets}, kind, context)
            if isinstance(trial, Exception):
                continue  # refused: the search skips it
            after = relevance._result_view(trial, "tier")
            closes = len(view.open - after.open)
            out.append((question.id, answer, relevance._answer_bound(closable, world), closes))
    return out


@FEW
@given(st.one_of(states(), states_with_unknowns(), interview_states("tier")))
def test_no_answer_closes_more_than_its_bound(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Every trial answer with a world closes at most its bound (:func:`relevance.
    _answer_bound`) of the open parts of the goal ``tier``, its Assessment computed afresh."""
    kind, context, facts, _ = state
    for question, answer, bound, closes in _bounds_and_closes(facts, kind, context):
        assert closes <= bound, (question, answer, bound, closes)


def _open_system() -> dict[str, Any]:
    """A state of the interview benchmark (1296 of speed25's collection, among `tier`'s
    slowest): an AI system with the exclusions answered no (the free and open-source licence
    not asked), before the roles are asked (the next question is ``roles``, which closes 9 of
    the 16 open parts)."""
    return {
        "is_ai_system": True,
        "exclusions.exclusively_military_defence_national_security": False,
        "exclusions.sole_purpose_scientific_research": False,
        "exclusions.pre_market_research_testing": False,
        "exclusions.international_cooperation_law_enforcement": False,
    }


def test_the_bounds_are_tight_enough_to_stop_and_never_below_what_an_answer_closes() -> None:
    """In 1296's state the answers of the questions about the system's classification close at
    most the tier's 7 parts (and 2 at most, in fact), not the 16 of their question's bound:
    every answer is within its bound, and some bound is below the question's."""
    context = Context(dt.date(2026, 9, 1))
    found = _bounds_and_closes(_open_system(), "system", context)
    assert found
    for question, answer, bound, closes in found:
        assert closes <= bound, (question, answer, bound, closes)
    by_question: dict[str, int] = {}
    for question, _, bound, _ in found:
        by_question[question] = max(bound, by_question.get(question, 0))
    for question in ("prohibited_practices", "annex_iii_points", "transparency_features"):
        assert by_question[question] < 9, (question, by_question[question])
    assert by_question["roles"] >= 9


def test_the_slow_state_asks_the_same_without_the_answers_bounds(monkeypatch: Any) -> None:
    """1296's next question (``roles``) is the same with and without the answers' bounds, and
    with them the search passes over questions it tried to their last answer without."""
    facts = _open_system()
    context = Context(dt.date(2026, 9, 1))
    asked = ("subject", "exclusions")
    passed: list[list[str]] = []
    original = relevance._try

    def counted(question: Any, *args: Any, **kwargs: Any) -> Any:
        attempt = original(question, *args, **kwargs)
        if attempt is None:
            passed[-1].append(question.id)
        return attempt

    monkeypatch.setattr(relevance, "_try", counted)
    # Round 24: with AHEAD_ORDER those questions are not tried at all (their answers' bounds
    # put them after the best); without it they are tried and stopped at once, as here.
    monkeypatch.setattr(relevance, "AHEAD_ORDER", False)
    found = []
    for on in (True, False):
        passed.append([])
        monkeypatch.setattr(relevance, "ANSWER_BOUNDS", on)
        relevance.clear_cache()
        found.append(best(facts, "system", context, "tier", asked))
    relevance.clear_cache()
    assert found[0] is not None and found[0].question.id == "roles"
    assert found[0] == found[1]
    assert {"prohibited_practices", "annex_iii_points"} <= set(passed[0])
    assert not passed[1]
    monkeypatch.setattr(relevance, "ANSWER_BOUNDS", True)
    ranked = rank(facts, "system", context, "tier", asked)
    assert best_and_rank_without("ANSWER_BOUNDS", facts, "system", context, "tier", asked) == (
        found[0],
        ranked,
    )


def _views_within(
    facts: dict[str, Any], kind: SubjectKind, context: Context
) -> list[tuple[str, Any, Any, Any]]:
    """For every open question and every answer that changes no input date, the view of the
    goal ``tier`` that :func:`relevance._view_within` gives from its propagation within
    :func:`relevance._narrow`'s positions (None where it gives none), and its Assessment's,
    assessed afresh from the facts (None where the input checks refuse it)."""
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception) or relevance._views(base, "tier").determined:
        return []
    opened = relevance._open_inputs(base, "tier")
    narrow = relevance._narrow(base, "tier", opened)
    if narrow is None:
        return []
    exact = relevance._exact(base, narrow)
    direct = relevance._direct("tier", kind)
    dated = relevance._dated(kind)
    out: list[tuple[str, Any, Any, Any]] = []
    for question in catalogue().for_kind(kind):
        if question.id == "subject" or relevance._is_settled(question, facts):
            continue
        answers = completions(trial_answers(question, kind, context, opened.inputs), facts)
        for answer, sets in answers:
            changes, quick = relevance._changes(base, facts, sets, direct)
            if quick is None or not dated.isdisjoint(changes):
                continue
            over, _ = incremental.propagate(base.evaluation, quick, narrow)
            found = relevance._view_within(base, over, exact)
            trial = relevance._Memo().assess({**facts, **sets}, kind, context)
            truth = None if isinstance(trial, Exception) else relevance._result_view(trial, "tier")
            out.append((question.id, answer, found, truth))
    return out


@FEW
@given(st.one_of(states(), states_with_unknowns(), interview_states("tier")))
def test_the_view_within_the_positions_is_the_answers_own(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Where :func:`relevance._view_within` gives a view of an answer (found by trace or
    computed on the values within the positions), it is the view of the answer's Assessment,
    assessed afresh (an answer the input checks refuse is not compared: the search checks it
    apart, :func:`aiact.questions.goals.refused`)."""
    kind, context, facts, _ = state
    for question, answer, found, truth in _views_within(facts, kind, context):
        if found is not None and truth is not None:
            assert found == truth, (question, answer)


def test_the_view_within_is_given_in_the_slow_state_and_not_where_it_reads_outside() -> None:
    """In 1296's state most answers' views are given within the positions (computed, then
    found by trace), each the answer's Assessment's; with no predicate exact, none is."""
    context = Context(dt.date(2026, 9, 1))
    found = _views_within(_open_system(), "system", context)
    given = [f for f in found if f[2] is not None]
    assert len(given) > len(found) // 2
    for question, answer, view, truth in given:
        assert truth is None or view == truth, (question, answer)
    relevance.clear_cache()
    base = relevance.MEMO.assess(_open_system(), "system", context)
    assert not isinstance(base, Exception)
    roles = catalogue().get("roles")
    sets = dict(trial_answers(roles, "system", context)[1][1])
    quick = relevance._changes(base, _open_system(), sets, frozenset())[1]
    assert quick is not None
    over, _ = incremental.propagate(base.evaluation, quick)
    assert relevance._view_within(base, over, frozenset()) is None
    assert relevance._view_within(base, over, frozenset(base.evaluation.ruleset.predicates))


def _importer() -> dict[str, Any]:
    """A state of the interview benchmark (9528 of speed25's collection, among `tier`'s
    slowest): an importer of an AI system, no prohibited practice, before Annex III is answered
    ("don't know"); no question is relevant on its own, and the search for a pair finds
    ``use_context`` under the Art. 6(3) conditions answered no."""
    return {
        "is_ai_system": True,
        "exclusions.exclusively_military_defence_national_security": False,
        "exclusions.sole_purpose_scientific_research": False,
        "exclusions.pre_market_research_testing": False,
        "exclusions.international_cooperation_law_enforcement": False,
        "roles.importer": True,
        "roles.provider": False,
        "roles.deployer": False,
        "roles.distributor": False,
        "roles.product_manufacturer": False,
        "value_chain.own_name_on_high_risk_system": False,
        "value_chain.substantial_modification": False,
        "value_chain.modified_intended_purpose": False,
        "prohibited.a_subliminal_manipulative_or_deceptive_techniques": False,
        "prohibited.b_exploits_vulnerabilities": False,
        "prohibited.c_social_scoring": False,
        "prohibited.d_crime_risk_assessment_solely_profiling": False,
        "prohibited.e_untargeted_facial_scraping": False,
        "prohibited.f_emotion_recognition_workplace_education": False,
        "prohibited.g_biometric_categorisation_sensitive_traits": False,
        "prohibited.h_realtime_rbi_public_spaces_law_enforcement": False,
        "prohibited.ba_generates_intimate_imagery_without_consent": False,
        "prohibited.bb_generates_child_sexual_abuse_material": False,
    }


def test_each_answers_rule_inputs_are_computed_once_in_the_search_for_a_pair(
    monkeypatch: Any,
) -> None:
    """With relevance.SAME_CHANGES the search for a pair computes each answer's rule inputs'
    changes on the facts' Assessment once (its proof, the reach of each question, the other
    answers' Assessments and :class:`relevance._Apart` ask for the same answers), and the next
    question is the same as without."""
    facts = _importer()
    context = Context(dt.date(2026, 9, 1))
    asked = (
        "subject",
        "exclusions",
        "roles",
        "prohibited_practices",
        "transparency_features",
        "annex_iii_points",
        "transparency_exceptions",
        "categorisation.categorises",
        # since annexi20 art6_1_conditions decides the tier alone here: the state after "don't
        # know" to it, which still needs the search for a pair
        "art6_1_conditions",
    )
    calls: list[tuple[int, tuple[tuple[str, Any], ...]]] = []
    original = relevance.atom_changes

    def counted(base: Any, changes: Any, known: Any = None) -> Any:
        calls.append((id(base), tuple(sorted((k, repr(v)) for k, v in changes.items()))))
        return original(base, changes, known)

    monkeypatch.setattr(relevance, "atom_changes", counted)
    found = []
    counts = []
    for on in (True, False):
        monkeypatch.setattr(relevance, "SAME_CHANGES", on)
        calls.clear()
        relevance.clear_cache()
        found.append(best(facts, "system", context, "tier", asked))
        counts.append(len(calls))
    relevance.clear_cache()
    assert found[0] is not None and found[0].given
    assert found[0] == found[1]
    assert counts[0] < counts[1] * 2 // 3, counts


SWITCHES = {
    "ANSWER_BOUNDS": "each answer's bound as with the question's",
    "VIEW_WITHIN": "the views taken within the positions as with the answers propagated in full",
    "SAME_CHANGES": "each answer's rule inputs' changes kept per Assessment as computed at each "
    "call",
}
"""Round 20's switches of :mod:`aiact.questions.relevance`: best() and rank() with each on give
the same as with what it replaces."""


@pytest.mark.parametrize("switch", sorted(SWITCHES))
@FEW
@given(searched_states(), st.sampled_from(SEARCHED_GOALS))
def test_the_next_question_is_the_same_with_each_switch_off(
    switch: str, state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """Round 20 (relevance.ANSWER_BOUNDS, VIEW_WITHIN, SAME_CHANGES): best() and rank() give the
    same with the switch on as off (see SWITCHES; every cache emptied before each)."""
    check_same_without(switch, state, goal)
