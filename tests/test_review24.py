"""Review 24 (round 12) of readings A32 and A33 (c9a1e36, ade08aa, merged as bc355a1; ADR
0036): the defect found (a strict xfail), its controls and the probes behind the verdicts in
tests/data/coverage/reviews.yaml. Fast: a handful of assessments."""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_nl
from scope_cases import NO_SHIFT as _NO_SHIFT
from scope_cases import OUTPUT_ONLY as _OUTPUT_ONLY
from scope_cases import ROLE_NAMES as _ROLES

import aiact
from aiact.logic import is_false, is_true

LAWS = ("2024/1689", "2024/1689+2026/1744")
_AS_OF = "2028-01-10"
_A32_ALT = {"A32": "third_country_only"}
_A33_ALT = {"A33": "placing_in_union_only"}
_SOCIAL_SCORING = {"c_social_scoring": True, "c_detrimental_treatment_unrelated_context": True}


def _assess(
    roles: tuple[str, ...],
    org: dict[str, Any],
    law: str,
    readings: dict[str, str] | None = None,
    value_chain: dict[str, bool] | None = None,
    prohibited: bool = False,
    **exclusions: Any,
) -> aiact.Assessment:
    """An Annex III 4(a) system (optionally also social scoring, Art. 5(1)(c)) supplied only
    abroad: nothing placed on the market, put into service or used in the Union, the output used
    there (unless ``exclusions`` says otherwise)."""
    system = {
        "is_ai_system": True,
        "exclusions": {**_OUTPUT_ONLY, **exclusions},
        "prohibited": _SOCIAL_SCORING if prohibited else [],
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
        "value_chain": {**_NO_SHIFT, **(value_chain or {})},
        "roles": {role: role in roles for role in _ROLES},
    }
    return aiact.assess(system, org, _AS_OF, law, interpretations=readings)


_NL = {"kind": "private_undertaking", "member_state": "NL"}
_US = {"kind": "private_undertaking", "member_state": "US"}


def _quote_points_c_and_f() -> None:
    quote(
        "2",
        "providers and deployers of AI systems that have their place of establishment or are "
        "located in a third country, where the output produced by the AI system is used in the "
        "Union",
        "both",
    )
    quote("2", "authorised representatives of providers, which are not established in the Union")
    quote_nl(
        "aanbieders en gebruiksverantwoordelijken van AI-systemen die in een derde land zijn "
        "gevestigd of er zich bevinden, indien de output van het AI-systeem in de Unie wordt "
        "gebruikt"
    )


@pytest.mark.parametrize("law", LAWS)
def test_a32_alternative_keeps_the_representative_of_a_third_country_provider(law: str) -> None:
    """Art. 2(1)(f): "authorised representatives of providers, which are not established in the
    Union"; Art. 2(1)(c) reaches the principal (established in a third country, output used in
    the Union) under both readings of A32. Switching A32, whose question is the provider
    established in the Union, should not change the representative's reach."""
    _quote_points_c_and_f()
    principal_abroad = {"provider_established_in_eu": False}
    default = _assess(("authorised_representative",), _NL, law, value_chain=principal_abroad)
    alternative = _assess(
        ("authorised_representative",), _NL, law, _A32_ALT, value_chain=principal_abroad
    )
    assert default.in_scope is True
    assert alternative.in_scope is True


@pytest.mark.parametrize("law", LAWS)
def test_a32_alternative_keeps_the_supplier_of_a_third_country_provider(law: str) -> None:
    """Art. 25(4), 2(1)(c): the third party that supplies a component to a provider established
    in a third country whose system's output is used in the Union is reached through that
    provider under both readings of A32 (fixed on the merge of review24); supplying a provider
    established in the Union, it follows the reading."""
    _quote_points_c_and_f()
    quote("25", "the third party that supplies an AI system, tools, services, components")
    supplier = {"supplies_components_for_high_risk": True}
    for readings in (None, _A32_ALT):
        abroad = _assess(
            (), _NL, law, readings, value_chain={**supplier, "provider_established_in_eu": False}
        )
        assert abroad.value("scope.reach") is True, readings
    union = _assess(
        (), _NL, law, _A32_ALT, value_chain={**supplier, "provider_established_in_eu": True}
    )
    assert union.value("scope.reach") is False


