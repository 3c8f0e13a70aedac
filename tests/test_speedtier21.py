"""Round 21 (speedtier21): the time to a next question, goal ``tier``. The same work, done
with fewer steps: an answer's rule inputs (:func:`aiact.questions.goals.atom_changes`) read
the law and readings of a field off a table and check an Art. 80(2) finding only where one is
given; whether the questions left can make the Act not apply is found in one pass
(``relevance.MOOT_TOGETHER``); a search stopped and needed after all is resumed
(``relevance.RESUME``); an answer's progress is counted from the smaller side. Figures in
docs/interview.md, "Round 21"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.date_facts import FINDING_ATOM, first_finding_day, guard_finding
from aiact.questions import catalogue, goals, relevance
from aiact.questions.fields import SubjectKind, fields
from aiact.questions.goals import Context, atom_changes
from aiact.questions.relevance import completions, trial_answers
from tests.switches import best_and_rank, best_and_rank_without
from tests.test_questions_relevance import (
    FEW,
    interview_states,
    states,
    states_with_unknowns,
)


def _atom_changes_before(
    base: Any, changes: dict[str, Any], facts: dict[str, Any] | None
) -> dict[str, Any] | None:
    """:func:`aiact.questions.goals.atom_changes` as it was before round 21 (the law and
    readings of each private field from :func:`goals._context_key`, the finding guard called
    for every system): the reference the table-driven one must equal."""
    private = goals.private_atoms(base.kind)
    out: dict[str, Any] = {}
    groups: dict[frozenset[str], None] = {}
    for path, value in changes.items():
        if path in private:
            law, readings = goals._context_key(base, frozenset((path,)))
            out.update(
                goals._atoms_of_value(base.kind, path, goals._hashable(value), law, readings)
            )
            continue
        group = goals.field_groups(base.kind).get(path) if facts is not None else None
        if group is None:
            return None
        groups[group] = None
    for group in groups:
        assert facts is not None
        values = tuple(
            sorted(
                (p, goals._hashable(changes[p] if p in changes else facts[p]))
                for p in group
                if p in changes or p in facts
            )
        )
        law, readings = goals._context_key(base, group)
        found = goals._atoms_of_group(base.kind, group, values, law, readings)
        if found is None:
            return None
        out.update(found)
    if base.kind == "system":
        try:
            guard_finding(out, base.as_of, base.law, base.interpretations, declare=False)
        except ValueError:
            return None
    if not goals._PRE_MARKET_FIELDS[base.kind].isdisjoint(changes):
        out.update(goals._pre_market_atom(base, changes))
    return out


@pytest.mark.parametrize("kind", ["system", "model"])
def test_the_table_of_fields_the_law_or_readings_enter_is_the_context_key(
    kind: SubjectKind,
) -> None:
    """For every input field, :func:`goals._contextual_paths` holds it exactly where
    :func:`goals._context_key` of the field alone gives the law and the readings."""
    relevance.clear_cache()
    facts: dict[str, Any] = {}
    context = Context(as_of=dt.date(2026, 9, 1))
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    table = goals._contextual_paths(kind)
    assert table  # the date fields, at least
    for path in fields(kind):
        key = goals._context_key(base, frozenset((path,)))
        assert (path in table) == (key != (None, None)), path


@FEW
@given(st.one_of(states(), states_with_unknowns(), interview_states("tier")))
def test_an_answers_rule_inputs_are_those_computed_as_before(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """Every trial answer of every open question: :func:`goals.atom_changes` gives what the
    code before round 21 gave (the same inputs, or None where those were None)."""
    kind, context, facts, _ = state
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    opened = relevance._open_inputs(base, "tier")
    for question in catalogue().for_kind(kind):
        if question.id == "subject" or relevance._is_settled(question, facts):
            continue
        for _, sets in completions(trial_answers(question, kind, context, opened.inputs), facts):
            changes = {k: v for k, v in sets.items() if facts.get(k, relevance._MISSING) != v}
            assert atom_changes(base, changes, facts) == _atom_changes_before(
                base, changes, facts
            ), (question.id, changes)


def test_a_finding_given_before_its_first_day_is_still_left_to_the_full_assessment() -> None:
    """An Art. 80(2) finding given as true before the first day one can exist: the rule inputs
    are not computed on their own (None), as before; given false, or on a later day, they are."""
    context = Context(as_of=dt.date(2026, 9, 1))
    facts = {"is_ai_system": True}
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, "system", context)
    assert not isinstance(base, Exception)
    assert base.as_of < first_finding_day(base.law, base.interpretations)[0]
    path = f"authority_actions.{FINDING_ATOM.split('.', 1)[1]}"
    assert path in fields("system")
    assert atom_changes(base, {path: True}, facts) is None
    assert _atom_changes_before(base, {path: True}, facts) is None
    found = atom_changes(base, {path: False}, facts)
    assert found is not None and found.get(FINDING_ATOM) is False
    later = Context(as_of=dt.date(2028, 1, 3))
    base = relevance.MEMO.assess(facts, "system", later)
    assert not isinstance(base, Exception)
    found = atom_changes(base, {path: True}, facts)
    assert found is not None and found.get(FINDING_ATOM) is True


@FEW
@given(st.one_of(states(), states_with_unknowns(), interview_states("tier")))
def test_whether_an_answer_can_make_the_act_not_apply_is_found_together_as_one_by_one(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """:func:`relevance._moot_together` of every open question, all at once and in two groups,
    gives each question :func:`relevance._can_moot`'s value (where it gives one: a pass that
    computes nothing leaves the questions to :func:`relevance._can_moot`)."""
    kind, context, facts, _ = state
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    opened = relevance._open_inputs(base, "tier")
    pool = [
        q
        for q in catalogue().for_kind(kind)
        if q.id != "subject" and not relevance._is_settled(q, facts)
    ]
    alone = {q.id: relevance._can_moot(q, base, facts, kind, context, opened) for q in pool}
    together = relevance._moot_together(pool, base, facts, kind, context, opened)
    halves = relevance._moot_together(pool[::2], base, facts, kind, context, opened)
    halves.update(relevance._moot_together(pool[1::2], base, facts, kind, context, opened))
    for found in (together, halves):
        assert set(found) <= set(alone)
        for question_id, value in found.items():
            assert value == alone[question_id], question_id


def test_the_exclusions_state_finds_them_together() -> None:
    """In the state after the subject alone (an AI system; next question ``exclusions``), the
    search finds whether the questions left can make the Act not apply in one pass, for
    several questions, and asks the same with :data:`relevance.MOOT_TOGETHER` off."""
    facts: dict[str, Any] = {"is_ai_system": True}
    context = Context(as_of=dt.date(2026, 9, 1))
    calls: list[int] = []
    original = relevance._moot_together

    def counted(questions: Any, *args: Any) -> Any:
        found = original(questions, *args)
        calls.append(len(found))
        return found

    relevance._moot_together = counted  # type: ignore[assignment]
    try:
        relevance.clear_cache()
        found = relevance.best(facts, "system", context, "tier", ("subject",))
    finally:
        relevance._moot_together = original  # type: ignore[assignment]
    assert found is not None
    assert calls and max(calls) > 5, calls
    assert best_and_rank_without(
        "MOOT_TOGETHER", facts, "system", context, "tier", ("subject",)
    ) == best_and_rank(facts, "system", context, "tier", ("subject",))


_DEPLOYER = {
    "is_ai_system": True,
    "exclusions.exclusively_military_defence_national_security": False,
    "exclusions.sole_purpose_scientific_research": False,
    "exclusions.pre_market_research_testing": False,
    "exclusions.free_open_source_licence": False,
    "exclusions.international_cooperation_law_enforcement": False,
    "roles.deployer": True,
    "roles.provider": False,
    "roles.product_manufacturer": False,
    "value_chain.own_name_on_high_risk_system": False,
    "value_chain.substantial_modification": False,
    "value_chain.modified_intended_purpose": False,
}
"""A deployer after ``subject``, ``exclusions`` and ``roles`` (state 3136 of round 21's
collection, ``collect --every 6``): the search's best is ``annex_iii_points``, and
:func:`relevance._implied_first` asks ``prohibited_practices`` first; ``transparency_features``
was passed over in the search and is needed there after all."""


def _stopped_and_resumed(
    facts: dict[str, Any], kind: SubjectKind, context: Context, beat: tuple[int, float]
) -> list[tuple[str, Any, Any]]:
    """For every open question whose search :func:`relevance._try` stops with the score to beat
    ``beat`` (and the search's bound and answers' bounds), the question, its search resumed
    (:func:`relevance._resume`) and its attempt with no score to beat."""
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    assert not isinstance(base, Exception)
    view = relevance._views(base, "tier")
    opened = relevance._open_inputs(base, "tier")
    pool = relevance.candidates(facts, kind, frozenset(), opened.inputs, catalogue())
    bounds = relevance._bounds(base, "tier", view, pool)
    closable = relevance._closable(base, "tier", view)
    out = []
    for question in pool:
        stopped: dict[str, Any] = {}
        attempt = relevance._try(
            question,
            base,
            facts,
            kind,
            context,
            "tier",
            opened,
            beat,
            bounds[question.id],
            None,
            closable,
            stopped,
        )
        if attempt is not None:
            assert not stopped
            continue
        resumed = relevance._resume(stopped[question.id])
        fresh = relevance._try(question, base, facts, kind, context, "tier", opened)
        out.append((question.id, resumed, fresh))
    return out


def _same_attempt(resumed: Any, fresh: Any) -> None:
    """What :func:`relevance._implied_first` and the search read of an attempt: the same."""
    assert resumed.relevant == fresh.relevant
    assert resumed.changing == fresh.changing
    assert resumed.affects == fresh.affects
    assert resumed.checked() == fresh.checked()
    if fresh.relevant:
        assert resumed.outcomes == fresh.outcomes
        assert resumed.ranked() == fresh.ranked()


def test_a_search_resumed_is_the_question_tried_with_no_score_to_beat() -> None:
    """In :data:`_DEPLOYER`'s state, with the score of the search's best (``annex_iii_points``)
    to beat, several questions stop; each resumed gives the attempt tried afresh with no score
    to beat. ``transparency_features`` among them is relevant."""
    context = Context(as_of=dt.date(2026, 9, 1))
    found = _stopped_and_resumed(_DEPLOYER, "system", context, (4, 2.0))
    assert len(found) >= 3
    for _, resumed, fresh in found:
        _same_attempt(resumed, fresh)
    relevant = {q for q, _, fresh in found if fresh.relevant}
    assert "transparency_features" in relevant, relevant


def test_the_implied_question_is_resumed_and_the_same() -> None:
    """:data:`_DEPLOYER`'s next question is ``prohibited_practices`` with and without
    :data:`relevance.RESUME`, and with it ``transparency_features`` is resumed, not tried
    again."""
    context = Context(as_of=dt.date(2026, 9, 1))
    asked = ("subject", "exclusions", "roles")
    resumed: list[int] = []
    tried: list[str] = []
    original_resume, original_try = relevance._resume, relevance._try

    def resume(run: Any) -> Any:
        resumed.append(1)
        return original_resume(run)

    def counted(question: Any, *args: Any, **kwargs: Any) -> Any:
        tried.append(question.id)
        return original_try(question, *args, **kwargs)

    relevance._resume = resume  # type: ignore[assignment]
    relevance._try = counted  # type: ignore[assignment]
    try:
        relevance.clear_cache()
        found = relevance.best(_DEPLOYER, "system", context, "tier", asked)
    finally:
        relevance._resume = original_resume  # type: ignore[assignment]
        relevance._try = original_try  # type: ignore[assignment]
    assert found is not None and found.question.id == "prohibited_practices"
    assert resumed
    assert tried.count("transparency_features") == 1, tried
    assert best_and_rank_without("RESUME", _DEPLOYER, "system", context, "tier", asked) == (
        best_and_rank(_DEPLOYER, "system", context, "tier", asked)
    )


@FEW
@given(st.one_of(states(), states_with_unknowns(), interview_states("tier")), st.data())
def test_every_search_resumed_is_the_question_tried_afresh(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], data: st.DataObject
) -> None:
    """On drawn states and scores to beat, each question whose search stops, resumed, gives
    what it gives tried with no score to beat (see :func:`_same_attempt`)."""
    kind, context, facts, _ = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    if relevance._views(relevance.MEMO.assess(facts, kind, context), "tier").determined:
        return
    beat = (data.draw(st.integers(1, 9)), data.draw(st.sampled_from([0.5, 1.0, 2.0, 4.0])))
    for _, resumed, fresh in _stopped_and_resumed(facts, kind, context, beat):
        _same_attempt(resumed, fresh)


SWITCHES = {
    "MOOT_TOGETHER": "whether a question can make the Act not apply, found for the questions "
    "left at once, as question by question",
    "RESUME": "a search stopped and needed after all resumed, as tried again from its first answer",
}
"""Round 21's switches of :mod:`aiact.questions.relevance`: best() and rank() with each on give
the same as with what it replaces."""


@pytest.mark.parametrize("switch", sorted(SWITCHES))
@FEW
@given(
    st.one_of(
        states(),
        states_with_unknowns(),
        interview_states("tier"),
        interview_states("full", ("system", "model")),
    ),
    st.sampled_from(["tier", "full"]),
)
def test_the_next_question_is_the_same_with_each_switch_off(
    switch: str, state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """best() and rank() give the same with the switch on as off (every cache emptied before
    each)."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    assert best_and_rank_without(switch, facts, kind, context, goal, asked) == best_and_rank(
        facts, kind, context, goal, asked
    )


@given(
    st.dictionaries(
        st.sampled_from([f"p{i}" for i in range(40)]), st.sampled_from([True, False, None])
    ),
    st.frozensets(st.sampled_from([f"p{i}" for i in range(40)])),
)
def test_the_progress_counted_from_either_side_is_the_count(
    over: dict[str, Any], cone: frozenset[str]
) -> None:
    """:func:`relevance._progress`: the names of ``cone`` that ``over`` gives a truth value,
    whichever of the two is smaller (both sides are drawn larger)."""
    assert relevance._progress(over, cone) == sum(
        1 for p in over if p in cone and over[p] is not None
    )
