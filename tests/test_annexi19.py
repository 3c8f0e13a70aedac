"""annexi19 (round 19): the two Annex I product options of ``art6_1_conditions`` may both be
chosen.

Art. 6(1)(a): "the AI system is intended to be used as a safety component of a product, or the
AI system is itself a product, covered by the Union harmonisation legislation listed in Annex I".
Round 18 (q18b) made the two options exclusive (each set the other's fact false, so choosing both
was refused, and so was one chosen beside the other not sure: review61 note (1), review62 note
(1), left as a limit in round 18). The facts (``AnnexIFacts``) and the rules (``annex_i.is_the_
product or hr.annex_i_safety_component``) take both true. Now each option sets only its own
fact: both chosen, both true; neither chosen, both false (the old "neither"); one not sure and
neither chosen, both unknown (the old "don't know", ``Option.open_with``); one chosen and the
other not sure, the chosen one true and the other unknown. Every answer round 18 accepted gives
the facts it gave (tests/test_q18b.py, all 729); the retired ``annex_i_product`` answers are
translated as before (tests/test_q18b.py, tests/test_q18c.py).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lawquote import quote, quote_nl
from scope_cases import NO_EXCLUSION, ROLE_NAMES

import aiact
from aiact.interview import Interview
from aiact.questions.catalogue import catalogue

QUESTION = "art6_1_conditions"
LAWS = ("2024/1689", "2024/1689+2026/1744")
DAY = "2029-01-10"
PRODUCT = {"safety_component": "annex_i.safety_component", "product": "annex_i.is_the_product"}
NL = {"kind": "private_undertaking", "member_state": "NL"}


def _quote_art6_1_a() -> None:
    quote(
        "6",
        "the AI system is intended to be used as a safety component of a product, or the AI "
        "system is itself a product, covered by the Union harmonisation legislation listed in "
        "Annex I",
        "both",
    )
    quote_nl(
        "het AI-systeem is bedoeld om te worden gebruikt als veiligheidscomponent van een "
        "product of het AI-systeem is zelf een product dat valt onder de in bijlage I "
        "opgenomen harmonisatiewetgeving van de Unie"
    )


def _system(annex_i: dict[str, Any]) -> dict[str, Any]:
    """A provider's AI system placed on the Union market, a medical device (Annex I, Section A)
    with the given Annex I facts, no Annex III use."""
    return {
        "is_ai_system": True,
        "exclusions": {
            **NO_EXCLUSION,
            "placed_or_used_in_eu": True,
            "output_used_in_eu": True,
            "used_in_eu_by_organisation": False,
        },
        "prohibited": [],
        "annex_i": {"legislation": ["medical_devices_2017_745"], **annex_i},
        "annex_iii": {"points": []},
        "roles": {role: role == "provider" for role in ROLE_NAMES},
    }


def _annex_i(facts: dict[str, Any]) -> dict[str, Any]:
    return {path.split(".", 1)[1]: v for path, v in facts.items() if path.startswith("annex_i.")}


def test_the_two_options_each_set_only_their_own_fact() -> None:
    _quote_art6_1_a()
    question = catalogue().get(QUESTION)
    assert question.option("safety_component").sets == {"annex_i.safety_component": True}
    assert question.option("product").sets == {"annex_i.is_the_product": True}
    assert "both may be" in question.help_en and "cannot both" not in question.help_en
    assert "allebei kloppen" in question.help_nl and "niet allebei" not in question.help_nl


@pytest.mark.parametrize("law", LAWS)
def test_both_chosen_sets_both_facts_and_is_high_risk_under_art6_1(law: str) -> None:
    """Both chosen with the product's third-party assessment (Art. 6(1)(b)): both facts true,
    the system high-risk under Art. 6(1); without the assessment, not high-risk."""
    _quote_art6_1_a()
    quote(
        "6",
        "the product whose safety component pursuant to point (a) is the AI system, or the AI "
        "system itself as a product, is required to undergo a third-party conformity assessment",
        "both",
    )
    question = catalogue().get(QUESTION)
    facts = question.sets(["safety_component", "product", "third_party"])
    assert facts["annex_i.safety_component"] is True
    assert facts["annex_i.is_the_product"] is True
    a = aiact.assess(_system(_annex_i(facts)), NL, DAY, law)
    assert a.value("hr.annex_i_product_or_safety_component") is True
    assert a.value("hr.annex_i_a") is True
    assert a.value("hr.high_risk") is True
    assert str(a.risk_tier) == "high_risk"
    without = aiact.assess(
        _system(_annex_i(question.sets(["safety_component", "product"]))), NL, DAY, law
    )
    assert without.value("hr.annex_i_a") is False
    assert str(without.risk_tier) != "high_risk"


@pytest.mark.parametrize("law", LAWS)
def test_the_interview_takes_both_options(law: str) -> None:
    """Through the interview (and a saved interview), in English and Dutch labels."""
    _quote_art6_1_a()
    case = {"system": _system({}), "organisation": NL}
    interview = Interview.start(DAY, "tier", case=case, law=law)
    interview = interview.answer(["safety_component", "product", "third_party"], question=QUESTION)
    assert interview.facts["annex_i.safety_component"] is True
    assert interview.facts["annex_i.is_the_product"] is True
    assert str(interview.assessment.risk_tier) == "high_risk"
    again = Interview.from_dict(interview.to_dict())
    assert again.facts == interview.facts
    label = catalogue().get(QUESTION).answer_label(["safety_component", "product"], "nl")
    assert "veiligheidscomponent van zo'n product" in label and "zelf zo'n product" in label


def test_the_service_accepts_both() -> None:
    """A saved list of answers with both chosen was refused (a 400) in round 18; it is read."""
    from aiact.service.interviews import interview_from_data

    body = {
        "as_of": DAY,
        "goal": "tier",
        "answers": [
            {"question": "subject", "answer": "system"},
            {"question": "annex_i_legislation", "answer": ["machinery_2023_1230"]},
            {"question": QUESTION, "answer": ["safety_component", "product", "third_party"]},
        ],
    }
    interview = interview_from_data(body, "nl", 100)
    assert interview.facts["annex_i.safety_component"] is True
    assert interview.facts["annex_i.is_the_product"] is True


def _k_or(a: bool | None, b: bool | None) -> bool | None:
    return True if True in (a, b) else (None if None in (a, b) else False)


def _k_and(a: bool | None, b: bool | None) -> bool | None:
    return False if False in (a, b) else (None if None in (a, b) else True)


def _k_not(a: bool | None) -> bool | None:
    return None if a is None else not a


@given(
    states=st.lists(st.sampled_from(("no", "chosen", "unsure")), min_size=6, max_size=6),
    law=st.sampled_from(LAWS),
)
def test_property_every_answer_is_read_option_by_option(states: list[str], law: str) -> None:
    """Over the answers of the question (each option chosen, not sure or neither): no answer is
    refused; a product option chosen gives its fact true, not sure unknown, neither chosen false
    unless the other is not sure and not chosen (then unknown); Art. 6(1) follows the law's "or"
    in three-valued logic (Art. 6(1)(a)-(b); Art. 3(14); amended: Art. 6(1a)-(1c))."""
    question = catalogue().get(QUESTION)
    ids = [o.id for o in question.options]
    chosen = [i for i, s in zip(ids, states, strict=True) if s == "chosen"]
    unsure = [i for i, s in zip(ids, states, strict=True) if s == "unsure"]
    facts = question.sets({"chosen": chosen, "unsure": unsure})
    for option, path in PRODUCT.items():
        (other,) = set(PRODUCT) - {option}
        if option in chosen:
            assert facts[path] is True
        elif option in unsure or (other in unsure and other not in chosen):
            assert path not in facts
        else:
            assert facts[path] is False
    a = aiact.assess(_system(_annex_i(facts)), NL, DAY, law)
    get = facts.get
    component = get("annex_i.safety_component")
    third = get("annex_i.third_party_conformity_assessment")
    if law == LAWS[1]:
        component = _k_and(component, _k_not(get("annex_i.solely_non_safety_functions")))
        third = _k_and(third, _k_not(get("annex_i.third_party_solely_radio_or_emc")))
    component = _k_or(component, get("annex_i.failure_endangers_health_safety"))
    either = _k_or(get("annex_i.is_the_product"), component)
    assert a.value("hr.annex_i_product_or_safety_component") is either
    assert a.value("hr.annex_i_a") is _k_and(either, third)
