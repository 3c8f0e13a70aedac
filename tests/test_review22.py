"""Review 22 (round 12) of scope12b's provider reach (167ae66, ``scope.provider_territorial``)
and of reading A15 with the establishment-only change (51ae918, 2d4a628, b626c19): the defect
found (a strict xfail), its control, the wording fixed in review and the probes behind the
verdicts in tests/data/coverage/reviews.yaml. Fast: a handful of assessments."""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_nl
from scope_cases import ABROAD_ONLY as _ABROAD_ONLY
from scope_cases import NO_ROLE as _NO_ROLE
from scope_cases import NO_SHIFT as _NO_SHIFT

import aiact
from aiact.questions import catalogue as questions
from aiact.views.labels import fact_label

_AS_OF = "2028-01-10"


def _assess(
    roles: dict[str, bool],
    value_chain: dict[str, bool] | None = None,
    member_state: str = "NL",
    law: str | None = None,
    **exclusions: Any,
) -> aiact.Assessment:
    system: dict[str, Any] = {
        "is_ai_system": True,
        "exclusions": {**_ABROAD_ONLY, **exclusions},
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
        "value_chain": {**_NO_SHIFT, **(value_chain or {})},
        "roles": {**_NO_ROLE, **roles},
    }
    org = {"kind": "private_undertaking", "member_state": member_state}
    return aiact.assess(system, org, _AS_OF, law=law)


_SUPPLIER = {"supplies_components_for_high_risk": True}
_ART25_4 = [("2024/1689", "art25_4_original"), ("2024/1689+2026/1744", "art25_4")]
"""The Art. 25(4) entry of each version (the original lists no AI model, reading A25)."""


def _quote_art25_4() -> None:
    quote("25", "the third party that supplies an AI system, tools, services, components")
    quote("2", "providers placing on the market or putting into service AI systems")
    quote_nl("aanbieders die AI-systemen in de Unie in de handel brengen of in gebruik stellen")


@pytest.mark.parametrize(("law", "entry"), _ART25_4)
def test_union_supplier_deploying_only_abroad_has_no_art25_4_duty(law: str, entry: str) -> None:
    """Art. 25(4): "The provider of a high-risk AI system and the third party that supplies an
    AI system, tools, services, components, or processes that are used or integrated in a
    high-risk AI system shall, by written agreement, specify ...". A Dutch company supplies a
    component of a high-risk system that is not placed on the market, put into service or used
    in the Union, whose output is not used there, and itself uses that system only abroad: the
    Act reaches it as a deployer (Art. 2(1)(b)), not as the supplier (scope.reach.value_chain is
    false, as for the provider in review18's case), so the Art. 25(4) agreement is not its duty
    (its provider is outside the Act for that system, Art. 2(1)(a), (c))."""
    _quote_art25_4()
    a = _assess({"deployer": True}, _SUPPLIER, law=law)
    assert a.value("scope.provider_territorial") is False
    held = sorted(s.rule.id for s in a.explain("scope.reach").steps if s.value is True)
    assert held == ["scope.reach.deployer"]
    assert a.obligation(entry).applies is False


@pytest.mark.parametrize(("law", "entry"), _ART25_4)
def test_control_the_supplier_of_a_system_placed_in_the_union_keeps_art25_4(
    law: str, entry: str
) -> None:
    """The control of the xfail above: the same supplier of a system placed on the market in the
    Union is reached through Art. 25(4) (scope.reach.value_chain) and the duty may apply; as a
    supplier only, with nothing in the Union, it is out of scope."""
    _quote_art25_4()
    placed = _assess({"deployer": True}, _SUPPLIER, law=law, placed_or_used_in_eu=True)
    assert placed.value("scope.reach") is True
    assert placed.obligation(entry).applies is not False
    only = _assess({}, _SUPPLIER, law=law)
    assert only.in_scope is False
    assert only.obligation(entry).applies is False


