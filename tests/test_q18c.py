"""q18c (round 18): one way to read a saved interview's answers to retired questions.

Round 18 retired four questions: ``derogation_conditions`` and ``profiling`` (now
``art6_3_conditions``, q18a) and ``annex_i_product`` and ``annex_i_conditions`` (now
``art6_1_conditions``, q18b; the second since review61's D2). One module reads them
(:mod:`aiact.questions.retired`): one table, one exception, one ``translate_steps`` returning
(original index, step), and one policy for a part answered without the rest: refused (a "don't
know" alone is left out). These tests check
the table against the catalogue, the chained case (a saved interview answering all four) and
the places the refusals name.
"""

from __future__ import annotations

from typing import Any

import pytest

from aiact.interview import Interview
from aiact.logic import is_true
from aiact.questions.catalogue import catalogue
from aiact.questions.model import QuestionError
from aiact.questions.retired import RETIRED, RetiredQuestion, translate_steps


def test_the_table_names_options_of_the_question_that_asks_it_now() -> None:
    cat = catalogue()
    ids = {q.id for q in cat}
    for old, retired in RETIRED.items():
        assert old not in ids
        question = cat.get(retired.into)
        options = [o.id for o in question.options]
        assert set(retired.part) <= set(options), old
        for chosen in retired.answers.values():
            assert set(chosen) <= set(retired.part), old
    # the parts of one question do not overlap
    for into in {r.into for r in RETIRED.values()}:
        parts = [p for r in RETIRED.values() if r.into == into for p in r.part]
        assert len(parts) == len(set(parts)), into


def test_no_other_question_sets_the_facts_of_a_moved_retired_answer() -> None:
    """What makes moving a retired answer to the place of the merged answer exact: only the
    question that asks it now sets its facts (an answer fills only the facts still unknown, so
    another question setting them would make the order matter). One part of a question may
    share facts with another question (annex_i_conditions: the two Art. 6(1a)-(1b) options of
    art6_1a_safety_aspects): the merged answer takes its place."""
    cat = catalogue()
    shared: dict[str, list[str]] = {}
    for old, retired in RETIRED.items():
        question = cat.get(retired.into)
        for option in retired.part:
            for fact in question.option(option).sets:
                if [q.id for q in cat.asking(fact)] != [retired.into]:
                    shared.setdefault(retired.into, []).append(old)
    assert {into: set(olds) for into, olds in shared.items()} == {
        "art6_1_conditions": {"annex_i_conditions"}
    }
    assert set(cat.asking("annex_i.failure_endangers_health_safety")) == {
        cat.get("art6_1a_safety_aspects"),
        cat.get("art6_1_conditions"),
    }


def test_answering_a_retired_question_by_id_names_the_question_that_asks_it_now() -> None:
    interview = Interview.start("2028-01-10").answer("system")
    for old, retired in RETIRED.items():
        with pytest.raises(QuestionError, match=f"replaced by '{retired.into}'"):
            interview.answer(None, question=old)


# ----------------------------------------------------------------- the chained case

#: A saved interview of round 17 that answered the four retired questions (annex_i_conditions:
#: its own four options) between other answers.
CHAINED: list[dict[str, Any]] = [
    {"question": "subject", "answer": "system"},  # 0
    {"question": "annex_iii_points", "answer": ["point_4a"]},  # 1
    {"question": "annex_i_legislation", "answer": ["machinery_2023_1230"]},  # 2
    {"question": "annex_i_product", "answer": "safety_component"},  # 3
    {"question": "derogation_conditions", "answer": {"chosen": ["preparatory"],
                                                     "unsure": ["no_significant_risk"]}},  # 4
    {"question": "annex_i_conditions", "answer": {"chosen": ["third_party"],
                                                  "unsure": ["failure_endangers"]}},  # 5
    {"question": "roles", "answer": ["provider"]},  # 6
    {"question": "profiling", "answer": "yes"},  # 7
]  # fmt: skip

EXPECTED = {
    # annex_i_product "safety_component"
    "annex_i.safety_component": True,
    "annex_i.is_the_product": False,
    # annex_i_conditions
    "annex_i.third_party_conformity_assessment": True,
    "annex_i.third_party_solely_radio_or_emc": False,
    "annex_i.solely_non_safety_functions": False,
    "annex_i.failure_endangers_health_safety": None,
    # derogation_conditions
    "derogation.preparatory_task": True,
    "derogation.narrow_procedural_task": False,
    "derogation.improves_completed_human_activity": False,
    "derogation.detects_patterns_without_replacing_human": False,
    "derogation.no_significant_risk": None,
    # profiling "yes"
    "derogation.profiling": True,
}


