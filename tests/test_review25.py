"""Review 25 (round 12) of 4181e3a (review24's A32 defect fixed: the reach of the authorised
representative and of the Art. 25(2), 25(4) roles) and of 98ea590 (the question
annex_i_conditions offers the two Art. 6(1a)-(1b) options again): the defect found (a strict
xfail), the probes behind the verdicts in tests/data/coverage/reviews.yaml. Fast: a few hundred
assessments."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from lawquote import quote, quote_nl
from scope_cases import NO_EXCLUSION as _NO_EXCLUSION
from scope_cases import NO_SHIFT as _NO_SHIFT
from scope_cases import ROLE_NAMES as _ROLES

import aiact
from aiact.interview import Interview
from aiact.questions.catalogue import catalogue
from aiact.questions.model import QuestionError

LAWS = ("2024/1689", "2024/1689+2026/1744")
_AS_OF = "2028-01-10"
_A32_ALT = {"A32": "third_country_only"}
_NL = {"kind": "private_undertaking", "member_state": "NL"}
_T = (True, False, None)
_SUPPLIED = (
    {"supplies_components_for_high_risk": True},
    {"initial_provider_of_shifted_system": True},
)


def _assess(
    roles: tuple[str, ...],
    law: str,
    readings: dict[str, str] | None = None,
    value_chain: dict[str, Any] | None = None,
    placed: bool | None = False,
    output: bool | None = True,
    own_use: bool | None = False,
) -> aiact.Assessment:
    """An Annex III 4(a) system of an organisation established in the Netherlands; by default
    nothing is placed, put into service or used in the Union, the output is used there."""
    territory = {
        "placed_or_used_in_eu": placed,
        "output_used_in_eu": output,
        "used_in_eu_by_organisation": own_use,
    }
    system = {
        "is_ai_system": True,
        "exclusions": {**_NO_EXCLUSION, **territory},
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
        "value_chain": {**_NO_SHIFT, **(value_chain or {})},
        "roles": {role: role in roles for role in _ROLES},
    }
    return aiact.assess(system, _NL, _AS_OF, law, interpretations=readings)


def _quote_reach() -> None:
    quote(
        "2",
        "providers and deployers of AI systems that have their place of establishment or are "
        "located in a third country, where the output produced by the AI system is used in the "
        "Union",
        "both",
    )
    quote("2", "authorised representatives of providers, which are not established in the Union")
    quote(
        "22",
        "providers established in third countries shall, by written mandate, appoint an "
        "authorised representative which is established in the Union",
    )
    quote_nl(
        "aanbieders en gebruiksverantwoordelijken van AI-systemen die in een derde land zijn "
        "gevestigd of er zich bevinden, indien de output van het AI-systeem in de Unie wordt "
        "gebruikt"
    )


@pytest.mark.parametrize("law", LAWS)
def test_default_reading_the_value_chain_reach_is_the_provider_reach(law: str) -> None:
    """Under the default reading of A32, scope.provider_territorial already reads the output
    used in the Union, so "P or (O and not X)" is P for every value of placing, output, own use
    and the establishment of the provider supplied (Kleene: O true makes P true, O unknown makes
    P at least unknown): the reach of the supplier and of the initial provider is the provider
    reach, whatever value_chain.provider_established_in_eu says."""
    _quote_reach()
    for shift, x, (placed, output, own) in itertools.product(
        _SUPPLIED, _T, itertools.product(_T, _T, _T)
    ):
        if placed is False and own is True:
            continue  # refused as input since round 13 (facts.IN_THE_UNION)
        chain = {**shift} if x is None else {**shift, "provider_established_in_eu": x}
        got = _assess((), law, None, chain, placed, output, own)
        assert got.value("scope.reach") == got.value("scope.provider_territorial"), (
            shift,
            x,
            placed,
            output,
            own,
        )


@pytest.mark.parametrize("law", LAWS)
def test_alternative_reading_unknowns_stay_undetermined(law: str) -> None:
    """A32=third_country_only, output used in the Union only: the supplier (Art. 25(4)) and the
    initial provider (Art. 25(2)) are reached where the provider supplied is not established in
    the Union, not where it is, and undetermined where that is not known; the authorised
    representative (its principal is established in a third country, Art. 22(1)) is reached by
    the output alone, undetermined where the output is unknown."""
    _quote_reach()
    quote("25", "That initial provider shall closely cooperate with new providers")
    quote("25", "the third party that supplies an AI system, tools, services, components")
    for shift in _SUPPLIED:
        for x, want in ((False, True), (True, False), (None, None)):
            chain = {**shift} if x is None else {**shift, "provider_established_in_eu": x}
            assert _assess((), law, _A32_ALT, chain).value("scope.reach") is want, (shift, x)
    representative = ("authorised_representative",)
    assert _assess(representative, law, _A32_ALT).value("scope.reach") is True
    unknown = _assess(representative, law, _A32_ALT, output=None)
    assert unknown.value("scope.reach") is None
    nothing = _assess(representative, law, _A32_ALT, output=False)
    assert nothing.value("scope.reach") is False


_PRODUCT = {
    "legislation": ["medical_devices_2017_745"],
    "safety_component": True,
    "is_the_product": False,
}


def test_product_question_keeps_the_stated_art6_1a_fact() -> None:
    """Art. 6(1a) (amended text): "AI systems that are solely used for non-safety related
    aspects of user assistance, performance optimisation, service efficiency, automation or
    convenience or quality control shall not qualify as safety components"; Art. 6(1b):
    "Notwithstanding paragraph 1a, AI systems the failure or malfunctioning of which would
    endanger health and safety shall qualify as safety components". A case states the first
    fact (a medical device, the AI system solely used for non-safety aspects); the interview
    asks art6_1_conditions for the product's third-party assessment (Art. 6(1)(b)); the answer
    "third_party" (the product's option; the failure does not endanger health and safety) must
    not take back what the case stated."""
    quote(
        "6",
        "AI systems that are solely used for non-safety related aspects of user assistance, "
        "performance optimisation, service efficiency, automation or convenience or quality "
        "control shall not qualify as safety components",
        "omnibus_only",
    )
    quote(
        "6",
        "Notwithstanding paragraph 1a, AI systems the failure or malfunctioning of which would "
        "endanger health and safety shall qualify as safety components",
        "omnibus_only",
    )
    roles = {role: role == "provider" for role in _ROLES}
    system = {
        "is_ai_system": True,
        "exclusions": {
            **_NO_EXCLUSION,
            "placed_or_used_in_eu": True,
            "output_used_in_eu": True,
            "used_in_eu_by_organisation": False,
        },
        "prohibited": [],
        "annex_i": {**_PRODUCT, "solely_non_safety_functions": True},
        "annex_iii": {"points": []},
        "roles": roles,
    }
    case = {"system": system, "organisation": _NL}
    interview = Interview.start("2029-01-10", "tier", case=case, law=LAWS[1])
    asked = []
    while interview.current is not None and len(asked) < 10:
        question = interview.current.id
        asked.append(question)
        interview = interview.answer(["third_party"] if question == "art6_1_conditions" else None)
    assert "art6_1_conditions" in asked
    assert interview.facts["annex_i.solely_non_safety_functions"] is True
    assert str(interview.assessment.risk_tier) != "high_risk"


def test_product_question_control_without_the_stated_fact() -> None:
    """Control: with the Art. 6(1a)-(1b) facts open, the same answer is read as it is given
    (the AI system is not solely used for non-safety aspects: a safety component of a product
    that needs a third-party assessment, high-risk), and the Dutch option uses the terms of Art.
    3(14) NL."""
    quote_nl("waarvan het falen of gebrekkig functioneren de gezondheid en veiligheid")
    roles = {role: role == "provider" for role in _ROLES}
    system = {
        "is_ai_system": True,
        "exclusions": {
            **_NO_EXCLUSION,
            "placed_or_used_in_eu": True,
            "output_used_in_eu": True,
            "used_in_eu_by_organisation": False,
        },
        "prohibited": [],
        "annex_i": dict(_PRODUCT),
        "annex_iii": {"points": []},
        "roles": roles,
    }
    interview = Interview.start(
        "2029-01-10", "tier", case={"system": system, "organisation": _NL}, law=LAWS[1]
    )
    question = catalogue().get("art6_1_conditions")
    options = {option.id: option for option in interview.options(question)}
    assert "gebrekkig functioneren" in options["failure_endangers"].text_nl
    interview = interview.answer(["third_party"], question="art6_1_conditions")
    assert interview.facts["annex_i.solely_non_safety_functions"] is False
    assert str(interview.assessment.risk_tier) == "high_risk"


def test_an_answer_that_contradicts_a_stated_fact_is_refused() -> None:
    """Fixed on the merge of review25: an answer fills only the facts still unknown, and an
    option chosen that states the opposite of a known fact is refused with the field named
    (nothing is silently dropped). The case states that a failure of the AI system would not
    endanger health and safety (Art. 6(1b)); choosing "failure_endangers" contradicts it."""
    quote(
        "6",
        "Notwithstanding paragraph 1a, AI systems the failure or malfunctioning of which would "
        "endanger health and safety shall qualify as safety components",
        "omnibus_only",
    )
    roles = {role: role == "provider" for role in _ROLES}
    system = {
        "is_ai_system": True,
        "exclusions": {**_NO_EXCLUSION, "placed_or_used_in_eu": True},
        "prohibited": [],
        "annex_i": {**_PRODUCT, "failure_endangers_health_safety": False},
        "annex_iii": {"points": []},
        "roles": roles,
    }
    interview = Interview.start(
        "2029-01-10", "tier", case={"system": system, "organisation": _NL}, law=LAWS[1]
    )
    with pytest.raises(QuestionError, match=r"annex_i\.failure_endangers_health_safety"):
        interview.answer(["failure_endangers"], question="art6_1_conditions")
