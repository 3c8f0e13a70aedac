"""Review18 (round 12) of ADR 0033: "does the Act apply?" is the organisation's (Art. 2(1)).

One defect is recorded as strict xfails (rule conditions are frozen this round):
``scope.reach.provider`` reads ``scope.territorial``, whose rule
``scope.territorial.deployer_established_in_union`` holds for any organisation that deploys the
system and is established in the Union. An organisation established in the Netherlands that
develops a system and uses it itself only outside the Union (not placed on the market, put into
service or used in the Union; output not used in the Union) is reached as a deployer (Art.
2(1)(b)), but not as a provider: point (a) needs the placing on the market or putting into
service "in the Union", point (c) a provider in a third country. The explanation names Art.
2(1)(a), and the provider's high-risk duties (duty.hr_provider, reading scope.in_scope) may
apply, while the same organisation as a provider only is out of scope.
"""

from __future__ import annotations

from typing import Any

from lawquote import quote, quote_nl
from scope_cases import ABROAD_ONLY as _ABROAD_ONLY
from scope_cases import NO_SHIFT as _NO_SHIFT

import aiact

_AS_OF = "2028-01-10"
_ROLES = {
    "provider": True,
    "deployer": True,
    "importer": False,
    "distributor": False,
    "authorised_representative": False,
    "product_manufacturer": False,
}


def _assess(roles: dict[str, bool]) -> aiact.Assessment:
    system: dict[str, Any] = {
        "is_ai_system": True,
        "exclusions": _ABROAD_ONLY,
        "annex_iii": {"points": ["4a"], "biometric_verification_only": False},
        "value_chain": _NO_SHIFT,
        "roles": roles,
    }
    return aiact.assess(system, {"kind": "private_undertaking", "member_state": "NL"}, _AS_OF)


def _quote_art2_1() -> None:
    quote("2", "providers placing on the market or putting into service ai systems")
    quote("2", "deployers of ai systems that have their place of establishment or are located")
    quote_nl("aanbieders die AI-systemen in de Unie in de handel brengen of in gebruik stellen")


def test_union_provider_deploying_only_abroad_is_reached_as_deployer_not_as_provider() -> None:
    """Art. 2(1)(a) reaches "providers placing on the market or putting into service AI systems
    ... in the Union"; (b) "deployers ... that have their place of establishment ... within the
    Union". Developed and used only abroad: reached by (b) alone."""
    _quote_art2_1()
    a = _assess(_ROLES)
    assert a.in_scope is True  # (b): established in the Union
    held = [s.rule.id for s in a.explain("scope.reach").steps if s.value is True]
    assert held == ["scope.reach.deployer"]


def test_union_provider_deploying_only_abroad_has_no_provider_duties() -> None:
    """Art. 2(1)(a): the provider's duties (Art. 16) reach a provider placing on the market or
    putting into service in the Union; also deploying the system abroad does not change that."""
    _quote_art2_1()
    a = _assess(_ROLES)
    assert not [o.id for o in a.obligations if o.id.startswith("art16")]


def test_control_the_same_provider_without_deploying_is_out_of_scope() -> None:
    """The control: as a provider only, nothing placed, put into service or used in the Union
    and no output used there, no point of Art. 2(1) reaches it and no duty applies."""
    _quote_art2_1()
    a = _assess({**_ROLES, "deployer": False})
    assert a.in_scope is False
    assert not a.obligations
