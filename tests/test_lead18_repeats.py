"""Round 18: the interview does not ask again what a question asked before offered in the same
words (issue 16: "ask only what can still change the answer").

``art6_1a_safety_aspects`` (Art. 6(1a)-(1b) as amended by Regulation (EU) 2026/1744) offers two
options that ``art6_1_conditions`` also offers, word for word. Before round 18, a person who
answered the Annex I conditions and was not sure whether "a failure or malfunctioning of the AI
system would endanger health and safety" was asked the same option again in the next question
(beslishulp path 1: "not sure" twice).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lawquote import quote

import aiact.questions.relevance as relevance
from aiact.questions.catalogue import catalogue


def test_the_art6_1a_question_is_repeated_by_the_art6_1_conditions() -> None:
    """Art. 6(1b) as amended: "the failure or malfunctioning of which would endanger health and
    safety": the words of the option both questions offer."""
    quote(
        "6",
        "the failure or malfunctioning of which would endanger health and safety",
        "omnibus_only",
    )
    cat = catalogue()
    assert cat.repeated_by == {"art6_1a_safety_aspects": frozenset({"art6_1_conditions"})}
    first, second = cat.get("art6_1a_safety_aspects"), cat.get("art6_1_conditions")
    mine = {(o.id, o.text_nl, tuple(sorted(o.sets.items()))) for o in first.options}
    theirs = {(o.id, o.text_nl, tuple(sorted(o.sets.items()))) for o in second.options}
    assert mine <= theirs


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([q.id for q in catalogue().for_kind("system")]), max_size=6))
def test_no_candidate_repeats_an_asked_question(asked: list[str]) -> None:
    """Whatever was asked, no candidate offers only options an asked question offered."""
    cat = catalogue()
    pool = relevance.candidates({}, "system", asked, None, cat)
    for question in pool:
        assert set(asked).isdisjoint(cat.repeated_by.get(question.id, ()))
    # and nothing else is left out
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(relevance, "REPEATS", False)
        every = relevance.candidates({}, "system", asked, None, cat)
    left_out = {q.id for q in every} - {q.id for q in pool}
    assert all(not set(asked).isdisjoint(cat.repeated_by[qid]) for qid in left_out)


def _path_one_interview(repeats: bool) -> list[str]:
    from beslishulp_path import interview_on_path

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(relevance, "REPEATS", repeats)
        return interview_on_path(1)


def test_a_not_sure_option_is_not_asked_again_in_another_question() -> None:
    """Beslishulp path 1 (a provider; Annex I section A, 2.3, with a third-party conformity
    assessment, 2.7.1; 1 September 2026): the interview ends without asking
    ``art6_1a_safety_aspects``, which offers options of the Annex I conditions again. Since
    round 19 (annexi19) the path's person, whose AI system is itself the product, chooses that
    option (before, it also said "not a safety component", so they were not sure of it) and Art.
    6(1) is decided without Art. 6(1a)-(1b): the question is not asked with the rule off either.
    The control is a safety component whose Art. 6(1a)-(1b) options were answered "not sure":
    with the rule off (the planted fault) the question is asked next, with it on it is not."""
    from aiact.interview import Interview

    quote("6", "intended to be used as a safety component of a product")
    asked = _path_one_interview(repeats=True)
    assert "art6_1_conditions" in asked
    assert "art6_1a_safety_aspects" not in asked
    answers = [
        ("ai_system", "yes"),
        ("exclusions", []),
        ("roles", ["provider"]),
        ("territory", ["in_eu"]),
        ("prohibited_practices", []),
        ("transparency_features", []),
        ("annex_iii_points", []),
        ("annex_i_legislation", ["machinery_2023_1230"]),
        (
            "art6_1_conditions",
            {
                "chosen": ["safety_component", "third_party"],
                "unsure": ["non_safety_functions", "failure_endangers"],
            },
        ),
    ]
    following = {}
    for repeats in (True, False):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(relevance, "REPEATS", repeats)
            relevance.clear_cache()
            interview = Interview.start("2028-01-10", "tier", law="2024/1689+2026/1744")
            interview = interview.answer("system")
            for question, answer in answers:
                interview = interview.answer(answer, question=question)
            current = interview.current
            following[repeats] = None if current is None else current.id
            relevance.clear_cache()
    assert following == {True: None, False: "art6_1a_safety_aspects"}
