"""Round 12 (scope12b): the provider's own reach, ``scope.provider_territorial`` (review18).

Art. 2(1)(a) reaches "providers placing on the market or putting into service AI systems ... in
the Union", point (c) providers "in a third country, where the output produced by the AI system
is used in the Union". Placing on the market is the first making available "on the Union
market" (Art. 3(9)); putting into service is the supply "for first use directly to the deployer
or for own use in the Union" (Art. 3(11)). The deployer's point (b), establishment in the Union,
reaches nobody as a provider: the provider's reach rule, the provider-side duties and the Art. 5
placing ban read the provider's own reach.
"""

from __future__ import annotations

from typing import Any

import pytest
from lawquote import quote, quote_nl
from scope_cases import ABROAD_ONLY as _ABROAD_ONLY
from scope_cases import NO_SHIFT as _NO_SHIFT

import aiact
from aiact.rules.scope import RULES

_AS_OF = "2028-01-10"
_ROLES = {
    "provider": True,
    "deployer": True,
    "importer": False,
    "distributor": False,
    "authorised_representative": False,
    "product_manufacturer": False,
}


def _assess(
    roles: dict[str, bool],
    exclusions: dict[str, Any] | None = None,
    member_state: str = "NL",
    **extra: Any,
) -> aiact.Assessment:
    system: dict[str, Any] = {
        "is_ai_system": True,
        "exclusions": _ABROAD_ONLY if exclusions is None else exclusions,
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
        "value_chain": _NO_SHIFT,
        "roles": roles,
        **extra,
    }
    org = {"kind": "private_undertaking", "member_state": member_state}
    return aiact.assess(system, org, _AS_OF)


def _quote_reach() -> None:
    quote("2", "providers placing on the market or putting into service ai systems")
    quote("3", "for own use in the union for its intended purpose")
    quote_nl("aanbieders die AI-systemen in de Unie in de handel brengen of in gebruik stellen")


def test_abroad_only_provider_has_no_provider_reach_and_no_provider_duty() -> None:
    """Art. 2(1)(a), 3(11): nothing placed on the market or put into service in the Union, no
    output used there: the provider's reach is false; reached by (b) only, as a deployer."""
    _quote_reach()
    a = _assess(_ROLES)
    assert a.value("scope.provider_territorial") is False
    assert a.value("duty.hr_provider") is False
    # Art. 2(1)(b): established in the Union; the deployer's duties still may apply
    assert a.value("duty.hr_deployer") is not False
    addressed = {o.id: {x.name for x in o.obligation.addressees} for o in a.obligations}
    providers_only = [k for k, v in addressed.items() if v == {"PROVIDER"}]
    assert providers_only == []


def test_unknown_placing_leaves_the_provider_reach_undetermined() -> None:
    """Three-valued: where placing or putting into service in the Union (Art. 2(1)(a)) is not
    answered, the provider's reach and its duties stay undetermined, never false."""
    _quote_reach()
    exclusions = {
        k: v
        for k, v in _ABROAD_ONLY.items()
        if k not in ("placed_or_used_in_eu", "output_used_in_eu")
    }
    a = _assess(_ROLES, exclusions)
    assert a.value("scope.provider_territorial") is None
    assert a.value("duty.hr_provider") is None
    assert a.in_scope is True  # Art. 2(1)(b) reaches it as a deployer all the same


def test_own_use_in_the_union_is_putting_into_service() -> None:
    """Art. 3(11): "putting into service" includes the supply "for own use in the Union"; a
    provider that uses its system itself in the Union is reached by Art. 2(1)(a)."""
    _quote_reach()
    exclusions = {**_ABROAD_ONLY, "used_in_eu_by_organisation": True}
    del exclusions["placed_or_used_in_eu"]
    a = _assess(_ROLES, exclusions)
    assert a.value("scope.provider_territorial") is True
    held = sorted(s.rule.id for s in a.explain("scope.reach").steps if s.value is True)
    assert "scope.reach.provider" in held


def test_third_country_provider_reached_by_output_used_in_the_union() -> None:
    """Art. 2(1)(c): a provider in a third country whose system's output is used in the Union."""
    quote("2", "where the output produced by the ai system is used in the union")
    quote_nl("indien de output van het AI-systeem in de Unie wordt gebruikt")
    exclusions = {**_ABROAD_ONLY, "output_used_in_eu": True}
    a = _assess({**_ROLES, "deployer": False}, exclusions, member_state="US")
    assert a.value("scope.provider_territorial") is True
    assert a.in_scope is True
    assert a.value("duty.hr_provider") is not False


