"""The next question with one of :mod:`aiact.questions.relevance`'s switches off: the tests that
hold a speed-up to give the same questions as without it (rounds 18-19) compare these."""

from __future__ import annotations

from typing import Any

from aiact.questions import relevance
from aiact.questions.relevance import best, rank


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
