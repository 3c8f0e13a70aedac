"""Round 19 (speed24): :func:`aiact.questions.incremental.propagate_worlds` made cheaper (each
input's bits put together once over its worlds, a predicate's dirty worlds gathered from its
readers as names change, values decoded per truth value). The values are the propagation's one
by one, world by world (tests/test_speed23.py holds that over random states; here the cases the
new code takes apart). Figures in docs/interview.md, "Round 19 ... (speed24)"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aiact.logic import Truth
from aiact.questions import relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context
from aiact.questions.incremental import plan_of, propagate, propagate_worlds
from tests.test_questions_relevance import FEW, interview_states, states
from tests.test_speed23 import _answers_changes, _open_source_system

TRUTHS: tuple[Truth, ...] = (True, False, None)


def _base() -> Any:
    base = relevance.MEMO.assess(_open_source_system(), "system", Context(dt.date(2026, 9, 1)))
    assert not isinstance(base, Exception)
    return base


def _same_as_one_by_one(evaluation: Any, changes: list[dict[str, Truth]], within: Any) -> None:
    found = propagate_worlds(evaluation, changes, within, with_rules=True)
    assert found is not None
    assert len(found) == len(changes)
    for changed, (over, rules) in zip(changes, found, strict=True):
        want_over, want_rules = propagate(evaluation, changed, within)
        assert list(over.items()) == list(want_over.items()), changed
        assert list(rules.items()) == list(want_rules.items()), changed


def test_one_input_set_to_each_value_in_different_worlds() -> None:
    """The same input true in one world, false in another, unknown in a third, left at the
    base's value in a fourth and not set in a fifth (inputs the evaluation holds true or false,
    where unknown is a change in that world alone, and inputs it does not hold); with another
    input set in some of the same worlds. Each world is that world's own propagation (the
    worlds set to unknown: planted, leaving them out of the input's changed worlds is caught
    here)."""
    base = _base()
    evaluation = base.evaluation
    plan = plan_of(evaluation.ruleset)
    inputs = sorted(n for n in plan.readers if n not in plan.index)
    # Inputs the evaluation holds as true or false (set to unknown they differ), and inputs it
    # does not hold.
    held = [n for n in inputs if evaluation.values.get(n) in (True, False)][:24:3]
    absent = [n for n in inputs if n not in evaluation.values][:3]
    assert held
    other = held[-1]
    for name in [*held[:-1], *absent]:
        at_base = evaluation.values.get(name)
        changes: list[dict[str, Truth]] = [
            {name: True},
            {name: False, other: True},
            {name: None},
            {name: at_base},
            {other: False},
            {},
            {name: True, other: None},
        ]
        _same_as_one_by_one(evaluation, changes, None)


@FEW
@given(
    st.one_of(states(), interview_states("full", ("system", "model"))),
    st.data(),
)
def test_random_worlds_over_the_answers_inputs(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], data: st.DataObject
) -> None:
    """Worlds drawn from the inputs the open questions' answers set, each input given a random
    truth value in a random subset of worlds (the same input differently in different
    worlds): world by world the propagation one by one, fully and within ``_narrow``'s
    positions."""
    kind, context, facts, _ = state
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    opened = relevance._open_inputs(base, "tier")
    names = sorted(
        {n for changed in _answers_changes(facts, kind, context, base, opened) for n in changed}
    )
    if not names:
        return
    pool = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=6, unique=True))
    count = data.draw(st.integers(1, 12))
    changes = [
        data.draw(st.dictionaries(st.sampled_from(pool), st.sampled_from(TRUTHS), max_size=4))
        for _ in range(count)
    ]
    for within in (None, relevance._narrow(base, "tier", opened)):
        _same_as_one_by_one(base.evaluation, changes, within)
