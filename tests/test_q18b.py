"""q18b (round 18, issue 16): Annex I in two questions.

The beslishulp asks Annex I in two questions (2.3: a product under Annex I, Section A or B;
2.7.1: the third-party conformity assessment); the interview asked three: ``annex_i_legislation``,
``annex_i_product`` (the AI system is the product itself / a safety component of it / neither)
and ``annex_i_conditions``. ``annex_i_product`` is now the first two options of
``art6_1_conditions``, whose other options are ``annex_i_conditions`` as it was (a new id since
review61's D2: a saved answer to the old question never showed the product options): Art.
6(1)(a) "the AI system is intended to be used as a safety component of a product, or the AI
system is itself a product, covered by the Union harmonisation legislation listed in Annex
I". Round 18 made the two exclusive (each set the other's fact false, so both were refused);
since round 19 (annexi19, tests/test_annexi19.py) each sets only its own fact and both may be
chosen. Neither chosen is the old "neither"; one not sure and neither chosen is the old "don't
know" (both unknown, ``Option.open_with``). Every answer the old questions could give still
gives the facts they gave for the same words (compared exhaustively below), and a saved
interview that answered ``annex_i_product`` or ``annex_i_conditions`` is translated where that
is exact, else refused.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from lawquote import quote, quote_nl

from aiact.interview import Interview
from aiact.questions.catalogue import catalogue
from aiact.questions.model import QuestionError, load_questions
from aiact.questions.relevance import trial_answers
from aiact.questions.retired import RetiredQuestion, translate_steps

QUESTION = "art6_1_conditions"
#: The retired question whose four options are the other options of QUESTION (saved answers).
OLD = "annex_i_conditions"
PRODUCT_OPTIONS = ("safety_component", "product")
CONDITIONS = ("third_party", "radio_emc", "non_safety_functions", "failure_endangers")

#: The answers of the retired question annex_i_product (8e6451a) and the facts each set.
OLD_PRODUCT: dict[Any, dict[str, bool]] = {
    "product": {"annex_i.is_the_product": True, "annex_i.safety_component": False},
    "safety_component": {"annex_i.is_the_product": False, "annex_i.safety_component": True},
    "neither": {"annex_i.is_the_product": False, "annex_i.safety_component": False},
    None: {},
}


def _question():
    return catalogue().get(QUESTION)


def _old_conditions():
    """annex_i_conditions as it was (8e6451a): the same four options, without the two of the
    product."""
    new = _question()
    raw = {
        "id": "old_annex_i_conditions",
        "kind": "several_of",
        "text_en": "About that product and the AI system: which of these are true?",
        "text_nl": "Over dat product en het AI-systeem: wat klopt hiervan?",
        "options": [
            {"id": o.id, "text_en": o.text_en, "text_nl": o.text_nl, "sets": dict(o.sets)}
            for o in new.options
            if o.id in CONDITIONS
        ],
    }
    return load_questions([raw], {}, "test_q18b")[0]


def test_the_law_art_6_1_a_and_3_14() -> None:
    assert quote(
        "6",
        "the AI system is intended to be used as a safety component of a product, or the AI "
        "system is itself a product, covered by the Union harmonisation legislation listed in "
        "Annex I",
        "both",
    )
    assert quote(
        "6",
        "the product whose safety component pursuant to point (a) is the AI system, or the AI "
        "system itself as a product, is required to undergo a third-party conformity assessment",
        "both",
    )
    assert quote(
        "3",
        "'safety component' means a component of a product or of an AI system which fulfils a "
        "safety function for that product or AI system",
        "both",
    )
    assert quote_nl(
        "het AI-systeem is bedoeld om te worden gebruikt als veiligheidscomponent van een "
        "product of het AI-systeem is zelf een product dat valt onder de in bijlage I "
        "opgenomen harmonisatiewetgeving van de Unie"
    )
    assert quote_nl("waarvan het falen of gebrekkig functioneren de gezondheid en veiligheid")
    cat = catalogue()
    assert "annex_i_product" not in {q.id for q in cat}
    question = _question()
    assert [o.id for o in question.options][:2] == list(PRODUCT_OPTIONS)
    # round 19 (annexi19): each product option sets only its own fact
    assert question.option("product").sets == {"annex_i.is_the_product": True}
    assert question.option("safety_component").sets == {"annex_i.safety_component": True}
    assert {"Art. 6(1)(a)", "Art. 3, point 14", "Art. 6(1)(b)"} <= set(question.cites)


def _old_facts(product: Any, chosen: list[str], unsure: list[str]) -> dict[str, Any]:
    return {**OLD_PRODUCT[product], **_old_conditions().sets({"chosen": chosen, "unsure": unsure})}


def test_every_answer_gives_the_facts_of_the_two_old_questions() -> None:
    """Every combination of chosen / not sure / neither over the six options (3^6 = 729): the
    486 that round 18 accepted give the facts of the old pair of answers with the same words (a
    product option chosen: that answer; one not sure and none chosen: "don't know"; else
    "neither"). The 243 that round 18 refused (fix18: the 81 with both product options chosen,
    the 162 with one chosen beside the other not sure) no old answer could give; since round 19
    (annexi19) they are accepted, each product option giving only its own fact: chosen true,
    not sure unknown (Art. 6(1)(a) "or"); the other four options give the old facts."""
    question = _question()
    ids = [o.id for o in question.options]
    assert sorted(ids) == sorted(PRODUCT_OPTIONS + CONDITIONS)
    same = newly = 0
    facts_of = {"safety_component": "annex_i.safety_component", "product": "annex_i.is_the_product"}
    for states in itertools.product((0, 1, 2), repeat=len(ids)):
        chosen = [i for i, s in zip(ids, states, strict=True) if s == 1]
        unsure = [i for i, s in zip(ids, states, strict=True) if s == 2]
        answer = {"chosen": chosen, "unsure": unsure}
        both = set(PRODUCT_OPTIONS) <= set(chosen) | set(unsure)
        if both and set(PRODUCT_OPTIONS) & set(chosen):
            # both chosen, or one chosen beside the other not sure: refused in round 18 (fix18),
            # accepted since round 19, each option its own fact
            expected = _old_facts(
                "neither",
                [i for i in chosen if i in CONDITIONS],
                [i for i in unsure if i in CONDITIONS],
            )
            for option, path in facts_of.items():
                if option in chosen:
                    expected[path] = True
                else:
                    del expected[path]  # not sure: unknown
            assert question.sets(answer) == expected, answer
            newly += 1
            continue
        old_product = next(
            (o for o in PRODUCT_OPTIONS if o in chosen),
            None if set(PRODUCT_OPTIONS) & set(unsure) else "neither",
        )
        expected = _old_facts(
            old_product,
            [i for i in chosen if i in CONDITIONS],
            [i for i in unsure if i in CONDITIONS],
        )
        assert question.sets(answer) == expected, answer
        same += 1
    assert (same, newly) == (486, 243)
    # "don't know" to the new question is "don't know" to both old ones
    assert question.sets(None) == {}


def test_neither_chosen_is_the_old_neither_and_not_sure_leaves_both_open() -> None:
    question = _question()
    facts = question.sets(["third_party"])
    assert facts["annex_i.is_the_product"] is False
    assert facts["annex_i.safety_component"] is False
    for open_one in PRODUCT_OPTIONS:
        facts = question.sets({"chosen": ["third_party"], "unsure": [open_one]})
        assert "annex_i.is_the_product" not in facts
        assert "annex_i.safety_component" not in facts
        assert facts["annex_i.third_party_conformity_assessment"] is True
    # chosen one, not sure of the other: refused in round 18 (fix18); since round 19
    # (annexi19) the chosen one is true and the other unknown
    facts = question.sets({"chosen": ["product"], "unsure": ["safety_component"]})
    assert facts["annex_i.is_the_product"] is True
    assert "annex_i.safety_component" not in facts


def test_the_annex_i_questions_read_on_their_own() -> None:
    """Asked in any order (beslishulp path 1 asks art6_1_conditions before
    annex_i_legislation): no question text of the Annex I part points back to another
    question's product ("that product", "dat product")."""
    cat = catalogue()
    for qid in ("annex_i_legislation", QUESTION, "art6_1a_safety_aspects"):
        question = cat.get(qid)
        assert not re.search(r"\b(that|this|such) product\b", question.text_en, re.I), qid
        assert not re.search(r"\b(dat|dit|zo'n) product\b", question.text_nl, re.I), qid
    question = cat.get(QUESTION)
    assert "Annex I" in question.text_en and "bijlage I" in question.text_nl
    assert "medical devices" in question.text_en and "medische hulpmiddelen" in question.text_nl
    # the options' "such a product" / "that EU law" point into the question's own text
    assert "such a product" in question.option("product").text_en
    assert "veiligheidscomponent" in question.option("safety_component").text_nl
    assert "aangemelde instantie" in question.option("third_party").text_nl
    assert "conformiteitsbeoordeling" in question.option("third_party").text_nl


