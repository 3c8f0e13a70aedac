"""Round 24 (speedtier24): the questions of a ``tier`` search tried in the order of the bound
their answers' worlds give (``relevance.AHEAD_ORDER``): the same next question, found with
fewer questions tried to their end."""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aiact.questions import relevance
from aiact.questions.catalogue import catalogue
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context
from tests.switches import check_same_without, searched_states
from tests.test_questions_relevance import FEW

_PROVIDER_AND_DEPLOYER: dict[str, Any] = {
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
"""A provider and deployer after the subject, the exclusions and the roles (round 22's 4488):
the next question is ``prohibited_practices``, after some 25 questions tried."""


@FEW
@given(searched_states(), st.sampled_from(["tier", "full"]))
def test_the_next_question_is_the_same_with_ahead_order_off(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """best() and rank() give the same with :data:`relevance.AHEAD_ORDER` on as off (every
    cache emptied before each)."""
    check_same_without("AHEAD_ORDER", state, goal)


def _searched(facts: dict[str, Any], asked: tuple[str, ...]) -> tuple[Any, list[Any]]:
    """best() of ``facts`` for ``tier`` from empty caches, and the attempts :func:`relevance.
    _try` gave (None where it stopped)."""
    tried: list[Any] = []
    original = relevance._try

    def counted(*args: Any, **kwargs: Any) -> Any:
        found = original(*args, **kwargs)
        tried.append(found)
        return found

    relevance._try = counted  # type: ignore[assignment]
    try:
        relevance.clear_cache()
        found = relevance.best(facts, "system", Context(as_of=dt.date(2026, 9, 1)), "tier", asked)
    finally:
        relevance._try = original  # type: ignore[assignment]
        relevance.clear_cache()
    return found, tried


def test_the_questions_that_may_close_the_most_are_tried_first() -> None:
    """In the provider and deployer's state the search with :data:`relevance.AHEAD_ORDER`
    finds the same question, score and outcomes, and tries fewer answers to a question's end
    (the best is met earlier, so more questions are stopped at once)."""
    asked = ("subject", "exclusions", "roles")
    found, ahead = _searched(_PROVIDER_AND_DEPLOYER, asked)
    relevance.AHEAD_ORDER = False
    try:
        before, every = _searched(_PROVIDER_AND_DEPLOYER, asked)
    finally:
        relevance.AHEAD_ORDER = True
    assert found is not None and found.question.id == "prohibited_practices"
    assert found == before

    def answers(attempts: list[Any]) -> int:
        return sum(len(a.outcomes) for a in attempts if a is not None)

    assert answers(ahead) < answers(every), (answers(ahead), answers(every))


@FEW
@given(searched_states(), st.data())
def test_a_search_from_its_prepared_answers_is_the_search_from_its_first(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], data: st.DataObject
) -> None:
    """For every open question of a drawn state, with a drawn score to beat (or none):
    :func:`relevance._try` from what :func:`relevance._prepare` computed first (the answers,
    their changes and worlds, "none of these" among them, and the bounds :func:`relevance.
    _ahead` gives) gives the attempt the search from its first answer gives, or stops as it
    stops; the most of the answers' bounds is never below the most an answer closes."""
    kind, context, facts, asked = state
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    goal = "tier"
    view = relevance._views(base, goal)
    if view.determined:
        return
    opened, walked = relevance._walk(base, goal, relevance._wanted(view))
    pool = relevance.candidates(facts, kind, asked, opened.inputs, catalogue())
    bounds = relevance._bounds(base, goal, view, pool, None, walked)
    closable = relevance._closable(base, goal, view)
    direct = relevance._direct(goal, kind)
    for question in pool:
        bound = bounds[question.id]
        beat = data.draw(
            st.one_of(
                st.none(),
                st.tuples(st.integers(0, bound + 1), st.floats(0, bound + 1, allow_nan=False)),
            )
        )
        fresh = relevance._try(
            question,
            base,
            facts,
            kind,
            context,
            goal,
            opened,
            beat,
            bound,
            None,
            closable,
            None,
            True,
        )
        ready = relevance._prepare(
            question, base, facts, kind, context, goal, opened, direct, closable is not None
        )
        if closable is not None and ready.batch is not None:
            ready.ahead = relevance._ahead(closable, ready.batch, bound)
        again = relevance._try(
            question,
            base,
            facts,
            kind,
            context,
            goal,
            opened,
            beat,
            bound,
            None,
            closable,
            None,
            True,
            ready,
        )
        assert again == fresh, question.id
        whole = relevance._try(question, base, facts, kind, context, goal, opened)
        assert whole is not None
        if ready.ahead is not None and whole.outcomes:
            closes = max(o.closes for o in whole.checked())
            assert max(min(a, bound) for a in ready.ahead) >= closes, question.id


@FEW
@given(searched_states(), st.sampled_from(["tier", "full"]))
def test_the_next_question_is_the_same_with_top_late_off(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """best() and rank() give the same with :data:`relevance.TOP_LATE` on as off (every cache
    emptied before each)."""
    check_same_without("TOP_LATE", state, goal)


def test_the_best_so_far_is_checked_only_where_its_score_is_read() -> None:
    """In the provider and deployer's state (the Annex III list closes the most, and the
    question about the prohibited practices, which it implies, is asked first), the search
    with :data:`relevance.TOP_LATE` checks fewer answers against the input checks, and finds
    the same question, score and outcomes."""
    asked = ("subject", "exclusions", "roles")
    calls: list[int] = []
    original = relevance.refused

    def counted(*args: Any) -> bool:
        calls.append(1)
        return original(*args)

    def checks() -> tuple[int, Any]:
        calls.clear()
        found, _ = _searched(_PROVIDER_AND_DEPLOYER, asked)
        return len(calls), found

    relevance.refused = counted  # type: ignore[assignment]
    try:
        late, found = checks()
        relevance.TOP_LATE = False
        try:
            every, before = checks()
        finally:
            relevance.TOP_LATE = True
    finally:
        relevance.refused = original  # type: ignore[assignment]
    assert found is not None and found.question.id == "prohibited_practices"
    assert found == before
    assert late < every, (late, every)


@FEW
@given(searched_states(), st.sampled_from(["tier", "full"]))
def test_an_attempt_left_unchecked_has_its_most_closed_and_at_most_its_mean(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """For every open question of a drawn state tried with its answers left unchecked, the
    score of the attempt unchecked has the most closed of the attempt checked, and a mean
    closed no greater (the score to beat :data:`relevance.TOP_LATE` gives may only be lower),
    and the question is relevant as checked."""
    kind, context, facts, asked = state
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    view = relevance._views(base, goal)
    if view.determined:
        return
    opened = relevance._open_inputs(base, goal)
    pool = relevance.candidates(facts, kind, asked, opened.inputs, catalogue())
    for question in pool:
        attempt = relevance._try(
            question, base, facts, kind, context, goal, opened, None, 0, None, None, None, True
        )
        assert attempt is not None
        if not attempt.relevant:
            continue
        checked = relevance._settled(attempt)
        unchecked_score = attempt.ranked().score
        score = checked.ranked().score
        assert unchecked_score[0] == score[0], question.id
        assert unchecked_score[1] <= score[1] + 1e-12, question.id
        assert checked.relevant and checked.changing == attempt.changing


def _refusing(original: Any) -> Any:
    """A stand-in for :func:`goals.refused` that also refuses every third change (by a hash of
    it that does not vary between runs): answers left unchecked are then refused often, so
    that checking them where a score is read, or not, shows in the question found."""

    def refused(base: Any, changes: Any, over: Any) -> bool:
        key = zlib.crc32(repr(sorted(changes.items(), key=repr)).encode())
        return key % 3 == 0 or bool(original(base, changes, over))

    return refused


@FEW
@given(searched_states(), st.sampled_from(["tier", "full"]))
def test_the_next_question_is_the_same_with_top_late_off_where_many_answers_are_refused(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """With input checks that refuse many more answers (:func:`_refusing`), best() and rank()
    are still the same with :data:`relevance.TOP_LATE` (and :data:`relevance.AHEAD_ORDER`)
    on as off: the best so far is checked wherever its score is read, and before it is
    returned."""
    original = relevance.refused
    relevance.refused = _refusing(original)  # type: ignore[assignment]
    try:
        check_same_without("TOP_LATE", state, goal)
        check_same_without("AHEAD_ORDER", state, goal)
    finally:
        relevance.refused = original  # type: ignore[assignment]
        relevance.clear_cache()
