"""A question may name the questions to ask first (``"after"``, round 14).

"Is your organisation part of a group, with partner or linked enterprises?" comes before the
group's turnover, staff and balance sheet: its "no" makes them moot for the fines (Art. 99(3)-(6),
Art. 101(1); Recommendation 2003/361/EC counts the figures of partner and linked enterprises only
where there are any). Before round 14 a person was asked the three group figures first, answered
"don't know", and was then asked whether there is a group at all. The wait only orders: a
waiting question is tried when no other question is relevant, so no relevant question is hidden
(the property tests of tests/test_questions_relevance.py and test_questions_trace_names.py hold
that for every question)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_questions_trace_names import _GPAI_PROVIDER

from aiact.questions import catalogue, relevance
from aiact.questions.catalogue import _check_after
from aiact.questions.goals import Context
from aiact.questions.model import QuestionError, _Loader

GROUP_FIGURES = ("group_turnover", "group_headcount", "group_balance_sheet")


def _interview(facts: dict[str, Any], context: Context) -> list[str]:
    """The questions asked when every answer is "don't know"."""
    asked: list[str] = []
    while (ranked := relevance.best(facts, "model", context, "full", asked)) is not None:
        asked.append(ranked.question.id)
    return asked


def test_the_group_figures_wait_for_whether_there_is_a_group() -> None:
    """The catalogue declares it; the three figures name ``org_part_of_group``."""
    by_id = {q.id: q for q in catalogue().questions}
    for qid in GROUP_FIGURES:
        assert by_id[qid].after == ("org_part_of_group",)


def test_whether_there_is_a_group_is_asked_before_the_group_figures() -> None:
    """A provider of a general-purpose AI model, its turnover unknown (Art. 101(1): the higher of
    EUR 15 million and 3 % of the worldwide annual turnover, the group's where it is part of one,
    reading A10): answering "don't know" throughout, "part of a group?" comes before the group's
    figures, and every one of them is still asked."""
    relevance.clear_cache()
    asked = _interview(dict(_GPAI_PROVIDER), Context(dt.date(2026, 11, 28)))
    assert set(GROUP_FIGURES) <= set(asked)
    first_figure = min(asked.index(q) for q in GROUP_FIGURES)
    assert asked.index("org_part_of_group") < first_figure


@pytest.mark.parametrize(
    ("part_of_group", "expected"), [(False, set()), (True, set(GROUP_FIGURES))]
)
def test_no_group_means_no_group_figures(part_of_group: bool, expected: set[str]) -> None:
    """Art. 99(6) and Art. 101(1) with Recommendation 2003/361/EC: without partner or linked
    enterprises only the organisation's own figures count, so none of the group's is asked; with
    a group, the group's are."""
    relevance.clear_cache()
    facts = {**_GPAI_PROVIDER, "organisation.part_of_group": part_of_group}
    asked = _interview(facts, Context(dt.date(2026, 11, 28)))
    assert set(asked) & set(GROUP_FIGURES) == expected


def _declared(raws: list[dict[str, Any]]) -> list[Any]:
    loader = _Loader({})
    return [loader.question(raw, i, "test") for i, raw in enumerate(raws)]


_FIRST = {"id": "first", "fact": "organisation.part_of_group", "text_en": "A?", "text_nl": "A?"}


@pytest.mark.parametrize(
    ("after", "message"),
    [
        ("first", "'after' is a list of question ids"),
        ([""], "'after' is a list of question ids"),
        (["second"], "'after' names the question itself"),
        (["nowhere"], "'after' names unknown 'nowhere'"),
    ],
)
def test_a_bad_after_is_refused_naming_the_question(after: Any, message: str) -> None:
    second = {
        "id": "second",
        "fact": "organisation.start_up",
        "text_en": "B?",
        "text_nl": "B?",
        "after": after,
    }
    with pytest.raises(QuestionError, match=message):
        _check_after(_declared([_FIRST, second]))


def test_questions_that_wait_for_each_other_are_refused() -> None:
    first = {**_FIRST, "after": ["second"]}
    second = {
        "id": "second",
        "fact": "organisation.start_up",
        "text_en": "B?",
        "text_nl": "B?",
        "after": ["first"],
    }
    with pytest.raises(QuestionError, match="waits, through 'after', for itself"):
        _check_after(_declared([first, second]))
