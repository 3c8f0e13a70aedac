"""Round 23 (speedtier23): the input checks of a trial answer within the system's nested models
without validating the system again field by field (``goals.QUICK_CHECKS``,
``goals._checked_quickly``): the same answers refused, the same next question."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiact.facts import AISystem, Roles
from aiact.questions import goals, relevance
from aiact.questions.fields import SubjectKind
from aiact.questions.goals import Context
from tests.switches import best_and_rank
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

_VALUES = st.sampled_from([True, False, None, "maybe", 3, ("1a",), (), ("1a", "6d"), "2026-01-01"])
"""Values a drawn change gives a nested field: of its type or not (pydantic's type checks must
refuse the latter as before)."""


def _nested_paths() -> list[str]:
    """Every field of a nested model of the system that :func:`goals._checked_quickly` may
    change (one level down)."""
    heads = goals._quick_heads(AISystem)
    out = []
    for head, info in AISystem.model_fields.items():
        if head not in heads:
            continue
        inner = next(
            a
            for a in getattr(info.annotation, "__args__", (info.annotation,))
            if a is not type(None)
        )
        out.extend(f"{head}.{name}" for name in inner.model_fields)
    return sorted(out)


def _verdicts(base: Any, changes_list: list[dict[str, Any]]) -> list[bool]:
    """:func:`goals.refused` of each change, from an empty memo of the models."""
    goals._UPDATED.clear()
    return [goals.refused(base, changes, {}) for changes in changes_list]


def _both(base: Any, changes_list: list[dict[str, Any]]) -> tuple[list[bool], list[bool]]:
    quick = _verdicts(base, changes_list)
    goals.QUICK_CHECKS = False
    try:
        full = _verdicts(base, changes_list)
    finally:
        goals.QUICK_CHECKS = True
    return quick, full


@FEW
@given(_STATES, st.data())
def test_every_trial_answer_and_drawn_change_is_refused_as_by_the_full_checks(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], data: st.DataObject
) -> None:
    """For every trial answer of every open question, and for changes drawn over the nested
    models' fields (values of any type), :func:`goals.refused` is the same with
    :data:`goals.QUICK_CHECKS` on as off (with the reasons unread and built)."""
    from aiact.questions import catalogue

    kind, context, facts, _ = state
    relevance.clear_cache()
    base = relevance.MEMO.assess(facts, kind, context)
    if isinstance(base, Exception):
        return
    opened = relevance._open_inputs(base, "tier")
    changes_list: list[dict[str, Any]] = []
    for question in catalogue().for_kind(kind):
        if question.id == "subject" or relevance._is_settled(question, facts):
            continue
        tried = relevance.trial_answers(question, kind, context, opened.inputs)
        for _, sets in relevance.completions(tried, facts):
            changes_list.append({k: v for k, v in sets.items() if facts.get(k) != v})
    if kind == "system":
        paths = _nested_paths()
        for _ in range(data.draw(st.integers(0, 12))):
            chosen = data.draw(st.lists(st.sampled_from(paths), min_size=1, max_size=3))
            changes_list.append({p: data.draw(_VALUES) for p in chosen})
    quick, full = _both(base, changes_list)
    assert quick == full
    goals.UNREAD_REASONS = False  # every reason built: the same again
    try:
        assert _both(base, changes_list) == (full, full)
    finally:
        goals.UNREAD_REASONS = True


def _base(facts: dict[str, Any], organisation: dict[str, Any] | None = None) -> Any:
    context = Context(as_of=dt.date(2026, 9, 1))
    relevance.clear_cache()
    goals._UPDATED.clear()
    if organisation:
        facts = {**facts, **{f"organisation.{k}": v for k, v in organisation.items()}}
    base = relevance.MEMO.assess(facts, "system", context)
    assert not isinstance(base, Exception), base
    return base


_CASES: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]] = [
    (
        # Annex III list without point 1(a) for a real-time RBI system (the system's own
        # after-validator, facts._check_implied_annex_iii)
        "implied Annex III point",
        {"is_ai_system": True, "prohibited.h_realtime_rbi_public_spaces_law_enforcement": True},
        {},
        {"annex_iii.points": ()},
    ),
    (
        # Art. 3(6): an importer is not the provider (the system's after-validator, roles)
        "importer and provider",
        {"is_ai_system": True, "roles.provider": True},
        {},
        {"roles.importer": True},
    ),
    (
        # pydantic's type check of the nested model
        "not a yes or no",
        {"is_ai_system": True},
        {},
        {"prohibited.c_social_scoring": "maybe"},
    ),
    (
        # the nested model's own validator (Annex III point 5(b), reading A40)
        "fraud detection only",
        {"is_ai_system": True, "annex_iii.financial_fraud_detection": False},
        {},
        {"annex_iii.financial_fraud_detection_only": True},
    ),
    (
        # Art. 2(8): research before the placing, with a placing on the Union market
        "pre-market research placed",
        {"is_ai_system": True, "exclusions.pre_market_research_testing": True},
        {},
        {"roles.importer": True},
    ),
]
"""Changes within the nested models that the input checks refuse, one for each kind of check
:func:`goals._checked_quickly` runs."""


@pytest.mark.parametrize("case", _CASES, ids=[c[0] for c in _CASES])
def test_each_kind_of_check_still_refuses(
    case: tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]],
) -> None:
    """Each check :func:`goals._checked_quickly` keeps (the nested model's type checks and
    validators, the system's after-validators, the Art. 2(8) guard) refuses its change, as the
    full checks do; the same change's fields set otherwise are accepted by both."""
    _, facts, organisation, changes = case
    base = _base(facts, organisation)
    assert goals._quick_heads(AISystem).keys() >= {p.split(".")[0] for p in changes}
    assert _both(base, [changes]) == ([True], [True])
    accepted = {p: None for p in changes}
    assert _both(base, [accepted]) == ([False], [False])


def test_the_check_across_system_and_organisation_still_refuses() -> None:
    """A deployer role for an organisation established outside the Union is refused through the
    check across the system and the organisation (api._check_together), as before."""
    facts = {"is_ai_system": True, "organisation.established_in_eu": False}
    relevance.clear_cache()
    goals._UPDATED.clear()
    base = relevance.MEMO.assess(facts, "system", Context(as_of=dt.date(2026, 9, 1)))
    if isinstance(base, Exception):
        pytest.skip("no such organisation field")
    refused = _both(base, [{"roles.importer": True}, {"roles.distributor": True}])
    assert refused[0] == refused[1]
    assert True in refused[1]


def test_the_quick_heads_are_the_nested_models_without_field_validators() -> None:
    """:func:`goals._quick_heads`: the system's nested models (``significant_change``, with a
    field validator, and plain fields are not among them) and its after-validator; none for a
    model with a before-validator (:class:`aiact.facts.Roles`)."""
    heads = goals._quick_heads(AISystem)
    assert heads[None] == ("_consistent",)
    assert {"roles", "prohibited", "annex_iii", "transparency", "exclusions"} <= heads.keys()
    assert "significant_change" not in heads and "is_ai_system" not in heads
    assert goals._quick_heads(Roles) == {}


@FEW
@given(_STATES, st.sampled_from(["tier", "full"]))
def test_the_next_question_is_the_same_with_quick_checks_off(
    state: tuple[SubjectKind, Context, dict[str, Any], list[str]], goal: Any
) -> None:
    """best() and rank() give the same with :data:`goals.QUICK_CHECKS` on as off (every cache
    emptied before each)."""
    kind, context, facts, asked = state
    if isinstance(relevance.MEMO.assess(facts, kind, context), Exception):
        return
    found = best_and_rank(facts, kind, context, goal, asked)
    goals.QUICK_CHECKS = False
    try:
        without = best_and_rank(facts, kind, context, goal, asked)
    finally:
        goals.QUICK_CHECKS = True
        relevance.clear_cache()
    assert found == without