def test_the_ranking_tries_a_product_option_with_the_third_party_assessment() -> None:
    """Art. 6(1) needs two options together; "all of these" holds the Art. 6(1c) exception
    (radio spectrum only), which hides them: the ranking also tries all but one."""
    from aiact.questions.goals import Context
    from aiact.versions import LawVersion

    question = _question()
    context = Context(__import__("datetime").date(2028, 1, 10), LawVersion.AMENDED)
    tried = [tuple(a) for a, _ in trial_answers(question, "system", context)]
    # round 19 (annexi19): the product options no longer exclude each other, so "all of these"
    # and "all but one" hold both
    assert (
        "safety_component",
        "product",
        "third_party",
        "non_safety_functions",
        "failure_endangers",
    ) in tried
    assert ("product", "third_party", "radio_emc", "non_safety_functions", "failure_endangers") in (
        tried
    )


# ----------------------------------------------------------------- saved interviews


def _saved(steps: list[dict[str, Any]]) -> dict[str, Any]:
    interview = Interview.start("2028-01-10", "tier").answer("system")
    data = interview.to_dict()
    data["steps"] = [*data["steps"], *steps]
    return data


LEGISLATION = {"question": "annex_i_legislation", "answer": ["machinery_2023_1230"]}


@pytest.mark.parametrize("product", ["product", "safety_component", "neither", None])
@pytest.mark.parametrize(
    "conditions",
    [
        ["third_party"],
        [],
        {"chosen": ["third_party"], "unsure": ["failure_endangers"]},
        None,
    ],
)
@pytest.mark.parametrize("product_first", [True, False])
def test_a_saved_interview_with_both_old_questions_is_translated(
    product: Any, conditions: Any, product_first: bool
) -> None:
    old_p = {"question": "annex_i_product", "answer": product}
    old_c = {"question": OLD, "answer": conditions}
    steps = [LEGISLATION, old_p, old_c] if product_first else [LEGISLATION, old_c, old_p]
    interview = Interview.from_dict(_saved(steps))
    expected = {**OLD_PRODUCT[product]}
    if conditions is not None:
        expected.update(_old_conditions().sets(conditions))
    facts = interview.facts
    for path in set(OLD_PRODUCT["product"]) | {
        p for o in _question().options if o.id in CONDITIONS for p in o.sets
    }:
        assert facts.get(path) == expected.get(path), path
    assert interview.asked.count(QUESTION) == 1
    assert "annex_i_product" not in interview.asked and OLD not in interview.asked
    # the translated interview saves and loads as itself
    assert Interview.from_dict(interview.to_dict()).facts == facts