def test_the_four_retired_questions_translate_together() -> None:
    steps = translate_steps(CHAINED)
    assert [(i, s["question"]) for i, s in steps] == [
        (0, "subject"),
        (1, "annex_iii_points"),
        (2, "annex_i_legislation"),
        (4, "art6_3_conditions"),  # at the first of its two old questions
        # at annex_i_conditions (art6_1a_safety_aspects also sets its Art. 6(1a)-(1b) facts)
        (5, "art6_1_conditions"),
        (6, "roles"),
    ]
    answers = {s["question"]: s["answer"] for _, s in steps}
    assert answers["art6_3_conditions"] == {
        "chosen": ["preparatory", "profiling"],
        "unsure": ["no_significant_risk"],
    }
    assert answers["art6_1_conditions"] == {
        "chosen": ["safety_component", "third_party"],
        "unsure": ["failure_endangers"],
    }


def test_a_saved_interview_answering_all_four_loads_with_their_facts() -> None:
    data = Interview.start("2028-01-10", "full").to_dict()
    data["steps"] = CHAINED
    interview = Interview.from_dict(data)
    assert interview.asked == (
        "subject",
        "annex_iii_points",
        "annex_i_legislation",
        "art6_3_conditions",
        "art6_1_conditions",
        "roles",
    )
    facts = interview.facts
    assert {path: facts.get(path) for path in EXPECTED} == EXPECTED
    assert is_true(interview.assessment.categories["high_risk"])
    # saved again it names only the questions of today and loads to the same facts
    again = Interview.from_json(interview.to_json())
    assert again.facts == facts and again.asked == interview.asked


def test_in_the_chained_case_one_part_missing_is_refused_at_its_place() -> None:
    """Without the profiling answer, derogation_conditions is a part without the rest: refused,
    naming it and its place; without annex_i_conditions, annex_i_product is; without
    annex_i_product, annex_i_conditions is (review61 D2)."""
    data = Interview.start("2028-01-10", "full").to_dict()
    data["steps"] = CHAINED[:7]
    with pytest.raises(RetiredQuestion) as caught:
        Interview.from_dict(data)
    assert (caught.value.question_id, caught.value.index) == ("derogation_conditions", 4)
    data["steps"] = [*CHAINED[:5], *CHAINED[6:]]
    with pytest.raises(RetiredQuestion) as caught:
        Interview.from_dict(data)
    assert (caught.value.question_id, caught.value.index) == ("annex_i_product", 3)
    assert "art6_1_conditions" in caught.value.text("nl")
    assert "wordt niet meer gesteld" in caught.value.text("nl")
    data["steps"] = [*CHAINED[:3], *CHAINED[4:]]
    with pytest.raises(RetiredQuestion) as caught:
        Interview.from_dict(data)
    assert (caught.value.question_id, caught.value.index) == ("annex_i_conditions", 4)
    assert "art6_1_conditions" in caught.value.text("en")


def test_dont_know_to_every_part_is_dont_know_and_alone_is_left_out() -> None:
    steps = [
        {"question": "profiling", "answer": None},
        {"question": "annex_i_product", "answer": None},
        {"question": "derogation_conditions", "answer": None},
    ]
    assert translate_steps(steps) == [
        (0, {"question": "art6_3_conditions", "answer": None}),
    ]
    assert translate_steps(steps[:2]) == []
    # the old annex_i_conditions "don't know" alone, and with annex_i_product "don't know"
    old = {"question": "annex_i_conditions", "answer": None}
    assert translate_steps([old]) == []
    assert translate_steps([steps[1], old]) == [
        (1, {"question": "art6_1_conditions", "answer": None}),
    ]


def test_the_merged_annex_i_answer_keeps_the_place_of_the_old_annex_i_conditions() -> None:
    """annex_i_conditions shares its two Art. 6(1a)-(1b) options with art6_1a_safety_aspects,
    and an answer fills only the facts still unknown: a saved interview that answered
    annex_i_product, then art6_1a_safety_aspects, then annex_i_conditions reads the Art. 6(1b)
    fact from art6_1a_safety_aspects, as it did (at annex_i_product's place, the merged answer
    would set it false first, and the later art6_1a_safety_aspects answer would be refused)."""
    data = Interview.start("2028-01-10", "tier").to_dict()
    data["steps"] = [
        CHAINED[0],
        CHAINED[2],
        {"question": "annex_i_product", "answer": "safety_component"},  # 2
        {"question": "art6_1a_safety_aspects", "answer": ["failure_endangers"]},  # 3
        {"question": "annex_i_conditions", "answer": ["third_party"]},  # 4
    ]
    assert [(i, s["question"]) for i, s in translate_steps(data["steps"])] == [
        (0, "subject"),
        (1, "annex_i_legislation"),
        (3, "art6_1a_safety_aspects"),
        (4, "art6_1_conditions"),
    ]
    facts = Interview.from_dict(data).facts
    assert facts["annex_i.failure_endangers_health_safety"] is True
    assert facts["annex_i.solely_non_safety_functions"] is False
    assert facts["annex_i.safety_component"] is True
    assert facts["annex_i.third_party_conformity_assessment"] is True
