"""Round 22 (speedtier22): the time to a next question, goal ``tier``. The same work, done with
fewer steps: the open inputs and the fields under each group of open parts found in one walk
(``relevance.ONE_WALK``); a refusal by the input checks that no one reads builds no English
reason (``aiact.errors.unread_reasons``: ``goals.UNREAD_REASONS``, ``relevance.UNREAD_TRIALS``);
a relevant question that cannot come first is not checked against the input checks
(``relevance.CHECK_LATE``); the facts a several-of answer sets read off a table
(``relevance.ANSWER_KEYS``). Figures in docs/interview.md, "Round 22"."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact import errors
from aiact.questions import goals, relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context
from aiact.questions.incremental import plan_of
from tests.switches import best_and_rank, best_and_rank_without
from tests.test_questions_relevance import (
    FEW,
    interview_states,
    states,
    states_with_unknowns,
)

_STATES = st.one_of(
    states(),
    states_with_unknowns(),
    interview_states("tier"),
    interview_states("full", ("system", "model")),
)


def _cones_before(base: Any, goal: Any, wanted: frozenset[str]) -> dict[str, frozenset[str]]:
    """The unknown fields under each group's names as :func:`relevance._bounds` found them
    before round 22 (:class:`relevance._Cones`, group by group)."""
    cones = relevance._Cones(base)
    out = {}
    for group, names in relevance._part_reads(base, goal).items():
        if group in wanted:
            found: set[str] = set()
            for name in names:
                found |= cones.of(name)
            out[group] = frozenset(found)
    return out


def _reads_come_first(ruleset: Any) -> None:
    """Every predicate a rule reads comes before the predicate it concludes in the evaluation
    order (what :func:`relevance._walk` visits in reverse)."""
    index = plan_of(ruleset).index
    for rule in ruleset.rules:
        for name in rule.reads:
            if name in index:
                assert index[name] < index[rule.concludes], (name, rule.id)


@FEW
@given(_STATES, st.sampled_from(["tier", "obligations", "full"]))
def test_one_walk_finds_the_open_inputs_and_each_groups_fields_as_the_two_walks(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """:func:`relevance._walk` gives :func:`relevance._compute_open_inputs`'s inputs and cone,
    and for each group with an open part (and ``scope``) the fields :class:`relevance._Cones`
    finds under its names; the same where the open inputs are kept already."""
    kind, context, facts, _ = state
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    _reads_come_first(base.evaluation.ruleset)
    view = relevance._views(base, goal)
    wanted = relevance._wanted(view)
    before = relevance._compute_open_inputs(base, goal)
    cones = _cones_before(base, goal, wanted)
    base.__dict__.pop("_open_inputs", None)
    opened, walked = relevance._walk(base, goal, wanted)
    assert opened == before
    assert walked == cones
    assert relevance._open_inputs(base, goal) is opened  # kept as _open_inputs keeps it
    again, walked = relevance._walk(base, goal, wanted)
    assert again is opened
    assert walked == cones


def test_the_walk_of_the_state_after_the_subject_reaches_the_scope() -> None:
    """After the subject alone (an AI system, nothing else known) the Act's scope is open, and
    the one walk finds the exclusions' fields under it, as the walk group by group does."""
    import datetime as dt

    facts: dict[str, Any] = {"is_ai_system": True}
    context = Context(as_of=dt.date(2026, 9, 1))
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, "system", context)
    assert not isinstance(base, Exception)
    view = relevance._views(base, "tier")
    wanted = relevance._wanted(view)
    base.__dict__.pop("_open_inputs", None)
    opened, walked = relevance._walk(base, "tier", wanted)
    assert any(path.startswith("exclusions.") for path in walked["scope"])
    assert walked == _cones_before(base, "tier", wanted)
    assert opened == relevance._compute_open_inputs(base, "tier")


_RBI: dict[str, Any] = {
    "is_ai_system": True,
    "prohibited.h_realtime_rbi_public_spaces_law_enforcement": True,
}
"""A system for real-time remote biometric identification in public spaces for law enforcement:
an Annex III list without point 1(a) is refused (state 8520 of the round's collection)."""