def test_a_saved_dont_know_alone_is_left_out() -> None:
    data = _saved([LEGISLATION, {"question": "annex_i_product", "answer": None}])
    interview = Interview.from_dict(data)
    assert interview.asked == ("subject", "annex_i_legislation")


@pytest.mark.parametrize("product", ["product", "safety_component", "neither"])
def test_a_saved_product_answer_without_the_conditions_is_refused(product: str) -> None:
    data = _saved([LEGISLATION, {"question": "annex_i_product", "answer": product}])
    with pytest.raises(RetiredQuestion) as caught:
        Interview.from_dict(data)
    error = caught.value
    assert isinstance(error, QuestionError)
    assert "annex_i_product" in str(error) and QUESTION in str(error)
    assert "annex_i_product" in error.text("nl") and "wordt niet meer gesteld" in error.text("nl")
    assert "is no longer asked" in error.text("en")


def test_translate_steps_keeps_other_steps_and_refuses_a_mixed_answer() -> None:
    steps = [LEGISLATION, {"question": "roles", "answer": ["provider"]}]
    assert translate_steps(steps) == list(enumerate(steps))  # q18c: with their places
    with pytest.raises(RetiredQuestion):
        translate_steps(
            [
                {"question": "annex_i_product", "answer": "product"},
                {"question": QUESTION, "answer": ["safety_component"]},
            ]
        )
    # review61 D2: the old annex_i_conditions did not offer the product options
    with pytest.raises(RetiredQuestion, match="answer with a list of its option ids"):
        translate_steps(
            [
                {"question": "annex_i_product", "answer": "product"},
                {"question": OLD, "answer": ["safety_component"]},
            ]
        )
    # q18c: an answer the old question did not take names what it took (EN, NL)
    with pytest.raises(RetiredQuestion, match='"product", "safety_component", "neither" or null'):
        translate_steps([{"question": "annex_i_product", "answer": "maybe"}])


def test_the_service_translates_or_refuses_the_old_answers() -> None:
    from aiact.service.interviews import interview_from_data

    body = {
        "as_of": "2028-01-10",
        "goal": "tier",
        "answers": [
            {"question": "subject", "answer": "system"},
            LEGISLATION,
            {"question": "annex_i_product", "answer": "safety_component"},
            {"question": OLD, "answer": ["third_party"]},
        ],
    }
    interview = interview_from_data(body, "nl", 100)
    assert interview.facts["annex_i.safety_component"] is True
    assert interview.facts["annex_i.third_party_conformity_assessment"] is True
    body["answers"] = body["answers"][:3]
    with pytest.raises(Exception) as caught:
        interview_from_data(body, "nl", 100)
    assert "wordt niet meer gesteld" in str(getattr(caught.value, "detail", caught.value)) or (
        "wordt niet meer gesteld" in repr(caught.value.__dict__)
    )
