"""Round 22 (speedtier22): the time to a next question, goal ``tier``. The same work, done with
fewer steps: the open inputs and the fields under each group of open parts found in one walk
(``relevance.ONE_WALK``). Figures in docs/interview.md, "Round 22"."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.questions import relevance
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


SWITCHES = {
    "ONE_WALK": "the open inputs and each group's fields in one walk, as in two",
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