def _counted_reasons(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The languages of every :meth:`errors.FieldConflict.reason` built from now on."""
    built: list[str] = []
    original = errors.FieldConflict.reason

    def counted(self: errors.FieldConflict, lang: str, *args: Any, **kwargs: Any) -> str:
        built.append(lang)
        return original(self, lang, *args, **kwargs)

    monkeypatch.setattr(errors.FieldConflict, "reason", counted)
    return built


def _base(facts: dict[str, Any]) -> Any:
    import datetime as dt

    context = Context(as_of=dt.date(2026, 9, 1))
    relevance.clear_cache()
    goals._UPDATED.clear()
    base = relevance.MEMO.assess(facts, "system", context)
    assert not isinstance(base, Exception)
    return base, context


def test_a_refusal_no_one_reads_builds_no_reason_and_the_error_is_the_same_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An Annex III list without point 1(a) for a real-time RBI system: :func:`goals.refused`
    refuses it and builds no reason; the error a caller outside then gets (:func:`goals.
    _changed_models`, kept by :func:`goals._updated`) has the text of one made with the check
    alone, its reason built."""
    base, _ = _base(_RBI)
    changes = {"annex_iii.points": ()}
    try:
        goals._changed_models(base, changes)
    except ValueError as error:
        expected = str(error)
    else:
        raise AssertionError("not refused")
    assert "does not list '1a'" in expected
    goals._UPDATED.clear()
    built = _counted_reasons(monkeypatch)
    assert goals.refused(base, changes, {})
    assert goals.refused(base, changes, {})  # kept as refused, still no reason
    assert built == []
    with pytest.raises(ValueError) as raised:
        goals._changed_models(base, changes)
    assert str(raised.value) == expected
    assert built  # built now, outside


def test_a_field_conflict_made_unread_gives_its_reason_when_read_outside() -> None:
    """A :class:`errors.FieldConflict` made within :func:`errors.unread_reasons` has the
    message, ``str()`` and Dutch reason of one made outside, once read outside."""
    args: dict[str, Any] = {
        "values": {"code": "NL"},
        "names": {"fact": ("roles.importer",)},
    }
    template = "{fact} is true, but {code} is in the Union"
    plain = errors.FieldConflict("organisation.member_state", "roles.importer", template, **args)
    with errors.unread_reasons():
        unread = errors.FieldConflict(
            "organisation.member_state", "roles.importer", template, **args
        )
        assert str(unread) == "organisation.member_state"  # not built within
    assert unread.message == plain.message
    assert str(unread) == str(plain)
    assert unread.reason("nl") == plain.reason("nl")
    assert unread.paths == plain.paths


def test_a_trial_refused_unread_is_assessed_with_its_reason_when_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An answer's trial that the input checks refuse builds no reason; the memo of
    Assessments then gives, for those facts, the error a cold assessment gives (with its
    reason), not a bare one."""
    base, context = _base(_RBI)
    sets = {"annex_iii.points": ()}
    facts = {**_RBI, **sets}
    cold = relevance.MEMO.assess(facts, "system", context)
    assert isinstance(cold, ValueError)
    base, context = _base(_RBI)
    built = _counted_reasons(monkeypatch)
    found = relevance._trial(base, _RBI, sets, "system", context)
    assert isinstance(found, ValueError)
    assert isinstance(relevance._trial(base, _RBI, sets, "system", context), ValueError)
    assert built == []
    again = relevance.MEMO.assess(facts, "system", context)
    assert isinstance(again, ValueError)
    assert str(again) == str(cold)


def test_the_annex_iii_group_refused_builds_no_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule inputs of an Annex III list the models refuse on their own facts are None
    (:func:`goals.atom_changes` leaves it to the full trial), with no reason built."""
    base, _ = _base(_RBI)
    goals._atoms_of_group.cache_clear()
    built = _counted_reasons(monkeypatch)
    assert goals.atom_changes(base, {"annex_iii.points": ()}, _RBI) is None
    assert built == []
    assert goals.atom_changes(base, {"annex_iii.points": ("1a",)}, _RBI) is not None


@FEW
@given(_STATES)
def test_every_trial_answer_is_refused_as_with_every_reason_built(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """For every trial answer of every open question, :func:`goals.refused` and whether
    :func:`relevance._trial` gives an error are the same with the reasons unread as with
    every reason built (each from empty memos)."""
    from aiact.questions import catalogue

    kind, context, facts, _ = state
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    opened = relevance._open_inputs(base, "tier")
    answers = []
    for question in catalogue().for_kind(kind):
        if question.id == "subject" or relevance._is_settled(question, facts):
            continue
        tried = relevance.trial_answers(question, kind, context, opened.inputs)
        answers.extend(sets for _, sets in relevance.completions(tried, facts))

    def verdicts() -> list[tuple[bool, bool]]:
        goals._UPDATED.clear()
        relevance.MEMO.clear()
        out = []
        for sets in answers:
            changes = {k: v for k, v in sets.items() if facts.get(k) != v}
            trial = relevance._trial(base, facts, sets, kind, context)
            out.append((goals.refused(base, changes, {}), isinstance(trial, Exception)))
        return out

    unread = verdicts()
    goals.UNREAD_REASONS = relevance.UNREAD_TRIALS = False
    try:
        built = verdicts()
    finally:
        goals.UNREAD_REASONS = relevance.UNREAD_TRIALS = True
    assert unread == built


def _question(kind: str) -> Any:
    from aiact.questions import catalogue

    return next(q for q in catalogue().for_kind("system") if q.kind == kind)


@given(
    st.sampled_from(["several_of", "one_of", "yes_no"]),
    st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 40), st.booleans(), st.booleans()),
        min_size=1,
        max_size=9,
    ),
    st.one_of(
        st.none(),
        st.tuples(st.integers(0, 7), st.floats(0, 7), st.floats(0, 60), st.integers(-1, 200)),
    ),
)
def test_the_bound_of_a_relevant_question_left_unchecked_is_never_above_its_score(
    kind: str, drawn: list[tuple[int, int, bool, bool]], top_score: Any
) -> None:
    """:func:`relevance._may_come_first`: whichever of the unchecked answers (each closing
    nothing) the input checks refuse, the question settled never comes before the best so far
    where the bound says it cannot. Drawn: per answer its parts closed, progress, whether it
    was left unchecked (then closing nothing) and, if so, whether it is refused."""
    from aiact.questions.relevance import Outcome, Ranked, _Attempt

    question = _question(kind)
    outcomes = tuple(
        Outcome(i, 0 if unchecked else closes, False, progress)
        for i, (closes, progress, unchecked, _) in enumerate(drawn)
    )
    unchecked = tuple((i, None, {}, {}) for i, d in enumerate(drawn) if d[2])
    if not unchecked:
        return
    attempt = _Attempt(question, outcomes, "x", True, frozenset(), unchecked)
    other = _question("yes_no")
    refused = {i for i, d in enumerate(drawn) if d[2] and d[3]}
    settled = dataclasses.replace(
        attempt,
        outcomes=tuple(o for i, o in enumerate(outcomes) if i not in refused),
        unchecked=(),
    )
    if top_score is None:  # the settled question's own score, met after it in the order
        top_score = (*settled.ranked().score, question.order + 1)
    most, mean, progress, order = top_score
    top = Ranked(
        question=dataclasses.replace(other, order=order),
        score=(most, mean, progress),
        outcomes=(),
        witness=None,
        given={},
        affects=frozenset(),
    )
    if relevance._order(settled.ranked()) < relevance._order(top):
        assert relevance._may_come_first(attempt, top)


