"""Round 12 (review17): "does the Act apply?" is answered for the organisation (ADR 0033).

Art. 2(1) "This Regulation applies to:" lists persons, points (a)-(g). ``scope.in_scope`` stays
the system's (the classification reads it); ``scope.org_in_scope`` adds that a point of Art. 2(1)
reaches the organisation in one of its roles (``scope.reach``), and ``Assessment.in_scope``
reports it.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from lawquote import quote, quote_nl
from scope_cases import NO_ROLE as _NO_ROLES
from scope_cases import NO_SHIFT as _NO_SHIFT

import aiact
from aiact.assessment import RiskTier
from aiact.interview import Interview
from aiact.testing.strategies import system_cases

_AS_OF = "2028-01-10"
_IN_EU = {
    "placed_or_used_in_eu": True,
    "exclusively_military_defence_national_security": False,
    "sole_purpose_scientific_research": False,
    "pre_market_research_testing": False,
    "personal_non_professional_use": False,
    "free_open_source_licence": False,
    "international_cooperation_law_enforcement": False,
}
_CV_SCREENING = {"points": ["4a"], "biometric_verification_only": False}
"""No Art. 25 role shift, no initial provider (Art. 25(2)), no supplier (Art. 25(4))."""


def _assess(
    roles: dict[str, bool] | None,
    organisation: dict[str, Any],
    exclusions: dict[str, Any] | None = None,
) -> aiact.Assessment:
    system: dict[str, Any] = {
        "is_ai_system": True,
        "exclusions": {**_IN_EU, **(exclusions or {})},
        "annex_iii": _CV_SCREENING,
        "value_chain": _NO_SHIFT,
    }
    if roles is not None:
        system["roles"] = roles
    return aiact.assess(system, organisation, _AS_OF)


_US = {"kind": "private_undertaking", "member_state": "US", "established_in_eu": False}
_OUT_OF_REACH = {"output_used_in_eu": False, "used_in_eu_by_organisation": False}


def test_third_country_provider_placing_in_the_union_is_in_scope() -> None:
    """Art. 2(1)(a): "providers placing on the market or putting into service AI systems ... in
    the Union, irrespective of whether those providers are established or located within the
    Union or in a third country"."""
    quote("2", "irrespective of whether those providers are established or located within")
    a = _assess({**_NO_ROLES, "provider": True}, _US, _OUT_OF_REACH)
    assert a.in_scope is True
    assert a.value("scope.in_scope") is True
    steps = [s.rule.id for s in a.explain("in_scope").steps if s.value is True]
    assert steps == ["scope.org_in_scope"]
    assert a.explain("scope.reach").value is True
    held = [s.rule.id for s in a.explain("scope.reach").steps if s.value is True]
    assert held == ["scope.reach.provider"]


def test_dutch_public_authority_deployer_is_in_scope() -> None:
    """Art. 2(1)(b): "deployers of AI systems that have their place of establishment or are located
    within the Union" (Dutch: "gebruiksverantwoordelijken van AI-systemen die in de Unie zijn
    gevestigd of er zich bevinden")."""
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    quote_nl("gebruiksverantwoordelijken van AI-systemen die in de Unie zijn gevestigd")
    a = _assess({**_NO_ROLES, "deployer": True}, {"kind": "public_authority", "member_state": "NL"})
    assert a.in_scope is True
    held = [s.rule.id for s in a.explain("scope.reach").steps if s.value is True]
    assert held == ["scope.reach.deployer"]
    assert any(o.id == "art26_1" and o.applies is not False for o in a.obligations)