@pytest.mark.parametrize("law", LAWS)
def test_a32_alternative_control_provider_and_importer(law: str) -> None:
    """Controls: under A32=third_country_only the Union provider that only exports is out of
    scope, the third-country provider is reached, an unknown establishment stays undetermined,
    and an importer (Art. 2(1)(d), not named by point (c)) gets no reach from the output but
    from its role: an importer whose system is not placed on the market in the Union is refused
    as input since round 13 (facts.IN_THE_UNION), so since round 14 its role entails the placing
    (Art. 3(6), 3(9); rule territory.placed_or_used_in_union.importer) and, with the placing
    unanswered, it is reached under either reading of A32."""
    _quote_points_c_and_f()
    assert _assess(("provider",), _NL, law).in_scope is True
    assert _assess(("provider",), _NL, law, _A32_ALT).in_scope is False
    assert _assess(("provider",), _US, law, _A32_ALT).in_scope is True
    unknown = _assess(("provider",), {"kind": "private_undertaking"}, law, _A32_ALT)
    assert unknown.in_scope is None
    importer = _assess(("importer",), _NL, law, _A32_ALT, placed_or_used_in_eu=None)
    assert importer.value("scope.provider_territorial") is True
    assert importer.in_scope is True


@pytest.mark.parametrize("law", LAWS)
def test_a32_alternative_with_a_third_country_establishment_follows_a26(law: str) -> None:
    """Probe behind the note: a provider established in the Netherlands that also has a place of
    establishment in a third country is reached by point (c) under A32=third_country_only only
    where A26=any_third_country_establishment, although the words of point (c) ("have their
    place of establishment or are located in a third country") are the alternative's premise."""
    _quote_points_c_and_f()
    org = {**_NL, "also_established_in_third_country": True}
    assert _assess(("provider",), org, law, _A32_ALT).in_scope is False
    a26 = {**_A32_ALT, "A26": "any_third_country_establishment"}
    assert _assess(("provider",), org, law, a26).in_scope is True


@pytest.mark.parametrize("law", LAWS)
def test_a33_alternative_point_c_provider_has_neither_ban_nor_high_risk_duties(law: str) -> None:
    """Art. 5(1)(c) "the placing on the market, the putting into service or the use"; Art.
    3(9), 3(11). The consequence ADR 0036 states: under A33=placing_in_union_only a
    third-country provider reached only by point (c) of a prohibited (and Annex III) system is
    in scope, the system stays prohibited, the ban does not bind it and the Chapter III route
    stays closed (no Art. 16 duty). With the placing unknown the ban is undetermined."""
    quote(
        "5",
        "the placing on the market, the putting into service or the use of AI systems for the "
        "evaluation or classification of natural persons",
        "both",
    )
    quote("3", "for first use directly to the deployer or for own use in the Union", "both")
    quote_nl("het in de handel brengen, het in gebruik stellen of het gebruiken van AI-systemen")
    default = _assess(("provider",), _US, law, prohibited=True)
    assert is_true(default.value("art5.binding_c"))
    alt = _assess(("provider",), _US, law, _A33_ALT, prohibited=True)
    assert alt.in_scope is True
    assert is_true(alt.value("art5.placing_prohibited"))
    assert is_false(alt.value("art5.binding_c"))
    assert is_false(alt.value("duty.hr_provider"))
    assert is_false(alt.value("art16_b"))
    unknown = _assess(("provider",), _US, law, _A33_ALT, prohibited=True, placed_or_used_in_eu=None)
    assert unknown.value("art5.binding_c") is None
