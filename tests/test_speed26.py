"""Round 26 (speed26): the questions a ``tier`` search meets next, with the same bound, prepared
together (``relevance.PREPARE_TOGETHER``: their answers' worlds in one pass), the yes or no
questions among them with worlds too (``relevance.TOGETHER_FEW``): the same next question,
found with fewer passes and fewer questions tried to their end. Figures in docs/interview.md,
"Round 26"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aiact.questions import relevance
from aiact.questions.catalogue import catalogue
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context
from aiact.questions.incremental import propagate
from tests.switches import check_same_without, searched_states
from tests.test_questions_relevance import FEW
from tests.test_speedtier24 import _PROVIDER_AND_DEPLOYER, _searched


@FEW
@given(searched_states(), st.sampled_from(["tier", "full"]))
def test_the_next_question_is_the_same_with_prepare_together_off(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """best() and rank() give the same with :data:`relevance.PREPARE_TOGETHER` on as off
    (every cache emptied before each)."""
    check_same_without("PREPARE_TOGETHER", state, goal)


@FEW
@given(searched_states(), st.sampled_from(["tier", "full"]))
def test_the_next_question_is_the_same_with_together_few_off(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """best() and rank() give the same with :data:`relevance.TOGETHER_FEW` on as off (the yes
    or no questions without worlds, as :func:`relevance._worlds` gives them)."""
    check_same_without("TOGETHER_FEW", state, goal)


@FEW
@given(searched_states())
def test_questions_prepared_together_are_each_prepared_alone(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]],
) -> None:
    """For the open questions of a drawn state (goal ``tier``): :func:`relevance.
    _prepare_together` gives each question the answers and changes :func:`relevance._prepare`
    gives, and the worlds :func:`relevance._worlds` gives where it gives any; a question with
    fewer answers has worlds only with :data:`relevance.TOGETHER_FEW`, each the propagation of
    its answer within the positions on its own (:func:`aiact.questions.incremental.propagate`,
    what :meth:`relevance._Propagation.within` computes), "none of these" of a several-of
    question among them."""
    kind, context, facts, asked = state
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    goal = "tier"
    view = relevance._views(base, goal)
    if view.determined:
        return
    opened = relevance._open_inputs(base, goal)
    pool = relevance.candidates(facts, kind, asked, opened.inputs, catalogue())
    direct = relevance._direct(goal, kind)
    alone = [
        relevance._prepare(q, base, facts, kind, context, goal, opened, direct, True) for q in pool
    ]
    together = relevance._prepare_together(pool, base, facts, kind, context, goal, opened, direct)
    values = base.evaluation.values
    for question, one, joint in zip(pool, alone, together, strict=True):
        assert (joint.narrow, joint.answers, joint.prepared) == (
            one.narrow,
            one.answers,
            one.prepared,
        )
        if one.batch is not None or joint.batch is None:
            assert joint.batch == one.batch, question.id
            continue
        assert joint.prepared is not None and joint.narrow is not None
        worlds, none = joint.batch
        # "None of these" of a several-of question (bounded): a world of its own, second.
        pairs = list(zip(worlds, joint.prepared, strict=True))
        if none is not None:
            pairs.append((none, joint.prepared[0]))
        for world, (_, quick) in pairs:
            if world is None:
                continue
            assert quick is not None
            changed = {n: v for n, v in quick.items() if n not in values or values[n] != v}
            assert world == propagate(base.evaluation, changed, joint.narrow)[0], question.id
    relevance.TOGETHER_FEW = False
    try:
        few = relevance._prepare_together(pool, base, facts, kind, context, goal, opened, direct)
    finally:
        relevance.TOGETHER_FEW = True
    assert [r.batch for r in few] == [r.batch for r in alone]


def test_the_yes_or_no_questions_are_put_back_by_their_answers_bounds() -> None:
    """In the provider and deployer's state (tests/test_speedtier24.py) the search finds the same
    question, score and outcomes with the questions prepared together, and tries fewer answers
    to a question's end (the yes or no questions whose answers cannot close enough are put
    back or stopped)."""
    asked = ("subject", "exclusions", "roles")
    found, together = _searched(_PROVIDER_AND_DEPLOYER, asked)
    relevance.PREPARE_TOGETHER = False
    try:
        before, alone = _searched(_PROVIDER_AND_DEPLOYER, asked)
    finally:
        relevance.PREPARE_TOGETHER = True
        relevance.clear_cache()
    assert found is not None and found.question.id == "prohibited_practices"
    assert found == before

    def answers(attempts: list[Any]) -> int:
        return sum(len(a.outcomes) for a in attempts if a is not None)

    assert answers(together) < answers(alone), (answers(together), answers(alone))


def test_one_pass_for_the_questions_of_one_bound(monkeypatch: Any) -> None:
    """The same state: the answers' worlds of the questions met with one bound are computed in
    a few passes (groups of 2, 4, 8, ... questions: :data:`relevance.TOGETHER_FIRST`), not one
    per question."""
    passes: list[int] = []
    original = relevance.propagate_worlds

    def counted(*args: Any, **kwargs: Any) -> Any:
        passes.append(len(args[1]))
        return original(*args, **kwargs)

    monkeypatch.setattr(relevance, "propagate_worlds", counted)
    relevance.clear_cache()
    context = Context(as_of=dt.date(2026, 9, 1))
    asked = ("subject", "exclusions", "roles")
    found = relevance.best(_PROVIDER_AND_DEPLOYER, "system", context, "tier", asked)
    together = len(passes)
    passes.clear()
    monkeypatch.setattr(relevance, "PREPARE_TOGETHER", False)
    relevance.clear_cache()
    assert relevance.best(_PROVIDER_AND_DEPLOYER, "system", context, "tier", asked) == found
    relevance.clear_cache()
    assert together < len(passes), (together, len(passes))


def test_the_size_of_the_groups_changes_no_answer(monkeypatch: Any) -> None:
    """The same state and two more of its interview: the same best() whatever the size of the
    first group (1: each question alone; every question left at once)."""
    context = Context(as_of=dt.date(2026, 9, 1))
    states = [
        (_PROVIDER_AND_DEPLOYER, ("subject", "exclusions", "roles")),
        ({"is_ai_system": True}, ("subject",)),
        ({}, ()),
    ]
    for facts, asked in states:
        found = []
        for size in (1, 2, 3, 1000):
            monkeypatch.setattr(relevance, "TOGETHER_FIRST", size)
            relevance.clear_cache()
            found.append(relevance.best(facts, "system", context, "tier", asked))
        relevance.clear_cache()
        assert all(f == found[0] for f in found), facts