def test_union_exporter_of_a_prohibited_system_is_not_bound_but_its_own_use_abroad_is() -> None:
    """Art. 5(1) prohibits "the placing on the market, the putting into service or the use";
    placing on the market is "the first making available ... on the Union market" (Art. 3(9)).
    A Dutch developer that only exports a social-scoring system places nothing on the Union
    market: not bound, not in scope. Unknown placing stays undetermined, never false."""
    quote("5", "the placing on the market, the putting into service or the use of ai systems")
    quote("3", "first making available of an ai system or a general-purpose ai model on the union")
    prohibited = {"c_social_scoring": True, "c_detrimental_treatment_unjustified": True}
    system: dict[str, Any] = {
        "is_ai_system": True,
        "exclusions": _ABROAD_ONLY,
        "roles": {**_NO_ROLE, "provider": True},
        "value_chain": _NO_SHIFT,
        "prohibited": prohibited,
    }
    org = {"kind": "private_undertaking", "member_state": "NL"}
    exporter = aiact.assess(system, org, _AS_OF)
    assert exporter.value("art5.c") is True
    assert exporter.value("art5.binding_c") is False
    assert exporter.in_scope is False
    unknown = {k: v for k, v in _ABROAD_ONLY.items() if k != "placed_or_used_in_eu"}
    open_ = aiact.assess({**system, "exclusions": unknown}, org, _AS_OF)
    assert open_.value("scope.provider_territorial") is None
    assert open_.value("art5.binding_c") is None


def test_importer_with_the_placing_unanswered_is_undetermined_not_out_of_scope() -> None:
    """Art. 2(1)(d) "importers and distributors of AI systems"; an importer places on the market
    (Art. 3(6)), that is on the Union market (Art. 3(9)). Read through the provider-side reach,
    an importer whose placing in the Union is not answered is never false; since round 14 it is
    reached, its role entailing the placing (rule territory.placed_or_used_in_union.importer:
    the input checks refuse the importer with the placing denied, round 13)."""
    quote("2", "importers and distributors of ai systems")
    a = _assess({"importer": True}, placed_or_used_in_eu=None)
    assert a.value("scope.provider_territorial") is True
    assert a.in_scope is not False


def test_answered_establishment_label_says_established_not_located() -> None:
    """Art. 22(1) and 54(1) "providers established in third countries" (NL "in derde landen
    gevestigde aanbieders" in substance; Art. 2(1)(b) NL "die in de Unie zijn gevestigd of er
    zich bevinden"): since 2d4a628 organisation.established_in_eu means establishment only. The
    Dutch label of its ``answered.*`` switch, printed in every Dutch explanation of the
    establishment, still said "gevestigd of zich daar bevindt"."""
    quote("22", "providers established in third countries shall, by written mandate, appoint")
    quote_nl("gebruiksverantwoordelijken van AI-systemen die in de Unie zijn gevestigd of er zich")
    label = fact_label("answered.org.established_in_eu", "nl")
    assert "gevestigd" in label
    assert "bevindt" not in label and "bevinden" not in label
    a = _assess({"deployer": True})
    assert "zich daar bevindt (artikel 2, lid 1)" not in a.explain("in_scope").text("nl")


def test_failure_option_uses_the_words_of_art6_1b_and_the_dutch_terms_of_art3_14() -> None:
    """Art. 6(1b) (2026/1744): "AI systems the failure or malfunctioning of which would endanger
    health and safety shall qualify as safety components"; Art. 3(14) NL "waarvan het falen of
    gebrekkig functioneren de gezondheid en veiligheid van personen of eigendom in gevaar
    brengt". The option said "health or safety" and, in Dutch, "uitvallen of slecht werken"."""
    quote(
        "6",
        "Notwithstanding paragraph 1a, AI systems the failure or malfunctioning of which would "
        "endanger health and safety",
        "omnibus_only",
    )
    quote_nl("waarvan het falen of gebrekkig functioneren de gezondheid en veiligheid")
    option = questions().get("art6_1a_safety_aspects").option("failure_endangers")
    assert "failure or malfunctioning" in option.text("en")
    assert "health and safety" in option.text("en")
    assert "falen of gebrekkig functioneren" in option.text("nl")
    assert "de gezondheid en veiligheid" in option.text("nl")


def test_own_use_question_tells_a_provider_it_is_putting_into_service() -> None:
    """Art. 3(11): putting into service is the supply "for own use in the Union" (NL "voor eigen
    gebruik in de Unie"); since 167ae66 the answer to org_uses_in_eu also reaches the
    organisation as provider (rule scope.provider_territorial.own_use_in_union, Art. 2(1)(a)).
    The help now says so, EN and NL."""
    quote("3", "for own use in the union for its intended purpose")
    quote_nl("voor eigen gebruik in de Unie voor het beoogde doel")
    q = questions().get("org_uses_in_eu")
    assert "Art. 3(11)" in q.help("en") and "Art. 2(1)(a)" in q.help("en")
    assert "artikel 3, punt 11" in q.help("nl") and "artikel 2, lid 1, punt a" in q.help("nl")
    assert "in gebruik stellen" in q.help("nl") and "aanbieder" in q.help("nl")