def test_art5_binds_the_abroad_only_provider_only_as_deployer() -> None:
    """Art. 5(1) prohibits "the placing on the market, the putting into service or the use";
    placing is on the Union market (Art. 3(9)), putting into service for use in the Union (Art.
    3(11)). A Union company using a social-scoring system only abroad is bound by the use ban as
    a deployer (Art. 2(1)(b)); as a provider only, placing nothing in the Union, by none."""
    quote("5", "the placing on the market, the putting into service or the use of ai systems")
    quote(
        "3",
        "first making available of an ai system or a general-purpose ai model on the union market",
    )
    prohibited = {
        "prohibited": {"c_social_scoring": True, "c_detrimental_treatment_unjustified": True}
    }
    both = _assess(_ROLES, **prohibited)
    assert both.value("art5.c") is True
    assert both.value("art5.binding") is True
    assert [s.rule.id for s in both.explain("art5.binding_c").steps if s.value is True][:1] == [
        "art5.binding_c"
    ]
    provider_only = _assess({**_ROLES, "deployer": False}, **prohibited)
    assert provider_only.value("art5.binding") is False
    assert provider_only.in_scope is False


def test_dutch_titles_use_the_official_terms() -> None:
    """The Dutch titles of the provider's reach use the terms of the Dutch text of Art. 2(1)(a):
    "aanbieder", "in de handel brengen", "in gebruik stellen"."""
    quote_nl("aanbieders die AI-systemen in de Unie in de handel brengen of in gebruik stellen")
    titles = {r.id: r.title_nl for r in RULES if r.concludes == "scope.provider_territorial"}
    assert set(titles) == {
        "scope.provider_territorial.placed_or_used_in_union",
        # the own use in the Union (Art. 3(11)) is a source of territory.placed_or_used_in_union
        # since round 14 (tests/test_territory_from_roles.py)
        "scope.provider_territorial.output_used_in_union",
        # reading A32 (ADR 0036): point (c) for a provider established in a third country only
        "scope.provider_territorial.output_used_in_union.third_country",
    }
    assert all("aanbieder" in t for t in titles.values())
    placed = titles["scope.provider_territorial.placed_or_used_in_union"]
    assert "in de handel gebracht" in placed and "in gebruik gesteld" in placed
    (own_use,) = [r for r in RULES if r.id == "territory.placed_or_used_in_union.own_use"]
    assert "voor eigen gebruik in de Unie in gebruik" in own_use.title_nl
    (reach,) = [r for r in RULES if r.id == "scope.reach.provider"]
    assert reach.when == "role.provider and scope.provider_territorial"


def test_importer_distributor_and_representative_read_the_same_reach() -> None:
    """Art. 2(1)(d), (f); Art. 3(6), 3(7): an importer "places on the market", a distributor
    "makes available on the Union market", an authorised representative acts for a provider
    whose system is made available there (Art. 22(1)). Their duties (Arts. 22-24) read the reach
    the scope.reach rules read, so "the Act does not reach the organisation" and "a duty applies"
    can never hold together (the proof 'out of scope: no obligations'). Since round 13 an
    importer or distributor whose system is not placed on the market, put into service or used
    in the Union is refused as input (facts.IN_THE_UNION): its role means it is."""
    quote("2", "importers and distributors of ai systems")
    quote("3", "places on the market an ai system that bears the name or trademark")
    for role in ("importer", "distributor", "authorised_representative"):
        roles = {**{k: False for k in _ROLES}, role: True}
        if role == "authorised_representative":
            nowhere = _assess(roles, member_state="NL")
            assert nowhere.value("scope.provider_territorial") is False
            assert nowhere.value(f"duty.hr_{role}") is False, role
            assert nowhere.in_scope is False, role
        else:
            with pytest.raises(aiact.InputError) as refused:
                _assess(roles, member_state="NL")
            assert refused.value.problems[0].path == "system.exclusions.placed_or_used_in_eu"
        placed = _assess(roles, {**_ABROAD_ONLY, "placed_or_used_in_eu": True})
        assert placed.value(f"duty.hr_{role}") is not False, role
        assert placed.in_scope is True, role


def test_own_use_in_the_union_with_the_placing_unknown() -> None:
    """Art. 2(1)(a)-(b), 3(11): a third-country provider and deployer that uses its system in the
    Union is reached (as provider: putting into service for own use in the Union), and since
    round 14 the system's own scope is decided too: the input checks refuse "not placed on the
    market, put into service or used in the Union" beside the own use (round 13,
    facts.IN_THE_UNION), so the own use entails it (rule
    territory.placed_or_used_in_union.own_use). Until round 13 Kleene logic could not see that,
    and a rule that concluded it from the own use without a guard (65b1a82) turned "nothing in
    the Union" with the own use unanswered from out of scope into undetermined (review23's
    defect); the guard of round 14 keeps that case out of scope
    (tests/test_territory_from_roles.py)."""
    _quote_reach()
    exclusions = {**_ABROAD_ONLY, "used_in_eu_by_organisation": True}
    del exclusions["placed_or_used_in_eu"]
    a = _assess(_ROLES, exclusions, member_state="US")
    assert a.value("scope.provider_territorial") is True
    assert a.value("scope.reach") is True
    assert a.value("territory.placed_or_used_in_union") is True
    assert a.value("scope.in_scope") is True
    assert a.in_scope is True
