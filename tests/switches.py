"""The next question with one of :mod:`aiact.questions.relevance`'s switches off: the tests that
hold a speed-up to give the same questions as without it (rounds 18-19) compare these."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from aiact.questions import relevance
from aiact.questions.relevance import best, rank

SEARCHED_GOALS = ("tier", "full")
"""The goals the switch tests compare: ``full``'s search is staged through ``tier``'s."""


def searched_states() -> st.SearchStrategy[Any]:
    """The states the switch tests compare the next question on: the testing kit's, with
    unknowns, and the interview's own for ``tier`` and ``full`` (both kinds of subject)."""
    from tests.test_questions_relevance import interview_states, states, states_with_unknowns

    return st.one_of(
        states(),
        states_with_unknowns(),
        interview_states("tier"),
        interview_states("full", ("system", "model")),
    )


def check_same_without(switch: str, state: Any, goal: Any) -> None:
    """best() and rank() of ``state`` for ``goal`` are the same with ``relevance.<switch>`` off
    as on (every cache emptied before each); a state the input checks refuse is skipped."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    assert best_and_rank_without(switch, facts, kind, context, goal, asked) == best_and_rank(
        facts, kind, context, goal, asked
    )


def best_and_rank(facts: Any, kind: Any, context: Any, goal: Any, asked: Any) -> tuple[Any, Any]:
    """best() and rank() of the state, every cache emptied before each."""
    relevance.clear_cache()
    found = best(facts, kind, context, goal, asked)
    relevance.clear_cache()
    return found, rank(facts, kind, context, goal, asked)


def best_and_rank_without(
    switch: str, facts: Any, kind: Any, context: Any, goal: Any, asked: Any
) -> tuple[Any, Any]:
    """:func:`best_and_rank` with ``relevance.<switch>`` off (on again after)."""
    setattr(relevance, switch, False)
    try:
        return best_and_rank(facts, kind, context, goal, asked)
    finally:
        setattr(relevance, switch, True)
        relevance.clear_cache()