def test_deployer_out_of_reach_is_not_in_scope_but_keeps_the_systems_tier() -> None:
    """Art. 2(1): a deployer established and located in a third country whose output is not used
    in the Union is none of the persons of points (a)-(g); the system, placed on the Union market
    by its vendor, keeps its classification (Annex III, point 4(a), possibly high-risk): the tier
    describes the system."""
    quote("2", "this regulation applies to")
    quote("2", "where the output produced by the ai system is used in the union")
    a = _assess({**_NO_ROLES, "deployer": True}, _US, _OUT_OF_REACH)
    assert a.in_scope is False
    assert a.value("scope.in_scope") is True  # the system's
    assert a.classification_tier is not RiskTier.OUT_OF_SCOPE
    assert RiskTier.HIGH_RISK in a.possible_classification_tiers
    assert not a.obligations
    text = a.explain("in_scope").text("en", full=True)
    assert "Art. 2(1)(b)" in text and "deployer" in text
    assert a.to_dict()["in_scope"] == "false"
    assert a.summary("nl")["in_scope"] == "false"


def test_roles_unknown_leave_in_scope_undetermined_where_they_decide() -> None:
    """Art. 2(1) reaches persons in their roles: with the roles unknown, whether the Act applies to
    the organisation is undetermined (not silently yes), and the role questions are open; where
    the system itself is outside the Act (Art. 2(3)), it is no whatever the roles."""
    quote("2", "this regulation applies to")
    quote("2", "exclusively for military, defence or national security purposes")
    a = _assess(None, _US, _OUT_OF_REACH)
    assert a.value("scope.in_scope") is True
    assert a.in_scope is None
    asked = {q.fact for q in a.open_questions if "in_scope" in q.affects}
    assert "roles.provider" in asked
    # out of reach as a deployer (Art. 2(1)(b)-(c) fail): that role cannot bring it in
    assert "roles.deployer" not in asked
    nl = _assess(None, {"kind": "public_authority", "member_state": "NL"})
    assert nl.in_scope is None  # a Dutch authority is reached only if it holds a role
    military = _assess(None, _US, {"exclusively_military_defence_national_security": True})
    assert military.in_scope is False


def test_an_organisation_holding_no_role_is_not_in_scope() -> None:
    """Art. 2(1) names providers, deployers, importers, distributors, product manufacturers and
    authorised representatives (and affected persons, who bear no duty): an organisation that is
    none of them for this system is not reached, and no obligation addresses it."""
    quote("2", "importers and distributors of ai systems")
    a = _assess(dict(_NO_ROLES), {"kind": "public_authority", "member_state": "NL"})
    assert a.in_scope is False
    assert not a.obligations


def test_the_interview_determines_whether_the_act_reaches_a_deployer() -> None:
    """Art. 2(1)(b)-(c): the interview asks what decides the reach of a deployer established
    outside the Union (its own use in the Union), so the answer ends determined."""
    quote("2", "have their place of establishment or are located within the union")
    interview = Interview.start(_AS_OF).answer("system")
    answers = {
        "ai_system": "yes",
        "territory": ["in_eu"],
        "roles": ["deployer"],
        "org_member_state": "outside_eu",
        "org_established_in_eu": "no",
        "org_kind": "private_undertaking",
        "exclusions": [],
    }
    for question, answer in answers.items():
        interview = interview.answer(answer, question=question)
    assessment = interview.assessment
    assert assessment.in_scope is None
    asked = {q.fact for q in assessment.open_questions if "in_scope" in q.affects}
    assert any("used_in_eu_by_organisation" in fact for fact in asked), asked
    assert not interview.determined
    done = interview.answer("no", question="org_uses_in_eu").assessment
    assert done.in_scope is False
    assert interview.answer("yes", question="org_uses_in_eu").assessment.in_scope is True


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=system_cases())
def test_not_in_scope_means_no_obligation(case: aiact.Case) -> None:
    """Property (Art. 2(1)): where the Act does not reach the organisation (in_scope false), no
    obligation applies or may apply to it."""
    a = case.assess()
    if a.in_scope is False:
        assert not a.obligations, [(o.id, o.applies) for o in a.obligations]
    if a.in_scope is True:
        assert a.value("scope.in_scope") is True