def test_a_relevant_question_that_cannot_come_first_is_left_unchecked() -> None:
    """4488 of the round's collection (a provider and deployer, next question
    ``prohibited_practices``): with :data:`relevance.CHECK_LATE` the search checks fewer
    answers against the input checks, and finds the same question, score and outcomes."""
    import datetime as dt

    facts: dict[str, Any] = {
        "is_ai_system": True,
        "exclusions.exclusively_military_defence_national_security": False,
        "exclusions.sole_purpose_scientific_research": False,
        "exclusions.pre_market_research_testing": False,
        "exclusions.international_cooperation_law_enforcement": False,
        "roles.provider": True,
        "roles.deployer": True,
        "roles.importer": False,
        "roles.distributor": False,
        "roles.product_manufacturer": False,
        "value_chain.own_name_on_high_risk_system": False,
    }
    context = Context(as_of=dt.date(2026, 9, 1))
    asked = ("subject", "exclusions", "roles")
    calls: list[int] = []
    original = relevance.refused

    def counted(*args: Any) -> bool:
        calls.append(1)
        return original(*args)

    def checks() -> tuple[int, Any]:
        calls.clear()
        relevance.clear_cache()
        found = relevance.best(facts, "system", context, "tier", asked)
        return len(calls), found

    relevance.refused = counted  # type: ignore[assignment]
    try:
        late, found = checks()
        relevance.CHECK_LATE = False
        try:
            every, before = checks()
        finally:
            relevance.CHECK_LATE = True
    finally:
        relevance.refused = original  # type: ignore[assignment]
    assert found is not None and found.question.id == "prohibited_practices"
    assert found == before
    assert late < every, (late, every)


@FEW
@given(st.data())
def test_the_answers_tried_of_a_several_of_question_are_those_found_option_by_option(
    data: st.DataObject,
) -> None:
    """:func:`relevance.trial_answers` of every several-of question, for drawn open inputs (of
    its own facts and others), is the same with :data:`relevance.ANSWER_KEYS` as without."""
    import datetime as dt

    from aiact.questions import catalogue
    from aiact.versions import LawVersion

    kind = data.draw(st.sampled_from(["system", "model"]))
    law = data.draw(st.sampled_from([None, *LawVersion]))
    context = Context(as_of=dt.date(2026, 9, 1), law=law)
    for question in catalogue().for_kind(kind):
        if question.kind != "several_of":
            continue
        mine = sorted({p for o in question.options for p in o.sets})
        open_inputs = set(data.draw(st.lists(st.sampled_from(mine), max_size=4)))
        open_inputs |= {"organisation.kind", "roles.provider"}
        found = relevance.trial_answers(question, kind, context, open_inputs)
        relevance.ANSWER_KEYS = False
        try:
            before = relevance.trial_answers(question, kind, context, open_inputs)
        finally:
            relevance.ANSWER_KEYS = True
        assert found == before, question.id


SWITCHES = {
    "ANSWER_KEYS": "a several-of answer's facts read off a table, as option by option",
    "CHECK_LATE": "a relevant question that cannot come first left unchecked, as checked",
    "ONE_WALK": "the open inputs and each group's fields in one walk, as in two",
    "UNREAD_TRIALS": "a trial's refusal builds no reason, as with it",
}
"""Round 22's switches of :mod:`aiact.questions.relevance`: best() and rank() with each on give
the same as with what it replaces."""


@pytest.mark.parametrize("switch", sorted(SWITCHES))
@FEW
@given(_STATES, st.sampled_from(["tier", "full"]))
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
